"""Announcement dates resolve against the published date or the year the text gives."""

from __future__ import annotations

from datetime import date

import pytest

from dealradar.extract import extract
from dealradar.extract.dates import find_dates, latest_year, parse_published


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On September 24th, X", date(2025, 10, 1), date(2025, 9, 24)),
        ("on Monday", date(2025, 6, 4), date(2025, 6, 2)),
        ("Wednesday's statement", date(2025, 10, 8), date(2025, 10, 8)),
        ("late yesterday", date(2025, 8, 12), date(2025, 8, 11)),
        ("Dec. 12, 2023 -", None, date(2023, 12, 12)),
        ("13.03.2025 -", None, date(2025, 3, 13)),
        ("30 April 2024 -", None, date(2024, 4, 30)),
        ("On December 30th", date(2026, 1, 2), date(2025, 12, 30)),
        # a day of the month alone ("4日晚" translated): this month, or the last one
        ("On the evening of the 4th, X", date(2020, 5, 5), date(2020, 5, 4)),
        ("On the 29th, X", date(2024, 11, 2), date(2024, 10, 29)),
    ],
)
def test_date_expression_resolves(text: str, published: date | None, expected: date) -> None:
    (found,) = [
        d for d in find_dates(text, 0, len(text), published=published, default_year=None) if d.value
    ]
    assert found.value == expected


def test_month_without_day_is_not_a_date() -> None:
    assert find_dates("In October, X announced", 0, 23, published=None, default_year=2025) == []


def test_year_less_date_takes_latest_year_in_text() -> None:
    assert latest_year("in the first half of 2025, after 2024") == 2025


def test_dateline_gives_published_date() -> None:
    assert parse_published("Title\n\nJune 2, 2025 - Regeneron said") == date(2025, 6, 2)


def test_announced_date_comes_from_announcement_sentence() -> None:
    text = (
        "Zenith Pharma deal\n\nOn May 16, Zenith Pharma announced that it will license "
        "ZP-101 to Orbit Therapeutics for $20 million upfront."
    )
    (deal,) = extract(text, published=date(2024, 5, 17), language="en")
    assert deal.announced == date(2024, 5, 16)


def test_last_weekday_on_that_weekday_is_a_week_before() -> None:
    # published on a Tuesday: "last Tuesday" is seven days earlier, not the same day
    text = (
        "Deal roundup\n\n"
        "Vantera Pharma agreed last Tuesday to acquire Crestline Bio for $31 per share in cash, "
        "valuing the company at about $2.3 billion.\n"
    )
    deals = extract(text, published=date(2025, 9, 16), language="en")
    assert [d.announced for d in deals] == [date(2025, 9, 9)]


def test_a_day_of_the_month_is_no_date_when_a_noun_follows() -> None:
    text = "on the 3rd floor, on the 2nd anniversary"
    assert find_dates(text, 0, len(text), published=date(2024, 5, 9), default_year=None) == []


def test_a_day_of_the_month_dates_the_deal_it_announces() -> None:
    text = (
        "Qinhai Biotech licenses QH-3301 to Norvale Pharma\n\nMay 5, 2020\n\n"
        "On the evening of the 4th, Qinhai Biotech announced that the company granted Norvale "
        "Pharma exclusive rights to QH-3301 outside Greater China for a down payment of "
        "10 million US dollars."
    )
    (deal,) = extract(text)
    assert deal.announced == date(2020, 5, 4)


def test_a_labelled_date_closing_the_page_is_the_published_date() -> None:
    body = "Qinhai Biotech licensed QH-1 to Norvale Pharma. " * 12
    assert parse_published(body + "\n\nDate: 20/11/2025\n") == date(2025, 11, 20)
    assert parse_published(body + "\n\nIt grew 20% in 2025.\n") is None
