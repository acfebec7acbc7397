"""Helpers shared by the phrasing tests (test_unseen_phrasing.py, test_blind_en*.py): run the
real extractor on an invented snippet, check its grounding, and name what it found."""

from __future__ import annotations

from dealradar.extract import extract
from dealradar.extract.grounding import assert_grounded
from dealradar.extract.orgs import find_entities
from dealradar.model import Deal


def deals_in(text: str) -> list[Deal]:
    """The English extractor's deals, every evidence span checked against the text."""
    deals = extract(text, language="en")
    assert_grounded(deals, text)
    return deals


def one_deal(text: str) -> Deal:
    deals = deals_in(text)
    assert len(deals) == 1, [(d.licensor.name, d.licensee.name) for d in deals]
    return deals[0]


def company_names(text: str) -> set[str]:
    mentions, _ = find_entities(text, [])
    return {m.name for m in mentions}


def party_pairs(text: str) -> set[tuple[str, str]]:
    return {(d.licensor.name, d.licensee.name) for d in deals_in(text)}
