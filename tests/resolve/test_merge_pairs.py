"""Clustering tries fewer pairs, never different ones: every pair `_compatible` accepts is
still a candidate, so the clusters (and the merged deals) are the ones trying all pairs gives."""

from __future__ import annotations

import random
from datetime import date
from itertools import combinations

import pytest

from dealradar.model import Asset, Company, Deal, Money, Source
from dealradar.resolve.combine import fingerprint
from dealradar.resolve.merge import (
    WINDOW_DAYS,
    ClusterMemo,
    Report,
    _candidate_pairs,
    _compatible,
    _prepare,
    _strength,
    cluster_reports,
)
from dealradar.resolve.registry import Registry


def _all_pairs(deals: list[Deal], registry: Registry) -> list[tuple[int, int, int]]:
    reports = _prepare([(fingerprint(d), d) for d in deals], registry)
    return [
        (_strength(reports[i], reports[j]), i, j)
        for i, j in combinations(range(len(reports)), 2)
        if _compatible(reports[i], reports[j], WINDOW_DAYS)
    ]


def test_the_candidate_pairs_are_every_compatible_pair(
    inputs: tuple[list[Deal], list[Deal]], registry: Registry
) -> None:
    gold, ref = inputs
    deals = gold + ref
    reports = _prepare([(fingerprint(d), d) for d in deals], registry)
    found = _candidate_pairs(reports, WINDOW_DAYS)
    assert found == _all_pairs(deals, registry)
    assert found, "the inputs hold reports of one deal"


def _fps(clusters: list[list[Report]]) -> list[list[str]]:
    return [[r.fp for r in cluster] for cluster in clusters]


def test_a_memo_shared_by_overlapping_calls_changes_no_cluster(
    inputs: tuple[list[Deal], list[Deal]], registry: Registry
) -> None:
    """Ingestion clusters overlapping neighbourhoods with one memo per transaction: each call
    must give what a fresh call gives, though the memo holds reports and pairs seen before
    (in other company: so canonical keys may differ from one call to the next)."""
    gold, ref = inputs
    deals = gold + ref
    memo = ClusterMemo()
    step = max(1, len(deals) // 12)
    for start in range(0, len(deals), step):
        window = {fingerprint(d): d for d in deals[start : start + 4 * step]}
        fresh = cluster_reports(window, registry)
        assert _fps(cluster_reports(window, registry, memo=memo)) == _fps(fresh)
        assert _fps(cluster_reports(window, registry, memo=memo)) == _fps(fresh)
    assert memo.pairs, "the windows overlap: pairs were compared and kept"


def test_a_memo_serves_one_window(registry: Registry) -> None:
    with pytest.raises(ValueError, match="one window"):
        cluster_reports({}, registry, window_days=WINDOW_DAYS + 1, memo=ClusterMemo())


def test_a_memo_keeps_reports_apart_that_only_a_third_one_joined(registry: Registry) -> None:
    """An asset's codes are unified over the reports clustered together: with the report that
    names both codes, the two others share an asset; without it they do not. A memo filled by
    the first call must not carry that into the second."""

    def report(uri: str, *names: str) -> Deal:
        return Deal(
            licensors=(Company("Qorvana Therapeutics"),),
            licensees=(Company("Baltrix Pharma"),),
            assets=(Asset(names[0], names[1:]),),
            announced=date(2025, 3, 1),
            sources=(Source(uri),),
        )

    first, second = report("a", "QRV-101"), report("b", "BX-7")
    both = report("c", "QRV-101", "BX-7")
    with_both = {fingerprint(d): d for d in (first, second, both)}
    without = {fingerprint(d): d for d in (first, second)}
    memo = ClusterMemo()
    assert len(cluster_reports(with_both, registry, memo=memo)) == 1
    assert len(cluster_reports(without, registry, memo=memo)) == 2
    assert _fps(cluster_reports(without, registry, memo=memo)) == _fps(
        cluster_reports(without, registry)
    )


def test_a_memo_gives_fresh_clusters_for_any_neighbourhood_of_a_hub(registry: Registry) -> None:
    """Many reports around one company (some naming no asset or no counterpart, which pair
    with the whole block), clustered over random overlapping subsets with one memo, as
    ingestion does: components met again, grown or cut must all give the fresh result."""
    rng = random.Random(7)
    hub = Company("Qorvana Therapeutics")
    partners = [Company(name) for name in ("Baltrix Pharma", "Ostrel Bio", "Vantec Medicines")]
    deals = []
    for n in range(40):
        assets = rng.choice([(), (Asset("QRV-101"),), (Asset("QRV-202", ("BX-7",)),)])
        deals.append(
            Deal(
                licensors=(hub,),
                licensees=rng.choice([(), *[(p,) for p in partners]]),
                assets=assets,
                announced=rng.choice([None, date(2025, 3, 1), date(2025, 3, 4)]),
                upfront=rng.choice([None, Money.usd_millions(20), Money.usd_millions(35)]),
                sources=(Source(f"mem://{n}"),),
            )
        )
    memo = ClusterMemo()
    for _ in range(60):
        chosen = rng.sample(deals, rng.randint(2, len(deals)))
        window = {fingerprint(d): d for d in chosen}
        assert _fps(cluster_reports(window, registry, memo=memo)) == _fps(
            cluster_reports(window, registry)
        )
    assert memo.components, "components were kept between calls"


def test_a_renewed_memo_follows_a_registry_that_learnt_a_company() -> None:
    """Ingestion keeps one memo for a run and renews it per transaction, after which the
    registry knows the companies the last transaction wrote: two spellings it now resolves
    to one company make two reports one deal, as a fresh clustering says; the comparisons
    made before the change are kept."""
    registry = Registry()
    registry.companies.add("Qorvana Therapeutics")

    def report(uri: str, licensee: str) -> Deal:
        return Deal(
            licensors=(Company("Qorvana Therapeutics"),),
            licensees=(Company(licensee),),
            assets=(Asset("QRV-101"),),
            announced=date(2025, 3, 1),
            sources=(Source(uri),),
        )

    deals = {fingerprint(d): d for d in (report("a", "Baltrix Pharma"), report("b", "Ostrel"))}
    memo = ClusterMemo()
    assert len(cluster_reports(deals, registry, memo=memo)) == 2
    entry = registry.companies.add("Baltrix Pharma")
    registry.companies.add_alias(entry.id, "Ostrel", "curated")
    memo.renew(limit=1000)
    assert memo.reports, "the interned reports are kept"
    assert len(cluster_reports(deals, registry, memo=memo)) == 1
    assert _fps(cluster_reports(deals, registry, memo=memo)) == _fps(
        cluster_reports(deals, registry)
    )


def test_a_renewed_memo_past_its_limit_starts_again(
    inputs: tuple[list[Deal], list[Deal]], registry: Registry
) -> None:
    gold, ref = inputs
    window = {fingerprint(d): d for d in gold + ref}
    memo = ClusterMemo()
    cluster_reports(window, registry, memo=memo)
    memo.renew(limit=len(memo.reports))
    assert memo.reports and not memo.raw
    memo.renew(limit=len(memo.reports) - 1)
    assert not memo.reports and not memo.pairs and not memo.components
    assert _fps(cluster_reports(window, registry, memo=memo)) == _fps(
        cluster_reports(window, registry)
    )
