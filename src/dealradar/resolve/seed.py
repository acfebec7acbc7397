"""Seeding a registry from packaged data: the curated alias files, then the reference table.

The curated files (`data/aliases/companies.csv`, `drugs.csv`, see SOURCES.md there) come
first, so their canonical names, Chinese names and parent links win. The reference table then
adds every party and asset it names. Its party cells pack several facts into one string:

- "Oneness Biotech;Microbio (Shanghai)": two co-parties, split on ';' outside parentheses;
- "Genentech (Roche)", "Nona Biosciences (Harbour BioMed)": a unit and its group;
- "Pfizer (Seagen)", "Johnson & Johnson (Janssen)": a group and the unit that signed;
- "AbelZeta Pharma (formerly Cellular Biomedicine Group)", "Innovative Cellular Therapeutics
  (ICT)": another name of the same company.

`_relate` decides which reading applies from what the table itself says: a name that signs
deals on its own elsewhere in the table (or is a curated group) is a group, a short form or
acronym of the main name is an alias, and the parenthetical is the group otherwise.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from itertools import zip_longest

from dealradar.resolve import normalise as n
from dealradar.resolve.drugs import asset_names, code_key, drug_key
from dealradar.resolve.match import resolve_company
from dealradar.resolve.registry import Book, Registry

_RENAMED = re.compile(r"^(formerly|later|now|previously)\s+", re.IGNORECASE)
_UNRELATED = re.compile(r"\b(affiliate|newco|jv|with)\b|/", re.IGNORECASE)


def _data_rows(*parts: str) -> list[dict[str, str]]:
    path = resources.files("dealradar").joinpath("data", *parts)
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def split_parties(cell: str) -> list[str]:
    """Split a party cell on ';' outside parentheses ("A (B; C);D" → ["A (B; C)", "D"])."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in cell:
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def parse_party(text: str) -> tuple[str, list[str]]:
    """("Changchun GeneScience Pharmaceutical", ["GenSci", "Shanghai Scizeng Medical"])."""
    main, _, rest = text.partition("(")
    notes = [p.strip() for p in rest.rsplit(")", 1)[0].split(";")] if rest else []
    return main.strip(), [p for p in notes if p]


def seed_registry(*, reference: Iterable[dict[str, str]] | None = None) -> Registry:
    """A registry of the curated aliases plus every party and asset of the reference table.

    Args:
        reference: rows shaped like `data/reference/deals.csv`; the packaged table if None.
    """
    registry = Registry()
    load_curated(registry)
    rows = list(reference) if reference is not None else _data_rows("reference", "deals.csv")
    load_reference(registry, rows)
    return registry


def load_curated(registry: Registry) -> None:
    """Add the curated companies (with parents) and drugs, all with `how="curated"`."""
    book = registry.companies
    rows = _data_rows("aliases", "companies.csv")
    for row in rows:
        entry = book.add(
            row["name"],
            name_zh=row["name_zh"] or None,
            country=row["country"] or None,
            how="curated",
        )
        for alias in filter(None, row["aliases"].split("|")):
            book.add_alias(entry.id, alias, "curated")
    for row in rows:
        if row["parent"]:
            child, parent = book.find_exact(row["name"]), book.find_exact(row["parent"])
            if child is None or parent is None:
                raise ValueError(f"companies.csv: unknown parent {row['parent']!r}")
            child.parent_id = parent.id
    for row in _data_rows("aliases", "drugs.csv"):
        drug = registry.drugs.add(row["name"], name_zh=row["name_zh"] or None, how="curated")
        for alias in filter(None, row["aliases"].split("|")):
            registry.drugs.add_alias(drug.id, alias, "curated")


def load_reference(registry: Registry, rows: list[dict[str, str]]) -> None:
    """Add the reference table's parties (with countries and relations) and its drugs."""
    standalone: set[str] = set()
    notes_of: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for side in ("licensor", "licensee"):
            for party in split_parties(row[side]):
                main, notes = parse_party(party)
                if not notes:
                    standalone.add(n.name_key(main))
                else:
                    notes_of[n.name_key(main)].add(party)
    for row in rows:
        for side in ("licensor", "licensee"):
            countries = row.get(f"{side}_country", "").split(";")
            for party, country in zip_longest(split_parties(row[side]), countries):
                if party:
                    _add_party(registry.companies, party, country or None, standalone, notes_of)
        for names in asset_names(row.get("assets", "")):
            add_drug(registry.drugs, names, how="reference")


def ensure_company(book: Book, name: str, country: str | None, how: str = "reference") -> int:
    """The entry `name` already names (exact or normal form), else a new one; returns its id."""
    registry = Registry(companies=book)
    found = resolve_company(registry, name)
    if found.matched_id is not None and found.matched_by in ("exact", "normal"):
        book.add_alias(found.matched_id, name, how)
        entry = book.entries[found.matched_id]
        if entry.country is None and country:
            entry.country = country
        return found.matched_id
    return book.add(name, country=country, how=how).id


def _known(book: Book, name: str, standalone: set[str]) -> bool:
    """A name that acts as a company of its own: signs deals alone, or is a curated group."""
    if n.name_key(name) in standalone:
        return True
    entry = book.find_exact(name)
    return entry is not None and entry.parent_id is None and "curated" in entry.aliases.values()


def _add_party(
    book: Book, party: str, country: str | None, standalone: set[str], notes_of: dict[str, set[str]]
) -> None:
    main, notes = parse_party(party)
    main_id = ensure_company(book, main, country)
    book.add_alias(main_id, party, "reference")
    for note in notes:
        if _RENAMED.match(note):
            book.add_alias(main_id, _RENAMED.sub("", note), "reference")
        elif _UNRELATED.search(note) or n.loose_key(note) in n.PLACES_EN:
            continue
        else:
            _relate(book, main, main_id, note, standalone, len(notes_of[n.name_key(main)]) > 1)


def _relate(
    book: Book, main: str, main_id: int, note: str, standalone: set[str], many: bool
) -> None:
    if _is_short_form(note, main):
        book.add_alias(main_id, note, "reference")
        return
    main_known, note_known = _known(book, main, standalone), _known(book, note, standalone)
    note_id = ensure_company(book, note, book.entries[main_id].country)
    main_entry, note_entry = book.entries[main_id], book.entries[note_id]
    if note_id == main_id or (main_known and note_known):
        return
    if book.top(note_id).id == main_id or book.top(main_id).id == note_id:
        return
    if note_known and not main_known:
        if main_entry.parent_id is None:
            main_entry.parent_id = note_id
    elif many or main_known:
        if note_entry.parent_id is None and not note_known:
            note_entry.parent_id = main_id
    elif main_entry.parent_id is None:
        main_entry.parent_id = note_id


def _is_short_form(note: str, main: str) -> bool:
    """ "ICT" for Innovative Cellular Therapeutics, "Kangh" for Chengdu Kanghua, "HI-Bio"."""
    short = re.sub(r"[^a-z0-9]", "", note.casefold())
    long = re.sub(r"[^a-z0-9]", "", main.casefold())
    if " " in note.strip() or not short or len(short) > 12 or short == long:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def add_drug(book: Book, names: list[str], how: str) -> int:
    """Add one drug known by `names` (joining an entry that one of them already names)."""
    ids: set[int] = set()
    for name in names:
        ids.update(book.lookup("exact", drug_key(name)))
    if len(ids) == 1:
        drug_id = ids.pop()
    else:
        words = [x for x in names if code_key(x) is None]
        drug_id = book.add((words or names)[0], how=how).id
    for name in names:
        book.add_alias(drug_id, name, how)
    return drug_id
