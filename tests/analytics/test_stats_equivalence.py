"""`stats` gives the numbers a plain Python computation over `list_deals` gives.

The database path groups by index-friendly expressions and hands each group's values over in
one cell; whatever the plan, the figures must be the textbook ones. Runs on SQLite and, when a
server is configured, PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from statistics import median
from typing import Any

import pytest

from dealradar.analytics.periods import GRANULARITIES, Granularity, bucket
from dealradar.analytics.stats import Group, StatRow, stats
from dealradar.model import Asset, Company, Deal, Money
from dealradar.model.vocab import Modality
from dealradar.store.engine import Store
from dealradar.store.queries import DealFilter, DealRow, list_deals
from dealradar.store.writes import Writer

GROUP_OF: dict[Group | None, Callable[[DealRow], Any]] = {
    None: lambda r: None,
    "licensor-country": lambda r: r.licensor_country,
    "licensee-country": lambda r: r.licensee_country,
    "licensor": lambda r: r.licensor,
    "licensee": lambda r: r.licensee,
    "modality": lambda r: r.modality,
    "type": lambda r: r.deal_type,
}


def _money(millions: float | None) -> Money | None:
    return None if millions is None else Money.usd_millions(millions)


def _deals() -> list[Deal]:
    """Deals across years, quarters and halves, with NULL countries, upfronts and totals,
    totals stated or derived, and groups where no deal states an upfront."""
    # (day, licensor, licensor country, licensee country, modality, upfront, milestones, total)
    rows: list[tuple[date, str, str | None, str | None, Modality | None, Any, Any, Any]] = [
        (date(2023, 2, 1), "Alpha", "CN", "US", "ADC", 12.345678901, 100.5, None),
        (date(2023, 2, 9), "Beta", "CN", "US", "ADC", 7.25, None, 1000.125),
        (date(2023, 5, 3), "Gamma", "CN", None, "antibody", None, 300.0, None),
        (date(2023, 7, 14), "Delta", None, "US", "ADC", 40.0, 960.0, None),
        (date(2023, 11, 30), "Alpha", "CN", "CH", None, 3.333333333, None, None),
        (date(2024, 1, 2), "Epsilon", "US", "CN", "siRNA", None, None, 500.0),
        (date(2024, 3, 31), "Zeta", "KR", "US", "ADC", 55.5, 444.5, None),
        (date(2024, 4, 1), "Eta", "CN", "US", "ADC", 20.0, 180.0, None),
        (date(2024, 4, 1), "Theta", "CN", "JP", "antibody", 80.0, None, 80.0),
        (date(2024, 6, 30), "Iota", "CN", "US", "ADC", 1.1, 2.2, None),
        (date(2024, 12, 31), "Kappa", "KR", None, None, None, None, None),
        (date(2025, 1, 15), "Alpha", "CN", "US", "ADC", 150.0, 1850.0, None),
        (date(2025, 2, 28), "Lambda", "CN", "GB", "bispecific", 0.5, None, 0.0),
        (date(2025, 8, 8), "Mu", None, None, None, 9.87654321, 90.1234567, None),
    ]
    deals = []
    for day, name, country, buyer_country, modality, upfront, miles, total in rows:
        buyer = f"Buyer of {name} {day.isoformat()}" if day.month % 2 else "Buyer"
        deals.append(
            Deal(
                licensors=(Company(name, country=country),),
                licensees=(Company(buyer, country=buyer_country),),
                assets=(Asset(f"X-{name}-{day.isoformat()}", modality=modality),),
                announced=day,
                upfront=_money(upfront),
                milestones=_money(miles),
                total=_money(total),
            ).with_derived_total()
        )
    return deals


def _expected(rows: list[DealRow], by: Granularity, group: Group | None) -> list[dict[str, Any]]:
    """The figures computed the obvious way, one deal at a time."""
    buckets: dict[tuple[str, Any], list[DealRow]] = defaultdict(list)
    for r in rows:
        if r.announced is not None:
            buckets[(bucket(r.announced, by), GROUP_OF[group](r))].append(r)
    out = []
    for (period, key), members in buckets.items():
        upfronts = [r.upfront_usd for r in members if r.upfront_usd is not None]
        totals = [r.total_usd for r in members if r.total_usd is not None]
        shares = [
            r.upfront_usd / r.total_usd
            for r in members
            if r.upfront_usd is not None
            and r.total_usd is not None
            and r.total_usd > 0
            and (r.total_stated or r.milestones_usd is not None)
        ]
        out.append(
            {
                "period": period,
                "group": (key or "(unknown)") if group else None,
                "deals": len(members),
                "total_value_usd": sum(totals),
                "upfront_usd": sum(upfronts),
                "median_upfront_usd": median(upfronts) if upfronts else None,
                "median_upfront_share": median(shares) if shares else None,
                "deals_with_total": len(totals),
                "deals_with_upfront": len(upfronts),
            }
        )
    return sorted(out, key=lambda e: (e["period"], e["group"] or ""))


def _assert_same(got: list[StatRow], expected: list[dict[str, Any]]) -> None:
    assert [(r.period, r.group) for r in got] == [(e["period"], e["group"]) for e in expected]
    for row, want in zip(got, expected, strict=True):
        for key, value in want.items():
            if isinstance(value, float):
                # Sums run in index order and SQLite hands values over with 15 digits.
                assert row.to_json()[key] == pytest.approx(value, rel=1e-12), (row, key)
            else:
                assert row.to_json()[key] == value, (row, key)


@pytest.fixture
def filled(store: Store) -> Store:
    with store.begin() as conn:
        writer = Writer(conn)
        for deal in _deals():
            writer.upsert_deal(deal, origin="import")
    return store


@pytest.mark.parametrize("group", list(GROUP_OF))
@pytest.mark.parametrize("by", GRANULARITIES)
def test_stats_equal_a_plain_computation_over_the_deal_list(
    filled: Store, by: Granularity, group: Group | None
) -> None:
    with filled.connect() as conn:
        for flt in (DealFilter(), DealFilter(licensor_country="CN"), DealFilter(modality="ADC")):
            expected = _expected(list_deals(conn, flt, limit=None), by, group)
            _assert_same(stats(conn, flt, by=by, group=group), expected)


def test_groups_without_an_upfront_have_no_median(filled: Store) -> None:
    with filled.connect() as conn:
        rows = stats(conn, DealFilter(), by="year", group="licensor-country")
    kr_2024 = next(r for r in rows if (r.period, r.group) == ("2024", "KR"))
    assert (kr_2024.deals, kr_2024.deals_with_upfront) == (2, 1)
    us_2024 = next(r for r in rows if (r.period, r.group) == ("2024", "US"))
    assert (us_2024.deals_with_upfront, us_2024.median_upfront_usd) == (0, None)
    assert us_2024.median_upfront_share is None
    assert any(r.group == "(unknown)" for r in rows)


def test_a_filter_matching_nothing_gives_no_rows(filled: Store) -> None:
    with filled.connect() as conn:
        assert stats(conn, DealFilter(licensor_country="FR"), by="year", group="licensor") == []
