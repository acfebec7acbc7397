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


_BRIEF = (
    "BRIEF-Holvik to buy rights to Tessary's TX201 bispecific antibody in deal worth up to "
    "$1.1 bln\n\n"
    "Aug 12 (Reuters) - Holvik Pharma Inc:\n\n"
    "* HOLVIK TO ACQUIRE TX201, AN INVESTIGATIONAL CD3XCD19 BISPECIFIC ANTIBODY, FROM TESSARY "
    "BIOPHARMACEUTICAL\n"
    "* HOLVIK SAYS WILL MAKE UPFRONT PAYMENT OF $500 MILLION TO TESSARY\n"
    "* TESSARY ELIGIBLE TO RECEIVE UP TO $600 MILLION IN MILESTONE PAYMENTS\n"
    "* SHARES OF HOLVIK WERE UP 0.3% AT $113.15 IN PREMARKET TRADING\n"
)


def test_a_wire_briefs_capitalised_bullets_are_read() -> None:
    deal = one_deal(_BRIEF)
    assert deal.licensees[0].name == "Holvik Pharma Inc"
    assert deal.upfront is not None and deal.upfront.amount == 500_000_000
    assert deal.milestones is not None and deal.milestones.amount == 600_000_000
    # the evidence quotes the text as written, in capitals
    quotes = {e.quote for e in deal.evidence if e.field == "upfront"}
    assert "$500 MILLION" in quotes
