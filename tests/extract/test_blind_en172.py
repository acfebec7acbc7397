"""Phrasing met in the blind sets en172 to en177, and in the misses of the earlier held-out
sets they led to: a feed's day headings ("WEDNESDAY, MAY 14") over its items.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import deals_in


def test_a_feeds_day_heading_dates_the_items_under_it() -> None:
    # en170: "WEDNESDAY, MAY 14" and "THURSDAY, MAY 15" over headline items gave them no date
    deals = deals_in(
        "DEAL WIRE -- HEADLINES\nEdition of Thursday, May 15, 2025\n\n"
        "WEDNESDAY, MAY 14\n"
        "- Korvane pays $120M upfront to Belisto for rights to its ALK inhibitor\n"
        "- Analysts: oncology market could reach $400B\n\n"
        "THURSDAY, MAY 15\n"
        "- Durant Bio licenses its IL-23 antibody to Mestral Pharma for $45M upfront\n"
    )
    announced = {d.licensee.name: d.announced for d in deals}
    assert announced == {"Korvane": date(2025, 5, 14), "Mestral Pharma": date(2025, 5, 15)}


def test_a_lone_date_line_is_no_day_heading() -> None:
    # one date alone on a line over an article is its publication's date, not a heading
    (deal,) = deals_in(
        "May 14\n\nKorvane licensed its ALK inhibitor to Belisto for $120M upfront, the "
        "companies said.\n"
    )
    assert deal.announced is None
