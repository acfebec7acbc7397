"""Lines written in capitals (a wire's "BRIEF" bullets) read in ordinary case, quotes kept.

A Reuters brief gives the news as capitalised bullets ("* MERCK SAYS WILL MAKE UPFRONT
PAYMENT OF $700 MILLION TO CURON"). The company finder reads names by their capitals, so in
such a line every word looks like one. `recase` lowers those lines' words, except the ones
the rest of the text writes with capitals ("Merck", "Curon's" in the headline), codes with
digits ("CN201", "CD3XCD19"), legal forms and the bundled table's company names; the letters
change case only, so every offset stays and the evidence quotes the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dealradar.extract.gazetteer import known_company_names
from dealradar.extract.lexicon import FUNCTION_WORDS, ORG_SUFFIXES

_WORD = re.compile(r"[A-Za-z][A-Za-z&-]*")
#: Two small letters in two different `_WORD` words (a character no word holds between them):
#: a line with two words not in capitals. Most lines of prose match within their first words.
_TWO_MIXED_WORDS = re.compile(r"[a-z][A-Za-z&-]*[^A-Za-z&-][^a-z]*[a-z]")
#: Legal forms kept as a name's end ("MERCK & CO INC" → "Merck & Co Inc").
_LEGAL = {"INC": "Inc", "LTD": "Ltd", "CO": "Co", "CORP": "Corp", "PLC": "plc", "LLC": "LLC"}
_LEGAL.update({"AG": "AG", "SA": "SA", "NV": "NV", "KK": "KK", "GMBH": "GmbH"})
#: A line is shouted when it holds this many words in capitals and no small letter (or one
#: word in mixed case).
_MIN_WORDS = 4


def shouted_lines(text: str) -> list[tuple[int, int]]:
    """Where the lines written all in capitals stand (start, end); empty for most texts."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        # (`map` runs the test without a Python step per character, as a generator would)
        if not any(map(str.islower, line)):
            if len(_WORD.findall(line)) >= _MIN_WORDS:
                out.append((pos, end))
        elif _shouted_but_one(line):
            out.append((pos, end))
        pos = end + 1
    return out


def _shouted_but_one(line: str) -> bool:
    """Whether `line` is in capitals but for one word that a name writes in mixed case
    ("MERCK KGaA BETS ON HENGRUI'S PARP1 AND CLAUDIN PAIR", "... TO ACQUIRE BioNTech UNIT")."""
    if _TWO_MIXED_WORDS.search(line):
        return False  # (a line of prose: found in its first words, without listing them all)
    words = _WORD.findall(line)
    mixed = sum(1 for w in words if not w.isupper())
    return mixed == 1 and len(words) - mixed >= _MIN_WORDS


@lru_cache(maxsize=1)
def _table_casing() -> dict[str, str]:
    """The words of the bundled company table's names, by their capitals ("ASTRAZENECA" →
    "AstraZeneca"), the first spelling of each; read once, not for every shouted text."""
    casing: dict[str, str] = {}
    for name in known_company_names():
        for word in name.split():
            if word.isalpha() and not word.isupper():
                casing.setdefault(word.upper(), word)
    return casing


_VOWEL = re.compile(r"[AEIOUY]")


def recase(text: str, lines: list[tuple[int, int]]) -> str:
    """`text` with the words of `lines` in the case the rest of the text (or the bundled
    company table) gives them, else in small letters; the first word of a line capitalised."""
    spoken: dict[str, str] = {}
    shouted: set[int] = set()
    for start, end in lines:
        shouted.update(range(start, end))
    for m in _WORD.finditer(text):
        word = m.group().rstrip("-")
        if m.start() not in shouted and word[:1].isupper() and not word.isupper():
            spoken.setdefault(word.upper(), word)
    for upper, word in _table_casing().items():
        spoken.setdefault(upper, word)
    chars = list(text)
    for start, end in lines:
        first = True
        before: tuple[int, str] | None = None  # the last word put in small letters
        for m in _WORD.finditer(text, start, end):
            word = m.group()
            if word.lower() in ORG_SUFFIXES and word.isupper():
                # "KEROS THERAPEUTICS": an industry word after a name ends a company's name,
                # and the word before it, unknown elsewhere, is that name
                chars[m.start() : m.end()] = spoken.get(word) or word[:1] + word[1:].lower()
                if before is not None and before[1].lower() not in FUNCTION_WORDS:
                    at, name = before
                    chars[at : at + len(name)] = name[:1] + name[1:].lower()
                first, before = False, None
                continue
            if not word.isupper():
                first, before = False, None
                continue  # "KGaA" in a shouted line: a name's own mixed case, as written
            if any(ch.isdigit() for ch in text[m.start() : m.end() + 1]):
                first, before = False, None
                continue  # a code ("CN201"): as written
            if word not in spoken and 2 <= len(word) <= 5 and not _VOWEL.search(word):
                first, before = False, None
                continue  # "CTTQ", "GSK": no vowel, so initials, not a word
            cased = _LEGAL.get(word) or spoken.get(word) or word.lower()
            before = (m.start(), word) if cased == word.lower() else None
            if first:
                cased = cased[:1].upper() + cased[1:]
                first = False
            chars[m.start() : m.end()] = cased
    return "".join(chars)
