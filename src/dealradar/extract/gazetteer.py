"""Company names that are companies wherever they stand: the curated alias table bundled with
dealradar (`data/aliases/companies.csv`), in Latin script.

Why: the rules recognise a name by its context ("X said", "X will pay", "the drugmaker X").
Reports about well-known buyers often give none ("GSK returned to Hansoh ..., taking an
exclusive licence"); a reader knows GSK, and so should the extractor. The table is data the
resolution stage curates; extraction only reads the file, never the store.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def known_company_names() -> frozenset[str]:
    """Every English name and alias of the curated companies (tickers, names of fewer than
    three characters and names that are also words left out: "MRK", "3S" or "Kite" stand for
    too much else)."""
    return frozenset(n for names in _curated().values() for n in names)


@lru_cache(maxsize=1)
def known_han_names() -> tuple[str, ...]:
    """The curated companies' names in Han characters of four or more ("百济神州"), longest
    first: a Chinese report names BeiGene with no suffix that would tell a reader it is a
    company. Shorter names ("百济", "恒瑞") are left out: they are parts of other words too."""
    names = {
        n.strip()
        for row in _rows()
        for n in [row["name_zh"], *row["aliases"].split("|")]
        if len(n.strip()) >= 4 and _is_han(n.strip())
    }
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def curated_company(name: str) -> str | None:
    """The curated company a name stands for, if the table knows it under one company only.

    Why: a machine-translated report may call one company by its English name and by a
    rendering of its Chinese one ("CStone" and "Keystone Pharmaceuticals") without ever
    tying the two; the table ties them, so the two names are one party.
    """
    return _owners().get(name.casefold())


def company_country(name: str) -> str | None:
    """The country code the table gives the one company a name stands for, if any."""
    company = curated_company(name)
    return _countries().get(company) if company else None


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {row["name"]: row["country"] for row in _rows() if row["country"]}


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    path = resources.files("dealradar").joinpath("data", "aliases", "companies.csv")
    return tuple(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


@lru_cache(maxsize=1)
def _curated() -> dict[str, tuple[str, ...]]:
    """Curated company → its usable Latin names (see `known_company_names`)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in _rows():
        names = [n.strip() for n in [row["name"], *row["aliases"].split("|")]]
        names += _pinyin_names([row["name_zh"], *row["aliases"].split("|")])
        out[row["name"]] = tuple(
            n
            for n in dict.fromkeys(names)
            if len(n) >= 3
            and n.isascii()
            and not _is_ticker(n, row["name"])
            and n.lower() not in _ALSO_WORDS
        )
    return out


def _pinyin_names(names: list[str]) -> list[str]:
    """How a machine translation spells the Han names of `names` (2 to 6 characters) in
    pinyin: "辉瑞" → "Huirui", "阿斯利康" → "Asilikang" and "Asi Likang" (a four-character
    name is often cut in two, as "Nuocheng Jianhua").

    Why: a translated Chinese report may call Pfizer "Huirui" beside "Pfizer Company" and never
    tie the two; the table ties them. Renderings shorter than five letters ("Moke") are left
    out: too many other words and names look like them.
    """
    han = [n.strip() for n in names if 2 <= len(n.strip()) <= 6 and _is_han(n.strip())]
    if not han:
        return []
    from pypinyin import Style, lazy_pinyin  # (~0.4 s to import: only when the table is read)

    out = []
    for name in han:
        syllables = lazy_pinyin(name, style=Style.NORMAL)
        joined = _pinyin_word(syllables)
        if len(joined) >= 5:
            out.append(joined)
        if len(syllables) in (4, 6):
            # cut in two halves: "Nuocheng Jianhua" (诺诚健华), "Baishimei Shiguibao" (百时美施贵宝)
            half = len(syllables) // 2
            out.append(f"{_pinyin_word(syllables[:half])} {_pinyin_word(syllables[half:])}")
    return out


#: Generic endings of a Chinese company name (what "Bio", "Pharma", "Group" translate).
_HAN_ENDINGS = (
    *("有限公司", "股份", "公司", "集团", "生物医药", "生物科技", "生物制药", "生物技术"),
    *("医药", "药业", "制药", "生物", "科技", "医疗"),
)


@lru_cache(maxsize=256)
def pinyin_head(han: str) -> str | None:
    """The pinyin of a Han company name without its generic ending, in lower case: "宜联生物"
    → "yilian", the word a machine translation writes first ("Yilian Bio"); None for a name
    left with fewer than two characters or four letters.

    Why: a report may give "MediLink Therapeutics (宜联生物)" once and "Yilian Bio" later; the
    Han name is what ties the two.
    """
    head = han.strip()
    cut = True
    while cut:
        cut = False
        for ending in _HAN_ENDINGS:
            if head.endswith(ending) and len(head) - len(ending) >= 2:
                head, cut = head[: -len(ending)], True
    if not (2 <= len(head) <= 6 and _is_han(head)):
        return None
    from pypinyin import Style, lazy_pinyin  # (only for a text that gives a Han name)

    joined = "".join(lazy_pinyin(head, style=Style.NORMAL)).lower()
    return joined if len(joined) >= 4 else None


def _pinyin_word(syllables: list[str]) -> str:
    """Syllables written as one word: "Hui" + "rui" → "Huirui"."""
    return "".join(syllables).lower().capitalize()


def _is_han(name: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in name)


@lru_cache(maxsize=1)
def _owners() -> dict[str, str]:
    owners: dict[str, set[str]] = {}
    for company, names in _curated().items():
        for n in names:
            owners.setdefault(n.casefold(), set()).add(company)
    return {n: next(iter(cs)) for n, cs in owners.items() if len(cs) == 1}


#: One-word names that are also English words or names ("Formation of the NewCo ...",
#: "Hercules"): known only from their context, like any other name.
_ALSO_WORDS = frozenset(
    ("axion", "formation", "hercules", "kite", "nona", "vertex", "instil", "braveheart", "dianthus")
)


def _is_ticker(alias: str, name: str) -> bool:
    """A stock ticker ("LLY", "JNJ"): capitals that are not the company's initials or name."""
    if not (alias.isalpha() and alias.isupper() and len(alias) <= 4):
        return False
    initials = "".join(w[0] for w in name.replace("&", " ").split() if w[:1].isalpha()).upper()
    return alias != initials and alias != name.upper()
