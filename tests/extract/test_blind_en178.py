"""Phrasing met in the blind sets en178 to en183, and in the misses of the earlier held-out
sets they led to: a brief's closing label ("Dated Dec. 9.", "Signed Monday, Dec. 15."); a
digest's items opened by their dates ("Nov. 7 - X signed ..."); a post's and a show note's
ways ("X and Y put out a collaboration", "X x Y", "X signed up Y"); a roundup item whose
second company has no role said; takeover prices restated as equity values; counts and days
read as names.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from phrasing import alias_groups, company_names, deals_in, one_deal

from dealradar.extract.parties import role_votes


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


def test_two_companies_putting_out_a_collaboration_are_its_sides() -> None:
    # en178: "Lilly and Innovent (信达生物) put out a collaboration" named no pair
    deal = one_deal(
        "On Sunday, Korvane and Belisto (贝力斯) put out a collaboration that is basically a "
        "standing order: Belisto runs antibody programs, Korvane gets the rights outside "
        "Greater China. $350M upfront, up to $8.5B in milestones.\n"
    )
    assert (deal.licensor.name, deal.licensee.name) == ("Belisto", "Korvane")


def test_a_new_company_which_in_licensed_a_drug_is_its_licensee() -> None:
    # en178: "a new subsidiary, Kenmare Bio, which in-licensed FHND5032 ... from CTFH"
    votes = role_votes("⟨E2⟩ stood up a new subsidiary, ⟨E3⟩, which in-licensed KB-12 from ⟨E4⟩.")
    assert (4, 3, 2) in votes.pairs or any(p[:2] == (4, 3) for p in votes.pairs)


def test_a_pair_written_x_between_names_is_two_companies() -> None:
    # en178: "02:40 — Schrödinger x Novartis." in show notes: the first name was no company
    text = (
        "02:40 — Korvane x Belisto. On Monday the software company signed a research "
        "collaboration with Belisto Pharma AG. The money: $150 million upfront.\n"
    )
    assert {"Korvane", "Belisto Pharma AG"} <= company_names(text)
    assert "Growth" not in company_names("Growth was 5 x Revenue. Then 3 x Target.")


def test_a_whole_legal_form_ending_a_sentence_leaves_its_full_stop() -> None:
    # "with Novartis Pharma AG. The money: ..." named "Novartis Pharma AG."
    names = company_names("Korvane signed a deal with Belisto Pharma AG. It pays $10 million.")
    assert "Belisto Pharma AG" in names and "Belisto Pharma AG." not in names
    # an abbreviated form keeps it: "Korvane, Inc."
    assert "Korvane, Inc." in company_names("Belisto licensed KB-1 to Korvane, Inc. for $5M.")


def test_one_opening_a_sentence_is_a_count_not_a_companys_alias() -> None:
    # en178: "One sell-side note ..." became an alias of "Day One Biopharmaceuticals"
    text = (
        "Day One Biopharmaceuticals licensed MTX-13 from MabCure Therapeutics for $55 million "
        "upfront. One sell-side note pegs the ADC market at $30 billion.\n"
    )
    assert all("One" not in group for group in alias_groups(text))


def test_a_lone_party_faces_the_one_other_company_of_its_paragraph() -> None:
    # en178: "Ascidian ... will work with Roche on neurological targets. Ascidian collects $42
    # million upfront" was paired with the licensee of another item
    text = (
        "Korvane Pharma, not for the first time this year, went to a young platform company. "
        "Belisto Therapeutics, which edits RNA, will work with Korvane Pharma on neurological "
        "targets. "
        "Belisto collects $42 million upfront and could earn $1.8 billion in milestones.\n\n"
        "Mestral Pharma licensed MTX-13 from Durant Bio. Mestral pays $55 million upfront and "
        "takes global rights.\n"
    )
    pairs = {(d.licensor.name, d.licensee.name) for d in deals_in(text)}
    assert pairs == {("Belisto Therapeutics", "Korvane Pharma"), ("Durant Bio", "Mestral Pharma")}


def test_a_price_per_share_in_cash_for_a_company_is_a_takeover_at_its_equity_value() -> None:
    # en178: "$ABBV ... will pay $135.11 per share in cash for Apogee Therapeutics, roughly
    # $10.9 billion in equity value" was a licence with no figure
    deal = one_deal(
        "Korvane announced Monday it will pay $135.11 per share in cash for Belisto "
        "Therapeutics, roughly $10.9 billion in equity value.\n"
    )
    assert deal.deal_type == "acquisition"
    assert deal.total is not None and deal.total.amount == Decimal("10900000000")
    assert deal.upfront is not None and deal.upfront.amount == Decimal("10900000000")


def test_cash_per_share_then_about_a_sum_is_the_value_unless_a_cvr_follows() -> None:
    # en178: "to acquire Nuvalent at $124 a share in cash, about $10.6 billion" gave no figure
    deal = one_deal(
        "Korvane agreed to acquire Belisto at $124 a share in cash, about $10.6 billion.\n"
    )
    assert deal.total is not None and deal.total.amount == Decimal("10600000000")
    with_cvr = one_deal(
        "Korvane will pay $14.50 per share in cash — about $2.4 billion in equity value — plus "
        "a contingent value right of up to $6.00 per share, in a deal worth up to $3.5 billion "
        "to acquire Belisto.\n"
    )
    assert with_cvr.upfront is not None and with_cvr.upfront.amount == Decimal("2400000000")


def test_signing_up_a_company_makes_it_the_licensor() -> None:
    # en178: "Then, mid-week, Roche signed up MOMA Therapeutics, the Cambridge company ..."
    deal = one_deal(
        "Then, mid-week, Korvane signed up Belisto Therapeutics, the Cambridge company that "
        "mines its platform for small molecules. Korvane pays $66 million upfront.\n"
    )
    assert (deal.licensor.name, deal.licensee.name) == ("Belisto Therapeutics", "Korvane")
    assert role_votes("⟨E0⟩ tapped ⟨E1⟩'s CEO to run the unit.").roles == []


def test_yesterday_before_a_bracketed_weekday_is_no_company() -> None:
    # en182: "Yesterday (Thursday), Jemincare ... said" made "Yesterday" a licensor
    text = (
        "Yesterday (Thursday), Korvane (科文) said it had licensed worldwide rights to KV-12 to "
        "Belisto Pharma. Belisto pays US$60 million upfront.\n"
    )
    assert "Yesterday" not in company_names(text)
    assert {(d.licensor.name, d.licensee.name) for d in deals_in(text)} == {
        ("Korvane", "Belisto Pharma")
    }
