"""Deal: one transaction between a licensor and a licensee, with its terms and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dealradar.model.company import Asset, Company
from dealradar.model.evidence import Evidence
from dealradar.model.money import Money
from dealradar.model.slots import fast_init
from dealradar.model.source import Source
from dealradar.model.vocab import DealStatus, DealType, PaymentKind, TerritoryClass

PAYMENT_FIELDS: tuple[PaymentKind, ...] = ("upfront", "near_term", "milestones", "total", "equity")


@fast_init
@dataclass(frozen=True, slots=True)
class Deal:
    """A licensing, option, collaboration, acquisition or NewCo deal.

    `licensors[0]` grants the rights (or sells the asset or company); `licensees[0]` receives
    them and pays. Most deals have one of each; the reference table has a few co-licensors, and
    news sometimes leaves one side unnamed ("an overseas company"): that side is then empty.
    Field names follow `corpus/SCHEMA.md`, so `to_json()` is directly comparable to gold files.
    """

    licensors: tuple[Company, ...]
    licensees: tuple[Company, ...]
    assets: tuple[Asset, ...] = ()
    deal_type: DealType = "license"
    territory: str | None = None
    territory_class: TerritoryClass = "unspecified"
    upfront: Money | None = None
    near_term: Money | None = None
    milestones: Money | None = None
    total: Money | None = None
    equity: Money | None = None
    royalties: str | None = None
    announced: date | None = None
    status: DealStatus = "reported"
    confidence: float = 1.0
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[Source, ...] = ()
    id: int | None = None
    notes: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.licensors and not self.licensees:
            raise ValueError("a deal needs at least one named party")

    @property
    def licensor(self) -> Company | None:
        """The party granting rights; None when the report does not name it."""
        return self.licensors[0] if self.licensors else None

    @property
    def licensee(self) -> Company | None:
        """The party receiving rights (usually paying); None when undisclosed ("a US company")."""
        return self.licensees[0] if self.licensees else None

    def payment(self, kind: PaymentKind) -> Money | None:
        value: Money | None = getattr(self, kind)
        return value

    def with_derived_total(self) -> Deal:
        """Fill `total` as upfront + near-term + milestones when no total is stated.

        Equity is excluded, as in SCHEMA.md. Parts in different currencies are not summed.
        """
        if self.total is not None:
            return self
        parts = [p for p in (self.upfront, self.near_term, self.milestones) if p is not None]
        if not parts or len({p.currency for p in parts}) != 1:
            return self
        amount = sum((p.amount for p in parts), start=parts[0].amount * 0)
        usd = None
        if all(p.usd is not None for p in parts):
            usd = sum((p.usd for p in parts if p.usd is not None), start=amount * 0)
        total = Money(
            amount,
            parts[0].currency,
            stated=False,
            usd=usd,
            fx_rate=parts[0].fx_rate,
            fx_date=parts[0].fx_date,
        )
        return replace(self, total=total)

    def evidence_for(self, name: str) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.field == name)

    def to_json(self) -> dict[str, Any]:
        """The SCHEMA.md deal object, plus `evidence` (field → spans) and dealradar extras."""
        out: dict[str, Any] = {
            "licensor": self.licensor.name if self.licensor else None,
            "licensor_aliases": list(self.licensor.aliases) if self.licensor else [],
            "licensee": self.licensee.name if self.licensee else None,
            "licensee_aliases": list(self.licensee.aliases) if self.licensee else [],
            "assets": [name for a in self.assets for name in a.names()],
            "deal_type": self.deal_type,
            "territory": self.territory,
            "territory_class": self.territory_class,
        }
        for kind in PAYMENT_FIELDS:
            money = self.payment(kind)
            out[kind] = money.to_json() if money else None
        out["royalties"] = self.royalties
        out["announced"] = self.announced.isoformat() if self.announced else None
        evidence: dict[str, list[dict[str, Any]]] = {}
        for ev in self.evidence:
            evidence.setdefault(ev.field, []).append(ev.to_json())
        out["evidence"] = evidence
        if len(self.licensors) > 1:
            out["co_licensors"] = [c.name for c in self.licensors[1:]]
        if len(self.licensees) > 1:
            out["co_licensees"] = [c.name for c in self.licensees[1:]]
        if self.id is not None:
            out["id"] = self.id
        out["confidence"] = self.confidence
        return out
