"""Money: an amount in the currency the source states, with its USD equivalent when known."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from dealradar.model.slots import fast_init

Qualifier = Literal["up_to", "over", "approx"]


@fast_init
@dataclass(frozen=True, slots=True)
class Money:
    """An amount as stated (never rounded to millions), plus how it was obtained.

    `stated` is False for figures dealradar derived (a total summed from its parts), so a
    reader can tell reported numbers from computed ones. `usd`/`fx_rate`/`fx_date` record the
    conversion used, so every USD figure can be reproduced.
    """

    amount: Decimal
    currency: str = "USD"
    stated: bool = True
    qualifier: Qualifier | None = None
    usd: Decimal | None = None
    fx_rate: Decimal | None = None
    fx_date: date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            object.__setattr__(self, "amount", Decimal(str(self.amount)))
        if self.amount < 0:
            raise ValueError(f"a deal amount cannot be negative: {self.amount}")
        if not (
            len(self.currency) == 3
            and self.currency.isascii()
            and self.currency.isalpha()
            and self.currency.isupper()
        ):
            raise ValueError(
                f"currency must be an ISO 4217 code such as USD, got {self.currency!r}"
            )
        if self.currency == "USD":
            if self.usd is None:
                object.__setattr__(self, "usd", self.amount)
            object.__setattr__(self, "fx_rate", Decimal(1))

    @classmethod
    def usd_millions(cls, millions: float | str | Decimal, *, stated: bool = True) -> Money:
        """Build from a figure in USD millions, the unit of the reference table."""
        return cls(Decimal(str(millions)) * 1_000_000, "USD", stated=stated)

    def derived(self) -> Money:
        """The same amount marked as computed rather than read."""
        return replace(self, stated=False)

    def to_json(self) -> dict[str, Any]:
        """The SCHEMA.md shape: `{"amount": 18000000, "currency": "USD", ...}`."""
        out: dict[str, Any] = {"amount": number(self.amount), "currency": self.currency}
        out["stated"] = self.stated
        if self.qualifier:
            out["qualifier"] = self.qualifier
        if self.usd is not None:
            out["usd"] = number(self.usd)
        if self.fx_rate is not None and self.currency != "USD":
            out["fx_rate"] = float(self.fx_rate)
            out["fx_date"] = self.fx_date.isoformat() if self.fx_date else None
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Money:
        """Inverse of `to_json`; also reads gold annotations (which carry only amount/currency)."""
        fx_date = data.get("fx_date")
        return cls(
            amount=Decimal(str(data["amount"])),
            currency=str(data.get("currency", "USD")),
            stated=bool(data.get("stated", True)),
            qualifier=data.get("qualifier"),
            usd=Decimal(str(data["usd"])) if data.get("usd") is not None else None,
            fx_rate=Decimal(str(data["fx_rate"])) if data.get("fx_rate") is not None else None,
            fx_date=date.fromisoformat(fx_date) if fx_date else None,
        )


def number(value: Decimal) -> int | float:
    """A Decimal as the plainest JSON number: an int when it is whole."""
    return int(value) if value == value.to_integral_value() else float(value)


def format_usd(value: Decimal | float | None) -> str:
    """`$1.09B`, `$18.0M`, `$950K`: how analysts read deal sizes at a glance."""
    if value is None:
        return "—"
    v = float(value)
    for size, suffix, digits in ((1e9, "B", 2), (1e6, "M", 1), (1e3, "K", 0)):
        if abs(v) >= size:
            return f"${v / size:,.{digits}f}{suffix}"
    return f"${v:,.0f}"
