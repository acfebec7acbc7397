"""The dev-zh gold corpus meets the targets of issue 4 (part 1): deal F1 and field F1 ≥ 0.90."""

from __future__ import annotations

from pathlib import Path

import pytest

from .zh_gold import score_dir

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpus" / "dev-zh"
ARTICLES = REPO / "tests" / "data" / "articles" / "zh"
TARGET_FIELDS = ("licensor", "licensee", "upfront", "milestones", "total")


@pytest.fixture(scope="module")
def corpus_score():  # type: ignore[no-untyped-def]
    if not CORPUS.is_dir():
        pytest.skip(f"gold corpus not found at {CORPUS} (shared/ must sit beside the repo)")
    return score_dir(CORPUS)


def test_dev_zh_deal_f1_meets_target(corpus_score) -> None:  # type: ignore[no-untyped-def]
    assert corpus_score.deal_f1() >= 0.90, corpus_score.misses


@pytest.mark.parametrize("name", TARGET_FIELDS)
def test_dev_zh_field_f1_meets_target(corpus_score, name: str) -> None:  # type: ignore[no-untyped-def]
    assert corpus_score.field_f1(name) >= 0.90, [m for m in corpus_score.misses if name in m]


def test_unseen_articles_meet_the_same_targets() -> None:
    """Hand-written articles with other companies and phrasing: the generalisation check."""
    score = score_dir(ARTICLES)
    assert score.deal_f1() >= 0.90, score.misses
    for name in TARGET_FIELDS:
        assert score.field_f1(name) >= 0.90, (name, score.misses)
