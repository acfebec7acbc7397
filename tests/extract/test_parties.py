"""Who grants rights to whom: role phrasing in one or two sentences (issue 3)."""

from __future__ import annotations

import pytest

from dealradar.extract import extract
from dealradar.extract.grounding import assert_grounded


def _roles(text: str) -> list[tuple[str, str, str]]:
    deals = extract(text, language="en")
    assert_grounded(deals, text)
    return [(d.licensor.name, d.licensee.name, d.deal_type) for d in deals]


@pytest.mark.parametrize(
    ("text", "licensor", "licensee"),
    [
        (
            "Ardent Pharma will pay Bellwood Therapeutics an upfront payment of $50 million "
            "for rights to BW-101.",
            "Bellwood Therapeutics",
            "Ardent Pharma",
        ),
        (
            "Bellwood Therapeutics granted Ardent Pharma exclusive rights to develop BW-101 "
            "in Europe.",
            "Bellwood Therapeutics",
            "Ardent Pharma",
        ),
        (
            "Ardent Pharma in-licensed global rights to BW-101 from Bellwood Therapeutics.",
            "Bellwood Therapeutics",
            "Ardent Pharma",
        ),
        (
            "Bellwood Therapeutics will license BW-101 to Ardent Pharma in Japan.",
            "Bellwood Therapeutics",
            "Ardent Pharma",
        ),
        (
            "Ardent Pharma has signed a licensing agreement with Bellwood Therapeutics for BW-101.",
            "Bellwood Therapeutics",
            "Ardent Pharma",
        ),
        (
            "Bellwood Therapeutics will receive $20 million upfront from Ardent Pharma under "
            "the licence agreement.",
            "Bellwood Therapeutics",
            "Ardent Pharma",
        ),
        (
            "Bellwood Therapeutics authorized the BW-101 project to Ardent Pharma with payment.",
            "Bellwood Therapeutics",
            "Ardent Pharma",
        ),
    ],
)
def test_role_phrasing_gives_licensor_and_licensee(text: str, licensor: str, licensee: str) -> None:
    ((lic, lee, _),) = _roles(text)
    assert (lic, lee) == (licensor, licensee)


@pytest.mark.parametrize(
    "text",
    [
        "Ardent Pharma agreed to acquire Bellwood Therapeutics for $1.2 billion.",
        "Analysts praised the $1.2 billion acquisition of Bellwood Therapeutics by Ardent Pharma.",
    ],
)
def test_acquirer_is_the_licensee_and_target_the_licensor(text: str) -> None:
    assert _roles(text) == [("Bellwood Therapeutics", "Ardent Pharma", "acquisition")]


def test_pronoun_subject_resolves_to_the_company_named_before() -> None:
    text = (
        "Ardent Pharma is expanding in oncology. It signed an exclusive license agreement "
        "with Bellwood Therapeutics for BW-101."
    )
    assert _roles(text)[0][:2] == ("Bellwood Therapeutics", "Ardent Pharma")


def test_talks_with_an_unnamed_partner_are_not_a_deal() -> None:
    text = (
        "Bellwood Therapeutics is in talks with a U.S. company that is interested in "
        "licensing BW-101, its chief executive said."
    )
    assert _roles(text) == []


def test_two_companies_without_a_deal_cue_are_not_a_deal() -> None:
    text = "Ardent Pharma reported strong sales. Bellwood Therapeutics opened a plant in Boston."
    assert _roles(text) == []


def test_same_pair_earlier_agreement_is_a_second_deal() -> None:
    text = (
        "Ardent Pharma signed a license agreement with Bellwood Therapeutics for BW-202, "
        "paying $30 million upfront.\n\nThe partners first teamed up in April: back then "
        "Ardent Pharma paid $10 million upfront to license BW-101 from Bellwood "
        "Therapeutics."
    )
    deals = extract(text, language="en")
    assert [d.upfront.amount if d.upfront else None for d in deals] == [30_000_000, 10_000_000]


def test_subsidiary_parent_is_an_alias_not_another_party() -> None:
    text = (
        "Glenwood Specialty S.A. (GSSA), a wholly-owned subsidiary of Glenwood "
        "Pharmaceuticals, has in-licensed rights to HX-300 from Harlow Bio."
    )
    (deal,) = extract(text, language="en")
    assert deal.licensee.name == "Glenwood Specialty S.A."
    assert {"GSSA", "Glenwood Pharmaceuticals"} <= set(deal.licensee.aliases)
