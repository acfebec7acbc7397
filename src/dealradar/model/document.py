"""Document: the text of one article and what is known about it; what ingest hands to extract."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from dealradar.model.slots import fast_init
from dealradar.model.source import Source


@fast_init
@dataclass(frozen=True, slots=True)
class Document:
    """One article's clean text. Spans in evidence are offsets into `text`."""

    text: str
    uri: str = "-"
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    language: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the normalised text: the same article under two URLs has one hash."""
        normal = " ".join(self.text.split())
        return hashlib.sha256(normal.encode("utf-8")).hexdigest()

    def source(self) -> Source:
        return Source(
            uri=self.uri,
            title=self.title,
            publisher=self.publisher,
            published=self.published,
            language=self.language,
            content_hash=self.content_hash,
        )
