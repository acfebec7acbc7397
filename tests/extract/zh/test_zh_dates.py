"""Announcement dates: written years, the published year, and years inferred from the text."""

from __future__ import annotations

from datetime import date

from dealradar.extract import extract
from dealradar.extract.zh.dates import find_dates, resolve

DEAL = "{when},甲乙生物宣布与辉瑞达成独家许可协议,获得1亿美元首付款。"


def announced(text: str, published: date | None = None) -> date | None:
    [deal] = extract(text, language="zh", published=published)
    return deal.announced


def test_full_date_is_taken_as_written() -> None:
    assert announced(DEAL.format(when="2025年9月24日")) == date(2025, 9, 24)


def test_month_day_takes_the_published_year() -> None:
    assert announced(DEAL.format(when="9月24日"), date(2025, 10, 1)) == date(2025, 9, 24)


def test_month_day_after_publication_is_last_year() -> None:
    assert announced(DEAL.format(when="12月30日"), date(2025, 1, 3)) == date(2024, 12, 30)


def test_year_follows_the_latest_past_event_in_the_text() -> None:
    text = DEAL.format(when="1月2日") + "该药已于2024年12月完成I期首例患者给药。"
    assert announced(text) == date(2025, 1, 2)


def test_future_event_is_no_anchor() -> None:
    text = DEAL.format(when="12月26日") + "截至2023年12月22日收盘。交易预计于2024年第一季度完成。"
    assert announced(text) == date(2023, 12, 26)


def test_date_without_any_year_hint_stays_unknown() -> None:
    assert announced(DEAL.format(when="9月24日")) is None


def test_impossible_date_is_ignored() -> None:
    assert find_dates("2025年2月30日") == []
    [mention] = find_dates("2025年2月28日")
    assert resolve(mention, "", None) == date(2025, 2, 28)
