"""Phrasing met in the blind set heldout/en6 (issue 3, eighth pass): a weekly roundup whose
companies are named in ways the rules had not met ("said on Monday it will acquire", "J&J",
"-gene" company names, a subject of "..., signing a collaboration with"), descriptions of two
cities, money "picked up" by a participle's subject, rights "taken back", and a city "based in".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import party_pairs as _pairs

from dealradar.extract.dealtype import deal_type
from dealradar.extract.orgs import find_entities
from dealradar.extract.parties import role_votes

# --- names of companies -------------------------------------------------------------------------


def test_said_on_a_weekday_it_will_acquire_names_a_company() -> None:
    text = "Dorrance Barrow said on Monday it will acquire a private developer for cash."
    assert "Dorrance Barrow" in _names(text)


def test_short_gene_name_is_a_company_not_a_drug() -> None:
    text = "Zoragene has signed a collaboration with Pellam for two antibodies."
    assert "Zoragene" in _names(text)


def test_lined_up_a_partner_names_a_company() -> None:
    text = "Meanwhile, Corvalt has lined up a new partner for its antibody technology."
    assert "Corvalt" in _names(text)


def test_investment_by_names_the_investor() -> None:
    text = "The upfront payment and an equity investment by Ostmark were not disclosed."
    assert "Ostmark" in _names(text)


def test_subject_of_a_participle_that_signs_a_deal_is_a_company() -> None:
    text = (
        "Bram Keller continued its run of RNA deals this month, signing a collaboration with "
        "Quellin Bio worth up to $1 billion."
    )
    names = _names(text)
    assert "Bram Keller" in names
    assert "RNA" not in names  # not the sentence's subject


def test_city_after_based_in_is_not_a_company() -> None:
    text = (
        "Vorsen Therapeutics licensed VS-4 to Halbrook Pharma. Vorsen, based in Tarnow, "
        "retains rights in Greater China."
    )
    assert "Tarnow" not in _names(text)
    assert _pairs(text) == {("Vorsen Therapeutics", "Halbrook Pharma")}


# --- one company, two names; descriptions -------------------------------------------------------


def test_ampersand_initials_join_the_full_name() -> None:
    text = (
        "Marrow & Marrow said on Monday it will acquire Tessik Therapeutics for $2 billion. "
        "M&M will pay the sum in cash."
    )
    _, entities = find_entities(text, [])
    full = next(e for e in entities if "Marrow & Marrow" in e.names)
    assert "M&M" in full.names


def test_description_of_two_cities_stands_for_the_topic_company() -> None:
    text = (
        "Meanwhile, Corvalt has lined up a new partner for its masking technology. "
        "The Austin- and Wuxi-based company entered into a collaboration with Pellam Bio, "
        "picking up $5 million upfront and up to $300 million in milestones."
    )
    assert _pairs(text) == {("Corvalt", "Pellam Bio")}


# --- roles ---------------------------------------------------------------------------------------


def test_money_picked_up_goes_to_the_participles_subject() -> None:
    text = (
        "Corvalt Therapeutics entered into a collaboration with Pellam Bio, picking up "
        "$5 million upfront and eligibility for up to $300 million in milestones."
    )
    assert _pairs(text) == {("Corvalt Therapeutics", "Pellam Bio")}


def test_rights_taken_back_are_not_taken_as_a_licensee() -> None:
    votes = role_votes(
        "⟨E1⟩ will lead development, while ⟨E0⟩ holds an option to take back rights in Japan."
    )
    assert (0, "licensee") not in {(e, r) for e, r, _ in votes.roles}


# --- assets -------------------------------------------------------------------------------------


def test_a_company_profiles_core_product_is_not_the_deals_drug() -> None:
    text = (
        "Harlow Kexin authorizes its kinase inhibitor portfolio to Pellam Biosciences\n\n"
        "Harlow Kexin Technology Co., Ltd. said it has reached an exclusive license agreement "
        "with Pellam Biosciences. The company will authorize its inhibitor portfolio to Pellam "
        "Biosciences for development outside Greater China.\n\n"
        "Harlow Kexin was established in 2012 and focuses on small molecule drugs. Its core "
        "product Zavortinib (HK-00310) is in phase III for cholangiocarcinoma."
    )
    deals = _deals(text)
    assert [a.name for d in deals for a in d.assets] == []


# --- dates --------------------------------------------------------------------------------------


def test_byline_date_dates_the_deal_its_lead_reports() -> None:
    text = (
        "Harlow scores an ADC pact with Pellam\n\n"
        "By Trade Wire staff | March 3, 2025\n\n"
        "Harlow Pharma is back at the ADC well. The French drugmaker has struck a deal worth up "
        "to $500 million with Pellam Biotechnology for global rights to PL-7.\n\n"
        "In January, Harlow Pharma licensed Quellin Bio's QB-2 in a deal worth $90 million."
    )
    deals = {d.licensor.name: d for d in _deals(text)}
    assert deals["Pellam Biotechnology"].announced == date(2025, 3, 3)
    assert deals["Quellin Bio"].announced is None


# --- deal type ----------------------------------------------------------------------------------


def test_option_to_take_back_rights_is_no_option_deal() -> None:
    sentences = [
        "corvalt entered into a collaboration with pellam bio, picking up $5 million upfront.",
        "pellam bio will lead development, while corvalt holds an option to take back rights "
        "in japan.",
    ]
    assert deal_type(sentences, has_money=True) != "option"
