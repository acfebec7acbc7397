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

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations, repeat
from typing import Generic, TypeVar

from dealradar.model import PAYMENT_FIELDS, Deal, Money
from dealradar.resolve import normalise as n
from dealradar.resolve.combine import (
    Conflict,
    MergedDeal,
    Report,
    distinct_key,
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
K = TypeVar("K", str, int)


class _Sets(Generic[K]):
    """Union-find whose roots are the smallest member: the partition and the names of its
    parts do not depend on the order of unions. Over keys (str) and over report indices
    (int: which reports compatible pairs connect)."""

    def __init__(self) -> None:
        self.parent: dict[K, K] = {}

    def find(self, x: K) -> K:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: K, b: K) -> None:
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
    merged = sorted((merge_cluster(c, registry) for c in clusters), key=lambda m: m.key)
    if len({m.key for m in merged}) == len(merged):
        return merged
    # two deals share an identity: who keeps the key goes by their reports, the same on every
    # run, and the other takes one of its own
    merged.sort(key=lambda m: (m.key, min(fingerprint(r) for r in m.reports)))
    taken: set[str] = set()
    out = []
    for m in merged:
        m = distinct_key(m, taken)
        taken.add(m.key)
        out.append(m)
    return sorted(out, key=lambda m: m.key)


@dataclass
class ClusterMemo:
    """What `cluster_reports` may reuse between calls against one unchanged registry.

    Ingestion clusters each document's neighbourhood, and neighbourhoods overlap from one
    document to the next (a company's stored reports come back for each new report naming
    it), so a hub company's reports would otherwise be resolved and compared pair by pair for
    every document. Only `raw` depends on the registry: a memo must not outlive its window,
    nor `raw` its registry (`renew` drops it). The rest is a pure function of its key (an
    interned report holds its deal and canonical keys; pairs and components are functions
    of the interned reports), so it stays valid when the registry changes: ingestion keeps
    one memo for a run and renews it per transaction, which resolves against the registry as
    it stood at its start.
    """

    window_days: int = WINDOW_DAYS
    #: id(deal) → the deal (kept, so the id stays its own) and its resolved party and asset
    #: keys before canonicalisation. By object, not fingerprint: a fingerprint leaves out some
    #: names (a co-party's aliases) that resolution reads.
    raw: dict[int, tuple[Deal, _RawKeys]] = field(default_factory=dict)
    #: (id(deal), canonical keys) → its `Report`: the same deal in the same context is one
    #: object, which `pairs` is keyed by.
    reports: dict[tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]], Report] = field(
        default_factory=dict
    )
    #: (id(a), id(b)) of two interned reports → their strength, or None if incompatible.
    pairs: dict[tuple[int, int], int | None] = field(default_factory=dict)
    #: id(report) → the connected component it was last clustered in (see `_Component`).
    components: dict[int, _Component] = field(default_factory=dict)

    def renew(self, limit: int) -> None:
        """Keep this memo for a registry that may have changed since the last call: forget
        `raw` (resolution) and keep what does not depend on it, unless it holds more than
        `limit` interned reports, when it starts again (memory stays bounded)."""
        self.raw = {}
        if len(self.reports) > limit:
            self.reports, self.pairs, self.components = {}, {}, {}


@dataclass(frozen=True, slots=True)
class _Component:
    """Interned reports connected by compatible pairs, with every such pair and the clusters
    the greedy pass made of them.

    Clustering never joins reports of two components, and within one it depends only on its
    reports and their pairs, so a component met again intact keeps its clusters, and one that
    grew needs only the pairs that involve its new reports: a hub company's hundreds of stored
    reports are then compared once per transaction, not once per document naming it.
    """

    reports: frozenset[int]
    #: (strength, id(a), id(b)) for every compatible pair, a before b in fingerprint order.
    edges: tuple[tuple[int, int, int], ...]
    #: The clusters as ids, each in fingerprint order.
    clusters: tuple[tuple[int, ...], ...]


def cluster_reports(
    deals: Mapping[str, Deal],
    registry: Registry,
    *,
    window_days: int = WINDOW_DAYS,
    memo: ClusterMemo | None = None,
) -> list[list[Report]]:
    """The clusters `merge_deals` merges, each in canonical order, before merging them.

    `deals` maps each report's `fingerprint` to the report. Ingestion calls this directly: it
    already has the fingerprints, and it merges only the clusters that changed. A `memo`
    (valid for `registry` as it is now, see `ClusterMemo`) saves resolving and comparing again
    what an earlier call already did; the result is the same with or without it.
    """
    if memo is not None and memo.window_days != window_days:
        raise ValueError("a ClusterMemo serves one window")
    reports = _prepare([(fp, deals[fp]) for fp in sorted(deals)], registry, memo)
    if memo is None:
        edges = _candidate_pairs(reports, window_days)
        return [[reports[i] for i in ms] for ms in _greedy(range(len(reports)), edges)]
    return _cluster_with_memo(reports, window_days, memo)


def _greedy(indices: Iterable[int], edges: Iterable[tuple[int, int, int]]) -> list[list[int]]:
    """Complete-linkage clusters of `indices` over the compatible pairs `edges` (strength, i,
    j), strongest first: each cluster ascending, clusters by their first index."""
    order = sorted((-strength, i, j) for strength, i, j in edges)
    # Every compatible pair is a candidate, so the complete-linkage test below is a look-up
    # in this set rather than a fresh comparison of every cross-cluster pair.
    compatible = {(i, j) for _, i, j in order}
    members: dict[int, list[int]] = {i: [i] for i in indices}
    cluster_of = {i: i for i in members}
    for _, i, j in order:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if all((min(a, b), max(a, b)) in compatible for a in members[ci] for b in members[cj]):
            keep, drop = min(ci, cj), max(ci, cj)
            for m in members.pop(drop):
                cluster_of[m] = keep
                members[keep].append(m)
    return sorted(sorted(ms) for ms in members.values())


def _cluster_with_memo(reports: list[Report], window: int, memo: ClusterMemo) -> list[list[Report]]:
    """`cluster_reports` reusing the components of earlier calls (see `_Component`).

    A known component whose reports are all here is one unit: its pairs are read only if a
    new pair joins it to more reports, so meeting a hub's component intact costs a pass over
    its reports, not over its pairs. Of one only partly here, the pairs among the reports
    that are here are read back.
    """
    index = {id(r): i for i, r in enumerate(reports)}
    known = [memo.components.get(id(r)) for r in reports]
    present: dict[int, list[int]] = {}
    for i, comp in enumerate(known):
        if comp is not None:
            present.setdefault(id(comp), []).append(i)
    # Pairs inside one known component are its edges; every other pair is compared.
    edges = _candidate_pairs(reports, window, memo, known)
    parts: _Sets[int] = _Sets()
    intact: set[int] = set()
    for key, members in present.items():
        comp = known[members[0]]
        assert comp is not None
        if len(members) == len(comp.reports):
            intact.add(key)
            for m in members[1:]:
                parts.union(members[0], m)
        else:
            edges.extend(_edges_within(comp, index, known))
    for _, i, j in edges:
        parts.union(i, j)
    by_part: dict[int, list[int]] = {}
    for i in range(len(reports)):
        by_part.setdefault(parts.find(i), []).append(i)
    edges_of: dict[int, list[tuple[int, int, int]]] = {}
    for edge in edges:
        edges_of.setdefault(parts.find(edge[1]), []).append(edge)
    clusters: list[list[int]] = []
    for root, members in by_part.items():
        first = known[members[0]]
        if first is not None and id(first) in intact and len(members) == len(first.reports):
            # exactly that component (all of it is in this part), met again: same clusters
            clusters.extend([index[x] for x in cluster] for cluster in first.clusters)
            continue
        part_edges = edges_of.get(root, [])
        for key in {id(c) for i in members if (c := known[i]) is not None and id(c) in intact}:
            comp = known[present[key][0]]
            assert comp is not None
            part_edges.extend(_edges_within(comp, index, known))
        found = _greedy(members, part_edges)
        clusters.extend(found)
        if len(members) > 1:
            grown = _Component(
                frozenset(id(reports[i]) for i in members),
                tuple((s, id(reports[i]), id(reports[j])) for s, i, j in part_edges),
                tuple(tuple(id(reports[i]) for i in cluster) for cluster in found),
            )
            for i in members:
                memo.components[id(reports[i])] = grown
    return [[reports[i] for i in ms] for ms in sorted(clusters)]


def _edges_within(
    comp: _Component, index: dict[int, int], known: list[_Component | None]
) -> list[tuple[int, int, int]]:
    """`comp`'s pairs between its reports that are here and still in it (a report met in a
    later component since is compared afresh), as (strength, i, j)."""
    out = []
    for strength, a, b in comp.edges:
        i, j = index.get(a), index.get(b)
        if i is not None and j is not None and known[i] is comp and known[j] is comp:
            out.append((strength, i, j) if i < j else (strength, j, i))
    return out


#: A report's keys as resolution gives them: per side, per party, the key it is known by and
#: the other keys to be unified with it (an unresolved party's spellings); per asset, likewise.
_RawKeys = tuple[
    tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]
]


def _raw_keys(deal: Deal, registry: Registry) -> _RawKeys:
    sides = []
    for side in (deal.licensors, deal.licensees):
        keys: list[tuple[str, ...]] = []
        for company in side:
            found = resolve_party(registry, company)
            if found.company_id is not None:
                keys.append((f"c{found.company_id}",))
            else:
                keys.append(tuple(sorted({"u:" + n.loose_key(x) for x in company.names()})))
        sides.append(tuple(keys))
    assets = tuple(tuple(_asset_key(registry, x) for x in asset.names()) for asset in deal.assets)
    return sides[0], sides[1], assets


def _prepare(
    deals: list[tuple[str, Deal]], registry: Registry, memo: ClusterMemo | None = None
) -> list[Report]:
    parties: _Sets[str] = _Sets()
    assets: _Sets[str] = _Sets()
    raws: list[_RawKeys] = []
    for _, deal in deals:
        known = memo.raw.get(id(deal)) if memo is not None else None
        if known is not None:
            raw = known[1]
        else:
            raw = _raw_keys(deal, registry)
            if memo is not None:
                memo.raw[id(deal)] = (deal, raw)
        for side in raw[:2]:
            for keys in side:
                for other in keys[1:]:
                    parties.union(keys[0], other)
        for names in raw[2]:
            for other in names[1:]:
                assets.union(names[0], other)
        raws.append(raw)
    out = []
    for (fp, deal), (lic, lee, drugs) in zip(deals, raws, strict=True):
        lic_keys = tuple(parties.find(k[0]) for k in lic)
        lee_keys = tuple(parties.find(k[0]) for k in lee)
        asset_keys = tuple(assets.find(k[0]) for k in drugs)
        if memo is None:
            out.append(Report(deal, fp, lic_keys, lee_keys, asset_keys))
            continue
        interned = (id(deal), lic_keys, lee_keys, asset_keys)
        report = memo.reports.get(interned)
        if report is None:
            report = memo.reports[interned] = Report(deal, fp, lic_keys, lee_keys, asset_keys)
        out.append(report)
    return out


def _asset_key(registry: Registry, name: str) -> str:
    found = resolve_drug(registry, name)
    return f"d{found.drug_id}" if found.drug_id is not None else "u:" + drug_key(name)


def _candidate_pairs(
    reports: list[Report],
    window: int,
    memo: ClusterMemo | None = None,
    known: Sequence[_Component | None] | None = None,
) -> list[tuple[int, int, int]]:
    """(strength, i, j) for report pairs that could be one deal, blocked by shared party.

    Within a party's block only pairs that could pass `_compatible` are tried: two reports
    that both name assets must share one, so those meet only in the block's per-asset
    groups; a report naming no asset is tried against the whole block. A company with
    hundreds of stored deals then costs a pass over them, not a comparison of every pair.
    With `known` (each report's component in `memo`), pairs inside one component are left out.
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
        if known is not None and any(known[i] is not None for i in idx):
            for group in by_asset.values():
                pairs.update(_pairs_across(group, known))
            _add_unnamed_across(pairs, idx, reports, known)
            continue
        for group in by_asset.values():
            pairs.update(combinations(group, 2))
        for at, i in enumerate(idx):  # idx ascends: the pairs (j, i) before i, (i, j) after
            if not reports[i].assets:
                pairs.update(zip(idx[:at], repeat(i)))
                pairs.update(zip(repeat(i), idx[at + 1 :]))
    out = []
    compared = memo.pairs if memo is not None else None
    for i, j in pairs:  # the compatible ones are sorted below: most candidates are not
        a, b = reports[i], reports[j]
        if compared is None:
            if _compatible(a, b, window):
                out.append((_strength(a, b), i, j))
            continue
        pair = (id(a), id(b))
        if pair in compared:
            strength = compared[pair]
        else:
            strength = compared[pair] = _strength(a, b) if _compatible(a, b, window) else None
        if strength is not None:
            out.append((strength, i, j))
    out.sort(key=lambda edge: (edge[1], edge[2]))
    return out


def _groups(members: list[int], known: Sequence[_Component | None]) -> list[list[int]]:
    """`members` split by known component; a report in none is a group of its own."""
    groups: dict[int, list[int]] = {}
    for i in members:
        comp = known[i]
        groups.setdefault(id(comp) if comp is not None else -1 - i, []).append(i)
    return list(groups.values())


def _pairs_across(
    members: list[int], known: Sequence[_Component | None]
) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of `members` that are not both in one known component."""
    for a, b in combinations(_groups(members, known), 2):
        for i in a:
            for j in b:
                yield (i, j) if i < j else (j, i)


def _add_unnamed_across(
    pairs: set[tuple[int, int]],
    idx: list[int],
    reports: list[Report],
    known: Sequence[_Component | None],
) -> None:
    """Add each report of the block naming no asset paired with the whole block, but for
    reports of its own known component."""
    groups = _groups(idx, known)
    for group in groups:
        for i in group:
            if reports[i].assets:
                continue
            for other in groups:
                if other is not group:
                    pairs.update((i, j) if i < j else (j, i) for j in other)


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
    "ClusterMemo",
    "Conflict",
    "MergedDeal",
    "Report",
    "cluster_reports",
    "fingerprint",
    "merge_deals",
    "same_deal",
]
