"""The documents log (`store.ingest_log`): what the pipeline reads before every batch."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from dealradar.store import ingest_log
from dealradar.store.engine import open_store
from dealradar.store.ingest_log import DocumentLog


def test_done_hashes_reads_done_documents_only(tmp_path: Path) -> None:
    store = open_store(tmp_path / "log.db")
    with store.engine.begin() as conn:
        ingest_log.record_documents(
            conn,
            [
                DocumentLog("file:///a.txt", "ok", "h1", deals=1),
                DocumentLog("file:///b.txt", "duplicate", "h1"),
                DocumentLog("file:///c.txt", "no-deal", "h2"),
                DocumentLog("file:///d.txt", "error", "h3", error="boom"),
            ],
        )
        done = ingest_log.done_hashes(conn, ["h1", "h2", "h3", "h4"])
    assert done == {"h1": {"file:///a.txt", "file:///b.txt"}, "h2": {"file:///c.txt"}}


def test_done_hashes_seeks_the_hash_index(tmp_path: Path) -> None:
    """Every batch asks for its hashes: a plan that walks the status index reads the whole
    log each time, a cost that grows with the store (87 ms per batch at 100,000 documents)."""
    store = open_store(tmp_path / "log.db")
    with store.engine.begin() as conn:
        ingest_log.record_documents(
            conn, [DocumentLog(f"file:///{i}.txt", "ok", f"h{i}") for i in range(50)]
        )
    statements: list[tuple[str, object]] = []

    def keep(_conn: object, _cursor: object, sql: str, params: object, *_: object) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(store.engine, "before_cursor_execute", keep)
    with store.engine.connect() as conn:
        # (a batch's worth: SQLite weighs 200 hash seeks against 3 status seeks)
        done = ingest_log.done_hashes(conn, [f"h{i}" for i in range(0, 400, 2)])
        assert done == {f"h{i}": {f"file:///{i}.txt"} for i in range(0, 50, 2)}
        raw = conn.connection.driver_connection
        assert raw is not None
        (sql, params), *_ = statements
        plan = " ".join(
            str(row[-1])
            for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params)  # type: ignore[arg-type]
        )
    assert "ix_documents_content_hash" in plan, plan
