"""Phrasing met in the blind sets en154 to en159, and in the misses of the earlier held-out
sets they led to: a development code of only two digits vouched for by the kind of drug named
just before it ("ROCK2 inhibitor TDI01"); deal sheets with "Deal: A / B", "Buyer:", "Seller:"
and "Value:" lines, "A-B" and "A / B → C" headings; a filing's "X and certain of its
affiliates (collectively, "ICT")" and its '"we" ... refer to X'; one acronym that is the
initials of two companies; a partner's share of a drug's rights bought; a takeover booked as
an asset acquisition; a year's tally of deals "by our count".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

import pytest
from phrasing import alias_groups, asset_names, company_names, deals_in, one_deal, term_kinds

from dealradar.extract.dealtype import deal_type
from dealradar.extract.parties import is_historical, role_votes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Holvik licensed its ROCK2 inhibitor HVK07 to Norvel for territories outside China.",
            "HVK07",
        ),
        (
            "Norvel pays $40M upfront for the checkpoint antibody NRV-31; milestones follow.",
            "NRV-31",
        ),
        ("Tessary's lead drug, TSY-64, is a selective KIT inhibitor.", "TSY-64"),
        ("the right to sell Quanzhen (quanicept, QZ12) in Europe", "QZ12"),
        ("The drug is also known by its research code QZ48.", "QZ48"),
    ],
)
def test_a_two_digit_code_named_as_a_drug_is_an_asset(text: str, code: str) -> None:
    # en11, en14, en48, en54, en76, en127 and others: "ROCK2 inhibitor TDI01", "checkpoint
    # antibody BND-22", "lead drug, IDRX-42", "(telitacicept, RC18)", "research code RC48"
    assert code in asset_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sales grew in Q4-25 as the COVID-19 wave ended.",
        "Holvik expects data from study HV-12 next year.",
        "The inhibitor market in the US-42 corridor grew.",
    ],
)
def test_a_two_digit_code_without_a_drug_word_before_it_is_no_asset(text: str) -> None:
    assert asset_names(text) == []


_SHEET = (
    "NEURO M&A DEAL SHEET\n\n"
    "Deal: Holvik Pharma Inc. to acquire Norvel Therapeutics, Inc.\n"
    "Announced: Dec. 12, 2024\n"
    "Value: $3.9 billion, paid in cash and shares\n\n"
    "---------------------------------------------\n"
    "Deal: Quanyu Biologics Inc. / Tessary Therapeutics Ltd.\n"
    "Announced: Dec. 17\n"
    "Structure: $110 million upfront; up to $260 million in milestones\n"
    "Seller: Tessary, a UK biotech based in Oxford\n"
)


def test_a_deal_line_pairs_its_two_companies_and_the_seller_line_says_who_sells() -> None:
    # en154-002: "Deal: Novartis / Cadent Therapeutics" ... "Seller: KaNDy, a UK biotech"
    pairs = {(d.licensor.name, d.licensee.name) for d in deals_in(_SHEET)}
    assert ("Tessary Therapeutics Ltd.", "Quanyu Biologics Inc.") in pairs


def test_a_value_line_states_the_total() -> None:
    # en154-002: "Value: $39 billion, paid in cash and AstraZeneca American depositary shares"
    assert term_kinds("Value: $3.9 billion, paid in cash and shares")["$3.9 billion"] == "total"
    # (a market value is no deal's total)
    assert term_kinds("Its market value: $3.9 billion at the close")["$3.9 billion"] != "total"


def test_a_buyer_line_names_a_company() -> None:
    # en154-001: "Buyer: EQRx (Cambridge, Mass.)": a name of no legal form, known by its label
    text = "1) Deal of the week\nBuyer: Zorvex (Cambridge, Mass.)\nSeller: Quanyu Biologics Inc.\n"
    assert "Zorvex" in company_names(text)


def test_a_numbered_heading_a_slash_b_names_two_companies() -> None:
    # en154-001: "1) EQRx / CStone — checkpoint pair heads west"
    text = "1) Zorvex / Quanyu — checkpoint pair heads west\nThe deal was signed on Tuesday.\n"
    assert {"Zorvex", "Quanyu"} <= company_names(text)


def test_an_arrow_heading_may_end_its_line_with_a_bracket() -> None:
    # en154-003: "4. Flagship Pioneering → GSK (early July, just inside our cut-off)"
    text = "4. Marrow Pioneering → Holvik Pharma Inc. (early July)\nNot China, but big.\n"
    assert "Marrow Pioneering" in company_names(text)


def test_the_lines_under_an_item_heading_tell_the_headings_deal() -> None:
    # en154-001: "1) EQRx / CStone — ...", then "Buyer: EQRx", "Seller: CStone": one deal
    text = (
        "DEAL WATCH\n\n"
        "1) Zorvex / Quanyu Biologics Inc. — checkpoint pair heads west\n"
        "Buyer: Zorvex (Cambridge, Mass.)\n"
        "Seller: Quanyu Biologics Inc. (Suzhou)\n"
        "Money: US$150m upfront; up to US$1.15bn in milestones\n"
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Quanyu Biologics Inc.", "Zorvex")
    assert deal.upfront is not None and deal.upfront.amount == 150_000_000


def test_two_companies_joined_by_a_hyphen_each_named_alone_are_two() -> None:
    # en154-004: "■ Biocytogen-Merck KGaA" made Biocytogen and Merck KGaA one company
    text = (
        "■ Holvik-Norvel Pharma\n"
        "Holvik Pharmaceuticals on Tuesday licensed HV-201 to Norvel Pharma worldwide.\n"
    )
    groups = alias_groups(text)
    assert not any({"Holvik Pharmaceuticals", "Norvel Pharma"} <= g for g in groups)
    pairs = {(d.licensor.name, d.licensee.name) for d in deals_in(text)}
    assert ("Holvik Pharmaceuticals", "Norvel Pharma") in pairs


def test_a_hyphened_name_whose_halves_are_not_named_alone_stays_whole() -> None:
    text = "Holvik-Marrow Therapeutics Inc. licensed HV-201 to Norvel Pharma Inc."
    assert "Holvik-Marrow Therapeutics Inc." in company_names(text)


def test_a_bulleted_a_hyphen_b_heading_pairs_the_two() -> None:
    # en154-004: "■ Biocytogen-Merck KGaA", then "Merck holds an option to license ..."
    votes = role_votes("■ ⟨E3⟩-⟨E4⟩")
    assert (3, 4, 3) in votes.pairs


def test_the_holder_of_an_option_to_license_is_the_licensee() -> None:
    # en154-004: "Merck holds an option to license selected antibodies worldwide."
    assert (4, "licensee", 2) in role_votes("⟨E4⟩ holds an option to license the antibodies.").roles
    # ("X holds an option to take back rights": its own rights returning)
    assert not role_votes("⟨E4⟩ holds an option to take back the rights.").roles


def test_two_licensors_before_an_arrow_pair_the_first_with_the_licensee() -> None:
    # en154-003: "2. Suzhou Ribo Life Science / Ribocure AB → Boehringer Ingelheim (January)"
    assert (3, 2, 3) in role_votes("2. ⟨E3⟩ / ⟨E10⟩ → ⟨E2⟩ (January)").pairs


def test_a_city_in_brackets_before_a_comma_and_a_legal_form_is_inside_the_name() -> None:
    # en155-002: "TransThera Sciences (Nanjing), Inc. (HKEX: 2617), known in China as Yaojie
    # Ankang": the legal form after the city's bracket and comma closes the name
    text = (
        "Norvel Pharma Inc. announced a licence agreement with Quanyu Sciences (Nanjing), Inc. "
        "(HKEX: 2619) for its NLRP3 inhibitors."
    )
    assert "Quanyu Sciences (Nanjing), Inc." in company_names(text)


def test_a_year_tally_of_deals_by_our_count_is_no_term() -> None:
    # en155-006: "Chinese out-licensing deals have now passed $100 billion in announced total
    # value this year, by our count."
    text = (
        "Chinese out-licensing deals have now passed $100 billion in announced total value "
        "this year, by our count."
    )
    assert term_kinds(text)["$100 billion"] == "distractor"


def test_a_company_and_its_affiliates_collectively_named_are_one_party() -> None:
    # en159-004: 'Innovative Cellular Therapeutics Holdings, Ltd. and certain of its affiliates
    # (collectively, "ICT")'
    text = (
        'On May 2, 2025, Norvel Pharma, Inc. (the "Company") entered into a license agreement '
        "with Quanyu Cellular Therapeutics Holdings, Ltd. and certain of its affiliates "
        '(collectively, "QCT"), pursuant to which QCT granted the Company an exclusive license '
        "to QC-201. The Company agreed to pay QCT an upfront payment of $40.0 million."
    )
    groups = alias_groups(text)
    assert any({"Quanyu Cellular Therapeutics Holdings, Ltd.", "QCT"} <= g for g in groups)
    assert len(deals_in(text)) == 1


def test_an_acronym_of_two_companies_stands_for_the_one_named_before_it() -> None:
    # en159-005: "AZ" is the humps of AstraZeneca and of AbelZeta: it made them one company
    text = (
        "MeriZeta (MZN LN) - Rating: Overweight\n"
        "Tidying up: MZ buys out its Chinese partner's half\n\n"
        "MeriZeta said it will acquire MoraZest's 50% interest in the China rights to MZ-301 "
        "for up to US$630m. MoraZest had co-developed the asset with MZ."
    )
    groups = alias_groups(text)
    assert {"MeriZeta", "MZ"} in groups
    assert {"MoraZest"} in groups


def test_a_partners_interest_in_a_drugs_rights_bought_is_an_asset_purchase() -> None:
    # en159-005: "AstraZeneca said it will acquire AbelZeta's 50% interest in the China
    # development and commercialisation rights to AZD5851"
    sentence = (
        "Holvik said it will acquire Quanyu's 50% interest in the China development and "
        "commercialisation rights to QY-301 for total payments of up to US$630m."
    )
    assert deal_type([sentence]) == "asset-purchase"


def test_a_takeover_booked_as_an_asset_acquisition_stays_a_takeover() -> None:
    # en157-003: "We expect to account for the transaction as an asset acquisition"
    sentences = [
        "On April 8, 2026, we entered into a definitive agreement to acquire Quanyu GmbH.",
        "We expect to account for the transaction as an asset acquisition.",
    ]
    assert deal_type(sentences) == "acquisition"
    # (a deal told as one is one)
    told = ["Holvik agreed to acquire QY-301 from Quanyu in an asset purchase."]
    assert deal_type(told) == "asset-purchase"


def test_a_filings_definition_of_we_makes_we_the_company() -> None:
    # en157-003: a 10-Q's '"Gilead," "we," "us" and "our" refer to Gilead Sciences, Inc.'
    text = (
        'Unless the context requires otherwise, "Holvik," "we," "us" and "our" refer to '
        "Holvik Pharma, Inc. and its subsidiaries.\n\n"
        "On April 8, 2026, we entered into a definitive agreement to acquire Quanyu GmbH "
        '("Quanyu"), a privately held company based in Munich. Under the terms of the '
        "agreement, we will pay $3.15 billion in cash at closing."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Quanyu GmbH", "Holvik Pharma, Inc.")


def test_authorize_a_drug_to_a_company_described_by_its_country() -> None:
    # en155-004: "after last December authorize the ADC product SIM0613 to French Ipsen"
    votes = role_votes("⟨E0⟩ after last December authorize the ADC product QY-613 to French ⟨E2⟩.")
    assert (2, "licensee", 2) in votes.roles


def test_a_drug_taken_for_a_price_makes_its_taker_a_licensee_of_the_company_named() -> None:
    # en156-001: "And just before Christmas, Ipsen took the LRRC15 ADC SIM0613 for up to $1.06
    # billion" (the licensor is the article's company, named in the sentences before)
    text = (
        "Quanyu Pharmaceutical Group licensed QY-709 to Holvik Pharma Inc. on Monday for "
        "$42 million upfront. It is the latest in a string of out-licensing deals for "
        "Quanyu. And just before Christmas, Norvel Therapeutics Inc. took the LRRC15 ADC "
        "QY-613 for up to $1.06 billion."
    )
    pairs = {(d.licensor.name, d.licensee.name) for d in deals_in(text)}
    assert ("Quanyu Pharmaceutical Group", "Norvel Therapeutics Inc.") in pairs
    # (a charge taken is no drug)
    assert not role_votes("⟨E2⟩ took a $2 billion charge for the write-off.").roles


def test_a_deal_signed_earlier_this_month_is_the_deal_being_told() -> None:
    # en157-002: "Earlier this month, Kite entered an agreement with Pregene that gives us ...":
    # the deal the call is about, not an older one of the same two companies
    assert not is_historical("Earlier this month, ⟨E1⟩ entered an agreement with ⟨E2⟩.")
    assert is_historical("Earlier this year, ⟨E1⟩ entered an agreement with ⟨E2⟩.")


def test_a_launch_announcing_the_in_licensing_of_a_drug_from_a_company_is_its_deal() -> None:
    # en159-001: "Windward Bio ... today announced its launch, the completion of a US$200
    # million Series A financing, and the in-licensing of a ... antibody from Harbour BioMed"
    votes = role_votes(
        '⟨E0⟩ ("⟨E0⟩"), a clinical-stage company, today announced its launch, a US$200 '
        "million Series A financing, and the in-licensing of a long-acting anti-TSLP (TSLP) "
        "antibody from ⟨E1⟩ and ⟨E2⟩."
    )
    assert (1, 0, 3) in votes.pairs


def test_consideration_paid_partly_in_shares_names_no_payer() -> None:
    # en159-001: "Harbour BioMed and Kelun-Biotech to share consideration of up to US$970
    # million, paid partly in Windward shares": the sellers share it, they pay nothing
    votes = role_votes(
        "- ⟨E1⟩ and ⟨E2⟩ to share consideration of up to US$970 million, paid partly in ⟨E0⟩ shares"
    )
    assert (2, "licensee", 4) not in votes.roles
    assert (0, "licensee", 4) in role_votes("⟨E0⟩ paid $40 million to ⟨E1⟩.").roles
