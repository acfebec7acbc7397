"""A tiny extractor for testing ingestion mechanics without the real rule-based extractors.

A document announces one deal per line of the form
`DEAL licensor | licensee | asset | upfront in USD millions | confidence`, e.g.
`DEAL Hengrui | Glenmark | SHR-A1811 | 18 | 0.9`. A text containing `EXPLODE` makes it raise,
and `FAKE_EXTRACT_DELAY` (seconds per document) slows it so a test can kill a run midway.
"""

from __future__ import annotations

import os
import re
import time
from datetime import date

from dealradar.model import Asset, Company, Deal, Document, Money

LINE = re.compile(
    r"^DEAL (?P<lor>[^|\n]+)\|(?P<lee>[^|\n]+)\|(?P<asset>[^|\n]+)"
    r"\|(?P<up>[^|\n]*)\|(?P<conf>[^|\n]*)$",
    re.M,
)


def extract(doc: Document) -> list[Deal]:
    delay = float(os.environ.get("FAKE_EXTRACT_DELAY", "0") or 0)
    if delay:
        time.sleep(delay)
    if "EXPLODE" in doc.text:
        raise RuntimeError("the fake extractor was told to explode")
    deals = []
    for m in LINE.finditer(doc.text):
        up = m.group("up").strip()
        conf = m.group("conf").strip()
        deals.append(
            Deal(
                licensors=(Company(m.group("lor").strip()),),
                licensees=(Company(m.group("lee").strip()),),
                assets=(Asset(m.group("asset").strip()),),
                upfront=Money.usd_millions(up) if up else None,
                announced=doc.published or date(2025, 9, 24),
                confidence=float(conf) if conf else 0.9,
            )
        )
    return deals
