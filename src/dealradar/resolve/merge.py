"""One deal, many reports: cluster reports of the same deal and merge them, keeping evidence.

Two reports describe the same deal when they share a resolved party on each named side, do
not come from the same source (one article listing two deals lists two deals), are dated
within a window, and either share an asset or, when one names none, agree on the kind of deal.
Two reports that both name assets and share none are two deals, whatever else they share.

Clustering is complete-linkage and greedy over candidate pairs in a fixed order (strongest
evidence first, then by each report's content fingerprint), so the result depends only on the
set of reports: ingesting them again, or in another order, gives the same deals. Within a
cluster each field keeps the best-supported, most specific value; every other value is kept as
a `Conflict` for review rather than dropped. See docs/resolution.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import combinations

from dealradar.model import PAYMENT_FIELDS, Deal, Money
from dealradar.resolve import normalise as n
from dealradar.resolve.combine import (
    Conflict,
    MergedDeal,
    Report,
    fingerprint,
    merge_cluster,
    same_money,
)
from dealradar.resolve.drugs import drug_key, resolve_drug
from dealradar.resolve.match import resolve_party
from dealradar.resolve.registry import Registry

WINDOW_DAYS = 45
"""Reports of one deal sharing an asset are dated at most this far apart (reference dates are
sometimes month-level, news a few weeks late)."""
WEAK_WINDOW_DAYS = 7
"""Without a shared asset, dated reports must be this close."""
_BUYING = frozenset({"acquisition", "asset-purchase"})


class _Sets:
    """Union-find whose roots are the smallest member: the partition and the names of its
    parts do not depend on the order of unions."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def merge_deals(
    deals: Iterable[Deal], registry: Registry, *, window_days: int = WINDOW_DAYS
) -> list[MergedDeal]:
    """Cluster reports of the same deal and merge each cluster (see the module docstring).

    Args:
        deals: reports, each with its `sources` (and evidence); identical reports count once.
        registry: resolves parties and drugs; it is read, never changed.
        window_days: how far apart two dated reports sharing an asset may be.

    Returns:
        Merged deals sorted by key.
    """
    unique = {fingerprint(d): d for d in deals}
    clusters = cluster_reports(unique, registry, window_days=window_days)
    return sorted((merge_cluster(c, registry) for c in clusters), key=lambda m: m.key)


def cluster_reports(
    deals: Mapping[str, Deal], registry: Registry, *, window_days: int = WINDOW_DAYS
) -> list[list[Report]]:
    """The clusters `merge_deals` merges, each in canonical order, before merging them.

    `deals` maps each report's `fingerprint` to the report. Ingestion calls this directly: it
    already has the fingerprints, and it merges only the clusters that changed.
    """
    reports = _prepare([(fp, deals[fp]) for fp in sorted(deals)], registry)
    order = sorted(_candidate_pairs(reports, window_days), key=lambda e: (-e[0], e[1], e[2]))
    # Every compatible pair is a candidate, so the complete-linkage test below is a look-up
    # in this set rather than a fresh comparison of every cross-cluster pair.
    compatible = {(i, j) for _, i, j in order}
    cluster_of = list(range(len(reports)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
    for _, i, j in order:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if all((min(a, b), max(a, b)) in compatible for a in members[ci] for b in members[cj]):
            keep, drop = min(ci, cj), max(ci, cj)
            for m in members.pop(drop):
                cluster_of[m] = keep
                members[keep].append(m)
    return [[reports[i] for i in sorted(ms)] for ms in members.values()]


def _prepare(deals: list[tuple[str, Deal]], registry: Registry) -> list[Report]:
    parties, assets = _Sets(), _Sets()
    party_keys: list[tuple[list[str], list[str]]] = []
    asset_keys: list[list[str]] = []
    for _, deal in deals:
        sides = []
        for side in (deal.licensors, deal.licensees):
            keys = []
            for company in side:
                found = resolve_party(registry, company)
                if found.company_id is not None:
                    keys.append(f"c{found.company_id}")
                else:
                    loose = sorted({"u:" + n.loose_key(x) for x in company.names()})
                    for other in loose[1:]:
                        parties.union(loose[0], other)
                    keys.append(loose[0])
            sides.append(keys)
        party_keys.append((sides[0], sides[1]))
        row = []
        for asset in deal.assets:
            names = [_asset_key(registry, x) for x in asset.names()]
            for other in names[1:]:
                assets.union(names[0], other)
            row.append(names[0])
        asset_keys.append(row)
    return [
        Report(
            deal,
            fp,
            tuple(parties.find(k) for k in lic),
            tuple(parties.find(k) for k in lee),
            tuple(assets.find(k) for k in asset_keys[i]),
        )
        for i, ((fp, deal), (lic, lee)) in enumerate(zip(deals, party_keys, strict=True))
    ]


def _asset_key(registry: Registry, name: str) -> str:
    found = resolve_drug(registry, name)
    return f"d{found.drug_id}" if found.drug_id is not None else "u:" + drug_key(name)


def _candidate_pairs(reports: list[Report], window: int) -> list[tuple[int, int, int]]:
    """(strength, i, j) for report pairs that could be one deal, blocked by shared party.

    Within a party's block only pairs that could pass `_compatible` are tried: two reports
    that both name assets must share one, so those meet only in the block's per-asset
    groups; a report naming no asset is tried against the whole block. A company with
    hundreds of stored deals then costs a pass over them, not a comparison of every pair.
    """
    by_party: dict[str, list[int]] = {}
    for i, r in enumerate(reports):
        for key in r.licensors | r.licensees:
            by_party.setdefault(key, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for idx in by_party.values():
        by_asset: dict[str, list[int]] = {}
        for i in idx:
            for asset in reports[i].assets:
                by_asset.setdefault(asset, []).append(i)
        for group in by_asset.values():
            pairs.update(combinations(group, 2))
        for i in idx:
            if not reports[i].assets:
                pairs.update((min(i, j), max(i, j)) for j in idx if j != i)
    out = []
    for i, j in sorted(pairs):
        a, b = reports[i], reports[j]
        if _compatible(a, b, window):
            out.append((_strength(a, b), i, j))
    return out


def _gap(a: Report, b: Report) -> int | None:
    """Days between two reports' dates, None when either is undated."""
    return None if a.day is None or b.day is None else abs(a.day - b.day)


def _compatible(a: Report, b: Report, window: int) -> bool:
    if a.sources & b.sources:
        return False
    shared_side = False
    for x, y in ((a.licensors, b.licensors), (a.licensees, b.licensees)):
        if x and y:
            if not x & y:
                return False
            shared_side = True
    if not shared_side:
        return False
    gap = _gap(a, b)
    if a.assets and b.assets:
        return bool(a.assets & b.assets) and (gap is None or gap <= window)
    if (a.deal.deal_type in _BUYING) != (b.deal.deal_type in _BUYING):
        return False
    if gap is not None and gap > WEAK_WINDOW_DAYS:
        return False
    return _money_agrees(a, b)


_AGREEING = tuple(PAYMENT_FIELDS.index(k) for k in ("upfront", "total"))


def _money_agrees(a: Report, b: Report) -> bool:
    """Without a shared asset, stated upfronts or totals must not contradict each other."""
    for at in _AGREEING:
        x, y = a.payments[at], b.payments[at]
        if x is None or y is None or not _comparable(x, y):
            continue
        if not same_money(x, y):
            return False
    return True


def _comparable(x: Money, y: Money) -> bool:
    return x.currency == y.currency or (x.usd is not None and y.usd is not None)


def _strength(a: Report, b: Report) -> int:
    score = 10 * len(a.assets & b.assets)
    gap = _gap(a, b)
    score += 5 if gap == 0 else 2 if gap is not None and gap <= WEAK_WINDOW_DAYS else 0
    score += sum(
        3
        for x, y in zip(a.payments, b.payments, strict=True)
        if x is not None and y is not None and same_money(x, y)
    )
    score += 2 * len(a.licensors & b.licensors) + 2 * len(a.licensees & b.licensees)
    return score + (a.deal.deal_type == b.deal.deal_type)


def same_deal(
    stored: Deal, report: Deal, registry: Registry, *, window_days: int = WINDOW_DAYS
) -> int | None:
    """How strongly `report` matches `stored` as a report of the same deal, or None.

    The incremental form of `merge_deals`: ingestion compares each new report with the few
    stored deals between the same companies, using the same compatibility rules and strength.
    """
    a, b = _prepare([(fingerprint(stored), stored), (fingerprint(report), report)], registry)
    return _strength(a, b) if _compatible(a, b, window_days) else None


__all__ = [
    "Conflict",
    "MergedDeal",
    "Report",
    "cluster_reports",
    "fingerprint",
    "merge_deals",
    "same_deal",
]
