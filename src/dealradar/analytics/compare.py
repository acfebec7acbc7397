"""Our aggregates beside published industry totals, so a user sees how complete the data is.

A published row is comparable when its period is a closed range (`periods.parse_period`), its
scope maps to a filter (China out-licensing, in-licensing, or all deals), and its metric is a
count or a USD sum we also compute. Everything else is listed with the reason it is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from dealradar.analytics.periods import parse_period
from dealradar.store import tables as t
from dealradar.store.queries import DealFilter


@dataclass(frozen=True)
class Comparison:
    period: str
    scope: str
    metric: str
    source: str
    published: float | None
    ours: float | None
    ratio: float | None
    unit: str
    note: str | None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def scope_filter(scope: str) -> DealFilter | None:
    """The deals a published scope counts, or None when we cannot reproduce it."""
    low = scope.casefold()
    if any(
        w in low
        for w in (
            "share",
            "korea",
            "us pharma",
            "europe",
            "japan",
            "m&a",
            "acquisition",
            "astrazeneca",
            ">=1b",
            ">1b",
            "adc",
            "in + out",
            "r&d partnerships",
            "investment",
            "top 10",
        )
    ):
        return None
    if "in-licensing" in low:
        return DealFilter(licensee_country="CN", licensor_country="!CN", deal_type="!acquisition")
    if low.startswith("china") or "chinese" in low:
        if any(
            w in low
            for w in (
                "out-licens",
                "license-out",
                "overseas",
                "to mnc",
                "to international",
                "to foreign",
                "out",
            )
        ):
            return DealFilter(
                licensor_country="CN", licensee_country="!CN", deal_type="!acquisition"
            )
        return None
    if low.startswith("global"):
        return DealFilter()
    return None


def metric_kind(metric: str) -> str | None:
    low = metric.casefold()
    if any(w in low for w in ("share", "average", "top 10", "cash and equity")):
        return None
    if low.startswith("deal count"):
        return "count"
    if "upfront" in low:
        return "upfront"
    if "milestone" in low:
        return "milestones"
    if "value" in low or "takeover" in low:
        return "total"
    return None


def compare_totals(conn: Connection) -> list[Comparison]:
    """Every published total with our figure for the same period and scope, and their ratio."""
    rows = conn.execute(select(t.industry_totals).order_by(t.industry_totals.c.id)).all()
    out = []
    for r in rows:
        span = parse_period(r.period)
        flt = scope_filter(r.scope)
        kind = metric_kind(r.metric)
        published: float | None
        if kind == "count":
            published, unit = (float(r.deal_count) if r.deal_count is not None else None), "deals"
        else:
            published, unit = r.value_usd_b, "USD bn"
        note = None
        if span is None:
            note = "period is not a closed past range"
        elif flt is None:
            note = "scope not reproducible from deal records"
        elif kind is None:
            note = "metric is not a count or a sum"
        elif published is None:
            note = "no published figure"
        if note:
            out.append(
                Comparison(r.period, r.scope, r.metric, r.source, published, None, None, unit, note)
            )
            continue
        assert span and flt and kind
        flt.since, flt.until = span
        d = t.deals.c
        if kind == "count":
            stmt = select(func.count()).select_from(t.deals).where(*flt.conditions())
            ours = float(conn.execute(stmt).scalar_one())
        else:
            column = {
                "upfront": d.upfront_usd,
                "milestones": d.milestones_usd,
                "total": d.total_usd,
            }[kind]
            stmt = select(func.coalesce(func.sum(column), 0.0)).where(*flt.conditions())
            ours = float(conn.execute(stmt).scalar_one()) / 1e9
        ours = round(ours, 3)
        ratio = round(ours / published, 3) if published else None
        out.append(
            Comparison(r.period, r.scope, r.metric, r.source, published, ours, ratio, unit, None)
        )
    return out
