"""The live progress line and the summary a run ends with."""

from __future__ import annotations

import io

from rich.console import Console

from dealradar.ingest.pipeline import RunStats
from dealradar.ingest.progress import LiveProgress, summary_line


def test_the_progress_line_shows_documents_deals_errors_and_rate() -> None:
    out = io.StringIO()
    live = LiveProgress("ingest", console=Console(file=out, force_terminal=True, width=150))
    stats = RunStats(read=40, documents=40, deals=12, flagged=2, errors=3)
    stats.finished = stats.started + 4.3  # 43 documents handled in 4.3 s
    with live:
        live.update(stats)
    shown = out.getvalue()
    for text in ("40 docs", "12 deals", "2 to review", "3 errors", "10 docs/s"):
        assert text in shown


def test_no_live_display_when_not_a_terminal() -> None:
    out = io.StringIO()
    with LiveProgress("ingest", console=Console(file=out)) as live:
        live.update(RunStats(read=1))
    assert out.getvalue() == ""


def test_the_summary_line_counts_everything_a_script_needs() -> None:
    stats = RunStats(documents=10, unchanged=3, duplicates=1, deals=7, deals_new=5, flagged=2)
    stats.errors = 1
    stats.feeds = {"ok": 2, "not-modified": 1}
    stats.finished = stats.started + 2.0
    assert summary_line(stats) == (
        "10 new documents, 3 unchanged, 1 duplicates; 7 deals (5 new), 2 flagged for review, "
        "1 errors; feeds: 1 not-modified, 2 ok in 2.0s (8 docs/s)"
    )
