"""Money mentions: every way news writes an amount, parsed to an exact Decimal and ISO currency.

`$18m`, `US$1.093 billion`, `USD 18 million`, `$1.1B`, `1.5 billion US dollars`, `€50 million`,
`RMB 12.4 billion`, `12.4 billion yuan`, `JPY 3 billion`, `two billion dollars`, ranges
(`$1-2 billion`, `between $1 billion and $2 billion`) and qualifiers ("up to", "over",
"approximately"). Amounts are Decimal so that 1.093 billion is exactly 1093000000.
A figure in brackets right after another one is a conversion of it and is flagged as such.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from dealradar.errors import ParseError
from dealradar.extract.text import fold_case, lower_pattern
from dealradar.model.money import Qualifier
from dealradar.model.slots import fast_init

#: Currency written before the number, longest first so `US$` wins over `$`.
_PREFIX_CURRENCIES: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "U.S. $": "USD",
    "US $": "USD",
    "USD": "USD",
    "$": "USD",
    "HK$": "HKD",
    "HKD": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "S$": "SGD",
    "SGD": "SGD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "RMB": "CNY",
    "CNY": "CNY",
    "CN¥": "CNY",
    "JPY": "JPY",
    "¥": "JPY",
    "CHF": "CHF",
    "SFr": "CHF",
    "KRW": "KRW",
    "₩": "KRW",
    "INR": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "₹": "INR",
    "DKK": "DKK",
    "SEK": "SEK",
    "NOK": "NOK",
}

#: Currency written after the number (lower-cased keys; matched case-insensitively).
_SUFFIX_CURRENCIES: dict[str, str] = {
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "usd": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "hong kong dollars": "HKD",
    "hk dollars": "HKD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "singapore dollars": "SGD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "jpy": "JPY",
    "swiss francs": "CHF",
    "francs": "CHF",
    "chf": "CHF",
    "won": "KRW",
    "krw": "KRW",
    "rupees": "INR",
    "inr": "INR",
    "danish kroner": "DKK",
    "kroner": "DKK",
    "dkk": "DKK",
    "swedish kronor": "SEK",
    "sek": "SEK",
}

_SCALES: dict[str, int] = {
    "trillion": 12,
    "tn": 12,
    "billion": 9,
    "bn": 9,
    "bln": 9,
    "b": 9,
    "million": 6,
    "mn": 6,
    "mln": 6,
    "mio": 6,
    "m": 6,
    "thousand": 3,
    "k": 3,
    # Chinese numbering in machine translation: "2.7 hundred million US dollars" is 2.7 亿
    # (270 million), "50 ten thousand yuan" is 50 万 (500,000)
    "hundred million": 8,
    "ten thousand": 4,
    # Indian numbering: "Rs 6,000 crore" is 60 billion rupees
    "crore": 7,
    "crores": 7,
    "lakh": 5,
    "lakhs": 5,
}

_WORD_NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "half a": 0,
}

_DIGIT_WORDS = {"zero": 0, "oh": 0} | {
    w: n for w, n in _WORD_NUMBERS.items() if 0 < n < 10 and w not in ("a", "an")
}

#: The qualifiers a figure can follow, as the words the text before it ends with (after them,
#: whitespace only): "up to" (perhaps then "a further", "nearly" or "almost"), "over",
#: "approximately", tried in this order. Each was a pattern anchored there (`(?:up to|...)\s*$`),
#: whose search tried a match at every one of the 40 characters before the figure; they match
#: exactly when those characters, their trailing whitespace stripped (what `\s` holds is what
#: `str.rstrip` strips), end with one of the words, which `str.endswith` tests at once. The
#: patterns as first written are kept in tests/extract/test_money_qualifiers.py.
_UP_TO_WORDS = (
    *("up to", "as much as", "as high as", "not more than", "no more than", "capped at"),
    # ("milestone payments not exceeding US$270 million": a ceiling, not a floor)
    *("not exceeding", "not to exceed", "no higher than"),
    *("a maximum of", "maximum of", "of up to", "upto"),
)
_UP_TO_FILLERS = ("a further", "nearly", "almost")
_OVER_WORDS = ("over", "more than", "exceeding", "in excess of", "above", "at least", "upwards of")
_APPROX_WORDS = (
    *("approximately", "approx.", "approx", "about", "around", "roughly", "nearly", "almost"),
    *("close to", "approaching", "some", "circa", "an estimated", "~"),
)


def _alternation(keys: list[str], *, word: bool) -> str:
    parts = sorted(keys, key=len, reverse=True)
    escaped = [re.escape(k).replace(r"\ ", r"\s?") for k in parts]
    body = "|".join(escaped)
    return rf"(?:{body})" + (r"\b" if word else "")


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: (`\s+`, not a space, inside a scale of two words: the money patterns are compiled VERBOSE)
#: ("USD 8,900 ten-thousand": the two words of a Chinese unit may be hyphenated)
_SCALE_WORDS = (
    r"trillion|billion|million|thousand|hundred[\s-]+million|ten[\s-]+thousand|crores?|lakhs?"
)
_SCALE_ABBR = r"tn|bn|bln|mn|mln|mio|[bmk]"
#: (a slide's "USD 100 M", "US$ 38.2 m": a letter of scale after a space, not "M&A")
_SCALE = rf"(?:\s?(?:{_SCALE_WORDS})\b|(?:{_SCALE_ABBR})\b|\s(?:bn|bln|mn|mln|[mb](?![&'’-]))\b)"
#: A number in words under a hundred ("eighty-five", "nineteen").
_UNDER_HUNDRED = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_WORDNUM = (
    # `half\s+a`, not "half a": the pattern is compiled VERBOSE, where a space is ignored
    rf"(?:{_UNDER_HUNDRED}|half\s+a|a|an)"
    # ("one hundred and eighty-five million dollars": the whole number, not "eighty-five")
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:{_UNDER_HUNDRED}))?)?"
)
_PREFIX = _alternation(list(_PREFIX_CURRENCIES), word=False)
_SUFFIX = _alternation(list(_SUFFIX_CURRENCIES), word=True)

_FIGURES = rf"""
        (?P<pcur>{_PREFIX})\s?(?P<pnum>{_NUM})(?P<pscale>{_SCALE})?
        (?:\s?(?:-|–|to)\s?(?:(?P=pcur)\s?)?(?P<pnum2>{_NUM})(?P<pscale2>{_SCALE})?)?
        (?:\s(?P<pdup>{_SUFFIX}))?
      |
        (?P<snum>{_NUM})(?P<sscale>{_SCALE})?
        (?:\s?(?:-|–|to)\s?(?P<snum2>{_NUM})(?P<sscale2>{_SCALE})?)?
        \s?(?P<scur>{_SUFFIX})
"""
#: The digits after "point" in a spoken decimal: "twenty-seven point eight billion dollars".
_WORD_DIGITS = r"(?:\s+point(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))+)?"
_WORDS = rf"(?P<wnum>\b{_WORDNUM}{_WORD_DIGITS})\s+(?P<wscale>{_SCALE_WORDS})\s+(?P<wcur>{_SUFFIX})"
#: An amount, case-insensitive: runs on `fold_case` text, its groups are read from the text.
_MONEY = lower_pattern(rf"(?<![\w$€£¥])(?:{_FIGURES}|{_WORDS})", re.VERBOSE)
#: The same without amounts in words ("two billion dollars"), which are rare and costly to look
#: for (a number word can start at any word); used when the text has no "<scale> <currency>".
_MONEY_IN_FIGURES = lower_pattern(rf"(?<![\w$€£¥])(?:{_FIGURES})", re.VERBOSE)
_SCALE_AND_CURRENCY = lower_pattern(rf"(?:{_SCALE_WORDS})\s+{_SUFFIX}")

_BETWEEN = lower_pattern(r"between\s*$")
_CONVERSION_OPEN = re.compile(
    r"\s*\(\s*(?:about|approx\.?|approximately|around|roughly|~|converted(?:\s+(?:to|into))?|"
    r"equivalent to|equal to)?\s*$"
)


@fast_init
@dataclass(frozen=True, slots=True)
class MoneyMention:
    """An amount found in the text: `[start, end)` covers the figure and its currency."""

    start: int
    end: int
    amount: Decimal
    currency: str
    qualifier: Qualifier | None = None
    low: Decimal | None = None
    conversion: bool = False
    scaled: bool = True

    @property
    def quote_span(self) -> tuple[int, int]:
        return self.start, self.end


def parse_number(number: str, scale: str | None = None) -> Decimal:
    """`"1.093"`, `"billion"` → `Decimal(1093000000)`; accepts `1,093.5`, `bn`, `m`, `B`.

    Raises:
        ParseError: `number` is not a number or `scale` is not a known scale word.
    """
    raw = number.strip().replace(",", "")
    if raw.lower() in _WORD_NUMBERS or " hundred" in raw.lower() or "-" in raw or " " in raw:
        whole, _, decimals = raw.lower().partition(" point ")
        value = Decimal(_word_number(whole))
        if decimals:
            value += Decimal("0." + "".join(str(_DIGIT_WORDS[w]) for w in decimals.split()))
    else:
        try:
            value = Decimal(raw)
        except InvalidOperation as exc:
            raise ParseError(f"not a number: {number!r}") from exc
        if not value.is_finite():
            raise ParseError(f"not a finite number: {number!r}")
    if scale:
        key = " ".join(scale.lower().replace("-", " ").split())
        if key not in _SCALES:
            raise ParseError(f"unknown scale {scale!r} in amount {number!r}")
        value = value.scaleb(_SCALES[key])
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _word_number(words: str) -> int:
    text = words.lower().strip()
    if text == "half a":
        raise ParseError("'half a' needs a scale, e.g. half a billion")
    total = 0
    for part in re.split(r"[\s-]+", text):
        if part == "hundred":
            total = max(total, 1) * 100
        elif part == "and" and total:
            continue  # "one hundred and eighty-five"
        elif part in _WORD_NUMBERS:
            total += _WORD_NUMBERS[part]
        else:
            raise ParseError(f"not a number word: {part!r} in {words!r}")
    return total


def _qualifier(text: str, start: int, low: str | None = None) -> Qualifier | None:
    """The qualifier ("up to", "over", "about") right before `text[start:]`; `low` is
    `fold_case(text)` when the caller has it (a slice of it reads the same to these patterns
    as the folded slice: they are ASCII, and folding is one character for one)."""
    if low is None:
        before = fold_case(text[max(0, start - 40) : start])
    else:
        before = low[max(0, start - 40) : start]
    said = before.rstrip()
    if said.endswith(_UP_TO_WORDS):
        return "up_to"
    for filler in _UP_TO_FILLERS:
        if said.endswith(filler) and said[: -len(filler)].rstrip().endswith(_UP_TO_WORDS):
            return "up_to"  # "up to a further $50 million", "of up to nearly $1 billion"
    if said.endswith(_OVER_WORDS):
        return "over"
    if said.endswith(_APPROX_WORDS):
        return "approx"
    return None


def _amount(num: str, scale: str | None, fallback_scale: str | None) -> Decimal:
    if num.lower().startswith("half"):
        return parse_number("1", scale or fallback_scale) / 2
    return parse_number(num, scale or fallback_scale)


def find_money(
    text: str, start: int = 0, end: int | None = None, *, low: str | None = None
) -> list[MoneyMention]:
    """Every money mention in `text[start:end]`, in order, with conversions flagged.

    A bare number without a currency ("10m shares", "56 new drugs") is not money. `low` is
    `fold_case(text)` when the caller has it already (a caller reading several spans of one
    text would otherwise fold the whole text for each).
    """
    end = len(text) if end is None else end
    out: list[MoneyMention] = []
    if low is None:
        low = fold_case(text)
    words_possible = _has_scale_and_currency(low, start, end)
    found = (
        _amounts(low, start, end, _MONEY, _word_amount_starts(low, start, end))
        if words_possible
        else _amounts(low, start, end, _MONEY_IN_FIGURES, [])
    )
    for m in found:
        mention = _mention(_Groups(m, text), text, low)
        if mention is None:
            continue
        if out and _is_conversion(text, out[-1], mention):
            mention = MoneyMention(
                mention.start,
                mention.end,
                mention.amount,
                mention.currency,
                mention.qualifier,
                mention.low,
                conversion=True,
                scaled=mention.scaled,
            )
        out.append(mention)
    return out


#: A table header cell naming the currency of its column: "US$", "Amount (US$ million)",
#: "RMB'000", "Approx. HK$ equivalent" (the currency, then perhaps its scale).
_COLUMN_CURRENCY = re.compile(
    r"(?<![A-Za-z])(?P<cur>US\$|HK\$|€|£|¥|\$|(?:USD|HKD|RMB|CNY|EUR|GBP|JPY|CHF)(?![A-Za-z]))"
    r"(?:\s*(?P<scale>million|mn|m|billion|bn|'000|’000|thousands?)\b)?",
    re.I,
)
#: A cell holding a bare figure and perhaps its qualifier: "200,000,000", "up to 1,800.5".
_BARE_CELL = re.compile(
    r"\s*(?:[A-Za-z.]+(?:\s+[A-Za-z.]+)?\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*"
)
#: A header's scale (lower case) → the scale word `parse_number` takes.
_CELL_SCALES = {
    **dict.fromkeys(("million", "mn", "m"), "million"),
    **dict.fromkeys(("billion", "bn"), "billion"),
    **dict.fromkeys(("'000", "’000", "thousand", "thousands"), "thousand"),
}


def table_column_money(text: str, low: str | None = None) -> list[MoneyMention]:
    """The bare figures of a table column whose header names the currency: a filing's terms
    table ("Payment | US$ | Approx. HK$ equivalent" over "Upfront payment | 200,000,000 |
    1,556,000,000") writes its amounts without one. Only the first currency column of a table
    is read (the later ones are its conversions), and only cells holding a figure alone (with
    perhaps "up to" or "approximately" before it); a cell with a currency of its own is
    `find_money`'s. In order of position."""
    if "|" not in text:
        return []
    if low is None:
        low = fold_case(text)
    out: list[MoneyMention] = []
    column: int | None = None
    currency = scale = ""
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        cells = line.rstrip("\r\n").split("|")
        if len(cells) < 3 and not line.lstrip().startswith("|"):
            column = None  # a line outside a table ends it
            continue
        if not line.strip(" \t\r\n|:-"):
            continue  # a rule row
        if column is None:
            for i, cell in enumerate(cells):
                named = _COLUMN_CURRENCY.search(cell)
                if named is not None:
                    column = i
                    currency = prefix_currency(named.group("cur"))
                    scale = _CELL_SCALES.get((named.group("scale") or "").lower(), "")
                    break
            else:
                column = -1  # a header naming no currency: the table holds none to read
            continue
        if column < 0 or column >= len(cells):
            continue
        cell_start = start + sum(len(c) + 1 for c in cells[:column])
        bare = _BARE_CELL.fullmatch(cells[column])
        if bare is None:
            continue
        at, end = cell_start + bare.start("num"), cell_start + bare.end("num")
        qualifier = _qualifier(text, at, low)
        words = cells[column][: bare.start("num")].strip()
        if words and qualifier is None:
            continue  # "Revenue 2024 | 12": words that are no qualifier
        amount = parse_number(bare.group("num"), scale or None)
        out.append(MoneyMention(at, end, amount, currency, qualifier))
    return out


#: A filing's statement that its figures are in thousands: "(in thousands, except share and per
#: share amounts)", "(Amounts in thousands ...)", "in thousands of U.S. dollars".
_IN_THOUSANDS = lower_pattern(
    r"\((?:amounts |dollars |u\.s\. dollars |us\$ )?in thousands\b|"
    r"\bin thousands of (?:u\.s\. |us )?dollars\b"
)
#: A figure as a table of thousands writes it: digits grouped by commas ("38,000").
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?!\.\d*[1-9])")


def with_declared_scale(text: str, low: str, found: list[MoneyMention]) -> list[MoneyMention]:
    """`found` with the figures a filing states "in thousands" scaled: "$38,000" under "(in
    thousands, except share amounts)" is $38 million. Only figures after the statement, with
    no scale word of their own and written grouped by commas, are read so; a price per share
    ("$14.50") or a figure with "million" stays as written. `low` is `fold_case(text)`."""
    declared = _IN_THOUSANDS.search(low) if "thousands" in low else None
    if declared is None:
        return found
    out = []
    for m in found:
        if not m.scaled and m.start > declared.start() and _GROUPED.search(text, m.start, m.end):
            low_amount = None if m.low is None else m.low * 1000
            m = replace(m, amount=m.amount * 1000, low=low_amount, scaled=True)
        out.append(m)
    return out


#: How far before its first digit an amount in figures can start: the longest currency
#: written before the number, then a space.
_FIGURE_REACH = max(map(len, _PREFIX_CURRENCIES)) + 1
#: The first digit of a run of digits (`\d(?<!\d\d)`: written digit first, so that the regex
#: engine skips to digits).
_DIGIT_RUN = re.compile(r"\d(?<!\d\d)")
#: `_DIGIT_RUN` for an ASCII text, where `\d` is `[0-9]` (a plain set, tested much faster).
_ASCII_DIGIT_RUN = re.compile(r"[0-9](?<!\d\d)")
#: Where an amount may start: a character that is no space, after none of `_MONEY`'s
#: lookbehind (`(?<![\w$€£¥])`).
_MAY_START = re.compile(r"(?<![\w$€£¥])\S")


def _amounts(
    low: str, start: int, end: int, pattern: re.Pattern[str], word_starts: list[int]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(low, start, end)` for `_MONEY_IN_FIGURES` or `_MONEY`, tried only
    where an amount can start: just before runs of digits, and at `word_starts` (ascending:
    every place an amount in words can start, see `_word_amount_starts`; none for
    `_MONEY_IN_FIGURES`).

    Why: an amount in figures holds a digit at most `_FIGURE_REACH` characters after its
    start, and its first digit starts a run of digits (a digit after a digit is after a word
    character, which no amount starts after, and an amount's digits come in one piece up to
    its first). So from `pos`, the leftmost amount starts at one of the word starts before
    the stretch of `_FIGURE_REACH` characters before the next run of digits, or in that
    stretch (where any amount, in words too, starts at a character `_MAY_START` finds), or
    after that run's first digit; trying `.match` at those places only finds the same match
    as a search (which would go on to the text's end whenever the run is no amount, a year
    or a count, slowly: the pattern opens with a lookbehind, and an amount in words can start
    at any word), and the text without digits or number words is never scanned.
    """
    pos = start
    k = 0
    digit_run = _ASCII_DIGIT_RUN if low.isascii() else _DIGIT_RUN
    while True:
        digit = digit_run.search(low, pos, end)
        lo = end if digit is None else max(pos, digit.start() - _FIGURE_REACH)
        found = None
        while found is None and k < len(word_starts) and word_starts[k] < lo:
            if word_starts[k] >= pos:
                found = pattern.match(low, word_starts[k], end)
            k += 1
        if found is not None:
            yield found
            pos = found.end()
            continue
        if digit is None:
            return
        run = digit.start()
        at = lo
        while (may := _MAY_START.search(low, at, run + 1)) is not None:
            m = pattern.match(low, may.start(), end)
            if m is not None:
                yield m
                pos = m.end()
                break
            at = may.start() + 1
        else:
            pos = run + 1


#: What every match of `_SCALE_AND_CURRENCY` opens with.
_SCALE_OPENINGS = ("trillion", "billion", "million", "thousand", "crore", "lakh")


def _has_scale_and_currency(low: str, start: int, end: int) -> bool:
    """`_SCALE_AND_CURRENCY.search(low, start, end) is not None`, tried only where a scale
    word stands. Why: the scale words' first letters are common, and the scan stops at each
    of them; a substring search for each word skips to the few places they stand."""
    for word in _SCALE_OPENINGS:
        at = low.find(word, start, end)
        while at >= 0:
            if _SCALE_AND_CURRENCY.match(low, at, end) is not None:
                return True
            at = low.find(word, at + 1, end)
    return False


#: A scale word wherever it stands (the scale words do not overlap one another).
_SCALE_WORD = re.compile(_SCALE_WORDS)
#: Every word an amount in words (`_WORDS`'s number) is written with, and some more (each run
#: of letters in its pattern, "s" of `\s` among them): more only adds places to try.
_NUMBER_WORDS = frozenset(re.findall(r"[a-z]+", _WORDNUM + _WORD_DIGITS))


def _word_amount_starts(low: str, start: int, end: int) -> list[int]:
    """Every place in `low[start:end]` where an amount in words can start, ascending (and
    some where none does): such an amount is number words joined by spaces or hyphens, then
    whitespace and a scale word, so from each scale word the words before it are read back
    while they are number words, and each one's start is a place."""
    starts: set[int] = set()
    for scale in _SCALE_WORD.finditer(low, start, end):
        i = scale.start()
        while i > start and low[i - 1].isspace():
            i -= 1
        if i == scale.start():
            continue  # (`\s+` before the scale)
        while True:
            j = i
            while j > start and "a" <= low[j - 1] <= "z":
                j -= 1
            if j == i or low[j:i] not in _NUMBER_WORDS:
                break
            starts.add(j)
            i = j
            while i > start and (low[i - 1].isspace() or low[i - 1] == "-"):
                i -= 1
            if i == j:
                break
    return sorted(starts)


class _Groups:
    """A match found in `fold_case(text)`, with its groups read from `text` itself."""

    def __init__(self, match: re.Match[str], text: str) -> None:
        self._match = match
        self._text = text

    def group(self, name: str) -> str:
        """The group's text, empty when it took no part in the match (callers test truth)."""
        start, end = self._match.span(name)
        return self._text[start:end] if start >= 0 else ""

    def start(self) -> int:
        return self._match.start()

    def end(self) -> int:
        return self._match.end()


def _mention(m: _Groups, text: str, folded: str) -> MoneyMention | None:
    """The amount `m` found, parsed; `folded` is `fold_case(text)`."""
    low: Decimal | None = None
    try:
        if m.group("pcur"):
            cur_key = m.group("pcur")
            currency = prefix_currency(cur_key)
            if m.group("pdup"):
                currency = _SUFFIX_CURRENCIES[_norm_suffix(m.group("pdup"))]
            scale2 = m.group("pscale2")
            amount = _amount(m.group("pnum"), m.group("pscale"), scale2)
            if m.group("pnum2"):
                low = amount
                amount = _amount(m.group("pnum2"), scale2, m.group("pscale"))
            scaled = bool(m.group("pscale") or scale2)
        elif m.group("snum"):
            currency = _SUFFIX_CURRENCIES[_norm_suffix(m.group("scur"))]
            scale2 = m.group("sscale2")
            amount = _amount(m.group("snum"), m.group("sscale"), scale2)
            if m.group("snum2"):
                low = amount
                amount = _amount(m.group("snum2"), scale2, m.group("sscale"))
            scaled = bool(m.group("sscale") or scale2)
        else:
            currency = _SUFFIX_CURRENCIES[_norm_suffix(m.group("wcur"))]
            amount = _amount(m.group("wnum"), m.group("wscale"), None)
            scaled = True
    except (ParseError, KeyError):
        return None
    if low is not None and low > amount:
        return None
    qualifier: Qualifier | None = (
        "up_to" if low is not None else _qualifier(text, m.start(), folded)
    )
    if low is None and _BETWEEN.search(folded[max(0, m.start() - 10) : m.start()]):
        qualifier = "approx"
    return MoneyMention(m.start(), m.end(), amount, currency, qualifier, low, scaled=scaled)


_SPACES = re.compile(r"\s+")


def prefix_currency(key: str) -> str:
    """The ISO code of a currency written before a number ("US$", "rmb", "€"), in any case
    and spacing; KeyError for one this module does not know."""
    compact = _SPACES.sub(" ", key)
    for candidate in (compact, compact.upper(), compact.replace(" ", "")):
        if candidate in _PREFIX_CURRENCIES:
            return _PREFIX_CURRENCIES[candidate]
        for k, v in _PREFIX_CURRENCIES.items():
            if k.lower() == candidate.lower():
                return v
    raise KeyError(key)


def _norm_suffix(key: str) -> str:
    return _SPACES.sub(" ", key.strip().lower())


def _is_conversion(text: str, previous: MoneyMention, current: MoneyMention) -> bool:
    """`38.5 million pounds ($49.5 million)`: the bracketed figure restates the one before."""
    between = text[previous.end : current.start]
    return (
        bool(_CONVERSION_OPEN.fullmatch(between))
        and previous.currency != current.currency
        and text[current.end : current.end + 3].lstrip().startswith(")")
    )


def parse_money(text: str) -> MoneyMention:
    """Parse a string that is exactly one amount, e.g. `"US$1.093 billion"`.

    Raises:
        ParseError: the string holds no amount, or more than the amount.
    """
    found = [m for m in find_money(text) if not m.conversion]
    stripped = text.strip()
    if len(found) != 1:
        raise ParseError(f"expected one amount in {text!r}, found {len(found)}")
    m = found[0]
    lead = len(text) - len(text.lstrip())
    if m.start != lead or m.end != lead + len(stripped):
        rest = (text[: m.start] + text[m.end :]).strip()
        if rest and _qualifier(text, m.start) is None:
            raise ParseError(f"unexpected text {rest!r} around the amount in {text!r}")
    return m
