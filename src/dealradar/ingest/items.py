"""What flows from the sources into the pipeline: documents, failures and feed poll results.

Docs: docs/ingestion.md#pipeline. Failures and poll results travel in the same ordered stream
as the documents, so the pipeline records each in the batch transaction that also holds the
documents read before it: a feed's new validators are committed only with its entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

from dealradar.model import Document


@dataclass(frozen=True, slots=True)
class Failed:
    """A source that could not be read; reported, logged, and retried by the next run."""

    uri: str
    error: str
    kind: Literal["document", "feed", "source"] = "document"


@dataclass(frozen=True, slots=True)
class FeedPolled:
    """The outcome of polling one feed, recorded after the entries it yielded.

    `status` is `ok` (all entries read: the validators are kept for the next conditional
    request), `partial` (some entries failed: validators are not kept, so the next poll reads
    the feed again and retries them), `not-modified` (a 304) or `error`.
    """

    url: str
    status: Literal["ok", "partial", "not-modified", "error"]
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    error: str | None = None
    entries: int = 0


Item: TypeAlias = Document | Failed | FeedPolled
