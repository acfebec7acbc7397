"""The data model every stage shares: frozen dataclasses, SCHEMA.md vocabularies."""

from dealradar.model.company import Asset, Company
from dealradar.model.deal import PAYMENT_FIELDS, Deal
from dealradar.model.document import Document
from dealradar.model.evidence import Evidence
from dealradar.model.money import Money, format_usd
from dealradar.model.source import Source

__all__ = [
    "PAYMENT_FIELDS",
    "Asset",
    "Company",
    "Deal",
    "Document",
    "Evidence",
    "Money",
    "Source",
    "format_usd",
]
