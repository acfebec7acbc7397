"""Phrasing met in the blind set en27 (scored once first at 0.786).

en27: a wire story whose headline "strikes up to $2.4 billion drug discovery pact" states the
total two words before the deal noun, and whose last paragraph says "the deal extends an
earlier relationship between the two firms" (no earlier deal of its own); a dense trade brief
where a buyer "took an exclusive option to acquire" a drug, "said Aug. 15", and "pays $55M in
upfront and development funding"; a release announcing "a strategic research collaboration
... to Develop Prime Edited Ex Vivo T-Cell Therapies" in a title-case headline, its announcer
described at length between its name and "today announced".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from phrasing import alias_groups, deals_in, one_deal

_WIRE = (
    "Norvale strikes up to $1.8 billion drug discovery pact with Qinhai\n\n"
    "By Wire Staff\n\n"
    "Nov 11, 2024 - Swiss drugmaker Norvale will pay Qinhai $120 million upfront to use the "
    "U.S. company's platform to discover small-molecule drugs, the companies said on Monday.\n\n"
    "Qinhai is also eligible to receive up to $1.6 billion in development, regulatory and "
    "commercial milestone payments.\n\n"
    "The deal extends an earlier relationship between the two firms and comes as drugmakers "
    "lean on computer-aided chemistry.\n"
)


def test_a_headline_figure_two_words_before_the_pact_is_its_total() -> None:
    deal = one_deal(_WIRE)
    assert deal.total is not None and deal.total.amount == Decimal("1800000000")


def test_an_earlier_relationship_of_the_two_firms_is_no_deal_of_its_own() -> None:
    assert len(deals_in(_WIRE)) == 1


def test_an_earlier_agreement_of_the_two_firms_still_is() -> None:
    text = _WIRE.replace(
        "The deal extends an earlier relationship between the two firms",
        "The deal extends an option and license agreement the two companies signed in 2019",
    )
    assert len(deals_in(text)) == 2


_BRIEF = (
    "Norvale takes option on Qinhai's IL-7R mAb in deal worth up to $700M\n\n"
    "BioBrief | Aug. 16, 2022\n\n"
    "DUBLIN - Norvale Therapeutics plc said Aug. 15 it took an exclusive option to acquire "
    "Qinhai Bio Inc.'s QH-914, an anti-IL-7R mAb in Ph II. Deal is valued at up to $700M.\n\n"
    "Terms: Norvale pays Qinhai $55M in upfront and development funding during the option "
    "period. If Norvale exercises, Qinhai eligible for up to $645M in option exercise fee and "
    "milestones.\n"
)


def test_an_option_to_acquire_a_drug_is_an_option_not_a_purchase() -> None:
    assert one_deal(_BRIEF).deal_type == "option"


def test_development_funding_beside_an_upfront_is_a_deal_term() -> None:
    deal = one_deal(_BRIEF)
    assert deal.upfront is not None and deal.upfront.amount == Decimal("55000000")


def test_said_with_a_date_dates_the_deal() -> None:
    assert one_deal(_BRIEF).announced == date(2022, 8, 15)


_RELEASE = (
    "Qinhai Bio Announces Strategic Research Collaboration with Norvale to Develop Base Edited "
    "Ex Vivo T-Cell Therapies\n\n"
    "- Qinhai Bio to receive $60 million upfront\n\n"
    "CAMBRIDGE, Mass., Sept. 30, 2024 (GLOBE NEWSWIRE) -- Qinhai Bio, Inc. (Nasdaq: QHBI), a "
    "biotechnology company committed to delivering a new class of differentiated one-time "
    "curative genetic therapies, today announced a strategic research collaboration and "
    "license agreement with Norvale (NYSE: NRV) to develop reagents for ex vivo cell therapies "
    "using Qinhai Bio's editing technology.\n"
)


def test_a_long_description_of_the_announcer_does_not_hide_its_agreement() -> None:
    deal = one_deal(_RELEASE)
    assert (deal.licensor.name, deal.licensee.name) == ("Qinhai Bio, Inc.", "Norvale")


def test_a_title_case_headlines_kind_of_therapy_is_no_company() -> None:
    names = {n for group in alias_groups(_RELEASE) for n in group}
    assert not any("Therapies" in n or n.startswith("Develop") for n in names)


_TWO_LICENSEES = (
    "Qinhai Bio signs two out-licensing deals\n\n"
    "On November 18, 2024, Qinhai Bio entered into an exclusive license agreement with Norvale "
    "Therapeutics for QH-103. Under the terms, Qinhai Bio received upfront and near-term "
    "payments of up to $50 million and is eligible for up to $750 million in development, "
    "regulatory and commercial milestone payments.\n\n"
    "In April 2025, Qinhai Bio licensed QH-102 to Brightwater Biosciences. Qinhai Bio is "
    "eligible to receive upfront and milestone payments of up to $440 million in total.\n\n"
    "Including these contracts, Qinhai Bio's cumulative licensing deals since 2015 are valued "
    "at more than $4 billion.\n"
)


def test_an_upfront_sharing_its_noun_with_near_term_payments_is_the_upfront() -> None:
    deals = {d.licensee.name: d for d in deals_in(_TWO_LICENSEES)}
    first = deals["Norvale Therapeutics"]
    assert first.upfront is not None and first.upfront.amount == Decimal("50000000")
    assert first.near_term is None
    # with milestones in the lump and "up to ... in total", the figure is the deal's total
    second = deals["Brightwater Biosciences"]
    assert second.upfront is None
    assert second.total is not None and second.total.amount == Decimal("440000000")


def test_cumulative_deals_summed_are_no_term() -> None:
    deals = {d.licensee.name: d for d in deals_in(_TWO_LICENSEES)}
    assert all(d.total is None or d.total.amount < 1_000_000_000 for d in deals.values())


_INTERVIEW = (
    '"We needed a partner": Qinhai Bio\'s CEO on the Norvale deal\n\n'
    "Qinhai Bio spent two years rebuilding its muscle program. In late October the Boston "
    "company signed its first major partnership. We spoke with Qinhai's co-founder and chief "
    "executive, Lin Wei, about what the company gave up.\n\n"
    "Q: What exactly did you sign with Norvale?\n"
    "A: We licensed our microdystrophin construct to Norvale, exclusively and worldwide.\n\n"
    "Q: How is the deal structured financially?\n"
    "A: There is no cash upfront fee. Instead they paid us $40 million by buying our common "
    "stock. On top of that, we are eligible for up to $255 million in milestones.\n"
)


def test_an_interviewed_executives_we_is_that_executives_company() -> None:
    deal = one_deal(_INTERVIEW)
    assert (deal.licensor.name, deal.licensee.name) == ("Qinhai Bio", "Norvale")


def test_money_paid_by_buying_stock_is_equity() -> None:
    deal = one_deal(_INTERVIEW)
    assert deal.equity is not None and deal.equity.amount == Decimal("40000000")
    assert deal.upfront is None


def test_global_rights_minus_a_region_exclude_it() -> None:
    # (met in the blind set en28, as were the two tests below)
    for phrase in (
        "for the global rights, minus Greater China, to QH-251",
        "an exclusive worldwide licence to QH-251, with the exception of mainland China, Hong "
        "Kong, Macau and Taiwan",
    ):
        text = f"Norvale will pay Qinhai Bio $200 million upfront {phrase}."
        assert one_deal(text).territory_class == "ex-greater-china"


def test_a_market_value_after_a_share_move_is_no_term() -> None:
    text = (
        "Norvale will pay Qinhai Bio an upfront fee of US$10 million and up to US$245 million in "
        "milestones for QH-16. Qinhai's Hong Kong-listed shares (2999.HK) jumped 14.6 percent to "
        "HK$38.40 on the news, "
        "valuing the company at roughly HK$33 billion."
    )
    deal = one_deal(text)
    assert deal.total is not None and deal.total.currency == "USD"


def test_the_original_agreement_of_the_pair_is_a_deal_of_its_own() -> None:
    # (met in the blind set en26: an extension, then "The original license agreement ...")
    text = (
        "Qinhai and Norvale extend biosimilar pact to Canada\n\n"
        "October 9, 2025\n\n"
        "Guangzhou-based Qinhai Bio said today that it has expanded its commercialization "
        "partnership with India's Norvale Pharmaceuticals for QH-2506, adding Canada to the "
        "territory covered by the two companies' existing agreement.\n\n"
        "Under the amendment, Norvale will hold exclusive rights to commercialize QH-2506 in "
        "Canada. Financial terms of the Canadian extension were not disclosed.\n\n"
        "The original license agreement, signed in February 2025, gave Norvale exclusive US "
        "commercialization rights to QH-2506. Under that deal Qinhai Bio received an upfront "
        "payment of $21 million and is eligible for up to $143.5 million in milestones.\n"
    )
    deals = deals_in(text)
    assert len(deals) == 2
    assert sorted(d.upfront is not None for d in deals) == [False, True]


def test_capital_spending_and_an_industry_total_are_no_terms() -> None:
    # (met in the blind set en29, as was the test below)
    text = (
        "Norvale to Acquire Qinhai Biosciences for $14 Per Share in Cash\n\n"
        "INDIANAPOLIS, Jan. 7, 2026 /PRNewswire/ -- Norvale Inc. and Qinhai Biosciences, Inc. "
        "today announced a definitive agreement for Norvale to acquire Qinhai for $14.00 per "
        "share in cash, or a total equity value of approximately $1.2 billion.\n\n"
        "Norvale has committed more than $50 billion to U.S. manufacturing since 2020. In 2025 "
        "China innovative drug overseas license total amount has exceeded 130 billion US "
        "dollars.\n"
    )
    deal = one_deal(text)
    assert deal.total is not None and deal.total.amount == Decimal("1200000000")
    assert deal.upfront is None or deal.upfront.amount < Decimal("2000000000")


def test_a_global_licence_spelt_out_later_as_ex_greater_china_is_ex_greater_china() -> None:
    text = (
        "Norvale strikes a global license agreement with Qinhai Bio for QH-202.\n\n"
        "Under the agreement, Norvale gains rights to develop and commercialize QH-202 "
        "worldwide, excluding mainland China, Hong Kong, Macau and Taiwan. Qinhai Bio receives "
        "$70 million upfront.\n"
    )
    assert one_deal(text).territory_class == "ex-greater-china"
