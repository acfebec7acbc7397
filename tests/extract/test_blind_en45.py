"""Phrasing met in the blind set en45 (scored once first at 0.846): a licensor's release where
"milestone payments with a total potential value of approximately US$12 billion" is the
milestones' own total.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import one_deal


def test_milestone_payments_with_a_total_potential_value_are_the_milestones() -> None:
    deal = one_deal(
        "Lianshan Pharma today announced an exclusive license agreement with Holvik for "
        "LS-9821. Holvik will pay Lianshan Pharma an upfront payment of US$300 million. "
        "Lianshan Pharma is also eligible to receive option exercise and success-based "
        "development, regulatory and commercial milestone payments with a total potential "
        "value of approximately US$6 billion."
    )
    assert deal.milestones is not None and deal.milestones.amount == 6_000_000_000
    assert deal.total is not None and deal.total.amount == 6_300_000_000


def test_a_total_including_an_upfront_payment_and_milestones_is_the_total() -> None:
    deal = one_deal(
        "On Dec. 23, Paris-based Holvik licensed ex-Greater China rights to LS-0613 from "
        "Lianshan Zaiming, the oncology subsidiary of Lianshan Pharmaceutical Group. The "
        "agreement is worth up to $840 million including an upfront payment and milestones, "
        "though the companies didn't break out the split."
    )
    assert deal.total is not None and deal.total.amount == 840_000_000
