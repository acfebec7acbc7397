"""Phrasing met in the blind set en35 (scored once first at 0.778): a trade-press brief whose
buyer is named bare ("Exelixis is using its checkbook") and then only as "The Alameda,
California, company (NASDAQ: EXEL)"; a second item where the licensee "will take over
development and commercialization in greater China, handing X $20 million upfront"; a
roundup whose target is known only by its listing ("Morphic Holding (NASDAQ: MORF)"); a
law firm's tally of "transactions since 2023, with aggregate value in excess of US$9
billion"; a headline figure "in upfront and milestone payments".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import company_names, deals_in, one_deal, party_pairs


def test_an_officer_title_after_a_bare_name_makes_it_a_company() -> None:
    text = (
        "Months after a proxy fight, Norvale is using its checkbook again.\n\n"
        '"The data set this compound apart," Norvale chief scientific officer Dana Ortiz said. '
        "Tessel CEO Mark Tell agreed."
    )
    assert {"Norvale", "Tessel"} <= company_names(text)


def test_a_city_and_state_description_stands_for_the_company_named_before() -> None:
    text = (
        "Norvale turns to AI-born drug from Qinhai\n\n"
        "Months after a bruising proxy fight, Norvale chief executive officer Mark Tell has a "
        "new drug. The Alameda, California, company (NASDAQ: NRVL) said Tuesday it will pay "
        "Qinhai Medicine $80 million upfront for exclusive worldwide rights to QH-3091."
    )
    assert party_pairs(text) == {("Qinhai Medicine", "Norvale")}


def test_handing_a_company_money_is_paying_it() -> None:
    text = (
        "Ohio's Tessel Therapeutics is cashing in on a phase 3 win for QX-88. Drayton "
        "Biopharmaceutical Company will take over development and commercialization in greater "
        "China, handing Tessel $20 million upfront and as much as $305 million in biobucks."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Tessel Therapeutics",
        "Drayton Biopharmaceutical Company",
    )
    assert deal.upfront is not None and deal.upfront.amount == 20_000_000
    assert deal.territory_class == "china"


def test_a_listing_in_brackets_makes_a_plain_name_a_company() -> None:
    text = (
        "Norvale Therapeutics opened the week on Monday, July 8, by agreeing to buy Waltham, "
        "Massachusetts-based Qinhai Holding (NASDAQ: QNHI) for $57 per share in cash, or about "
        "$3.2 billion."
    )
    assert party_pairs(text) == {("Qinhai Holding", "Norvale Therapeutics")}


def test_a_tally_of_transactions_since_a_year_is_no_deal_total() -> None:
    text = (
        "Harcourt LLP has advised Tessel Bio on a transaction with Drayton Bio, under which "
        "Drayton receives exclusive rights outside Greater China to TB-06.\n\n"
        "Under the agreement, Tessel will receive US$60 million in upfront and near-term "
        "payments. Tessel is further eligible for milestone payments of up to US$575 million.\n\n"
        "Our team has now acted on more than a dozen cross-border licensing transactions since "
        "the beginning of 2023, with aggregate announced value in excess of US$9 billion."
    )
    deal = one_deal(text)
    assert deal.total is not None and deal.total.amount == 635_000_000


def test_a_figure_in_upfront_and_milestone_payments_is_the_total() -> None:
    text = (
        "Drayton Bioscience has signed an exclusive licence with Tessel Pharmaceutical Co., Ltd. "
        "for TX01, covering all markets outside China.\n\n"
        "The deal is worth up to US$517.5 million in upfront and milestone payments, the "
        "companies said."
    )
    deal = one_deal(text)
    assert deal.upfront is None
    assert deal.total is not None and deal.total.amount == 517_500_000


def test_a_trademark_is_a_drugs_and_selling_its_business_to_a_buyer_is_an_asset_sale() -> None:
    text = (
        "Norvale Bioscience Reports Full Year 2024 Financial Results\n\n"
        "- Transformation into an ADC company under way following in-licensing of three "
        "preclinical antibody-drug conjugates\n"
        "- Agreement to divest TESSALO® to DRAYTON; concurrent US$100 million private placement\n\n"
        "LOS ANGELES, March 2025 -- Norvale Bioscience, Inc. (Nasdaq: NRVL) today reported "
        "financial results for the full year ended December 31, 2024.\n\n"
        "ADC portfolio. On December 19, 2024, Norvale entered into an exclusive global license "
        "agreement with Qinhai Biologics (Cayman) Inc. for three preclinical antibody-drug "
        "conjugates. Norvale paid USD 44 million upfront.\n\n"
        "TESSALO divestiture. Norvale agreed to sell its TESSALO (sirolimus protein-bound "
        "particles for injectable suspension) business to DRAYTON Pharmaceutical Co., Ltd. for "
        "$100 million in cash, subject to customary closing conditions."
    )
    assert "TESSALO" not in company_names(text)
    sale = next(d for d in deals_in(text) if d.licensee.name.startswith("DRAYTON"))
    assert sale.licensor.name == "Norvale Bioscience, Inc."
    assert sale.deal_type == "asset-purchase"
