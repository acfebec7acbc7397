"""The review queue: deals a human should look at, and what the human decided.

Docs: docs/ingestion.md#review. Ingestion flags a deal (`status = 'review'`) when the extractor
was unsure of it or when two sources disagree on a term. A reviewer accepts, edits or rejects
it. Every decision is appended to `audit`, and what a human set is added to the deal's
`locked_fields`, which `Writer.upsert_deal` never overwrites: a later re-extraction of the same
article cannot undo a correction or resurrect a rejected deal.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import aliased

from dealradar.errors import NotFoundError, ValidationError
from dealradar.model.deal import PAYMENT_FIELDS
from dealradar.model.vocab import AREAS, DEAL_TYPES, MODALITIES, PHASES, TERRITORY_CLASSES
from dealradar.store import tables as t
from dealradar.store.writes import Writer

#: Text fields a reviewer may set, with the vocabulary each must come from (None = free text).
TEXT_FIELDS: dict[str, tuple[str, ...] | None] = {
    "deal_type": DEAL_TYPES,
    "territory": None,
    "territory_class": TERRITORY_CLASSES,
    "royalties": None,
    "modality": MODALITIES,
    "target": None,
    "area": AREAS,
    "phase": PHASES,
    "licensor_country": None,
    "licensee_country": None,
}
EDITABLE = (*TEXT_FIELDS, "announced", *PAYMENT_FIELDS)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One deal in the queue, with what a reviewer needs to decide at a glance."""

    id: int
    status: str
    licensor: str | None
    licensee: str | None
    deal_type: str
    announced: date | None
    upfront_usd: float | None
    total_usd: float | None
    confidence: float
    reason: str | None
    locked: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "licensor": self.licensor,
            "licensee": self.licensee,
            "deal_type": self.deal_type,
            "announced": self.announced.isoformat() if self.announced else None,
            "upfront_usd": self.upfront_usd,
            "total_usd": self.total_usd,
            "confidence": self.confidence,
            "reason": self.reason,
            "locked": list(self.locked),
        }


def list_review(conn: Connection, *, status: str = "review", limit: int = 100) -> list[ReviewItem]:
    """Deals in `status` (the queue by default), least confident first."""
    d = t.deals.c
    lor, lee = aliased(t.companies), aliased(t.companies)
    rows = conn.execute(
        select(
            d.id,
            d.status,
            lor.c.name.label("licensor"),
            lee.c.name.label("licensee"),
            d.deal_type,
            d.announced,
            d.upfront_usd,
            d.total_usd,
            d.confidence,
            d.review_reason,
            d.locked_fields,
        )
        .outerjoin(lor, lor.c.id == d.licensor_id)
        .outerjoin(lee, lee.c.id == d.licensee_id)
        .where(d.status == status)
        .order_by(d.confidence, d.id)
        .limit(limit)
    )
    return [
        ReviewItem(
            int(r.id),
            r.status,
            r.licensor,
            r.licensee,
            r.deal_type,
            r.announced,
            r.upfront_usd,
            r.total_usd,
            float(r.confidence),
            r.review_reason,
            tuple(json.loads(r.locked_fields or "[]")),
        )
        for r in rows
    ]


def review_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).where(t.deals.c.status == "review")).scalar() or 0)


def flag(conn: Connection, deal_id: int, reasons: Sequence[str], *, actor: str = "ingest") -> bool:
    """Put a deal in the queue for `reasons`. A deal a human decided on stays decided.

    Returns True when the deal is (now) in the queue.
    """
    row = _deal(conn, deal_id)
    if "status" in _locked(row) or not reasons:
        return False
    old = row.review_reason
    known = [r for r in (old or "").split("; ") if r]
    merged = "; ".join(dict.fromkeys([*known, *reasons]))
    if row.status == "review" and merged == old:
        return True
    conn.execute(
        update(t.deals).where(t.deals.c.id == deal_id).values(status="review", review_reason=merged)
    )
    Writer(conn, actor=actor).audit(
        "flag", "deal", deal_id, field="status", old=row.status, new="review", note=merged
    )
    return True


def accept(conn: Connection, deal_id: int, *, actor: str, note: str | None = None) -> None:
    """Accept a deal as it stands; later extractions cannot change its status."""
    _decide(conn, deal_id, "accepted", actor=actor, note=note)


def reject(conn: Connection, deal_id: int, *, actor: str, note: str | None = None) -> None:
    """Reject a deal (not a deal, or wrong); it stays rejected when re-extracted."""
    _decide(conn, deal_id, "rejected", actor=actor, note=note)


def edit(
    conn: Connection, deal_id: int, field: str, value: str, *, actor: str, note: str | None = None
) -> dict[str, Any]:
    """Set one field of a deal by hand and lock it against re-extraction.

    `field` is one of `EDITABLE`. Payments take "AMOUNT [CURRENCY]" (`18000000 USD`, default
    USD) or "" to clear. Returns the columns written.

    Raises:
        NotFoundError: no deal has this id.
        ValidationError: unknown field or a value outside its vocabulary.
    """
    row = _deal(conn, deal_id)
    values = parse_edit(field, value)
    old = {col: getattr(row, col) for col in values}
    conn.execute(update(t.deals).where(t.deals.c.id == deal_id).values(**values))
    locked = _locked(row)
    locked += [c for c in values if c not in locked]
    conn.execute(
        update(t.deals)
        .where(t.deals.c.id == deal_id)
        .values(locked_fields=json.dumps(locked), updated_at=func.now())
    )
    Writer(conn, actor=actor).audit(
        "edit", "deal", deal_id, field=field, old=old, new=values, note=note
    )
    return values


def parse_edit(field: str, value: str) -> dict[str, Any]:
    """The `deals` columns a reviewer's `field=value` sets, validated."""
    text = value.strip()
    if field in PAYMENT_FIELDS:
        cols = ("amount", "currency", "usd", "fx_rate", "fx_date", "qualifier")
        if not text:
            return {f"{field}_{c}": None for c in cols}
        parts = text.split()
        try:
            amount = float(parts[0].replace(",", ""))
        except ValueError as exc:
            raise ValidationError(
                f"{field}: {parts[0]!r} is not an amount; write e.g. '18000000 USD'"
            ) from exc
        currency = parts[1].upper() if len(parts) > 1 else "USD"
        if len(currency) != 3 or not currency.isalpha():
            raise ValidationError(f"{field}: {currency!r} is not an ISO 4217 currency code")
        usd = amount if currency == "USD" else None
        rate = 1.0 if currency == "USD" else None
        return {
            f"{field}_amount": amount,
            f"{field}_currency": currency,
            f"{field}_usd": usd,
            f"{field}_fx_rate": rate,
            f"{field}_fx_date": None,
            f"{field}_qualifier": None,
        }
    if field == "announced":
        if not text:
            return {"announced": None}
        try:
            return {"announced": date.fromisoformat(text)}
        except ValueError as exc:
            raise ValidationError(f"announced: {text!r} is not a date; use YYYY-MM-DD") from exc
    if field not in TEXT_FIELDS:
        raise ValidationError(f"cannot edit {field!r}; editable fields: {', '.join(EDITABLE)}")
    vocab = TEXT_FIELDS[field]
    if vocab is not None and text and text not in vocab:
        raise ValidationError(f"{field}: {text!r} is not one of {', '.join(vocab)}")
    if field.endswith("_country") and text:
        text = text.upper()
    return {field: text or None}


def _decide(conn: Connection, deal_id: int, status: str, *, actor: str, note: str | None) -> None:
    row = _deal(conn, deal_id)
    locked = _locked(row)
    if "status" not in locked:
        locked.append("status")
    conn.execute(
        update(t.deals)
        .where(t.deals.c.id == deal_id)
        .values(status=status, locked_fields=json.dumps(locked), updated_at=func.now())
    )
    action = "accept" if status == "accepted" else "reject"
    Writer(conn, actor=actor).audit(
        action, "deal", deal_id, field="status", old=row.status, new=status, note=note
    )


def _deal(conn: Connection, deal_id: int) -> Any:
    row = conn.execute(select(t.deals).where(t.deals.c.id == deal_id)).first()
    if row is None:
        raise NotFoundError(f"no deal with id {deal_id}; `dealradar review list` shows the queue")
    return row


def _locked(row: Any) -> list[str]:
    return list(json.loads(row.locked_fields or "[]"))
