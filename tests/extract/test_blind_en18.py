"""Phrasing met in the blind set en18 (dev styles, roundups, a LinkedIn post, a quarterly
release, an analyst note, a Q&A; issue 3, sixth session): two licensors named together as one
side ("X and its sister company Y will share the upfront").

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import one_deal as _one


def test_two_licensors_named_together_are_one_side_of_one_deal() -> None:
    text = (
        "Norvale Pharma has bet $40 million upfront on QH-825, striking a deal with Taiwan's "
        "Qinhai Bio and its sister company Larch Biotherapeutics for worldwide rights.\n\n"
        "Qinhai and Larch will share the $40 million upfront fee and are eligible for up to "
        "$530 million more in development, regulatory and commercial milestones."
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Qinhai Bio", "Norvale Pharma")
    assert deal.milestones is not None and deal.milestones.amount == 530_000_000
