"""Company resolution: the mention table's precision/recall targets and each strategy."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dealradar.model import Company
from dealradar.resolve.match import resolve_company, resolve_party
from dealradar.resolve.registry import Registry

TABLE = Path(__file__).with_name("data") / "mentions.csv"
KINDS = {"exact", "suffix", "zh", "pinyin", "translated", "subsidiary", "fuzzy", "negative"}


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_mention_table_is_big_enough_and_covers_every_kind() -> None:
    rows = _rows()
    assert len(rows) >= 150
    assert {r["kind"] for r in rows} == KINDS
    assert sum(1 for r in rows if not r["expected"]) >= 20  # must-stay-unresolved mentions


def test_mention_table_precision_at_least_099_and_recall_at_least_090(registry: Registry) -> None:
    made = correct = resolvable = 0
    wrong = []
    for row in _rows():
        found = resolve_company(registry, row["mention"])
        expected = row["expected"] or None
        resolvable += expected is not None
        if found.resolved:
            made += 1
            correct += found.name == expected
        if found.name != expected:
            wrong.append((row["kind"], row["mention"], expected, found.name, found.how))
    precision, recall = correct / made, correct / resolvable
    assert precision >= 0.99, wrong
    assert recall >= 0.90, wrong


@pytest.mark.parametrize(
    ("mention", "how"),
    [
        ("Hengrui", "exact"),
        ("Hengrui Pharma", "exact"),
        ("Zenas Therapeutics Inc.", "normal"),
        ("Jiakesi Pharmaceutical", "pinyin"),
        ("恒瑞", "exact"),
        ("Glenmark Specialty S.A.", "parent"),
        ("AstraZenca", "fuzzy"),
    ],
)
def test_each_resolution_says_how_it_was_made(registry: Registry, mention: str, how: str) -> None:
    assert resolve_company(registry, mention).how == how


def test_subsidiary_rolls_up_and_keeps_the_matched_unit(registry: Registry) -> None:
    found = resolve_company(registry, "Glenmark Specialty S.A.")
    assert found.name == "Glenmark Pharmaceuticals"
    assert found.matched_by == "exact"
    assert found.matched_name == "Glenmark Specialty S.A."


def test_a_contradicting_place_name_vetoes_a_core_match(registry: Registry) -> None:
    assert resolve_company(registry, "Jiangsu Hengrui Pharma").resolved
    assert not resolve_company(registry, "Shandong Hengrui Pharma").resolved


def test_a_bare_name_two_companies_share_stays_unresolved(registry: Registry) -> None:
    found = resolve_company(registry, "Kelun")
    assert not found.resolved
    assert found.note is not None and "ambiguous" in found.note


def test_kelun_biotech_is_not_rolled_into_its_listed_parent(registry: Registry) -> None:
    biotech = resolve_company(registry, "科伦博泰")
    parent = resolve_company(registry, "科伦药业")
    assert biotech.company_id != parent.company_id


def test_party_falls_back_to_the_texts_own_aliases(registry: Registry) -> None:
    party = Company("Sanjiu Guojian", ("Three Lives Country Health", "3SBio"))
    found = resolve_party(registry, party)
    assert found.name == "3SBio"
    assert found.note is not None and "Three Lives Country Health" in found.note


def test_unknown_company_is_unresolved_not_guessed(registry: Registry) -> None:
    assert not resolve_company(registry, "Dongyangguang Changjiang Pharmaceutical").resolved


def test_a_fuzzy_resolution_is_not_learnt_as_an_alias(registry: Registry) -> None:
    from dealradar.model import Company, Deal
    from dealradar.resolve.match import with_company_ids

    mention = next(
        m
        for m in ("Innovent Biologic", "Innovent Biologicss", "Inovent Biologics")
        if resolve_company(registry, m).how == "fuzzy"
    )
    deal = Deal(licensors=(Company(mention, aliases=("a text alias",)),), licensees=())
    (party,) = with_company_ids(registry, deal).licensors
    assert party.id is not None and party.name != mention and party.aliases == ()
