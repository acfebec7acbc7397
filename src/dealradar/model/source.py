"""Source: a document a deal was read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dealradar.model.slots import fast_init


@fast_init
@dataclass(frozen=True, slots=True)
class Source:
    """Where a deal was read: a URL or a path, with what is known about the document."""

    uri: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    language: str | None = None
    content_hash: str | None = None
    id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uri": self.uri,
            "title": self.title,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "content_hash": self.content_hash,
        }
