"""Phrasing met in the blind set en49 (scored once first at 0.933): a wire brief where the
licensor "had granted a newly formed affiliate of U.S. company X exclusive rights".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import party_pairs


def test_rights_granted_to_a_companys_new_affiliate() -> None:
    text = (
        "Dec 1 (Reuters) - Hangzhou-based Lianshan Pharmaceuticals said on Monday it had "
        "granted a newly formed affiliate of U.S. company Tessary Bio exclusive rights outside "
        "China to its experimental drug LS-01006, in a deal worth up to $405 million."
    )
    assert party_pairs(text) == {("Lianshan Pharmaceuticals", "Tessary Bio")}
