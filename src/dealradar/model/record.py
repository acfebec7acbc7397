"""A lossless JSON form of a Deal, for storing each report as it was extracted.

`Deal.to_json()` is the SCHEMA.md view (assets flattened, one name per party); re-merging
reports needs everything back: every party with its aliases, assets with theirs, evidence
and sources.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dealradar.model.company import Asset, Company
from dealradar.model.deal import PAYMENT_FIELDS, Deal
from dealradar.model.evidence import Evidence
from dealradar.model.money import Money
from dealradar.model.source import Source


def _company(c: Company) -> dict[str, Any]:
    return {
        "name": c.name,
        "aliases": list(c.aliases),
        "country": c.country,
        "name_zh": c.name_zh,
        "id": c.id,
    }


def deal_to_record(deal: Deal) -> dict[str, Any]:
    """Everything in `deal` as JSON-ready data; `deal_from_record` gives the same Deal back."""
    return {
        "licensors": [_company(c) for c in deal.licensors],
        "licensees": [_company(c) for c in deal.licensees],
        "assets": [
            {
                "name": a.name,
                "aliases": list(a.aliases),
                "modality": a.modality,
                "target": a.target,
                "area": a.area,
                "phase": a.phase,
            }
            for a in deal.assets
        ],
        "deal_type": deal.deal_type,
        "territory": deal.territory,
        "territory_class": deal.territory_class,
        **{k: (m.to_json() if (m := deal.payment(k)) else None) for k in PAYMENT_FIELDS},
        "royalties": deal.royalties,
        "announced": deal.announced.isoformat() if deal.announced else None,
        "confidence": deal.confidence,
        "evidence": [[e.field, e.start, e.end, e.quote, e.source] for e in deal.evidence],
        "sources": [s.to_json() for s in deal.sources],
    }


def deal_from_record(data: dict[str, Any]) -> Deal:
    def company(c: dict[str, Any]) -> Company:
        return Company(
            c["name"],
            tuple(c.get("aliases", ())),
            c.get("country"),
            c.get("name_zh"),
            id=c.get("id"),
        )

    def source(s: dict[str, Any]) -> Source:
        published = s.get("published")
        return Source(
            uri=s["uri"],
            title=s.get("title"),
            publisher=s.get("publisher"),
            published=date.fromisoformat(published) if published else None,
            language=s.get("language"),
            content_hash=s.get("content_hash"),
            id=s.get("id"),
        )

    return Deal(
        licensors=tuple(company(c) for c in data["licensors"]),
        licensees=tuple(company(c) for c in data["licensees"]),
        assets=tuple(
            Asset(
                a["name"],
                tuple(a.get("aliases", ())),
                a.get("modality"),
                a.get("target"),
                a.get("area"),
                a.get("phase"),
            )
            for a in data.get("assets", ())
        ),
        deal_type=data.get("deal_type", "license"),
        territory=data.get("territory"),
        territory_class=data.get("territory_class", "unspecified"),
        royalties=data.get("royalties"),
        announced=date.fromisoformat(data["announced"]) if data.get("announced") else None,
        confidence=float(data.get("confidence", 1.0)),
        evidence=tuple(Evidence(f, s, e, q, src) for f, s, e, q, src in data.get("evidence", ())),
        sources=tuple(source(s) for s in data.get("sources", ())),
        **{k: (Money.from_json(v) if (v := data.get(k)) else None) for k in PAYMENT_FIELDS},  # type: ignore[arg-type]
    )
