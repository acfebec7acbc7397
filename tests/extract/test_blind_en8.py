"""Phrasing met in the blind sets heldout/en7 and en8 (issue 3, ninth pass): Hong Kong and
Shanghai filings translated into English (the exchange's disclaimer, "the Company" and "the
Group" as defined terms, headings in capitals, '(the "Product")'), weekly roundups with
numbered items and a sum of their deals, and Chinese companies' other names ("known at home
as", "whose Chinese name is rendered as", "(stock code), or X", "namely").

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from phrasing import alias_groups as _aliases
from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import one_deal as _one
from phrasing import party_pairs as _pairs
from phrasing import territory_class as _territory

from dealradar.extract.text import sentences

# --- filings translated into English ------------------------------------------------------------

DISCLAIMER = (
    "Harbour Exchanges and Clearing Limited and The Stock Exchange of Harbour Limited take no "
    "responsibility for the contents of this announcement.\n\n"
)


def test_exchange_names_in_the_disclaimer_are_not_companies() -> None:
    names = _names(DISCLAIMER + "Quorin Pharma licensed QR-12 to Belvant Bio.")
    assert "Clearing Limited" not in names
    assert "Harbour Limited" not in names


def test_the_group_acting_through_its_subsidiaries_is_the_announcer() -> None:
    text = DISCLAIMER + (
        "This announcement is made by Tasmer Pharmaceutical Group Company Limited (the "
        '"Company", together with its subsidiaries, the "Group").\n\n'
        "On 3 May 2024, the Group, through its subsidiaries Jiangsu Tasmer Medicine Co., Ltd. "
        '("Tasmer Medicine") and Shanghai Tasmer Biotech Co., Ltd., entered into an exclusive '
        'license agreement with Orlan plc ("Orlan") in respect of TS-2040.\n\n'
        "The Group grants Orlan an exclusive license to TS-2040 outside Greater China. Orlan "
        "shall pay the Group a down payment of US$60 million."
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Tasmer Pharmaceutical Group Company Limited",
        "Orlan plc",
    )
    assert deal.upfront is not None and deal.upfront.amount == 60_000_000


def test_the_company_is_the_announcer() -> None:
    text = (
        'This announcement is made by Veyron Biologics, Inc. (the "Company") on a voluntary '
        "basis.\n\nThe Company grants Calder Pharmaceutical an exclusive license to VB-330 "
        "outside Greater China. Calder Pharmaceutical will pay the Company an upfront payment "
        "of US$90 million."
    )
    assert _pairs(text) == {("Veyron Biologics, Inc.", "Calder Pharmaceutical")}


def test_a_heading_in_capitals_is_split_into_its_names() -> None:
    text = (
        "QUELL LAB LIMITED\n\nQUELL LAB AND ARDEN THERAPEUTICS ENTER INTO EXCLUSIVE LICENSE "
        "AGREEMENT FOR ARX-7\n\nArden Therapeutics, Inc. grants Quell Lab Limited exclusive "
        "rights to ARX-7 in Greater China."
    )
    names = _names(text)
    assert "QUELL LAB" in names and "ARDEN THERAPEUTICS" in names
    assert not any("ENTER" in n or "AGREEMENT" in n for n in names)
    assert _pairs(text) == {("Arden Therapeutics, Inc.", "Quell Lab Limited")}


def test_defined_terms_of_a_filing_are_not_companies() -> None:
    text = (
        'Norvik Group has entered into a license agreement with Pellam USA, Inc. ("Pellam '
        'USA") for an injection (the "Product"). Pellam USA will pay the Target Product '
        "holder a down payment of 15 million US dollars."
    )
    names = _names(text)
    assert "Product" not in names and "Target Product" not in names


def test_sales_a_milestone_depends_on_are_not_a_distractor() -> None:
    text = (
        "Norvik Pharma licensed NV-5 to Pellam Bio. Norvik Pharma is entitled to receive "
        "registration milestone payments of up to 25 million US dollars and sales milestone "
        "payments of up to 1.025 billion US dollars based on the annual net sales of the "
        "product."
    )
    deal = _one(text)
    assert deal.milestones is not None and deal.milestones.amount == 1_050_000_000


def test_a_translated_authorization_for_named_places_is_regional() -> None:
    text = (
        "In February, Norvik Pharma authorized the ADC NV-6 to Pellam Bio for the United "
        "States, the European Union, Canada and certain other territories."
    )
    assert _territory(text) == "regional"


def test_places_kept_end_where_the_list_ends() -> None:
    text = (
        "The rights cover all territories outside Greater China; Tarsen keeps the rights in "
        "mainland China, Hong Kong, Macao and Taiwan, and holds an option to share profits "
        "with Orlan in the US."
    )
    assert _territory(text) == "ex-greater-china"


# --- Chinese companies' other names -------------------------------------------------------------


def test_known_at_home_as_after_a_stock_code() -> None:
    text = "On Monday, Quillon Holdings (02299.HK), known at home as Jinghai Technology, signed."
    assert {"Quillon Holdings", "Jinghai Technology"} in _aliases(text)


def test_whose_chinese_name_is_rendered_as() -> None:
    text = (
        'Marlow BioMed (02199.HK), whose Chinese name is often rendered as "Haibo '
        'Pharmaceutical", licensed MB-70 to Orlan Pharmaceutical Co., Ltd.'
    )
    assert any({"Marlow BioMed", "Haibo Pharmaceutical"} <= names for names in _aliases(text))


def test_or_after_a_stock_code_gives_the_other_name() -> None:
    text = (
        "On Thursday, Rensen Co., Ltd. (09911.HK; 688311.SH), or Rongsheng Biology, granted "
        "Vellor Bio an exclusive license to RS-18."
    )
    assert any({"Rensen Co., Ltd.", "Rongsheng Biology"} <= names for names in _aliases(text))


def test_known_by_its_chinese_name_and_namely() -> None:
    text = (
        "This announcement is made by Zarel Lab Limited (also known by its Chinese name Zaiheng "
        "Pharmaceutical). Corvex SE agreed to acquire Biorel Inc., namely Pumen Biotechnology "
        "(Zhuhai) Co., Ltd."
    )
    groups = _aliases(text)
    assert any({"Zarel Lab Limited", "Zaiheng Pharmaceutical"} <= names for names in groups)
    # (its full legal name, the city inside it: met again in the blind set en37)
    assert any({"Biorel Inc.", "Pumen Biotechnology (Zhuhai) Co., Ltd."} <= n for n in groups)
    assert not any("Zhuhai" in names for names in groups)  # the city of a legal name


def test_a_unit_of_a_countrys_group_is_one_side() -> None:
    text = (
        "Insella Medicine said on Friday that Stemborn Therapeutics, a unit of Italy's Marano "
        "Group, has licensed a second AI-designed small-molecule inhibitor from it."
    )
    assert any({"Stemborn Therapeutics", "Marano Group"} <= names for names in _aliases(text))


def test_licensed_a_drug_with_no_partner_after_it_took_the_licence() -> None:
    text = (
        "Insella Medicine said on Friday that Stemborn Therapeutics has licensed a second "
        "AI-designed small-molecule inhibitor for solid tumours, for $20 million upfront."
    )
    assert _pairs(text) == {("Insella Medicine", "Stemborn Therapeutics")}


def test_a_kind_of_drug_is_not_a_company() -> None:
    text = "Novrel gets an exclusive license to an IND-stage siRNA and a first-in-class antibody."
    names = _names(text)
    assert "IND" not in names and "IND-stage" not in names


# --- roundups -----------------------------------------------------------------------------------

ROUNDUP = (
    "Weekly roundup (June 2-8, 2025)\n\n"
    "Three out-licensing transactions were disclosed this week.\n\n"
    "1. Lanbo x Orvane: a T-cell engager\n\n"
    "Lanbo Biotech licensed LB-7020 to Orvane Pharmaceutical for $40 million upfront.\n\n"
    "2. Kestral x Dovecote: AI discovery\n\n"
    "Kestral Holdings signed a discovery collaboration with Dovecote Medicines, for a down "
    "payment of US$51 million.\n\n"
    "3. Rengen x Vorel: tebacicept goes overseas\n\n"
    "Rengen Biologics granted Vorel Bio an exclusive license to tebacicept for US$125 million "
    "upfront.\n\n"
    "By our count, the three deals carry disclosed potential value of about US$10.8 billion."
)


def test_list_numbers_open_their_item() -> None:
    assert not any(s.text.strip() in ("1.", "2.", "3.") for s in sentences(ROUNDUP))


def test_an_item_heading_belongs_to_the_deal_told_next() -> None:
    deals = {d.licensor.name + " / " + d.licensee.name: d for d in _deals(ROUNDUP)}
    assert [a.name for a in deals["Dovecote Medicines / Kestral Holdings"].assets] == []
    assert [a.name for a in deals["Rengen Biologics / Vorel Bio"].assets] == ["tebacicept"]


def test_the_sum_of_a_roundups_deals_is_no_deals_total() -> None:
    for deal in _deals(ROUNDUP):
        assert deal.total is None or deal.total.amount < 1_000_000_000
    assert "Three" not in _names(ROUNDUP)


def test_the_roundups_lead_does_not_set_an_items_territory() -> None:
    text = (
        "Chinese developers struck four overseas licensing agreements this week.\n\n"
        "Yinhe Biotech granted Avenmore Therapeutics an exclusive global license, excluding "
        "Greater China, to YH-1418 for USD50 million upfront."
    )
    assert _one(text).territory_class == "ex-greater-china"


def test_newly_formed_biotechs_in_general_make_no_newco() -> None:
    text = (
        "US buyers and newly formed biotechs kept shopping in China.\n\n"
        "Yinhe Biotech granted Avenmore Therapeutics an exclusive license to YH-1418 for "
        "USD50 million upfront."
    )
    assert _one(text).deal_type == "license"


# --- terms --------------------------------------------------------------------------------------


def test_in_deals_with_a_total_value_is_this_deals_total() -> None:
    text = (
        "In January 2024, Argent Bio licensed two siRNA programs to Novello for an upfront "
        "payment of US$185 million, in deals with a total value of up to US$4.165 billion."
    )
    deal = _one(text)
    assert deal.upfront is not None and deal.upfront.amount == 185_000_000
    assert deal.total is not None and deal.total.amount == 4_165_000_000


def test_milestones_of_a_described_kind_after_the_figure() -> None:
    text = (
        "Corvex agreed to acquire Pumen Bio for about 800 million US dollars upfront, and "
        "Pumen's shareholders can also obtain up to 150 million US dollars of "
        "performance-based milestone payments."
    )
    deal = _one(text)
    assert deal.milestones is not None and deal.milestones.amount == 150_000_000


def test_two_letters_and_four_digits_is_a_drug_code() -> None:
    text = "Pumen Bio granted Corvex the global rights of QM8002 outside Greater China."
    assert [a.name for a in _one(text).assets] == ["QM8002"]
