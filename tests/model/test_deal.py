"""The Deal model speaks SCHEMA.md and keeps its evidence honest."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dealradar.model import Asset, Company, Deal, Evidence, Money

SCHEMA_KEYS = {
    "licensor",
    "licensor_aliases",
    "licensee",
    "licensee_aliases",
    "assets",
    "deal_type",
    "territory",
    "territory_class",
    "upfront",
    "near_term",
    "milestones",
    "total",
    "equity",
    "royalties",
    "announced",
}


def deal(**kw: object) -> Deal:
    base: dict[str, object] = {
        "licensors": (Company("Hengrui Pharma", aliases=("Hengrui",)),),
        "licensees": (Company("Glenmark"),),
        "assets": (Asset("SHR-A1811", aliases=("trastuzumab rezetecan",)),),
        "upfront": Money.usd_millions(18),
        "milestones": Money.usd_millions(1093),
        "announced": date(2025, 9, 24),
    }
    base.update(kw)
    return Deal(**base)  # type: ignore[arg-type]


def test_total_is_derived_from_parts_and_marked_so() -> None:
    d = deal().with_derived_total()
    assert d.total is not None
    assert d.total.amount == Decimal("1111000000")
    assert d.total.stated is False


def test_a_stated_total_is_never_replaced() -> None:
    stated = Money.usd_millions(2000)
    assert deal(total=stated).with_derived_total().total == stated


def test_equity_is_not_part_of_the_derived_total() -> None:
    d = deal(milestones=None, equity=Money.usd_millions(100)).with_derived_total()
    assert d.total is not None and d.total.amount == Decimal(18_000_000)


def test_parts_in_different_currencies_are_not_summed() -> None:
    d = deal(milestones=Money(Decimal(10**9), "CNY")).with_derived_total()
    assert d.total is None


def test_json_has_the_schema_keys_and_evidence() -> None:
    text = "Hengrui will receive a down payment of 18 million US dollars"
    ev = Evidence.at("upfront", text, 39, 60)
    data = deal(evidence=(ev,)).to_json()
    assert set(data) >= SCHEMA_KEYS
    assert data["assets"] == ["SHR-A1811", "trastuzumab rezetecan"]
    assert data["upfront"] == {
        "amount": 18000000,
        "currency": "USD",
        "stated": True,
        "usd": 18000000,
    }
    assert data["evidence"]["upfront"] == [{"start": 39, "end": 60, "quote": ev.quote}]


def test_an_unnamed_side_is_null_in_json() -> None:
    data = deal(licensees=()).to_json()
    assert data["licensee"] is None and data["licensee_aliases"] == []


def test_a_deal_needs_a_named_party() -> None:
    with pytest.raises(ValueError, match="named party"):
        deal(licensors=(), licensees=())


def test_evidence_quote_must_fit_its_span() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        Evidence("upfront", 0, 5, "abc")
    with pytest.raises(ValueError, match="bad span"):
        Evidence("upfront", 5, 2, "")


def test_evidence_knows_whether_it_is_grounded() -> None:
    text = "an upfront payment of $18m"
    ev = Evidence.at("upfront", text, 22, 26)
    assert ev.quote == "$18m" and ev.grounded_in(text)
    assert not ev.grounded_in("x" + text)
