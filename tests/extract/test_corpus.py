"""Scores on gold corpora: our own held-out articles and the shared dev corpus (issue 3).

The dev corpus lives beside the repository (`../shared/corpus`); CI has it there too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dealradar.extract import extract
from dealradar.extract.evaluate import GoldDocument, evaluate, load_gold
from dealradar.extract.grounding import assert_grounded
from dealradar.model import Deal

REPO = Path(__file__).resolve().parents[2]
OWN = REPO / "tests" / "data" / "articles" / "en"
CORPUS = REPO / ".." / "shared" / "corpus"
TARGETS = {
    "licensor": 0.95,
    "licensee": 0.95,
    "upfront": 0.95,
    "milestones": 0.95,
    "total": 0.95,
    "assets": 0.90,
    "territory_class": 0.85,
    "deal_type": 0.85,
}


def _run(doc: GoldDocument) -> list[Deal]:
    deals = extract(doc.text, language=doc.language)
    assert_grounded(deals, doc.text)
    return deals


def _check(directory: Path) -> None:
    report = evaluate([directory], _run)
    assert not report.errors, report.errors
    misses = [m.to_json() for m in report.misses if m.field != "announced"]
    assert report.f1 >= 0.95, misses
    assert report.invented_in_empty == 0
    for name, target in TARGETS.items():
        assert report.field_score(name) >= target, (name, misses)


def test_own_held_out_articles_meet_targets() -> None:
    _check(OWN)


@pytest.mark.skipif(
    not (CORPUS / "dev").is_dir(),
    reason=f"shared dev corpus not found at {CORPUS / 'dev'} (clone it beside "
    "the repository as ../shared)",
)
def test_dev_corpus_meets_targets() -> None:
    _check(CORPUS / "dev")


@pytest.mark.parametrize("doc", load_gold(OWN), ids=lambda d: d.id)
def test_each_own_article_extracts_its_gold_deal_count(doc: GoldDocument) -> None:
    assert len(_run(doc)) == len(doc.deals)
