"""Phrasing met in the blind set en25 (scored once first at 0.952).

en25: a press release whose terms are a bullet list, the milestones split over two lines by
category ("- Development and regulatory milestones: X is eligible to receive up to $A;" then
"- Commercial milestones: up to $B;"), the second line naming no company; company purchases
at a cash price per share plus a contingent value right (CVR), where "the upfront cash portion
represents a transaction value of $A" and the CVR-inclusive value $B is the total; a release
opening on its date alone ("19 March 2024 -- X and Y have entered into ...") with no city; a
price per share restated as "an aggregate of approximately $X"; a roundup whose items open on
a heading of the company and the deal's date in brackets ("X (June 20, 2023)."); a news story
on a purchase "for $25 a share in cash, or about $2.9 billion" recalling that the buyer "bought
$35 million of X stock" in an earlier co-promotion pact.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from decimal import Decimal

from phrasing import deals_in as _deals

from dealradar.extract.dates import find_dateline

_BULLETS = (
    "Corvanta Therapeutics Enters into License Agreement with Belmora Pharma for Trelosib in "
    "Greater China\n\n"
    "HANGZHOU, China -- Corvanta Therapeutics, Inc. today announced that it has entered into "
    "an exclusive license agreement with Belmora Pharma, Inc. for the development and "
    "commercialization of trelosib in Mainland China, Hong Kong, Macau and Taiwan.\n\n"
    "Terms of the agreement:\n\n"
    "- Upfront payment: Corvanta will pay Belmora US$25 million;\n"
    "- Development and regulatory milestones: Belmora is eligible to receive up to "
    "US$117 million;\n"
    "- Commercial milestones: up to US$158 million;\n"
    "- Royalties: Belmora will be entitled to tiered royalties on net sales in the territory.\n"
)


def test_milestone_categories_on_consecutive_bullets_add_up() -> None:
    (deal,) = _deals(_BULLETS)
    assert deal.upfront is not None and deal.upfront.amount == Decimal(25_000_000)
    assert deal.milestones is not None and deal.milestones.amount == Decimal(275_000_000)
    assert deal.total is not None and deal.total.amount == Decimal(300_000_000)


_CVR = (
    "Quentora to Acquire Lavendis Bio\n\n"
    "BOSTON, May 4, 2031 -- Quentora Inc. and Lavendis Bio, Inc. today announced a definitive "
    "agreement under which Quentora will acquire Lavendis for $17.00 per share in cash, plus a "
    "contingent value right (CVR) of up to $2.50 per share in cash payable upon approval of "
    "LVD-118. The upfront cash portion of the consideration represents a transaction value of "
    "approximately $640 million. Including the maximum CVR payments, the total transaction "
    "value could reach approximately $735 million.\n"
)


def test_upfront_cash_portion_of_a_cvr_deal_is_the_upfront() -> None:
    (deal,) = _deals(_CVR)
    assert deal.deal_type == "acquisition"
    assert deal.upfront is not None and deal.upfront.amount == Decimal(640_000_000)
    assert deal.total is not None and deal.total.amount == Decimal(735_000_000)


_BARE = (
    "Harlowe Bio to Acquire Tessimon Therapeutics\n\n"
    "7 October 2032 -- Harlowe Bio and Tessimon Therapeutics Inc. have entered into a "
    "definitive agreement under which Harlowe Bio will acquire Tessimon for $9.00 per share in "
    "cash, or approximately $480 million.\n"
)


def test_a_date_alone_before_a_double_dash_is_the_dateline() -> None:
    found = find_dateline(_BARE)
    assert found is not None and str(found.value) == "2032-10-07"
    (deal,) = _deals(_BARE)
    assert str(deal.announced) == "2032-10-07"


def test_a_timeline_entry_with_a_single_dash_is_no_dateline() -> None:
    assert find_dateline("7 October 2032 - Harlowe Bio filed its annual report.\n") is None


_AGGREGATE = (
    "Norvessa Pharma said on Monday it would acquire Pellacor Biotherapeutics Inc. for "
    "$31.25 per share in cash, an aggregate of approximately $2.15 billion.\n"
)


def test_a_per_share_price_restated_as_an_aggregate_is_the_price() -> None:
    (deal,) = _deals(_AGGREGATE)
    assert deal.deal_type == "acquisition"
    assert deal.upfront is not None and deal.upfront.amount == Decimal(2_150_000_000)
    assert deal.total is not None and deal.total.amount == Decimal(2_150_000_000)


_ROUNDUP = (
    "ACQUISITIONS IN BRIEF: Corvello's busy year\n\n"
    "Published November 9, 2033\n\n"
    "Corvello Pharma has been an active buyer this year. Two of its purchases, in brief:\n\n"
    "Samsora Biosciences (March 12, 2033). Corvello agreed to acquire Samsora Biosciences "
    "for $22 per share in cash, or approximately $760 million, through a tender offer.\n\n"
    "Ilvane Therapeutics (August 2, 2033). Corvello agreed to acquire Ilvane Therapeutics for "
    "$8 per share in cash, or approximately $310 million.\n"
)


def test_an_item_heading_dates_the_deal_told_under_it() -> None:
    dates = {d.licensors[0].name: str(d.announced) for d in _deals(_ROUNDUP)}
    assert dates == {"Samsora Biosciences": "2033-03-12", "Ilvane Therapeutics": "2033-08-02"}


_EARLIER_STAKE = (
    "Dravona said Tuesday it will acquire Kelmith Bio for $14 a share in cash, or about "
    "$1.1 billion, taking full control of Ostrelid.\n\n"
    "Dravona already knew the drug well. Last May, Dravona struck a co-promotion agreement with "
    "Kelmith to help market Ostrelid and bought $20 million of Kelmith stock as part of that "
    "pact.\n"
)


def test_a_cash_price_a_share_is_paid_upfront_and_an_earlier_stake_is_no_term() -> None:
    deal = next(d for d in _deals(_EARLIER_STAKE) if d.deal_type == "acquisition")
    assert deal.upfront is not None and deal.upfront.amount == Decimal(1_100_000_000)
    assert deal.total is not None and deal.total.amount == Decimal(1_100_000_000)
    assert deal.equity is None
