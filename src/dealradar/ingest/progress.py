"""What a person watching a run sees: a live line of counts, and the summary at the end.

Docs: docs/ingestion.md#running. The live display goes to stderr (and only to a terminal), so
`--format json` output on stdout stays clean for scripts.
"""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dealradar.ingest.pipeline import RunStats


class LiveProgress:
    """A rich progress line: documents, deals found, errors and rate. Refreshed ≤ 10×/s.

    Use as a context manager and pass `update` as the pipeline's `on_progress`.
    """

    def __init__(self, label: str, *, console: Console | None = None, enabled: bool = True):
        self.console = console or Console(stderr=True)
        self.enabled = enabled and self.console.is_terminal
        self._last = 0.0
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            TextColumn("{task.fields[docs]} docs"),
            TextColumn("[green]{task.fields[deals]} deals"),
            TextColumn("[yellow]{task.fields[flagged]} to review"),
            TextColumn("[red]{task.fields[errors]} errors"),
            TextColumn("{task.fields[rate]} docs/s"),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self._task = self._progress.add_task(
            label, total=None, docs=0, deals=0, flagged=0, errors=0, rate="0"
        )

    def __enter__(self) -> LiveProgress:
        if self.enabled:
            self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.enabled:
            self._progress.stop()

    def update(self, stats: RunStats) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and stats.finished is None:
            return
        self._last = now
        self._progress.update(
            self._task,
            docs=stats.read,
            deals=stats.deals,
            flagged=stats.flagged,
            errors=stats.errors,
            rate=f"{stats.rate:.0f}",
        )


def summary_line(stats: RunStats) -> str:
    """One line a person (or a log) can read: what was stored, skipped, flagged and failed."""
    parts = [f"{stats.documents} new documents"]
    if stats.unchanged:
        parts.append(f"{stats.unchanged} unchanged")
    if stats.duplicates:
        parts.append(f"{stats.duplicates} duplicates")
    feeds = ", ".join(f"{n} {status}" for status, n in sorted(stats.feeds.items()))
    line = (
        f"{', '.join(parts)}; {stats.deals} deals ({stats.deals_new} new), "
        f"{stats.flagged} flagged for review, {stats.errors} errors"
    )
    if feeds:
        line += f"; feeds: {feeds}"
    return f"{line} in {stats.elapsed:.1f}s ({stats.rate:.0f} docs/s)"
