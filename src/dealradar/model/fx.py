"""USD equivalents at a deal's date, from the ECB reference rates `currencyconverter` bundles.

No network: the package ships the ECB history, so a rate is reproducible offline. A date
after the bundled history uses its last day, a weekend or holiday is interpolated; the rate and
the date it stands for are recorded on the Money so a reader can check the conversion.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from currency_converter import CurrencyConverter

from dealradar.errors import ValidationError
from dealradar.model.money import Money


@lru_cache(maxsize=1)
def _converter() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def supported_currencies() -> frozenset[str]:
    return frozenset(_converter().currencies)


@lru_cache(maxsize=65536)
def usd_rate(currency: str, on: date) -> tuple[Decimal, date]:
    """USD per one unit of `currency` on `on`, and the date the rate is really for.

    Raises:
        ValidationError: the currency is not in the ECB set.
    """
    if currency == "USD":
        return Decimal(1), on
    conv = _converter()
    if currency not in conv.currencies:
        raise ValidationError(
            f"no ECB reference rate for currency {currency!r}; "
            f"known: {', '.join(sorted(conv.currencies))}"
        )
    first = max(conv.bounds[currency].first_date, conv.bounds["USD"].first_date)
    last = min(conv.bounds[currency].last_date, conv.bounds["USD"].last_date)
    used = min(max(on, first), last)
    rate = conv.convert(1, currency, "USD", date=used)
    return Decimal(str(round(rate, 8))), used


def to_usd(money: Money, on: date | None) -> Money:
    """`money` with its USD equivalent filled in for date `on` (today's rates if None)."""
    if money.currency == "USD":
        return money
    when = on or date.today()
    rate, used = usd_rate(money.currency, when)
    usd = (money.amount * rate).quantize(Decimal("1"))
    return replace(money, usd=usd, fx_rate=rate, fx_date=used)
