"""Chinese amounts: numerals, units, currencies, qualifiers, ranges and vague counts."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealradar.extract.zh.money import find_money
from dealradar.extract.zh.numbers import parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("十亿", 1_000_000_000),
        ("1.8亿", 180_000_000),
        ("5000万", 50_000_000),
        ("4,500万", 45_000_000),
        ("4千亿", 400_000_000_000),
        ("1亿5000万", 150_000_000),
        ("一百二十亿", 12_000_000_000),
        ("两千万", 20_000_000),
        ("12.5亿", 1_250_000_000),
    ],
)
def test_written_number_has_exact_value(written: str, value: int) -> None:
    assert parse_number(written) == Decimal(value)


@pytest.mark.parametrize("written", ["", "亿", "1亿5", "abc"])
def test_malformed_number_is_none(written: str) -> None:
    assert parse_number(written) is None


@pytest.mark.parametrize(
    ("phrase", "amount", "currency", "qualifier"),
    [
        ("12.5亿美元", 1_250_000_000, "USD", None),
        ("4.5亿元人民币", 450_000_000, "CNY", None),
        ("人民币1亿元", 100_000_000, "CNY", None),
        ("8000万美金", 80_000_000, "USD", None),
        ("十亿美元", 1_000_000_000, "USD", None),
        ("约120亿美元", 12_000_000_000, "USD", "approx"),
        ("超过10亿美元", 1_000_000_000, "USD", "over"),
        ("逾3亿元", 300_000_000, "CNY", "over"),
        ("最高可达20.12亿美元", 2_012_000_000, "USD", "up_to"),
        ("至多4.92亿美元", 492_000_000, "USD", "up_to"),
        ("近10亿美元", 1_000_000_000, "USD", "approx"),
        ("1000多万美元", 10_000_000, "USD", "over"),
        ("US$1.5 billion", 1_500_000_000, "USD", None),
        ("316.47亿港元", 31_647_000_000, "HKD", None),
    ],
)
def test_money_phrase_is_read_with_currency_and_qualifier(
    phrase: str, amount: int, currency: str, qualifier: str | None
) -> None:
    [mention] = find_money(phrase)
    assert (mention.amount, mention.currency, mention.qualifier) == (
        Decimal(amount),
        currency,
        qualifier,
    )
    assert phrase[mention.start : mention.end].endswith(phrase[-2:])


@pytest.mark.parametrize(
    "phrase", ["数千万美元", "数十亿美元", "几十亿元", "十几亿美元", "157起交易"]
)
def test_vague_amount_is_not_a_figure(phrase: str) -> None:
    assert find_money(phrase) == []


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("人民币30,000万元至60,000万元", 300_000_000, 600_000_000),
        ("1-2亿美元", 100_000_000, 200_000_000),
    ],
)
def test_range_keeps_upper_figure_and_remembers_lower(phrase: str, low: int, high: int) -> None:
    [mention] = find_money(phrase)
    assert (mention.low, mention.amount, mention.qualifier) == (
        Decimal(low),
        Decimal(high),
        "up_to",
    )


def test_conversion_is_flagged() -> None:
    first, second = find_money("最高可达20.12亿美元,约合人民币146.6亿元")
    assert not first.conversion
    assert second.conversion and second.currency == "CNY"


def test_code_digits_are_not_money() -> None:
    assert find_money("HRS-9821美元") == []


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["万", "亿", "千万", "百万"]))
def test_arabic_with_unit_scales_exactly(number: int, unit: str) -> None:
    scale = {"万": 10**4, "亿": 10**8, "千万": 10**7, "百万": 10**6}[unit]
    [mention] = find_money(f"支付{number}{unit}美元首付款")
    assert mention.amount == Decimal(number * scale)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=99))
def test_decimal_yi_is_exact(whole: int, hundredths: int) -> None:
    [mention] = find_money(f"{whole}.{hundredths:02d}亿美元")
    assert mention.amount == Decimal(f"{whole}.{hundredths:02d}") * 10**8


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=10**12))
def test_chinese_numeral_round_trips_through_cn2an(number: int) -> None:
    written = cn2an.an2cn(number)
    [mention] = find_money(f"{written}元")
    assert mention.amount == Decimal(number)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_well_formed_mentions(text: str) -> None:
    for mention in find_money(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.amount >= 0
