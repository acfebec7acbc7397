"""Dates in Chinese deal news: `2025年9月24日`, and `9月24日` resolved to a year.

A date without a year takes the year of the published date (the year before when that would
put it after publication). Without a published date, the year is the earliest that keeps the
date after every dated event the text reports in the past ("2024年12月完成首例给药" makes
"1月2日" 2025); future events ("预计2024年第一季度完成") are not anchors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_DATE = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s?年\s?)?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日"
)
_ANCHOR = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s?年\s?(?:(?P<month>\d{1,2})\s?月|(?P<quarter>一|二|三|四|第一|第二|第三|"
    r"第四)季度|(?P<half>上半年|下半年))?"
)
_FUTURE = re.compile(r"(?:预计|将于|将在|有望|计划|到期|延长至|到|(?<!截)至)[^,;。]{0,6}$")
_QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12}
#: Words after a date that make it the date of an announcement or a signing.
ANNOUNCE = re.compile(
    r"^[^。;]{0,30}?(?:宣布|公告|披露|讯|发布|签署|签订|订立|达成|联合宣布|共同宣布)"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A day-precise date `[start, end)` in the text; `year` is None when not written."""

    start: int
    end: int
    year: int | None
    month: int
    day: int


def find_dates(text: str) -> list[DateMention]:
    """Every day-precise date in folded `text` that is a real calendar date."""
    out: list[DateMention] = []
    for match in _DATE.finditer(text):
        year = int(match["year"]) if match["year"] else None
        month, day = int(match["month"]), int(match["day"])
        try:
            date(year or 2000, month, day)
        except ValueError:
            continue
        out.append(DateMention(match.start(), match.end(), year, month, day))
    return out


def resolve(mention: DateMention, text: str, published: date | None) -> date | None:
    """The calendar date a mention stands for, or None when its year cannot be told."""
    if mention.year is not None:
        return date(mention.year, mention.month, mention.day)
    if published is not None:
        guess = date(published.year, mention.month, mention.day)
        return guess if guess <= published else date(published.year - 1, mention.month, mention.day)
    anchors = _past_anchors(text)
    if not anchors:
        return None
    latest = max(anchors)
    year = latest.year
    if date(year, mention.month, mention.day) < latest:
        year += 1
    return date(year, mention.month, mention.day)


def _past_anchors(text: str) -> list[date]:
    """The latest day each dated past event in the text could have happened on."""
    out: list[date] = []
    for match in _ANCHOR.finditer(text):
        if _FUTURE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        year = int(match["year"])
        if match["month"]:
            month = int(match["month"])
            if not 1 <= month <= 12:
                continue
            day = _day_after(text, match.end())
            out.append(date(year, month, day or 1))
        elif match["quarter"]:
            out.append(date(year, _QUARTER_END[match["quarter"][-1]], 1))
        elif match["half"]:
            out.append(date(year, 6 if match["half"] == "上半年" else 12, 1))
        else:
            out.append(date(year, 1, 1))
    return out


def _day_after(text: str, pos: int) -> int | None:
    match = re.match(r"\s?(\d{1,2})\s?日", text[pos:])
    if match and 1 <= int(match.group(1)) <= 28:
        return int(match.group(1))
    return None


def announced_in(
    text: str, start: int, end: int, published: date | None
) -> tuple[date, DateMention] | None:
    """The first announcement or signing date in `text[start:end]`, resolved to a year."""
    for mention in find_dates(text[start:end]):
        absolute = DateMention(
            start + mention.start, start + mention.end, mention.year, mention.month, mention.day
        )
        if ANNOUNCE.search(text[absolute.end : absolute.end + 40]):
            when = resolve(absolute, text, published)
            if when is not None:
                return when, absolute
    return None
