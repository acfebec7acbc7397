"""One deal, many reports: the gold corpus plus the reference table merge the same way in any
order, every gold deal lands in exactly one deal, and disagreements are recorded."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from dealradar.model import Asset, Company, Deal, Money, Source
from dealradar.resolve.merge import MergedDeal, merge_deals
from dealradar.resolve.registry import Registry


def _snapshot(merged: list[MergedDeal]) -> list[Any]:
    return [(m.key, m.deal.to_json(), [s.uri for s in m.deal.sources], m.conflicts) for m in merged]


@pytest.fixture(scope="module")
def merged(inputs: tuple[list[Deal], list[Deal]], registry: Registry) -> list[MergedDeal]:
    gold, ref = inputs
    return merge_deals(gold + ref, registry)


def test_two_orders_give_the_same_deals(
    inputs: tuple[list[Deal], list[Deal]], merged: list[MergedDeal], registry: Registry
) -> None:
    gold, ref = inputs
    shuffled = ref + gold
    random.Random(7).shuffle(shuffled)
    assert _snapshot(merge_deals(shuffled, registry)) == _snapshot(merged)


def test_ingesting_the_same_reports_again_changes_nothing(
    inputs: tuple[list[Deal], list[Deal]], merged: list[MergedDeal], registry: Registry
) -> None:
    gold, ref = inputs
    assert _snapshot(merge_deals(gold + ref + gold, registry)) == _snapshot(merged)


def test_every_gold_deal_appears_in_exactly_one_deal(
    inputs: tuple[list[Deal], list[Deal]], merged: list[MergedDeal]
) -> None:
    gold, _ = inputs
    for deal in gold:
        homes = [m for m in merged if deal in m.reports]
        assert len(homes) == 1, deal.to_json()


def test_reference_rows_stay_distinct_deals(
    inputs: tuple[list[Deal], list[Deal]], merged: list[MergedDeal]
) -> None:
    _, ref = inputs
    for m in merged:
        assert sum(1 for r in m.reports if r in ref) <= 1
    assert sum(1 for m in merged if any(r in ref for r in m.reports)) == len(ref)


def _deal_with(merged: list[MergedDeal], *uris: str) -> MergedDeal:
    found = [m for m in merged if set(uris) <= {s.uri for s in m.deal.sources}]
    assert len(found) == 1, f"{uris} should be one deal, found {len(found)}"
    return found[0]


@pytest.mark.parametrize(
    "uris",
    [
        ("corpus/dev/en-001.txt", "corpus/dev/en-002.txt"),  # Hengrui–Glenmark, EN spellings
        ("corpus/dev-zh/zh-001.txt", "corpus/dev/en-005.txt"),  # Hengrui–GSK, ZH + EN
        ("corpus/dev-zh/zh-004.txt", "corpus/dev/en-010.txt"),  # Hansoh–MSD
        ("corpus/dev-zh/zh-002.txt", "corpus/dev/en-020.txt"),  # 3SBio–Pfizer
        ("corpus/dev-zh/zh-003.txt", "corpus/dev/en-003.txt", "corpus/dev/en-006.txt"),
        ("corpus/dev/en-001.txt", "corpus/dev/en-004.txt"),  # "Nuocheng Jianhua"–Zenas
        ("corpus/dev-zh/zh-010.txt", "corpus/dev/en-007.txt"),  # Akeso–Summit
    ],
)
def test_reports_of_one_deal_in_different_languages_merge(
    merged: list[MergedDeal], uris: tuple[str, ...]
) -> None:
    deal = _deal_with(merged, *uris)
    assert any(s.uri.startswith("reference:") for s in deal.deal.sources)


def test_two_deals_between_the_same_companies_stay_two(merged: list[MergedDeal]) -> None:
    kelun_msd = [
        m
        for m in merged
        if m.deal.licensor
        and m.deal.licensor.name == "Sichuan Kelun-Biotech"
        and m.deal.licensee
        and m.deal.licensee.name == "Merck & Co."
    ]
    assert len(kelun_msd) >= 5


def test_disagreements_are_recorded_not_dropped(merged: list[MergedDeal]) -> None:
    deal = _deal_with(merged, "corpus/dev-zh/zh-003.txt", "corpus/dev/en-006.txt")
    assert {c.field for c in deal.conflicts} >= {"upfront"}
    assert deal.deal.status == "review"


# -- small hand-made cases -----------------------------------------------------------------

HENGRUI, GLENMARK = Company("Hengrui Pharma"), Company("Glenmark Specialty S.A.")


def _report(uri: str, **fields: Any) -> Deal:
    base: dict[str, Any] = {
        "licensors": (HENGRUI,),
        "licensees": (GLENMARK,),
        "assets": (Asset("SHR-A1811"),),
        "announced": date(2025, 9, 24),
    }
    base.update(fields)
    return Deal(sources=(Source(uri),), **base)


def test_the_more_specific_upfront_is_kept_and_the_other_recorded(registry: Registry) -> None:
    a = _report("a", upfront=Money.usd_millions(18))
    b = _report(
        "b",
        upfront=Money(Decimal("20000000")),
        licensors=(Company("恒瑞医药"),),
        assets=(Asset("瑞康曲妥珠单抗"),),
    )
    c = _report("c", upfront=Money.usd_millions(18))
    [m] = merge_deals([a, b, c], registry)
    assert m.deal.upfront == Money.usd_millions(18)
    assert [(x.field, x.other, x.source) for x in m.conflicts] == [("upfront", "20000000 USD", "b")]


def test_a_stated_total_beats_a_computed_one_that_agrees(registry: Registry) -> None:
    a = _report("a", total=Money(Decimal("1111000000"), stated=False))
    b = _report("b", total=Money(Decimal("1100000000"), stated=True))
    [m] = merge_deals([a, b], registry)
    assert m.deal.total is not None and m.deal.total.stated
    assert m.conflicts == ()


def test_other_asset_months_apart_is_another_deal(registry: Registry) -> None:
    a = _report("a")
    b = _report("b", assets=(Asset("HRS-1893"),), announced=date(2026, 3, 1))
    assert len(merge_deals([a, b], registry)) == 2


def test_one_article_listing_two_deals_is_two_deals(registry: Registry) -> None:
    a = _report("same", assets=())
    b = _report("same", assets=(), upfront=Money.usd_millions(5))
    assert len(merge_deals([a, b], registry)) == 2


def test_merged_deal_lists_every_source_and_all_spellings(registry: Registry) -> None:
    a = _report("a")
    b = _report("b", licensors=(Company("Jiangsu Hengrui Medicine Co., Ltd."),))
    [m] = merge_deals([b, a], registry)
    assert [s.uri for s in m.deal.sources] == ["a", "b"]
    assert m.deal.licensor is not None
    assert m.deal.licensor.name == "Jiangsu Hengrui Pharmaceuticals"
    assert "Jiangsu Hengrui Medicine Co., Ltd." in m.deal.licensor.aliases


def test_two_deals_that_share_an_identity_get_distinct_stable_keys() -> None:
    """Same pair, no drug, no date, different terms, kept apart (an empty registry, as the
    ingestion of one document sees it): two deals of one article, two keys, the same in either
    order."""
    registry = Registry()
    article = (Source(uri="file:///a.txt"),)
    one = Deal(
        licensors=(Company("Solix Therapeutics"),),
        licensees=(Company("Velora"),),
        territory_class="ex-china",
        sources=article,
    )
    two = Deal(
        licensors=(Company("Solix Therapeutics"),),
        licensees=(Company("Velora"),),
        upfront=Money(Decimal(376_000_000), "USD"),
        sources=article,
    )
    forward = [m.key for m in merge_deals([one, two], registry)]
    backward = [m.key for m in merge_deals([two, one], registry)]
    assert len(set(forward)) == 2 and forward == backward
