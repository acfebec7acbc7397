"""Phrasing met in the blind sets en166 to en171, and in the misses of the earlier held-out
sets they led to: a licensor named after its country ("from China's Y"); a company named by
a place and an industry word two ways ("WuXi Bio", "WuXi Biologics"); a word made with a
hyphen ("AI-generated"); a takeover valued in an 8-K's long phrase; industry tallies; deal
cards, analyst ratings and addresses that look like drugs; obligations taken over; a bare
exchange after a name; a headline's "X bets $1.3B on <description> Y" and "X, Y strike".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

import pytest
from phrasing import alias_groups, asset_names, company_names, deals_in, one_deal, term_kinds

from dealradar.extract.parties import role_votes


def test_a_licensor_named_after_its_country_is_the_licensor_of_an_in_licence() -> None:
    # en162: "X said it is in-licensing three ADCs from China's Y and its partner Z" paired
    # nobody: the country before the name stopped the in-licence rule
    votes = role_votes(
        "⟨E0⟩ said Thursday ⟨E0⟩ is in-licensing a trio of preclinical ADCs from China's ⟨E1⟩."
    )
    assert (1, 0, 3) in votes.pairs


def test_a_place_and_an_industry_word_name_one_company_two_ways() -> None:
    # en48, en162: "WuXi Bio" and "WuXi Biologics" were two companies, as neither has a word
    # left once the place and the industry word go
    groups = alias_groups(
        "Novalis licensed an antibody from Suzhou Biologics. Suzhou Bio will get $20 million "
        "upfront. Suzhou AppGen was not involved."
    )
    assert {"Suzhou Biologics", "Suzhou Bio"} in groups
    assert not any({"Suzhou Biologics", "Suzhou AppGen"} <= g for g in groups)


def test_a_capitalised_word_with_a_participle_after_its_hyphen_is_no_company() -> None:
    # en169: "we went back to the same partner with a second AI-generated inhibitor" made
    # "AI-generated" a licensor
    names = company_names(
        "In January 2025 Kovira Therapeutics went back to the same partner with a second "
        "AI-generated small-molecule inhibitor for solid tumors."
    )
    assert names == {"Kovira Therapeutics"}


def test_a_takeover_valued_in_a_long_phrase_is_the_total_and_its_all_cash_upfront() -> None:
    # en168: an 8-K's "$13.375 in cash per Ordinary Share ... values the Company's entire
    # issued and to be issued share capital at approximately $10.0 billion"
    deal = one_deal(
        "Halvor Pharma plc to be acquired by Brantley Corp.\n\n"
        "Brantley Corp. agreed to acquire Halvor Pharma plc. Each holder of Ordinary Shares "
        "will be entitled to receive $13.375 in cash per Ordinary Share. The Acquisition "
        "Consideration values the Company's entire issued and to be issued share capital at "
        "approximately $10.0 billion.\n"
    )
    assert deal.deal_type == "acquisition"
    assert deal.total is not None and deal.total.amount == 10_000_000_000
    assert deal.upfront is not None and deal.upfront.amount == 10_000_000_000


@pytest.mark.parametrize(
    "sentence",
    [
        "One banker's tally puts 2024 China out-licensing at roughly $46 billion in value.",
        "It is the latest in a run of deals, a tally that several trackers put well above "
        "$50 billion in headline value.",
        "Industry trackers put total out-licensing value for 2025 at well over $100 billion.",
        "According to incomplete statistics, this year until now China innovative drug "
        "license-out transactions already the total amount exceed 80 billion US dollars, the "
        "upfront payment total exceed 5 billion US dollars.",
        "Analysts: obesity drug market could reach $150B early next decade",
    ],
)
def test_a_tally_of_many_deals_or_a_market_forecast_is_no_deal_term(sentence: str) -> None:
    # en166, en170: industry tallies and a market forecast became deals' totals or upfronts
    kinds = term_kinds(sentence)
    assert kinds and set(kinds.values()) == {"distractor"}, kinds


def test_a_total_potential_figure_is_the_total() -> None:
    # en170: "total potential up to $2.2B" in a headline was read as a near-term payment
    kinds = term_kinds(
        "Norvik, Selvane strike obesity collaboration; >$200M upfront and near-term payments, "
        "total potential up to $2.2B"
    )
    assert kinds["$2.2B"] == "total"


@pytest.mark.parametrize(
    "text",
    [
        # a deal card's role label after a company's description
        "Partners: Lanvik Medicines (licensor) / Merck & Co., Inc., known as MSD outside the "
        "US and Canada (licensee)",
        "Rating: Overweight (maintained)",
        "1540 Broadway, 24th Floor, New York, NY 10036",
        "one of the largest platform-type deals signed by a Chinese peptide company",
    ],
)
def test_role_labels_ratings_addresses_and_peptide_words_are_no_assets(text: str) -> None:
    # en170, en171, en167: "Canada (licensee)", "Overweight (maintained)", "NY 10036" and
    # "Chinese peptide" were listed as drugs
    assert asset_names(text) == []


def test_a_spaced_code_and_a_brand_with_its_inn_are_still_assets() -> None:
    # the guards above leave the drugs they resemble alone
    assert asset_names("the antibody TQX 2102 and Zelvora (tirzolimab)") == [
        "TQX 2102",
        "Zelvora",
        "tirzolimab",
    ]


def test_obligations_owed_to_a_company_are_no_purchase_of_it() -> None:
    # en170, en124: "GSK also picks up obligations owed to Novartis" made Novartis a seller
    pairs = {
        (d.licensor.name, d.licensee.name)
        for d in deals_in(
            "Halvex Pharma buys a GLP-1 drug from Tamsen Bio for $1.2 billion in cash upfront "
            "(Halvex also picks up obligations owed to Corvane Therapeutics).\n"
        )
    }
    assert pairs == {("Tamsen Bio", "Halvex Pharma")}


def test_a_company_followed_by_its_exchange_alone_is_a_company() -> None:
    # en170: "Rznomics (KOSDAQ) stock hits daily limit" was no company
    assert "Trenomics" in company_names("Trenomics (KOSDAQ) stock hits daily limit on Friday")


@pytest.mark.parametrize(
    "headline",
    [
        "Belvista bets up to $1.3B on Korean RNA editor Trenomics in hearing-loss pact",
        "Belvista bets $300M on Trenomics",
    ],
)
def test_money_bet_on_a_described_company_buys_from_it(headline: str) -> None:
    # en170: the description between "on" and the company stopped the rule
    votes = role_votes(headline.replace("Belvista", "⟨E0⟩").replace("Trenomics", "⟨E1⟩"))
    assert (1, 0, 3.0) in votes.pairs or (1, 0, 3) in votes.pairs


@pytest.mark.parametrize("joiner", [" and ", ", "])
def test_a_headline_pair_that_strikes_a_deal_is_a_deal(joiner: str) -> None:
    # en170: "Novo Nordisk, Septerna strike oral obesity collaboration" gave no deal
    deal = one_deal(
        f"- Norvik Pharma{joiner}Selvane Therapeutics strike oral obesity small-molecule "
        "collaboration; total potential up to $2.2B\n"
    )
    assert {deal.licensor.name, deal.licensee.name} == {"Norvik Pharma", "Selvane Therapeutics"}
    assert deal.total is not None and deal.total.amount == 2_200_000_000


def test_option_exercise_fees_counted_with_milestones_are_milestones() -> None:
    # en166: "an upfront payment, undisclosed, and ... up to US$1.055 billion in
    # option-exercise fees and milestone payments": the hyphen hid the option fee, and the
    # figure went to the upfront named before it
    kinds = term_kinds(
        "Lanvik will receive an upfront payment, undisclosed, and can collect up to US$1.055 "
        "billion in option-exercise fees and milestone payments, plus tiered royalties."
    )
    assert kinds == {"US$1.055 billion": "milestones"}
