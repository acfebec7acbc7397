"""Extraction: article text in, deals with grounded evidence out. Pure: no database, no network.

`extract(text)` is the entry point; it detects the language and runs the rule-based
extractor for it. Other backends implement the `Extractor` protocol (see `backends.py`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dealradar.extract.language import detect_language
from dealradar.model import Deal, Document


def extract(
    text: str | Document,
    *,
    published: date | None = None,
    title: str | None = None,
    language: str | None = None,
) -> list[Deal]:
    """Every deal the text announces or reports, each field grounded to a span of `text`.

    Args:
        text: the article text (or a Document carrying it and its metadata).
        published: the article's date; relative dates ("on September 24th") resolve against it.
        title: the headline, if it is not already the first line of `text`.
        language: "en" or "zh"; detected from the text when omitted.

    Returns:
        Zero or more deals. Evidence spans are offsets into the text given.
    """
    doc = (
        text
        if isinstance(text, Document)
        else Document(text=text, title=title, published=published, language=language)
    )
    lang = doc.language or detect_language(doc.text)
    if lang == "zh":
        from dealradar.extract.zh import extract_zh

        return [ground_derived_total(d) for d in extract_zh(doc)]
    from dealradar.extract.en import extract_en

    return [ground_derived_total(d) for d in extract_en(doc)]


def ground_derived_total(deal: Deal) -> Deal:
    """A total computed from its parts is grounded by the parts' evidence.

    Every figure output must point into the text; a derived total has no words of its own,
    so its evidence is the upfront, near-term and milestone spans it was summed from.
    """
    if deal.total is None or deal.total.stated or deal.evidence_for("total"):
        return deal
    parts = [
        replace(ev, field="total")
        for ev in deal.evidence
        if ev.field in ("upfront", "near_term", "milestones")
    ]
    return replace(deal, evidence=(*deal.evidence, *parts)) if parts else deal


__all__ = ["detect_language", "extract", "ground_derived_total"]
