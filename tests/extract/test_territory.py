"""Territory classes from the way news states the licensed region."""

from __future__ import annotations

import pytest

from dealradar.extract.territory import classify_sentence


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Merck takes exclusive worldwide rights to HS-10535.", "global"),
        (
            "The deal grants global rights, excluding mainland China, Hong Kong and Macau.",
            "ex-china",
        ),
        ("rights outside Mainland China, Hong Kong and Macau", "ex-china"),
        (
            "an exclusive worldwide license, excluding mainland China, Hong Kong, Macau and Taiwan",
            "ex-greater-china",
        ),
        (
            "in the global scope other than Greater China to Hercules of the United States",
            "ex-greater-china",
        ),
        ("global markets other than mainland China, Taiwan, the USA, Canada and Japan", "regional"),
        (
            "Summit obtains the rights in the United States, Canada, Europe and Japan, while "
            "Akeso keeps the rights in the rest of the world, China included.",
            "regional",
        ),
        (
            "Shenyang obtains the exclusive commercial rights in China for specific indications.",
            "china",
        ),
        (
            "Mainland China stays with SystImmune, while BMS takes charge everywhere else.",
            "ex-china",
        ),
        (
            "Zealand and Roche will co-commercialize in the US and Europe, while Roche takes "
            "exclusive commercialization rights in the rest of the world.",
            "global",
        ),
    ],
)
def test_territory_sentence_is_classified(text: str, cls: str) -> None:
    found = classify_sentence(text)
    assert found is not None and found[0] == cls


@pytest.mark.parametrize(
    "text",
    [
        "Harbour BioMed announced a global strategic collaboration with AstraZeneca.",
        "vaccines for patients in China and around the world",
        "Hercules CM NewCo, a company newly set up in the United States",
    ],
)
def test_sentence_without_licensed_region_has_no_territory(text: str) -> None:
    assert classify_sentence(text) is None


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        # a scope verb with its object before "worldwide"
        (
            "Vantera gains rights to develop and commercialize KX-101 worldwide, excluding "
            "mainland China, Hong Kong, Macao and Taiwan.",
            "ex-greater-china",
        ),
        ("The partners will split costs and profits 50/50 worldwide.", "global"),
        # an exclusion right before a place implies the rest of the world
        ("Crestline granted Vantera rights to KX-101 except China.", "ex-china"),
        ("Vantera licensed KX-101 outside Greater China for $5 million.", "ex-greater-china"),
        ("Vantera takes the rights for India.", "regional"),
        # "U.S." ends in a full stop but does not end the clause
        ("Vantera obtains the rights in the U.S. and Europe.", "regional"),
    ],
)
def test_scope_wording_variants(text: str, cls: str) -> None:
    found = classify_sentence(text)
    assert found is not None
    assert found[0] == cls


def test_exclusion_without_rights_is_not_a_territory() -> None:
    assert classify_sentence("Revenue excluding China rose 5%.") is None
