"""Roundups and the phrasings that split one article into several deals, plus the deal-type,
territory and date phrasings of unseen roundup articles.

Every example is invented for this file (companies, codes and figures); none is taken from a
gold article.
"""

from __future__ import annotations

from datetime import date

import pytest

from dealradar.extract import extract
from dealradar.extract.dealtype import deal_type
from dealradar.extract.grounding import assert_grounded
from dealradar.extract.territory import classify_sentence
from dealradar.model import Deal


def _deals(text: str, published: date | None = date(2025, 3, 3)) -> list[Deal]:
    deals = extract(text, published=published, language="en")
    assert_grounded(deals, text)
    return deals


def _summary(deals: list[Deal]) -> set[tuple[str, str, tuple[str, ...], int | None]]:
    return {
        (
            d.licensors[0].name,
            d.licensees[0].name,
            tuple(sorted(a.name for a in d.assets)),
            int(d.upfront.amount) if d.upfront else None,
        )
        for d in deals
    }


NORTH = ("Qilu Biotherapeutics", "Northwind Pharma", ("QLB-101",), 20_000_000)
OSPREY = ("Halvard Therapeutics", "Osprey Bio", ("HTX-2201",), 5_000_000)

# --- segmentation: which sentences and clauses belong to which deal ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        # two deals in one sentence, split by a semicolon, the licensee as subject of the first
        "Northwind Pharma will pay Qilu Biotherapeutics $20 million upfront for QLB-101; "
        "Halvard Therapeutics licensed HTX-2201 to Osprey Bio for $5 million upfront.",
        # consecutive sentences of one paragraph, licensee as subject, "from" the licensor
        "Northwind Pharma licensed QLB-101 from Qilu Biotherapeutics, paying $20 million "
        "upfront. Osprey Bio obtained rights to HTX-2201 from Halvard Therapeutics for $5 million "
        "upfront.",
        # one paragraph per deal, the second opened by "In another deal"
        "Northwind Pharma signed an exclusive license with Qilu Biotherapeutics for QLB-101. "
        "Northwind will pay $20 million upfront.\n\nIn another deal, Osprey Bio licensed "
        "HTX-2201 from Halvard Therapeutics. Halvard receives $5 million upfront.",
        # "Meanwhile" and a description standing for the licensor
        "Northwind Pharma signed a license agreement with Qilu Biotherapeutics for QLB-101, "
        "paying $20 million upfront.\n\nMeanwhile, Osprey Bio will pay Halvard Therapeutics "
        "$5 million upfront for HTX-2201.",
        # a bullet list, one deal a line
        "- Northwind Pharma licensed QLB-101 from Qilu Biotherapeutics for $20 million upfront.\n"
        "- Osprey Bio acquired rights to HTX-2201 from Halvard Therapeutics; Halvard gets "
        "$5 million upfront.",
        # the subject switches to the next deal's licensee within the paragraph
        "Northwind Pharma will pay Qilu Biotherapeutics $20 million upfront for QLB-101. "
        "Osprey Bio, for its part, will pay Halvard Therapeutics $5 million upfront for HTX-2201.",
        # the licensee signs "with" the licensor, then obtains the rights
        "Northwind Pharma signed with Qilu Biotherapeutics to commercialize QLB-101 in Europe. "
        "Qilu will collect $20 million upfront.\n\nOsprey Bio obtained rights to HTX-2201 from "
        "Halvard Therapeutics. Halvard will receive $5 million upfront.",
    ],
)
def test_roundup_deals_keep_their_own_parties_assets_and_terms(body: str) -> None:
    deals = _deals("Biotech deals of the week\n\n" + body + "\n")
    assert _summary(deals) == {NORTH, OSPREY}


def test_paragraph_lead_in_belongs_to_the_deal_it_introduces() -> None:
    text = (
        "Three NewCos for one developer\n\n"
        "Lantern Biologics licensed LTB-110 to Quay Therapeutics, a NewCo, which paid $12 million "
        "upfront.\n\n"
        "The next transaction covers LTB-401, an antibody for lupus. Lantern Biologics licensed "
        "worldwide rights excluding Greater China to Ferrow Therapeutics, which will make "
        "near-term payments of up to $9 million; further milestones could reach $200 million.\n"
    )
    deals = {d.licensees[0].name: d for d in _deals(text)}
    assert set(deals) == {"Quay Therapeutics", "Ferrow Therapeutics"}
    ferrow = deals["Ferrow Therapeutics"]
    assert [a.name for a in ferrow.assets] == ["LTB-401"]
    assert [a.name for a in deals["Quay Therapeutics"].assets] == ["LTB-110"]
    assert ferrow.near_term is not None and int(ferrow.near_term.amount) == 9_000_000
    assert ferrow.milestones is not None and int(ferrow.milestones.amount) == 200_000_000
    assert ferrow.territory_class == "ex-greater-china"


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvid Therapeutics licensed KRV-7 to Madder Pharma, whose milestones could reach "
        "$80 million.",
        "Corvid Therapeutics licensed KRV-7 to Madder Pharma in a deal that could be worth "
        "$80 million.",
    ],
)
def test_could_before_a_figure_is_not_a_hedged_deal(sentence: str) -> None:
    deals = _deals("Deal news\n\n" + sentence + "\n")
    assert [(d.licensors[0].name, d.licensees[0].name) for d in deals] == [
        ("Corvid Therapeutics", "Madder Pharma")
    ]


def test_a_subsidiary_in_apposition_is_not_the_other_party() -> None:
    text = (
        "Deal news\n\n"
        "Corvid Therapeutics signed with Madder Pharma to commercialize KRV-7 in Japan. "
        "Madder, acting through its subsidiary Pellis Biotech, received an upfront payment "
        "of $7 million.\n"
    )
    deals = _deals(text)
    assert [(d.licensors[0].name, d.licensees[0].name) for d in deals] == [
        ("Madder Pharma", "Corvid Therapeutics")
    ]
    assert deals[0].upfront is not None and int(deals[0].upfront.amount) == 7_000_000


def test_subject_before_on_weekday_became_the_latest_is_a_company() -> None:
    text = (
        "Deal news\n\n"
        "Varda Holz on Monday became the latest European drugmaker to license a Chinese "
        "antibody, signing an exclusive license with Tessel Biologics for TSB-5. Tessel will "
        "collect $10 million upfront.\n"
    )
    deals = _deals(text, published=date(2026, 2, 4))
    assert [(d.licensors[0].name, d.licensees[0].name) for d in deals] == [
        ("Tessel Biologics", "Varda Holz")
    ]
    assert deals[0].announced == date(2026, 2, 2)


# --- deal type ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "kwargs", "expected"),
    [
        # NewCo: the licensor takes equity in the licensee, or a new company is formed
        (
            ["A licensed B-1 to C. A takes a 20% equity stake in C."],
            {"licensee_names": ("C",)},
            "newco",
        ),
        (
            ["A will hold shares in Keel Bio, which licensed B-1."],
            {"licensee_names": ("Keel Bio",)},
            "newco",
        ),
        (
            ["A received 35% of Keel Bio's equity for the rights."],
            {"licensee_names": ("Keel Bio",)},
            "newco",
        ),
        (["Investors formed a new company around B-1, licensed from A."], {}, "newco"),
        (["The investors launched a start-up to develop B-1 licensed from A."], {}, "newco"),
        (["A licensed B-1 to a freshly formed US biotech for $5 million."], {}, "newco"),
        # a hypothetical takeover does not make the deal an acquisition
        (
            ["A licensed B-1 to the NewCo. If the NewCo gets acquired, A's stake grows."],
            {},
            "newco",
        ),
        # buying a drug, or all rights to it, is an asset purchase; buying a company is not
        (
            ["X will acquire B-1, an antibody, for up to $900 million."],
            {"asset_names": ("B-1",)},
            "asset-purchase",
        ),
        (["X agreed to the purchase of B-1 from Y."], {"asset_names": ("B-1",)}, "asset-purchase"),
        (["X will acquire all global rights to B-1 from Y."], {}, "asset-purchase"),
        (["Y sold its global rights to B-1 to X for $40 million."], {}, "asset-purchase"),
        (
            ["X will acquire Y, maker of B-1, for $2 billion."],
            {"asset_names": ("B-1",)},
            "acquisition",
        ),
        # options: "license option agreement", "the exclusive option right"
        (["A and B signed an exclusive license option agreement for B-1."], {}, "option"),
        (["B obtains the exclusive option right to develop B-1 outside China."], {}, "option"),
        # research collaborations with money, and partners taking over development
        (
            [
                "X entered into a research collaboration with Y to discover antibodies; Y gets "
                "$20 million upfront."
            ],
            {},
            "collaboration",
        ),
        (["Y will design candidates, and X will take over development worldwide."], {}, "license"),
    ],
)
def test_deal_type_families(
    sentences: list[str], kwargs: dict[str, tuple[str, ...]], expected: str
) -> None:
    assert deal_type(sentences, has_money=True, **kwargs) == expected  # type: ignore[arg-type]


# --- territory and dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("X will acquire all global rights to B-1.", "global"),
        ("X will then take over development and commercialization worldwide.", "global"),
        ("X gains commercialization rights globally.", "global"),
        ("X signed to distribute and commercialize B-1 in France, Spain and Italy.", "regional"),
    ],
)
def test_territory_phrases(sentence: str, expected: str) -> None:
    found = classify_sentence(sentence)
    assert found is not None and found[0] == expected


def test_a_name_known_outside_a_region_is_not_a_territory() -> None:
    assert (
        classify_sentence("Merrow Inc., known as MRW outside the United States, said so.") is None
    )


def test_evening_of_december_31_resolves_to_the_year_before_a_january_article() -> None:
    text = (
        "Option deal news\n\n"
        "On the evening of December 31, Tessel Biologics announced that it and Varda Pharma "
        "signed an exclusive license option agreement for TSB-5. Varda will pay Tessel a down "
        "payment of $10 million.\n"
    )
    deals = _deals(text, published=date(2026, 1, 2))
    assert len(deals) == 1
    assert deals[0].announced == date(2025, 12, 31)
    assert deals[0].deal_type == "option"


def test_reported_bare_licence_is_a_second_deal_with_its_own_terms() -> None:
    # "A disclosed that B had licensed X" (no "to"/"from"): B takes the licence from A; the
    # figures after ", while" belong to that clause's deal, not to the first one
    text = (
        "Roundup: two licensing deals\n\n"
        "Tarvik Pharmaceuticals said on March 1 that it had granted Bellmont Bio an exclusive "
        "license to TVK-310 in exchange for $60 million upfront and up to $900 million in "
        "milestones, while Ordell Biotherapeutics disclosed that Quennet Therapeutics had "
        "licensed OBT-1077 outside Greater China for $15 million upfront and up to $400 million "
        "in milestone payments.\n"
    )
    deals = _deals(text)
    assert _summary(deals) == {
        ("Tarvik Pharmaceuticals", "Bellmont Bio", ("TVK-310",), 60_000_000),
        ("Ordell Biotherapeutics", "Quennet Therapeutics", ("OBT-1077",), 15_000_000),
    }
