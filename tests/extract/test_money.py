"""Money mentions: every written form parses to the exact amount and ISO currency (issue 3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealradar.errors import ParseError
from dealradar.extract.money import find_money, parse_money, parse_number, with_declared_scale


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$18m", "18000000", "USD"),
        ("US$1.093 billion", "1093000000", "USD"),
        ("USD 18 million", "18000000", "USD"),
        ("$1.1B", "1100000000", "USD"),
        ("1.5 billion US dollars", "1500000000", "USD"),
        ("1.013 billion U.S. dollars", "1013000000", "USD"),
        ("€50 million", "50000000", "EUR"),
        ("RMB 12.4 billion", "12400000000", "CNY"),
        ("12.4 billion yuan", "12400000000", "CNY"),
        ("JPY 3 billion", "3000000000", "JPY"),
        ("US $ 2.4 billion", "2400000000", "USD"),
        ("USD645 million", "645000000", "USD"),
        ("USD 4.5bn", "4500000000", "USD"),
        ("38.5 million pounds", "38500000", "GBP"),
        ("2 billion pound sterling", "2000000000", "GBP"),
        ("RMB 9,725,200", "9725200", "CNY"),
        ("two hundred million dollars", "200000000", "USD"),
        ("forty-two million euros", "42000000", "EUR"),
        ("HK$34.50", "34.5", "HKD"),
        ("CHF 120 million", "120000000", "CHF"),
    ],
)
def test_written_amount_parses_to_exact_figure(text: str, amount: str, currency: str) -> None:
    m = parse_money(text)
    assert (m.amount, m.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("up to $1.9 billion", "up_to"),
        ("as much as $9.5 billion", "up_to"),
        ("not more than 1.093 billion US dollars", "up_to"),
        ("over 2 billion US dollars", "over"),
        ("more than $2 billion", "over"),
        ("approximately USD 25.1m", "approx"),
        ("roughly RMB 7.8 billion", "approx"),
        ("$800 million", None),
    ],
)
def test_qualifier_is_read_but_figure_kept(text: str, qualifier: str | None) -> None:
    (m,) = find_money(text)
    assert m.qualifier == qualifier


def test_range_keeps_upper_bound_and_low_end() -> None:
    (m,) = find_money("milestones of $1.2-1.5 billion")
    assert (m.low, m.amount, m.qualifier) == (Decimal("1200000000"), Decimal("1500000000"), "up_to")


def test_bracketed_figure_in_other_currency_is_a_conversion() -> None:
    found = find_money("38.5 million pounds ($49.5 million) upfront")
    assert [m.conversion for m in found] == [False, True]


@pytest.mark.parametrize("text", ["10m shares", "56 new drugs", "in 2024 the", "7.7% of sales"])
def test_number_without_currency_is_not_money(text: str) -> None:
    assert find_money(text) == []


def test_unknown_scale_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_number("12", "gazillion")


def test_text_with_two_amounts_is_not_one_amount() -> None:
    with pytest.raises(ParseError):
        parse_money("$1 million and $2 million")


_PREFIX = {
    "USD": ["$", "US$", "USD ", "US $ "],
    "EUR": ["€", "EUR "],
    "CNY": ["RMB ", "CNY "],
    "JPY": ["JPY "],
    "GBP": ["£", "GBP "],
}
_SUFFIX = {
    "USD": [" US dollars", " dollars", " USD"],
    "EUR": [" euros"],
    "CNY": [" yuan"],
    "JPY": [" yen"],
    "GBP": [" pounds"],
}
_SCALE_WORDS = {6: [" million", "m", " mn"], 9: [" billion", "bn", "B"], 0: [""]}


@given(
    units=st.integers(min_value=1, max_value=999_999),
    decimals=st.integers(min_value=0, max_value=3),
    exponent=st.sampled_from([0, 6, 9]),
    currency=st.sampled_from(sorted(_PREFIX)),
    style=st.integers(min_value=0, max_value=10),
    prefix=st.booleans(),
)
def test_rendered_amount_parses_back_to_itself(
    units: int, decimals: int, exponent: int, currency: str, style: int, prefix: bool
) -> None:
    """Property: any figure written in any supported style parses back exactly."""
    number = Decimal(units).scaleb(-decimals)
    scale_words = _SCALE_WORDS[exponent]
    scale = scale_words[style % len(scale_words)]
    if not prefix and scale in ("m", "bn", "B"):
        scale = " million" if exponent == 6 else " billion"
    if prefix:
        marks = _PREFIX[currency]
        text = f"{marks[style % len(marks)]}{number}{scale}"
    else:
        marks = _SUFFIX[currency]
        text = f"{number}{scale}{marks[style % len(marks)]}"
    m = parse_money(text)
    assert m.currency == currency
    assert m.amount == number.scaleb(exponent)


@given(st.text(max_size=200))
def test_finder_never_crashes_and_spans_stay_inside(text: str) -> None:
    """Property: arbitrary text gives well-formed mentions (or none), never an exception."""
    for m in find_money(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.amount >= 0


@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["thousand", "million", "billion"]),
)
def test_thousands_separators_do_not_change_the_value(n: int, scale: str) -> None:
    plain = parse_money(f"${n} {scale}")
    grouped = parse_money(f"${n:,} {scale}")
    assert plain.amount == grouped.amount


def test_a_declared_scale_applies_after_it_to_grouped_figures_only() -> None:
    text = (
        "Revenue was $12,500 last year. (in thousands, except per share amounts) The upfront "
        "was $38,000; the price was $14.50 per share; milestones are up to $1.2 billion; a fee "
        "of $500 was paid."
    )
    low = text.lower()
    found = with_declared_scale(text, low, find_money(text))
    assert [int(m.amount) for m in found] == [12_500, 38_000_000, 14, 1_200_000_000, 500]


def test_no_declared_scale_leaves_every_figure() -> None:
    text = "The upfront was $38,000 and the thousands of patients ..."
    found = find_money(text)
    assert with_declared_scale(text, text.lower(), found) == found
