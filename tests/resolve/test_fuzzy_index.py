"""Fuzzy matching stays exact while it gets cheaper: the choice list is kept sorted as names
are added (not rebuilt), and a mention with no near key sharing its first letters skips the
full search, since every hit of that search would fail the prefix check anyway."""

from __future__ import annotations

import pytest

from dealradar.resolve import match
from dealradar.resolve.match import resolve_company
from dealradar.resolve.registry import Registry
from dealradar.resolve.seed import seed_registry


def test_choices_kept_up_to_date_equal_a_rebuild() -> None:
    registry = seed_registry()
    book = registry.companies
    book.fuzzy_choices()  # built: from here on names are inserted in place
    first = next(iter(book))
    book.add("Zentrovax Therapeutics", country="CN")
    book.add("Zentrovaxa Biologics")
    book.add_alias(first.id, "Zentrovax Holdings", "extracted")
    kept = (list(book.fuzzy_choices()), list(book.fuzzy_keys()))
    book._fuzzy = None  # force a rebuild from the indexes
    assert kept == (book.fuzzy_choices(), book.fuzzy_keys())
    assert kept[1] == [key for key, _ in kept[0]]
    for key in kept[1]:
        assert key in book.fuzzy_keys_starting(key[:2])


MENTIONS = [
    "Hengrui Medicin",  # near spellings of seeded companies
    "Glenmark Pharmaceutcals",
    "Innocare Pharmaa",
    "Zentrovax Therapeutics",  # nothing near it
    "Qilu Pharmaceutical Co",
    "Akeso Biopharm",
    "Hansoh Pharmaceutical Groupe",
]


@pytest.mark.parametrize("mention", MENTIONS)
def test_skipping_the_full_search_never_changes_a_resolution(
    mention: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = resolve_company(seed_registry(), mention)
    monkeypatch.setattr(match, "_near_with_prefix", lambda _book, _key: True)
    full = resolve_company(seed_registry(), mention)
    assert fast == full


def test_a_near_spelling_still_resolves_by_fuzzy(registry: Registry) -> None:
    found = resolve_company(registry, "Glenmark Pharmaceutcals")
    assert found.resolved and found.how == "fuzzy"
