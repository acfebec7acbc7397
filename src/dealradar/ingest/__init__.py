"""Ingestion: sources → clean documents → extract → merge → store. See docs/ingestion.md.

`Reader` turns files, folders, URLs and feeds into a stream of documents; `Pipeline` runs the
extract and merge stages over it and commits in batches. `Fetcher` is the polite HTTP client.
"""

from __future__ import annotations

from dealradar.ingest.fetch import Fetcher, FetchPolicy
from dealradar.ingest.items import Failed, FeedPolled, Item
from dealradar.ingest.merge import Merge, MergeReport, ReviewPolicy, write_through
from dealradar.ingest.pipeline import Extractor, Pipeline, RunStats
from dealradar.ingest.sources import Reader

__all__ = [
    "Extractor",
    "Failed",
    "FeedPolled",
    "FetchPolicy",
    "Fetcher",
    "Item",
    "Merge",
    "MergeReport",
    "Pipeline",
    "Reader",
    "ReviewPolicy",
    "RunStats",
    "write_through",
]
