"""Deals listed in a Markdown table (issue 3): each row one deal, read by its header's columns,
every field grounded in its cell; sum rows, one-sided rows and tables that do not name both
sides are not deals. Invented companies and drugs."""

from __future__ import annotations

from datetime import date

from phrasing import deals_in as _deals

from dealradar.extract.en.tables import table_deals

SHEET = (
    "# Deal sheet\n\n"
    "Selected out-licensing deals; n.d. = not disclosed.\n\n"
    "| Announced | Licensor | Licensee | Asset | Upfront | Total |\n"
    "|---|---|---|---|---|---|\n"
    "| 2024-03-05 | Qinhai Biotech and Norvale Pharma | Larkspur Therapeutics | "
    "QH-3301 (LK-301) | $25m | up to $710m |\n"
    "| Apr 2025 | Tessera Bio (TSB) | Ondrey Pharma | TS-1188 | n.d. | >$1.2bn |\n"
    "| | **Sum of the headlines** | | | | **~$1.9bn** |\n\n"
    "Analysts note the median upfront was about $40m. Larkspur Therapeutics licensed QH-3301 "
    "from Qinhai Biotech last year.\n"
)


def test_each_row_is_a_deal_with_its_cells_as_evidence() -> None:
    deals = _deals(SHEET)
    by_licensor = {d.licensor.name: d for d in deals}
    assert set(by_licensor) == {"Qinhai Biotech", "Tessera Bio"}
    qinhai, tessera = by_licensor["Qinhai Biotech"], by_licensor["Tessera Bio"]
    assert qinhai.licensee.name == "Larkspur Therapeutics"
    assert qinhai.licensor.aliases == ("Norvale Pharma",) and tessera.licensor.aliases == ("TSB",)
    assert [a.name for a in qinhai.assets] == ["QH-3301", "LK-301"]
    assert qinhai.upfront is not None and qinhai.upfront.amount == 25_000_000
    assert qinhai.total is not None and qinhai.total.amount == 710_000_000
    assert qinhai.announced == date(2024, 3, 5)
    assert tessera.upfront is None and tessera.announced is None  # n.d.; a month is no day
    assert tessera.total is not None and tessera.total.amount == 1_200_000_000


def test_prose_about_a_row_does_not_make_a_second_deal() -> None:
    """The median upfront in the notes is no term of the Qinhai deal the prose recalls."""
    qinhai = [d for d in _deals(SHEET) if d.licensor.name == "Qinhai Biotech"]
    assert len(qinhai) == 1 and qinhai[0].upfront is not None
    assert qinhai[0].upfront.amount == 25_000_000


def test_a_table_that_does_not_name_both_sides_is_no_deal_list() -> None:
    prices = "| Company | Ticker | Close |\n|---|---|---|\n| Qinhai Biotech | 2299.HK | $4.1 |\n"
    assert table_deals(prices, None) == []


def test_a_note_keyed_by_a_party_gives_its_row_the_territory() -> None:
    """ "Territory notes" under a sheet without a territory column: one bullet per licensee,
    keyed by the name or its first word; a note with no place in it leaves the row alone."""
    notes = (
        "\n**Territory notes**\n"
        "- Larkspur: worldwide excluding mainland China, Hong Kong, Macau and Taiwan.\n"
        "- Ondrey Pharma: single-digit royalties; Tessera keeps manufacturing.\n"
    )
    deals = {d.licensor.name: d for d in _deals(SHEET + notes)}
    qinhai, tessera = deals["Qinhai Biotech"], deals["Tessera Bio"]
    assert qinhai.territory_class == "ex-greater-china"
    assert qinhai.territory is not None and qinhai.territory.startswith("worldwide excluding")
    (span,) = [e for e in qinhai.evidence if e.field == "territory"]
    assert (SHEET + notes)[span.start : span.end] == qinhai.territory
    assert tessera.territory_class == "unspecified"
