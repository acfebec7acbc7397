"""Migrations build exactly the schema the code declares, and run both ways."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, text
from sqlalchemy.schema import CreateIndex

import dealradar.store.ingest_log  # noqa: F401  (its tables share the metadata)
from dealradar.analytics.stats import stats
from dealradar.model import Asset, Company, Deal, Money
from dealradar.store.engine import (
    Store,
    _alembic_config,
    current_revision,
    head_revision,
    open_store,
    upgrade,
)
from dealradar.store.queries import DealFilter
from dealradar.store.tables import metadata
from dealradar.store.writes import Writer


# SQLite cannot reflect indexes on expressions, so autogenerate skips them (with a warning);
# test_expression_indexes_are_built_as_declared checks those instead.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_migrated_schema_matches_the_declared_tables(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_every_migration_downgrades_and_upgrades_again(store: Store) -> None:
    cfg = _alembic_config(store.url)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert current_revision(store) is None
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert current_revision(store) == head_revision()


def _normalised(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().casefold()


def test_expression_indexes_are_built_as_declared(sqlite_store: Store) -> None:
    """Indexes on expressions, which autogenerate cannot compare on SQLite, are stored with
    exactly the DDL the tables declare: a query only uses them for the identical expression."""
    declared = {
        index.name: str(CreateIndex(index).compile(dialect=sqlite_store.engine.dialect))
        for table in metadata.tables.values()
        for index in table.indexes
        if not all(isinstance(e, Column) for e in index.expressions)
    }
    assert declared
    with sqlite_store.connect() as conn:
        for name, ddl in declared.items():
            stored = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"),
                {"name": name},
            ).scalar_one()
            assert _normalised(stored) == _normalised(ddl)


def test_an_existing_store_gains_the_country_year_index(tmp_path: Path) -> None:
    """A store filled at revision 0004 upgrades in place and gives the same figures after."""
    old = open_store(tmp_path / "old.db", migrate=False)
    upgrade(old, "0004")
    with old.begin() as conn:
        writer = Writer(conn)
        for i, country in enumerate(["CN", "CN", "US", None]):
            writer.upsert_deal(
                Deal(
                    licensors=(Company(f"Seller {i}", country=country),),
                    licensees=(Company("Buyer", country="US"),),
                    assets=(Asset(f"X-{i}"),),
                    announced=date(2024 + i % 2, 3 + i, 1),
                    upfront=Money.usd_millions(10 * (i + 1)),
                    total=Money.usd_millions(100 * (i + 1)),
                ),
                origin="import",
            )
        conn.exec_driver_sql("ANALYZE")  # a store with planner statistics (bench stores have)
    with old.connect() as conn:
        before = stats(conn, DealFilter(), by="year", group="licensor-country")
    old.dispose()
    store = open_store(tmp_path / "old.db")
    assert current_revision(store) == head_revision()
    with store.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars()
        assert "ix_deals_stats_by_country_year" in set(names)
        # ... with statistics too, or SQLite would prefer it where the older indexes fit better
        analysed = conn.exec_driver_sql("SELECT idx FROM sqlite_stat1").scalars()
        assert "ix_deals_stats_by_country_year" in set(analysed)
        assert stats(conn, DealFilter(), by="year", group="licensor-country") == before
    store.dispose()
