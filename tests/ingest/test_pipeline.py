"""The pipeline: batch commits, idempotency, resumability, review triage (issue 5, parts 3–4)."""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from ingest_fakes import extract as fake_extract
from sqlalchemy import Table, func, select

from dealradar.ingest.items import FeedPolled, Item
from dealradar.ingest.pipeline import Pipeline, RunStats
from dealradar.ingest.sources import Reader
from dealradar.model import Deal, Document
from dealradar.store import ingest_log, review
from dealradar.store import tables as t
from dealradar.store.engine import Store


def count(store: Store, table: Table, *where: object) -> int:
    with store.connect() as conn:
        return int(
            conn.execute(select(func.count()).select_from(table).where(*where)).scalar() or 0
        )


def deal_line(i: int, upfront: int = 10, confidence: float = 0.9) -> str:
    return f"DEAL Licensor {i} | Licensee {i} | ASSET-{i} | {upfront} | {confidence}"


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(exist_ok=True)
    for i in range(n):
        body = deal_line(i) if i % 4 else "A market report without any deal."
        (folder / f"doc-{i:04d}.txt").write_text(
            f"Headline {i}\n\nSHANGHAI, May 5, 2025 -\n{body}\n"
        )
    return folder


def ingest(store: Store, sources: list[str | Path], **kw: object) -> RunStats:
    pipeline = Pipeline(store, extractor=fake_extract, **kw)  # type: ignore[arg-type]
    return pipeline.run(Reader().read(sources))


def snapshot(store: Store) -> dict[str, int]:
    tables = (t.deals, t.sources, t.deal_sources, t.companies, t.audit, ingest_log.documents)
    return {tb.name: count(store, tb) for tb in tables}


def test_a_folder_is_ingested_into_deals_and_a_document_log(store: Store, tmp_path: Path) -> None:
    stats = ingest(store, [write_corpus(tmp_path / "c", 12)], batch_size=5)
    assert (stats.documents, stats.deals, stats.deals_new, stats.no_deal) == (12, 9, 9, 3)
    assert count(store, t.deals) == 9
    assert count(store, t.sources) == 9  # articles without deals stay in the log only
    with store.connect() as conn:
        assert ingest_log.document_counts(conn) == {"ok": 9, "no-deal": 3}
    assert json.loads(json.dumps(stats.to_json()))["documents"] == 12


def test_ingesting_the_same_documents_again_changes_nothing(store: Store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 8)
    ingest(store, [corpus])
    before = snapshot(store)
    again = ingest(store, [corpus])
    assert (again.documents, again.unchanged, again.deals) == (0, 8, 0)
    assert snapshot(store) == before


def test_the_same_article_under_two_uris_is_stored_once(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        (tmp_path / d / "x.txt").write_text(f"Headline\n\n{deal_line(1)}\n")
    stats = ingest(store, [tmp_path / "a", tmp_path / "b"])
    assert (stats.documents, stats.duplicates) == (1, 1)
    assert count(store, t.sources) == 1 and count(store, t.deals) == 1
    with store.connect() as conn:
        assert ingest_log.document_counts(conn) == {"ok": 1, "duplicate": 1}


def test_an_extractor_failure_costs_one_document_and_is_retried(
    store: Store, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "c", 4)
    bad = corpus / "doc-0001.txt"
    bad.write_text("Headline\n\nEXPLODE\n")
    stats = ingest(store, [corpus])
    assert stats.errors == 1 and "explode" in stats.failures[0][1]
    assert stats.documents == 3
    bad.write_text(f"Headline\n\n{deal_line(1)}\n")
    retry = ingest(store, [corpus])
    assert (retry.documents, retry.unchanged, retry.errors) == (1, 3, 0)
    with store.connect() as conn:
        assert "error" not in ingest_log.document_counts(conn)


def test_a_run_that_dies_midway_keeps_whole_batches_and_resumes(
    store: Store, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "c", 20)

    def crashing(items: Iterator[Item], after: int) -> Iterator[Item]:
        for n, item in enumerate(items):
            if n == after:
                raise KeyboardInterrupt
            yield item

    with pytest.raises(KeyboardInterrupt):
        Pipeline(store, extractor=fake_extract, batch_size=4).run(
            crashing(Reader().read([corpus]), after=10)
        )
    with store.connect() as conn:
        # batch 1 committed; batch 2 was planned but is written only once batch 3 is read
        assert sum(ingest_log.document_counts(conn).values()) == 4
    assert count(store, t.deals) == 3
    resumed = ingest(store, [corpus], batch_size=4)
    assert (resumed.unchanged, resumed.documents) == (4, 16)
    assert count(store, t.deals) == 15
    assert count(store, t.deal_sources) == 15


def test_low_confidence_deals_go_to_review(store: Store, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(f"Headline\n\n{deal_line(1, confidence=0.3)}\n{deal_line(2)}\n")
    stats = ingest(store, [tmp_path / "x.txt"])
    assert stats.flagged == 1
    with store.connect() as conn:
        (item,) = review.list_review(conn)
    assert item.licensor == "Licensor 1"
    assert item.reason == "low confidence (0.30)"
    assert count(store, t.audit, t.audit.c.action == "flag") == 1


def test_sources_that_disagree_on_terms_send_the_deal_to_review(
    store: Store, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(f"Report A\n\n{deal_line(1, upfront=18)}\n")
    (tmp_path / "b.txt").write_text(f"Report B\n\n{deal_line(1, upfront=80)}\n")
    ingest(store, [tmp_path / "a.txt", tmp_path / "b.txt"])
    with store.connect() as conn:
        (item,) = review.list_review(conn)
        conflict = conn.execute(select(t.deal_conflicts)).one()
    assert item.reason == "sources disagree on upfront"
    assert (conflict.field, conflict.kept, conflict.other) == (
        "upfront",
        "80000000.0",
        "18000000.0",
    )
    assert count(store, t.deal_sources) == 2


def test_a_brief_later_mention_keeps_the_terms_already_known(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Announcement\n\n{deal_line(1, upfront=18)}\n")
    (tmp_path / "b.txt").write_text("Roundup\n\nDEAL Licensor 1 | Licensee 1 | ASSET-1 || 0.9\n")
    ingest(store, [tmp_path / "a.txt", tmp_path / "b.txt"])
    with store.connect() as conn:
        assert conn.execute(select(t.deals.c.upfront_usd)).scalar() == 18_000_000
        assert review.review_count(conn) == 0


def test_a_human_decision_survives_re_extraction(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Report A\n\n{deal_line(1, confidence=0.3)}\n")
    ingest(store, [tmp_path / "a.txt"])
    with store.begin() as conn:
        (item,) = review.list_review(conn)
        review.edit(conn, item.id, "upfront", "20000000 USD", actor="alice")
        review.accept(conn, item.id, actor="alice", note="checked the filing")
    (tmp_path / "b.txt").write_text(f"Report B\n\n{deal_line(1, upfront=99, confidence=0.2)}\n")
    ingest(store, [tmp_path / "b.txt"])
    with store.connect() as conn:
        row = conn.execute(select(t.deals)).one()
        actions = conn.execute(select(t.audit.c.action, t.audit.c.actor)).all()
    assert (row.status, row.upfront_usd) == ("accepted", 20_000_000)
    assert ("edit", "alice") in actions and ("accept", "alice") in actions


def test_feed_validators_are_saved_with_the_batch_and_only_when_complete(store: Store) -> None:
    with store.begin() as conn:
        ingest_log.add_feed(conn, "http://feeds.example/a.xml")
        ingest_log.add_feed(conn, "http://feeds.example/b.xml")
    items: list[Item] = [
        Document("Headline\n\n" + deal_line(1), uri="http://feeds.example/1"),
        FeedPolled("http://feeds.example/a.xml", "ok", etag='"v7"', entries=1),
        FeedPolled("http://feeds.example/b.xml", "partial", etag='"v3"', error="1 of 2 failed"),
    ]
    stats = Pipeline(store, extractor=fake_extract).run(items)
    assert stats.feeds == {"ok": 1, "partial": 1}
    with store.connect() as conn:
        a, b = ingest_log.list_feeds(conn)
    assert (a.status, a.etag) == ("ok", '"v7"')
    assert (b.status, b.etag, b.error) == ("partial", None, "1 of 2 failed")


def test_the_real_extractor_runs_in_the_pipeline(store: Store) -> None:
    try:
        from dealradar.extract.en import extract_en  # noqa: F401
    except ImportError:
        pytest.skip("the English extractor has not landed")
    from dealradar.extract import extract

    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"
    if not corpus.is_dir():
        pytest.skip("shared corpus not found")
    files = sorted(corpus.glob("en-00*.txt"))[:5]
    stats = Pipeline(store, extractor=extract).run(Reader().read(files))
    assert stats.errors == 0
    assert stats.deals >= 3
    assert count(store, t.evidence) > 0


def test_worker_processes_store_the_same_as_in_process(store: Store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 30)
    (corpus / "doc-0005.txt").write_text("Headline\n\nEXPLODE\n")
    stats = ingest(store, [corpus], batch_size=7, workers=2)
    assert (stats.documents, stats.deals, stats.errors) == (29, 21, 1)
    assert count(store, t.deals) == 21 and count(store, t.deal_sources) == 21


class _SlowInWorkers:
    """The fake extractor, slow in worker processes; counts the documents this process did."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.here = 0

    def __call__(self, doc: Document) -> list[Deal]:
        if os.getpid() == self.pid:
            self.here += 1
        else:
            time.sleep(0.05)
        return fake_extract(doc)


def test_the_writer_extracts_the_chunks_a_slow_worker_has_not_started(
    store: Store, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "c", 40)
    (corpus / "doc-0005.txt").write_text("Headline\n\nEXPLODE\n")
    slow = _SlowInWorkers()
    pipeline = Pipeline(store, extractor=slow, batch_size=20, workers=1, chunk_size=2)
    stats = pipeline.run(Reader().read([corpus]))
    assert slow.here > 0  # it did not just wait for the worker
    assert (stats.documents, stats.deals, stats.errors) == (39, 29, 1)
    assert count(store, t.deals) == 29 and count(store, t.deal_sources) == 29
    with store.connect() as conn:
        assert ingest_log.document_counts(conn) == {"ok": 29, "no-deal": 10, "error": 1}


def test_a_run_collects_garbage_less_often_and_restores_the_collector(
    store: Store, tmp_path: Path
) -> None:
    seen: list[tuple[int, int, int]] = []

    def recording(doc: Document) -> list[Deal]:
        seen.append(gc.get_threshold())
        return fake_extract(doc)

    before = gc.get_threshold()
    stats = Pipeline(store, extractor=recording).run(Reader().read([write_corpus(tmp_path, 3)]))
    assert stats.documents == 3
    assert seen and all(t[0] >= 7000 and t[1] >= 50 and t[2] == before[2] for t in seen)
    assert gc.get_threshold() == before


def test_a_duplicate_in_the_next_batch_is_caught_at_write_time(
    store: Store, tmp_path: Path
) -> None:
    """Batch 2 is planned before batch 1 commits; the write re-checks the hashes."""
    (tmp_path / "a.txt").write_text(f"Same\n\n{deal_line(1)}\n")
    (tmp_path / "b.txt").write_text(f"Same\n\n{deal_line(1)}\n")
    stats = ingest(store, [tmp_path / "a.txt", tmp_path / "b.txt"], batch_size=1)
    assert (stats.documents, stats.duplicates) == (1, 1)
    with store.connect() as conn:
        assert ingest_log.document_counts(conn) == {"ok": 1, "duplicate": 1}
