"""Phrasing met in the blind sets en208 to en213, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from decimal import Decimal

from phrasing import one_deal

# --- upfront consideration that holds an equity purchase -----------------------------------


def test_an_upfront_consideration_summing_cash_and_equity_is_split() -> None:
    # en207-002: "$110 million in upfront consideration, comprising a $55 million upfront
    # payment and a $55 million equity investment" gave the $110 million as the upfront
    d = one_deal(
        "Velmora Therapeutics will license its base-editing platform to Quarren Bio. Velmora "
        "will receive $90 million in upfront consideration, comprising a $60 million upfront "
        "payment and a $30 million equity investment, plus up to $1.2 billion in milestones."
    )
    assert d.upfront is not None and d.upfront.amount == Decimal(60_000_000)
    assert d.equity is not None and d.equity.amount == Decimal(30_000_000)


def test_an_upfront_with_no_matching_equity_part_stays_whole() -> None:
    # guard: the parts must add up to the figure; "including a $20 million payment at
    # signing" is the first of several cash instalments, not an equity split
    d = one_deal(
        "Velmora Therapeutics will license its base-editing platform to Quarren Bio. Velmora "
        "will receive $90 million upfront, including a $20 million upfront payment at signing "
        "and a $15 million equity investment, plus up to $1.2 billion in milestones."
    )
    assert d.upfront is not None and d.upfront.amount == Decimal(90_000_000)


# --- ceilings over several kinds --------------------------------------------------------------


def test_a_ceiling_before_a_bracketed_approximate_conversion_is_the_total() -> None:
    # en204-003: "up to ¥6 billion (around $40 million) in an upfront payment and regulatory
    # and sales milestones": "around" kept the bracket from being skipped, and the yen
    # ceiling was read as the upfront
    d = one_deal(
        "Osaka-based Harunobu Pharma has taken exclusive Japanese rights to relvatinib from "
        "Corvane Therapeutics. Corvane is eligible for up to ¥9 billion (around $60 million) in "
        "an upfront payment and regulatory and sales milestones."
    )
    assert d.upfront is None
    assert d.total is not None and (d.total.amount, d.total.currency) == (
        Decimal(9_000_000_000),
        "JPY",
    )


def test_a_ceiling_across_a_listed_upfront_and_milestones_is_the_total() -> None:
    # en204-003: "as much as $210 million (about €198 million) across an upfront fee, research
    # funding and development and commercial milestones" was read as nothing (and "in an
    # upfront fee, ..." as the upfront: the list runs past the comma)
    for text in (
        "could earn as much as $150 million (about €140 million) across an upfront fee, "
        "research funding and development and commercial milestones, plus royalties.",
        "is eligible for up to $150 million in an upfront payment, the option fee and "
        "milestone payments, along with royalties.",
    ):
        d = one_deal(
            "Dermavel has struck a research collaboration with Shanghai's Tirabio to build "
            "bispecific antibodies, taking global rights to the candidates. Tirabio " + text
        )
        assert d.upfront is None, text
        assert d.total is not None and d.total.amount == Decimal(150_000_000), text


def test_milestones_listed_with_a_figure_of_their_own_leave_the_upfront() -> None:
    # guard (en147-005): "pays 21 million US dollars down payment, and the milestone payment
    # is up to 143.5 million US dollars" lists no kinds of the first figure
    d = one_deal(
        "Tirabio granted Dermavel exclusive US rights to TB-12. According to the agreement, "
        "Dermavel pays 18 million US dollars down payment, and the milestone payment is up to "
        "120 million US dollars."
    )
    assert d.upfront is not None and d.upfront.amount == Decimal(18_000_000)
    assert d.milestones is not None and d.milestones.amount == Decimal(120_000_000)
