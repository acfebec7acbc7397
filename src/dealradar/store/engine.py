"""Opening a store: URL → engine, schema migrated to the latest revision, SQLite tuned.

Any SQLAlchemy URL works; SQLite (the default) and PostgreSQL are tested. Migrations are
shipped inside the package and applied automatically on open, so a user never runs Alembic
by hand, and an old database file is upgraded in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from dealradar.config import to_database_url
from dealradar.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


@dataclass
class Store:
    """A migrated database. Use `store.begin()` for a transaction: all of it, or nothing."""

    engine: Engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(db: str | Path | None = None, *, migrate: bool = True) -> Store:
    """Open (creating and migrating if needed) the store at `db`: a URL, a path or the default.

    Raises:
        StoreError: the database cannot be reached or migrated; the message says which URL.
    """
    url = to_database_url(db)
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # bad URL, missing driver
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine)
    if migrate:
        try:
            upgrade(store)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open database {store.url}: {exc.__class__.__name__}: "
                f"{str(exc).splitlines()[0]}"
            ) from exc
    return store


def upgrade(store: Store, revision: str = "head") -> None:
    """Bring the schema to `revision` (the latest by default). Does nothing when it is there."""
    if current_revision(store) == head_revision() and revision == "head":
        return
    cfg = _alembic_config(store.url)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
