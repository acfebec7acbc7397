"""Phrasing met in the blind set en17 (a second sample of the dev corpus's own styles; issue 3,
twelfth pass): a "Separately, ..." paragraph that names its own deal, "X could collect up to
$210 million", a bare collaboration whose wording does not say who grants, and a title
before a possessive name closing a sentence ("to Dr. Reddy's.").

Every example is written for this file (invented companies and drugs, one real company
name that carries a title); none is a gold article.
"""

from __future__ import annotations

from phrasing import company_names as _names
from phrasing import deals_in as _deals
from phrasing import party_pairs as _pairs

from dealradar.extract.parties import is_negated


def test_a_separate_paragraph_that_names_its_deal_keeps_its_lone_roles() -> None:
    text = (
        "Shanghai-based Qinhai Bio said it entered a license agreement with Norvale Pharma, "
        "which pays $20 million upfront for QH-101.\n\n"
        "Separately, Suzhou's Larch Biotherapeutics struck a collaboration with Spain's Tesk "
        "Pharma built on Larch's antibody platform. Larch could collect up to $210 million in "
        "total, plus royalties on product sales."
    )
    assert ("Larch Biotherapeutics", "Tesk Pharma") in _pairs(text)


def test_could_collect_is_no_hedge() -> None:
    assert not is_negated("Larch could collect up to $210 million in total.")
    assert is_negated("Larch could sign a deal with Tesk later this year.")


def test_a_bare_collaboration_makes_the_chinese_company_the_licensor() -> None:
    """ "X entered a research collaboration with Y" says nothing about who grants; the
    Chinese party of a cross-border deal usually does."""
    text = (
        "Beijing-based Qinhai Bio said it has entered a multi-target research collaboration "
        "with Norvale Pharma, a French drugmaker, to co-develop AI-designed biotherapeutics."
    )
    assert _pairs(text) == {("Qinhai Bio", "Norvale Pharma")}


def test_a_title_and_a_possessive_name_closing_a_sentence_stay_one_name() -> None:
    text = (
        "Qinhai Bio authorized the rights of QH-2506 in Southeast Asia to Dr. Reddy's. It said so."
    )
    assert "Dr. Reddy's" in _names(text)


def test_a_name_the_company_was_then_known_by_is_an_alias() -> None:
    text = (
        "The options date back to a 2021 partnership under which Qinhai Pharma, then known as "
        "Qin-Med, granted Norvale Bio exclusive options to four candidates. Norvale Bio pays "
        "Qinhai Pharma $10 million upfront."
    )
    (deal,) = _deals(text)
    assert deal.licensor.name == "Qinhai Pharma" and "Qin-Med" in deal.licensor.aliases
