"""Phrasing met in the blind set heldout/en4 (issue 3, sixth pass): carve-outs spelled out after
loose shorthand, places that are trial sites or a currency, rights named by their place, money
handed to a company, reverse mergers, and more.

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from phrasing import deals_in as _deals
from phrasing import one_deal as _one

from dealradar.extract.assets import find_assets
from dealradar.extract.dealtype import deal_type
from dealradar.extract.territory import classify_sentence

# --- territory --------------------------------------------------------------------------------


def test_places_listed_after_trial_sites_are_not_granted() -> None:
    found = classify_sentence(
        "Ostrel Bio licensed OB-7, an inhibitor now in Phase 1 trials in China and the United "
        "States, to Varnum Pharma."
    )
    assert found is None


def test_us_dollar_sign_is_not_a_place() -> None:
    found = classify_sentence(
        "Two developers signed licensing agreements worth more than US$2 billion for assets "
        "in China."
    )
    assert found is None


def test_place_before_rights_is_granted() -> None:
    found = classify_sentence("In return, Pellix takes Greater China rights to Orvane's PX-4.")
    assert found is not None and found[0] == "china"


def test_loose_ex_china_refined_by_a_greater_china_carve_out() -> None:
    deal = _one(
        "Varnum Pharma pays Ostrel Bio $50 million upfront for ex-China rights to OB-7.\n\n"
        "Varnum gets the rights to develop and commercialize OB-7 in all markets outside "
        "Greater China. Ostrel is eligible for up to $400 million in milestones."
    )
    assert deal.territory_class == "ex-greater-china"


# --- parties and type ---------------------------------------------------------------------------


def test_money_handed_to_a_company_makes_it_the_licensor() -> None:
    deal = _one(
        "Big pharma has been busy: Varnum Pharma handed Ostrel Bio $300 million upfront in May "
        "2024 for the antibody OB-7, with up to $1 billion more in milestones."
    )
    assert (deal.licensor.name, deal.licensee.name) == ("Ostrel Bio", "Varnum Pharma")


def test_reverse_merger_is_a_listing_not_the_deal_type() -> None:
    assert (
        deal_type(
            [
                "Pellix takes rights to PX-4 and pays $20 million upfront.",
                "Pellix went public in June through a reverse merger with Daxo Therapeutics.",
            ],
            has_money=True,
        )
        == "license"
    )


# --- payments ---------------------------------------------------------------------------------


def test_figure_lumping_upfront_and_milestones_is_the_total() -> None:
    deal = _one(
        "Varnum Pharma obtains exclusive global rights to OB-7 from Ostrel Bio. Ostrel Bio is "
        "eligible to receive an upfront payment as well as development, regulatory and "
        "commercial milestone payments totaling up to EUR 600 million."
    )
    assert deal.upfront is None
    assert deal.total is not None and deal.total.amount == 600_000_000 and deal.total.stated


def test_cash_paid_beside_issued_shares_is_the_upfront() -> None:
    deal = _one(
        "Varnum Pharma has licensed OB-7 from Ostrel Bio. Varnum will pay Ostrel Bio $25 million "
        "in cash and issue 2.1 million shares of Varnum common stock."
    )
    assert deal.upfront is not None and deal.upfront.amount == 25_000_000


def test_amount_upon_achievement_of_milestones_is_a_milestone() -> None:
    deal = _one(
        "Varnum Pharma has licensed OB-7 from Ostrel Bio. Ostrel Bio is eligible for a $10 "
        "million clinical milestone payment and up to $90 million upon the achievement of "
        "certain late-stage regulatory milestones."
    )
    assert deal.milestones is not None and deal.milestones.amount == 100_000_000


# --- dates --------------------------------------------------------------------------------------


def test_signing_date_in_passing_yields_to_the_dateline() -> None:
    deal = _one(
        "BOSTON, March 12, 2026 (GLOBE NEWSWIRE) -- Varnum Pharma announced that it has "
        "licensed OB-7 from Ostrel Bio.\n\nUnder the license agreement, which the parties "
        "entered into on March 9, 2026, Varnum will pay Ostrel Bio $15 million upfront."
    )
    assert str(deal.announced) == "2026-03-12"


def test_total_in_brackets_together_with_the_down_payment() -> None:
    deal = _one(
        "Ostrel Bio licensed OB-7 to Varnum Pharma. Varnum will pay Ostrel Bio a down payment "
        "of 10 million US dollars. Ostrel Bio can obtain milestone payments of up to 90 million "
        "US dollars in total (equivalent to RMB 650 million, and together with the down "
        "payment, RMB 720 million in total)."
    )
    assert deal.total is not None
    assert (deal.total.amount, deal.total.currency, deal.total.stated) == (720_000_000, "CNY", True)


def test_potential_payments_after_an_upfront_are_the_total() -> None:
    deal = _one(
        "Varnum Pharma licensed OB-7 from Ostrel Bio, under which Varnum paid Ostrel Bio $12 "
        "million upfront, with potential payments of up to $300 million."
    )
    assert deal.total is not None and deal.total.amount == 300_000_000 and deal.total.stated


def test_exclusive_option_and_license_agreement_is_an_option() -> None:
    assert (
        deal_type(
            ["Pellix and Daxo signed an exclusive option and license agreement for PX-4."],
            has_money=True,
        )
        == "option"
    )


def test_payment_when_a_phase_1_trial_starts_is_near_term() -> None:
    deal = _one(
        "Varnum Pharma licensed OB-7 from Ostrel Bio. Varnum will pay $15 million upfront and a "
        "further $5 million when it starts a Phase 1 trial. Ostrel Bio can earn up to $400 "
        "million in milestones."
    )
    assert deal.near_term is not None and deal.near_term.amount == 5_000_000
    assert deal.milestones is not None and deal.milestones.amount == 400_000_000


def test_deal_with_a_company_granting_the_description_rights() -> None:
    deals = _deals(
        "Varnum Pharma returns to Ostrel Bio for a second antibody.\n\n"
        "Ostrel Bio said Varnum Pharma will pay $90 million upfront for exclusive rights to "
        "its antibody OB-9.\n\n"
        "The Hangzhou-based biotech first struck a deal with Varnum Pharma in March 2023, "
        "granting the pharma global rights to OB-2. That agreement came with $20 million "
        "upfront and up to $500 million in milestones."
    )
    assert {(d.licensor.name, d.licensee.name) for d in deals} == {("Ostrel Bio", "Varnum Pharma")}
    assert len(deals) == 2


def test_research_funding_beside_milestones_is_not_a_financing() -> None:
    deal = _one(
        "Varnum Pharma has licensed OB-7 from Ostrel Bio. Ostrel Bio will receive $40 million "
        "upfront. It is also eligible for research funding, up to $700 million in development "
        "and commercial milestone payments, and royalties."
    )
    assert deal.milestones is not None and deal.milestones.amount == 700_000_000


# --- background deals ---------------------------------------------------------------------------


def test_licensed_a_company_s_drug_with_a_plural_possessive() -> None:
    deals = _deals(
        "Varnum Pharma will pay Ostrel Bio $30 million upfront for rights to OB-7, Ostrel Bio "
        "said on Monday.\n\n"
        "Last March Varnum Pharma licensed Kestrel Biologics' DLL3-directed ADC KB-11."
    )
    assert ("Kestrel Biologics", "Varnum Pharma") in {
        (d.licensor.name, d.licensee.name) for d in deals
    }


def test_completed_acquisition_of_a_described_company() -> None:
    deals = _deals(
        "Ostrel Bio licensed OB-7 to Varnum Pharma for $25 million upfront, Ostrel Bio said.\n\n"
        "Last month, Varnum Pharma completed the acquisition of the obesity new drug company "
        "Tessaly, the transaction amount up to 4 billion US dollars. Before this, Varnum Pharma "
        "itself had developed two oral GLP-1 candidates, velotiglipron and marotiglipron, but "
        "stopped them in 2024."
    )
    acq = next(d for d in deals if d.licensor.name == "Tessaly")
    assert acq.licensee.name == "Varnum Pharma" and acq.deal_type == "acquisition"
    assert acq.total is not None and acq.total.amount == 4_000_000_000
    assert not acq.assets


# --- assets -------------------------------------------------------------------------------------


def test_code_apposed_to_a_description_with_a_bracketed_abbreviation() -> None:
    text = (
        "Ostrel Bio licensed OB-SNX, an investigational small interfering RNA (siRNA) therapy, "
        "to Varnum Pharma."
    )
    assert "OB-SNX" in [a.name for a in find_assets(text, 0, len(text))]


def test_coordinated_subjects_signing_with_a_partner_make_one_deal() -> None:
    deals = _deals(
        "Dec 3, 2025 -- Yesterday evening, Kestrel Pharmaceutical (600111.SH) announced that its "
        'holding subsidiaries Chongqing Ostrel Pharmaceutical Co., Ltd. (hereinafter "Ostrel '
        'Pharmaceutical") and Shanghai Kestrel Pharmaceutical Industry Development Co., Ltd. '
        "signed an exclusive license agreement with Varnum Inc.\n\n"
        "According to the announcement, Ostrel Pharmaceutical authorizes Varnum Inc. the "
        "exclusive license in the global scope to develop OB-7. Varnum Inc. will pay Ostrel "
        "Pharmaceutical a down payment of 50 million US dollars."
    )
    assert len(deals) == 1, [(d.licensor.name, d.licensee.name) for d in deals]
    assert deals[0].licensee.name == "Varnum Inc."
    assert str(deals[0].announced) == "2025-12-02"


def test_the_other_direction_of_a_two_way_deal_shares_its_date() -> None:
    deals = _deals(
        "Dec. 5, 2025 -- Varnum Pharma has agreed to pay Ostrel Bio $60 million upfront for "
        "rights to OB-7 outside Greater China.\n\n"
        "The companies unveiled the pact on Thursday. Varnum gets the rights to develop OB-7.\n\n"
        "In return, Ostrel Bio takes Greater China rights to Varnum's bispecific VP-2. Ostrel "
        "Bio will pay $10M upfront."
    )
    assert len(deals) == 2
    assert {str(d.announced) for d in deals} == {"2025-12-04"}


def test_sentence_announcing_the_two_deals_dates_both() -> None:
    deals = _deals(
        "Daily Business News, June 27, 2025\n\n"
        "A few days ago, Ostrel Bio issued announcements on two license agreements.\n\n"
        "On the evening of June 25, the company announced the two transactions at the same "
        "time.\n\n"
        "According to the license agreement with Varnum Pharma, Ostrel Bio licenses Varnum "
        "Pharma the rights to OB-7. Varnum Pharma will pay Ostrel Bio 20 million US dollars.\n\n"
        "According to the agreement with Kestrel Pharma, Ostrel Bio licenses Kestrel Pharma the "
        "rights to OB-9 in Greater China. Kestrel Pharma will pay 80 million yuan."
    )
    assert len(deals) == 2, [(d.licensor.name, d.licensee.name) for d in deals]
    assert {str(d.announced) for d in deals} == {"2025-06-25"}


def test_brands_of_the_deal_s_drug_in_a_later_paragraph() -> None:
    deal = _one(
        "Varnum Pharma has struck a licensing deal with Ostrel Bio, taking the rights in Japan to "
        "its antibody tolvelimab.\n\n"
        "Varnum Pharma will pay $40m up front.\n\n"
        "Tolvelimab is sold as OSTRAVA in China. In the EU it is marketed as Velbrio.\n\n"
        "Rivals include the antibody pembrolizumab."
    )
    assert [a.name for a in deal.assets] == ["tolvelimab", "OSTRAVA", "Velbrio"]


def test_background_acquisition_of_regional_rights_to_the_deal_s_drug() -> None:
    deals = _deals(
        "Varnum Pharma has struck a licensing deal with Ostrel Bio, taking the rights in Japan to "
        "its antibody tolvelimab. Varnum Pharma will pay $40m up front.\n\n"
        "The Japanese deal follows Kestrel Pharmaceuticals' acquisition of the European rights "
        "to tolvelimab in 2023."
    )
    bg = next(d for d in deals if d.licensee.name == "Kestrel Pharmaceuticals")
    assert bg.licensor.name == "Ostrel Bio"
    assert (bg.deal_type, bg.territory_class) == ("license", "regional")


def test_sponsor_running_trials_is_a_company() -> None:
    deals = _deals(
        "Varnum Pharma will pay Ostrel Bio $30 million upfront for rights to OB-7, Ostrel Bio "
        "said on Monday.\n\n"
        "Kestrano is running late-stage trials of an amyloid antibody, and recently signed a "
        "shuttle-related agreement with Pellix Bio."
    )
    assert ("Pellix Bio", "Kestrano") in {(d.licensor.name, d.licensee.name) for d in deals}


def test_drug_in_a_sentence_saying_the_deal_named_none_is_not_an_asset() -> None:
    deal = _one(
        "Varnum Pharma has agreed a licensing deal with Ostrel Bio for an antibody programme. "
        "Ostrel Bio will receive $50m upfront.\n\n"
        "Ostrel Bio lists OB-234 as its lead candidate, though the deal announcement did not "
        "name a specific molecule."
    )
    assert not deal.assets
