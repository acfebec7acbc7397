"""Phrasing met in the blind set heldout/en5 (issue 3, seventh pass): words taken for companies
(a back-reference "the Group", an opening adverb, places and diseases before a possessive, drug
targets, "-partnered" adjectives) and short names a release introduces with "hereinafter".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs

from dealradar.extract.assets import find_assets
from dealradar.extract.dates import find_dateline
from dealradar.extract.dealtype import deal_type
from dealradar.extract.orgs import find_entities
from dealradar.extract.territory import classify_sentence

# --- words that are not companies -------------------------------------------------------------


def test_the_group_is_a_back_reference_not_a_company() -> None:
    text = (
        "Torvane Pharmaceutical Group said the Group has reached an exclusive license agreement "
        "with Melcor Bio for TV-101. Melcor Bio will pay the Group $40 million upfront."
    )
    assert "Group" not in _names(text)
    deal = _one(text)
    assert deal.licensor.name == "Torvane Pharmaceutical Group"
    assert deal.licensee.name == "Melcor Bio"


def test_sentence_opening_adverb_is_not_a_company() -> None:
    text = (
        "Headline about a deal\n\nRecently, Ostrel Pharmaceutical Co., Ltd. (Ostrel), a unit of "
        "Ostrel Group, announced that it "
        "has signed an exclusive license agreement with Varnum Therapeutics, Inc. for OB-7."
    )
    assert "Recently" not in _names(text)


def test_country_and_disease_before_possessive_are_not_companies() -> None:
    text = (
        "Kelvor Pharma is betting on Alzheimer's drugs, striking a global licensing deal with "
        "Norway's Fjellbio for FB-12. Kelvor will pay $30 million upfront."
    )
    names = _names(text)
    assert "Norway" not in names and "Alzheimer" not in names
    deal = _one(text)
    assert deal.licensor.name == "Fjellbio" and deal.licensee.name == "Kelvor Pharma"


def test_target_with_isoform_number_is_not_a_company() -> None:
    text = (
        "Last year, Pellix Medicines sold ex-China rights to its Claudin 18.2 ADC, PX-302, "
        "to Orvane Therapeutics."
    )
    assert "Claudin" not in _names(text)


def test_partnered_adjective_is_not_a_party() -> None:
    text = (
        "The deal adds to an ADC portfolio built around its Kuroda Seiyaku-partnered drugs "
        "Velmera and Tosdera."
    )
    assert not any(n.endswith("partnered") for n in _names(text))


def test_target_acronym_after_company_name_is_cut() -> None:
    text = (
        "Lunhai Medicine TSLP antibody licensed abroad\n\nLunhai Medicine granted Brevo Bio, "
        "Inc. exclusive rights to LH-1905 outside Greater China."
    )
    names = _names(text)
    assert "Lunhai Medicine TSLP" not in names and "Lunhai Medicine" in names


# --- aliases ------------------------------------------------------------------------------------


def test_hereinafter_short_name_is_the_same_company() -> None:
    text = (
        'Nanhe Kelun Pharmaceutical Co., Ltd. (hereinafter referred to as "Nankeer") signed an '
        "exclusive license agreement with Ardent Therapeutics, Inc. for NK-44. Ardent will pay "
        "Nankeer $20 million upfront."
    )
    mentions, _ = find_entities(text, [])
    ids = {
        m.entity for m in mentions if m.name in ("Nankeer", "Nanhe Kelun Pharmaceutical Co., Ltd.")
    }
    assert len(ids) == 1
    deal = _one(text)
    assert deal.licensee.name.startswith("Ardent")


# --- background deals named in passing --------------------------------------------------------


def test_company_bought_later_by_a_named_buyer() -> None:
    text = (
        "Ardent Pharma will pay Pellix Medicines $30 million upfront for PX-305.\n\n"
        "Last year, Pellix sold ex-China rights to its ADC, PX-302, to Orvane Therapeutics, "
        "which itself was snapped up weeks later by Kelvor Pharmaceuticals in a $2 billion "
        "buyout."
    )
    pairs = _pairs(text)
    assert ("Orvane Therapeutics", "Kelvor Pharmaceuticals") in pairs
    assert ("Kelvor Pharmaceuticals", "Orvane Therapeutics") not in pairs


def test_took_full_ownership_of_a_company_is_an_acquisition() -> None:
    text = (
        "Ardent Pharma will pay Pellix Medicines $30 million upfront for PX-305.\n\n"
        "Ardent said the purchase fits its strategy. Last year the company also took full "
        "ownership of Brevo Therapeutics, a cell therapy specialist."
    )
    deals = [d for d in _deals(text) if d.licensor.name == "Brevo Therapeutics"]
    assert len(deals) == 1 and deals[0].licensee.name == "Ardent Pharma"
    assert deals[0].deal_type == "acquisition"


def test_its_takeover_of_a_company_after_an_apposition() -> None:
    text = (
        "Kelvor Pharma pays Fjellbio $100 million upfront for FB-12.\n\n"
        "For Kelvor Pharma, the deal is another move into neuroscience after its $9 billion "
        "takeover of Ostrel Therapeutics, which brought in the drug Velmera."
    )
    assert ("Ostrel Therapeutics", "Kelvor Pharma") in _pairs(text)


def test_drug_it_discovered_and_licensed_to_a_company() -> None:
    text = (
        "Kelvor Pharma pays Fjellbio $100 million upfront for FB-12.\n\n"
        "Fjellbio is best known as the originator of Velmera, the amyloid antibody it "
        "discovered and licensed to Ostrel Pharma, which now sells the drug with a partner."
    )
    assert ("Fjellbio", "Ostrel Pharma") in _pairs(text)


def test_roundup_second_deal_with_a_company() -> None:
    text = (
        "Ardent on Thursday licensed two RAS inhibitors from Chinese developers.\n\n"
        "The first agreement, with Pellix Pharmatech, brings in AR-15. Ardent pays $12 million "
        "upfront, and Pellix could receive up to $170 million more in milestones.\n\n"
        "The second deal, with Orvane Discovery, covers AR-41. Here Ardent gets worldwide "
        "rights in return for $10M upfront and up to $150M in milestones."
    )
    assert ("Orvane Discovery", "Ardent") in _pairs(text)


# --- terms --------------------------------------------------------------------------------------


def test_money_on_the_table_in_milestones_without_a_verb() -> None:
    deal = _one(
        "Kelvor Pharma licensed FB-12 from Fjell Therapeutics. Kelvor will hand Fjell $40 "
        "million upfront, with another $360 million on the table in development, regulatory "
        "and commercial milestones."
    )
    assert deal.milestones is not None and deal.milestones.amount == 360_000_000


# --- territory and deal type ------------------------------------------------------------------


def test_where_clause_keeping_rights_does_not_swallow_the_grant() -> None:
    found = classify_sentence(
        "The agreement covers the US, Europe and all other territories outside Greater China "
        "and Southeast Asia, where Fjellbio keeps the rights."
    )
    assert found is not None and found[0] == "regional"


def test_which_clause_keeping_places_does_not_swallow_the_grant() -> None:
    found = classify_sentence(
        "Ardent receives rights everywhere except mainland China, Hong Kong and Macau, which "
        "Pellix keeps."
    )
    assert found is not None and found[0] == "ex-china"


def test_merger_the_deal_comes_after_is_not_the_deal_type() -> None:
    found = deal_type(
        [
            "Ardent Medicine said it has licensed AR-003 from Brevo Therapeutics.",
            "Ardent will pay $10 million upfront.",
            "The deal comes shortly after Ardent completed its merger with Ostrel Therapeutics.",
        ],
        has_money=True,
    )
    assert found == "license"


def test_near_term_technology_transfer_milestone() -> None:
    deal = _one(
        "Lunhai Medicine granted Brevo Bio, Inc. exclusive rights to LH-1905 outside Greater "
        "China. Brevo Bio will pay Lunhai Medicine a first payment of 20 million US dollars and "
        "a near-term technology transfer milestone payment of 4 million US dollars."
    )
    assert deal.near_term is not None and deal.near_term.amount == 4_000_000


# --- assets ---------------------------------------------------------------------------------------


def test_code_with_a_decimal_variant_suffix() -> None:
    text = "Ardent gets an option to license the OBX-31.045 program."
    assert [a.name for a in find_assets(text, 0, len(text))] == ["OBX-31.045"]


def test_other_names_given_to_the_deals_drug_in_a_later_paragraph() -> None:
    deal = _one(
        "Ardent Medicine said it has licensed AR-003, an antibody, from Brevo Therapeutics. "
        "Ardent will pay $10 million upfront.\n\n"
        "The agreement covers all territories outside Greater China. Ardent will develop the "
        "antibody as ARD-3405; in China it goes by 7BT3011."
    )
    assert {a.name for a in deal.assets} >= {"AR-003", "ARD-3405", "7BT3011"}


def test_imod_stem_names_a_drug() -> None:
    text = "Kelvor takes exclusive rights to velapimod outside the United States."
    assert [a.name for a in find_assets(text, 0, len(text))] == ["velapimod"]


def test_brand_name_the_licensor_sells_the_drug_under() -> None:
    text = "Brevo keeps its home market, where it sells the ADC under the brand name Velmora."
    assert "Velmora" in [a.name for a in find_assets(text, 0, len(text))]


# --- dates ----------------------------------------------------------------------------------------


def test_dateline_with_a_title_case_city() -> None:
    text = (
        "Ardent Enters License Agreement with Brevo\n\n"
        "Lausanne, Switzerland, May 13, 2024 - Ardent SA today announced that it has entered "
        "into an exclusive license agreement with Brevo Pharmaceutical Company Limited."
    )
    found = find_dateline(text)
    assert found is not None and found.value == date(2024, 5, 13)
