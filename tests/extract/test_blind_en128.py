"""Phrasing met in the blind sets en128 to en134: machine translations that "authorize" rights
to a partner and cap "sales commissions", filings that give the buyer a defined term after its
legal description, names styled in camel case ("invoX"), takeovers told as a company "taken
private" or a "tender offer for all outstanding X shares", roundups whose share prices
mention a "prior close".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import alias_groups, deals_in, one_deal, party_pairs

from dealradar.extract.assets import find_assets
from dealradar.extract.dealtype import deal_type
from dealradar.extract.en.recase import recase
from dealradar.extract.money import find_money
from dealradar.extract.orgs import find_entities
from dealradar.extract.parties import is_historical, role_votes
from dealradar.extract.terms import label_sentence


def _labels(sentence: str) -> list[tuple[str, str]]:
    money = find_money(sentence)
    return [
        (sentence[t.money.start : t.money.end], t.kind)
        for t in label_sentence(sentence, 0, len(sentence), money)
    ]


def test_a_country_written_before_a_name_is_no_part_of_it() -> None:
    # en130: "company and the United States Erigen company have signed exclusive license
    # agreement": the company is Erigen, not "United States Erigen"
    text = (
        "Holvik Pharma Inc. licenses HV-101 overseas\n\n"
        "On July 22, Holvik Pharma Inc. announce, company and the United States Tessary "
        "company have signed exclusive license agreement, and Tessary will obtain HV-101 rights. "
        "Holvik Pharma will receive near-term payment 15 million US dollars."
    )
    mentions, _ = find_entities(text, [(0, len(text))])
    at = text.index("Tessary company")
    assert any(m.start == at and m.name == "Tessary" for m in mentions)


def test_a_description_that_holds_a_name_is_that_company() -> None:
    # en130: "the Korean Tessary company" stands for Tessary, not for the company before it
    text = (
        "Holvik Pharma Inc. said on Monday that it has licensed HV-101 to the Korean Tessary "
        "Bio company for an upfront payment of $5 million."
    )
    assert party_pairs(text) == {("Holvik Pharma Inc.", "Tessary Bio")}


def test_rights_authorized_to_a_company_make_it_the_licensee() -> None:
    # en130: "the company self-developed ... KQ-2003 overseas rights authorize to Erigen"
    votes = role_votes(
        "⟨E0⟩ self-developed BCMA/CD19 double-target CAR-T product HV-2003 overseas rights "
        "authorize to ⟨E1⟩, this is first out-license"
    )
    assert (1, "licensee", 2) in votes.roles
    votes = role_votes("⟨E0⟩ will siRNA new drug HV-71 rights exclusive authorize to ⟨E1⟩.")
    assert (1, "licensee", 2) in votes.roles


def test_a_cap_on_royalties_is_no_deal_term() -> None:
    # en130: "each product accumulated sales commission upper limit is USD 60 million"
    assert _labels(
        "3. Sales commission: Tessary pays 5% of net sales, each product accumulated sales "
        "commission upper limit is USD 60 million."
    ) == [("USD 60 million", "distractor")]
    assert _labels(
        "Holvik will pay royalties on net sales, capped at $60 million per product."
    ) == [("$60 million", "distractor")]
    # ("milestone and sales commissions up to 56 million dollars" sums milestones in)
    assert _labels(
        "Holvik authorizes HV-5 Korea rights to Tessary, milestone and sales commissions up to "
        "56 million dollars"
    ) == [("56 million dollars", "milestones")]


def test_milestone_payments_of_aggregate_are_milestones() -> None:
    # en130: "can obtain milestone payments of aggregate not exceeding USD 267 million"
    assert _labels(
        "2. Milestone: Holvik can obtain milestone payments of aggregate not exceeding USD 267 "
        "million."
    ) == [("USD 267 million", "milestones")]


def test_a_transaction_total_amount_in_a_list_of_terms_is_the_deals() -> None:
    # en130: "..., plus milestone payment highest 579 million US dollars, transaction total
    # amount up to 614 million US dollars" (the industry's "transaction total amount already
    # exceed 100 billion" is another thing)
    assert _labels(
        "Holvik can receive down payment 35 million US dollars, plus milestone payment highest "
        "579 million US dollars, transaction total amount up to 614 million US dollars."
    ) == [
        ("35 million US dollars", "upfront"),
        ("579 million US dollars", "milestones"),
        ("614 million US dollars", "total"),
    ]


def test_a_buyer_handing_over_money_pays() -> None:
    # en130: "The French drugmaker is handing over $135 million in cash upfront for worldwide
    # rights to rovadicitinib"
    votes = role_votes("⟨E0⟩ is handing over $135 million in cash upfront for worldwide rights.")
    assert (0, "licensee", 4) in votes.roles


def test_a_unit_of_a_company_in_apposition_stands_for_no_one() -> None:
    # en130: "a drug from Chia Tai Tianqing, the main operating unit of Hong Kong-listed Sino
    # Biopharmaceutical": "the main operating unit" is not the buyer named first
    text = (
        "Holvik pays $135M to take Marrowfield drug HV-101 global\n\n"
        "Holvik Pharma AG has lined up another asset, an approved drug from Tessary Bio Co., "
        "Ltd., the main operating unit of Marrowfield Group Ltd.\n\n"
        "The Swiss drugmaker is handing over $135 million in cash upfront for worldwide rights "
        "to HV-101. Tessary can earn as much as $1.4 billion more in milestones."
    )
    assert party_pairs(text) == {("Tessary Bio Co., Ltd.", "Holvik Pharma AG")}


def test_a_drug_lined_up_from_a_company_is_licensed_from_it() -> None:
    # en130: "Sanofi has lined up another China-sourced asset, this time an approved blood
    # cancer drug from Chia Tai Tianqing"
    votes = role_votes(
        "⟨E0⟩ has lined up another China-sourced asset, this time an approved blood cancer "
        "drug from ⟨E1⟩."
    )
    assert votes.pairs == [(1, 0, 2)]


def test_a_name_in_camel_case_with_a_small_first_letter_is_a_company() -> None:
    # en130 / en134: "with invoX Pharma Limited, a private limited company incorporated in
    # England and Wales ("Parent")", "taken private by invoX Pharma"; later "invoX will ..."
    filing = (
        'On June 22, 2022, Tessary Bio, Inc. (the "Company") entered into an Agreement and Plan '
        "of Merger with holvoX Pharma Limited, a private limited company incorporated in England "
        'and Wales ("Parent"). Parent will acquire the Company for $161 million.'
    )
    assert {"holvoX Pharma Limited", "Parent"} in alias_groups(filing)
    story = (
        "Tessary Bio has found a buyer. Tessary Bio said Thursday it will be taken private by "
        "holvoX Pharma, the London subsidiary of Marrowfield Group.\n\n"
        "holvoX will launch a tender offer for all outstanding Tessary Bio shares at $7.12 apiece."
    )
    assert any({"holvoX Pharma", "holvoX"} <= group for group in alias_groups(story))
    assert party_pairs(story) == {("Tessary Bio", "holvoX Pharma")}


def test_a_drug_code_is_not_the_initials_of_a_company() -> None:
    # en134: "the STING agonist SB 11285" in a story on Sino Biopharm
    groups = alias_groups(
        "Sollen Biopharm Ltd. said Monday it will buy Tessary Inc., adding the STING agonist SB "
        "11285. Sollen Biopharm will pay $80 million."
    )
    assert not any("SB" in g for g in groups)


def test_a_company_taken_private_or_tendered_for_is_sold() -> None:
    # en134: "said Thursday it will be taken private by invoX Pharma", "invoX will launch a
    # tender offer for all outstanding F-star shares"
    assert role_votes("⟨E0⟩ said ⟨E0⟩ will be taken private by ⟨E1⟩.").pairs == [(0, 1, 4)]
    assert role_votes(
        "⟨E1⟩ will launch a tender offer for all outstanding ⟨E0⟩ shares at $7.12 apiece."
    ).pairs == [(0, 1, 4)]
    assert role_votes("⟨E0⟩ agrees to $161M sale to ⟨E1⟩ after bruising year").pairs == [(0, 1, 4)]
    # ("sale to Y's London arm": a unit of Y, not named, buys)
    assert role_votes("⟨E0⟩ agrees to $161M sale to ⟨E1⟩'s London arm").pairs == []


def test_the_buyout_after_a_paragraph_on_an_older_licence_the_other_way_is_one_deal() -> None:
    # en134: "Novartis to acquire Anthos", then "originally discovered by Novartis ..., was
    # licensed to Anthos in 2019", then "Novartis will pay Anthos shareholders USD 925 million"
    text = (
        "Holvik AG to acquire Tessary Therapeutics, Inc.\n\n"
        "Basel, February 11, 2025 – Holvik AG today announced that it has entered into an "
        "agreement to acquire Tessary Therapeutics, Inc., a privately held biotech.\n\n"
        "The antibody, originally discovered by Holvik scientists, was licensed to Tessary in "
        "2019.\n\n"
        "Under the terms of the merger agreement, Holvik will pay Tessary shareholders USD 925 "
        "million upfront on closing."
    )
    deals = deals_in(text)
    buyouts = [d for d in deals if d.deal_type == "acquisition"]
    assert len(buyouts) == 1
    assert buyouts[0].upfront is not None and int(buyouts[0].upfront.amount) == 925_000_000


def test_a_buyback_or_an_option_bought_is_no_acquisition() -> None:
    # en134: "a major foundry said it would spend up to HK$1 billion buying back its own
    # shares" beside a collaboration; "The German company ... bought an option on worldwide
    # commercialization rights"
    assert deal_type(["It would spend up to HK$1 billion buying back its own shares."]) != (
        "acquisition"
    )
    assert deal_type(["The German company bought an option on worldwide rights."]) != (
        "acquisition"
    )
    # (rights bought back are an asset bought: "BMS buys back mavacamten rights in Asia")
    assert deal_type(["Holvik buys back HV-101 rights in Asia from Tessary."]) in (
        "acquisition",
        "asset-purchase",
    )


def test_the_owner_of_a_discovery_platform_is_the_licensor() -> None:
    # en134: "Under the pact, XtalPi will use its AI-plus-robotics platform to discover
    # candidates against targets picked by DoveTree"
    votes = role_votes(
        "Under the pact, ⟨E0⟩ will use its AI-plus-robotics platform to discover candidates "
        "against targets picked by ⟨E1⟩."
    )
    assert (0, "licensor", 2) in votes.roles


def test_a_premium_to_the_prior_close_tells_no_older_deal() -> None:
    # en134: "agreed to acquire Seattle's Icosavax for $15.00 a share in cash — a 43% premium
    # to the prior close"
    assert not is_historical(
        "On Tuesday, Holvik agreed to acquire Tessary for $15.00 a share — a 43% premium to the "
        "prior close."
    )
    assert is_historical("Holvik had a prior agreement with Tessary.")


def test_a_cash_portion_and_a_price_tag_name_upfront_and_total() -> None:
    # en134: "The cash portion works out to roughly $800 million; with the CVR fully paid, the
    # price tag reaches about $1.1 billion."
    assert _labels(
        "The cash portion works out to roughly $800 million; with the CVR fully paid, the price "
        "tag reaches about $1.1 billion."
    ) == [("$800 million", "upfront"), ("$1.1 billion", "total")]


def test_an_equity_value_for_the_company_is_the_price() -> None:
    # en130: "The Offer Price represents an aggregate equity value for the Company of
    # approximately $161 million."
    assert _labels(
        "The Offer Price represents an aggregate equity value for the Company of approximately "
        "$161 million."
    ) == [("$161 million", "total")]
    deal = one_deal(
        "Holvik Pharma Inc. agreed to acquire Tessary Bio, Inc. for $7.12 per share. The Offer "
        "Price represents an aggregate equity value for the Company of approximately $161 million."
    )
    assert deal.total is not None and int(deal.total.amount) == 161_000_000


def test_a_trackers_dotted_field_lines_name_buyer_and_target() -> None:
    # en133: "Buyer ........... Novartis AG" / "Target .......... Anthos Therapeutics, Inc."
    text = (
        "DEAL TRACKER | Winter edition\n\n"
        "ENTRY 1\n"
        "Type ............ Acquisition (company)\n"
        "Buyer ........... Holvik AG\n"
        "Target .......... Tessary Therapeutics, Inc. (Cambridge, MA; backed by Marrowfield "
        "Capital)\n"
        "Price ........... USD 925 million upfront at closing\n\n"
        "ENTRY 2\n"
        "Licensor ........ Sollen Biolabs Co., Ltd.\n"
        "Licensee ........ Quarry Bio, Inc.\n"
        "Upfront ......... USD 35 mln\n"
    )
    assert party_pairs(text) == {
        ("Tessary Therapeutics, Inc.", "Holvik AG"),
        ("Sollen Biolabs Co., Ltd.", "Quarry Bio, Inc."),
    }


def test_a_headline_only_brief_in_capitals_is_read() -> None:
    # en133: a dateline, then one line in capitals: "SINO BIOPHARM'S CTTQ LICENSES
    # BLOOD-CANCER DRUG ROVADICITINIB TO SANOFI — $135M UPFRONT, UP TO $1.53B OVERALL"
    deal = one_deal(
        "MARKETS BRIEF | 04 Mar 2026 07:42 HKT\n\n"
        "MARROWFIELD GROUP'S HVTQ LICENSES BLOOD-CANCER DRUG HOLVITINIB TO SANOFI — $135M "
        "UPFRONT, UP TO $1.53B OVERALL"
    )
    assert (deal.licensors[0].name, deal.licensees[0].name) == ("HVTQ", "Sanofi")
    assert deal.total is not None and int(deal.total.amount) == 1_530_000_000


def test_a_ceiling_over_all_after_an_upfront_is_the_total() -> None:
    # en133: "$135M upfront, up to $1.53B overall" (no milestones named)
    deal = one_deal(
        "Holvik Pharma Inc. licenses HV-101 to Tessary Bio Inc. — $135M upfront, up to $1.53B "
        "overall."
    )
    assert deal.total is not None and int(deal.total.amount) == 1_530_000_000


def test_a_newsletter_item_with_an_arrow_and_a_two_word_place() -> None:
    # en133: "• VelaVigo ➝ Avenzo: ...", "VelaVigo licenses AVZO-103 to San Diego's Avenzo"
    assert role_votes("• ⟨E0⟩ ➝ ⟨E1⟩: Nectin-4/TROP2 bispecific ADC").pairs == [(0, 1, 3)]
    votes = role_votes("- Who: ⟨E0⟩ licenses HV-103 to San Diego's ⟨E1⟩.")
    assert votes.pairs == [(0, 1, 3)]


def test_kinds_before_a_semicolon_belong_to_the_figure_before_it() -> None:
    # en133: "up to $50M combined in upfront and near-term payments; total deal value of up
    # to $800M including development, regulatory and commercial milestones"
    assert _labels(
        "- Money: up to $50M combined in upfront and near-term payments; total deal value of up "
        "to $800M including development, regulatory and commercial milestones."
    ) == [("$50M", "upfront"), ("$800M", "total")]


def test_the_company_licensed_to_is_not_the_licensor_itself() -> None:
    # en129: "its founding asset ... came from Novartis itself: Novartis licensed the antibody
    # out to the company that year" (the company is the biotech the paragraph is about)
    text = (
        "Holvik AG will pay $925 million upfront to acquire Tessary Bio.\n\n"
        "Tessary Bio was set up in 2019, and its founding asset came from Holvik itself: "
        "Holvik licensed the antibody out to the company that year."
    )
    assert ("Holvik AG", "Tessary Bio") in party_pairs(text)
    # (the sentence's subject a description of a city and a state, its backer named after)
    text = (
        "Holvik AG will pay $925 million upfront to acquire Tessary Bio.\n\n"
        "Tessary Bio develops HV-1 for stroke prevention. "
        "The Cambridge, MA biotech was set up in 2019 by Marrowfield Capital Inc. with $250 "
        "million in seed capital, and its founding asset came from Holvik itself: Holvik "
        "licensed the antibody out to the company that year."
    )
    assert ("Holvik AG", "Tessary Bio") in party_pairs(text)


def test_the_company_named_first_in_a_filing_note_is_the_filer() -> None:
    # en131: a 10-Q's note, 'On May 19, 2025, the Company and Sirius Therapeutics, Inc.
    # ("Sirius") entered into a collaboration and license agreement', then "the Company paid
    # Sirius total upfront consideration of $95.0 million"
    text = (
        "HOLVIK THERAPEUTICS AG\n"
        "Quarterly Report on Form 10-Q\n\n"
        "Note 11. Collaborations\n\n"
        'On May 19, 2025, the Company and Tessary Bio, Inc. ("Tessary") entered into a '
        "collaboration and license agreement to jointly develop HV-107.\n\n"
        "The Company also obtained the right to select up to two additional targets.\n\n"
        "In connection with the agreement, the Company paid Tessary total upfront consideration "
        "of $95.0 million."
    )
    assert party_pairs(text) == {("Tessary Bio, Inc.", "HOLVIK THERAPEUTICS AG")}


def test_a_buyer_licensing_a_drug_from_its_owner() -> None:
    # en132: "Sanofi is licensing rovadicitinib from Chia Tai Tianqing"
    assert role_votes("⟨E0⟩ is licensing holvitinib from ⟨E1⟩.").pairs == [(1, 0, 3)]


def test_a_headline_value_across_many_transactions_is_no_deals() -> None:
    # en132: "(US$ 38bn headline across 70+ transactions)"
    assert _labels(
        "China assets were 40% of in-licensing in 1H25 by our count (US$ 38bn headline across "
        "70+ transactions)."
    ) == [("US$ 38bn", "distractor")]


def test_a_filings_headings_and_standards_are_no_drugs() -> None:
    # en131: "Item 1. Financial Statements (unaudited)", "within the scope of ASC 808,
    # Collaborative Arrangements", "Management's Discussion and Analysis (excerpt)"
    text = (
        "Item 1. Financial Statements (unaudited)\n\n"
        "The Company concluded that the agreement for HV-107 is within the scope of ASC 808, "
        "Collaborative Arrangements.\n\n"
        "Item 2. Management's Discussion and Analysis (excerpt)"
    )
    assert [a.name for a in find_assets(text, 0, len(text))] == ["HV-107"]


def test_payments_that_bring_the_headline_to_a_figure_state_the_total() -> None:
    # en132: "Hengrui receives $75M upfront and is eligible for milestone payments that bring
    # the headline to as much as $1.04B."
    assert _labels(
        "Holvik receives $75M upfront and is eligible for milestone payments that bring the "
        "headline to as much as $1.04B."
    ) == [("$75M", "upfront"), ("$1.04B", "total")]


def test_stock_bought_for_the_buyers_treasury_is_a_buyback() -> None:
    # en131: a 10-K's "the Board authorized purchases of up to $10.0 billion of Merck's common
    # stock for its treasury"
    assert _labels(
        "In January 2023, Holvik's Board of Directors authorized purchases of up to $10.0 "
        "billion of Holvik's common stock for its treasury."
    ) == [("$10.0 billion", "distractor")]


def test_a_wire_flash_in_capitals_names_its_deal_in_the_headline() -> None:
    # en136: "TAKEDA TO PAY KEROS THERAPEUTICS $200 MLN UPFRONT FOR EXCLUSIVE RIGHTS TO
    # ELRITERCEPT ...", then "KEROS ELIGIBLE FOR UP TO $1.1 BLN IN ... MILESTONES"
    deal = one_deal(
        "HOLVIK TO PAY TESSARY THERAPEUTICS $200 MLN UPFRONT FOR EXCLUSIVE RIGHTS TO "
        "HOLVERCEPT (HV-050) OUTSIDE MAINLAND CHINA\n\n"
        "TESSARY ELIGIBLE FOR UP TO $1.1 BLN IN DEVELOPMENT, APPROVAL AND COMMERCIAL "
        "MILESTONES PLUS ROYALTIES - JOINT STATEMENT\n\n"
        "HOLVIK PHARMACEUTICAL CO SAYS HOLVERCEPT DEAL TARGETS ANEMIA\n\n"
        "DEC 3 2024 (0648 GMT)"
    )
    assert (deal.licensors[0].name, deal.licensees[0].name) == (
        "Tessary Therapeutics",
        "Holvik Pharmaceutical Co",
    )
    assert deal.upfront is not None and int(deal.upfront.amount) == 200_000_000


def test_a_headline_pair_is_the_deal_only_when_the_body_agrees_firmly() -> None:
    # the body's milestones for the headline's seller make the headline's pair the deal;
    # a body that only "will acquire the rights ... from" a third company does not
    assert party_pairs(
        "Holvik pays $135M to take Tessary's drug HV-101 global\n\n"
        "The Swiss drugmaker named HV-101 its lead asset. Tessary can earn as much as $1.4 "
        "billion more in milestones."
    ) == {("Tessary", "Holvik")}
    assert party_pairs(
        "Holvik buys HV-101 franchise from Tessary for $2.5 billion\n\n"
        "Holvik said on Monday it will acquire the global rights to the treatment from Marrowfield "
        "Pharma Corp. in a deal valued at $2.5 billion."
    ) != {("Tessary", "Holvik")}


def test_a_camel_case_name_takes_the_whole_industry_word_after_it() -> None:
    # "holvoX Biotech": the name ends with "Biotech", not with the " Bio" it starts with
    groups = alias_groups(
        "Holvik AG said Monday it will buy holvoX Biotech for $300 million. holvoX Biotech "
        "develops HV-1."
    )
    assert {"holvoX Biotech"} in groups


def test_only_the_word_right_before_an_industry_word_in_capitals_is_a_name() -> None:
    # a code kept as written between them breaks the pair ("TESSARY HV201 THERAPEUTICS")
    line = "HOLVIK BUYS TESSARY HV201 THERAPEUTICS UNIT FOR $1 BLN"
    assert recase(line, [(0, len(line))]).startswith("Holvik buys tessary HV201 Therapeutics")
    line = "HOLVIK BUYS TESSARY THERAPEUTICS FOR $1 BLN"
    assert recase(line, [(0, len(line))]).startswith("Holvik buys Tessary Therapeutics")
