"""The hot statements of bulk ingestion, run on the SQLite driver's cursor directly.

SQLAlchemy spends ~30 µs of Python on each statement it executes (compiled-cache look-up,
execution context, result object) and ~5 µs on each row of an executemany, before SQLite
sees it; ingestion runs about ten small statements and thirty link rows per document, so that
was a large share of the writer's time. `Direct` runs the same SQL text, compiled once by
SQLAlchemy for the connection's dialect, on the DBAPI cursor of the connection's own
transaction: the rows, ids and atomicity are the same, and driver errors are raised as the
`sqlalchemy.exc.DBAPIError` subclass SQLAlchemy would raise, so callers that catch those keep
working. Values go through each column type's bind processor, as SQLAlchemy would pass them.

Only SQLite takes this path (`Direct.open` returns None otherwise): other databases keep
SQLAlchemy's execution, where a round trip dwarfs its overhead anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Delete, Select, Table, Update, bindparam, insert, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import BindParameter

#: The positions of an INSERT's values that need a bind processor, each with its processor.
_Processed = tuple[tuple[int, Callable[[Any], Any]], ...]

#: Compiled INSERTs per (table, columns) and SELECTs per (statement, list length), the latter
#: with how many times the list is bound: both are few (each table is written with one set of
#: columns; IN lists are short).
_INSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...], _Processed]] = {}
_SELECTS: dict[tuple[int, int], tuple[Select[Any], str, int]] = {}
_MAX_SELECTS = 4096
#: Each bound parameter of a compiled statement, in bind order: its name, its value when the
#: caller gives none (a literal the statement carries), and its bind processor if it has one.
_Binds = tuple[tuple[str, Any, Callable[[Any], Any] | None], ...]
#: A statement `Direct.execute` runs.
Statement = Select[Any] | Update | Delete
#: Compiled statements with scalar parameters, per statement (kept alive with it: the id is
#: its own), and compiled UPDATEs by id per (table, columns).
_STATEMENTS: dict[int, tuple[Statement, str, _Binds]] = {}
_UPDATES: dict[tuple[str, tuple[str, ...]], tuple[str, _Binds]] = {}


class Direct:
    """A cursor on the DBAPI connection of `conn`'s transaction (see the module docstring)."""

    def __init__(self, conn: Connection) -> None:
        self.dialect = conn.dialect
        self.dbapi_error: type[Exception] = conn.dialect.loaded_dbapi.Error
        dbapi_conn = conn.connection.dbapi_connection
        assert dbapi_conn is not None, "the connection is open"
        self.cursor = dbapi_conn.cursor()

    @classmethod
    def open(cls, conn: Connection) -> Direct | None:
        """A `Direct` for `conn` if it is SQLite, else None (use SQLAlchemy)."""
        return cls(conn) if conn.dialect.name == "sqlite" else None

    def insert_many(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """INSERT `rows` into `table` in order: one executemany per run of rows that name the
        same columns (usually one for all)."""
        start = 0
        while start < len(rows):
            keys = tuple(rows[start])
            end = start + 1
            while end < len(rows) and tuple(rows[end]) == keys:
                end += 1
            sql, order, processed = self._insert(table, keys)
            params = [_values(row, order, processed) for row in rows[start:end]]
            self._run(self.cursor.executemany, sql, params)
            start = end

    def insert_one(self, table: Table, row: dict[str, Any]) -> int:
        """INSERT one row into `table` and return its new primary key."""
        sql, order, processed = self._insert(table, tuple(row))
        self._run(self.cursor.execute, sql, _values(row, order, processed))
        rowid = self.cursor.lastrowid
        assert rowid is not None, "INSERT returned no row id"
        return int(rowid)

    def select_in(self, stmt: Select[Any], name: str, values: Sequence[Any]) -> list[Any]:
        """The rows of `stmt`, whose only parameter is the expanding `name`, for `values`.

        The parameter may occur more than once (the same list, bound again at each place).
        The values must need no bind processing (ids, keys: ints and strings).
        """
        cache_key = (id(stmt), len(values))
        found = _SELECTS.get(cache_key)
        if found is not None and found[0] is stmt:  # kept alive with it: the id is its own
            sql, repeat = found[1], found[2]
        else:
            compiled = stmt.params({name: list(values)}).compile(
                dialect=self.dialect, compile_kwargs={"render_postcompile": True}
            )
            sql = compiled.string
            expanded = [f"{name}_{i}" for i in range(1, len(values) + 1)]
            bound = list(compiled.positiontup or ())
            repeat = len(bound) // len(expanded) if expanded else 0
            if bound != expanded * repeat:
                raise ValueError(f"{name!r} must be the only parameter of the statement")
            if len(_SELECTS) >= _MAX_SELECTS:
                _SELECTS.clear()
            _SELECTS[cache_key] = (stmt, sql, repeat)
        self._run(self.cursor.execute, sql, tuple(values) * repeat)
        return list(self.cursor.fetchall())

    def execute(self, stmt: Statement, params: dict[str, Any]) -> list[Any]:
        """Run `stmt`, whose parameters are scalars (no expanding lists), with `params`; the
        rows it returns (none for DML). Parameters `params` leaves out take the value the
        statement binds itself. The rows are the driver's: use it for columns whose values
        need no result processing (ids, keys, text)."""
        found = _STATEMENTS.get(id(stmt))
        if found is None or found[0] is not stmt:
            compiled = stmt.compile(dialect=self.dialect)
            found = (stmt, compiled.string, self._binds(compiled))
            if len(_STATEMENTS) >= _MAX_SELECTS:
                _STATEMENTS.clear()
            _STATEMENTS[id(stmt)] = found
        sql, binds = found[1], found[2]
        self._run(self.cursor.execute, sql, _bound(binds, params))
        return list(self.cursor.fetchall())

    def update_by_id(self, table: Table, row_id: int, values: dict[str, Any]) -> None:
        """UPDATE the columns `values` names of `table`'s row `row_id`."""
        cache_key = (table.name, tuple(values))
        found = _UPDATES.get(cache_key)
        if found is None:
            stmt = update(table).where(table.c.id == _ID)
            compiled = stmt.compile(dialect=self.dialect, column_keys=[*values, _ID.key])
            binds = self._binds(compiled, table)
            if sorted(name for name, _, _ in binds) != sorted([*values, _ID.key]):
                raise ValueError(f"cannot bind {tuple(values)} positionally for {table.name}")
            found = _UPDATES[cache_key] = (compiled.string, binds)
        self._run(self.cursor.execute, found[0], _bound(found[1], {**values, _ID.key: row_id}))

    def _binds(self, compiled: Any, table: Table | None = None) -> _Binds:
        """The bound parameters of `compiled` in bind order (see `_Binds`); a value bound for
        a column of `table` by the column's name takes that column's type, as SQLAlchemy
        does for the values of an INSERT or UPDATE."""
        out = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            if bind.expanding:
                raise ValueError(f"{name!r}: expanding parameters go through select_in")
            kind = table.c[name].type if table is not None and name in table.c else bind.type
            proc = kind.dialect_impl(self.dialect).bind_processor(self.dialect)
            out.append((name, bind.effective_value, proc))
        return tuple(out)

    def _insert(
        self, table: Table, keys: tuple[str, ...]
    ) -> tuple[str, tuple[str, ...], _Processed]:
        """The INSERT of `keys` into `table`: its SQL, the keys in the order it binds them
        (the table's column order), and the positions that need a bind processor with it."""
        cache_key = (table.name, keys)
        found = _INSERTS.get(cache_key)
        if found is None:
            compiled = insert(table).compile(dialect=self.dialect, column_keys=list(keys))
            order = tuple(compiled.positiontup or ())
            if sorted(order) != sorted(keys):
                raise ValueError(f"cannot bind {keys} positionally for {table.name}")
            processors = (
                table.c[k].type.dialect_impl(self.dialect).bind_processor(self.dialect)
                for k in order
            )
            processed = tuple((i, proc) for i, proc in enumerate(processors) if proc is not None)
            found = _INSERTS[cache_key] = (compiled.string, order, processed)
        return found

    def _run(self, method: Callable[[str, Any], Any], sql: str, params: Any) -> None:
        try:
            method(sql, params)
        except self.dbapi_error as exc:
            raise DBAPIError.instance(sql, params, exc, self.dbapi_error) from exc


#: The row id an UPDATE by id binds (a name no column has).
_ID: BindParameter[int] = bindparam("_direct_row_id")


def _bound(binds: _Binds, params: dict[str, Any]) -> tuple[Any, ...]:
    """The values of `binds` from `params` (else the statement's own), processed."""
    values = []
    for name, default, proc in binds:
        value = params.get(name, default)
        values.append(proc(value) if proc is not None and value is not None else value)
    return tuple(values)


def _values(row: dict[str, Any], order: tuple[str, ...], processed: _Processed) -> tuple[Any, ...]:
    """The row's values in bind order, through the processors of the columns that have one
    (dates, datetimes); ints and strings, most of them, are passed as they are."""
    if not processed:
        return tuple([row[k] for k in order])
    values = [row[k] for k in order]
    for i, proc in processed:
        value = values[i]
        if value is not None:
            values[i] = proc(value)
    return tuple(values)
