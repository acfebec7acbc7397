"""The resolving merge stage: reports of one deal, in any language or order, become one deal.

Docs: docs/ingestion.md#merge. Every deal a document reports is stored as a *report* (table
`reports`, the lossless extraction). Parties are resolved through the company registry, so
诺诚健华, "Nuocheng Jianhua" and InnoCare are one company. Then every stored deal that could be
the same deal (same licensor and licensee, or one side unnamed) is recomputed from all its
reports with the resolver's order-independent `merge_deals`, so the stored deals are the same
whatever order the articles arrived in. Reference and imported rows take part as reports of
their own; rows a human accepted or rejected keep that status, and locked fields keep their
value (the Writer sees to that).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    delete,
    literal_column,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.sql.elements import BindParameter

from dealradar.ingest.merge import Merge, MergeReport, ReviewPolicy, review_reasons
from dealradar.model import Deal, Document
from dealradar.model.record import deal_from_record, deal_to_record
from dealradar.resolve.combine import MergedDeal, distinct_key, fingerprint, merge_cluster
from dealradar.resolve.match import with_company_ids
from dealradar.resolve.merge import ClusterMemo, cluster_reports
from dealradar.resolve.registry import Registry
from dealradar.store import review
from dealradar.store import tables as t
from dealradar.store.queries import get_deal
from dealradar.store.registry import apply_changes, load_registry, registry_token, sync_seed
from dealradar.store.writes import Writer

#: Statuses a recomputation must not undo: a human's decision, or a curated reference row.
KEPT_STATUSES = ("accepted", "rejected")

_KEY_AND_STATUS = select(t.deals.c.key, t.deals.c.status).where(t.deals.c.id == bindparam("row_id"))
_CLEAR_DERIVED = (
    delete(t.deal_sources).where(t.deal_sources.c.deal_id == bindparam("row_id")),
    delete(t.evidence).where(t.evidence.c.deal_id == bindparam("row_id")),
    delete(t.deal_conflicts).where(
        t.deal_conflicts.c.deal_id == bindparam("row_id"), t.deal_conflicts.c.resolved.is_(False)
    ),
)
#: Party rows of deals, with which sides each deal names at all.
_PARTY_ROWS = select(
    t.deal_parties.c.deal_id,
    t.deal_parties.c.role,
    t.deal_parties.c.company_id,
    t.deals.c.licensor_id.is_not(None),
    t.deals.c.licensee_id.is_not(None),
).join(t.deals, t.deals.c.id == t.deal_parties.c.deal_id)
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
#: Those of every deal naming one of some companies, on either side.
_PARTIES_OF = _PARTY_ROWS.where(t.deal_parties.c.company_id.in_(_IDS))
#: Those of every deal naming one of some companies on one side: for a report naming that side
#: only, those deals are the candidates (`could_be` in `_neighbours`). The deals naming them on
#: the other side only are not read: a buyer's many in-licensing deals are no candidates for a
#: report naming it as licensor. (The role is a literal: `Writer.select_in` binds one list.)
_ROLE_PARTIES_OF = {
    role: _PARTIES_OF.where(t.deal_parties.c.role == literal_column(f"'{role}'"))
    for role in ("licensor", "licensee")
}
#: Those of the deals that could match reports naming both sides: a pair of the companies, one
#: of them with the other side unnamed, or a co-party among them (the other deals of
#: `_PARTIES_OF` are the ones `_neighbours` rejects). Each is an index seek (migration 0006),
#: so the cost does not grow with the companies' other deals, as reading all of them did.
_PAIRED_PARTIES_OF = _PARTY_ROWS.where(
    t.deal_parties.c.deal_id.in_(
        union_all(
            select(t.deals.c.id).where(
                or_(
                    and_(t.deals.c.licensor_id.in_(_IDS), t.deals.c.licensee_id.in_(_IDS)),
                    and_(t.deals.c.licensor_id.in_(_IDS), t.deals.c.licensee_id.is_(None)),
                    and_(t.deals.c.licensee_id.in_(_IDS), t.deals.c.licensor_id.is_(None)),
                )
            ),
            select(t.deal_parties.c.deal_id).where(
                t.deal_parties.c.company_id.in_(_IDS),
                t.deal_parties.c.position > literal_column("0"),
            ),
        )
    )
)
_REPORTS_OF = (
    select(t.reports.c.id, t.reports.c.deal_id, t.reports.c.fingerprint, t.reports.c.body)
    .where(t.reports.c.deal_id.in_(bindparam("ids", expanding=True)))
    .order_by(t.reports.c.id)
)
#: Moves one report to the deal it now belongs to.
_MOVE_REPORT = (
    update(t.reports)
    .where(t.reports.c.id == bindparam("report_id"))
    .values(deal_id=bindparam("to_deal"))
)
_CLEAR_REASON = (
    update(t.deals).where(t.deals.c.id == bindparam("row_id")).values(review_reason=None)
)
#: The rows holding some keys: built once, so a recomputation does not compile it again.
_HOLDERS_OF = select(t.deals.c.key, t.deals.c.id).where(
    t.deals.c.key.in_(bindparam("keys", expanding=True))
)


#: Parsed stored reports a run keeps from one transaction to the next (`_RunCaches`).
PARSED_LIMIT = 10_000
#: Interned reports the run's `ClusterMemo` may hold before it starts again.
MEMO_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Member:
    """One report in a recomputation: its row (None for a reference row's own content) and
    its `fingerprint`, computed once per report."""

    report_id: int | None
    deal_id: int | None
    deal: Deal
    fp: str


def _member(report_id: int | None, deal_id: int | None, deal: Deal) -> Member:
    return Member(report_id, deal_id, deal, fingerprint(deal))


class _RunRegistry:
    """The registry a run resolves against, carried from one transaction to the next.

    Loading it is a read of every company and alias, so it is loaded once and then brought up
    to date with what each transaction's Writer recorded (`apply_changes`) when that
    transaction finishes. A transaction still resolves against the registry as it stood at its
    start, as a fresh load would. Whenever the store's `registry_token` differs from the one
    seen at the last finish (a rolled-back batch, a user's correction, another writer), the
    registry is seeded and loaded again.
    """

    def __init__(self) -> None:
        self.registry: Registry | None = None
        self.token: tuple[Any, ...] | None = None

    def open(self, writer: Writer) -> Registry:
        conn = writer.conn
        writer.flush()
        kept = self.registry
        if kept is None or self._token(conn) != self.token:
            if sync_seed(conn):
                writer.reload_names()  # the seed's aliases went in around the Writer
            kept = load_registry(conn)
        self.registry = None  # valid again only once this transaction has finished
        start = len(writer.registry_changes)

        def finish() -> None:
            apply_changes(kept, writer.registry_changes[start:])
            self.registry, self.token = kept, self._token(conn)

        writer.at_finish(finish)
        return kept

    @staticmethod
    def _token(conn: Connection) -> tuple[Any, ...]:
        """The store's registry token, and which store: a stage may serve more than one."""
        return (conn.engine.url.render_as_string(), *registry_token(conn))


class _RunCaches:
    """What the merge keeps from one transaction to the next: each stored report parsed, and
    the clustering memo.

    A hub company's reports come back whenever a later document names it, in this
    transaction or a later one, and parsing and fingerprinting them, then comparing them pair
    by pair, cost more than reading them. A report's body never changes, so a parsed report
    is reused when its row still holds the body it was parsed from (the `fingerprint` column,
    a hash of the body, says so: a row id a rolled-back transaction gave out may come back
    with another body). The memo is renewed per transaction (`ClusterMemo.renew`): it forgets
    resolution, which the registry's changes may alter, and keeps the comparisons, which they
    cannot. Both are bounded: the parsed reports least recently read go first.
    """

    def __init__(self) -> None:
        self.parsed: dict[int, tuple[str, Deal, str]] = {}
        self.memo = ClusterMemo()

    def open(self, writer: Writer) -> None:
        """Hand this run's caches to a transaction's Writer (`_neighbours`, `_recompute`)."""
        self.memo.renew(MEMO_LIMIT)
        writer.cache["reports"] = self.parsed
        writer.cache["clusters"] = self.memo


def resolve_and_merge(policy: ReviewPolicy | None = None) -> Merge:
    """A `Merge` stage for the pipeline (see the module docstring)."""
    rules = policy or ReviewPolicy()
    run = _RunRegistry()
    caches = _RunCaches()

    def merge(writer: Writer, doc: Document, deals: Sequence[Deal]) -> MergeReport:
        reg = writer.cache.get("registry")
        if reg is None:  # once per transaction: a rolled-back batch takes its companies along
            reg = writer.cache["registry"] = run.open(writer)
            caches.open(writer)
        source = doc.source()
        source_id = writer.source_id(source)
        reports = [with_company_ids(reg, replace(d, sources=(source,))) for d in deals]
        new = [_member(None, None, r) for r in reports]
        members = _neighbours(writer, reports) + new
        created, flagged, placed = _recompute(writer, members, reg, rules)
        rows = [_report_row(source_id, m.deal, placed[id(m)]) for m in new]
        writer.insert_rows(t.reports, rows)
        return MergeReport(len(reports), created, flagged)

    return merge


def _report_row(source_id: int, deal: Deal, deal_id: int) -> dict[str, object]:
    body = json.dumps(deal_to_record(deal), ensure_ascii=False, sort_keys=True)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return {"source_id": source_id, "deal_id": deal_id, "fingerprint": digest, "body": body}


def _ids(writer: Writer, deal: Deal, role: str) -> list[int]:
    companies = deal.licensors if role == "licensor" else deal.licensees
    found = [c.id if c.id is not None else writer.find_company(c) for c in companies]
    return [i for i in found if i is not None]


def _neighbours(writer: Writer, reports: Sequence[Deal]) -> list[Member]:
    """Reports of every stored deal that one of `reports` could be part of: a deal sharing the
    licensor and the licensee (or leaving that side unnamed), or the one side a report names."""
    wanted = [(set(_ids(writer, r, "licensor")), set(_ids(writer, r, "licensee"))) for r in reports]
    wanted = [(lor, lee) for lor, lee in wanted if lor or lee]
    if not wanted:
        return []
    conn = writer.conn
    named: set[int] = set().union(*(lor | lee for lor, lee in wanted))
    roles: dict[int, dict[str, set[int]]] = {}
    sides: dict[int, tuple[bool, bool]] = {}
    writer.flush(t.deal_parties)
    for deal_id, role, company_id, has_lor, has_lee in _party_rows(writer, wanted):
        if company_id not in named:  # a paired deal's other parties: not looked for
            continue
        roles.setdefault(deal_id, {"licensor": set(), "licensee": set()})[role].add(company_id)
        sides[deal_id] = (bool(has_lor), bool(has_lee))
    if not roles:
        return []

    def could_be(deal_id: int, lor: set[int], lee: set[int]) -> bool:
        has_lor, has_lee = sides.get(deal_id, (True, True))
        match_lor = bool(roles[deal_id]["licensor"] & lor)
        match_lee = bool(roles[deal_id]["licensee"] & lee)
        if lor and lee:
            return (match_lor or not has_lor) and (match_lee or not has_lee)
        return match_lor if lor else match_lee

    deal_ids = sorted(d for d in roles if any(could_be(d, lor, lee) for lor, lee in wanted))
    # Parsed reports (by row, with the hash of the body parsed: see `_RunCaches`) and
    # reference rows (per transaction: a row's content is rebuilt by _write): neighbourhoods
    # overlap from one document to the next.
    parsed: dict[int, tuple[str, Deal, str]] = writer.cache.setdefault("reports", {})
    curated: dict[int, tuple[Deal, str]] = writer.cache.setdefault("curated", {})
    members: list[Member] = []
    with_reports: set[int] = set()
    if deal_ids:
        writer.flush(t.reports)
    for start in range(0, len(deal_ids), 500):
        chunk = deal_ids[start : start + 500]
        for report_id, deal_id, digest, body in writer.select_in(_REPORTS_OF, "ids", chunk):
            known = parsed.pop(report_id, None)  # put back last: the least recent go first
            if known is None or known[0] != digest:
                deal = deal_from_record(json.loads(body))
                known = (digest, deal, fingerprint(deal))
            parsed[report_id] = known
            members.append(Member(report_id, deal_id, known[1], known[2]))
            with_reports.add(deal_id)
    if len(parsed) > PARSED_LIMIT:
        for report_id in list(islice(parsed, len(parsed) - PARSED_LIMIT)):
            del parsed[report_id]
    for deal_id in deal_ids:
        if deal_id not in with_reports:  # a reference or imported row: its content is a report
            row = curated.get(deal_id)
            if row is None:
                writer.flush()
                stored = replace(get_deal(conn, deal_id), id=None, notes={})
                row = curated[deal_id] = (stored, fingerprint(stored))
            members.append(Member(None, deal_id, *row))
    return members


def _party_rows(writer: Writer, wanted: list[tuple[set[int], set[int]]]) -> list[Any]:
    """The `_PARTY_ROWS` `_neighbours` judges its candidates by, for reports naming the
    companies of `wanted` (licensors, licensees) per report.

    A report naming both sides needs the deals `_PAIRED_PARTIES_OF` seeks (with every party row
    of each); one naming one side needs the deals naming it on that side (`_ROLE_PARTIES_OF`,
    with those rows). Reading every deal of every company named (`_PARTIES_OF`) finds the same
    candidates: a deal these queries leave out is one `could_be` rejects for every report, and
    a deal found by a side's query alone has the rows a one-sided report's test reads, while no
    report naming both sides could accept it with more rows (it would be a paired candidate,
    found with all of them). A deal's rows may come twice; `_neighbours` collects them in sets.
    """
    paired = sorted({i for lor, lee in wanted if lor and lee for i in lor | lee})
    one_side = {
        "licensor": sorted({i for lor, lee in wanted if not lee for i in lor}),
        "licensee": sorted({i for lor, lee in wanted if not lor for i in lee}),
    }
    rows: list[Any] = []
    if paired:
        rows += writer.select_in(_PAIRED_PARTIES_OF, "ids", paired)
    for role, ids in one_side.items():
        if ids:
            rows += writer.select_in(_ROLE_PARTIES_OF[role], "ids", ids)
    return rows


def _recompute(
    writer: Writer, members: list[Member], registry: Registry, rules: ReviewPolicy
) -> tuple[int, int, dict[int, int]]:
    """Merge `members` and write each merged deal into the row holding most of its reports.

    Returns the deals created, the deals flagged, and for each member not yet stored (by
    `id()`) the deal it now belongs to.
    """
    conn = writer.conn
    by_fp: dict[str, list[Member]] = {}
    unique: dict[str, Deal] = {}  # one report per fingerprint, the last one, as merge_deals
    for m in members:
        by_fp.setdefault(m.fp, []).append(m)
        unique[m.fp] = m.deal
    old_rows = {m.deal_id for m in members if m.deal_id is not None}
    size = Counter(m.deal_id for m in members if m.deal_id is not None)
    claimed: set[int] = set()
    changed: list[tuple[MergedDeal, list[Member]]] = []
    # Renewed per transaction: the registry a transaction resolves against does not change
    # within it.
    memo = writer.cache.get("clusters")
    if memo is None:  # a Writer the run's caches were not handed to (`_RunCaches.open`)
        memo = writer.cache["clusters"] = ClusterMemo()
    for cluster in cluster_reports(unique, registry, memo=memo):
        group = [m for r in cluster for m in by_fp[r.fp]]
        rows = {m.deal_id for m in group}
        if len(rows) == 1 and (row := rows.pop()) is not None and size[row] == len(group):
            claimed.add(row)  # exactly the reports it already had: nothing to merge or rewrite
            continue
        changed.append((merge_cluster(cluster, registry), group))
    # stable: as merge_deals orders its output
    changed.sort(key=lambda merged: (merged[0].key, min(m.fp for m in merged[1])))
    # Each deal goes into the stored row holding most of its reports that no deal before it
    # took; a deal left without one (new reports only, or rows all taken) is written by key.
    planned: list[tuple[MergedDeal, list[Member], int | None]] = []
    for result, group in changed:
        votes = Counter(
            m.deal_id for m in group if m.deal_id is not None and m.deal_id not in claimed
        )
        row = min(votes, key=lambda i: (-votes[i], i)) if votes else None
        if row is not None:
            claimed.add(row)
        planned.append((result, group, row))
    planned = _distinct_keys(writer, planned, old_rows)
    writer.prefetch_deal_keys(result.key for result, _, row in planned if row is None)
    placed: dict[int, int] = {}
    created = flagged = 0
    for result, group, row in planned:
        # (a deal written by key never lands on a row of this recomputation: `_distinct_keys`)
        deal_id, is_new, was_flagged = _write(writer, result, row, rules)
        created += is_new
        flagged += was_flagged
        placed.update((id(m), deal_id) for m in group if m.report_id is None)
        for report_id in sorted({m.report_id for m in group if m.report_id is not None}):
            writer.execute(_MOVE_REPORT, {"report_id": report_id, "to_deal": deal_id})
    orphans = sorted(old_rows - claimed)
    if orphans:
        writer.flush()  # the deleted rows' links cascade: they must be in the table first
        conn.execute(delete(t.deals).where(t.deals.c.id.in_(orphans), t.deals.c.origin == "ingest"))
    return created, flagged, placed


def _distinct_keys(
    writer: Writer, planned: list[tuple[MergedDeal, list[Member], int | None]], rows: set[int]
) -> list[tuple[MergedDeal, list[Member], int | None]]:
    """`planned` where no deal written by key (no row of its own) shares its key with another
    such deal or with a stored row of this recomputation: written by key, it would overwrite
    that row (see `distinct_key`). A split deal's parts are such deals: the row keeps the key
    its first report gave it, which a part left without a row may compute again. Deals
    written into a row keep that row's key, so theirs is not looked at."""
    fresh = [result.key for result, _, row in planned if row is None]
    if not fresh:
        return planned
    taken = _TakenKeys(writer, rows, fresh)
    if len(set(fresh)) == len(fresh) and not any(k in taken for k in fresh):
        return planned
    out = []
    for result, group, row in planned:
        if row is None:
            result = distinct_key(result, taken)
            taken.add(result.key)
        out.append((result, group, row))
    return out


class _TakenKeys:
    """The keys of some deal rows (`rows`), and those added: a container `distinct_key` asks.

    Why not read the rows' keys: a recomputation of a hub company's deals has hundreds of
    rows, and only the few keys asked about matter. Keys are unique, so a key is a row's
    exactly when the row holding it is one of `rows`; the keys asked are looked up by index
    (the deals written by key, at once, then any key `distinct_key` derives, one by one).
    """

    def __init__(self, writer: Writer, rows: set[int], keys: list[str]) -> None:
        self.writer, self.rows = writer, rows
        self.held: dict[str, bool] = {}  # key → whether one of `rows` holds it
        self.added: set[str] = set()
        self._look_up(keys)

    def _look_up(self, keys: list[str]) -> None:
        wanted = sorted({k for k in keys if k not in self.held})
        for start in range(0, len(wanted) if self.rows else 0, 500):  # no rows: none is theirs
            chunk = wanted[start : start + 500]
            for key, deal_id in self.writer.select_in(_HOLDERS_OF, "keys", chunk):
                self.held[key] = deal_id in self.rows
        for key in wanted:
            self.held.setdefault(key, False)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if key in self.added:
            return True
        if key not in self.held:
            self._look_up([key])
        return self.held[key]

    def add(self, key: str) -> None:
        self.added.add(key)


def _write(
    writer: Writer, result: MergedDeal, row: int | None, rules: ReviewPolicy
) -> tuple[int, bool, bool]:
    conn = writer.conn
    key, status = result.key, None
    if row is not None:
        ((key, status),) = writer.execute(_KEY_AND_STATUS, {"row_id": row})
        writer.flush(t.deal_sources, t.evidence, t.deal_conflicts)
        writer.cache.get("curated", {}).pop(row, None)  # its sources and evidence change
        for stmt in _CLEAR_DERIVED:  # links, evidence and open conflicts are rebuilt below
            writer.execute(stmt, {"row_id": row})
    deal = result.deal
    deal = replace(deal, status=status if status in KEPT_STATUSES else "reported", evidence=())
    deal_id, is_new = writer.upsert_deal(deal, origin="ingest", key=key)
    source_ids = {s.uri: writer.source_id(s) for s in result.deal.sources}
    for uri, source_id in source_ids.items():  # links and evidence were cleared above
        writer.link_source(deal_id, source_id, known_new=True)
        items = [e for e in result.deal.evidence if e.source == uri]
        writer.add_evidence(deal_id, items, source_id, known_new=True)
    writer.insert_rows(
        t.deal_conflicts,
        [
            {
                "deal_id": deal_id,
                "field": c.field,
                "kept": c.kept,
                "other": c.other,
                "source_id": source_ids.get(c.source or ""),
            }
            for c in result.conflicts
        ],
    )
    if row is not None and status not in KEPT_STATUSES:  # reasons are recomputed, not piled up
        writer.execute(_CLEAR_REASON, {"row_id": deal_id})
    reasons = review_reasons(result.deal.confidence, [c.field for c in result.conflicts], rules)
    flagged = bool(reasons) and status not in KEPT_STATUSES and review.flag(conn, deal_id, reasons)
    return deal_id, is_new, flagged
