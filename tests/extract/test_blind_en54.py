"""Phrasing met in the held-out sets en42 and en48 (a licence to sell in one country, told
twice: "X has granted Indian drugmaker Y exclusive rights", "X said Indian generic drugmaker Y
would get exclusive rights") and in the blind sets en54 and en55.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import party_pairs


def test_a_described_receiver_of_granted_rights_is_the_licensee() -> None:
    text = (
        "Tessary Pharmaceuticals, the Hangzhou-based insulin maker, has granted Indian "
        "drugmaker Holvik exclusive rights to sell its weekly injection TX-18 in India. "
        "Financial terms were not disclosed."
    )
    assert party_pairs(text) == {("Tessary Pharmaceuticals", "Holvik")}


def test_a_company_that_would_get_rights_is_the_licensee() -> None:
    text = (
        "Chinese biotech shares rose on Monday. On Monday, Tessary Pharmaceuticals Co., the "
        "Hangzhou-based insulin maker, said Indian generic drugmaker Holvik Ltd. would get "
        "exclusive rights to sell its experimental injection TX-18 in India. Financial terms "
        "weren't disclosed."
    )
    assert party_pairs(text) == {("Tessary Pharmaceuticals Co.", "Holvik Ltd.")}
