"""Phenomena of unseen deal news, each with its own short example: datelines, option deals,
asset sales, near-term payments named apart from "further" milestones, code-like drug names.

Every example is written for this file; none is taken from a gold article.
"""

from __future__ import annotations

from datetime import date

import pytest

from dealradar.extract import extract
from dealradar.extract.assets import find_assets
from dealradar.extract.dates import find_dateline, parse_published
from dealradar.extract.dealtype import deal_type
from dealradar.extract.grounding import assert_grounded
from dealradar.extract.money import find_money
from dealradar.extract.terms import label_sentence
from dealradar.model import Deal


def _one(text: str) -> Deal:
    deals = extract(text, language="en")
    assert_grounded(deals, text)
    assert len(deals) == 1, deals
    return deals[0]


def _kinds(text: str) -> list[str]:
    return [t.kind for t in label_sentence(text, 0, len(text), find_money(text))]


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "LYON, France, April 2, 2025 /PRNewswire/ -- Avenor Bio today announced",
            date(2025, 4, 2),
        ),
        ("BOSTON and SUZHOU, China, Nov. 18, 2024 /Business Wire/ -- X said", date(2024, 11, 18)),
        ("TOKYO, 9 July 2025 (Reuters) - Kaiyo Pharma said", date(2025, 7, 9)),
        ("MUNICH, Germany, May 6, 2025 -- Y has agreed", date(2025, 5, 6)),
    ],
)
def test_press_release_dateline_is_found(head: str, expected: date) -> None:
    found = find_dateline("Some headline\n\n" + head + " things.")
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "head",
    [
        "July 28, 2025 - GSK has signed",  # a bare article date, no place: not a dateline
        "In May 2024, AbbVie struck a pact",
        "The deal, announced June 3, 2025 -- a big one",
    ],
)
def test_bare_dates_are_not_datelines(head: str) -> None:
    assert find_dateline(head) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orion deal\n\nPublished 2024.03.08\n\nBody.", date(2024, 3, 8)),
        ("Orion deal\n\nDate: 2024/03/08\n\nBody.", date(2024, 3, 8)),
    ],
)
def test_year_first_published_dates(text: str, expected: date) -> None:
    assert parse_published(text) == expected


_DATELINE_DEAL = (
    "Avenor Bio licenses AVB-301 to Kestrel Therapeutics\n\n"
    "LYON, France, April 2, 2025 /PRNewswire/ -- Avenor Bio today announced an exclusive "
    "license agreement with Kestrel Therapeutics for AVB-301. Kestrel Therapeutics will pay "
    "Avenor Bio $40 million upfront.\n"
)


def test_dateline_dates_the_deal_its_sentence_announces() -> None:
    assert _one(_DATELINE_DEAL).announced == date(2025, 4, 2)


def test_deal_verb_with_on_date_dates_a_roundup_deal() -> None:
    text = (
        "Roundup of partnering\n\nMay 20, 2025\n\n"
        "Then on February 11, 2025, Corvane Pharma in-licensed CVP-220 from Lumira Biotech for "
        "$60 million upfront.\n"
    )
    assert _one(text).announced == date(2025, 2, 11)


def test_weekday_with_deal_verb_resolves_against_published() -> None:
    text = (
        "Deal news\n\nMay 23, 2025\n\n"
        "Corvane Pharma on Tuesday added a new program to its pipeline, agreeing to pay Lumira "
        "Biotech $50 million upfront for rights to LMB-77.\n"
    )
    assert _one(text).announced == date(2025, 5, 20)


# --- deal type ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["X struck an option-to-license pact with Y covering two programs."], "option"),
        (["X will pay $50 million upfront for a research and option arrangement."], "option"),
        (
            [
                "X and Y entered into an exclusive option agreement under which X may obtain an "
                "exclusive license to Y-101."
            ],
            "option",
        ),
        (["X gets an exclusive license to Y-101 and an option to license two more."], "license"),
        (["Y said it would sell its remaining rights to the drug to X."], "asset-purchase"),
        (["X will take full ownership of the antibody for $30 million."], "asset-purchase"),
        (["Y will sell X the rights outside China for up to $600 million."], "license"),
    ],
)
def test_deal_type_phrases(sentences: list[str], expected: str) -> None:
    assert deal_type(sentences, has_money=True) == expected


# --- payments -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Y will receive a $75 million option payment.", ["upfront"]),
        ("up to $900 million in option fees and milestones", ["milestones"]),
        (
            "$90 million in upfront and near-term payments and up to $1.2 billion in further "
            "development, regulatory and commercial milestones",
            ["upfront", "milestones"],
        ),
        (
            "up to $800 million in milestone payments, bringing the potential deal value to "
            "$1 billion",
            ["milestones", "total"],
        ),
        ("X will obtain exclusive rights to the drug for $15 million", ["upfront"]),
        ("X will obtain exclusive rights to the drug for up to $95 million", ["total"]),
    ],
)
def test_payment_cues(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


def test_single_milestone_before_further_milestones_is_near_term() -> None:
    text = (
        "Orvita and Calder sign licence\n\n"
        "Calder Therapeutics granted Orvita Pharma an exclusive license to CT-510. Orvita "
        "Pharma will pay Calder Therapeutics $60 million upfront, plus a $15 million milestone "
        "payment on dosing of the first patient. Calder Therapeutics can earn up to $700 million "
        "in further development and sales milestones.\n"
    )
    deal = _one(text)
    assert deal.near_term is not None and deal.near_term.amount == 15_000_000
    assert deal.milestones is not None and deal.milestones.amount == 700_000_000


# --- parties and assets ---------------------------------------------------------------------


def test_sale_to_described_partner_is_a_deal() -> None:
    text = (
        "Asset sale\n\n"
        "Nordlys Bio said it would sell its remaining rights to the antibody nelotamab to its "
        "longtime partner Vireo Pharma. Vireo Pharma will obtain exclusive global rights to "
        "nelotamab for $20 million.\n"
    )
    deal = _one(text)
    assert deal.licensors[0].name == "Nordlys Bio"
    assert deal.licensees[0].name == "Vireo Pharma"
    assert deal.deal_type == "asset-purchase"
    assert deal.upfront is not None and deal.upfront.amount == 20_000_000


def test_legal_form_ends_a_name_in_a_title_case_headline() -> None:
    text = (
        "Lunaris AG Licenses Global Rights to LunaCD5 to Velto Therapeutics\n\n"
        "Lunaris AG has entered into an agreement with Velto Therapeutics, under which Velto "
        "Therapeutics obtains exclusive worldwide rights to develop and commercialize LunaCD5.\n"
    )
    deal = _one(text)
    assert deal.licensors[0].name == "Lunaris AG"
    assert [a.name for a in deal.assets] == ["LunaCD5"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("rights to develop and commercialize HelixRX2 in Japan", ["HelixRX2"]),
        ("lemvatug, also known as KQ7, a bispecific", ["lemvatug", "KQ7"]),
        ("the BET inhibitor molibresib", ["molibresib"]),
        ("the oral GLP-1 drug orforglipron", ["orforglipron"]),
        ("active against the T315I and G12C mutations of ZX-4410", ["ZX-4410"]),
    ],
)
def test_asset_forms(text: str, names: list[str]) -> None:
    assert [a.name for a in find_assets(text, 0, len(text))] == names


def test_dateline_city_is_not_a_company() -> None:
    text = (
        "Deal\n\nOSLO, Norway, 3 June 2026 -- Fjordane Bio today announced that it has entered "
        "into an agreement with Kestrel Therapeutics, under which Kestrel Therapeutics obtains "
        "exclusive worldwide rights to FJ-2201.\n"
    )
    deal = _one(text)
    assert {deal.licensors[0].name, deal.licensees[0].name} == {
        "Fjordane Bio",
        "Kestrel Therapeutics",
    }
    assert deal.announced == date(2026, 6, 3)
