"""Dates in deal news: full dates, datelines, "on September 24th", "on Monday", "yesterday".

Relative and year-less dates resolve against the article's published date, or, when there is
none, against the latest year the text mentions (how a reader dates a roundup). Month-only
expressions ("In October") are not a day and resolve to nothing. Hand-written rather than
dateparser because this runs on every sentence and must stay fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dealradar.extract.text import (
    after_break,
    finditer_lines,
    fold_case,
    lower_pattern,
    may_contain,
    search_lines,
)
from dealradar.model.slots import fast_init

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# The patterns below open with a character, not with `\b`: a pattern that opens with `\b` is
# tried at every character of the text, one that opens with a letter or digit lets the regex
# engine skip straight to those. The `\b` is then a lookbehind after that first character
# (`j(?<!\wj)`: no word character before the "j"), which is the same test: the character
# matched is a word character. Each is checked against its `\b` form in test_fast_paths.py.


def _first_letter_groups(words: list[str]) -> str:
    """`\b(?:w1|w2|...)` for words of lower-case letters, written letter first (see above):
    grouped by first letter, in their order, since words with different first letters never
    match at the same place."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{c}(?<!\\w{c})(?:{'|'.join(rest)})" for c, rest in groups.items())


#: The twelve months' full names, capitalised, as a regex alternation (no group).
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
#: The seven weekdays' names, capitalised, as a regex alternation (no group).
WEEKDAY_NAMES = "|".join(day.capitalize() for day in _WEEKDAYS)


def month_number(name: str) -> int:
    """The number of a month written out or cut short ("April" -> 4, "Sept" -> 9)."""
    return _MONTHS[name.lower()]


#: `\b(?P<month>...)`: the month's names, longest first.
_MONTH = r"(?P<month>" + _first_letter_groups(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
#: `(?P<day>[0-3]?\d)` after `\b`: one digit, then a second one if the first is 0 to 3.
_B_DAY = r"(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: `\b(?:19|20)\d\d`: a year.
_B_YEAR = r"(?:1(?<!\w1)9|2(?<!\w2)0)\d\d"

#: Case-insensitive patterns are compiled for `fold_case` text (see text.py): faster, same matches.
_PATTERNS: tuple[re.Pattern[str], ...] = (
    lower_pattern(rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b"),
    lower_pattern(rf"{_B_DAY}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"(?P<year>{_B_YEAR})-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"{_B_DAY}[./](?P<nmonth>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b"),
    # "Published 2023.11.06", "2023/11/06" (Korean, Japanese and Chinese outlets)
    re.compile(rf"(?P<year>{_B_YEAR})[./](?P<nmonth>[01]?\d)[./](?P<day>[0-3]?\d)\b"),
    # a translation's 2024年1月4日: "2024 year 1 month 4 day"
    re.compile(
        rf"(?P<year>{_B_YEAR})\s*year\s+(?P<nmonth>[01]?\d)\s*month\s+(?P<day>[0-3]?\d)\s*days?\b"
    ),
)
#: The first three letters of every month's name: the first two of `_PATTERNS` need one, the
#: others the cores below, so that `find_dates` scans a sentence only with the patterns that
#: can match in it.
_MONTH_START = re.compile("|".join(sorted({m[:3] for m in _MONTHS})))
#: What every match of the third pattern holds ("2024-05-" of "2024-05-06"), and what every
#: match of the last two holds (a digit, a separator, one or two digits, a separator and a
#: digit: "6/05/2", "4.11.0"): a hyphen or a full stop alone is in most sentences, these
#: seldom, and a scan for them costs less than one of the patterns.
_ISO_DATE_CORE = re.compile(r"\d-[01]\d-")
_NUMERIC_DATE_CORE = re.compile(r"\d[./]\d\d?[./]\d")
#: A press-release or wire dateline opening a paragraph: "SHANGHAI and NORTH CHICAGO, Ill.,
#: Sept. 4, 2020 /PRNewswire/ --", "BASEL, Switzerland, February 5, 2024 --", "PARIS, June 2,
#: 2025 (Reuters) -". The place starts with a word in capitals; the date has its year.
#: A date written out with its year: "May 13, 2024", "Sept. 5 2023", "13 May 2024".
WRITTEN_DATE = (
    r"[A-Z][a-z]{2,8}\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d|[0-3]?\d\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d"
)
_DATELINE = re.compile(
    # the city in capitals ("ZURICH") or not ("Lausanne, Switzerland, May 13, 2024 - ")
    # ("PRINCETON, N.J. & SAN DIEGO--(BUSINESS WIRE)--October 8, 2023--": a wire between)
    r"(?m)^[ \t]*(?:(?:\(\w+\)\s*)?[A-Z][A-Za-z.'-]{2,}"
    r"(?:[ ,]+(?:(?:and|&)\s+)?[A-Z][\w.'-]*){0,10}?"
    r"(?:,\s+|--\([A-Z][A-Za-z ]{2,30}\)--)"
    # a Korean wire's "(Seoul=Newswire) August 2, 2018 --": city and agency in brackets
    r"|\([A-Z][\w ]{1,20}=[\w ]{1,30}\)\s*)"
    rf"(?P<date>{WRITTEN_DATE})\s*(?:/[^/\n]{{1,40}}/|\([^)\n]{{1,40}}\))?\s*(?:--|[-–—])\s"
)
#: A dateline with no place, the date alone opening the paragraph before a double dash: "19 March
#: 2024 -- X and Y have entered into ...". The double dash (not a single one, which opens the
#: entries of a timeline) marks it as a release's dateline.
_BARE_DATELINE = re.compile(rf"(?m)^[ \t]*(?P<date>{WRITTEN_DATE})\s*--\s")
_WEEKDAY = lower_pattern(r"\b(?:on\s+|last\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")(?:'s)?\b")
_YESTERDAY = lower_pattern(r"\b(?:late\s+|early\s+)?(?P<rel>yesterday|today)\b")
#: A day counted from the date named before it: "while a day later", "two days later", "the
#: next day" (resolved against the previous dated mention of the same span).
_DAYS_LATER = lower_pattern(
    r"\b(?:(?P<n>a|one|two|three|four|five|six)\s+days?\s+(?P<dir>later|after|earlier|"
    r"before)|the\s+(?:next|following)\s+day|the\s+day\s+(?P<prev>before))\b"
)
#: Strings one of which every match of `_DAYS_LATER` holds: the pattern opens with `\b`, so
#: its scan tries a match at every character of a sentence, and most sentences hold none.
_DAYS_LATER_WORDS = ("later", "after", "earlier", "before", "next", "following")
#: A day of the month alone, as machine-translated Chinese news writes "4日晚": "on the evening
#: of the 4th", "On the 29th,". It is the last such day on or before the published date.
_DAY_OF_MONTH = lower_pattern(
    r"\bon\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:quarter|floor|day|anniversary|time|round|"
    r"century|line|edition|place|week|month|year|of\s+(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)))"
)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: Days named by a holiday: "in a New Year's Eve announcement", "on Christmas Eve".
_HOLIDAYS = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
}
_HOLIDAY = lower_pattern(r"\b(?P<holiday>new year['’]s (?:eve|day)|christmas (?:eve|day))\b")
_DIGIT = re.compile(r"\d")
_ANY_YEAR = re.compile(rf"{_B_YEAR}\b")


@fast_init
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found at `[start, end)`; `value` is None when it could not be resolved to a day."""

    start: int
    end: int
    value: date | None
    explicit_year: bool


def latest_year(text: str) -> int | None:
    """The year to date year-less mentions by: the year of the heading ("Deals of the Month:
    October 2025") if the first line has one, else the latest plausible year written in the
    text. Years a forecast or a term runs to are not when the text was written."""
    heading = text.lstrip()[:200].split("\n", 1)[0]
    return _latest(heading) or _latest(text)


def _latest(text: str) -> int | None:
    years = [
        int(m.group())
        for m in _ANY_YEAR.finditer(text)
        if 1990 <= int(m.group()) <= 2100
        and not _TARGET_YEAR.search(text, max(0, m.start() - 30), m.start())
    ]
    return max(years) if years else None


#: "the market will reach $100 billion by 2030", "exclusivity until 2031", "payable on approval
#: by June 30, 2031": a year ahead that a forecast or a term runs to, not when the text was
#: written.
_TARGET_YEAR = re.compile(
    r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]eyond)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|"
    r"mid-?|[A-Z][a-z]{2,8}\.?\s+[0-3]?\d,?\s+|[0-3]?\d\s+[A-Z][a-z]{2,8}\.?,?\s+)?$"
)


def find_dates(
    text: str,
    start: int,
    end: int,
    *,
    published: date | None,
    default_year: int | None,
    low: str | None = None,
) -> list[DateMention]:
    """Day-precise dates in `text[start:end]`, resolved to `date` where possible.

    `low` is `fold_case(text)` when the caller has it already (it reads many sentences).
    """
    if low is None:
        low = fold_case(text)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    # every pattern of `_PATTERNS` needs a digit, and weekdays, "today" and "yesterday" need
    # "day": most sentences have neither, and these tests cost far less than the patterns
    has_digit = _DIGIT.search(low, start, end) is not None
    has_day = low.find("day", start, end) >= 0
    if has_digit:
        # each pattern also needs a month's name or a separator: scan only for those present
        has_month = _MONTH_START.search(low, start, end) is not None
        has_dash = _ISO_DATE_CORE.search(low, start, end) is not None
        has_dot = _NUMERIC_DATE_CORE.search(low, start, end) is not None
        # ("2024 year 1 month 4 day" needs "month" and "day")
        has_words = has_day and low.find("month", start, end) >= 0
        gates: tuple[bool, ...] = (has_month, has_month, has_dash, has_dot, has_dot, has_words)
    else:
        gates = (False,) * len(_PATTERNS)
    for pattern, may_match in zip(_PATTERNS, gates, strict=True):
        if not may_match:
            continue
        for m in pattern.finditer(low, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            value, explicit = _resolve(m, published, default_year)
            taken.append((m.start(), m.end()))
            out.append(DateMention(m.start(), m.end(), value, explicit))
    # weekdays, "today", "yesterday" and holidays each need their own words: test those first
    has_weekday = has_day and any(low.find(w, start, end) >= 0 for w in _WEEKDAYS)
    has_relative = has_day and (
        low.find("today", start, end) >= 0 or low.find("yesterday", start, end) >= 0
    )
    for m in _WEEKDAY.finditer(low, start, end) if has_weekday else ():
        if any(0 <= a - m.end() <= 2 for a, _ in taken):
            continue  # "Monday, Jan. 19": the date that follows is the day meant
        value = None
        if published is not None:
            back = (published.weekday() - _WEEKDAYS[m.group("weekday").lower()]) % 7
            if back == 0 and m.group().startswith("last"):
                back = 7  # "last Tuesday" in a Tuesday article is a week before
            value = published - timedelta(days=back)
        out.append(DateMention(m.start(), m.end(), value, False))
    for m in _YESTERDAY.finditer(low, start, end) if has_relative else ():
        value = None
        if published is not None:
            value = published - timedelta(days=1 if m.group("rel").lower() == "yesterday" else 0)
        out.append(DateMention(m.start(), m.end(), value, False))
    has_holiday = low.find("christmas", start, end) >= 0 or low.find("new year", start, end) >= 0
    for m in _HOLIDAY.finditer(low, start, end) if has_holiday else ():
        value = None
        if published is not None:
            month, day = _HOLIDAYS[m.group("holiday").replace("’", "'")]
            value = _safe_date(published.year, month, day)
            if value is not None and value > published:
                value = _safe_date(published.year - 1, month, day)  # the last one before
        out.append(DateMention(m.start(), m.end(), value, False))
    if has_digit and published is not None and low.find("on the ", start, end) >= 0:
        for m in _DAY_OF_MONTH.finditer(low, start, end):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(DateMention(m.start(), m.end(), _day_of_month(m, published), False))
    out.sort(key=lambda d: d.start)
    if has_day and out:
        out = _days_later(low, start, end, out)
    return out


def _days_later(low: str, start: int, end: int, found: list[DateMention]) -> list[DateMention]:
    """Add "a day later", "the next day" mentions, each counted from the last date before it."""
    if not may_contain(low[start:end], _DAYS_LATER_WORDS):
        return found
    extra: list[DateMention] = []
    for m in _DAYS_LATER.finditer(low, start, end):
        before = [d for d in found if d.end <= m.start() and d.value is not None]
        if not before:
            continue
        n = _SMALL_NUMBERS[m.group("n")] if m.group("n") else 1
        if m.group("prev") or (m.group("dir") or "") in ("earlier", "before"):
            n = -n
        base = before[-1]
        value = base.value + timedelta(days=n) if base.value is not None else None
        extra.append(DateMention(m.start(), m.end(), value, base.explicit_year))
    return sorted([*found, *extra], key=lambda d: d.start) if extra else found


def _resolve(
    m: re.Match[str], published: date | None, default_year: int | None
) -> tuple[date | None, bool]:
    groups = m.groupdict()
    month = _MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["nmonth"])
    day = int(groups["day"])
    year_text = groups.get("year")
    year = int(year_text) if year_text else None
    if year is None:
        if published is not None:
            year = published.year
            candidate = _safe_date(year, month, day)
            if candidate is not None and candidate > published + timedelta(days=7):
                year -= 1
        else:
            year = default_year
    if year is None:
        return None, False
    return _safe_date(year, month, day), year_text is not None


def _day_of_month(m: re.Match[str], published: date) -> date | None:
    day = int(m.group("day"))
    if day <= published.day:
        return _safe_date(published.year, published.month, day)
    last_month = published.replace(day=1) - timedelta(days=1)
    return _safe_date(last_month.year, last_month.month, day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_published(text: str) -> date | None:
    """The article date from its first lines (dateline or `Date: 20/05/2025`), or from a
    labelled date line closing it (a page saved with its footer: "Date: 20/11/2025"), if any."""
    head = text[:400]
    for d in find_dates(head, 0, len(head), published=None, default_year=None):
        if d.value is not None and d.explicit_year:
            if head[max(0, d.start - 8) : d.start].lower() == "week of ":
                # "The China Deal Sheet - Week of Jan. 6, 2025": written at the week's end, so
                # its "on Tuesday" is the Tuesday of that week
                return d.value + timedelta(days=6)
            return d.value
    tail_start = max(400, len(text) - 400)
    for m in finditer_lines(_LABELLED_DATE, _LABELLED_DATE_BROKEN, text, tail_start):
        for d in find_dates(
            text, m.start("date"), m.end("date"), published=None, default_year=None
        ):
            if d.value is not None and d.explicit_year:
                return d.value
    return None


_LABELLED_DATE = re.compile(
    r"^[ \t]*(?:Date|Published(?: on)?|Publication date|Posted(?: on)?|Release date)\s*:\s*"
    r"(?P<date>[^\n]{6,40}?)\s*$",
    re.M | re.I,
)


#: The patterns above with a line break in place of their `^` (see `search_lines`).
_DATELINE_BROKEN = after_break(_DATELINE)
_BARE_DATELINE_BROKEN = after_break(_BARE_DATELINE)
_LABELLED_DATE_BROKEN = after_break(_LABELLED_DATE)


@lru_cache(maxsize=1)
def _dateline(text: str) -> re.Match[str] | None:
    """The dateline of `text`: both `dateline_place` (for the company finder) and
    `find_dateline` (for the deal's date) ask it of each text; one entry keeps memory flat."""
    end = min(len(text), 1500)
    found = [
        m
        for m in (
            search_lines(_DATELINE, _DATELINE_BROKEN, text, 0, end),
            search_lines(_BARE_DATELINE, _BARE_DATELINE_BROKEN, text, 0, end),
        )
        if m
    ]
    return min(found, key=lambda m: m.start()) if found else None


def dateline_place(text: str) -> tuple[int, int] | None:
    """Where the place of a press-release dateline stands (its cities are not companies)."""
    m = _dateline(text)
    return (m.start(), m.start("date")) if m else None


def find_dateline(text: str) -> DateMention | None:
    """The date of a press-release or wire dateline ("CITY, Month D, YYYY /Wire/ --") in the
    first lines of `text`, if any: the day the news was released from that place."""
    m = _dateline(text)
    if m is None:
        return None
    day = m.group("date")
    for d in find_dates(day, 0, len(day), published=None, default_year=None):
        if d.value is not None and d.explicit_year:
            start = m.start("date") + d.start
            return DateMention(start, start + d.end - d.start, d.value, True)
    return None
