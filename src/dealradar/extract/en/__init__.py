"""Rule-based extraction of deals from English news. See docs/extraction.md."""

from __future__ import annotations

from dealradar.extract.en.pipeline import extract_en

__all__ = ["extract_en"]
