"""Reading the store: filtered deal lists, one deal in full, counts. Returns model objects or rows.

Every market question (`deals list`, `stats`, the web API) goes through `DealFilter`, so one
set of filters means the same thing everywhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from dealradar.errors import NotFoundError, ValidationError
from dealradar.model import PAYMENT_FIELDS, Asset, Company, Deal, Evidence, Money, Source
from dealradar.resolve.normalise import name_key
from dealradar.store import tables as t

licensor = t.companies.alias("licensor")
licensee = t.companies.alias("licensee")

SORT_COLUMNS: dict[str, ColumnElement[Any]] = {
    "announced": t.deals.c.announced,
    "upfront": t.deals.c.upfront_usd,
    "total": t.deals.c.total_usd,
    "milestones": t.deals.c.milestones_usd,
    "licensor": licensor.c.name,
    "licensee": licensee.c.name,
    "id": t.deals.c.id,
}

_AMOUNT = re.compile(r"^\s*\$?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([kmb]n?|bn)?\s*$", re.I)


def parse_usd(text: str | float | None) -> float | None:
    """'50M', '1.5B', '$200m', '18000000' → USD. A bare number under 100,000 means millions,
    because that is how analysts type deal sizes."""
    if text is None or isinstance(text, float | int):
        return None if text is None else float(text)
    m = _AMOUNT.match(text)
    if not m:
        raise ValidationError(f"not an amount: {text!r} (try 50M, 1.5B or 18000000)")
    value = float(m.group(1).replace(",", ""))
    unit = (m.group(2) or "").lower().rstrip("n")
    scale = {"k": 1e3, "m": 1e6, "b": 1e9}.get(unit[:1] if unit else "", 0.0)
    if scale:
        return value * scale
    return value * 1e6 if value < 100_000 else value


@dataclass
class DealFilter:
    """The filters every deal query accepts. Empty fields do not filter."""

    licensor: str | None = None
    licensee: str | None = None
    licensor_country: str | None = None
    licensee_country: str | None = None
    since: date | None = None
    until: date | None = None
    modality: str | None = None
    area: str | None = None
    phase: str | None = None
    deal_type: str | None = None
    min_upfront: float | None = None
    min_total: float | None = None
    q: str | None = None
    include_rejected: bool = False
    statuses: tuple[str, ...] = field(default_factory=tuple)

    def conditions(self) -> list[ColumnElement[bool]]:
        d = t.deals.c
        cond: list[ColumnElement[bool]] = []
        if not self.include_rejected:
            cond.append(d.status != "rejected")
        if self.statuses:
            cond.append(d.status.in_(self.statuses))
        for column, value, upper in (
            (d.licensor_country, self.licensor_country, True),
            (d.licensee_country, self.licensee_country, True),
            (d.modality, self.modality, False),
            (d.area, self.area, False),
            (d.phase, self.phase, False),
            (d.deal_type, self.deal_type, False),
        ):
            if value:
                cond.extend(_choice(column, value, upper=upper))
        if self.since:
            cond.append(d.announced >= self.since)
        if self.until:
            cond.append(d.announced <= self.until)
        if self.min_upfront is not None:
            cond.append(d.upfront_usd >= self.min_upfront)
        if self.min_total is not None:
            cond.append(d.total_usd >= self.min_total)
        if self.q:
            cond.append(d.search_text.contains(self.q.casefold(), autoescape=True))
        for role, value in (("licensor", self.licensor), ("licensee", self.licensee)):
            if value:
                cond.append(_party_matches(role, value))
        return cond


def _choice(column: Any, value: str, *, upper: bool) -> list[ColumnElement[bool]]:
    """'CN', 'CN,HK' (any of) or '!CN' (anything but, unknown included) as conditions."""
    items = [v.strip().upper() if upper else v.strip() for v in value.split(",") if v.strip()]
    negate = [v[1:] for v in items if v.startswith("!")]
    keep = [v for v in items if not v.startswith("!")]
    cond: list[ColumnElement[bool]] = []
    if keep:
        cond.append(column.in_(keep))
    if negate:
        cond.append(or_(column.is_(None), column.not_in(negate)))
    return cond


def _party_matches(role: str, text: str) -> ColumnElement[bool]:
    """Deals where a party in `role` has a name or alias containing `text` (normalised)."""
    key = name_key(text)
    companies = select(t.company_aliases.c.company_id).where(
        t.company_aliases.c.norm.contains(key, autoescape=True)
    )
    deals_with = select(t.deal_parties.c.deal_id).where(
        and_(t.deal_parties.c.role == role, t.deal_parties.c.company_id.in_(companies))
    )
    return t.deals.c.id.in_(deals_with)


@dataclass(frozen=True)
class DealRow:
    """One line of a deal list: what a table or CSV shows, USD figures already converted."""

    id: int
    announced: date | None
    licensor: str | None
    licensor_country: str | None
    licensee: str | None
    licensee_country: str | None
    assets: str
    deal_type: str
    territory_class: str
    modality: str | None
    area: str | None
    phase: str | None
    upfront_usd: float | None
    milestones_usd: float | None
    total_usd: float | None
    total_stated: bool | None
    status: str

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["announced"] = self.announced.isoformat() if self.announced else None
        return out


def select_deals(flt: DealFilter) -> Select[Any]:
    d = t.deals.c
    return (
        select(
            d.id,
            d.announced,
            licensor.c.name.label("licensor"),
            d.licensor_country,
            licensee.c.name.label("licensee"),
            d.licensee_country,
            d.deal_type,
            d.territory_class,
            d.modality,
            d.area,
            d.phase,
            d.upfront_usd,
            d.milestones_usd,
            d.total_usd,
            d.total_stated,
            d.status,
        )
        .select_from(
            t.deals.outerjoin(licensor, licensor.c.id == d.licensor_id).outerjoin(
                licensee, licensee.c.id == d.licensee_id
            )
        )
        .where(*flt.conditions())
    )


def list_deals(
    conn: Connection,
    flt: DealFilter,
    *,
    sort: str = "announced",
    descending: bool = True,
    limit: int | None = 50,
    offset: int = 0,
) -> list[DealRow]:
    """Deals matching `flt`, sorted; `limit=None` for all of them."""
    if sort not in SORT_COLUMNS:
        raise ValidationError(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_COLUMNS)}")
    column = SORT_COLUMNS[sort]
    order = column.desc().nulls_last() if descending else column.asc().nulls_last()
    stmt = select_deals(flt).order_by(order, t.deals.c.id.desc() if descending else t.deals.c.id)
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    rows = conn.execute(stmt).all()
    names = _asset_names(conn, [r.id for r in rows])
    return [DealRow(assets="; ".join(names.get(r.id, [])), **r._asdict()) for r in rows]


def count_deals(conn: Connection, flt: DealFilter) -> int:
    stmt = select(func.count()).select_from(t.deals).where(*flt.conditions())
    return int(conn.execute(stmt).scalar_one())


def _asset_names(conn: Connection, deal_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for start in range(0, len(deal_ids), 500):
        chunk = deal_ids[start : start + 500]
        stmt = (
            select(t.deal_assets.c.deal_id, t.assets.c.name)
            .join(t.assets, t.assets.c.id == t.deal_assets.c.asset_id)
            .where(t.deal_assets.c.deal_id.in_(chunk))
            .order_by(t.deal_assets.c.deal_id, t.deal_assets.c.position)
        )
        for deal_id, name in conn.execute(stmt):
            out.setdefault(deal_id, []).append(name)
    return out


def _money(row: Any, kind: str) -> Money | None:
    amount = getattr(row, f"{kind}_amount")
    if amount is None:
        return None
    usd = getattr(row, f"{kind}_usd")
    rate = getattr(row, f"{kind}_fx_rate")
    return Money(
        amount=Decimal(str(amount)).normalize() + 0,
        currency=getattr(row, f"{kind}_currency") or "USD",
        stated=bool(row.total_stated) if kind == "total" and row.total_stated is not None else True,
        qualifier=getattr(row, f"{kind}_qualifier"),
        usd=Decimal(str(usd)) if usd is not None else None,
        fx_rate=Decimal(str(rate)) if rate is not None else None,
        fx_date=getattr(row, f"{kind}_fx_date"),
    )


def get_deal(conn: Connection, deal_id: int) -> Deal:
    """Everything known about one deal: parties with aliases, assets, terms, sources, evidence.

    Raises:
        NotFoundError: no deal has that id.
    """
    row = conn.execute(select(t.deals).where(t.deals.c.id == deal_id)).first()
    if row is None:
        raise NotFoundError(f"no deal with id {deal_id} (see `dealradar deals list`)")
    parties = conn.execute(
        select(t.deal_parties.c.role, t.companies)
        .join(t.companies, t.companies.c.id == t.deal_parties.c.company_id)
        .where(t.deal_parties.c.deal_id == deal_id)
        .order_by(t.deal_parties.c.role, t.deal_parties.c.position)
    ).all()
    aliases: dict[int, list[str]] = {}
    company_ids = [p.id for p in parties]
    for cid, alias in conn.execute(
        select(t.company_aliases.c.company_id, t.company_aliases.c.alias)
        .where(t.company_aliases.c.company_id.in_(company_ids))
        .order_by(t.company_aliases.c.id)
    ):
        aliases.setdefault(cid, []).append(alias)

    def company(p: Any) -> Company:
        return Company(
            name=p.name,
            aliases=tuple(a for a in aliases.get(p.id, []) if a != p.name),
            country=p.country,
            name_zh=p.name_zh,
            tickers=tuple(p.tickers.split(",")) if p.tickers else (),
            id=p.id,
        )

    asset_rows = conn.execute(
        select(t.assets, t.deal_assets.c.phase.label("deal_phase"))
        .join(t.deal_assets, t.deal_assets.c.asset_id == t.assets.c.id)
        .where(t.deal_assets.c.deal_id == deal_id)
        .order_by(t.deal_assets.c.position)
    ).all()
    asset_aliases: dict[int, list[str]] = {}
    for aid, alias in conn.execute(
        select(t.asset_aliases.c.asset_id, t.asset_aliases.c.alias).where(
            t.asset_aliases.c.asset_id.in_([a.id for a in asset_rows])
        )
    ):
        asset_aliases.setdefault(aid, []).append(alias)
    source_rows = conn.execute(
        select(t.sources)
        .join(t.deal_sources, t.deal_sources.c.source_id == t.sources.c.id)
        .where(t.deal_sources.c.deal_id == deal_id)
        .order_by(t.sources.c.id)
    ).all()
    sources = {s.id: s for s in source_rows}
    evidence = conn.execute(
        select(t.evidence).where(t.evidence.c.deal_id == deal_id).order_by(t.evidence.c.id)
    ).all()
    return Deal(
        id=row.id,
        licensors=tuple(company(p) for p in parties if p.role == "licensor"),
        licensees=tuple(company(p) for p in parties if p.role == "licensee"),
        assets=tuple(
            Asset(
                name=a.name,
                aliases=tuple(x for x in asset_aliases.get(a.id, []) if x != a.name),
                modality=a.modality,
                target=a.target,
                area=a.area,
                phase=a.deal_phase,
                id=a.id,
            )
            for a in asset_rows
        ),
        deal_type=row.deal_type,
        territory=row.territory,
        territory_class=row.territory_class,
        royalties=row.royalties,
        announced=row.announced,
        status=row.status,
        confidence=row.confidence,
        evidence=tuple(
            Evidence(
                e.field,
                e.start,
                e.end,
                e.quote,
                sources[e.source_id].uri if e.source_id in sources else None,
            )
            for e in evidence
        ),
        sources=tuple(
            Source(
                uri=s.uri,
                title=s.title,
                publisher=s.publisher,
                published=s.published,
                language=s.language,
                content_hash=s.content_hash,
                id=s.id,
            )
            for s in source_rows
        ),
        notes={
            "origin": row.origin,
            "locked_fields": json.loads(row.locked_fields or "[]"),
            "review_reason": row.review_reason,
        },
        **{kind: _money(row, kind) for kind in PAYMENT_FIELDS},
    )


def table_counts(conn: Connection) -> dict[str, int]:
    """Row counts of the main tables, for `dealradar info`."""
    out = {}
    for name in ("deals", "companies", "assets", "sources", "evidence", "industry_totals", "audit"):
        table = t.metadata.tables[name]
        out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
    return out
