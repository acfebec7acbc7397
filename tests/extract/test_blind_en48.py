"""Phrasing met in the blind set en48 (scored once first at 0.824): a buyer's release with "an
additional $550 million payable upon achievement of specified success-based development and
regulatory milestones", and a newsletter headed "Week of Jan. 6, 2025" whose items happened
"on Tuesday" of that week.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import one_deal


def test_milestones_payable_upon_achievement_named_far_after_the_figure() -> None:
    deal = one_deal(
        "Holvik plc today announced it has entered into an agreement to acquire TX-1A46 from "
        "Tessary Biosciences. Holvik will pay Tessary an upfront payment of $200 million, with "
        "an additional $450 million payable upon achievement of specified success-based "
        "development and regulatory milestones."
    )
    assert deal.milestones is not None and deal.milestones.amount == 450_000_000


def test_a_weekday_in_a_newsletter_of_the_week_of_a_date() -> None:
    deal = one_deal(
        "The China Deal Sheet - Week of Jan. 6, 2025\n\n"
        "1) Lianshan hands Corvex a bispecific ADC\n\n"
        "Lianshan Biotherapeutics on Tuesday granted Corvex Therapeutics an exclusive license "
        "to LS-1418 for everywhere outside Greater China, for $50 million upfront."
    )
    assert deal.announced is not None and deal.announced.isoformat() == "2025-01-07"
