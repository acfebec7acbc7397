"""Phrasing met in the blind sets en202 to en207, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import deals_in

# --- tables --------------------------------------------------------------------------------

_COMPARABLES = (
    "Q1 2025 partnering comparables (US$m unless stated)\n\n"
    "Date    | Asset           | Out-licensor  | Partner       | Upfront | Dev/reg MS | Sales MS"
    " | Headline\n"
    "--------|-----------------|---------------|---------------|---------|------------|---------"
    "-|---------\n"
    "12-Mar  | BT-101 (amylin) | Belisto Bio   | Korvane Pharma | 1,200  | 800        | 1,500   "
    " | 3,500\n"
    "28-Mar  | QX-7 (ACSL5)    | Tamsin Thera  | Korvane Pharma | 60*    | n/a        | n/a     "
    " | 900\n"
    "*upfront and near-term payments combined.\n\n"
    "Belisto/Korvane: Korvane takes exclusive global rights to BT-101 outside mainland China, "
    "Hong Kong, Macau and Taiwan.\n\n"
    "Tamsin/Korvane: Korvane gets rights in Japan only.\n"
)


def _by_licensor() -> dict[str, object]:
    return {d.licensors[0].name: d for d in deals_in(_COMPARABLES, published=date(2025, 4, 2))}


def test_a_caption_s_bracketed_unit_reads_the_bare_figures() -> None:
    # en200-005: "comparables (US$m unless stated)" above cells "1,650", "75*"; only
    # "amounts in US$ millions" was read as a unit, so the table gave no money at all
    deals = _by_licensor()
    belisto, tamsin = deals["Belisto Bio"], deals["Tamsin Thera"]
    assert belisto.upfront is not None and belisto.upfront.amount == 1_200_000_000  # type: ignore[attr-defined]
    assert belisto.total is not None and belisto.total.amount == 3_500_000_000  # type: ignore[attr-defined]
    # a footnote mark after a figure does not hide it
    assert tamsin.upfront is not None and tamsin.upfront.amount == 60_000_000  # type: ignore[attr-defined]


def test_two_milestone_columns_are_added() -> None:
    # en200-005: "Dev/reg MS | Sales MS" are the two parts of the milestones
    belisto = _by_licensor()["Belisto Bio"]
    assert belisto.milestones is not None and belisto.milestones.amount == 2_300_000_000  # type: ignore[attr-defined]


def test_a_day_month_cell_is_a_date_in_the_year_of_the_note() -> None:
    # en200-005: "12-Mar" in a note of 2 April 2025
    assert _by_licensor()["Belisto Bio"].announced == date(2025, 3, 12)  # type: ignore[attr-defined]


def test_a_pair_s_paragraph_gives_the_territory_of_the_row_with_both() -> None:
    # en200-005: "United Labs/Novo: Novo takes exclusive global rights ... outside mainland
    # China" is that row's territory, not the other Novo row's
    deals = _by_licensor()
    assert deals["Belisto Bio"].territory_class == "ex-greater-china"  # type: ignore[attr-defined]
    assert deals["Tamsin Thera"].territory_class == "regional"  # type: ignore[attr-defined]


def test_a_table_without_a_declared_unit_reads_no_bare_figure() -> None:
    text = _COMPARABLES.replace(" (US$m unless stated)", "")
    deals = {d.licensors[0].name: d for d in deals_in(text, published=date(2025, 4, 2))}
    assert deals["Belisto Bio"].upfront is None
