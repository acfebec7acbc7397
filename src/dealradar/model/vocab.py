"""Controlled vocabularies shared by extraction, storage and the gold annotations.

The values follow `corpus/SCHEMA.md` (deal types, territory classes, payment categories) and
the reference table (modality, phase, indication area), so that every stage speaks one language.
"""

from __future__ import annotations

from typing import Literal, get_args

DealType = Literal[
    "license", "option", "collaboration", "co-development", "acquisition", "newco", "asset-purchase"
]
TerritoryClass = Literal[
    "global", "ex-china", "ex-greater-china", "regional", "china", "unspecified"
]
PaymentKind = Literal["upfront", "near_term", "milestones", "total", "equity"]
Modality = Literal[
    "small-molecule",
    "antibody",
    "ADC",
    "bispecific",
    "peptide",
    "cell-therapy",
    "siRNA",
    "gene-therapy",
    "mRNA",
    "vaccine",
    "radiopharmaceutical",
    "protein",
    "other",
]
Phase = Literal["preclinical", "phase1", "phase2", "phase3", "filed", "approved"]
Area = Literal[
    "oncology",
    "immunology",
    "cardiometabolic",
    "neuroscience",
    "rare",
    "infectious",
    "ophthalmology",
    "respiratory",
    "other",
]
DealStatus = Literal["reported", "review", "accepted", "rejected"]

DEAL_TYPES: tuple[DealType, ...] = get_args(DealType)
TERRITORY_CLASSES: tuple[TerritoryClass, ...] = get_args(TerritoryClass)
PAYMENT_KINDS: tuple[PaymentKind, ...] = get_args(PaymentKind)
MODALITIES: tuple[Modality, ...] = get_args(Modality)
PHASES: tuple[Phase, ...] = get_args(Phase)
AREAS: tuple[Area, ...] = get_args(Area)
DEAL_STATUSES: tuple[DealStatus, ...] = get_args(DealStatus)

#: ISO 3166-1 alpha-2 codes accepted for company countries (the ones biopharma deals involve,
#: plus the rest of the OECD and Asia); an unknown code is a validation error, not a guess.
COUNTRIES: frozenset[str] = frozenset(
    [
        "AE",
        "AR",
        "AT",
        "AU",
        "BE",
        "BG",
        "BR",
        "CA",
        "CH",
        "CL",
        "CN",
        "CO",
        "CR",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "EG",
        "ES",
        "FI",
        "FR",
        "GB",
        "GR",
        "HK",
        "HR",
        "HU",
        "ID",
        "IE",
        "IL",
        "IN",
        "IS",
        "IT",
        "JP",
        "KR",
        "KY",
        "LT",
        "LU",
        "LV",
        "MO",
        "MT",
        "MX",
        "MY",
        "NL",
        "NO",
        "NZ",
        "PH",
        "PL",
        "PT",
        "RO",
        "RU",
        "SA",
        "SE",
        "SG",
        "SI",
        "SK",
        "TH",
        "TR",
        "TW",
        "UA",
        "US",
        "VN",
        "ZA",
    ]
)
