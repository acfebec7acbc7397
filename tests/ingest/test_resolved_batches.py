"""The resolving merge keeps its registry from one batch to the next: the stored result must
be the one a registry loaded afresh for every batch gives, and a correction made between
runs (or by anyone else) must be seen by the next batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ingest_fakes import extract as fake_extract
from sqlalchemy import select

from dealradar.ingest.pipeline import Pipeline
from dealradar.ingest.resolved import resolve_and_merge
from dealradar.model import Document
from dealradar.store import tables as t
from dealradar.store.engine import Store, open_store
from dealradar.store.registry import add_alias, find_company

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
