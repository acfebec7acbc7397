"""The gold scorer: name normalisation, amount tolerance, matching, per-field scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dealradar.errors import ParseError
from dealradar.extract.evaluate import Report, load_gold, names_match, score_document


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        (["Merck & Co., Inc."], ["Merck & Co Inc"], True),
        (["Hengrui"], ["Jiangsu Hengrui Medicine", "Hengrui"], True),
        (["Glenmark Specialty S.A."], ["Glenmark Specialty SA"], True),
        (["Hengrui Medicine"], ["Hengrui Pharma"], True),
        (["Pfizer"], ["Merck"], False),
        (["Merck KGaA"], ["Merck"], False),
        (["恒瑞医药股份有限公司"], ["恒瑞医药"], True),
    ],
)
def test_names_match_after_normalising(pred: list[str], gold: list[str], ok: bool) -> None:
    assert names_match(pred, gold) is ok


def _deal(licensor: str, licensee: str, upfront: float | None = None) -> dict[str, object]:
    return {
        "licensor": licensor,
        "licensor_aliases": [],
        "licensee": licensee,
        "licensee_aliases": [],
        "assets": [],
        "deal_type": "license",
        "territory_class": "unspecified",
        "upfront": {"amount": upfront, "currency": "USD"} if upfront else None,
        "near_term": None,
        "milestones": None,
        "total": None,
        "equity": None,
        "announced": None,
    }


def test_amounts_within_half_a_percent_agree() -> None:
    report = Report()
    score_document(
        report, "d", [_deal("A Bio", "B Pharma", 100.4e6)], [_deal("A Bio", "B Pharma", 100e6)]
    )
    assert report.field_score("upfront") == 1.0
    report = Report()
    score_document(
        report, "d", [_deal("A Bio", "B Pharma", 101e6)], [_deal("A Bio", "B Pharma", 100e6)]
    )
    assert report.field_score("upfront") == 0.0


def test_swapped_roles_match_the_deal_but_miss_the_roles() -> None:
    report = Report()
    score_document(report, "d", [_deal("B Pharma", "A Bio")], [_deal("A Bio", "B Pharma")])
    assert (report.f1, report.field_score("licensor")) == (1.0, 0.0)


def test_invented_deal_in_document_without_deals_is_counted() -> None:
    report = Report()
    score_document(report, "d", [_deal("A Bio", "B Pharma")], [])
    assert (report.precision, report.invented_in_empty) == (0.0, 1)


def test_gold_file_that_is_not_json_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("text", encoding="utf-8")
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ParseError, match=r"x\.json"):
        load_gold(tmp_path)


def test_gold_loader_pairs_text_and_json(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "deals": []}), encoding="utf-8")
    (tmp_path / "b.txt").write_text("no gold", encoding="utf-8")
    assert [d.id for d in load_gold(tmp_path)] == ["a"]


def test_an_unnamed_partner_on_both_sides_matches() -> None:
    """Gold leaves an undisclosed licensee null; extraction leaving it empty is right."""
    pred, gold = _deal("A Bio", "B Pharma"), _deal("A Bio", "B Pharma")
    pred["licensee"], gold["licensee"] = None, None
    report = Report()
    score_document(report, "d", [pred], [gold])
    assert (report.f1, report.field_score("licensee")) == (1.0, 1.0)
    report = Report()
    score_document(report, "d", [_deal("A Bio", "C Pharma")], [gold])
    assert report.f1 == 0.0


def test_a_page_saved_as_txt_is_scored_on_its_text(tmp_path: Path) -> None:
    """`eval` reads a gold text as `extract` reads it: HTML markup is not article text."""
    html = "<html><body><p>Acme Bio &amp; Co said on Monday it signed.</p></body></html>"
    (tmp_path / "a.txt").write_text(html, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "deals": []}), encoding="utf-8")
    assert load_gold(tmp_path)[0].text == "Acme Bio & Co said on Monday it signed."
