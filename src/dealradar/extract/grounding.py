"""Grounding: the span ↔ quote contract between extracted fields and the source text.

Every field read from the text carries Evidence whose `text[start:end] == quote`. This module
checks that invariant (`assert_grounded`, used across the test suite), finds where a quoted
value occurs (`locate`, for backends that return values without offsets) and drops values a
backend cannot point to (`ground_value`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dealradar.model import Deal, Evidence


class GroundingError(AssertionError):
    """An evidence span that does not cover its quote."""


def _parties(deal: Deal) -> str:
    lic, lee = deal.licensor, deal.licensee
    return f"{lic.name if lic else '?'} → {lee.name if lee else '?'}"


def ungrounded(deal: Deal, text: str) -> list[Evidence]:
    """The evidence of `deal` whose span does not hold its quote in `text`."""
    return [e for e in deal.evidence if not e.grounded_in(text)]


def assert_grounded(deals: Iterable[Deal], text: str) -> None:
    """Fail unless every evidence span of every deal covers its quote in `text`, every
    payment has evidence (a derived total: its parts'), and every named party has evidence.

    Raises:
        GroundingError: naming the deal, field and span that break the contract.
    """
    for deal in deals:
        for ev in ungrounded(deal, text):
            raise GroundingError(
                f"{_parties(deal)}: {ev.field} span "
                f"[{ev.start}, {ev.end}) is {text[ev.start : ev.end]!r}, quote is {ev.quote!r}"
            )
        for kind in ("upfront", "near_term", "milestones", "total", "equity"):
            money = getattr(deal, kind)
            if money is not None and not deal.evidence_for(kind):
                raise GroundingError(
                    f"{_parties(deal)}: {kind} {money.amount} {money.currency} has no evidence"
                )
        for field_name, named in (("licensor", deal.licensors), ("licensee", deal.licensees)):
            if named and not deal.evidence_for(field_name):  # an unnamed side has no words
                raise GroundingError(f"{field_name} of {_parties(deal)} has no evidence")


def locate(text: str, value: str, *, near: int = 0) -> tuple[int, int] | None:
    """The span of `value` in `text` (exact, else case- and space-insensitive), the
    occurrence closest to `near`; None when the text does not contain it."""
    if not value or not value.strip():
        return None
    hits = [m.start() for m in re.finditer(re.escape(value), text)]
    if hits:
        start = min(hits, key=lambda h: abs(h - near))
        return start, start + len(value)
    words = [re.escape(w) for w in value.split()]
    pattern = re.compile(r"\s+".join(words), re.I)
    found = list(pattern.finditer(text))
    if not found:
        return None
    best = min(found, key=lambda m: abs(m.start() - near))
    return best.start(), best.end()


def ground_value(field: str, text: str, value: str) -> Evidence | None:
    """Evidence for `value` if the text contains it, else None (the value is then dropped)."""
    span = locate(text, value)
    if span is None:
        return None
    return Evidence.at(field, text, *span)
