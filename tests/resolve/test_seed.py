"""Seeding: the reference table's packed party cells become companies, aliases and parents."""

from __future__ import annotations

from dealradar.resolve.match import resolve_company
from dealradar.resolve.registry import Registry
from dealradar.resolve.seed import parse_party, seed_registry, split_parties


def test_parties_split_on_semicolons_outside_parentheses() -> None:
    cell = "Changchun GeneScience Pharmaceutical (GenSci; Shanghai Scizeng Medical);3D Medicines"
    assert split_parties(cell) == [
        "Changchun GeneScience Pharmaceutical (GenSci; Shanghai Scizeng Medical)",
        "3D Medicines",
    ]
    assert parse_party(split_parties(cell)[0]) == (
        "Changchun GeneScience Pharmaceutical",
        ["GenSci", "Shanghai Scizeng Medical"],
    )


def test_parenthetical_group_becomes_parent(registry: Registry) -> None:
    assert resolve_company(registry, "Nona Biosciences").name == "Harbour BioMed"
    assert resolve_company(registry, "Genentech").name == "Roche"


def test_group_with_signing_unit_rolls_the_unit_up(registry: Registry) -> None:
    assert resolve_company(registry, "Janssen").name == "Johnson & Johnson"


def test_two_companies_that_both_sign_deals_stay_apart(registry: Registry) -> None:
    """ "Pfizer (Seagen)": Seagen signed its own deals before the acquisition."""
    assert resolve_company(registry, "Seagen").name == "Seagen"


def test_short_forms_and_former_names_are_aliases(registry: Registry) -> None:
    assert resolve_company(registry, "ICT").name == "Innovative Cellular Therapeutics"
    assert resolve_company(registry, "Cellular Biomedicine Group").name == "AbelZeta Pharma"


def test_reference_countries_fill_companies(registry: Registry) -> None:
    assert resolve_company(registry, "Oneness Biotech").country == "TW"
    assert resolve_company(registry, "Microbio (Shanghai)").country == "CN"


def test_seeding_is_deterministic() -> None:
    a, b = seed_registry(), seed_registry()
    assert [(e.id, e.name, e.parent_id) for e in a.companies] == [
        (e.id, e.name, e.parent_id) for e in b.companies
    ]
