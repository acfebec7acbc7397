"""Phrasing met in the blind sets en196 to en201, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import company_names, deals_in, one_deal, party_pairs

from dealradar.extract.en.corrections import unsay
from dealradar.extract.parties import is_historical


def _upfronts(text: str) -> list[float | None]:
    return [float(d.upfront.amount) if d.upfront else None for d in deals_in(text)]


# --- corrections ---------------------------------------------------------------------------


def test_a_correction_s_superseded_figure_is_not_read() -> None:
    # en193-002: 'The original headline read "J&J lays down $300M upfront ..."' and "An
    # earlier version of this article stated that Janssen would pay $300 million upfront" gave
    # the deal the figure the correction withdrew
    text = (
        "Korvane pays $100M upfront for BT-101\n\n"
        '[Headline updated. The original headline read "Korvane Pharma lays down $300M upfront '
        "for Belisto Bio's BT-101.\"]\n\n"
        "Belisto Bio said Friday it has handed Korvane Pharma exclusive worldwide rights to "
        "BT-101. Korvane Pharma will pay $100 million upfront.\n\n"
        "Correction: An earlier version of this article stated that Korvane Pharma would pay "
        "$300 million upfront."
    )
    assert _upfronts(text) == [100_000_000]


def test_the_figure_stated_without_a_correction_is_read() -> None:
    # the guard: the same text without the correction's words reads the $300 million
    text = (
        "Belisto Bio said Friday it has handed Korvane Pharma exclusive worldwide rights to "
        "BT-101. Korvane Pharma will pay $300 million upfront."
    )
    assert _upfronts(text) == [300_000_000]


def test_an_original_headline_quoted_is_blanked_to_its_end_with_offsets_kept() -> None:
    text = (
        'Korvane pays $100M upfront\n[Headline updated. The original headline read "Korvane '
        'lays down $300M upfront for BT-101."]\nBody.'
    )
    blanked = unsay(text)
    assert len(blanked) == len(text)
    assert "$300M" not in blanked and "Body." in blanked and "Headline updated." in blanked


def test_a_drug_s_earlier_version_is_no_correction() -> None:
    text = "An earlier version of the antibody, described in 2019, was less potent."
    assert unsay(text) == text


# --- parents and subsidiaries --------------------------------------------------------------


def test_a_licensee_s_parent_and_its_unit_told_in_turn_make_one_deal() -> None:
    # en193-002 / en176-002: "J&J's Janssen pays LegoChem ..." and "The J&J unit will pay
    # $100 million upfront" made a second deal with the parent
    text = (
        "Korvane Pharma's Almora Biotech pays Belisto Bio $100M upfront for BT-101\n\n"
        "Belisto Bio said Friday it has handed Almora Biotech exclusive worldwide rights to "
        "BT-101. Korvane Pharma's unit will pay $100 million upfront and up to $1.6 billion in "
        "milestones."
    )
    (deal,) = deals_in(text)
    assert deal.licensee is not None and deal.licensee.name == "Almora Biotech"
    assert "Korvane Pharma" in deal.licensee.aliases
    assert deal.upfront is not None and deal.upfront.amount == 100_000_000


def test_two_licensees_named_apart_stay_two_deals() -> None:
    # the guard: no owner is stated, so two companies paying for two drugs are two deals
    text = (
        "Belisto Bio said Friday it has handed Almora Biotech exclusive rights to BT-101. "
        "Separately, Belisto Bio licensed BT-202 to Korvane Pharma for $20 million upfront."
    )
    assert party_pairs(text) == {
        ("Belisto Bio", "Almora Biotech"),
        ("Belisto Bio", "Korvane Pharma"),
    }


# --- names that are no companies ------------------------------------------------------------


def test_a_journal_that_published_results_is_no_company() -> None:
    # en201-008: "according to results published Tuesday in Nature Medicine, giving X its most
    # concrete evidence" made the journal a licensor in a text with no deal
    text = (
        "Almora Medicine's lead drug improved lung function in a small trial, according to "
        "results published Tuesday in Nature Medicine, giving Almora Medicine its most "
        "concrete clinical evidence yet."
    )
    assert "Nature Medicine" not in company_names(text)
    assert deals_in(text) == []


# --- several deals of the same two companies ------------------------------------------------


def test_a_pair_that_re_upped_weeks_earlier_is_a_deal_of_this_news() -> None:
    # en201-005: "Two weeks earlier, on Wednesday Sept. 3, Novartis also re-upped with Argo"
    # read as history, so its terms went to an older deal of the pair
    assert not is_historical("Two weeks earlier, on Sept. 3, Korvane also re-upped with Belisto.")
    assert is_historical("Two years earlier, Korvane licensed BT-101 from Belisto.")
    text = (
        "DEALS OF THE WEEK - Friday, September 19, 2025\n\n"
        "Two weeks earlier, on Wednesday Sept. 3, Korvane Pharma also re-upped with Belisto "
        "Bio. Korvane Pharma pays US$160 million upfront for ex-China rights to BT-303.\n\n"
        "That follows the January 2024 agreement in which Korvane Pharma paid Belisto Bio "
        "US$185 million upfront for BT-101."
    )
    deals = deals_in(text)
    assert sorted(float(d.upfront.amount) for d in deals if d.upfront) == [160e6, 185e6]
    dated = [d for d in deals if d.upfront and d.upfront.amount == 160_000_000]
    assert dated[0].announced == date(2025, 9, 3)


def test_a_translation_s_grant_to_then_the_license_is_a_grant() -> None:
    # en201-003: "Kelun Botai grant to MSD the exclusive license of SKB264" read "grant" as a
    # grant of money, so no deal was told
    deal = one_deal(
        "In May of 2022, Belisto Bio grant to Korvane Pharma the exclusive license of BT-101 in "
        "the world region except Greater China, and tiered royalties."
    )
    assert deal.licensor is not None and deal.licensee is not None
    assert (deal.licensor.name, deal.licensee.name) == ("Belisto Bio", "Korvane Pharma")


def test_a_research_grant_to_a_company_is_still_no_deal() -> None:
    # the guard: "a grant to X for its work" with no licence after it
    text = "Almora Foundation made a $3.5 million grant to Belisto Bio for its gene-therapy work."
    assert deals_in(text) == []


def test_dated_paragraphs_on_one_pair_are_deals_of_their_own() -> None:
    # en201-003 / en201-005: one pair's deals of May 2022, July 2022 and December 2022, each in
    # its own paragraph, were read as one
    text = (
        "Belisto Bio and Korvane Pharma have dealt with each other for three years.\n\n"
        "First transaction. In May of 2022, Belisto Bio grant to Korvane Pharma the exclusive "
        "license of BT-101. Korvane Pharma pay 47 million US dollars upfront.\n\n"
        "Second transaction. In July 2022, two sides again sign license agreement of BT-202, "
        "Korvane Pharma obtain the global exclusive right. Upfront payment is US$35 million.\n\n"
        "Third transaction. On 22 December 2022, Belisto Bio announce with Korvane Pharma the "
        "exclusive license and cooperation agreement for seven ADCs, the upfront is 175 million "
        "US dollar."
    )
    assert sorted(_upfronts(text)) == [35e6, 47e6, 175e6]  # type: ignore[type-var]


def test_a_closing_months_after_the_signing_is_the_same_deal() -> None:
    # the guard: a later step of the deal (its closing) in another month is no new deal
    text = (
        "On April 3, 2024, Korvane Pharma agreed to acquire Belisto Bio for $1.8 billion in "
        "cash.\n\n"
        "On May 20, 2024, Korvane Pharma completed its acquisition of Belisto Bio."
    )
    assert len(deals_in(text)) == 1


def test_a_period_end_is_no_date_of_a_dealing() -> None:
    # en131-002: "paid the upfront amount in full during the three months ended March 31,
    # 2025" split a December 2024 licence in two
    text = (
        "In December 2024, the Company entered into an exclusive license agreement with Belisto "
        'Bio ("Belisto"), pursuant to which Belisto granted Korvane Pharma an exclusive license '
        "to BT-101 for $75.0 million upfront.\n\n"
        "Korvane Pharma paid Belisto the upfront amount in full during the three months ended "
        "March 31, 2025."
    )
    assert len(deals_in(text)) == 1


def test_the_terms_of_a_recalled_pact_are_its_own_deal() -> None:
    # en201-002: "courtesy of a November 2023 licensing pact. Under that agreement, BioNTech
    # paid Biotheus $55 million upfront" gave the takeover the licence's upfront
    text = (
        "Korvane Pharma said Wednesday it will acquire Belisto Bio for up to $950 million. "
        "Korvane Pharma will hand over $800 million upfront.\n\n"
        "Korvane Pharma already held the rights to BT-101 outside China, courtesy of a November "
        "2023 licensing pact. Under that agreement, Korvane Pharma paid Belisto Bio $55 million "
        "upfront."
    )
    assert sorted(_upfronts(text)) == [55e6, 800e6]  # type: ignore[type-var]


def test_the_terms_of_a_deal_that_ends_stay_with_it() -> None:
    # en23-007: the news of a collaboration's end, then "Under that agreement, X paid Y": one
    # deal
    text = (
        "Belisto Bio said its collaboration with Korvane Pharma for BT-101 will come to an end. "
        "All rights revert to Belisto Bio.\n\n"
        "The unwinding closes out what was, in February 2018, one of the largest partnerships. "
        "Under that agreement, Korvane Pharma paid Belisto Bio $1.0 billion in cash upfront."
    )
    assert _upfronts(text) == [1_000_000_000]


# --- money ---------------------------------------------------------------------------------


def test_a_hundred_and_more_in_words_is_read_whole() -> None:
    # en199-005 / en112-002: "one hundred and eighty million dollars" was read as $80 million
    from dealradar.extract.money import find_money

    amounts = [m.amount for m in find_money("paying one hundred and eighty million dollars")]
    assert amounts == [180_000_000]
    assert [m.amount for m in find_money("a hundred twenty-five million US dollars")] == [
        125_000_000
    ]


# --- delimited exports ---------------------------------------------------------------------


def test_a_semicolon_export_is_read_as_a_table() -> None:
    # en200-002: a tracker exported with ";" between its columns gave no deal at all
    text = (
        "# deals_q1.csv, delimiter ';'\n"
        "deal_date;rights_buyer;rights_seller;molecule;upfront;milestones\n"
        "2025-01-02;Korvane Pharma AG;Belisto Biologics;BT-101;USD 80m;USD 1.0bn\n"
        "2025-02-11;Almora Biotech Inc.;Quenta Therapeutics;QT-7;n.d.;n.d.\n"
    )
    deals = deals_in(text)
    assert party_pairs(text) == {
        ("Belisto Biologics", "Korvane Pharma AG"),
        ("Quenta Therapeutics", "Almora Biotech Inc."),
    }
    first = next(d for d in deals if d.upfront is not None)
    assert first.upfront is not None and first.upfront.amount == 80_000_000
    assert first.announced == date(2025, 1, 2)


def test_semicolons_in_prose_make_no_table() -> None:
    # the guard: a header must name both sides of a deal
    text = "Results; revenue; cash; guidance\nQ1; 10; 20; 30\nQ2; 11; 21; 31\n"
    assert deals_in(text) == []
