"""Phrasing met in the blind sets en178 to en183, and in the misses of the earlier held-out
sets they led to: a brief's closing label ("Dated Dec. 9.", "Signed Monday, Dec. 15."); a
digest's items opened by their dates ("Nov. 7 - X signed ...").

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import deals_in


def _announced(text: str) -> dict[str, date | None]:
    return {d.licensee.name: d.announced for d in deals_in(text)}


def test_a_briefs_closing_label_dates_its_deal() -> None:
    # en174: "Dated Dec. 9." and "Signed Monday, Dec. 15." closing a brief gave no date
    text = (
        "DEAL DIGEST | Tue 23 Dec 2025\n\n"
        "--- Korvane pays $150M upfr. for Belisto's GLP-1 ---\n"
        "Korvane signed an exclusive licence agreement with Belisto Pharma for BP-101.\n"
        "Upfr.: $150M. Mlstn: up to $1.2bn.\nDated Dec. 9.\n\n"
        "--- Mestral takes Durant's antibody ---\n"
        "Mestral Pharma took rights outside Greater China to DT-220 from Durant Bio.\n"
        "$70M upfr.; total value up to $900M. Signed Monday, Dec. 15.\n"
    )
    announced = _announced(text)
    assert announced == {"Korvane": date(2025, 12, 9), "Mestral Pharma": date(2025, 12, 15)}


def test_a_deal_sheets_dotted_label_dates_its_deal() -> None:
    # en144: "Announced ........ Sunday, April 30" in a deal sheet gave no date
    text = (
        "Deal sheet\n\nKorvane licensed BP-101 from Belisto Pharma for $40 million upfront.\n"
        "Announced ........ Sunday, April 30, 2023\n"
    )
    assert _announced(text) == {"Korvane": date(2023, 4, 30)}


def test_a_date_in_a_sentence_without_a_label_is_no_deal_date() -> None:
    # the label opens its sentence; a date told in passing dates nothing
    text = (
        "Korvane licensed BP-101 from Belisto Pharma for $40 million upfront. Belisto's "
        "shares, first listed Dec. 9, rose 12%.\n"
    )
    assert _announced(text) == {"Korvane": None}


def test_a_digests_items_are_dated_by_their_opening_dates() -> None:
    # en174: "Nov. 7 - Pfizer Inc. and Metsera, Inc. signed ..." and "Nov. 14 - Merck will
    # acquire Cidara ..." under their own headlines gave no date
    text = (
        "WIRE // LICENSING // FRI NOV. 14, 2025\n\n"
        "KORVANE CLINCHES BELISTO DRUG\n"
        "Nov. 7 - Korvane Inc. licensed BP-101 from Belisto Pharma for $60M upfront.\n\n"
        "MESTRAL TO BUY DURANT FOR $2.1B\n"
        "Nov. 14 - Mestral Pharma will acquire Durant Bio for $21.50 per share in cash.\n"
    )
    announced = _announced(text)
    assert announced == {"Korvane Inc.": date(2025, 11, 7), "Mestral Pharma": date(2025, 11, 14)}


def test_a_lone_dated_opening_line_is_no_digest_item() -> None:
    # a single "July 28, 2025 - X has signed" is a dateline, which golds date in different ways
    text = (
        "Korvane and Belisto team up\n\n"
        "July 28, 2025 - Korvane has signed an agreement with Belisto Pharma to license "
        "BP-101 for $60 million upfront.\n"
    )
    assert _announced(text) == {"Korvane": None}
