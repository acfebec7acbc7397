"""Combining the reports of one deal into one record: which value each field keeps, and why.

For each field the candidate values are grouped (money within 2%, dates within 3 days count as
agreeing). Groups are ranked by grounding (how many reports carry evidence for the field),
then specificity (a stated figure over a computed one, more significant digits, a day-precise
date over a first-of-month one, a classified territory over "unspecified"), then support (how
many reports give it), then a fixed tie-break. The winner is kept; each losing value becomes a
`Conflict` naming the source that gave it, and the deal is marked for review. Free-text fields
(territory, royalties) differ in wording between languages, so they keep the best text without
recording a conflict. See docs/resolution.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Container
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from dealradar.model import PAYMENT_FIELDS, Asset, Company, Deal, Evidence, Money
from dealradar.resolve.registry import Registry


@dataclass(frozen=True, slots=True)
class Conflict:
    """A value a source gave for a field that differs from the value the merged deal kept."""

    field: str
    kept: str
    other: str
    source: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"field": self.field, "kept": self.kept, "other": self.other, "source": self.source}


@dataclass(frozen=True, slots=True)
class MergedDeal:
    """A merged deal, its stable `key` (for `Writer.upsert_deal(key=...)`), what sources
    disagreed on, and the reports it was built from (in canonical order)."""

    deal: Deal
    key: str
    conflicts: tuple[Conflict, ...]
    reports: tuple[Deal, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """One input deal with the resolved key of each party and asset, position by position.

    The sets and the source are computed once here: clustering compares every candidate pair
    of reports, so recomputing them per comparison was a large share of a merge.
    """

    deal: Deal
    fp: str
    licensor_keys: tuple[str, ...]
    licensee_keys: tuple[str, ...]
    asset_keys: tuple[str, ...]
    licensors: frozenset[str] = field(init=False)
    licensees: frozenset[str] = field(init=False)
    assets: frozenset[str] = field(init=False)
    sources: frozenset[str] = field(init=False)
    source: str | None = field(init=False)
    payments: tuple[Money | None, ...] = field(init=False)
    """The deal's payments in `PAYMENT_FIELDS` order."""
    day: int | None = field(init=False)
    """The announcement date as an ordinal, for date gaps."""

    def __post_init__(self) -> None:
        deal = self.deal
        object.__setattr__(self, "payments", tuple(getattr(deal, k) for k in PAYMENT_FIELDS))
        object.__setattr__(self, "day", deal.announced.toordinal() if deal.announced else None)
        sources = frozenset(s.uri for s in self.deal.sources)
        object.__setattr__(self, "licensors", frozenset(self.licensor_keys))
        object.__setattr__(self, "licensees", frozenset(self.licensee_keys))
        object.__setattr__(self, "assets", frozenset(self.asset_keys))
        object.__setattr__(self, "sources", sources)
        object.__setattr__(self, "source", min(sources) if sources else None)


def fingerprint(deal: Deal) -> str:
    """A canonical text of a report's content and sources: the sort key that makes merging
    independent of input order."""
    body = deal.to_json()
    body["sources"] = sorted(s.uri for s in deal.sources)
    return json.dumps(body, sort_keys=True, default=str, ensure_ascii=False)


#: How far apart two amounts may be and still agree (built once: `same_money` is called for
#: most pairs of reports clustering compares).
_MONEY_TOLERANCE = Decimal("0.02")


def same_money(x: Money, y: Money) -> bool:
    """Equal within 2% (rounding: "$1.1 billion" vs 1,111,000,000), in USD if currencies differ."""
    if x.currency == y.currency:
        p, q = x.amount, y.amount
    elif x.usd is not None and y.usd is not None:
        p, q = x.usd, y.usd
    else:
        return False
    top = max(p, q)
    return top == 0 or abs(p - q) / top <= _MONEY_TOLERANCE


def _digits(amount: Decimal) -> int:
    return len(str(amount.normalize()).replace(".", "").rstrip("0").lstrip("0"))


def _money_rank(m: Money) -> tuple[int, int]:
    return (1 if m.stated else 0, _digits(m.amount))


def _date_rank(d: date) -> tuple[int, int]:
    return (0 if d.day == 1 else 1, -d.toordinal())


Agree = Callable[[Any, Any], bool]
Rank = Callable[[Any], Any]


def _pick(
    field: str, values: list[tuple[Any, Report]], agree: Agree, rank: Rank, record: bool = True
) -> tuple[Any, list[Conflict]]:
    """The kept value of one field and the conflicts it leaves (see the module docstring)."""
    if len(values) == 1:  # most deals have one report: nothing to rank, nothing to disagree
        return values[0][0], []
    groups: list[list[tuple[Any, Report]]] = []
    for value, report in values:
        for group in groups:
            if agree(group[0][0], value):
                group.append((value, report))
                break
        else:
            groups.append([(value, report)])
    if not groups:
        return None, []

    def best(group: list[tuple[Any, Report]]) -> Any:
        return max(group, key=lambda vr: (rank(vr[0]), _text(vr[0])))[0]

    def score(group: list[tuple[Any, Report]]) -> tuple[Any, ...]:
        grounded = sum(1 for _, r in group if r.deal.evidence_for(field))
        return (grounded, rank(best(group)), len(group), _text(best(group)))

    groups.sort(key=score, reverse=True)
    kept = best(groups[0])
    conflicts = [
        Conflict(field, _text(kept), _text(best(g)), min((r.source or "") for _, r in g) or None)
        for g in groups[1:]
    ]
    return kept, conflicts if record else []


def _text(value: Any) -> str:
    if isinstance(value, Money):
        q = f"{value.qualifier} " if value.qualifier else ""
        return f"{q}{value.amount.normalize():f} {value.currency}" + (
            "" if value.stated else " (computed)"
        )
    return value.isoformat() if isinstance(value, date) else str(value)


def _same_day(a: date, b: date) -> bool:
    return abs((a - b).days) <= 3


def merge_cluster(reports: list[Report], registry: Registry) -> MergedDeal:
    """Merge the reports of one deal (already in canonical order) into one `MergedDeal`."""
    conflicts: list[Conflict] = []
    fields: dict[str, Any] = {}

    def pick(name: str, agree: Agree, rank: Rank, record: bool = True) -> None:
        values = [(getattr(r.deal, name), r) for r in reports if getattr(r.deal, name) is not None]
        kept, found = _pick(name, values, agree, rank, record)
        fields[name] = kept
        conflicts.extend(found)

    for kind in PAYMENT_FIELDS:
        pick(kind, same_money, _money_rank)
    pick("announced", _same_day, _date_rank)
    pick("deal_type", lambda a, b: a == b, lambda v: 0)
    classified = [
        (r.deal.territory_class, r) for r in reports if r.deal.territory_class != "unspecified"
    ]
    kept_class, found = _pick("territory_class", classified, lambda a, b: a == b, lambda v: 0)
    fields["territory_class"] = kept_class or "unspecified"
    conflicts.extend(found)
    pick("territory", lambda a, b: a == b, len, record=False)
    pick("royalties", lambda a, b: a == b, len, record=False)

    licensors = _parties(
        reports, registry, lambda r: zip(r.licensor_keys, r.deal.licensors, strict=True)
    )
    licensees = _parties(
        reports, registry, lambda r: zip(r.licensee_keys, r.deal.licensees, strict=True)
    )
    assets = _assets(reports, registry)
    sources = sorted(
        {s.uri: s for r in reports for s in r.deal.sources}.values(), key=lambda s: s.uri
    )
    evidence = sorted(
        {
            (e.source or r.source, e.field, e.start, e.end): e
            if e.source
            else Evidence(e.field, e.start, e.end, e.quote, r.source)  # faster than replace()
            for r in reports
            for e in r.deal.evidence
        }.items(),
        key=lambda kv: (str(kv[0][0]), kv[0][1], kv[0][2], kv[0][3]),
    )
    conflicts.sort(key=lambda c: (c.field, c.other, c.source or ""))
    deal = Deal(
        licensors=tuple(c for _, c in licensors),
        licensees=tuple(c for _, c in licensees),
        assets=tuple(a for _, a in assets),
        deal_type=fields["deal_type"] or "license",
        territory=fields["territory"],
        territory_class=fields["territory_class"],
        upfront=fields["upfront"],
        near_term=fields["near_term"],
        milestones=fields["milestones"],
        total=fields["total"],
        equity=fields["equity"],
        royalties=fields["royalties"],
        announced=fields["announced"],
        status="review" if conflicts else "reported",
        confidence=max(r.deal.confidence for r in reports),
        evidence=tuple(e for _, e in evidence),
        sources=tuple(sources),
        notes={"reports": len(reports), "conflicts": [c.to_json() for c in conflicts]},
    )
    key = _key([k for k, _ in licensors], [k for k, _ in licensees], [k for k, _ in assets], deal)
    return MergedDeal(deal, key, tuple(conflicts), tuple(r.deal for r in reports))


def distinct_key(merged: MergedDeal, taken: Container[str]) -> MergedDeal:
    """`merged` under a key no other deal in `taken` has.

    Why: the key is who, on which drugs, when and what kind; two deals that differ only in
    their terms (an article's new deal and the pair's earlier one, neither dated nor naming a
    drug) share it, and a store that writes by key would put one over the other. The second
    takes a key derived from its own reports, the same for the same reports on every run.
    """
    if merged.key not in taken:
        return merged
    key = merged.key
    reports = sorted(fingerprint(r) for r in merged.reports)
    while key in taken:
        basis = "|".join([key, *reports])
        key = "m" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:39]
    return replace(merged, key=key)


def _key(licensors: list[str], licensees: list[str], assets: list[str], deal: Deal) -> str:
    """Stable identity: who, on which drugs, when. Same reports → same key, in any order."""
    parts = [
        "+".join(sorted(licensors)),
        "+".join(sorted(licensees)),
        "+".join(sorted(assets)),
        deal.announced.isoformat() if deal.announced else "",
        deal.deal_type,
    ]
    return "m" + hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:39]


def _parties(
    reports: list[Report], registry: Registry, pairs: Callable[[Report], Any]
) -> list[tuple[str, Company]]:
    """One Company per resolved party: canonical name and country from the registry, every
    spelling the reports used as aliases. The party most often named first comes first."""
    names: dict[str, list[Company]] = {}
    first: dict[str, int] = {}
    for report in reports:
        for pos, (key, company) in enumerate(pairs(report)):
            names.setdefault(key, []).append(company)
            if pos == 0:
                first[key] = first.get(key, 0) + 1
    out = []
    for key in sorted(names, key=lambda k: (-first.get(k, 0), k)):
        mentions = names[key]
        spelled = sorted({x for c in mentions for x in c.names()})
        entry = registry.companies.get(int(key[1:])) if key.startswith("c") else None
        if entry is not None:
            name, zh, country = entry.name, entry.name_zh, entry.country
        else:
            name = sorted(c.name for c in mentions)[0]
            zh = next((c.name_zh for c in mentions if c.name_zh), None)
            country = None
        country = country or next((c.country for c in mentions if c.country), None)
        company = Company(
            name=name,
            aliases=tuple(x for x in spelled if x not in (name, zh)),
            country=country,
            name_zh=zh,
            id=entry.id if entry is not None and registry.persistent else None,
        )
        out.append((key, company))
    return out


def _assets(reports: list[Report], registry: Registry) -> list[tuple[str, Asset]]:
    """One Asset per resolved drug, named by its registry name, with every spelling used."""
    found: dict[str, list[Asset]] = {}
    for report in reports:
        for key, asset in zip(report.asset_keys, report.deal.assets, strict=True):
            found.setdefault(key, []).append(asset)
    out = []
    for key in sorted(found):
        group = found[key]
        entry = registry.drugs.get(int(key[1:])) if key.startswith("d") else None
        name = entry.name if entry is not None else sorted(a.name for a in group)[0]
        spelled = sorted({x for a in group for x in a.names()} - {name})

        def attr(field: str, group: list[Asset] = group) -> Any:
            return next((getattr(a, field) for a in group if getattr(a, field)), None)

        out.append(
            (
                key,
                Asset(
                    name,
                    tuple(spelled),
                    attr("modality"),
                    attr("target"),
                    attr("area"),
                    attr("phase"),
                ),
            )
        )
    return out


__all__ = ["Conflict", "MergedDeal", "Report", "fingerprint", "merge_cluster", "same_money"]
