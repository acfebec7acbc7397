"""Fuzzy matching stays exact while it gets cheaper: the choice list is kept sorted as names
are added (not rebuilt), and a mention with no near key sharing its first letters skips the
full search, since every hit of that search would fail the prefix check anyway; the search
itself scores only the keys whose length can reach the floor."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from dealradar.resolve import match
from dealradar.resolve.match import resolve_company
from dealradar.resolve.registry import Book, Registry
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


def _full_search(book: Book, key: str) -> list[tuple[str, int, float]]:
    """What `_top_hits` stands for: rapidfuzz over every fuzzy key, its top ten."""
    choices = book.fuzzy_choices()
    hits = process.extract(
        key, book.fuzzy_keys(), scorer=fuzz.ratio, limit=10, score_cutoff=match._FUZZY_FLOOR
    )
    return [(choice, choices[idx][1], score) for choice, score, idx in hits]


def test_scoring_only_keys_of_a_near_length_gives_the_full_search_hits() -> None:
    book = seed_registry().companies
    # Many near spellings of one name, so that more than ten keys pass the floor and the
    # top ten (ties broken by position) must come out as rapidfuzz's own selection.
    for suffix in ["", "a", "e", "o", "ia", "ix", "en", "on", "um", "ab", "ac"]:
        book.add(f"Zentrovax{suffix} Therapeutics")
        book.add(f"Zentrovax{suffix} Biologics")
    keys = sorted(set(book.fuzzy_keys()))
    queries = [*keys, "zentrovax", "zentrovaxo", "zentrovaxoum", "hengruimedicin", "glenmark"]
    queries += [k[:-1] for k in keys if len(k) > 8] + [k + k[:2] for k in keys]
    crowded = 0
    for key in queries:
        expected = _full_search(book, key)
        crowded += len(expected) == 10
        assert match._top_hits(book, key) == expected, key
    assert crowded  # the top-ten cut was exercised


def test_the_length_window_is_kept_up_to_date_as_names_are_added() -> None:
    book = seed_registry().companies
    assert match._top_hits(book, "zentrovaxtherapeutics") == []
    book.add("Zentrovax Therapeutics")  # after the window was cached
    assert [hit[0] for hit in match._top_hits(book, "zentrovaxtherapeutics")] == [
        "zentrovaxtherapeutics"
    ]
