"""Helpers shared by the phrasing tests (test_unseen_phrasing.py, test_blind_en*.py): run the
real extractor on an invented snippet, check its grounding, and name what it found."""

from __future__ import annotations

from datetime import date

from dealradar.extract import extract
from dealradar.extract.assets import find_assets
from dealradar.extract.grounding import assert_grounded
from dealradar.extract.money import find_money
from dealradar.extract.orgs import find_entities
from dealradar.extract.terms import label_sentence
from dealradar.extract.territory import find_territory
from dealradar.extract.text import fold_case
from dealradar.model import Deal


def deals_in(text: str, published: date | None = None) -> list[Deal]:
    """The English extractor's deals, every evidence span checked against the text."""
    deals = extract(text, language="en", published=published)
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


def alias_groups(text: str) -> list[set[str]]:
    """The names of each company the text names, one set per company."""
    _, entities = find_entities(text, [])
    return [set(e.names) for e in entities]


def territory_class(text: str) -> str | None:
    """The territory class of a whole snippet, None when it states none."""
    found = find_territory(text, [(0, len(text))])
    return found.territory_class if found else None


def term_kinds(text: str) -> dict[str, str]:
    """Each money figure of a one-sentence snippet, as written, → the kind of term it is."""
    low = fold_case(text)
    money = find_money(text, low=low)
    return {
        text[t.money.start : t.money.end]: t.kind
        for t in label_sentence(text, 0, len(text), money, low=low)
    }


def asset_names(text: str) -> list[str]:
    """The drug names and codes `find_assets` reads in a whole snippet, in order."""
    return [a.name for a in find_assets(text, 0, len(text))]
