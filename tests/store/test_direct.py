"""The driver-level path for the Writer's hot statements (`store.direct`).

It must store exactly what SQLAlchemy's execution stores (same values once each column type
has processed them, same ids), inside the caller's transaction, and raise the errors
SQLAlchemy raises, since the pipeline retries a batch document by document on those.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError

from dealradar.store import tables as t
from dealradar.store.direct import Direct
from dealradar.store.engine import open_store
from dealradar.store.writes import Writer


def _deal_row(key: str) -> dict[str, Any]:
    return {
        "key": key,
        "announced": date(2025, 3, 9),
        "deal_type": "license",
        "upfront_amount": 12.5,
        "upfront_currency": "USD",
        "upfront_fx_date": date(2025, 3, 10),
        "total_stated": False,
        "confidence": 0.75,
        "origin": "ingest",
        "search_text": "qorvana | ende",
        "updated_at": datetime(2025, 3, 9, 8, 30, tzinfo=UTC),
    }


def _stored(conn: Connection, key: str) -> dict[str, Any]:
    row = conn.execute(select(t.deals).where(t.deals.c.key == key)).mappings().one()
    return {k: v for k, v in row.items() if k not in ("id", "key", "created_at")}


def test_a_row_inserted_directly_reads_back_as_sqlalchemy_writes_it(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        direct = Direct.open(conn)
        assert direct is not None
        through_sqlalchemy = conn.execute(insert(t.deals), _deal_row("a")).inserted_primary_key
        assert through_sqlalchemy is not None
        new_id = direct.insert_one(t.deals, _deal_row("b"))
        assert new_id == through_sqlalchemy[0] + 1
        assert _stored(conn, "b") == _stored(conn, "a")
        raw = conn.exec_driver_sql(
            "SELECT announced, total_stated, updated_at FROM deals ORDER BY id"
        ).all()
        assert raw[0] == raw[1], "the same text and numbers in the file"


def test_rows_of_different_columns_keep_their_order(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        direct = Direct.open(conn)
        assert direct is not None
        deal_id = direct.insert_one(t.deals, _deal_row("a"))
        rows: list[dict[str, Any]] = [
            {"deal_id": deal_id, "field": "upfront", "kept": "1", "other": "2"},
            {"deal_id": deal_id, "field": "total", "kept": "3", "other": "4", "source_id": None},
            {"deal_id": deal_id, "field": "equity", "kept": "5", "other": "6"},
        ]
        direct.insert_many(t.deal_conflicts, rows)
        dc = t.deal_conflicts.c
        stored = conn.execute(select(dc.field, dc.resolved).order_by(dc.id)).all()
        assert stored == [("upfront", False), ("total", False), ("equity", False)]


def test_direct_writes_are_part_of_the_transaction(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    with pytest.raises(RuntimeError), store.begin() as conn:
        writer = Writer(conn, defer=True)
        writer._insert_one(t.deals, _deal_row("a"))
        raise RuntimeError("the batch fails")
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.deals)).scalar() == 0


def test_a_driver_error_is_raised_as_sqlalchemy_raises_it(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        direct = Direct.open(conn)
        assert direct is not None
        direct.insert_one(t.deals, _deal_row("a"))
        with pytest.raises(IntegrityError, match="UNIQUE"):
            direct.insert_one(t.deals, _deal_row("a"))
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            direct.insert_many(t.deal_sources, [{"deal_id": 999, "source_id": 999}])


def test_select_in_gives_what_sqlalchemy_gives(tmp_path: Path) -> None:
    from dealradar.store.writes import _DEAL_KEYS_IN

    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        writer = Writer(conn)
        for key in ("a", "b", "c"):
            writer._insert_one(t.deals, _deal_row(key))
        for keys in (["a"], ["c", "x", "a"], ["x"]):
            expected = [tuple(r) for r in conn.execute(_DEAL_KEYS_IN, {"keys": keys})]
            assert sorted(writer.select_in(_DEAL_KEYS_IN, "keys", keys)) == sorted(expected)


def test_select_in_binds_a_list_used_twice_at_each_place(tmp_path: Path) -> None:
    from sqlalchemy import bindparam, or_, select

    keys = bindparam("keys", expanding=True)
    twice = select(t.deals.c.key).where(or_(t.deals.c.key.in_(keys), t.deals.c.royalties.in_(keys)))
    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        writer = Writer(conn)
        writer._insert_one(t.deals, _deal_row("a"))
        writer._insert_one(t.deals, {**_deal_row("b"), "royalties": "tiered"})
        for values in (["a"], ["tiered", "x"], ["x"]):
            expected = sorted(tuple(r) for r in conn.execute(twice, {"keys": values}))
            assert sorted(writer.select_in(twice, "keys", values)) == expected
        assert sorted(writer.select_in(twice, "keys", ["a", "tiered"])) == [("a",), ("b",)]


def test_select_in_refuses_a_statement_with_other_parameters(tmp_path: Path) -> None:
    from sqlalchemy import bindparam, select

    from dealradar.store.direct import Direct

    other = select(t.deals.c.key).where(
        t.deals.c.key.in_(bindparam("keys", expanding=True)), t.deals.c.origin == "ingest"
    )
    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        direct = Direct.open(conn)
        assert direct is not None
        with pytest.raises(ValueError, match="only parameter"):
            direct.select_in(other, "keys", ["a"])


def test_execute_runs_a_statement_as_sqlalchemy_does(tmp_path: Path) -> None:
    """Parameters by name, literals the statement binds itself (`resolved IS 0`), and rows
    back for a SELECT, none for DML."""
    from sqlalchemy import bindparam, delete

    by_key = select(t.deals.c.id, t.deals.c.origin).where(t.deals.c.key == bindparam("key"))
    open_only = delete(t.deal_conflicts).where(
        t.deal_conflicts.c.deal_id == bindparam("row_id"), t.deal_conflicts.c.resolved.is_(False)
    )
    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        direct = Direct.open(conn)
        assert direct is not None
        deal_id = direct.insert_one(t.deals, _deal_row("a"))
        assert direct.execute(by_key, {"key": "a"}) == [(deal_id, "ingest")]
        assert direct.execute(by_key, {"key": "x"}) == []
        conflict = {"deal_id": deal_id, "field": "upfront", "kept": "1", "other": "2"}
        direct.insert_many(t.deal_conflicts, [conflict, {**conflict, "resolved": True}])
        assert direct.execute(open_only, {"row_id": deal_id}) == []
        dc = t.deal_conflicts.c
        assert conn.execute(select(dc.resolved)).scalars().all() == [True]


def test_update_by_id_stores_what_sqlalchemy_stores(tmp_path: Path) -> None:
    """Dates and datetimes go through their column's bind processor, as SQLAlchemy's."""
    from sqlalchemy import update

    changes = {
        "announced": date(2025, 4, 1),
        "upfront_fx_date": date(2025, 4, 2),
        "royalties": "tiered",
        "updated_at": datetime(2025, 4, 3, 9, 15, tzinfo=UTC),
    }
    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        direct = Direct.open(conn)
        assert direct is not None
        a = direct.insert_one(t.deals, _deal_row("a"))
        b = direct.insert_one(t.deals, _deal_row("b"))
        conn.execute(update(t.deals).where(t.deals.c.id == a).values(**changes))
        direct.update_by_id(t.deals, b, changes)
        assert _stored(conn, "b") == _stored(conn, "a")
        raw = conn.exec_driver_sql(
            "SELECT announced, upfront_fx_date, royalties, updated_at FROM deals ORDER BY id"
        ).all()
        assert raw[0] == raw[1], "the same text in the file"


def test_writer_execute_gives_plain_rows_on_either_path(tmp_path: Path) -> None:
    from sqlalchemy import bindparam

    by_key = select(t.deals.c.key, t.deals.c.origin).where(t.deals.c.key == bindparam("key"))
    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        writer = Writer(conn)
        writer._insert_one(t.deals, _deal_row("a"))
        direct_rows = writer.execute(by_key, {"key": "a"})
        writer._direct, writer._direct_checked = None, True  # as off SQLite
        assert writer.execute(by_key, {"key": "a"}) == direct_rows == [("a", "ingest")]


def test_a_source_without_a_hash_is_found_again_by_its_uri(tmp_path: Path) -> None:
    """`_SOURCE_BY_URI` binds its own LIMIT: `Direct.execute` passes the statement's value."""
    from dealradar.model import Source

    store = open_store(tmp_path / "s.db")
    with store.begin() as conn:
        first = Writer(conn).source_id(Source("mem://a"))
        assert Writer(conn).source_id(Source("mem://a")) == first
        assert Writer(conn).source_id(Source("mem://b")) != first
