"""The default merge stage: deals written straight through the store `Writer`, then triaged.

Docs: docs/ingestion.md#review. Until the resolver (`dealradar.resolve`) lands, reports of one
deal are joined only when their `deal_key` (date, parties, assets, type) matches; the Writer
dedupes companies by normalised name. When a second report of a deal states a different amount
than the first, the disagreement is recorded in `deal_conflicts` and the deal goes to review,
as does any deal the extractor was not sure of. The resolver can reuse `triage` after its own
merge so the review queue keeps one meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, insert, select

from dealradar.model import PAYMENT_FIELDS, Deal, Document, Money
from dealradar.store import review
from dealradar.store import tables as t
from dealradar.store.writes import Writer, deal_key

#: Terms compared between reports of one deal; amounts within 1% agree (rounding in prose).
COMPARED = (
    "deal_type",
    *(f"{k}_amount" for k in PAYMENT_FIELDS),
    *(f"{k}_currency" for k in PAYMENT_FIELDS),
)
TOLERANCE = 0.01


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What the merge stage did with one document's deals."""

    written: int = 0
    created: int = 0
    flagged: int = 0


#: The resolve/merge stage: store the deals read from one document, inside the batch's
#: transaction (`writer.conn`), and say what it did. The resolver plugs in here.
Merge = Callable[[Writer, Document, Sequence[Deal]], MergeReport]


@dataclass(frozen=True, slots=True)
class ReviewPolicy:
    """When a deal needs a human: below `min_confidence`, or when sources disagree."""

    min_confidence: float = 0.6
    flag_conflicts: bool = True


def write_through(policy: ReviewPolicy | None = None) -> Merge:
    """The default merge stage (see the module docstring), configured by `policy`."""
    rules = policy or ReviewPolicy()

    def merge(writer: Writer, doc: Document, deals: Sequence[Deal]) -> MergeReport:
        source = doc.source()
        written = created = flagged = 0
        for deal in deals:
            key = deal_key(deal)
            before = current_row(writer.conn, key)
            if before is not None:
                deal = keep_known_terms(deal, before)
            deal_id, is_new = writer.upsert_deal(deal, origin="ingest", key=key, source=source)
            conflicts = [] if before is None else disagreements(before, writer.conn, deal_id)
            if conflicts and rules.flag_conflicts:
                record_conflicts(writer, deal_id, conflicts, source=source.content_hash)
            written += 1
            created += is_new
            flagged += triage(
                writer.conn, deal_id, deal, before, conflicts if rules.flag_conflicts else [], rules
            )
        return MergeReport(written, created, flagged)

    return merge


def review_reasons(
    confidence: float, conflicting_fields: Sequence[str], policy: ReviewPolicy
) -> list[str]:
    """Why a deal needs a human, in the words the review queue shows; empty when it does not."""
    reasons = []
    if confidence < policy.min_confidence:
        reasons.append(f"low confidence ({confidence:.2f})")
    if conflicting_fields and policy.flag_conflicts:
        reasons.append("sources disagree on " + ", ".join(sorted(set(conflicting_fields))))
    return reasons


def triage(
    conn: Connection,
    deal_id: int,
    deal: Deal,
    before: dict[str, Any] | None,
    conflicts: Sequence[tuple[str, Any, Any]],
    policy: ReviewPolicy,
) -> bool:
    """Flag the deal for review when it needs a human; keep it flagged when it already was.

    A later report resets the row's status to the extractor's, so a deal already in the queue
    is put back there (with its earlier reasons) rather than silently dropping out of it.
    """
    reasons = review_reasons(deal.confidence, [f for f, _, _ in conflicts], policy)
    if not reasons and before is not None and before["status"] == "review":
        reasons = [r for r in (before["review_reason"] or "flagged earlier").split("; ") if r]
    return bool(reasons) and review.flag(conn, deal_id, reasons)


def disagreements(
    before: dict[str, Any], conn: Connection, deal_id: int
) -> list[tuple[str, Any, Any]]:
    """(field, kept, other) for each compared term two reports state differently."""
    after = _current_by_id(conn, deal_id)
    out: list[tuple[str, Any, Any]] = []
    for col in COMPARED:
        old, new = before.get(col), after.get(col)
        if old is None or new is None or old == new:
            continue
        close = isinstance(old, float) and isinstance(new, float)
        if close and abs(old - new) <= TOLERANCE * max(abs(old), abs(new)):
            continue
        out.append((col.removesuffix("_amount").removesuffix("_currency"), new, old))
    return out


def record_conflicts(
    writer: Writer, deal_id: int, conflicts: Sequence[tuple[str, Any, Any]], *, source: str | None
) -> None:
    source_id = None
    if source:
        source_id = writer.conn.execute(
            select(t.sources.c.id).where(t.sources.c.content_hash == source)
        ).scalar()
    writer.conn.execute(
        insert(t.deal_conflicts),
        [
            {
                "deal_id": deal_id,
                "field": f,
                "kept": str(kept),
                "other": str(other),
                "source_id": source_id,
            }
            for f, kept, other in conflicts
        ],
    )


_MONEY = ("amount", "currency", "usd", "fx_rate", "fx_date", "qualifier")
_COLUMNS = (
    "id",
    "status",
    "review_reason",
    "deal_type",
    "territory",
    "territory_class",
    "royalties",
    "total_stated",
    *(f"{k}_{c}" for k in PAYMENT_FIELDS for c in _MONEY),
)


def keep_known_terms(deal: Deal, before: dict[str, Any]) -> Deal:
    """`deal` with the terms it does not state taken from the stored row.

    The Writer replaces a row with the latest report; a brief mention of a deal ("the $1.1bn
    Glenmark deal") must not erase the terms the announcement gave.
    """
    changes: dict[str, Any] = {}
    for kind in PAYMENT_FIELDS:
        stored = money_from_row(before, kind)
        if deal.payment(kind) is None and stored is not None:
            changes[kind] = stored
    if deal.territory is None and before.get("territory"):
        changes["territory"] = before["territory"]
        changes["territory_class"] = before.get("territory_class") or deal.territory_class
    if deal.royalties is None and before.get("royalties"):
        changes["royalties"] = before["royalties"]
    return replace(deal, **changes) if changes else deal


def money_from_row(row: dict[str, Any], kind: str) -> Money | None:
    """One payment of a stored `deals` row (as `current_row` returns it) as Money."""
    amount = row.get(f"{kind}_amount")
    if amount is None:
        return None
    usd, rate = row.get(f"{kind}_usd"), row.get(f"{kind}_fx_rate")
    return Money(
        Decimal(str(amount)),
        row.get(f"{kind}_currency") or "USD",
        stated=bool(row.get("total_stated", True)) if kind == "total" else True,
        qualifier=row.get(f"{kind}_qualifier"),
        usd=Decimal(str(usd)) if usd is not None else None,
        fx_rate=Decimal(str(rate)) if rate is not None else None,
        fx_date=row.get(f"{kind}_fx_date"),
    )


def current_row(conn: Connection, key: str) -> dict[str, Any] | None:
    cols = [t.deals.c[c] for c in _COLUMNS]
    row = conn.execute(select(*cols).where(t.deals.c.key == key)).first()
    return dict(row._mapping) if row is not None else None


def _current_by_id(conn: Connection, deal_id: int) -> dict[str, Any]:
    cols = [t.deals.c[c] for c in _COLUMNS]
    row = conn.execute(select(*cols).where(t.deals.c.id == deal_id)).first()
    return dict(row._mapping) if row is not None else {}
