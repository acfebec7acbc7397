"""Deal counts and values per period and group: the numbers behind `dealradar stats`.

Sums and medians are over deals that state the figure; a deal without a disclosed upfront
counts in `deals` but not in the upfront columns, as in published league tables.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import median
from typing import Any, Literal, get_args

from sqlalchemy import Connection, and_, case, func, literal, or_, select

from dealradar.analytics.periods import Granularity, period_label
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
Key = tuple[Any, Any]
GROUPS: tuple[Group, ...] = get_args(Group)


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


def _period_parts(by: Granularity) -> tuple[Any, Any]:
    """The year and the part of the year (month, quarter or half; None for years) of a deal.

    Apart, because a GROUP BY on the year itself (not on `year * 100`) is what lets SQLite
    stream `--by year` groups out of an index keyed on it (`ix_deals_stats_by_country_year`)
    instead of sorting every deal first.
    """
    d = t.deals.c
    month = t.month_of(d.announced)
    part = {"month": month, "quarter": (month + 2) // 3, "half": (month + 5) // 6, "year": None}
    return t.year_of(d.announced), part[by]


def _share(base: Any) -> Any:
    """Upfront / headline for deals whose headline is more than the upfront alone, else NULL."""
    return case(
        (and_(base.c.full.is_(True), base.c.total_usd > 0), base.c.upfront_usd / base.c.total_usd),
        else_=None,
    )


#: Aggregate functions that return a group's values in one cell, per dialect: one pass over
#: the index gives sums and the values for the medians (at 100k deals, ~2x faster on SQLite).
_COLLECTORS: dict[str, Any] = {
    "sqlite": lambda column: func.group_concat(column),
    "postgresql": lambda column: func.array_agg(column),
}


def _median_of(cell: Any) -> float | None:
    """The median of a collected cell: SQLite gives 'a,b,c' (NULLs skipped), PostgreSQL a list.

    Equal to `statistics.median`, without its per-call overhead: fine groupings (a licensee
    per year) are thousands of groups of one or two values.
    """
    if cell is None:
        return None
    if isinstance(cell, str):
        if "," not in cell:
            return float(cell)
        numbers = sorted(map(float, cell.split(",")))
    else:
        numbers = sorted(float(v) for v in cell if v is not None)
        if not numbers:
            return None
    mid = len(numbers) // 2
    return numbers[mid] if len(numbers) % 2 else (numbers[mid - 1] + numbers[mid]) / 2


def _medians(conn: Connection, base: Any, key: Any) -> dict[Key, tuple[float | None, float | None]]:
    """Median upfront and median upfront share per (period, group), for databases without an
    aggregate that collects a group's values.

    Only deals with an upfront are fetched, three narrow numbers each; sorting them in Python
    is cheaper than window functions over every partition (measured: 50 vs 560 ms at 100k).
    """
    stmt = select(key, base.c.g, base.c.upfront_usd, _share(base)).where(
        base.c.upfront_usd.is_not(None)
    )
    upfronts: dict[Key, list[float]] = defaultdict(list)
    shares: dict[Key, list[float]] = defaultdict(list)
    for k, g, upfront, ratio in conn.execute(stmt).all():
        upfronts[(k, g)].append(upfront)
        if ratio is not None:
            shares[(k, g)].append(ratio)
    return {
        key: (median(values), median(shares[key]) if shares.get(key) else None)
        for key, values in upfronts.items()
    }


def stats(
    conn: Connection, flt: DealFilter, *, by: Granularity = "year", group: Group | None = None
) -> list[StatRow]:
    """Per-bucket figures for the deals matching `flt`, in period then group order.

    One grouped query gives the sums, counts and (SQLite, PostgreSQL) every group's values for
    the medians; only the medians are computed in Python. Timings at 100k deals:
    benchmarks/bench_store.py.
    """
    d = t.deals.c
    gcol = _group_column(group)
    year, part = _period_parts(by)
    base = (
        select(
            year.label("y"),
            (year * 100 + (part if part is not None else 0)).label("k"),
            (gcol if gcol is not None else literal(None)).label("g"),
            d.upfront_usd,
            d.total_usd,
            # A total derived from the upfront alone says nothing about the upfront's share.
            or_(d.total_stated.is_(True), d.milestones_usd.is_not(None)).label("full"),
        )
        .where(d.announced.is_not(None), *flt.conditions())
        .subquery()
    )
    # Yearly buckets group by the year itself, the order of the country-and-year index; finer
    # ones by the one-number key (two sort terms cost more). A constant (no group) among the
    # GROUP BY terms would make SQLite sort instead of streaming.
    grouping = [base.c.y] if part is None else [base.c.k]
    key = base.c.y * 100 if part is None else base.c.k
    if gcol is not None:
        grouping.append(base.c.g)
    collect = conn.dialect.name in _COLLECTORS
    columns = [
        key,
        base.c.g if gcol is not None else literal(None),
        func.count(),
        func.coalesce(func.sum(base.c.total_usd), 0.0),
        func.coalesce(func.sum(base.c.upfront_usd), 0.0),
        func.count(base.c.total_usd),
        func.count(base.c.upfront_usd),
    ]
    if collect:  # the values for the medians come back in the same pass, one list per group
        gather = _COLLECTORS[conn.dialect.name]
        columns += [gather(base.c.upfront_usd), gather(_share(base))]
    result = conn.execute(select(*columns).group_by(*grouping)).all()
    if not result:
        return []
    if collect:
        medians = {(row[0], row[1]): (_median_of(row[7]), _median_of(row[8])) for row in result}
    else:
        medians = _medians(conn, base, key)
    names = _company_names(conn, {row[1] for row in result}) if group in _COMPANIES else {}
    labels: dict[int, str] = {}  # a few periods shared by thousands of rows
    out = []
    for k, g, n, total, upfront, n_total, n_upfront, *_ in result:
        if k not in labels:
            labels[k] = period_label(k, by)
        label = names.get(g, g)
        median_upfront, median_share = medians.get((k, g), (None, None))
        out.append(
            StatRow(
                period=labels[k],
                group=(label or "(unknown)") if group else None,
                deals=int(n),
                total_value_usd=float(total),
                upfront_usd=float(upfront),
                median_upfront_usd=median_upfront,
                median_upfront_share=median_share,
                deals_with_total=int(n_total),
                deals_with_upfront=int(n_upfront),
            )
        )
    out.sort(key=lambda r: (r.period, r.group or ""))
    return out


#: Groups whose keys are company ids, shown by name.
_COMPANIES: tuple[Group, ...] = ("licensor", "licensee")


def _company_names(conn: Connection, ids: set[Any]) -> dict[Any, str]:
    """Names of the companies with these ids, in chunks that stay under SQLite's bound
    parameter limit."""
    wanted = sorted(i for i in ids if i is not None)
    names: dict[Any, str] = {}
    companies = t.companies.c
    for start in range(0, len(wanted), 900):
        stmt = select(companies.id, companies.name).where(
            companies.id.in_(wanted[start : start + 900])
        )
        names.update(conn.execute(stmt).all())
    return names
