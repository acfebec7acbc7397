"""The ingestion pipeline: documents → extract → merge → store, committed in batches.

Docs: docs/ingestion.md#pipeline. The pipeline is a composition of stages over an iterator of
items (see `items.py`), each stage a plain function, so another engine can run the same stages
over partitions:

1. `plan_batch(items, known)`: drop documents the store already holds (same content hash
   and URI), mark the same article under a new URI as a duplicate. Needs only known hashes.
2. `extract_one(doc, extractor)`: pure, so it can run in worker processes (`workers=`);
   any exception becomes an error outcome.
3. `write_batch(conn, steps, merge, stats)`: in one transaction, hand each document's deals
   to the merge stage and log every document, failure and feed poll.

The extractor and the merge stage are injected. The default merge (`write_through`) writes
each deal through the store `Writer` and flags it for review; the resolver replaces it.
Because a batch's deals and its documents log commit together, a run killed at any point
leaves a consistent store, and the next run skips exactly what was committed.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.context
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from dealradar.ingest.items import Failed, FeedPolled, Item
from dealradar.ingest.merge import Merge, MergeReport, write_through
from dealradar.model import Deal, Document
from dealradar.store import ingest_log
from dealradar.store.engine import Store
from dealradar.store.ingest_log import DocumentLog
from dealradar.store.writes import KnownNames, Writer, names_token

Extractor = Callable[[Document], Sequence[Deal]]


@dataclass(frozen=True, slots=True)
class Extracted:
    """A document with what extraction found in it, or the error that stopped it."""

    doc: Document
    content_hash: str
    deals: tuple[Deal, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Duplicate:
    """The same text as a document already stored, under another URI."""

    doc: Document
    content_hash: str


Step = Extracted | Duplicate | Failed | FeedPolled


@dataclass
class RunStats:
    """What a run did; `to_json()` is the `--format json` summary."""

    read: int = 0
    documents: int = 0
    unchanged: int = 0
    duplicates: int = 0
    no_deal: int = 0
    deals: int = 0
    deals_new: int = 0
    flagged: int = 0
    errors: int = 0
    feeds: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    MAX_FAILURES = 100

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        """Documents handled (stored, unchanged, duplicate or failed) per second."""
        done = self.documents + self.unchanged + self.duplicates + self.errors
        return done / self.elapsed if self.elapsed > 0 else 0.0

    def fail(self, uri: str, error: str) -> None:
        self.errors += 1
        if len(self.failures) < self.MAX_FAILURES:
            self.failures.append((uri, error))

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "no_deal": self.no_deal,
            "deals": self.deals,
            "deals_new": self.deals_new,
            "flagged": self.flagged,
            "errors": self.errors,
            "feeds": dict(self.feeds),
            "failures": [{"uri": u, "error": e} for u, e in self.failures],
            "elapsed_s": round(self.elapsed, 3),
            "docs_per_s": round(self.rate, 1),
        }


# -- the stages ---------------------------------------------------------------------------


#: What extraction made of one document: its deals, or the error that stopped it.
Found = tuple[tuple[Deal, ...], str | None]


def find_deals(doc: Document, extractor: Extractor) -> Found:
    """Run the extractor on one document. Pure; never raises."""
    try:
        return tuple(extractor(doc)), None
    except Exception as exc:  # an extractor bug costs one document, not the run
        return (), f"extraction failed: {exc.__class__.__name__}: {exc}"


def extract_one(doc: Document, extractor: Extractor, content_hash: str | None = None) -> Extracted:
    """Run the extractor on one document. Pure; never raises."""
    deals, error = find_deals(doc, extractor)
    return Extracted(doc, content_hash or doc.content_hash, deals, error)


@dataclass(frozen=True, slots=True)
class ToExtract:
    """A new document waiting for the extract stage."""

    doc: Document
    content_hash: str


Planned = ToExtract | Duplicate | Failed | FeedPolled


def plan_batch(items: Sequence[Item], known: dict[str, set[str]]) -> tuple[list[Planned], int]:
    """Sort a batch: documents to extract, duplicates, and the number already stored unchanged.

    `known` maps content hashes already in the store to their URIs (`ingest_log.done_hashes`).
    Failures and feed polls keep their place in the batch.
    """
    steps: list[Planned] = []
    unchanged = 0
    fresh: dict[str, set[str]] = {}
    for item in items:
        if not isinstance(item, Document):
            steps.append(item)
            continue
        digest = item.content_hash
        uris = known.get(digest) or fresh.get(digest)
        if uris is not None and item.uri in uris:
            unchanged += 1
        elif uris is not None:
            uris.add(item.uri)
            steps.append(Duplicate(item, digest))
        else:
            fresh[digest] = {item.uri}
            steps.append(ToExtract(item, digest))
    return steps, unchanged


def write_batch(
    conn: Connection,
    steps: Sequence[Step],
    merge: Merge,
    stats: RunStats,
    names: KnownNames | None = None,
) -> None:
    """Write a planned batch in the caller's transaction, counting into `stats`.

    One deferring Writer serves the whole batch: link rows go out in one executemany per
    table, and the sources and assets of the batch's documents are looked up in one query
    each. `names` are the Writer's company alias maps, read from the store when not given
    (see `KnownNames`).
    """
    writer = Writer(conn, actor="ingest", defer=True, names=names or KnownNames())
    found = [s for s in steps if isinstance(s, Extracted) and s.deals and not s.error]
    writer.prefetch_sources(s.content_hash for s in found)
    writer.prefetch_assets(a for s in found for deal in s.deals for a in deal.assets)
    log: list[DocumentLog] = []
    for step in steps:
        if isinstance(step, Extracted):
            if step.error is not None:
                log.append(DocumentLog(step.doc.uri, "error", step.content_hash, step.error))
                stats.fail(step.doc.uri, step.error)
                continue
            report = merge(writer, step.doc, step.deals) if step.deals else MergeReport()
            status = "ok" if step.deals else "no-deal"
            log.append(DocumentLog(step.doc.uri, status, step.content_hash, deals=report.written))
            stats.documents += 1
            stats.no_deal += not step.deals
            stats.deals += report.written
            stats.deals_new += report.created
            stats.flagged += report.flagged
        elif isinstance(step, Duplicate):
            log.append(DocumentLog(step.doc.uri, "duplicate", step.content_hash))
            stats.duplicates += 1
        elif isinstance(step, Failed):
            log.append(DocumentLog(step.uri, "error", error=step.error))
            stats.fail(step.uri, step.error)
        else:
            ingest_log.save_poll(
                conn,
                step.url,
                status=step.status,
                etag=step.etag,
                last_modified=step.last_modified,
                error=step.error,
                title=step.title,
            )
            if step.status != "error":
                ingest_log.forget_error(conn, step.url)
            stats.feeds[step.status] = stats.feeds.get(step.status, 0) + 1
    writer.finish()
    ingest_log.record_documents(conn, log)


# -- the driver ---------------------------------------------------------------------------


def default_workers() -> int:
    """Extraction processes worth starting here: one when this process may use two or more
    CPUs, else none. Writing is one process (one transaction at a time) and costs more per
    document than extraction, so a second extraction process would mostly wait for it."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return 1 if cpus >= 2 else 0


@dataclass
class _Prepared:
    steps: list[Planned]
    unchanged: int
    extracted: Iterator[Extracted]


class Pipeline:
    """Runs the stages over a stream of items, committing every `batch_size` documents (or
    every `batch_seconds`, so a slow network run still saves its progress).

    With `workers > 0` the extract stage runs in that many processes, and a batch is extracted
    while the one before it is written; when this process would wait for extraction, it
    extracts the chunks no worker has started itself. Batches are still committed in order,
    one transaction each, so resumability does not depend on the number of workers.

    Args:
        store: where deals and the documents log go.
        extractor: document → deals; `dealradar.extract.extract` in production.
        merge: the resolve/merge stage; defaults to `write_through()`.
        workers: extraction processes; 0 extracts in this process.
        chunk_size: documents sent to a worker at a time; small enough that this process can
            take over the chunks the workers have not started when it would wait for them.
        on_progress: called with the running stats after each item and each commit.
    """

    def __init__(
        self,
        store: Store,
        *,
        extractor: Extractor,
        merge: Merge | None = None,
        batch_size: int = 200,
        batch_seconds: float = 5.0,
        workers: int = 0,
        chunk_size: int = 20,
        on_progress: Callable[[RunStats], None] | None = None,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.merge: Merge = merge or write_through()
        self.batch_size = max(1, batch_size)
        self.batch_seconds = batch_seconds
        self.workers = max(0, workers)
        self.chunk_size = max(1, chunk_size)
        self.on_progress = on_progress or (lambda _stats: None)
        self._pool: ProcessPoolExecutor | None = None
        self._shared: _Shared | None = None
        # The Writer's alias maps after the last committed batch, and the store's
        # `names_token` then: the next batch starts from them if the token has not moved.
        self._names: KnownNames | None = None
        self._names_token: tuple[Any, ...] | None = None

    def run(self, items: Iterable[Item], stats: RunStats | None = None) -> RunStats:
        """Consume `items`, returning what was done. Memory holds two batches at most."""
        stats = stats or RunStats()
        if self.workers:
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=_fork_context(),
                initializer=_set_worker_extractor,
                initargs=(self.extractor,),
            )
            self._shared = _Shared(self._pool, self.extractor, self.chunk_size)
        try:
            with _fewer_collections():
                self._run_batches(items, stats)
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = self._shared = None
        stats.finished = time.monotonic()
        self.on_progress(stats)
        return stats

    def _run_batches(self, items: Iterable[Item], stats: RunStats) -> None:
        """Each batch is prepared (its extraction started) before the one before it is written."""
        previous: _Prepared | None = None
        for batch in self._batches(items, stats):
            current = self._prepare(batch)
            if previous is not None:
                self._commit(previous, stats)
            previous = current
        if previous is not None:
            self._commit(previous, stats)

    def _batches(self, items: Iterable[Item], stats: RunStats) -> Iterator[list[Item]]:
        batch: list[Item] = []
        docs = 0
        opened = time.monotonic()
        for item in items:
            batch.append(item)
            if isinstance(item, Document):
                docs += 1
                stats.read += 1
            self.on_progress(stats)
            if docs >= self.batch_size or time.monotonic() - opened >= self.batch_seconds:
                yield batch
                batch, docs, opened = [], 0, time.monotonic()
        if batch:
            yield batch

    def _prepare(self, batch: Sequence[Item]) -> _Prepared:
        """Skip what the store holds and start extracting the rest (in the pool, if any)."""
        hashes = [i.content_hash for i in batch if isinstance(i, Document)]
        with self.store.connect() as conn:
            known = ingest_log.done_hashes(conn, hashes) if hashes else {}
        steps, unchanged = plan_batch(batch, known)
        todo = [(s.doc, s.content_hash) for s in steps if isinstance(s, ToExtract)]
        if self._shared is not None and todo:
            extracted = self._shared.start(todo)
        else:
            extracted = (extract_one(doc, self.extractor, digest) for doc, digest in todo)
        return _Prepared(steps, unchanged, extracted)

    def _commit(self, prepared: _Prepared, stats: RunStats) -> None:
        """Write one batch in one transaction. If it fails, its steps are retried one per
        transaction, so one bad document is logged and the rest is kept."""
        results = prepared.extracted
        steps: list[Step] = [
            next(results) if isinstance(s, ToExtract) else s for s in prepared.steps
        ]
        delta = RunStats(unchanged=prepared.unchanged)
        kept, self._names = self._names, None  # kept again only if this batch commits
        try:
            with self.store.begin() as conn:
                same = kept is not None and names_token(conn) == self._names_token
                names = kept if kept is not None and same else KnownNames()
                write_batch(conn, _recheck(conn, steps, delta), self.merge, delta, names)
                token = names_token(conn)
            self._names, self._names_token = names, token
        except SQLAlchemyError:
            delta = RunStats(unchanged=prepared.unchanged)
            for step in steps:
                self._write_alone(step, delta)
        _add(stats, delta)
        self.on_progress(stats)

    def _write_alone(self, step: Step, stats: RunStats) -> None:
        try:
            with self.store.begin() as conn:
                write_batch(conn, _recheck(conn, [step], stats), self.merge, stats)
        except SQLAlchemyError as exc:
            uri = _uri(step)
            error = f"store write failed: {exc.__class__.__name__}: {str(exc).splitlines()[0]}"
            with self.store.begin() as conn:
                ingest_log.record_documents(conn, [DocumentLog(uri, "error", error=error)])
            stats.fail(uri, error)


def _recheck(conn: Connection, steps: list[Step], stats: RunStats) -> list[Step]:
    """Steps with documents committed since the batch was planned (by the batch before it)
    turned into duplicates or dropped as unchanged: a document is stored once."""
    hashes = [s.content_hash for s in steps if isinstance(s, Extracted)]
    known = ingest_log.done_hashes(conn, hashes) if hashes else {}
    if not known:
        return steps
    out: list[Step] = []
    for step in steps:
        uris = known.get(step.content_hash) if isinstance(step, Extracted) else None
        if uris is None or not isinstance(step, Extracted):
            out.append(step)
        elif step.doc.uri in uris:
            stats.unchanged += 1
        else:
            out.append(Duplicate(step.doc, step.content_hash))
    return out


_worker_extractor: Extractor | None = None
_worker_settled = False


def _set_worker_extractor(extractor: Extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor


def _extract_in_worker(docs: list[Document]) -> list[Found]:
    """A chunk's deals, without the documents: the main process still holds them, and sending
    them back would only cost pickling both ways."""
    global _worker_settled
    assert _worker_extractor is not None
    found = [find_deals(doc, _worker_extractor) for doc in docs]
    if not _worker_settled:
        # The first chunk has loaded what the extractor keeps (lexicons, compiled patterns) on
        # top of what the worker inherited: frozen, it is no longer walked by every full pass
        # of the cyclic collector, which otherwise costs this process ~4% of its time.
        _worker_settled = True
        gc.collect()
        gc.freeze()
    return found


class _Shared:
    """The chunks of extraction started in the pool and not yet read, across batches.

    When the outcome the writer needs next is not ready, it takes a chunk the pool has not
    started yet (its future can still be cancelled) and extracts it itself, rather than wait:
    the last such chunk of the oldest batch first, then of the next batch. The workers work from
    the front of each batch and the writer from the back, so the writer does not idle while
    they catch up (the first batch, or whenever extraction is the slower stage), and the batch
    it is about to write is complete as early as possible.
    """

    def __init__(self, pool: ProcessPoolExecutor, extractor: Extractor, size: int) -> None:
        self.pool = pool
        self.extractor = extractor
        self.size = size
        self.open: list[_Batch] = []
        self.forked = False

    def start(self, todo: list[tuple[Document, str]]) -> Iterator[Extracted]:
        """Submit `todo` in chunks now; the outcomes, in order, as the iterator is consumed."""
        chunks = [todo[i : i + self.size] for i in range(0, len(todo), self.size)]
        futures: list[Future[list[Found]]] = []
        if not self.forked:
            # The first submit forks the workers. The first chunk is extracted here before it,
            # so they inherit what the extractor loads on first use (lexicons, compiled
            # patterns) instead of each loading it again: this process needs it anyway.
            self.forked = True
            first: Future[list[Found]] = Future()
            first.set_result(self._extract_here(chunks[0]))
            futures.append(first)
        futures += [
            self.pool.submit(_extract_in_worker, [doc for doc, _ in chunk])
            for chunk in chunks[len(futures) :]
        ]
        batch = _Batch(chunks, futures, {})
        self.open.append(batch)
        return self._outcomes(batch)

    def _outcomes(self, batch: _Batch) -> Iterator[Extracted]:
        try:
            for i, chunk in enumerate(batch.chunks):
                while i not in batch.taken and not batch.futures[i].done() and self._take_one():
                    pass
                found = batch.taken[i] if i in batch.taken else batch.futures[i].result()
                for (doc, digest), (deals, error) in zip(chunk, found, strict=True):
                    yield Extracted(doc, digest, deals, error)
        finally:
            self.open.remove(batch)

    def _take_one(self) -> bool:
        for batch in self.open:
            for j in range(len(batch.chunks) - 1, -1, -1):
                if j not in batch.taken and batch.futures[j].cancel():
                    batch.taken[j] = self._extract_here(batch.chunks[j])
                    return True
        return False

    def _extract_here(self, chunk: list[tuple[Document, str]]) -> list[Found]:
        return [find_deals(doc, self.extractor) for doc, _ in chunk]


@dataclass(frozen=True, slots=True)
class _Batch:
    """One batch's chunks, their futures, and the outcomes of the chunks the writer took."""

    chunks: list[list[tuple[Document, str]]]
    futures: list[Future[list[Found]]]
    taken: dict[int, list[Found]]


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect the youngest generation every 7,000 net allocations instead of 700, and the
    middle one every 50 of those instead of 10, while a run lasts (the default is restored
    after it). A run allocates steadily (documents, deals, rows) and keeps large structures
    alive (the registry, the extractor's lexicons, the merge's parsed reports); at the
    default thresholds the cyclic collector walks all of them several times per thousand
    documents, ~0.4 ms of this process's time per document, and with the youngest alone
    raised the middle generation's passes still cost as much again (0.8 of 1.6 s of
    collection per 2,000 documents over a 100,000-document store). Worker processes forked
    during the run inherit the setting."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], 7000), max(old[1], 50), *old[2:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _fork_context() -> multiprocessing.context.BaseContext | None:
    """Fork where available: workers inherit the extractor (and its loaded lexicons) as is."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _add(total: RunStats, delta: RunStats) -> None:
    for name in (
        "documents",
        "unchanged",
        "duplicates",
        "no_deal",
        "deals",
        "deals_new",
        "flagged",
    ):
        setattr(total, name, getattr(total, name) + getattr(delta, name))
    total.errors += delta.errors
    room = RunStats.MAX_FAILURES - len(total.failures)
    total.failures += delta.failures[: max(room, 0)]
    for status, n in delta.feeds.items():
        total.feeds[status] = total.feeds.get(status, 0) + n


def _uri(step: Step) -> str:
    if isinstance(step, Extracted | Duplicate):
        return step.doc.uri
    return step.uri if isinstance(step, Failed) else step.url
