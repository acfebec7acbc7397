"""Fixtures shared by the whole suite: stores on SQLite and PostgreSQL, the CLI runner, paths.

The `store` fixture is parametrised: every test that takes it runs on SQLite and, when
DEALRADAR_TEST_PG_URL points at a server (`make test` starts one), on PostgreSQL too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from dealradar.store.engine import Store, open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty database: a fresh SQLite file, or a wiped PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    url = os.environ.get("DEALRADAR_TEST_PG_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("DEALRADAR_TEST_PG_URL is not set in CI: run the suite via `make test`")
        pytest.skip("no PostgreSQL server: set DEALRADAR_TEST_PG_URL or run `make test`")
    _reset_postgres(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An empty, migrated store (SQLite and PostgreSQL)."""
    s = open_store(store_url)
    yield s
    s.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """An empty SQLite store, for tests about behaviour that does not depend on the database."""
    s = open_store(tmp_path / "test.db")
    yield s
    s.dispose()


@pytest.fixture(scope="session")
def reference_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the bundled reference data loaded once for the session (read-only use)."""
    from dealradar.store.load import load_reference

    path = tmp_path_factory.mktemp("ref") / "reference.db"
    s = open_store(path)
    load_reference(s)
    s.dispose()
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def shared_corpus() -> Path:
    """The shared gold corpus beside the repository; tests that need it skip when it is absent."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"shared corpus not found at {corpus}")
    return corpus


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables render 200 columns wide in every test, whatever terminal CI runs in."""
    monkeypatch.setenv("COLUMNS", "200")
