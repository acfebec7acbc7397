"""Money keeps the stated currency and amount, and says whether a figure was read or derived."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dealradar.errors import ValidationError
from dealradar.model import Money, format_usd
from dealradar.model.fx import to_usd, usd_rate


def test_usd_amount_is_its_own_usd_equivalent() -> None:
    m = Money(Decimal("18000000"))
    assert m.usd == Decimal("18000000")
    assert m.fx_rate == 1


def test_usd_millions_builds_full_amounts() -> None:
    assert Money.usd_millions("1093").amount == Decimal("1093000000")
    assert Money.usd_millions(3.5).amount == Decimal("3500000")


@pytest.mark.parametrize("currency", ["usd", "US$", "DOLLARS", ""])
def test_currency_must_be_an_iso_code(currency: str) -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        Money(Decimal(1), currency)


def test_negative_amounts_are_rejected() -> None:
    with pytest.raises(ValueError, match="negative"):
        Money(Decimal(-1))


def test_json_round_trip_keeps_everything() -> None:
    m = to_usd(Money(Decimal("12400000000"), "CNY", qualifier="approx"), date(2025, 9, 24))
    again = Money.from_json(m.to_json())
    assert again == m


def test_json_amount_is_a_plain_integer_when_whole() -> None:
    data = Money(Decimal("1093000000.00")).to_json()
    assert data["amount"] == 1093000000 and isinstance(data["amount"], int)
    assert data["currency"] == "USD"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1_093_000_000, "$1.09B"),
        (18_000_000, "$18.0M"),
        (950_000, "$950K"),
        (12, "$12"),
        (None, "—"),
    ],
)
def test_format_usd_reads_like_an_analyst(value: float | None, text: str) -> None:
    assert format_usd(value) == text


def test_cny_deal_gets_the_usd_value_of_its_date() -> None:
    """ECB reference rates on 2025-09-24: 1 EUR = 1.1755 USD = 8.3810 CNY → 0.14026 USD/CNY."""
    m = to_usd(Money(Decimal("12400000000"), "CNY"), date(2025, 9, 24))
    assert m.fx_date == date(2025, 9, 24)
    assert m.fx_rate is not None and Decimal("0.1395") < m.fx_rate < Decimal("0.1410")
    assert m.usd == (m.amount * m.fx_rate).quantize(Decimal(1))
    assert m.amount == Decimal("12400000000") and m.currency == "CNY"  # original kept


def test_the_rate_depends_on_the_date() -> None:
    early, _ = usd_rate("CNY", date(2020, 5, 4))
    late, _ = usd_rate("CNY", date(2025, 9, 24))
    assert early != late
    jpy, _ = usd_rate("JPY", date(2025, 9, 24))
    assert Decimal("0.005") < jpy < Decimal("0.009")


@pytest.mark.parametrize("currency", ["CNY", "EUR", "JPY", "KRW", "GBP", "CHF"])
def test_main_deal_currencies_convert(currency: str) -> None:
    m = to_usd(Money(Decimal(1_000_000), currency), date(2024, 6, 3))
    assert m.usd is not None and m.usd > 0 and m.fx_rate is not None


def test_weekend_dates_are_interpolated_and_recorded() -> None:
    m = to_usd(Money(Decimal(1_000_000), "EUR"), date(2025, 9, 27))  # a Saturday
    assert m.fx_date == date(2025, 9, 27)
    friday, _ = usd_rate("EUR", date(2025, 9, 26))
    monday, _ = usd_rate("EUR", date(2025, 9, 29))
    assert m.fx_rate is not None
    assert min(friday, monday) <= m.fx_rate <= max(friday, monday)


def test_dates_after_the_bundled_history_use_its_last_day() -> None:
    m = to_usd(Money(Decimal(1_000_000), "CNY"), date(2099, 1, 1))
    assert m.fx_date is not None and m.fx_date < date(2099, 1, 1)


def test_unknown_currency_is_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="no ECB reference rate for currency 'XYZ'"):
        to_usd(Money(Decimal(1), "XYZ"), date(2025, 1, 2))
