"""Calendar buckets (month, quarter, half, year) and parsing of published period labels."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Literal

Granularity = Literal["month", "quarter", "half", "year"]
GRANULARITIES: tuple[Granularity, ...] = ("month", "quarter", "half", "year")

_MONTHS = {m.casefold(): i for i, m in enumerate(calendar.month_abbr) if m}


def period_label(key: int, by: Granularity) -> str:
    """'2025-03', '2025-Q1', '2025-H1' or '2025' for a key `year * 100 + month|quarter|half`."""
    year, sub = divmod(int(key), 100)
    return {
        "month": f"{year}-{sub:02d}",
        "quarter": f"{year}-Q{sub}",
        "half": f"{year}-H{sub}",
        "year": str(year),
    }[by]


def bucket(day: date, by: Granularity) -> str:
    """The label of the period `day` falls in; labels sort in time order."""
    sub = {"month": day.month, "quarter": (day.month + 2) // 3, "half": (day.month + 5) // 6}
    return period_label(day.year * 100 + sub.get(by, 0), by)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month(word: str) -> int | None:
    return _MONTHS.get(word[:3].casefold())


def parse_period(label: str) -> tuple[date, date] | None:
    """The date range a published period label covers, or None when it is not a closed past
    range (forecasts, projections, multi-year spans we cannot place).

    Handles the shapes industry reports use: '2024', 'H1 2025', 'Q1 2025', 'Q1-Q3 2025',
    '2025 YTD to 2025-08-29', '2025 YTD to end-Oct 2025', 'Jan-May 2025', '2025 Jan-Aug',
    'Oct 2025', 'Aug-Oct 2023', '2024-2025'.
    """
    text = label.strip()
    low = text.casefold()
    if any(w in low for w in ("forecast", "projection", "~")):
        return None
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    if not years:
        return None
    year = years[0]
    if m := re.fullmatch(r"(20\d\d)", text):
        return date(year, 1, 1), date(year, 12, 31)
    if m := re.fullmatch(r"(20\d\d)\s*-\s*(20\d\d)", text):
        return date(int(m.group(1)), 1, 1), date(int(m.group(2)), 12, 31)
    if m := re.fullmatch(r"H([12])\s+(20\d\d)", text):
        h = int(m.group(1))
        return (
            (date(year, 1, 1), date(year, 6, 30))
            if h == 1
            else (date(year, 7, 1), date(year, 12, 31))
        )
    if m := re.fullmatch(r"Q([1-4])(?:\s*-\s*Q([1-4]))?\s+(20\d\d)", text):
        q1 = int(m.group(1))
        q2 = int(m.group(2) or q1)
        return date(year, 3 * q1 - 2, 1), _month_end(year, 3 * q2)
    if "ytd" in low:
        if m := re.search(r"to (20\d\d-\d\d-\d\d)", text):
            return date(year, 1, 1), date.fromisoformat(m.group(1))
        if m := re.search(r"to (?:end-|early |mid-)?([A-Za-z]{3})[a-z]* (20\d\d)", text):
            month = _month(m.group(1))
            if month:
                end = _month_end(int(m.group(2)), month)
                if "early" in low:
                    end = date(end.year, month, 10)
                elif "mid-" in low:
                    end = date(end.year, month, 15)
                return date(year, 1, 1), end
        if m := re.search(r"to Q([1-4])", text):
            return date(year, 1, 1), _month_end(year, 3 * int(m.group(1)))
        return None
    if m := re.fullmatch(
        r"(?:(20\d\d)\s+)?([A-Za-z]{3})[a-z]*(?:\s*-\s*([A-Za-z]{3})[a-z]*)?(?:\s+(20\d\d))?", text
    ):
        first, last = _month(m.group(2)), _month(m.group(3) or m.group(2))
        if first and last:
            return date(year, first, 1), _month_end(year, last)
    return None
