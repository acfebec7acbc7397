"""Phrasing met in the blind set heldout/en7 (issue 3, ninth pass): wire and trade-press
reports about well-known buyers, who are named with no cue around them ("GSK returned to
Hansoh ..., taking an exclusive licence"), their units ("Janssen Biotech, a Johnson &
Johnson company"), seats ("Merck KGaA, Darmstadt,", "US-based X"), a price per share before
the deal's value, and descriptions that carry the story into the next sentence.

Every example is written for this file (invented companies and drugs) except the names of the
curated companies the gazetteer holds (GSK, Johnson & Johnson); none is a gold article.
"""

from __future__ import annotations

from phrasing import alias_groups as _aliases
from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs

from dealradar.extract.gazetteer import known_company_names


def test_the_gazetteer_holds_curated_names_but_no_tickers_or_words() -> None:
    names = known_company_names()
    assert {"GSK", "Johnson & Johnson", "J&J", "Merck KGaA"} <= names
    assert "LLY" not in names  # a ticker
    assert "Formation" not in names and "Kite" not in names  # also English words


def test_a_known_buyer_needs_no_cue() -> None:
    text = (
        "GSK returned to Tarsen Pharmaceutical Group on December 20, taking an exclusive "
        "licence to TS-20093. Tarsen receives $185m upfront and up to $1.525bn in milestones, "
        "putting the deal at up to $1.71bn."
    )
    assert "GSK" in _names(text)
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Tarsen Pharmaceutical Group", "GSK")
    assert deal.total is not None and deal.total.amount == 1_710_000_000


def test_putting_the_deal_at_is_no_payment() -> None:
    text = "Tarsen Bio receives $85m upfront, putting the deal at up to $1bn, from Orlan."
    assert _pairs(text) == {("Tarsen Bio", "Orlan")}


def test_it_after_a_month_is_the_subject_before() -> None:
    text = (
        "It is the second time in three months that GSK has shopped at Tarsen Pharma: in "
        "October it paid $85m upfront for the ADC TS-20089."
    )
    assert _pairs(text) == {("Tarsen Pharma", "GSK")}


def test_a_unit_named_a_company_of_its_owner() -> None:
    text = (
        "Two days later, Janssen Biotech, a Johnson & Johnson company, signed an option and "
        "licence agreement with Korea's Lumachem Biosciences for LC-84."
    )
    assert any({"Janssen Biotech", "Johnson & Johnson"} <= names for names in _aliases(text))


def test_the_seat_after_a_legal_form_is_not_a_company() -> None:
    text = (
        "Germany's Halvorsen KGaA, Darmstadt, on December 4 licensed the commercialisation "
        "rights in mainland China to Abrisko Therapeutics' pimicotinib for $70m upfront."
    )
    assert "Darmstadt" not in _names(text)
    assert _pairs(text) == {("Abrisko Therapeutics", "Halvorsen KGaA")}


def test_a_seat_adjective_before_the_licensee() -> None:
    text = (
        "In February, Corvane Group licensed its ROR1-targeting antibody-drug conjugate "
        "CV-6005 to US-based Radley Biopharma for US$ 15 mln upfront."
    )
    assert _pairs(text) == {("Corvane Group", "Radley Biopharma")}


def test_a_description_opening_a_sentence_carries_the_story() -> None:
    text = (
        "Halden A/S will acquire Merrow N.V. for $97.00 per share in cash.\n\n"
        "The Copenhagen-based company has been preparing for the loss of royalties from "
        "Johnson & Johnson's Darzalex. In 2024 it bought Profara, a Seattle-area ADC "
        "developer, for $1.8 billion in cash."
    )
    assert ("Profara", "Halden A/S") in _pairs(text)
    assert not any("Johnson" in lee for _, lee in _pairs(text))


def test_the_value_after_a_price_per_share_is_the_deal_total() -> None:
    text = (
        "Halden A/S announced on Monday that it will acquire Merrow N.V. for $97.00 per share "
        "in cash, a deal that values Merrow at about $8.0 billion."
    )
    deal = _one(text)
    assert deal.total is not None and deal.total.amount == 8_000_000_000


def test_a_granted_description_is_the_other_company() -> None:
    text = (
        "Hutchin Ltd markets the drug in China together with Orlan Pharmaceuticals, under a "
        "2013 partnership that gave the U.S. drugmaker commercial rights in China."
    )
    assert _pairs(text) == {("Hutchin Ltd", "Orlan Pharmaceuticals")}


def test_an_enzyme_code_in_an_apposition_is_an_asset() -> None:
    text = (
        "Altevia Inc. granted Orlan Pharma exclusive worldwide rights to use ALV-B4, its "
        "recombinant human hyaluronidase, for $45 million upfront."
    )
    assert [a.name for a in _one(text).assets] == ["ALV-B4"]


def test_a_roundup_keeps_each_deal_to_its_item() -> None:
    deals = _deals(
        "GSK doubles down on Tarsen\n\nGSK returned to Tarsen Pharmaceutical Group on December "
        "20, taking an exclusive licence to TS-20093.\n\nJ&J takes an option on Lumachem's "
        "ADC\n\nJanssen Biotech, a Johnson & Johnson company, signed an option and licence "
        "agreement with Lumachem Biosciences for LC-84. Janssen pays $100m upfront."
    )
    pairs = {(d.licensor.name, d.licensee.name) for d in deals}
    assert len(deals) == 2 and ("Tarsen Pharmaceutical Group", "GSK") in pairs
    (janssen,) = [d for d in deals if d.licensor.name == "Lumachem Biosciences"]
    assert {janssen.licensee.name, *janssen.licensee.aliases} >= {
        "Janssen Biotech",
        "Johnson & Johnson",
    }


# --- deal types ---------------------------------------------------------------------------------


def test_buys_into_a_drug_is_no_acquisition() -> None:
    text = (
        "Halvorsen KGaA buys into a TGCT pill\n\nHalvorsen KGaA licensed the rights in "
        "mainland China to Abrisko Therapeutics' pimicotinib and holds an option to take "
        "worldwide rights, paying $70m upfront."
    )
    assert _one(text).deal_type != "acquisition"


def test_co_develop_globally_and_co_commercialise_in_one_country() -> None:
    text = (
        "Innovar Biologics granted Tarkeda Pharma rights to IV-363 for $1.2 billion upfront. "
        "The two companies will co-develop IV-363 globally and co-commercialise it in the "
        "United States."
    )
    assert _one(text).deal_type == "co-development"


def test_a_recalled_licence_is_a_licence_in_a_story_about_an_acquisition() -> None:
    text = (
        "Corvex SE will acquire Pumen Biotechnology for $800 million upfront.\n\n"
        "The two sides are not strangers. In November 2023, Pumen Biotechnology authorized "
        "Corvex SE the global rights of QM8002 outside Greater China. At that time, Corvex "
        "paid a down payment of 55 million US dollars. After the acquisition, these "
        "milestones will no longer be paid."
    )
    types = sorted(d.deal_type for d in _deals(text))
    assert types == ["acquisition", "license"]
