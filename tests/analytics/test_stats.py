"""Market figures: period buckets, medians and the comparison with published totals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dealradar.analytics.compare import compare_totals, metric_kind, scope_filter
from dealradar.analytics.periods import bucket, parse_period
from dealradar.analytics.stats import stats
from dealradar.model import Asset, Company, Deal, Money
from dealradar.store.engine import Store, open_store
from dealradar.store.queries import DealFilter
from dealradar.store.writes import Writer


@pytest.mark.parametrize(
    ("by", "label"),
    [("month", "2025-08"), ("quarter", "2025-Q3"), ("half", "2025-H2"), ("year", "2025")],
)
def test_bucket_labels_sort_in_time_order(by: str, label: str) -> None:
    assert bucket(date(2025, 8, 15), by) == label  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "span"),
    [
        ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
        ("H1 2025", (date(2025, 1, 1), date(2025, 6, 30))),
        ("H2 2023", (date(2023, 7, 1), date(2023, 12, 31))),
        ("Q1-Q3 2025", (date(2025, 1, 1), date(2025, 9, 30))),
        ("Q3 2025", (date(2025, 7, 1), date(2025, 9, 30))),
        ("2025 YTD to 2025-08-29", (date(2025, 1, 1), date(2025, 8, 29))),
        ("2025 YTD to end-Oct 2025", (date(2025, 1, 1), date(2025, 10, 31))),
        ("2025 Jan-Aug", (date(2025, 1, 1), date(2025, 8, 31))),
        ("Jan-May 2025", (date(2025, 1, 1), date(2025, 5, 31))),
        ("Oct 2025", (date(2025, 10, 1), date(2025, 10, 31))),
        ("Aug-Oct 2023", (date(2023, 8, 1), date(2023, 10, 31))),
        ("2024-2025", (date(2024, 1, 1), date(2025, 12, 31))),
        ("2025 (forecast)", None),
        ("2025 (full-year projection made Aug 2025)", None),
        ("sometime", None),
    ],
)
def test_published_period_labels_become_date_ranges(
    label: str, span: tuple[date, date] | None
) -> None:
    assert parse_period(label) == span


def test_scopes_map_to_filters_only_when_reproducible() -> None:
    out = scope_filter("China out-licensing")
    assert out is not None and out.licensor_country == "CN" and out.licensee_country == "!CN"
    assert scope_filter("Global pharma licensing transactions") == DealFilter()
    assert scope_filter("Share of drug licensing deals involving Chinese assets") is None
    assert scope_filter("South Korea pharma/bio technology exports (KPBMA)") is None
    assert metric_kind("upfront total (approx.)") == "upfront"
    assert metric_kind("deal count (closed)") == "count"
    assert metric_kind("share = 32%") is None


def _store_with(tmp_path: Path, deals: list[Deal]) -> Store:
    s = open_store(tmp_path / "s.db")
    with s.begin() as conn:
        w = Writer(conn)
        for d in deals:
            w.upsert_deal(d.with_derived_total(), origin="import")
    return s


def _deal(
    day: date, upfront: float | None, total: float | None, licensor: str = "A", country: str = "CN"
) -> Deal:
    return Deal(
        licensors=(Company(licensor, country=country),),
        licensees=(Company("Buyer", country="US"),),
        assets=(Asset(f"X-{day.isoformat()}-{licensor}"),),
        announced=day,
        upfront=Money.usd_millions(upfront) if upfront is not None else None,
        total=Money.usd_millions(total) if total is not None else None,
    )


def test_stats_per_half_year_with_medians_and_shares(tmp_path: Path) -> None:
    s = _store_with(
        tmp_path,
        [
            _deal(date(2025, 1, 5), 10, 100),
            _deal(date(2025, 3, 5), 30, 300, licensor="B"),
            _deal(date(2025, 5, 5), None, 1000, licensor="C"),
            _deal(date(2025, 8, 5), 50, None, licensor="D"),
            _deal(date(2025, 2, 5), 500, 1000, licensor="E", country="US"),
        ],
    )
    with s.connect() as conn:
        rows = stats(conn, DealFilter(licensor_country="CN"), by="half")
    h1, h2 = rows
    assert (h1.period, h1.deals, h1.deals_with_upfront) == ("2025-H1", 3, 2)
    assert h1.total_value_usd == pytest.approx(1400e6)
    assert h1.upfront_usd == pytest.approx(40e6)
    assert h1.median_upfront_usd == pytest.approx(20e6)
    assert h1.median_upfront_share == pytest.approx(0.1)
    assert (h2.period, h2.deals, h2.median_upfront_share) == ("2025-H2", 1, None)


def test_stats_grouped_by_licensor_country(tmp_path: Path) -> None:
    s = _store_with(
        tmp_path,
        [
            _deal(date(2025, 1, 5), 10, 100),
            _deal(date(2025, 2, 5), 20, 200, licensor="E", country="US"),
        ],
    )
    with s.connect() as conn:
        rows = stats(conn, DealFilter(), by="year", group="licensor-country")
    assert [(r.group, r.deals, r.upfront_usd) for r in rows] == [("CN", 1, 10e6), ("US", 1, 20e6)]


def test_reference_data_tracks_published_china_totals(reference_db: Path) -> None:
    """The bundled deals should land within a factor of two of most published China totals."""
    s = open_store(reference_db)
    with s.connect() as conn:
        rows = [r for r in compare_totals(conn) if r.ratio is not None]
    assert len(rows) >= 40
    china_values = [
        r for r in rows if r.scope.startswith("China out-licensing") and r.unit == "USD bn"
    ]
    assert china_values
    within = [r for r in china_values if r.ratio is not None and 0.5 <= r.ratio <= 2.0]
    assert len(within) / len(china_values) >= 0.7


def test_medians_collected_in_one_pass_equal_the_two_pass_ones(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's group_concat and PostgreSQL's array_agg give the same figures as fetching the
    upfronts separately (the portable path other databases use)."""
    from dealradar.analytics import stats as module
    from dealradar.store.load import load_reference

    load_reference(store)
    with store.connect() as conn:
        one_pass = stats(conn, DealFilter(), by="half", group="licensor-country")
        monkeypatch.setattr(module, "_COLLECTORS", {})
        two_pass = stats(conn, DealFilter(), by="half", group="licensor-country")
    # SQLite hands the values over as text with 15 significant digits: equal to ~1e-15.
    assert len(one_pass) == len(two_pass)
    for a, b in zip(one_pass, two_pass, strict=True):
        for key, value in a.to_json().items():
            other = b.to_json()[key]
            if isinstance(value, float) and isinstance(other, float):
                assert value == pytest.approx(other, rel=1e-12), (a, key)
            else:
                assert value == other, (a, key)
    assert any(r.median_upfront_share is not None for r in one_pass)
