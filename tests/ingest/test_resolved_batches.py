"""The resolving merge keeps its registry from one batch to the next: the stored result must
be the one a registry loaded afresh for every batch gives, and a correction made between
runs (or by anyone else) must be seen by the next batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ingest_fakes import extract as fake_extract
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from dealradar.ingest.pipeline import Pipeline, RunStats
from dealradar.ingest.resolved import resolve_and_merge
from dealradar.model import Document
from dealradar.store import tables as t
from dealradar.store.engine import Store, open_store
from dealradar.store.registry import add_alias, find_company
from dealradar.store.writes import Writer

LINES = [
    "DEAL Zentrovax Therapeutics | Glenmark | ZX-101 | 10 | 0.9",
    "DEAL Zentrovax Therapeutic | Glenmark | ZX-101 | 10 | 0.9",  # a near spelling
    "DEAL Hengrui Medicin | Qilu Pharmaceutical | SHR-A1811 | 18 | 0.9",
    "DEAL Zentrovax | Glenmark Pharmaceuticals | ZX-101 | 11 | 0.9",
    "DEAL Korvenda Bio | Zentrovax Therapeutics | KB-7 | 30 | 0.5",
    "DEAL Korvenda Biologics | Zentrovax Therapeutic | KB-7 | 31 | 0.9",
    "DEAL Hengrui | Qilu | SHR-A1811 | 18 | 0.9",
    "DEAL Korvenda | Glenmark | KB-9 | 5 | 0.9",
]
BATCH = 3


def _docs() -> list[Document]:
    return [Document(text=f"News {i}\n{line}\n", uri=f"mem://{i}") for i, line in enumerate(LINES)]


def _pipeline(store: Store) -> Pipeline:
    return Pipeline(store, extractor=fake_extract, merge=resolve_and_merge(), batch_size=BATCH)


def _contents(store: Store) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    with store.connect() as conn:
        for table in (t.companies, t.company_aliases, t.deals, t.deal_parties, t.reports):
            cols = [c for c in table.c if c.name not in ("created_at", "updated_at")]
            out[table.name] = sorted(map(tuple, conn.execute(select(*cols)).all()), key=repr)
    return out


def test_a_carried_registry_stores_what_a_fresh_one_per_batch_stores(tmp_path: Path) -> None:
    carried = open_store(tmp_path / "carried.db")
    _pipeline(carried).run(_docs())
    fresh = open_store(tmp_path / "fresh.db")
    docs = _docs()
    for start in range(0, len(docs), BATCH):  # a new merge stage loads the registry again
        _pipeline(fresh).run(docs[start : start + BATCH])
    assert _contents(carried) == _contents(fresh)
    assert len(_contents(carried)["deals"]) < len(LINES)  # reports did merge across batches


def test_a_correction_between_runs_is_seen_by_the_next_batch(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.db")
    merge = resolve_and_merge()
    first = Document(text="DEAL Alpha Korvex | Glenmark | AK-1 | 10 | 0.9\n", uri="mem://a")
    Pipeline(store, extractor=fake_extract, merge=merge).run([first])
    with store.begin() as conn:  # a user says "Gamma Labs" is Alpha Korvex
        add_alias(conn, find_company(conn, "Alpha Korvex"), "Gamma Labs")
    later = Document(text="DEAL Gamma Labs | Glenmark | AK-1 | 10 | 0.9\n", uri="mem://b")
    stats = Pipeline(store, extractor=fake_extract, merge=merge).run([later])
    assert stats.errors == 0 and stats.deals_new == 0  # the same deal, reported again
    with store.connect() as conn:
        assert len(conn.execute(select(t.deals.c.id)).all()) == 1


def test_a_correction_between_two_batches_of_one_run_is_seen_by_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Writer's alias maps are carried from batch to batch too (`KnownNames`): an alias a
    user adds between two batches must reach them, or the next batch would write the alias
    again and fail."""
    store = open_store(tmp_path / "x.db")
    retried: list[object] = []
    monkeypatch.setattr(Pipeline, "_write_alone", lambda _self, step, _stats: retried.append(step))
    corrected: list[bool] = []

    def correct_after_first_commit(stats: RunStats) -> None:
        if stats.documents == 1 and not corrected:
            corrected.append(True)
            with store.begin() as conn:  # a user says "Gamma Labs" is Alpha Korvex
                add_alias(conn, find_company(conn, "Alpha Korvex"), "Gamma Labs")

    docs = [
        Document(text="DEAL Alpha Korvex | Glenmark | AK-1 | 10 | 0.9\n", uri="mem://a"),
        Document(text="DEAL Gamma Labs | Glenmark | AK-1 | 10 | 0.9\n", uri="mem://b"),
    ]
    pipeline = Pipeline(
        store,
        extractor=fake_extract,
        merge=resolve_and_merge(),
        batch_size=1,
        on_progress=correct_after_first_commit,
    )
    stats = pipeline.run(docs)
    assert corrected and not retried  # the second batch committed as a batch
    assert stats.errors == 0 and stats.deals_new == 1
    with store.connect() as conn:
        aliases = t.company_aliases.c
        rows = conn.execute(select(aliases.how).where(aliases.norm == "gamma labs")).all()
    assert [how for (how,) in rows] == ["user"]


def test_the_writer_maps_of_a_failed_batch_are_not_carried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch that rolls back takes its companies along: the next batch must not start from
    maps naming them (it would link its deal to a company that is not there, and fail)."""
    store = open_store(tmp_path / "x.db")
    merge = resolve_and_merge()

    def failing_on_a(writer: Writer, doc: Document, deals: Any) -> Any:
        report = merge(writer, doc, deals)
        if doc.uri == "mem://a":
            writer.flush()
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return report

    retried: list[str] = []
    write_alone = Pipeline._write_alone

    def recording(self: Pipeline, step: Any, stats: RunStats) -> None:
        retried.append(step.doc.uri)
        write_alone(self, step, stats)

    monkeypatch.setattr(Pipeline, "_write_alone", recording)
    docs = [
        Document(text="DEAL Hengrui | Qilu | SHR-A1811 | 18 | 0.9\n", uri="mem://c"),
        Document(text="DEAL Alpha Korvex | Glenmark | AK-1 | 10 | 0.9\n", uri="mem://a"),
        Document(text="DEAL Alpha Korvex | Qilu | AK-2 | 12 | 0.9\n", uri="mem://b"),
    ]
    stats = Pipeline(store, extractor=fake_extract, merge=failing_on_a, batch_size=1).run(docs)
    assert retried == ["mem://a"]  # the batch after the failed one committed as a batch
    assert stats.errors == 1 and stats.documents == 2
    with store.connect() as conn:
        names = [n for (n,) in conn.execute(select(t.companies.c.name))]
    assert names.count("Alpha Korvex") == 1


def test_a_kept_parse_serves_a_report_only_while_its_row_holds_that_body(tmp_path: Path) -> None:
    """The merge keeps parsed reports from one transaction to the next, by row and the hash of
    the body parsed: a row id a rolled-back transaction gave out may come back with another
    body, which must be parsed afresh."""
    import json
    from dataclasses import replace

    from dealradar.ingest.resolved import _neighbours
    from dealradar.model.record import deal_from_record
    from dealradar.resolve.match import with_company_ids
    from dealradar.store.registry import load_registry

    store = open_store(tmp_path / "x.db")
    _pipeline(store).run(_docs()[:1])
    with store.begin() as conn:
        r = t.reports.c
        report_id, digest, body = conn.execute(select(r.id, r.fingerprint, r.body)).one()
        stored = with_company_ids(load_registry(conn), deal_from_record(json.loads(body)))
        stale = replace(stored, royalties="from another body")
        writer = Writer(conn)
        for kept, expected in ((digest, stale), ("another digest", None)):
            parsed = writer.cache["reports"] = {report_id: (kept, stale, "fp")}
            (member,) = _neighbours(writer, [stored])
            if expected is not None:
                assert member.deal is expected and member.fp == "fp"
            else:
                assert member.deal.royalties != stale.royalties
                assert parsed[report_id][0] == digest, "kept again with the body's hash"


def test_a_split_part_takes_a_key_of_its_own_only_when_a_row_of_the_recomputation_has_it(
    tmp_path: Path,
) -> None:
    """`_TakenKeys` answers for the keys of the recomputation's rows without reading them:
    a key is theirs when the row holding it is one of them."""
    from dealradar.ingest.resolved import _TakenKeys

    store = open_store(tmp_path / "x.db")
    with store.begin() as conn:
        writer = Writer(conn)
        ids = {}
        for key in ("ka", "kb", "kc"):
            ids[key] = writer._insert_one(
                t.deals, {"key": key, "deal_type": "license", "origin": "ingest"}
            )
        taken = _TakenKeys(writer, {ids["ka"], ids["kc"]}, ["ka", "kb", "new"])
        assert "ka" in taken and "kb" not in taken and "new" not in taken
        assert "kc" in taken, "a key not asked at first is looked up when asked"
        taken.add("new")
        assert "new" in taken
