"""Companies and assets: the parties and drugs a deal is about."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dealradar.model.slots import fast_init
from dealradar.model.vocab import Area, Modality, Phase


@fast_init
@dataclass(frozen=True, slots=True)
class Company:
    """A party as a deal names it, or as the registry knows it.

    Extraction fills `name` (the mention it picked) and `aliases` (other names the same text
    uses); resolution fills `id` and the canonical name. `country` is an ISO 3166 alpha-2 code.
    """

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    name_zh: str | None = None
    tickers: tuple[str, ...] = ()
    id: int | None = None

    def names(self) -> tuple[str, ...]:
        """Every name this company is known by, canonical first, without repeats."""
        seen: dict[str, None] = {self.name: None}
        for alias in (self.name_zh, *self.aliases):
            if alias:
                seen.setdefault(alias, None)
        return tuple(seen)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "country": self.country,
            "name_zh": self.name_zh,
            "tickers": list(self.tickers),
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Asset:
    """A drug or programme: its main name, other names and codes, and what it is."""

    name: str
    aliases: tuple[str, ...] = ()
    modality: Modality | None = None
    target: str | None = None
    area: Area | None = None
    phase: Phase | None = None
    id: int | None = None

    def names(self) -> tuple[str, ...]:
        return (self.name, *(a for a in self.aliases if a != self.name))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "modality": self.modality,
            "target": self.target,
            "area": self.area,
            "phase": self.phase,
        }
