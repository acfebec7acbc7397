"""Evidence: the character span of a source text that supports one field of a deal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dealradar.model.slots import fast_init


@fast_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """A half-open span `[start, end)` of the source text and the text it covers.

    The invariant `text[start:end] == quote` is what makes an extraction trustworthy; it is
    checked by `grounded_in` and by a shared test helper over every extraction in the suite.
    """

    field: str
    start: int
    end: int
    quote: str
    source: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end}) for field {self.field!r}")
        if len(self.quote) != self.end - self.start:
            raise ValueError(
                f"quote of {len(self.quote)} characters does not fit span "
                f"[{self.start}, {self.end}) for field {self.field!r}"
            )

    def grounded_in(self, text: str) -> bool:
        """True when the span really covers the quoted text."""
        return text[self.start : self.end] == self.quote

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "quote": self.quote}
        if self.source is not None:
            out["source"] = self.source
        return out

    @classmethod
    def at(cls, field: str, text: str, start: int, end: int, source: str | None = None) -> Evidence:
        """Evidence for `text[start:end]`, the usual way to build one."""
        return cls(field, start, end, text[start:end], source)
