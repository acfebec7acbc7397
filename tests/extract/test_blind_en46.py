"""Phrasing met in the blind set en46 (scored once first at 0.778): a release's boilerplate
"a total solution from "Idea to IND"" (a regulatory filing's initials read as a company).

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import company_names, party_pairs


def test_a_regulatory_filings_initials_are_no_company() -> None:
    text = (
        "Holvik Inc. has licensed LX-9033 from Tessary Biosciences for $40 million upfront.\n\n"
        "About Tessary Biosciences\n"
        "Tessary Biosciences is a global biotechnology company that provides a total solution "
        'from "Idea to IND", powered by its antibody platforms. It filed a BLA last year.'
    )
    assert not {"IND", "BLA"} & company_names(text)
    assert party_pairs(text) == {("Tessary Biosciences", "Holvik Inc.")}


def test_the_big_pharma_and_a_citys_possessive() -> None:
    # "The Big Pharma has struck a collaboration with San Diego's X": the description is the
    # subject named before; the city is no company
    text = (
        "Holvik Pharmaceuticals bets on NK cells in pact with Tessary worth up to $1.2B\n\n"
        "Holvik Pharmaceuticals is adding NK cells to its toolbox. The Big Pharma has struck a "
        "collaboration with San Diego's Tessary Biotherapeutics to develop three CAR-NK cell "
        "therapies, a deal the partners value at up to $1.2 billion."
    )
    assert "San Diego" not in company_names(text)
    assert party_pairs(text) == {("Tessary Biotherapeutics", "Holvik Pharmaceuticals")}
