"""The database schema, as SQLAlchemy Core tables. Alembic migrations create and evolve it.

Deals carry their primary parties, countries and asset attributes denormalised beside the
normalised link tables: market questions ("China out-licensing by half-year, oncology only")
then filter one indexed table instead of joining five, which keeps `stats` fast at 100k deals.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from dealradar.model.deal import PAYMENT_FIELDS

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class _DatePart(FunctionElement[int]):
    """The year or month of a date column as an integer, written the same way in every query
    and in the index on it: SQLite only uses an index on an expression for the identical
    expression with literal constants, which SQLAlchemy's `substr(x, 1, 4)` (bind parameters)
    is not."""

    type = Integer()
    inherit_cache = True
    #: (first character, length) of the part in SQLite's ISO text, and the EXTRACT field.
    part: tuple[int, int, str] = (1, 4, "year")


class year_of(_DatePart):  # lower case: used like the SQL function it stands for
    """The calendar year of a date, e.g. 2025."""

    name = "year_of"
    inherit_cache = True
    part = (1, 4, "year")


class month_of(_DatePart):
    """The calendar month of a date, 1 to 12."""

    name = "month_of"
    inherit_cache = True
    part = (6, 2, "month")


@compiles(_DatePart, "sqlite")
def _date_part_sqlite(element: _DatePart, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite stores dates as ISO text, where slicing is several times cheaper than strftime.
    start, length, _ = element.part
    column = compiler.process(element.clauses, **kw)
    return f"CAST(substr({column}, {start}, {length}) AS INTEGER)"


@compiles(_DatePart)
def _date_part(element: _DatePart, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"CAST(EXTRACT({element.part[2]} FROM {column}) AS INTEGER)"


def _stamps() -> list[Column[object]]:
    return [
        Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
        Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    ]


companies = Table(
    "companies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("name_zh", String(300)),
    Column("country", String(2)),
    Column("tickers", String(300)),
    Column("parent_id", Integer, ForeignKey("companies.id", ondelete="SET NULL")),
    *_stamps(),
)

company_aliases = Table(
    "company_aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("company_id", Integer, ForeignKey("companies.id", ondelete="CASCADE"), nullable=False),
    Column("alias", String(300), nullable=False),
    Column("norm", String(300), nullable=False, index=True),
    Column("lang", String(8)),
    Column("how", String(32), nullable=False, server_default="reference"),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    UniqueConstraint("company_id", "norm"),
)

assets = Table(
    "assets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("modality", String(32)),
    Column("target", String(200)),
    Column("area", String(32)),
    *_stamps(),
)

asset_aliases = Table(
    "asset_aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("asset_id", Integer, ForeignKey("assets.id", ondelete="CASCADE"), nullable=False),
    Column("alias", String(300), nullable=False),
    Column("norm", String(300), nullable=False, index=True),
    Column("how", String(32), nullable=False, server_default="reference"),
    UniqueConstraint("asset_id", "norm"),
)


def _payment_columns() -> list[Column[object]]:
    cols: list[Column[object]] = []
    for kind in PAYMENT_FIELDS:
        cols += [
            Column(f"{kind}_amount", Float),
            Column(f"{kind}_currency", String(3)),
            Column(f"{kind}_usd", Float, index=kind in ("upfront", "total")),
            Column(f"{kind}_fx_rate", Float),
            Column(f"{kind}_fx_date", Date),
            Column(f"{kind}_qualifier", String(8)),
        ]
    return cols


STATS_COLUMNS = (
    "licensor_country",
    "status",
    "licensee_country",
    "deal_type",
    "modality",
    "area",
    "phase",
    "licensor_id",
    "licensee_id",
    "total_usd",
    "upfront_usd",
    "milestones_usd",
    "total_stated",
)

deals = Table(
    "deals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), nullable=False, unique=True),
    Column("announced", Date),
    Column("deal_type", String(20), nullable=False),
    Column("territory", Text),
    Column("territory_class", String(20), nullable=False, server_default="unspecified"),
    Column("licensor_id", Integer, ForeignKey("companies.id"), index=True),
    Column("licensee_id", Integer, ForeignKey("companies.id")),
    Column("licensor_country", String(2)),
    Column("licensee_country", String(2)),
    Column("modality", String(32)),
    Column("target", String(200)),
    Column("area", String(32)),
    Column("phase", String(16)),
    *_payment_columns(),
    Column("total_stated", Boolean),
    Column("royalties", Text),
    Column("status", String(12), nullable=False, server_default="reported"),
    Column("confidence", Float, nullable=False, server_default="1.0"),
    Column("review_reason", Text),
    Column("origin", String(16), nullable=False, server_default="reference"),
    Column("locked_fields", Text, nullable=False, server_default="[]"),
    Column("search_text", Text, nullable=False, server_default=""),
    *_stamps(),
    # Covering indexes: `stats` and `deals list` filters read only these, so SQLite answers
    # from the index without touching the wide rows (100k deals in tens of milliseconds).
    Index("ix_deals_stats_by_date", "announced", *STATS_COLUMNS),
    Index("ix_deals_stats_by_country", "licensor_country", "announced", *STATS_COLUMNS[1:]),
    # The deals of a pair, or naming one of its sides and leaving the other unnamed (a NULL),
    # in one index seek each: what the resolving merge looks up for every new report. It also
    # serves look-ups by licensee alone.
    Index("ix_deals_licensee_licensor", "licensee_id", "licensor_id"),
)

# Licensor country then year, in the order `stats --by year --group licensor-country` groups:
# SQLite streams the groups out of the index instead of sorting every deal into a temporary
# b-tree, and each group's upfronts arrive sorted for the median. Covering, like the others.
Index(
    "ix_deals_stats_by_country_year",
    deals.c.licensor_country,
    year_of(deals.c.announced),
    deals.c.upfront_usd,
    deals.c.announced,
    *(deals.c[name] for name in STATS_COLUMNS[1:] if name != "upfront_usd"),
)

deal_parties = Table(
    "deal_parties",
    metadata,
    Column("deal_id", Integer, ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(10), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("company_id", Integer, ForeignKey("companies.id"), nullable=False, index=True),
    Column("mention", String(300)),
    # A co-licensor or co-licensee (not the first of its side, so not in `deals.licensor_id` or
    # `licensee_id`): few rows, found by company without reading all of its deals.
    Index(
        "ix_deal_parties_co_parties",
        "company_id",
        sqlite_where=text("position > 0"),
        postgresql_where=text("position > 0"),
    ),
)

deal_assets = Table(
    "deal_assets",
    metadata,
    Column("deal_id", Integer, ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("asset_id", Integer, ForeignKey("assets.id"), nullable=False, index=True),
    Column("phase", String(16)),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uri", Text, nullable=False),
    Column("title", Text),
    Column("publisher", String(200)),
    Column("published", Date),
    Column("language", String(8)),
    Column("content_hash", String(64), unique=True),
    Column("fetched_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("ix_sources_uri", "uri"),
)

deal_sources = Table(
    "deal_sources",
    metadata,
    Column("deal_id", Integer, ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("deal_id", Integer, ForeignKey("deals.id", ondelete="CASCADE"), nullable=False),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE")),
    Column("field", String(32), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Index("ix_evidence_deal_id", "deal_id"),
)

deal_conflicts = Table(
    "deal_conflicts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("deal_id", Integer, ForeignKey("deals.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(32), nullable=False),
    Column("kept", Text),
    Column("other", Text),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("resolved", Boolean, nullable=False, server_default=false()),
    Index("ix_deal_conflicts_deal_id", "deal_id"),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("actor", String(100), nullable=False),
    Column("action", String(32), nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", Integer),
    Column("field", String(64)),
    Column("old", Text),
    Column("new", Text),
    Column("note", Text),
    Index("ix_audit_entity", "entity", "entity_id"),
)

industry_totals = Table(
    "industry_totals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("period", String(100), nullable=False),
    Column("scope", String(200), nullable=False),
    Column("metric", String(300), nullable=False),
    Column("value_usd_b", Float),
    Column("deal_count", Integer),
    Column("source", String(200), nullable=False),
    Column("source_url", Text),
    UniqueConstraint("period", "scope", "metric", "source"),
)

reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE")),
    Column("deal_id", Integer, ForeignKey("deals.id", ondelete="SET NULL"), index=True),
    Column("fingerprint", String(64), nullable=False, index=True),
    Column("body", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)
