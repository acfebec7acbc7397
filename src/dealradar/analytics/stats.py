"""Deal counts and values per period and group: the numbers behind `dealradar stats`.

Sums and medians are over deals that state the figure; a deal without a disclosed upfront
counts in `deals` but not in the upfront columns, as in published league tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Integer, cast, extract, func, literal, or_, select

from dealradar.analytics.periods import Granularity
from dealradar.store import tables as t
from dealradar.store.queries import DealFilter

Group = Literal[
    "licensor-country",
    "licensee-country",
    "licensor",
    "licensee",
    "modality",
    "area",
    "phase",
    "type",
]
GROUPS: tuple[Group, ...] = (
    "licensor-country",
    "licensee-country",
    "licensor",
    "licensee",
    "modality",
    "area",
    "phase",
    "type",
)


@dataclass(frozen=True)
class StatRow:
    """One bucket: a period (and group, when grouping) with its figures in USD."""

    period: str
    group: str | None
    deals: int
    total_value_usd: float
    upfront_usd: float
    median_upfront_usd: float | None
    median_upfront_share: float | None
    deals_with_total: int
    deals_with_upfront: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _group_column(group: Group | None) -> Any:
    d = t.deals.c
    return {
        None: None,
        "licensor-country": d.licensor_country,
        "licensee-country": d.licensee_country,
        "licensor": d.licensor_id,
        "licensee": d.licensee_id,
        "modality": d.modality,
        "area": d.area,
        "phase": d.phase,
        "type": d.deal_type,
    }[group]


def _period_key(by: Granularity) -> Any:
    """An integer per bucket (year * 100 + month, quarter or half), computed in the database."""
    d = t.deals.c
    year = cast(extract("year", d.announced), Integer)
    month = cast(extract("month", d.announced), Integer)
    sub = {"month": month, "quarter": (month + 2) // 3, "half": (month + 5) // 6, "year": 0}[by]
    return year * 100 + sub


def _label(key: int, by: Granularity) -> str:
    year, sub = divmod(int(key), 100)
    return {
        "month": f"{year}-{sub:02d}",
        "quarter": f"{year}-Q{sub}",
        "half": f"{year}-H{sub}",
        "year": str(year),
    }[by]


def _medians(
    conn: Connection, base: Any, value: Any, where: list[Any]
) -> dict[tuple[Any, Any], float]:
    """Median of `value` per (period, group), with window functions so rows stay in the database."""
    inner = select(base.c.k, base.c.g, value.label("v")).where(*where).subquery()
    ranked = select(
        inner.c.k,
        inner.c.g,
        inner.c.v,
        func.row_number().over(partition_by=(inner.c.k, inner.c.g), order_by=inner.c.v).label("rn"),
        func.count().over(partition_by=(inner.c.k, inner.c.g)).label("n"),
    ).subquery()
    stmt = (
        select(ranked.c.k, ranked.c.g, func.avg(ranked.c.v))
        .where(or_(ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.rn == (ranked.c.n + 2) // 2))
        .group_by(ranked.c.k, ranked.c.g)
    )
    return {(k, g): float(v) for k, g, v in conn.execute(stmt)}


def stats(
    conn: Connection, flt: DealFilter, *, by: Granularity = "year", group: Group | None = None
) -> list[StatRow]:
    """Per-bucket figures for the deals matching `flt`, in period then group order.

    Sums, counts and medians are computed by the database (window functions), so the cost
    does not grow with Python-side row handling: ~100k deals stay well under 200 ms on SQLite.
    """
    d = t.deals.c
    gcol = _group_column(group)
    base = (
        select(
            _period_key(by).label("k"),
            (gcol if gcol is not None else literal(None)).label("g"),
            d.upfront_usd,
            d.total_usd,
            # A total derived from the upfront alone says nothing about the upfront's share.
            or_(d.total_stated.is_(True), d.milestones_usd.is_not(None)).label("full"),
        )
        .where(d.announced.is_not(None), *flt.conditions())
        .subquery()
    )
    agg = select(
        base.c.k,
        base.c.g,
        func.count(),
        func.coalesce(func.sum(base.c.total_usd), 0.0),
        func.coalesce(func.sum(base.c.upfront_usd), 0.0),
        func.count(base.c.total_usd),
        func.count(base.c.upfront_usd),
    ).group_by(base.c.k, base.c.g)
    rows = conn.execute(agg).all()
    if not rows:
        return []
    med_upfront = _medians(conn, base, base.c.upfront_usd, [base.c.upfront_usd.is_not(None)])
    med_share = _medians(
        conn,
        base,
        base.c.upfront_usd / base.c.total_usd,
        [base.c.upfront_usd.is_not(None), base.c.total_usd > 0, base.c.full.is_(True)],
    )
    names: dict[Any, str] = {}
    if group in ("licensor", "licensee"):
        ids = [r[1] for r in rows if r[1] is not None]
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            stmt = select(t.companies.c.id, t.companies.c.name).where(t.companies.c.id.in_(chunk))
            names.update((cid, name) for cid, name in conn.execute(stmt))
    out = []
    for k, g, n, total, upfront, n_total, n_upfront in rows:
        label = names.get(g, g) if group in ("licensor", "licensee") else g
        out.append(
            StatRow(
                period=_label(k, by),
                group=(label or "(unknown)") if group else None,
                deals=int(n),
                total_value_usd=float(total),
                upfront_usd=float(upfront),
                median_upfront_usd=med_upfront.get((k, g)),
                median_upfront_share=med_share.get((k, g)),
                deals_with_total=int(n_total),
                deals_with_upfront=int(n_upfront),
            )
        )
    out.sort(key=lambda r: (r.period, r.group or ""))
    return out
