"""Migrations build exactly the schema the code declares, and run both ways."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import dealradar.store.ingest_log  # noqa: F401  (its tables share the metadata)
from dealradar.store.engine import Store, _alembic_config, current_revision, head_revision
from dealradar.store.tables import metadata


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
