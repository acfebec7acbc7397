"""The registry: companies and drugs with every name they go by, indexed for resolution.

A `Book` holds entries of one kind (companies or drugs) and indexes each alias under several
keys, one per resolution tier (exact, normal, core, pinyin, ...). Each indexed key remembers
which entries it points to and with what authority: a user's alias outranks a curated one,
which outranks one learned from the reference table or from ingestion. That ranking is how
`dealradar companies alias/merge/split` survive re-ingestion.

The registry is plain data: building one does no I/O. `resolve.seed` fills it from the packaged
files; `store.registry` fills it from the database. See docs/resolution.md.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from dealradar.resolve import normalise as n

Kind = Literal["company", "drug"]
_T = TypeVar("_T")

#: How an alias came to be known, and its authority when two entries claim one key.
AUTHORITY: dict[str, int] = {"user": 3, "curated": 2, "canonical": 1, "reference": 1}


@dataclass
class Entry:
    """One company or drug: a stable id, a canonical name and every alias with its origin.

    `parent_id` (companies) makes resolution roll a subsidiary up to its group, as the
    registry or the text says ("Glenmark Specialty S.A." → Glenmark Pharmaceuticals).
    """

    id: int
    name: str
    name_zh: str | None = None
    country: str | None = None
    parent_id: int | None = None
    aliases: dict[str, str] = field(default_factory=dict)
    """alias → how it was learned ("canonical", "curated", "reference", "user", ...)."""

    def names(self) -> list[str]:
        return list(self.aliases)


KeyFn = Callable[[str], dict[str, str]]

#: The index tiers whose keys `fuzzy_choices` offers to fuzzy matching.
_FUZZY_TIERS = ("fuzzy", "fuzzy2")

#: Resolutions a `Book` remembers before it starts again. The drug book is the packaged seed's,
#: shared by every registry of the process and never changed by ingestion, so without a bound
#: its memo would keep one resolution per distinct drug mention ever read (one per new
#: asset code): memory growing with the corpus. The mentions resolved again and again (a
#: transaction's reports, a hub company's stored deals) fit many times over.
MEMO_SIZE = 8192


class Book:
    """Entries of one kind and their alias indexes; `keys(alias)` says which keys to index."""

    def __init__(self, kind: Kind, keys: KeyFn) -> None:
        self.kind = kind
        self._keys = keys
        self.entries: dict[int, Entry] = {}
        self._index: dict[str, dict[str, dict[int, int]]] = {}
        self._places: dict[int, set[str]] = {}
        self._fuzzy: list[tuple[str, int]] | None = None
        self._fuzzy_keys: list[str] = []
        self._fuzzy_by_prefix: dict[str, list[str]] = {}
        self._fuzzy_by_length: dict[int, list[tuple[str, int]]] = {}
        self._fuzzy_windows: dict[tuple[int, int], tuple[list[str], list[tuple[str, int]]]] = {}
        self._next_id = 1
        #: Resolutions already made, by mention; emptied whenever the entries change, and
        #: when it holds `MEMO_SIZE` of them (see `remember`).
        self.memo: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def get(self, entry_id: int) -> Entry | None:
        return self.entries.get(entry_id)

    def remember(self, key: str, resolution: _T) -> _T:
        """Keep `resolution` in `memo` under `key` and return it. A full memo is emptied
        first: a bound that costs nothing per look-up, where an LRU would cost on every hit,
        and what is resolved often is back in it after a few calls."""
        memo = self.memo
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[key] = resolution
        return resolution

    def add(
        self,
        name: str,
        *,
        id: int | None = None,
        name_zh: str | None = None,
        country: str | None = None,
        parent_id: int | None = None,
        how: str = "canonical",
    ) -> Entry:
        """Create an entry (with the next free id unless `id` is given) and index its names."""
        entry_id = self._next_id if id is None else id
        if entry_id in self.entries:
            raise ValueError(f"{self.kind} id {entry_id} already exists")
        self._next_id = max(self._next_id, entry_id + 1)
        entry = Entry(entry_id, name, name_zh, country, parent_id)
        self.entries[entry_id] = entry
        self.add_alias(entry_id, name, how)
        if name_zh:
            self.add_alias(entry_id, name_zh, how)
        return entry

    def add_alias(self, entry_id: int, alias: str, how: str) -> bool:
        """Index `alias` for the entry; False when it is blank or already there."""
        alias = " ".join(alias.split())
        entry = self.entries[entry_id]
        rank = AUTHORITY.get(how, 0)
        if not alias or not n.name_key(alias):
            return False
        if alias in entry.aliases and AUTHORITY.get(entry.aliases[alias], 0) >= rank:
            return False
        entry.aliases[alias] = how
        for tier, key in self._keys(alias).items():
            if key:
                slot = self._index.setdefault(tier, {}).setdefault(key, {})
                slot[entry_id] = max(slot.get(entry_id, -1), rank)
                if tier in _FUZZY_TIERS:
                    self._add_fuzzy(key, entry_id)
        if self.kind == "company":
            place, _ = n.core_parts(alias)
            if place:
                self._places.setdefault(entry_id, set()).add(place)
        self.memo.clear()
        return True

    def _add_fuzzy(self, key: str, entry_id: int) -> None:
        """Keep built fuzzy choices sorted as a rebuild would: adding names one at a time (the
        seed, each ingested batch) then costs a bisection, not a rebuild of the whole list."""
        if self._fuzzy is None:
            return
        pair = (key, entry_id)
        at = bisect_left(self._fuzzy, pair)
        if at < len(self._fuzzy) and self._fuzzy[at] == pair:
            return
        self._fuzzy.insert(at, pair)
        self._fuzzy_keys.insert(at, key)
        self._fuzzy_by_prefix.setdefault(key[:2], []).append(key)
        self._fuzzy_by_length.setdefault(len(key), []).append(pair)
        for (shortest, longest), (keys, pairs) in self._fuzzy_windows.items():
            if shortest <= len(key) < longest:  # windows hold their pairs in no order
                keys.append(key)
                pairs.append(pair)

    def remove_alias(self, entry_id: int, alias: str) -> None:
        """Forget `alias` for the entry (a user split); other entries keep their claims."""
        entry = self.entries[entry_id]
        entry.aliases.pop(alias, None)
        self._reindex(entry_id)

    def remove(self, entry_id: int) -> Entry:
        """Drop an entry and its index keys (after a merge moved its aliases elsewhere)."""
        entry = self.entries.pop(entry_id)
        for tier in self._index.values():
            for slot in tier.values():
                slot.pop(entry_id, None)
        self._places.pop(entry_id, None)
        for other in self.entries.values():
            if other.parent_id == entry_id:
                other.parent_id = None
        self._fuzzy = None
        self.memo.clear()
        return entry

    def _reindex(self, entry_id: int) -> None:
        entry = self.entries[entry_id]
        aliases = dict(entry.aliases)
        for tier in self._index.values():
            for slot in tier.values():
                slot.pop(entry_id, None)
        self._places.pop(entry_id, None)
        self._fuzzy = None  # keys were dropped: rebuilt on the next fuzzy match
        entry.aliases.clear()
        for alias, how in aliases.items():
            self.add_alias(entry_id, alias, how)

    def lookup(self, tier: str, key: str) -> list[int]:
        """Entries a key points to, keeping only those with the highest authority."""
        slot = self._index.get(tier, {}).get(key)
        if not slot:
            return []
        best = max(slot.values())
        return sorted(i for i, rank in slot.items() if rank == best)

    def places(self, entry_id: int) -> set[str]:
        """Place names seen in the entry's aliases ("jiangsu" for Jiangsu Hengrui)."""
        return self._places.get(entry_id, set())

    def fuzzy_choices(self) -> list[tuple[str, int]]:
        """(squashed key, entry id) pairs for fuzzy matching, built once per change."""
        if self._fuzzy is None:
            seen: set[tuple[str, int]] = set()
            for tier in _FUZZY_TIERS:
                for key, slot in self._index.get(tier, {}).items():
                    for entry_id in slot:
                        seen.add((key, entry_id))
            self._fuzzy = sorted(seen)
            self._fuzzy_keys = [key for key, _ in self._fuzzy]
            self._fuzzy_by_prefix = {}
            self._fuzzy_by_length = {}
            self._fuzzy_windows = {}
            for pair in self._fuzzy:
                self._fuzzy_by_prefix.setdefault(pair[0][:2], []).append(pair[0])
                self._fuzzy_by_length.setdefault(len(pair[0]), []).append(pair)
        return self._fuzzy

    def fuzzy_keys(self) -> list[str]:
        """The keys of `fuzzy_choices()`, position by position: the list handed to rapidfuzz,
        built once per change rather than once per mention."""
        self.fuzzy_choices()
        return self._fuzzy_keys

    def fuzzy_keys_starting(self, prefix: str) -> list[str]:
        """The keys of `fuzzy_choices()` that start with `prefix` (two characters), in no
        particular order."""
        self.fuzzy_choices()
        return self._fuzzy_by_prefix.get(prefix, [])

    def fuzzy_choices_near(
        self, length: int, floor: float
    ) -> tuple[list[str], list[tuple[str, int]]]:
        """The pairs of `fuzzy_choices()` whose key could score `floor` or more (rapidfuzz
        `fuzz.ratio`) against a key of `length` characters, in no particular order, and their
        keys position by position (the list to hand rapidfuzz).

        Why: the ratio is 100 * (1 - distance / (la + lb)) and the distance is at least
        |la - lb|, so a key much shorter or longer than the query cannot reach the floor;
        scoring only the lengths that can is cheaper than scoring the whole registry. The
        window is a character wider on each side than the bound needs; its lists are kept,
        and extended as names are added, since most mentions fall in a few windows.
        """
        self.fuzzy_choices()
        slack = 1.0 - floor / 100.0
        window = (
            max(int(length * (1.0 - slack) / (1.0 + slack)) - 1, 0),
            int(length * (1.0 + slack) / (1.0 - slack)) + 2,
        )
        found = self._fuzzy_windows.get(window)
        if found is None:
            by_length = self._fuzzy_by_length
            pairs = [pair for size in range(*window) for pair in by_length.get(size, ())]
            found = self._fuzzy_windows[window] = ([key for key, _ in pairs], pairs)
        return found

    def top(self, entry_id: int) -> Entry:
        """The entry a subsidiary rolls up to (itself when it has no parent)."""
        entry = self.entries[entry_id]
        seen = {entry_id}
        while entry.parent_id is not None and entry.parent_id in self.entries:
            if entry.parent_id in seen:
                break
            seen.add(entry.parent_id)
            entry = self.entries[entry.parent_id]
        return entry

    def find_exact(self, name: str) -> Entry | None:
        """The entry an exact alias or id string names, for CLI arguments; None if none/many."""
        if name.isdigit() and int(name) in self.entries:
            return self.entries[int(name)]
        ids = self.lookup("exact", n.name_key(name))
        return self.entries[ids[0]] if len(ids) == 1 else None


def company_keys(alias: str) -> dict[str, str]:
    """The keys a company alias is indexed under, one per tier of `match.resolve_company`."""
    keys = {"exact": n.name_key(alias), "normal": n.loose_key(alias)}
    _, core = n.core_parts(alias)
    if core and n.is_distinctive(core):
        keys["core"] = n.squash(core)
        if n.has_han(core):
            keys["pinyin"] = n.pinyin(core)
    for tier, base in (("fuzzy", keys["normal"]), ("fuzzy2", keys["exact"])):
        flat = n.squash(base)
        keys[tier] = n.pinyin(flat) if n.has_han(flat) else flat
    return keys


@dataclass
class Registry:
    """Companies and drugs. `persistent` is True when ids are database ids (see store.registry)."""

    companies: Book = field(default_factory=lambda: Book("company", company_keys))
    drugs: Book = field(default_factory=lambda: Book("drug", _drug_keys))
    persistent: bool = False


def _drug_keys(alias: str) -> dict[str, str]:
    from dealradar.resolve.drugs import drug_keys

    return drug_keys(alias)
