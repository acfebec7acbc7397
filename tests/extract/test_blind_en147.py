"""Phrasing met in the blind sets en147 to en153: deal sheets whose items name their parties on
a "Parties:" line with the date, scope and money on lines of their own; a drug "in Phase I."
ending its sentence; a two-way arrangement told leg by leg; a broker's "BUY (unchanged)"
rating; a research desk and a weekly read as companies; "the Roche subsidiary" standing for
the unit, not for Roche; drugs bought from their owner (an asset purchase); a takeover price
"bringing the total to" the sum with its contingent rights; and milestones "more on offer".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import alias_groups, company_names, deals_in, one_deal, term_kinds, territory_class

from dealradar.extract.dealtype import deal_type
from dealradar.extract.parties import role_votes
from dealradar.extract.text import sentences

_SHEET = (
    "DEALS OF THE MONTH\n\n"
    "• Holvik takes HV-2201 into Europe\n"
    "   - Date: 12 March 2025\n"
    "   - Parties: Tessary Bio Co., Ltd. and Danish dermatology group Holvik Pharma A/S\n"
    "   - Scope: Germany, France and the United Kingdom\n"
    "   - Money: a $31 million upfront fee and milestone payments of up to $270 million, "
    "taking the potential deal value to as much as $301 million\n\n"
    "• Norvel signs for US rights\n"
    "   - Date: April 2, 2025\n"
    "   - Parties: Quanyu Biologics Inc. (licensor) and Norvel Pharma Inc. (licensee)\n"
    "   - Product: QY-15, a biosimilar\n"
    "   - Money: $21 million up front and up to $143.5 million in milestones\n"
)


def test_a_parties_line_makes_its_two_companies_a_deal() -> None:
    # en149: "- Parties: Henlius and Sandoz AG" under a newsletter's bullet
    pairs = {(d.licensor.name, d.licensee.name) for d in deals_in(_SHEET)}
    assert ("Tessary Bio Co., Ltd.", "Holvik Pharma A/S") in pairs


def test_a_role_in_brackets_after_a_company_is_its_role() -> None:
    # en149: "Shanghai Junshi Biosciences (licensor) and ... LEO Pharma A/S (licensee)"
    votes = role_votes("- Parties: ⟨E1⟩ (licensee) and Danish group ⟨E0⟩ (licensor)")
    assert (1, "licensee", 3) in votes.roles
    assert (0, "licensor", 3) in votes.roles


def test_a_deal_sheets_date_and_scope_lines_are_the_items() -> None:
    dated = {d.licensee.name: d for d in deals_in(_SHEET)}
    assert dated["Holvik Pharma A/S"].announced == date(2025, 3, 12)
    assert dated["Norvel Pharma Inc."].announced == date(2025, 4, 2)
    assert dated["Holvik Pharma A/S"].territory_class == "regional"
    assert territory_class("- Scope: United States and Europe") == "regional"
    assert territory_class("Territory: worldwide excluding Greater China") == "ex-greater-china"


def test_an_upfront_fee_and_milestones_with_a_figure_of_their_own_are_two_terms() -> None:
    # en149: "a $31 million upfront fee and milestone payments of up to $270 million"
    kinds = term_kinds(
        "Norvel will pay a $31 million upfront fee and milestone payments of up to $270 million."
    )
    assert kinds == {"$31 million": "upfront", "$270 million": "milestones"}
    # (a figure the two kinds share is the whole value)
    assert term_kinds("Norvel gets up to US$517.5 million in upfront and milestone payments.") == {
        "US$517.5 million": "total"
    }


def test_phase_one_with_a_full_stop_ends_the_sentence() -> None:
    # en153: "an oral pan-KRAS inhibitor in Phase I. AstraZeneca will pay US$100 million"
    text = (
        "Tessary Bio Co., Ltd. grants Holvik Pharma Inc. global rights to TS-23E7, an oral "
        "inhibitor in Phase I. Holvik will pay US$100 million upfront."
    )
    assert [s.text for s in sentences(text)][1] == "Holvik will pay US$100 million upfront."
    assert "Phase I. Holvik" not in company_names(text)
    assert one_deal(text).upfront is not None


def test_a_tally_of_the_years_transactions_is_no_deal_term() -> None:
    # en153: "in year 2025 the license-out transactions of China innovative drug disclosed total
    # amount more than 1,300 hundred million US dollars"
    kinds = term_kinds(
        "In year 2025 the license-out transactions of China innovative drug disclosed total "
        "amount more than 130 billion US dollars."
    )
    assert kinds == {"130 billion US dollars": "distractor"}


def test_a_desk_and_a_weekly_are_no_companies() -> None:
    # en147: "Securities Research Report | Pharmaceutical & Biotech Team"; en153: "Innovation
    # Drug Weekly No. 52"
    names = company_names(
        "Securities Research Report | Pharmaceutical & Biotech Team | 16 October 2023\n\n"
        "Innovation Drug Weekly No. 52\n\nTessary Bio Inc. licensed TS-1 to Holvik Pharma Inc."
    )
    assert "Pharmaceutical & Biotech Team" not in names
    assert not any(n.endswith("Weekly") for n in names)


def test_a_two_way_arrangement_told_leg_by_leg_is_two_deals() -> None:
    # en153: "In the first leg, Kelun-Bio out-licenses SKB105 ... In the second leg, Kelun-Bio
    # in-licenses Crescent's ... CR-001 for Greater China"
    text = (
        "Tessary Bio Co., Ltd. and Holvik Pharma Inc. announced a two-way arrangement on 4 "
        "December. In the first leg, Tessary out-licenses TS-105 — an ADC that Holvik will run "
        "as HV-003 — for all territories outside Greater China. Holvik pays US$80m upfront.\n\n"
        "In the second leg, Tessary in-licenses Holvik's bispecific HV-001 for Greater China, "
        "paying US$20m upfront."
    )
    pairs = {(d.licensor.name, d.licensee.name) for d in deals_in(text)}
    assert pairs == {
        ("Tessary Bio Co., Ltd.", "Holvik Pharma Inc."),
        ("Holvik Pharma Inc.", "Tessary Bio Co., Ltd."),
    }


def test_out_licensing_a_drug_with_no_partner_named_grants_it() -> None:
    votes = role_votes(
        "In the first leg, ⟨E1⟩ out-licenses TS-105 for all territories outside China."
    )
    assert (1, "licensor", 2) in votes.roles
    # (not "the company out-license more and more": no drug, no deal)
    assert not role_votes("After 2020 ⟨E1⟩ out-license more and more frequent.").roles


def test_a_brokers_buy_rating_is_no_acquisition() -> None:
    # en153: "Kelun-Biotech (6990 HK) — BUY (unchanged)"
    told = ["Tessary Bio (6990 HK) — BUY (unchanged)", "Tessary out-licenses TS-105 to Holvik."]
    assert deal_type(told) == "license"
    assert deal_type(["We maintain our Buy rating.", told[1]]) == "license"
    assert deal_type(["Holvik will buy Tessary for $1 billion."]) == "acquisition"


def test_a_bracket_with_a_short_name_and_a_defined_term_is_one_company() -> None:
    # en147: 'CSPC Pharmaceutical Group Limited (Shiyao Group, "the company") announced'
    groups = alias_groups(
        'Tessary Pharmaceutical Group Limited (Tesyao Group, "the company") announced that it '
        "licensed TS-1 to Holvik Pharma Inc."
    )
    assert any({"Tessary Pharmaceutical Group Limited", "Tesyao Group"} <= g for g in groups)


def test_the_owners_subsidiary_described_is_the_unit_not_the_owner() -> None:
    # en148: "Roche's Genentech unit has bought ... The Roche subsidiary will pay Regor $850
    # million upfront"
    text = (
        "Merivale Group's Holvik Biotech unit has bought its way into CDK inhibitors, agreeing "
        "to acquire a pair of candidates from Norvel Therapeutics Inc.\n\nThe Merivale "
        "subsidiary will pay Norvel $850 million upfront."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Norvel Therapeutics Inc.",
        "Holvik Biotech",
    )


def test_drugs_bought_from_their_owner_are_an_asset_purchase() -> None:
    assert deal_type(
        ["Holvik agreed to acquire a pair of breast cancer candidates from Norvel."]
    ) == ("asset-purchase")
    told = [
        "Holvik will acquire TS-419 from Norvel.",
        "The deal is structured as an asset purchase.",
    ]
    assert deal_type(told) == "asset-purchase"
    # (an accounting treatment, or a habit of buying, is not what this deal is)
    assert (
        deal_type(
            [
                "Holvik will acquire Norvel for $2 billion.",
                "The upfront will be treated as an asset acquisition.",
            ]
        )
        == "acquisition"
    )
    assert (
        deal_type(
            ["Holvik will acquire Norvel.", "Asian drugmakers buy and license assets from the US."]
        )
        == "acquisition"
    )


def test_what_a_purchase_brought_the_buyer_is_not_what_was_bought() -> None:
    # en148: "agreed to acquire China's Gracell ... That bought it GC012F"
    told = ["In 2023 Holvik agreed to acquire Norvel Inc. for $1bn.", "That bought it NV-012F."]
    assert deal_type(told, asset_names=("NV-012F",)) == "acquisition"


def test_a_sentence_opening_participle_is_no_company() -> None:
    # en148: "Having already paid to own an ex vivo CAR-T developer, AstraZeneca is now ..."
    text = (
        "Having already paid to own a cell therapy developer, Holvik Pharma Inc. is now betting "
        "on in vivo CAR-T. The UK group agreed to acquire Norvel Bio SA for $425m."
    )
    assert "Having" not in company_names(text)
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Norvel Bio SA", "Holvik Pharma Inc.")


def test_a_price_brought_to_a_total_with_contingent_rights_is_the_total() -> None:
    # en148: "plus a contingent value right of $0.30 per share, bringing the total to as much as
    # $1.2bn"
    kinds = term_kinds(
        "Holvik agreed to acquire Norvel for $2.00 per share in cash, plus a contingent value "
        "right of $0.30 per share, bringing the total to as much as $1.2bn."
    )
    assert kinds["$1.2bn"] == "total"


def test_agreeing_to_pay_a_company_makes_the_subject_the_payer() -> None:
    # en150: "Sanofi is adding another ... bet to its immunology cupboard, agreeing to pay Dren
    # Bio $600 million in cash to take over DR-0201"
    votes = role_votes(
        "⟨E0⟩ is adding another B-cell-depleting bet to its immunology cupboard, agreeing to pay "
        "⟨E1⟩ $600 million in cash to take over NV-0201."
    )
    assert (1, 0, 4) in votes.pairs


def test_milestones_more_on_offer_are_milestones() -> None:
    # en150: "with as much as $5.2 billion more on offer in milestones"
    kinds = term_kinds(
        "Holvik paid Norvel $100 million upfront, with as much as $5.2 billion more on offer in "
        "milestones."
    )
    assert kinds == {"$100 million": "upfront", "$5.2 billion": "milestones"}


def test_a_described_nationality_takes_the_company_of_that_country_just_named() -> None:
    # en152: "Vaccines. CanSino Biologics said ... Junshi keeps rights in mainland China ...,
    # while Lilly takes an exclusive licence to the rest of the world. The American drugmaker
    # pays US$10 million upfront"
    text = (
        "Vaccines. Norvel Biologics said its candidate had completed enrolment.\n\n"
        "Antibodies. Shanghai Tessary Biosciences said on Monday it had struck a pact with Eli "
        "Lilly and Company for TS016. Tessary keeps rights in mainland China, while Lilly takes "
        "an exclusive licence to the rest of the world. The American drugmaker pays US$10 "
        "million upfront; Tessary can receive as much as US$245 million more in milestones."
    )
    deal = one_deal(text)
    assert deal.licensee.name == "Eli Lilly and Company"
    assert deal.upfront is not None


def test_a_numbered_heading_a_x_b_names_the_items_pair() -> None:
    # en110/en153: "2) Biocytogen x Merck KGaA: an option, no price tag"
    votes = role_votes("2) ⟨E3⟩ x ⟨E4⟩: an option, no price tag")
    assert (3, 4, 3) in votes.pairs
    # (a bispecific's two targets are no companies: "PD-1 x VEGF")
    assert not role_votes("⟨E3⟩ in-licenses a PD-1 x VEGF bispecific.").pairs


def test_a_rounds_letter_with_a_full_stop_ends_the_sentence() -> None:
    # en124: "... launched with a $245 million Series A. GSK bought it ..."
    text = (
        "Norvel Bio launched in 2023 with a $245 million Series A. GSK bought it a year later "
        "for $1 billion upfront. Tessary Bio was led by J. Smith."
    )
    assert [s.text for s in sentences(text)] == [
        "Norvel Bio launched in 2023 with a $245 million Series A.",
        "GSK bought it a year later for $1 billion upfront.",
        "Tessary Bio was led by J. Smith.",
    ]
    assert not any(n.startswith("Series") for n in company_names(text))
