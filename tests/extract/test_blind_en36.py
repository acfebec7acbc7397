"""Phrasing met in the blind set en36 (scored once first at 0.833): an 8-K of "89bio, Inc."; an
earnings-call transcript whose executives speak under heading lines ("Joaquin Duato, Chairman
and Chief Executive Officer") before the Q&A's "Operator:" labels, and say "we announced our
agreement to acquire X"; a consultant's post that stresses "What did NOT make my list" and
quotes 'headlines about "$1B+ licensing deals"'.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import company_names, deals_in, party_pairs


def test_a_lower_case_name_may_open_with_digits() -> None:
    text = (
        "On September 17, 2025, 42bio, Inc. entered into a merger agreement with Norvale "
        "Holdings, Inc., under which Norvale will acquire 42bio for $14.50 per share in cash."
    )
    assert {"42bio, Inc.", "42bio"} & company_names(text)
    assert len(party_pairs(text)) == 1


_CALL = (
    "Norvale Therapeutics (NRV) Q4 2023 Earnings Call Transcript\n\n"
    "January 23, 2024, 8:30 a.m. ET\n\n"
    "Jane Roe, Chairman and Chief Executive Officer\n\n"
    "Thank you. For the full year, we delivered sales of $85.2 billion. In December, Tessel "
    "Oncology entered into a license agreement with Qinhai Biosciences for QB-84. And earlier "
    "this month we announced our agreement to acquire Drayton Biopharma, which brings us "
    "DR-517, a PSMA-targeting ADC.\n\n"
    "John Doe, Executive Vice President, Chief Financial Officer\n\n"
    "The Drayton transaction is an all-cash deal at $28 per share, or approximately $2.0 "
    "billion in total equity value.\n\n"
    "Question-and-Answer Session\n\n"
    "Operator: Our next question comes from Chris Lane with J.P. Morgan.\n\n"
    "Chris Lane: Should we expect the pace of business development to pick up?\n"
)


def test_executives_under_heading_lines_speak_for_the_company_of_the_call() -> None:
    assert ("Drayton Biopharma", "Norvale Therapeutics") in party_pairs(_CALL)


def test_an_amount_in_quotes_and_a_stressed_word_are_no_companies() -> None:
    text = (
        "Two deals made my list this year. Norvale agreed on Nov 14 to buy Tessel Therapeutics "
        "for roughly $9.2 billion.\n\n"
        'What did NOT make my list: the daily headlines about "$1B+ licensing deals" where the '
        "upfront is $15M and the rest is biobucks."
    )
    names = company_names(text)
    assert not {"NOT", "1B+"} & names
    assert len(deals_in(text)) == 1
