"""Phrasing met in the blind sets en18 and en19 (issue 3, sixth session).

en18 (dev styles, roundups, a LinkedIn post, a quarterly release, an analyst note, a Q&A):
two licensors named together as one side ("X and its sister company Y will share the
upfront"), "will obtain more than 200 million US dollars", an agreement "with Y for its
self-developed antibody", a forecast's year ("by 2030") that must not date an undated text,
shares "in a third-party allotment worth 22 billion won", a total restated in won beside
dollar terms; a quarterly-results release whose bullets have no subject ("- Completed the
acquisition of X"); an analyst note with co-licensors who "jointly out-licensed" a drug,
numbered comparables headed "1) A / B (...)." and "Upfront and near-term payments: $53m in
aggregate"; a Q&A where the partner "gets access to our platform" and "RNA" is a molecule,
not a company; a 2018 licence the other way recalled in its own paragraph before the terms
of the deal announced; a roundup item told again "Earlier in June"; a headline naming a drug
right after its company ("Junshi Biology Terriplimab goes to the Middle East").

en19 (the dev corpus's styles, scored once first at 0.88): a drug "exclusively licensed to Y
... by X", "the AI technology", "up to $1.7 billion in total payments", "acquired X for $3.2
billion and Y for $1.9 billion", "in-licensed an X-designed molecule".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs

from dealradar.extract.assets import find_assets
from dealradar.extract.dates import latest_year
from dealradar.extract.money import find_money
from dealradar.extract.terms import label_sentence


def test_two_licensors_named_together_are_one_side_of_one_deal() -> None:
    text = (
        "Norvale Pharma has bet $40 million upfront on QH-825, striking a deal with Taiwan's "
        "Qinhai Bio and its sister company Larch Biotherapeutics for worldwide rights.\n\n"
        "Qinhai and Larch will share the $40 million upfront fee and are eligible for up to "
        "$530 million more in development, regulatory and commercial milestones."
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Qinhai Bio", "Norvale Pharma")
    assert deal.milestones is not None and deal.milestones.amount == 530_000_000


def test_obtaining_an_amount_of_money_makes_the_licensor() -> None:
    text = (
        "On May 14, Norvale Pharma and Qinhai Bio announced a research cooperation and license "
        "agreement to discover oral drugs for obesity. Qinhai will obtain more than 200 million "
        "US dollars of upfront payment and research funding."
    )
    assert _pairs(text) == {("Qinhai Bio", "Norvale Pharma")}


def test_an_agreement_with_a_partner_for_its_self_developed_drug_makes_the_subject_grant() -> None:
    text = (
        "Last November, Qinhai Bio signed a clinical cooperation agreement with Norvale Pharma "
        "and Co. for its self-developed antibody QH-102. Norvale will run the Phase I trial of "
        "QH-102 in the United States and bear the costs, while Qinhai retains the global rights."
    )
    assert _pairs(text) == {("Qinhai Bio", "Norvale Pharma")}


def test_a_forecast_year_does_not_date_the_deals_of_an_undated_text() -> None:
    text = (
        "In April 2025, Norvale Pharma licensed QH-103 from Qinhai Bio. On March 28, Norvale "
        "reached an agreement with Qinhai for QH-104 for $20 million upfront. Some institutions "
        "predict that the market will reach 100 billion US dollars by 2030."
    )
    assert latest_year(text) == 2025


def test_shares_bought_in_an_allotment_worth_a_sum_are_equity() -> None:
    text = (
        "Qinhai Bio has licensed its QH-7 platform to Norvale Pharma for $40 million upfront. "
        "Norvale will also take a direct stake in Qinhai, subscribing for 175,079 newly issued "
        "shares at 125,900 won apiece in a third-party allotment worth 22 billion won."
    )
    deal = _one(text)
    assert deal.equity is not None and (deal.equity.amount, deal.equity.currency) == (
        22_000_000_000,
        "KRW",
    )
    assert deal.total is None or deal.total.currency == "USD"


def test_a_total_restated_in_another_currency_keeps_the_terms_currency() -> None:
    text = (
        "Qinhai Bio has licensed its QH-7 platform to Norvale Pharma in a deal worth up to $2.6 "
        "billion. Qinhai will receive an upfront payment of $40 million and is eligible for "
        "milestones of up to $2.56 billion, bringing the total potential value to around 3.8 "
        "trillion won."
    )
    deal = _one(text)
    assert deal.total is not None and (deal.total.amount, deal.total.currency) == (
        2_600_000_000,
        "USD",
    )


_RESULTS_RELEASE = (
    "Norvale reports second-quarter 2025 financial results\n\n"
    "BOSTON, Aug. 7, 2025 /PRNewswire/ -- Norvale Pharma (NYSE: NVL) today announced its "
    "financial results for the second quarter of 2025.\n\n"
    "- Q2 revenue increased 38% to $15.56 billion.\n\n"
    "Business development\n"
    "- Completed the acquisition of Qinhai Therapeutics, Inc., a clinical-stage company "
    "developing gene editing medicines. Norvale paid $10.50 per share in cash, or "
    "approximately $1.0 billion upfront, plus one contingent value right per share worth up to "
    "$3.00, for a total deal value of up to approximately $1.3 billion. The acquisition was "
    "announced on June 17, 2025.\n"
)


def test_a_subjectless_bullet_under_a_results_release_is_the_announcers_deal() -> None:
    deal = _one(_RESULTS_RELEASE)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Qinhai Therapeutics, Inc.",
        "Norvale Pharma",
    )
    assert deal.deal_type == "acquisition"


def test_a_price_per_share_restated_as_a_sum_said_upfront_is_the_upfront() -> None:
    text = (
        "Norvale bought Qinhai for $10.50 per share in cash, or approximately $1.0 billion "
        "upfront, for a total deal value of up to approximately $1.3 billion."
    )
    labels = [
        (t.money.amount, t.kind) for t in label_sentence(text, 0, len(text), find_money(text))
    ]
    assert labels == [(10.5, "distractor"), (1_000_000_000, "upfront"), (1_300_000_000, "total")]


def test_the_day_a_company_announces_its_results_does_not_date_its_deals() -> None:
    assert _one(_RESULTS_RELEASE).announced == date(2025, 6, 17)


def test_two_companies_that_jointly_out_licensed_give_the_first_named_as_licensor() -> None:
    text = (
        "Larch Group announced yesterday that its subsidiary Qinhai Bio and Tesk Pharma have "
        "jointly out-licensed QH-33, an antibody-drug conjugate, to Norvale Pharma."
    )
    assert _pairs(text) == {("Qinhai Bio", "Norvale Pharma")}


def test_a_numbered_heading_names_a_pair_in_either_order() -> None:
    text = (
        "We benchmark against two recent transactions.\n\n"
        "1) Norvale Pharma / Qinhai Bio (QH-17, HER2, May 2023).\n"
        "Norvale paid an undisclosed upfront for an option on rights outside Greater China; "
        "milestones together total up to $2bn.\n\n"
        "2) Tesk Pharma / Larch Biotherapeutics (LB-501, HER3, November 2023).\n"
        "Larch licensed worldwide rights to its preclinical HER3 ADC to Tesk in a deal worth up "
        "to $430m."
    )
    assert _pairs(text) == {
        ("Qinhai Bio", "Norvale Pharma"),
        ("Larch Biotherapeutics", "Tesk Pharma"),
    }


def test_kinds_lumped_in_aggregate_are_recorded_as_the_first() -> None:
    text = "- Upfront and near-term payments: $53m in aggregate."
    labels = [
        (t.money.amount, t.kind) for t in label_sentence(text, 0, len(text), find_money(text))
    ]
    assert labels == [(53_000_000, "upfront")]


def test_a_start_up_described_after_its_name_is_a_company_and_rna_is_not() -> None:
    text = (
        "In May, Qinhorix, a Korean RNA-editing start-up, signed a research collaboration and "
        "licensing agreement with Norvale Pharma to develop RNA editing therapies."
    )
    assert _names(text) == {"Qinhorix", "Norvale Pharma"}


def test_a_partner_that_gets_access_to_a_platform_is_the_licensee() -> None:
    text = (
        "In May, Qinhorix, a Korean RNA-editing start-up, signed a research collaboration and "
        "licensing agreement with Norvale Pharma to develop RNA editing therapies.\n\n"
        "Q: What exactly did Norvale get?\n\n"
        "A: Norvale gets access to our ribozyme platform for a defined set of targets."
    )
    assert _pairs(text) == {("Qinhorix", "Norvale Pharma")}


def test_an_earlier_licence_the_other_way_does_not_swallow_the_deal_announced() -> None:
    text = (
        "Norvale Pharma and Qinhai Bio announced today that they have entered into a joint "
        "development agreement for QH-1701, with option rights for a strategic collaboration."
        "\n\n"
        "Under a license agreement signed by the two companies in 2018, Norvale granted Qinhai "
        "exclusive global development rights for several ADCs using its payload.\n\n"
        "Under the terms of the joint development agreement, Norvale will make an upfront "
        "payment and development milestone payments to Qinhai. Norvale obtains option rights "
        "to develop and commercialize QH-1701 globally, excluding Greater China."
    )
    deals = {(d.licensor.name, d.licensee.name): d for d in _deals(text)}
    assert set(deals) == {("Norvale Pharma", "Qinhai Bio"), ("Qinhai Bio", "Norvale Pharma")}
    assert deals["Qinhai Bio", "Norvale Pharma"].deal_type == "option"


def test_a_roundup_item_dated_earlier_in_the_month_is_one_deal() -> None:
    text = (
        "BD Roundup\n\nJuly 11, 2025\n\n"
        "4. Norvale signs $812 million research pact with Qinhai\n\n"
        "Earlier in June, Norvale Pharma entered a research collaboration and license agreement "
        "with Qinhai Therapeutics to discover oral small molecules. The agreement is worth up to "
        "$812 million to the San Francisco-based company, plus royalties."
    )
    deal = _one(text)
    assert deal.total is not None and deal.total.amount == 812_000_000


def test_a_drug_after_a_company_in_a_headline_is_not_part_of_its_name() -> None:
    text = (
        "Qinhai Biology Norpalimab goes to the Middle East: authorized Tesk for 20 countries\n\n"
        "Previously, Qinhai Biology had authorized the rights of Norpalimab in the United "
        "States and Canada to Larchwood, and the application is still under review."
    )
    assert "Qinhai Biology Norpalimab" not in _names(text)
    assert ("Qinhai Biology", "Larchwood") in _pairs(text)


def test_a_name_with_a_number_closed_by_a_legal_form_is_a_company() -> None:
    """Left over from en12 and en15: "TRC 2004, Inc.", a company named by letters and a year."""
    text = (
        "Qinhai Bio licensed its T-cell engager QH-261 to NBX 3001, Inc., a privately held US "
        "company. NBX 3001 took rights everywhere except Greater China."
    )
    assert _pairs(text) == {("Qinhai Bio", "NBX 3001, Inc.")}


def test_a_drug_licensed_to_a_company_by_another_names_both_sides() -> None:
    """From en19: the passive "was exclusively licensed to Y outside of Greater China by X"."""
    text = (
        "Norvale Pharma will acquire Tesk Bio for $1 billion. The acquisition gives Norvale "
        "access to TK-001, an antibody against TSLP. TK-001 was exclusively licensed to Tesk "
        'outside of Greater China by Jiangsu Qinhai Pharmaceuticals Co., Ltd. ("Qinhai").'
    )
    assert ("Jiangsu Qinhai Pharmaceuticals Co., Ltd.", "Tesk Bio") in _pairs(text)


def test_a_field_in_capitals_before_technology_is_no_named_platform() -> None:
    """From en19: "the AI technology of Chinese enterprises" names a field, not an asset."""
    text = "Pharma groups use the AI technology of Chinese firms and the QBX-7 platform of Qinhai."
    names = {a.name for a in find_assets(text, 0, len(text))}
    assert "AI" not in names
    assert "QBX-7" in names


def test_a_sum_in_total_payments_is_the_stated_total() -> None:
    """From en19: "up to $1.7 billion in total payments, including the upfront payment"."""
    text = (
        "Qinhai will receive an upfront payment of $250 million and is eligible to receive up "
        "to $1.7 billion in total payments, including the upfront payment."
    )
    labels = [
        (t.money.amount, t.kind) for t in label_sentence(text, 0, len(text), find_money(text))
    ]
    assert labels == [(250_000_000, "upfront"), (1_700_000_000, "total")]


def test_two_companies_acquired_each_for_its_price_are_two_deals_with_their_prices() -> None:
    """From en19: "last year it acquired X for $3.2 billion and Y for $1.9 billion"."""
    text = (
        "Norvale Pharma signed a research deal with Qinhai Bio worth $5.2 billion. Last month "
        "Norvale agreed to buy privately held Amlo Pharmaceuticals for as much as $1.2 billion, "
        "and last year it acquired mRNA partner Tesk Biotherapeutics for $3.2 billion and "
        "Larch Holdings for $1.9 billion."
    )
    totals = {
        d.licensor.name: d.total.amount if d.total else None
        for d in _deals(text)
        if d.licensor is not None
    }
    assert totals["Tesk Biotherapeutics"] == 3_200_000_000
    assert totals["Larch Holdings"] == 1_900_000_000


def test_a_molecule_designed_by_a_company_and_in_licensed_makes_an_earlier_deal() -> None:
    """From en19: "In 2019 Sanofi in-licensed an Exscientia-designed bispecific"."""
    text = (
        "Norvale Pharma agreed to pay $100 million upfront to Qinhai Bio for a research "
        "collaboration. The two companies have worked together since 2016. In 2019 Norvale "
        "in-licensed a Qinhai-designed bispecific small molecule aimed at two targets."
    )
    deals = _deals(text)
    assert [(d.licensor.name, d.licensee.name) for d in deals if d.licensor and d.licensee] == [
        ("Qinhai Bio", "Norvale Pharma"),
        ("Qinhai Bio", "Norvale Pharma"),
    ]
