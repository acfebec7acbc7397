"""Phrasing met in the blind sets en15 (the dev corpus's mix by other hands) and en16 (wire
stories, investor calls, market reports; issue 3, twelfth pass): title-case press-release
headlines ("X Enters into ... for CAR-T Therapies Targeting DLL3"), a nationality before a
company ("Hungarian pharmaceutical company Y"), and an option given in so many words against
the agreement's name.

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from phrasing import company_names as _names
from phrasing import party_pairs as _pairs

from dealradar.extract.dealtype import deal_type


def test_a_title_case_headline_verb_ends_the_company_name() -> None:
    names = _names(
        "Qinhai Biotech Enters into Exclusive, Global License Agreement with Norvale Pharma "
        "for CAR-T Therapies Targeting DLL3\n\nQinhai Biotech said the deal is its largest."
    )
    assert "Qinhai Biotech" in names
    assert not any("Enters" in n or "CAR-T" in n or "Targeting" in n for n in names), names


def test_a_nationality_before_a_company_is_no_party() -> None:
    text = (
        "Qinhai Biotech has signed a license and commercialization agreement with Hungarian "
        "pharmaceutical company Vardos Pharma Plc., and the exclusive commercialization rights "
        "of QH-2206 in Europe were granted by Qinhai Biotech to Vardos. Vardos will pay a down "
        "payment of 8.5 million US dollars."
    )
    assert _pairs(text) == {("Qinhai Biotech", "Vardos Pharma Plc.")}


def test_an_option_given_in_words_outweighs_the_agreements_name() -> None:
    sentences = [
        "qinhai enters exclusive licensing agreement with norvale for qh-25",
        "under the agreement, norvale receives an exclusive option, exercisable after the "
        "readout, to acquire rights to qh-25 in the united states.",
    ]
    assert deal_type(sentences, has_money=True) == "option"
    # a licence granted in words is still a licence, whatever options come with it
    assert deal_type([*sentences, "qinhai grants norvale an exclusive license to qh-25"]) == (
        "license"
    )
