"""Phrasing met in the blind sets en108 to en116: roundups whose items describe the buyer
("X, the New York biotech led by Y, agreed to acquire Z"), capital spending beside a deal's
price, ...

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import alias_groups, one_deal, party_pairs

from dealradar.extract import extract
from dealradar.extract.money import find_money


def test_an_apposition_that_restates_the_subject_hides_the_person_it_names() -> None:
    # en108: "Nuvation Bio, the New York oncology biotech led by David Hung, agreed on Monday to
    # acquire AnHeart Therapeutics in an all-stock transaction."
    text = (
        "Holvik Bio, the Boston oncology biotech led by Maren Oswald, agreed on Monday to acquire "
        "Tessary Therapeutics in an all-stock transaction. The deal hands Holvik two drugs."
    )
    assert party_pairs(text) == {("Tessary Therapeutics", "Holvik Bio")}


def test_a_capital_spending_bill_beside_the_price_is_no_deal_term() -> None:
    # en108: "the buy is small next to its 2023 capex bill of more than DKK 26 billion"
    deal = one_deal(
        "Holvik Pharma A/S said Monday it will acquire Tessary Pharmaceuticals GmbH. Holvik will "
        "pay up to €1.025 billion for Tessary. For Holvik, the buy is small next to its 2023 "
        "capex bill of more than DKK 26 billion."
    )
    assert deal.total is not None
    assert (deal.total.amount, deal.total.currency) == (1_025_000_000, "EUR")


def test_guaranteed_anniversary_payments_are_near_term() -> None:
    # en108: "the pharma has committed to a further $2 billion in non-contingent anniversary
    # payments spread over the years through 2028"
    deal = one_deal(
        "Holvik Pharma and Tessary SE said Monday that Holvik licensed global rights to TS-327 "
        "from Tessary. Holvik will pay $1.5 billion upfront. On top of that, Holvik has committed "
        "to a further $2 billion in non-contingent anniversary payments through 2028. Tessary "
        "can also collect up to $7.6 billion in milestones."
    )
    assert deal.near_term is not None and deal.near_term.amount == 2_000_000_000
    assert deal.upfront is not None and deal.upfront.amount == 1_500_000_000


def test_developing_and_selling_together_is_a_co_development() -> None:
    # en108: "they will jointly develop and sell BNT327, the German company's bispecific"
    text = (
        "Holvik Pharma and Tessary SE said Monday they will jointly develop and sell TS-327, "
        "Tessary's antibody. Holvik will pay $150 million upfront to Tessary."
    )
    assert one_deal(text).deal_type == "co-development"


def test_a_name_clipped_to_initials_and_a_word_is_the_same_company() -> None:
    # en108: "Biogen ... has agreed to acquire Human Immunology Biosciences ... HI-Bio has run
    # mid-stage studies"
    groups = alias_groups(
        "Holvik buys MT-Bio\n\nHolvik said Thursday it has agreed to acquire Marrow Tessary "
        "Biosciences, a privately held company. MT-Bio has run mid-stage studies of the drug. "
        "MT-Bio also brings an early antibody."
    )
    assert {"Marrow Tessary Biosciences", "MT-Bio"} in groups


def test_a_third_companys_drug_told_between_the_deals_sentences_is_not_its_asset() -> None:
    # en108: "Roche used its presentation on Monday to outline the Phase 3 TRONTIER program for
    # trontinemab ..." in a story that mentions Novartis's deal with SciNeuro in passing
    text = (
        "Brain shuttles get crowded\n\n"
        "Marrowfield AG used its presentation on Monday to outline a Phase 3 program for "
        "brontinemab, its anti-amyloid antibody.\n\n"
        "Holvik Pharma on Monday also signed up Tessary Pharmaceuticals to get hold of a "
        "next-generation antibody, handing over $165 million upfront.\n\n"
        "Quorvia Inc. discussed remtelutug, its next-generation amyloid antibody."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Tessary Pharmaceuticals", "Holvik Pharma")
    assert deal.assets == ()


def test_a_name_run_into_the_partys_keeps_its_sentences_drugs() -> None:
    # en88: "The acquisition gives Sanofi Dynavax's hepatitis B vaccine HEPLISAV-B" (read as one
    # company "Sanofi Dynavax"): the sentence is still about the parties
    text = (
        "Holvik agreed to acquire Tessary Therapeutics for $2.2 billion. The acquisition gives "
        "Holvik Tessary's vaccine TSV-108, approved in the United States."
    )
    assert [a.name for a in one_deal(text).assets] == ["TSV-108"]


def test_chinese_units_in_translation_are_scaled() -> None:
    # en109: "milestone payments not exceeding 2.7 hundred million US dollars" (2.7 亿)
    found = [
        (m.amount, m.currency, m.qualifier)
        for m in find_money("up to 2.7 hundred million US dollars and 50 ten thousand yuan")
    ]
    assert found == [(270_000_000, "USD", "up_to"), (500_000, "CNY", None)]


def test_not_exceeding_is_a_ceiling() -> None:
    # en109: "Fuhong Hanlin is also entitled to obtain milestone payments not exceeding ..."
    [m] = find_money("milestone payments not exceeding US$270 million")
    assert m.qualifier == "up_to"


def test_milestones_with_an_aggregate_amount_are_milestones() -> None:
    # en109: "a non-refundable down payment of US$10 million, and the development,
    # registration and commercial milestone payments with an aggregate amount of not more than
    # US$847.5 million, so the total transaction consideration is up to US$857.5 million"
    deal = one_deal(
        "Tessary Biotech has granted Holvik Inc. an exclusive license to TS-12. Holvik shall pay "
        "to Tessary a non-refundable down payment of US$10 million, and the development, "
        "registration and commercial milestone payments with an aggregate amount of not more "
        "than US$847.5 million, so the total transaction consideration is up to US$857.5 "
        "million."
    )
    assert deal.milestones is not None and deal.milestones.amount == 847_500_000
    assert deal.total is not None and deal.total.amount == 857_500_000


def test_a_translated_part_of_day_opening_the_sentence_dates_the_deal() -> None:
    # en109: "Evening of April 29, Shanghai Fuhong Hanlin ... released announcement, the company
    # and Sandoz AG have signed the License Agreement."
    [deal] = extract(
        "Evening of April 29, Tessary Biotech Co., Ltd. released announcement, the company and "
        "Holvik AG have signed the License Agreement. Tessary grants to Holvik the exclusive "
        "authorization to commercialize TS-13. Holvik will pay Tessary a down payment of 31 "
        "million US dollars.",
        language="en",
        published=date(2025, 4, 30),
    )
    assert deal.announced == date(2025, 4, 29)


def test_obtaining_the_down_payment_makes_the_licensor() -> None:
    # en109: "Insilico will obtain the down payment and near-term research and development
    # payments totaling 32 million US dollars"
    text = (
        "On January 3, Holvik Laboratories and Tessary Medicine signed a research cooperation "
        "agreement. Tessary will obtain the down payment and near-term payments totaling 32 "
        "million US dollars."
    )
    assert party_pairs(text) == {("Tessary Medicine", "Holvik Laboratories")}


def test_a_partner_described_before_its_name_is_joined_by_and() -> None:
    # en109: "Insilico Medicine ... announced, the company and the French pharmaceutical company
    # Servier Laboratories (施维雅) signed a multi-year research and development cooperation
    # agreement"
    text = (
        "On January 3, Tessary Medicine announced, the company and the French pharmaceutical "
        "company Holvik Laboratories signed a research cooperation agreement. Tessary will "
        "receive an upfront payment of 32 million US dollars."
    )
    assert party_pairs(text) == {("Tessary Medicine", "Holvik Laboratories")}


def test_milestones_named_far_after_additional_are_milestones() -> None:
    # en111: "Thereafter, the Company will be eligible to receive up to US$1.74 billion in
    # additional success-based development, regulatory and sales milestone payments, for a
    # total transaction value of up to approximately US$1.94 billion."
    deal = one_deal(
        "Holvik Inc. will obtain an exclusive license to develop TS-41 from Tessary Biotech. "
        "Tessary will receive a one-time upfront payment of US$180 million. Thereafter, "
        "Tessary will be eligible to receive up to US$1.74 billion in additional "
        "success-based development, regulatory and sales milestone payments, for a total "
        "transaction value of up to approximately US$1.92 billion."
    )
    assert deal.milestones is not None and deal.milestones.amount == 1_740_000_000
    assert deal.total is not None and deal.total.amount == 1_920_000_000


def test_up_to_more_after_an_upfront_is_the_milestones() -> None:
    # en114: "Takeda pays $400M upfront, up to $730M more, for HUTCHMED's fruquintinib"
    deal = one_deal(
        "Holvik Pharma pays $400M upfront, up to $730M more, for Tessary Biotech's TS-22 "
        "outside China. Tessary has handed Holvik exclusive rights to TS-22."
    )
    assert deal.upfront is not None and deal.upfront.amount == 400_000_000
    assert deal.milestones is not None and deal.milestones.amount == 730_000_000


def test_will_collaborate_with_names_the_partner() -> None:
    # en113: "Roche (via its Roche Holding parent) will collaborate with Cambridge,
    # Mass.-based Moma Therapeutics to discover small molecules ... Moma gets $66 million
    # upfront"
    text = (
        "Holvik AG will collaborate with Tessary Therapeutics to discover small molecules. "
        "Tessary gets $66 million upfront."
    )
    assert party_pairs(text) == {("Tessary Therapeutics", "Holvik AG")}
