"""The batched Writer: deferred link rows, prefetched sources, and registry changes.

Bulk ingestion writes through `Writer(defer=True)`; what it stores must be exactly what the
row-at-a-time Writer stores, and a registry brought up to date with the changes a Writer
recorded must equal one loaded from the tables afterwards.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from dealradar.model import Asset, Company, Deal, Evidence, Money, Source
from dealradar.resolve.registry import Registry
from dealradar.store import tables as t
from dealradar.store.engine import Store, open_store
from dealradar.store.registry import apply_changes, load_registry, registry_token, sync_seed
from dealradar.store.writes import KnownNames, Writer

TABLES = (
    t.companies,
    t.company_aliases,
    t.assets,
    t.asset_aliases,
    t.deals,
    t.deal_parties,
    t.deal_assets,
    t.sources,
    t.deal_sources,
    t.evidence,
)
TIMESTAMPS = {"created_at", "updated_at", "fetched_at"}


def _deal(n: int) -> Deal:
    source = Source(f"mem://{n}", content_hash=f"h{n}")
    return Deal(
        licensors=(Company(f"Zentrovax {n % 3}", aliases=(f"ZTX{n % 3}",), country="CN"),),
        licensees=(Company("Glenmark"),),
        assets=(Asset(f"ZX-{n}", aliases=(f"zx{n}",)),),
        upfront=Money.usd_millions(10 + n),
        announced=date(2025, 1, 1 + n),
        evidence=(Evidence("upfront", 0, 5, "$10 m", source.uri),),
        sources=(source,),
    )


def _write_all(store: Store, *, defer: bool) -> None:
    with store.begin() as conn:
        writer = Writer(conn, defer=defer)
        for n in range(6):
            deal = _deal(n)
            writer.upsert_deal(deal, origin="ingest", source=deal.sources[0])
        again = replace(_deal(2), upfront=Money.usd_millions(99))  # same key: links rewritten
        writer.upsert_deal(again, origin="ingest", source=again.sources[0])
        writer.finish()


def _contents(store: Store) -> dict[str, list[Any]]:
    out = {}
    with store.connect() as conn:
        for table in TABLES:
            cols = [c for c in table.c if c.name not in TIMESTAMPS]
            out[table.name] = sorted(map(tuple, conn.execute(select(*cols)).all()), key=repr)
    return out


def test_deferred_writes_store_exactly_what_direct_writes_store(tmp_path: Path) -> None:
    direct, deferred = open_store(tmp_path / "a.db"), open_store(tmp_path / "b.db")
    _write_all(direct, defer=False)
    _write_all(deferred, defer=True)
    assert _contents(direct) == _contents(deferred)
    assert _contents(deferred)["evidence"]


def test_link_rows_wait_for_flush_and_reads_of_them_flush_first(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.db")
    with store.begin() as conn:
        writer = Writer(conn, defer=True)
        deal = _deal(1)
        deal_id, _ = writer.upsert_deal(deal, origin="ingest", source=deal.sources[0])
        parties = select(func.count()).select_from(t.deal_parties)
        assert conn.execute(parties).scalar_one() == 0  # buffered
        writer.flush(t.deal_parties)
        assert conn.execute(parties).scalar_one() == 2
        # add_evidence without known_new reads the evidence table: it must see the buffer
        writer.add_evidence(deal_id, deal.evidence, writer.source_id(deal.sources[0]))
        seen: list[int] = []
        writer.at_finish(
            lambda: seen.append(
                conn.execute(select(func.count()).select_from(t.evidence)).scalar_one()
            )
        )
        writer.finish()
    assert seen == [1]  # flushed before the callback ran, and not added twice


def test_prefetched_sources_are_found_or_created_once(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.db")
    old = Source("mem://old", content_hash="old")
    with store.begin() as conn:
        old_id = Writer(conn).source_id(old)
    with store.begin() as conn:
        writer = Writer(conn, defer=True)
        writer.prefetch_sources(["old", "new"])
        assert writer.source_id(old) == old_id
        new_id = writer.source_id(Source("mem://new", content_hash="new"))
        assert writer.source_id(Source("mem://new-again", content_hash="new")) == new_id
        assert conn.execute(select(func.count()).select_from(t.sources)).scalar_one() == 2


def _carried(names: KnownNames) -> int:
    """Entries in the maps a Writer hands to the next transaction."""
    return sum(len(getattr(names, f.name)) for f in fields(names) if f.name != "loaded")


def test_assets_are_read_per_transaction_not_carried(tmp_path: Path) -> None:
    """Nearly every article names a drug code never seen before: the maps carried from one
    transaction to the next (`KnownNames`) must not keep them, or a run's memory grows with
    its corpus. A later transaction still finds the assets, and the aliases, stored before."""
    store = open_store(tmp_path / "x.db")
    names = KnownNames()
    glenmark = Company("Glenmark")
    with store.begin() as conn:
        writer = Writer(conn, defer=True, names=names)
        writer.company_id(glenmark)
        first = writer.asset_id(Asset("ZX-1", aliases=("zx1",)))
        writer.finish()
    carried = _carried(names)
    for serial in range(2, 12):  # one transaction per article, each with a new drug
        with store.begin() as conn:
            writer = Writer(conn, defer=True, names=names)
            writer.company_id(glenmark)
            writer.prefetch_assets([Asset(f"ZX-{serial}"), Asset("ZX-1")])
            assert writer.asset_id(Asset(f"ZX-{serial}")) != first
            assert writer.asset_id(Asset("zx1")) == first  # stored by the first transaction
            assert writer.asset_id(Asset("Zentrovab", aliases=("ZX-1",))) == first
            writer.finish()
        assert _carried(names) == carried
    with store.connect() as conn:
        aa = t.asset_aliases.c
        aliases = conn.execute(select(aa.norm).where(aa.asset_id == first)).scalars().all()
        assets = conn.execute(select(func.count()).select_from(t.assets)).scalar_one()
    assert sorted(aliases) == ["zentrovab", "zx 1", "zx1"]  # the new alias, stored once
    assert assets == 11


def _snapshot(registry: Registry) -> list[tuple[Any, ...]]:
    book = registry.companies
    return [
        (e.id, e.name, e.name_zh, e.country, e.parent_id, tuple(e.aliases.items()))
        for e in sorted(book, key=lambda e: e.id)
    ] + [tuple(book.fuzzy_choices())]


def test_a_registry_updated_with_a_writers_changes_equals_a_fresh_load(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.db")
    with store.begin() as conn:
        sync_seed(conn)
        registry = load_registry(conn)
        token = registry_token(conn)
        writer = Writer(conn)
        for n in range(6):
            writer.upsert_deal(_deal(n), origin="ingest")
        writer.company_id(Company("Glenmark", country="IN"))  # fills a missing country
        assert registry_token(conn) != token
        apply_changes(registry, writer.registry_changes)
        assert _snapshot(registry) == _snapshot(load_registry(conn))
