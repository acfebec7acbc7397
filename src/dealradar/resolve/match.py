"""Company resolution: a mention → one registry company, with the strategy that found it.

Strategies run in order and the first that gives exactly one company wins:

1. `exact`   the mention's `name_key` is a known alias ("Jiangsu Hengrui Medicine Co., Ltd.");
2. `normal`  its loose key or distinctive core is ("Hengrui Pharma", "Zenas BioSciences");
3. `pinyin`  its romanised core is the pinyin of a Chinese name ("Nuocheng Jianhua" = 诺诚健华),
             or a Chinese mention's pinyin is an English core (恒瑞 = Hengrui);
4. `fuzzy`   a near spelling (rapidfuzz ratio ≥ 92 with a clear margin over the runner-up).

A match on a subsidiary then rolls up to its parent and says so (`how="parent"`,
`matched_by` keeps the first step). A key that fits two companies resolves to neither, and a
place name that contradicts the company's ("Shandong Hengrui" vs Jiangsu Hengrui) vetoes the
loose tiers: leaving a mention unresolved is cheaper than merging two companies.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import fuzz, process

from dealradar.model import Company, Deal
from dealradar.resolve import normalise as n
from dealradar.resolve.registry import Book, Registry

FUZZY_CUTOFF = 92.0
FUZZY_MARGIN = 5.0
FUZZY_MIN_LENGTH = 7
#: Scores below this cannot change a fuzzy outcome: the best must reach FUZZY_CUTOFF, and a
#: runner-up counts only within FUZZY_MARGIN of it. Passing it to rapidfuzz lets it skip most
#: of the registry without scoring it (the same top hits either way).
_FUZZY_FLOOR = FUZZY_CUTOFF - FUZZY_MARGIN
#: The best fuzzy hits looked at for a key.
_FUZZY_LIMIT = 10


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving one mention; `company_id` is None when unresolved."""

    mention: str
    company_id: int | None = None
    name: str | None = None
    country: str | None = None
    how: str | None = None
    matched_by: str | None = None
    matched_name: str | None = None
    matched_id: int | None = None
    score: float = 0.0
    note: str | None = None

    @property
    def resolved(self) -> bool:
        return self.company_id is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "mention": self.mention,
            "resolved": self.resolved,
            "id": self.company_id,
            "name": self.name,
            "country": self.country,
            "how": self.how,
            "matched_by": self.matched_by,
            "matched_name": self.matched_name,
            "score": round(self.score, 1),
            "note": self.note,
        }


def resolve_company(registry: Registry, mention: str) -> Resolution:
    """Resolve one company mention against the registry (see the module docstring).

    Results are remembered per mention until the registry changes: ingestion resolves the
    same few hundred names over and over.
    """
    book = registry.companies
    mention = " ".join(mention.split())
    found: Resolution | None = book.memo.get(mention)
    if found is None:
        found = book.remember(mention, _resolve_company(book, mention))
    return found


def _resolve_company(book: Book, mention: str) -> Resolution:
    if not n.name_key(mention):
        return Resolution(mention, note="empty mention")
    place, core = n.core_parts(mention)
    distinctive = bool(core) and n.is_distinctive(core)
    exact = book.lookup("exact", n.name_key(mention))
    core_ids = book.lookup("core", n.squash(core)) if distinctive else []
    if not exact and n.loose_key(mention) == core and len({book.top(i).id for i in core_ids}) > 1:
        names = ", ".join(sorted({book.top(i).name for i in core_ids}))
        return Resolution(mention, note=f"ambiguous: {names}")
    tiers: list[tuple[str, list[int], bool]] = [
        ("exact", exact, False),
        ("normal", _normal_ids(book, mention), False),
    ]
    if distinctive and n.only_generic_extras(mention):
        tiers.append(("normal", core_ids, True))
        if n.has_han(core):
            tiers.append(("pinyin", book.lookup("core", n.pinyin(core)), True))
        else:
            tiers.append(("pinyin", book.lookup("pinyin", n.squash(core)), True))
    for how, ids, check_place in tiers:
        if check_place:
            ids = [i for i in ids if _place_fits(book, i, place)]
        tops = sorted({book.top(i).id for i in ids})
        if len(tops) == 1:
            return _result(book, mention, ids, how, 100.0)
        if len(tops) > 1:
            names = ", ".join(book.entries[i].name for i in tops[:4])
            return Resolution(mention, note=f"ambiguous ({how}): {names}")
    if not core or core in n.STOP_CORES:
        return Resolution(mention, note="no match (nothing distinctive to compare)")
    return _fuzzy(book, mention, place)


def _normal_ids(book: Book, mention: str) -> list[int]:
    key = n.loose_key(mention)
    if key in n.PLACES_EN or key in n.STOP_CORES:
        return []
    return book.lookup("normal", key)


def _place_fits(book: Book, entry_id: int, place: str | None) -> bool:
    """A mention's place name must be one the company is known by, when it has any."""
    known = book.places(entry_id) | book.places(book.top(entry_id).id)
    return place is None or not known or place in known


def _result(book: Book, mention: str, ids: list[int], how: str, score: float) -> Resolution:
    entry = book.entries[ids[0]]
    top = book.top(entry.id)
    rolled = top.id != entry.id
    return Resolution(
        mention,
        company_id=top.id,
        name=top.name,
        country=top.country,
        how="parent" if rolled else how,
        matched_by=how,
        matched_name=entry.name,
        matched_id=entry.id,
        score=score,
        note=f"{entry.name} is part of {top.name}" if rolled else None,
    )


def _fuzzy(book: Book, mention: str, place: str | None) -> Resolution:
    best: dict[int, float] = {}
    for base in {n.loose_key(mention), n.name_key(mention)}:
        key = n.pinyin(n.squash(base))
        if len(key) < FUZZY_MIN_LENGTH:
            continue
        if not _near_with_prefix(book, key):
            continue  # every hit would fail the prefix check below: skip scoring the registry
        for choice, entry_id, score in _top_hits(book, key):
            if choice[:2] != key[:2] or not _place_fits(book, entry_id, place):
                continue
            top = book.top(entry_id).id
            best[top] = max(best.get(top, 0.0), float(score))
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < FUZZY_CUTOFF:
        return Resolution(mention, note="no match")
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MARGIN:
        return Resolution(mention, note="ambiguous (fuzzy)")
    return _result(book, mention, [ranked[0][0]], "fuzzy", ranked[0][1])


def _top_hits(book: Book, key: str) -> list[tuple[str, int, float]]:
    """(choice, entry id, score) of the `_FUZZY_LIMIT` best-scoring fuzzy choices at or above
    the floor: what `process.extract(key, book.fuzzy_keys(), limit=_FUZZY_LIMIT)` gives, best
    first and ties in the registry's (key, id) order as rapidfuzz breaks them by position.

    Only the choices whose length can reach the floor are scored (`Book.fuzzy_choices_near`):
    the others score below it whatever they are, so the hits are the same.
    """
    keys, near = book.fuzzy_choices_near(len(key), _FUZZY_FLOOR)
    # limit=None and a sort here: rapidfuzz's own top-n selection costs more than the scoring
    hits = process.extract(key, keys, scorer=fuzz.ratio, limit=None, score_cutoff=_FUZZY_FLOOR)
    ranked = sorted((-score, near[idx]) for _, score, idx in hits)[:_FUZZY_LIMIT]
    return [(choice, entry_id, -neg) for neg, (choice, entry_id) in ranked]


def _near_with_prefix(book: Book, key: str) -> bool:
    """Whether any key starting like `key` scores above the floor. Only such keys survive the
    prefix check in `_fuzzy`, so without one the full search cannot change the outcome; the
    few keys sharing a prefix are far cheaper to score than the whole registry."""
    same_start = book.fuzzy_keys_starting(key[:2])
    found = process.extractOne(key, same_start, scorer=fuzz.ratio, score_cutoff=_FUZZY_FLOOR)
    return found is not None


def resolve_party(registry: Registry, company: Company) -> Resolution:
    """Resolve a party as extraction gives it: its main name first, then its other names.

    The first name that resolves decides, so a text's own aliases ("Glenmark Specialty S.A.,
    a subsidiary of Glenmark Pharmaceuticals") can resolve a name the registry does not know.
    """
    first: Resolution | None = None
    for i, name in enumerate(company.names()):
        found = resolve_company(registry, name)
        if found.resolved:
            if i == 0:
                return found
            return Resolution(
                company.name,
                found.company_id,
                found.name,
                found.country,
                found.how,
                found.matched_by,
                found.matched_name,
                found.matched_id,
                found.score,
                f"via the text's alias {name!r}",
            )
        first = first or found
    return first or Resolution(company.name, note="no names")


def with_company_ids(registry: Registry, deal: Deal) -> Deal:
    """`deal` with each party that resolves carrying the registry's company id.

    The mention stays the party's name (the store keeps it as an alias of the company), so
    nothing the source said is lost; unresolved parties keep no id and become new companies.
    A fuzzy match is not learnt: the party takes the registry's name instead, so one lucky
    guess cannot become an exact alias that every later report resolves through.
    """

    def resolved(companies: tuple[Company, ...]) -> tuple[Company, ...]:
        out = []
        for company in companies:
            found = resolve_party(registry, company)
            if found.company_id is not None and company.id is None:
                country = company.country or found.country
                if found.how == "fuzzy" and found.name:
                    company = Company(found.name, country=country, id=found.company_id)
                else:
                    company = replace(company, id=found.company_id, country=country)
            out.append(company)
        return tuple(out)

    return replace(deal, licensors=resolved(deal.licensors), licensees=resolved(deal.licensees))
