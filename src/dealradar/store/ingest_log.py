"""The ingest log: which documents were read (and how it went) and which feeds are polled.

Docs: docs/ingestion.md. Two tables live here, on the shared `metadata` (migration 0002):

- `documents`: one row per URI read, with the content hash, `ok | no-deal | duplicate | error`
  and the error text. It is written in the same transaction as the deals a batch produced, so
  after a crash the log and the deals agree, and a rerun skips exactly what was committed.
- `feeds`: the feeds `dealradar update` polls, with the validators (ETag, Last-Modified) of
  the last successful poll, so an unchanged feed costs one 304.

The review queue (deals flagged for a human) is in `dealradar.store.review`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)

from dealradar.store.tables import metadata

#: Statuses after which a document needs no more work; `error` rows are retried.
DONE = ("ok", "no-deal", "duplicate")

feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled", DateTime(timezone=True)),
    Column("status", String(16), nullable=False, server_default="new"),
    Column("error", Text),
    Column("added_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uri", Text, nullable=False, unique=True),
    Column("content_hash", String(64), index=True),
    Column("status", String(12), nullable=False, index=True),
    Column("error", Text),
    Column("deals", Integer, nullable=False, server_default="0"),
    Column("ingested_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)


def now() -> datetime:
    return datetime.now(UTC)


# -- documents ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentLog:
    """One row of the documents log, as the pipeline writes it."""

    uri: str
    status: str
    content_hash: str | None = None
    error: str | None = None
    deals: int = 0


def record_documents(conn: Connection, rows: Sequence[DocumentLog]) -> None:
    """Write log rows, replacing earlier rows for the same URIs (a retried error, an edit)."""
    if not rows:
        return
    latest = {r.uri: r for r in rows}
    uris = list(latest)
    for chunk in _chunks(uris, 500):
        conn.execute(delete(documents).where(documents.c.uri.in_(chunk)))
    stamp = now()
    conn.execute(
        insert(documents),
        [
            {
                "uri": r.uri,
                "content_hash": r.content_hash,
                "status": r.status,
                "error": r.error,
                "deals": r.deals,
                "ingested_at": stamp,
            }
            for r in latest.values()
        ],
    )


def done_hashes(conn: Connection, hashes: Iterable[str]) -> dict[str, set[str]]:
    """For each of `hashes` already ingested, the URIs it was read under.

    The status is tested here, not in SQL: with both conditions SQLite's planner picks the
    status index, which every logged document matches, and scans the whole log (87 ms per
    batch at 100,000 documents instead of a few index seeks).
    """
    out: dict[str, set[str]] = {}
    for chunk in _chunks(list(set(hashes)), 500):
        rows = conn.execute(
            select(documents.c.content_hash, documents.c.uri, documents.c.status).where(
                documents.c.content_hash.in_(chunk)
            )
        )
        for h, uri, status in rows:
            if status in DONE:
                out.setdefault(h, set()).add(uri)
    return out


def uri_done(conn: Connection, uri: str) -> bool:
    """True when `uri` was ingested successfully: a rerun need not fetch it again."""
    return (
        conn.execute(
            select(documents.c.id).where(documents.c.uri == uri, documents.c.status.in_(DONE))
        ).first()
        is not None
    )


def forget_error(conn: Connection, uri: str) -> None:
    """Drop an `error` row for `uri` (a feed that failed once and now polls fine)."""
    conn.execute(delete(documents).where(documents.c.uri == uri, documents.c.status == "error"))


def document_counts(conn: Connection) -> dict[str, int]:
    """How many documents are logged in each status."""
    rows = conn.execute(select(documents.c.status, func.count()).group_by(documents.c.status)).all()
    return {str(s): int(n) for s, n in rows}


def recent_errors(conn: Connection, limit: int = 20) -> list[DocumentLog]:
    """The latest documents that failed, newest first: what `ingest --errors` shows."""
    rows = conn.execute(
        select(documents)
        .where(documents.c.status == "error")
        .order_by(documents.c.ingested_at.desc(), documents.c.id.desc())
        .limit(limit)
    )
    return [DocumentLog(r.uri, r.status, r.content_hash, r.error, r.deals) for r in rows]


# -- feeds --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Feed:
    """A registered feed and what its last poll left behind."""

    id: int
    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_polled: datetime | None = None
    status: str = "new"
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "status": self.status,
            "last_polled": self.last_polled.isoformat() if self.last_polled else None,
            "error": self.error,
        }


def add_feed(conn: Connection, url: str, title: str | None = None) -> tuple[Feed, bool]:
    """Register `url`. Returns (feed, created); adding a known feed is a no-op."""
    existing = get_feed(conn, url)
    if existing is not None:
        return existing, False
    conn.execute(insert(feeds).values(url=url, title=title))
    feed = get_feed(conn, url)
    assert feed is not None
    return feed, True


def get_feed(conn: Connection, url_or_id: str | int) -> Feed | None:
    cond = (
        feeds.c.id == int(url_or_id)
        if isinstance(url_or_id, int) or str(url_or_id).isdigit()
        else feeds.c.url == url_or_id
    )
    row = conn.execute(select(feeds).where(cond)).first()
    return _feed(row) if row is not None else None


def list_feeds(conn: Connection) -> list[Feed]:
    return [_feed(r) for r in conn.execute(select(feeds).order_by(feeds.c.id))]


def remove_feed(conn: Connection, url_or_id: str | int) -> Feed | None:
    """Unregister a feed (by URL or id); returns it, or None when it was not registered."""
    feed = get_feed(conn, url_or_id)
    if feed is not None:
        conn.execute(delete(feeds).where(feeds.c.id == feed.id))
    return feed


def save_poll(
    conn: Connection,
    url: str,
    *,
    status: str,
    etag: str | None = None,
    last_modified: str | None = None,
    error: str | None = None,
    title: str | None = None,
) -> None:
    """Record a poll. Validators are replaced only by a successful poll that sent new ones,
    so a failed poll never makes the next one skip entries it has not read."""
    values: dict[str, Any] = {"status": status, "error": error, "last_polled": now()}
    if status == "ok":
        values["etag"] = etag
        values["last_modified"] = last_modified
    if title:
        values["title"] = title
    conn.execute(update(feeds).where(feeds.c.url == url).values(**values))


def _feed(row: Any) -> Feed:
    return Feed(
        id=int(row.id),
        url=str(row.url),
        title=row.title,
        etag=row.etag,
        last_modified=row.last_modified,
        last_polled=row.last_polled,
        status=str(row.status),
        error=row.error,
    )


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
