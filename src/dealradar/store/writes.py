"""Writing deals, companies, assets, sources and evidence: idempotent upserts, one transaction.

Every function takes an open `Connection` inside a transaction (`with store.begin() as conn`),
so a caller writing a batch gets all of it or none of it. Upserts are keyed: the same deal
written twice is one row; fields a human has corrected (`locked_fields`) are never overwritten.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Insert,
    Select,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from dealradar.model import PAYMENT_FIELDS, Asset, Company, Deal, Evidence, Money, Source
from dealradar.resolve.normalise import name_key
from dealradar.store import tables as t
from dealradar.store.direct import Direct, Statement

#: Origins of rows a person curated (the bundled table, a user's CSV): reports never change them.
CURATED = frozenset({"reference", "import"})

# Statements built once: SQLAlchemy then reuses their compiled form and cache key, which is
# most of the cost of a small INSERT or SELECT when a batch writes thousands of them.
_FILL_COUNTRY = (
    update(t.companies)
    .where(t.companies.c.id == bindparam("cid"), t.companies.c.country.is_(None))
    .values(country=bindparam("country"))
)
_SOURCE_BY_HASH = select(t.sources.c.id).where(t.sources.c.content_hash == bindparam("hash"))
_SOURCE_BY_URI = select(t.sources.c.id).where(t.sources.c.uri == bindparam("uri")).limit(1)
_SOURCES_BY_HASH = select(t.sources.c.content_hash, t.sources.c.id).where(
    t.sources.c.content_hash.in_(bindparam("hashes", expanding=True))
)
_DEAL_KEYS_IN = select(t.deals.c.key).where(t.deals.c.key.in_(bindparam("keys", expanding=True)))
#: Every alias row of some asset keys, oldest first (the first row of a key names its asset).
_ASSET_ALIASES_IN = (
    select(t.asset_aliases.c.norm, t.asset_aliases.c.asset_id)
    .where(t.asset_aliases.c.norm.in_(bindparam("norms", expanding=True)))
    .order_by(t.asset_aliases.c.id)
)
_DEAL_BY_KEY = select(t.deals.c.id, t.deals.c.locked_fields, t.deals.c.origin).where(
    t.deals.c.key == bindparam("key")
)
_DEAL_SOURCE = select(t.deal_sources.c.deal_id).where(
    t.deal_sources.c.deal_id == bindparam("deal_id"),
    t.deal_sources.c.source_id == bindparam("source_id"),
)
_UPDATE_DEAL = update(t.deals).where(t.deals.c.id == bindparam("_id"))
_DELETE_PARTIES = delete(t.deal_parties).where(t.deal_parties.c.deal_id == bindparam("deal_id"))
_DELETE_DEAL_ASSETS = delete(t.deal_assets).where(t.deal_assets.c.deal_id == bindparam("deal_id"))
#: Tables whose rows `Writer(defer=True)` buffers: nothing the Writer inserts refers to them,
#: so their rows can wait and go to the database in one executemany each.
DEFERRABLE = (
    t.company_aliases,
    t.asset_aliases,
    t.deal_parties,
    t.deal_assets,
    t.deal_sources,
    t.evidence,
    t.deal_conflicts,
    t.reports,
)
_DEFERRED_NAMES = frozenset(table.name for table in DEFERRABLE)
#: The INSERT of every table the Writer fills, built once (the link tables and those whose
#: new id it needs).
_PREPARED = {
    table.name: insert(table) for table in (*DEFERRABLE, t.companies, t.assets, t.sources, t.deals)
}


def _insert_of(table: Table) -> Insert:
    prepared = _PREPARED.get(table.name)
    return insert(table) if prepared is None else prepared


def deal_key(deal: Deal) -> str:
    """A stable identity for a deal: date, parties and assets, normalised.

    Two loads of the same row give the same key; a different asset between the same parties on
    the same day gives another. Merging reports of one deal from many sources is the resolve
    stage's job; it passes its own key when it has decided two reports are one deal.
    """
    parts = [
        deal.announced.isoformat() if deal.announced else "",
        "+".join(sorted(name_key(c.name) for c in deal.licensors)),
        "+".join(sorted(name_key(c.name) for c in deal.licensees)),
        "+".join(sorted(name_key(a.name) for a in deal.assets)),
        deal.deal_type,
    ]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:40]


@dataclass(frozen=True, slots=True)
class NewCompany:
    """A company the Writer created in this transaction (see `Writer.registry_changes`)."""

    id: int
    name: str
    name_zh: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class NewAlias:
    """An alias row the Writer added for a company in this transaction."""

    company_id: int
    alias: str
    how: str


@dataclass(frozen=True, slots=True)
class FilledCountry:
    """A company whose missing country the Writer filled in this transaction."""

    company_id: int
    country: str


RegistryChange = NewCompany | NewAlias | FilledCountry


@dataclass
class KnownNames:
    """The Writer's maps from company alias keys to ids, each id's keys, and each company's
    country: read from the store once (`Writer._preload`), then kept up to date by the Writer
    as it writes.

    A caller writing many transactions in a row (the ingestion pipeline) may hand the maps of
    one committed transaction to the next Writer instead of reading every alias again, as
    long as nothing else changed those tables in between (`names_token` is unchanged). The
    maps of a transaction that did not commit must be dropped: they name rows it rolled back.

    Assets are not here: companies are a registry that stops growing, but nearly every new
    article names a drug code never seen before, so maps of every asset alias would grow with
    the corpus. The Writer reads the asset keys it meets instead, per transaction
    (`Writer.prefetch_assets`).
    """

    companies: dict[str, int] = field(default_factory=dict)
    company_norms: dict[int, set[str]] = field(default_factory=dict)
    countries: dict[int, str | None] = field(default_factory=dict)
    loaded: bool = False


def names_token(conn: Connection) -> tuple[Any, ...]:
    """A cheap fingerprint of what `KnownNames` mirrors: ids and counts of companies, their
    countries and company aliases, and the last audit entry (every user correction writes
    one). Equal tokens mean maps in step with the first still are."""
    c, ca, log = t.companies.c, t.company_aliases.c, t.audit.c
    parts = (
        func.max(c.id),
        func.count(c.id),
        func.count(c.country),
        func.max(ca.id),
        func.count(ca.id),
        func.max(log.id),
    )
    row = conn.execute(select(*(select(p).scalar_subquery() for p in parts))).one()
    return (conn.engine.url.render_as_string(), *row)


@dataclass
class Writer:
    """Caches name → id look-ups for one transaction, so bulk loads do not re-query per row.

    With `defer=True` (bulk ingestion) rows of the `DEFERRABLE` link tables are buffered and
    written in one executemany per table at `flush()`; whoever reads or deletes one of those
    tables in the same transaction calls `flush(table)` first (the Writer does for its own
    reads). `finish()` flushes everything and runs the callbacks registered with
    `at_finish`: the caller must call it before committing.
    """

    conn: Connection
    actor: str = "dealradar"
    defer: bool = False
    #: The alias maps this Writer reads and fills; a caller may pass those of an earlier
    #: transaction (see `KnownNames`).
    names: KnownNames = field(default_factory=KnownNames)
    # The maps of `names`, bound at construction (the hot paths read them directly).
    _companies: dict[str, int] = field(init=False, repr=False)
    _company_norms: dict[int, set[str]] = field(init=False, repr=False)
    _countries: dict[int, str | None] = field(init=False, repr=False)
    # Asset alias key → the asset its oldest row names, and asset id → its keys, for the keys
    # in `_asset_keys_read` only: every row of those keys is mirrored here (see `_read_assets`).
    _assets: dict[str, int] = field(default_factory=dict, repr=False)
    _asset_norms: dict[int, set[str]] = field(default_factory=dict, repr=False)
    _asset_keys_read: set[str] = field(default_factory=set, repr=False)
    _sources: dict[str, int] = field(default_factory=dict)
    #: Per-transaction state of the stages writing through this Writer (e.g. the registry).
    cache: dict[str, Any] = field(default_factory=dict)
    #: Companies, aliases and countries written in this transaction, in order: what a
    #: registry loaded at its start lacks (`store.registry.apply_changes`).
    registry_changes: list[RegistryChange] = field(default_factory=list)
    _pending: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _finishers: list[Callable[[], None]] = field(default_factory=list)
    _absent_sources: set[str] = field(default_factory=set)
    _absent_deals: set[str] = field(default_factory=set)
    _direct: Direct | None = None
    _direct_checked: bool = False

    def __post_init__(self) -> None:
        names = self.names
        self._companies, self._company_norms = names.companies, names.company_norms
        self._countries = names.countries

    # -- statements ----------------------------------------------------------------------

    def direct(self) -> Direct | None:
        """The driver-level path for hot statements (`store.direct`), None off SQLite."""
        if not self._direct_checked:
            self._direct, self._direct_checked = Direct.open(self.conn), True
        return self._direct

    def select_in(self, stmt: Select[Any], name: str, values: Sequence[Any]) -> list[Any]:
        """The rows of `stmt` for the expanding parameter `name` = `values` (its only one)."""
        direct = self.direct()
        if direct is not None:
            return direct.select_in(stmt, name, values)
        return list(self.conn.execute(stmt, {name: list(values)}))

    def execute(self, stmt: Statement, params: dict[str, Any]) -> list[Any]:
        """Run `stmt` (scalar parameters only) with `params` in the transaction; the rows it
        returns (none for DML), as plain tuples. On SQLite it goes through `Direct.execute`,
        so it suits rows that need no result processing (ids, keys, text)."""
        direct = self.direct()
        if direct is not None:
            return direct.execute(stmt, params)
        result = self.conn.execute(stmt, params)
        return [tuple(row) for row in result] if result.returns_rows else []

    def _insert_one(self, table: Table, row: dict[str, Any]) -> int:
        """INSERT one row and return its primary key."""
        direct = self.direct()
        if direct is not None:
            return direct.insert_one(table, row)
        return new_id(self.conn.execute(_insert_of(table), row))

    # -- buffered link rows --------------------------------------------------------------

    def insert_rows(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """INSERT `rows` into `table`, now or (deferred, for a `DEFERRABLE` table) at flush."""
        if not rows:
            return
        if self.defer and table.name in _DEFERRED_NAMES:
            self._pending.setdefault(table.name, []).extend(rows)
        else:
            self._insert_many(table, rows)

    def flush(self, *tables: Table) -> None:
        """Write the buffered rows of `tables` (all of them when none is named)."""
        for table in tables or DEFERRABLE:
            rows = self._pending.pop(table.name, None)
            if rows:
                self._insert_many(table, rows)

    def _insert_many(self, table: Table, rows: list[dict[str, Any]]) -> None:
        direct = self.direct()
        if direct is not None:
            direct.insert_many(table, rows)
        else:
            self.conn.execute(_insert_of(table), rows)

    def at_finish(self, callback: Callable[[], None]) -> None:
        """Run `callback` at `finish()`, once the transaction's rows are all written."""
        self._finishers.append(callback)

    def finish(self) -> None:
        """Flush every buffered row, then run the `at_finish` callbacks (before the commit)."""
        self.flush()
        callbacks, self._finishers = self._finishers, []
        for callback in callbacks:
            callback()

    def _preload(self) -> None:
        """Read every company alias key once: a batch then resolves known companies without
        queries. (Asset keys are read as they are met: `_read_assets`.)"""
        if self.names.loaded:
            return
        self.names.loaded = True
        ca = t.company_aliases.c
        for cid, country in self.conn.execute(select(t.companies.c.id, t.companies.c.country)):
            self._countries[cid] = country
        for norm, cid in self.conn.execute(select(ca.norm, ca.company_id).order_by(ca.id)):
            self._companies.setdefault(norm, cid)
            self._company_norms.setdefault(cid, set()).add(norm)

    def reload_names(self) -> None:
        """Forget the company alias maps (read again at the next look-up): for a caller that
        wrote companies or aliases around the Writer (seeding the registry). The asset maps
        stay: only this Writer writes asset aliases, and it records each one it writes."""
        names = self.names
        for table in (names.companies, names.company_norms, names.countries):
            table.clear()
        names.loaded = False

    def prefetch_assets(self, assets: Iterable[Asset]) -> None:
        """Read the alias rows of the keys of `assets` in one query per 500 keys (a batch's
        drugs), so `asset_id` finds them, or knows they are new, without a query each."""
        self._read_assets(name_key(n) for a in assets for n in a.names())

    def _read_assets(self, keys: Iterable[str]) -> None:
        """Mirror every alias row of `keys` not read yet in this Writer's asset maps, as
        reading the whole table would (oldest row first). A key read once stays mirrored: the
        rows it gains later are the ones this Writer adds, and it records those itself."""
        wanted = sorted({k for k in keys if k and k not in self._asset_keys_read})
        if not wanted:
            return
        self._asset_keys_read.update(wanted)
        for chunk in _chunks(wanted, 500):
            for norm, aid in self.select_in(_ASSET_ALIASES_IN, "norms", chunk):
                self._assets.setdefault(norm, aid)
                self._asset_norms.setdefault(aid, set()).add(norm)

    # -- companies and assets ------------------------------------------------------------

    def company_id(self, company: Company, *, how: str = "extracted") -> int:
        """The id of `company`: its own id, else an existing company with one of its names,
        else a new company. New aliases the mention brings are recorded with `how`."""
        self._preload()
        keys = [(n, name_key(n)) for n in company.names() if name_key(n)]
        cid = company.id
        cached = {self._companies.get(k) for _, k in keys}
        if len(cached) == 1 and None not in cached and (cid is None or cid in cached):
            return cached.pop()  # type: ignore[return-value]  # every name already known
        if cid is None:
            for _, key in keys:
                cid = self._companies.get(key)
                if cid is not None:
                    break
        if cid is None:
            cid = self._insert_one(
                t.companies,
                {
                    "name": company.name,
                    "name_zh": company.name_zh,
                    "country": company.country,
                    "tickers": ",".join(company.tickers) or None,
                },
            )
            how_first = "canonical"
            self.registry_changes.append(
                NewCompany(cid, company.name, company.name_zh, company.country)
            )
        else:
            how_first = how
            if company.country:
                self.conn.execute(_FILL_COUNTRY, {"cid": cid, "country": company.country})
                self.registry_changes.append(FilledCountry(cid, company.country))
        assert cid is not None
        known = self._company_norms.setdefault(cid, set())
        rows = []
        for i, (alias, key) in enumerate(keys):
            self._companies.setdefault(key, cid)
            if key not in known:
                known.add(key)
                how_alias = how_first if i == 0 else how
                rows.append({"company_id": cid, "alias": alias, "norm": key, "how": how_alias})
                self.registry_changes.append(NewAlias(cid, alias, how_alias))
        self.insert_rows(t.company_aliases, rows)
        if self._countries.get(int(cid)) is None:  # the store keeps a country once it has one
            self._countries[int(cid)] = company.country
        return int(cid)

    def find_company(self, company: Company) -> int | None:
        """The id of a stored company known by one of `company`'s names; never creates one."""
        self._preload()
        for name in company.names():
            found = self._companies.get(name_key(name))
            if found is not None:
                return found
        return None

    def asset_id(self, asset: Asset, *, how: str = "extracted") -> int:
        """The id of `asset`: its own id, else a stored asset with one of its names, else a
        new asset. New aliases the mention brings are recorded with `how`."""
        keys = [(n, name_key(n)) for n in asset.names() if name_key(n)]
        if any(k not in self._asset_keys_read for _, k in keys):
            self._read_assets(k for _, k in keys)
        aid = asset.id
        cached = {self._assets.get(k) for _, k in keys}
        if len(cached) == 1 and None not in cached and (aid is None or aid in cached):
            return cached.pop()  # type: ignore[return-value]
        if aid is None:
            for _, key in keys:
                aid = self._assets.get(key)
                if aid is not None:
                    break
        if aid is None:
            aid = self._insert_one(
                t.assets,
                {
                    "name": asset.name,
                    "modality": asset.modality,
                    "target": asset.target,
                    "area": asset.area,
                },
            )
        assert aid is not None
        known = self._asset_norms.setdefault(aid, set())
        rows = []
        for alias, key in keys:
            self._assets.setdefault(key, aid)
            if key not in known:
                known.add(key)
                rows.append({"asset_id": aid, "alias": alias, "norm": key, "how": how})
        self.insert_rows(t.asset_aliases, rows)
        return int(aid)

    # -- sources -------------------------------------------------------------------------

    def prefetch_sources(self, hashes: Iterable[str]) -> None:
        """Look up the sources of many content hashes in one query (a batch's documents), so
        `source_id` finds them, or knows to create them, without a query each."""
        wanted = set(hashes) - self._sources.keys()
        for chunk in _chunks(sorted(wanted), 500):
            rows = self.conn.execute(_SOURCES_BY_HASH, {"hashes": chunk})
            found: dict[str, int] = {h: int(i) for h, i in rows}
            self._sources.update(found)
            self._absent_sources.update(h for h in chunk if h not in found)

    def prefetch_deal_keys(self, keys: Iterable[str]) -> None:
        """Find out in one query which of `keys` no deal has yet, so `upsert_deal` inserts
        those without looking each up (a recomputation writes several deals at once)."""
        wanted = sorted(set(keys))
        for chunk in _chunks(wanted, 500):
            taken = {key for (key,) in self.select_in(_DEAL_KEYS_IN, "keys", chunk)}
            self._absent_deals.update(k for k in chunk if k not in taken)

    def source_id(self, source: Source) -> int:
        """Find a source by content hash (else URI) or create it: one article, one row."""
        memo = self._sources.get(source.content_hash or source.uri)
        if memo is not None:
            return memo
        if source.content_hash in self._absent_sources:
            sid = None
        else:
            found = (
                self.execute(_SOURCE_BY_HASH, {"hash": source.content_hash})
                if source.content_hash
                else self.execute(_SOURCE_BY_URI, {"uri": source.uri})
            )
            sid = found[0][0] if found else None
        if sid is None:
            sid = self._insert_one(
                t.sources,
                {
                    "uri": source.uri,
                    "title": source.title,
                    "publisher": source.publisher,
                    "published": source.published,
                    "language": source.language,
                    "content_hash": source.content_hash,
                },
            )
        self._sources[source.content_hash or source.uri] = int(sid)
        return int(sid)

    # -- deals ---------------------------------------------------------------------------

    def upsert_deal(
        self,
        deal: Deal,
        *,
        origin: str,
        key: str | None = None,
        source: Source | None = None,
    ) -> tuple[int, bool]:
        """Insert `deal`, or update the row with the same key. Returns (id, created).

        Fields listed in the row's `locked_fields` (human corrections) keep their value.
        Evidence is added once per (source, field, span); parties and assets are replaced.
        """
        key = key or deal_key(deal)
        licensor_ids = [self.company_id(c) for c in deal.licensors]
        licensee_ids = [self.company_id(c) for c in deal.licensees]
        asset_ids = [self.asset_id(a) for a in deal.assets]
        row = self._deal_row(deal, licensor_ids, licensee_ids, origin)
        if key in self._absent_deals:  # prefetched: no row had it, and only we insert deals
            self._absent_deals.discard(key)
            existing = None
        else:
            found = self.execute(_DEAL_BY_KEY, {"key": key})
            existing = found[0] if found else None
        if existing is None:
            deal_id = self._insert_one(t.deals, {"key": key, **row})
            created = True
        else:
            deal_id, locked_fields, existing_origin = int(existing[0]), existing[1], existing[2]
            created = False
            if existing_origin in CURATED and origin not in CURATED:
                # A curated row outranks what news reports say: they add sources, not values.
                self._link(deal_id, source)
                self.add_evidence(
                    deal_id, deal.evidence, self.source_id(source) if source else None
                )
                return deal_id, created
            locked = set(json.loads(locked_fields or "[]"))
            changes = {k: v for k, v in row.items() if k not in locked and k != "origin"}
            changes["updated_at"] = datetime.now(UTC)
            direct = self.direct()
            if direct is not None:
                direct.update_by_id(t.deals, deal_id, changes)
            else:
                changes["_id"] = deal_id
                self.conn.execute(_UPDATE_DEAL, changes)
        self._replace_links(deal_id, deal, licensor_ids, licensee_ids, asset_ids, fresh=created)
        source_id = self._link(deal_id, source)
        self.add_evidence(deal_id, deal.evidence, source_id)
        return deal_id, created

    def _link(self, deal_id: int, source: Source | None) -> int | None:
        source_id = self.source_id(source) if source else None
        if source_id is not None:
            self.link_source(deal_id, source_id)
        return source_id

    def link_source(self, deal_id: int, source_id: int, *, known_new: bool = False) -> None:
        """Link a deal to a source once; `known_new` skips the check when the caller knows."""
        link = {"deal_id": deal_id, "source_id": source_id}
        if not known_new:
            self.flush(t.deal_sources)
            if self.conn.execute(_DEAL_SOURCE, link).first() is not None:
                return
        self.insert_rows(t.deal_sources, [link])

    def add_evidence(
        self,
        deal_id: int,
        items: Iterable[Evidence],
        source_id: int | None,
        *,
        known_new: bool = False,
    ) -> None:
        """Add evidence once per (source, field, span); `known_new` skips the look-up."""
        items = list(items)
        if not items:
            return
        if known_new:
            self.insert_rows(
                t.evidence,
                [
                    {
                        "deal_id": deal_id,
                        "source_id": source_id,
                        "field": ev.field,
                        "start": ev.start,
                        "end": ev.end,
                        "quote": ev.quote,
                    }
                    for ev in items
                ],
            )
            return
        self.flush(t.evidence)
        e = t.evidence.c
        have = {
            (r.field, r.start, r.end)
            for r in self.conn.execute(
                select(e.field, e.start, e.end).where(
                    and_(
                        e.deal_id == deal_id,
                        e.source_id.is_(None) if source_id is None else e.source_id == source_id,
                    )
                )
            )
        }
        new = [
            {
                "deal_id": deal_id,
                "source_id": source_id,
                "field": ev.field,
                "start": ev.start,
                "end": ev.end,
                "quote": ev.quote,
            }
            for ev in items
            if (ev.field, ev.start, ev.end) not in have
        ]
        self.insert_rows(t.evidence, new)

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: int | None,
        *,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
        note: str | None = None,
    ) -> None:
        """Append to the audit trail; values are stored as JSON text."""
        self.conn.execute(
            insert(t.audit).values(
                actor=self.actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                field=field,
                old=None if old is None else json.dumps(old, default=str, ensure_ascii=False),
                new=None if new is None else json.dumps(new, default=str, ensure_ascii=False),
                note=note,
            )
        )

    # -- helpers -------------------------------------------------------------------------

    def _replace_links(
        self,
        deal_id: int,
        deal: Deal,
        licensor_ids: list[int],
        licensee_ids: list[int],
        asset_ids: list[int],
        *,
        fresh: bool = False,
    ) -> None:
        if not fresh:
            self.flush(t.deal_parties, t.deal_assets)
            self.execute(_DELETE_PARTIES, {"deal_id": deal_id})
            self.execute(_DELETE_DEAL_ASSETS, {"deal_id": deal_id})
        parties = [
            {"deal_id": deal_id, "role": role, "position": i, "company_id": cid, "mention": c.name}
            for role, ids, comps in (
                ("licensor", licensor_ids, deal.licensors),
                ("licensee", licensee_ids, deal.licensees),
            )
            for i, (cid, c) in enumerate(zip(ids, comps, strict=True))
        ]
        self.insert_rows(t.deal_parties, parties)
        links = [
            {"deal_id": deal_id, "position": i, "asset_id": aid, "phase": a.phase}
            for i, (aid, a) in enumerate(zip(asset_ids, deal.assets, strict=True))
        ]
        self.insert_rows(t.deal_assets, links)

    def _deal_row(
        self, deal: Deal, licensor_ids: list[int], licensee_ids: list[int], origin: str
    ) -> dict[str, Any]:
        first = deal.assets[0] if deal.assets else None
        row: dict[str, Any] = {
            "announced": deal.announced,
            "deal_type": deal.deal_type,
            "territory": deal.territory,
            "territory_class": deal.territory_class,
            "licensor_id": licensor_ids[0] if licensor_ids else None,
            "licensee_id": licensee_ids[0] if licensee_ids else None,
            "licensor_country": deal.licensor.country if deal.licensor else None,
            "licensee_country": deal.licensee.country if deal.licensee else None,
            "modality": first.modality if first else None,
            "target": first.target if first else None,
            "area": first.area if first else None,
            "phase": first.phase if first else None,
            "total_stated": deal.total.stated if deal.total else None,
            "royalties": deal.royalties,
            "status": deal.status,
            "confidence": deal.confidence,
            "origin": origin,
            "search_text": search_text(deal),
        }
        for kind in PAYMENT_FIELDS:
            row.update(money_columns(kind, deal.payment(kind)))
        if row["licensor_country"] is None and row["licensor_id"] is not None:
            row["licensor_country"] = self._country(row["licensor_id"])
        if row["licensee_country"] is None and row["licensee_id"] is not None:
            row["licensee_country"] = self._country(row["licensee_id"])
        return row

    def _country(self, company_id: int) -> str | None:
        if company_id in self._countries:
            return self._countries[company_id]
        value = self.conn.execute(
            select(t.companies.c.country).where(t.companies.c.id == company_id)
        ).scalar()
        self._countries[company_id] = str(value) if value else None
        return str(value) if value else None


def new_id(result: CursorResult[Any]) -> int:
    """The primary key an INSERT just created."""
    key = result.inserted_primary_key
    assert key is not None, "INSERT returned no primary key"
    return int(key[0])


_MONEY_PARTS = ("amount", "currency", "usd", "fx_rate", "fx_date", "qualifier")
#: The six column names of each payment, built once (`money_columns` runs per deal and kind).
_MONEY_COLUMNS: dict[str, tuple[str, ...]] = {
    kind: tuple(f"{kind}_{part}" for part in _MONEY_PARTS) for kind in PAYMENT_FIELDS
}


def money_columns(kind: str, money: Money | None) -> dict[str, Any]:
    """The six `deals` columns that hold one payment."""
    names = _MONEY_COLUMNS.get(kind) or tuple(f"{kind}_{part}" for part in _MONEY_PARTS)
    if money is None:
        return dict.fromkeys(names)
    amount, currency, usd, fx_rate, fx_date, qualifier = names
    return {
        amount: float(money.amount),
        currency: money.currency,
        usd: float(money.usd) if money.usd is not None else None,
        fx_rate: float(money.fx_rate) if money.fx_rate is not None else None,
        fx_date: money.fx_date,
        qualifier: money.qualifier,
    }


def search_text(deal: Deal) -> str:
    """Lower-cased names, assets, target and territory: what `--q` searches."""
    words: list[str] = []
    for c in (*deal.licensors, *deal.licensees):
        words += c.names()
    for a in deal.assets:
        words += [*a.names(), a.target or ""]
    words += [deal.territory or "", deal.royalties or "", deal.deal_type]
    return " | ".join(w for w in words if w).casefold()


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
