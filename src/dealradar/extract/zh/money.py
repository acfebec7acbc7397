"""Money figures in Chinese text: `12.5亿美元`, `4,500万美元`, `人民币30,000万元`, `十亿美元`.

A figure needs a number and a currency (`美元`/`美金` → USD, `元`/`人民币` → CNY, `港元` → HKD,
...). Its qualifier comes from the words in front ("最高可达" → up_to, "超过/逾" → over,
"约/近" → approx); a conversion ("约合人民币146.6亿元") is flagged so it never counts as a
term of its own; vague amounts ("数十亿美元", "十几亿") are not figures at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from dealradar.extract.zh.numbers import ARABIC, CHINESE, CHINESE_DIGITS, parse_number
from dealradar.model.money import Qualifier

_PREFIX_CURRENCY = {
    "人民币": "CNY", "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "￥": "CNY",
    "US$": "USD", "USD": "USD", "$": "USD", "美元": "USD",
    "HK$": "HKD", "港币": "HKD", "港元": "HKD", "HKD": "HKD",
    "€": "EUR", "EUR": "EUR", "欧元": "EUR",
}  # fmt: skip
_SUFFIX_CURRENCY = {
    "美元": "USD", "美金": "USD", "元人民币": "CNY", "人民币": "CNY", "元": "CNY",
    "港元": "HKD", "港币": "HKD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP",
    "瑞士法郎": "CHF", "瑞郎": "CHF", "韩元": "KRW", "澳元": "AUD", "加元": "CAD",
    "新加坡元": "SGD", "丹麦克朗": "DKK", "瑞典克朗": "SEK",
}  # fmt: skip
_ENGLISH_SCALE = {"billion": 10**9, "bn": 10**9, "million": 10**6, "mn": 10**6, "m": 10**6}


def _alternation(words: dict[str, str] | dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: Characters an amount can start with: a prefix currency, a space, or a digit. The lookahead
#: on them lets the regex engine dismiss the other positions at once (most of the text).
_FIRST_CHARS = "".join(sorted({w[0] for w in _PREFIX_CURRENCY})) + CHINESE_DIGITS + "十"


def _firsts(words: dict[str, str] | dict[str, int]) -> str:
    """A lookahead on the first characters of `words`, for an alternation of them."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words}))) + "])"


#: The lookaheads on first characters are implied by what follows them; each lets the engine
#: drop an alternation of a dozen words after one character test, at every number of the text.
#: The lower bound of a range is read atomically (`(?>…)`): when the digits are not followed by
#: a range mark, giving digits back cannot help, since a shorter run of digits is followed by a
#: digit, "," or ".", never by a mark; without it the engine retried every shorter run.
_AMOUNT = re.compile(
    rf"""
    (?=[{re.escape(_FIRST_CHARS)}\s\d])
    (?:{_firsts(_PREFIX_CURRENCY)}(?P<pre>{_alternation(_PREFIX_CURRENCY)}))?\s?
    (?:(?P<low>(?>{ARABIC})|{CHINESE})(?P<low_units>[十百千万亿]*)\s?(?:-|~|－|至|到)\s?)?
    (?P<num>{ARABIC}(?:[十百千万亿]*{ARABIC}(?=[千百十万]))?|{CHINESE})
    (?P<more>多|余)?
    (?:\s(?=[万亿]))?  # "1.35 亿美元": machine translation spaces a figure from its unit
    (?P<units>[十百千万亿]*)
    \s?(?:{_firsts(_ENGLISH_SCALE)}(?P<scale>{_alternation(_ENGLISH_SCALE)})\b)?\s?
    (?:{_firsts(_SUFFIX_CURRENCY)}(?P<suf>{_alternation(_SUFFIX_CURRENCY)}))?
    """,
    re.VERBOSE,
)

_QUALIFIER_BEFORE = re.compile(
    r"(最高可达|最高达|最高约|最高为|最高|至多|上限为|上限|不超过|不高于|可达|高达|"
    r"超过|逾|突破|超|约合|大约|约为|约|接近|近)(?:为|达|是|计|达到|仅为|也仅为)?\s?$"
)
_QUALIFIERS: dict[str, Qualifier] = {
    "最高可达": "up_to", "最高达": "up_to", "最高约": "up_to", "最高为": "up_to", "最高": "up_to",
    "至多": "up_to", "上限为": "up_to", "上限": "up_to", "不超过": "up_to", "不高于": "up_to",
    "可达": "up_to", "高达": "up_to", "超过": "over", "逾": "over", "突破": "over", "超": "over",
    "约合": "approx", "大约": "approx", "约为": "approx", "约": "approx", "接近": "approx",
    "近": "approx",
}  # fmt: skip
_CONVERSION_BEFORE = re.compile(r"(约合|折合|相当于|合计约合|即约)(?:人民币|美元|港元)?\s?$")
_VAGUE_BEFORE = re.compile(r"[数几]$")


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """One money figure: the span `[start, end)` of the folded text and what it says."""

    start: int
    end: int
    amount: Decimal
    currency: str
    qualifier: Qualifier | None = None
    low: Decimal | None = None
    conversion: bool = False


#: Every character an `_AMOUNT` hit can hold, besides decimal digits and whitespace (`\d`, `\s`).
_FIGURE_CHARS = frozenset(
    "".join(_PREFIX_CURRENCY)
    + "".join(_SUFFIX_CURRENCY)
    + "".join(_ENGLISH_SCALE)
    + CHINESE_DIGITS
    + "十百千万亿,.-~－至到多余"
)
#: Any currency word: an `_AMOUNT` hit without one is no figure.
_CURRENCY = re.compile(_alternation({**_PREFIX_CURRENCY, **_SUFFIX_CURRENCY}))


def _in_figure(ch: str) -> bool:
    r"""Whether `ch` may be part of an `_AMOUNT` hit (`\d` is `isdecimal`, `\s` `isspace`)."""
    return ch in _FIGURE_CHARS or ch.isdecimal() or ch.isspace()


def _amounts(text: str) -> Iterator[re.Match[str]]:
    """The hits of `_AMOUNT.finditer(text)` that hold a currency word, in order.

    A hit lies inside one stretch of characters `_in_figure` accepts, and a search started at
    the start of a stretch finds what a search of the whole text finds there (no hit runs over
    the character before it). So only the stretches around a currency word are searched: most
    numbers of a text (years, dates, counts, percentages) are never read, and neither are the
    positions between them. The search ends one character past the stretch so that the
    engine's lookaheads see the character that follows it, as in the whole text.
    """
    end = 0  # where the last stretch searched ends
    for currency in _CURRENCY.finditer(text):
        if currency.start() < end:
            continue  # inside the stretch just searched
        start = currency.start()
        while start > 0 and _in_figure(text[start - 1]):
            start -= 1
        end = currency.end()
        while end < len(text) and _in_figure(text[end]):
            end += 1
        for match in _AMOUNT.finditer(text, start, end + 1):
            if match["pre"] is not None or match["suf"] is not None:
                yield match


def find_money(text: str) -> list[MoneyMention]:
    """Every definite money figure in (folded) `text`, in order of position."""
    out: list[MoneyMention] = []
    for match in _amounts(text):
        mention = _mention(text, match)
        if mention is not None:
            out.append(mention)
    return _join_ranges(text, out)


def _mention(text: str, match: re.Match[str]) -> MoneyMention | None:
    pre, suf, num = match["pre"], match["suf"], match["num"]
    currency = _PREFIX_CURRENCY.get(pre or "") or _SUFFIX_CURRENCY.get(suf or "")
    if pre and suf and suf != "元":
        currency = _SUFFIX_CURRENCY[suf]
    if not currency or not num:
        return None
    start = (
        match.start("pre") if pre else match.start("low") if match["low"] else match.start("num")
    )
    if start > 0 and (
        (text[start - 1].isalnum() and text[start - 1].isascii()) or text[start - 1] in "-./%"
    ):
        return None  # part of a code (HRS-9821), a decimal or a percentage, not an amount
    if not pre and _VAGUE_BEFORE.search(text, max(0, start - 2), start):  # `$` may skip a "\n"
        return None
    units = match["units"] or ""
    value = parse_number(num + units)
    if value is None:
        return None
    if match["scale"]:
        value = Decimal(int(value * _ENGLISH_SCALE[match["scale"]]))
    low = None
    if match["low"]:
        low_units = match["low_units"] or units
        low = parse_number(match["low"] + low_units)
    qualifier: Qualifier | None = "over" if match["more"] else None
    window = text[max(0, start - 8) : start]
    found = _QUALIFIER_BEFORE.search(window)
    if found:
        qualifier = _QUALIFIERS[found.group(1)]
    if low is not None and qualifier is None:
        qualifier = "up_to"
    if text[match.end() : match.end() + 2] in ("以上", "左右"):
        qualifier = "over" if text[match.end()] == "以" else "approx"
    end = match.end()
    while end > start and text[end - 1] == " ":
        end -= 1
    conversion = bool(_CONVERSION_BEFORE.search(window))
    return MoneyMention(start, end, value, currency, qualifier, low, conversion)


def _join_ranges(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """ "30,000万元至60,000万元" is one range: keep the upper figure, remember the lower."""
    out: list[MoneyMention] = []
    for mention in mentions:
        if out:
            prev = out[-1]
            between = text[prev.end : mention.start].strip()
            if between in ("至", "到", "-", "~", "－") and prev.currency == mention.currency:
                out[-1] = MoneyMention(
                    prev.start, mention.end, mention.amount, mention.currency,
                    mention.qualifier or "up_to", prev.amount, mention.conversion,
                )  # fmt: skip
                continue
        out.append(mention)
    return out
