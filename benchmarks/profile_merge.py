"""Where the resolving merge spends its time, by kind of document, as the store grows.

Usage: python benchmarks/profile_merge.py CORPUS --db STORE.db [--batch-size 200]

Ingests CORPUS (a folder, extraction done up front and not timed) into STORE.db, which may
already hold a large store: copy a store kept with `bench_ingest.py --db` first, since this
adds to it. Documents are split by what the merge must read for them:

- *paired*: every report names both sides, so its candidate deals are found by index seeks;
- *one-sided*: a report names one side only (or a side the store does not know yet), so every
  deal of that side is read, parsed and clustered: the cost that grows with the store.

For each kind it prints the documents, the stored reports read per document, the deals
written (new, or rewritten rows) and the CPU milliseconds of the look-up, the clustering and
the writes. The merge's private functions are wrapped here (this is a measuring tool, not a
library path), so the figures add a little of their own overhead.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest import run

from dealradar.ingest import resolved
from dealradar.resolve.merge import cluster_reports


def _timed(
    name: str, fn: Callable[..., Any], totals: defaultdict[str, float], kind: list[str]
) -> Any:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[f"{kind[0]}:{name}_ms"] += 1000 * (time.process_time() - started)

    return wrapped


def profile(
    corpus: Path, db: Path, batch_size: int
) -> tuple[dict[str, Any], defaultdict[str, float]]:
    """Run the ingestion benchmark with the merge's stages wrapped; returns its result and
    the per-kind totals."""
    totals: defaultdict[str, float] = defaultdict(float)
    kind = ["paired"]
    neighbours, write = resolved._neighbours, resolved._write

    def classify(writer: Any, reports: Any) -> Any:
        sides = [
            (resolved._ids(writer, r, "licensor"), resolved._ids(writer, r, "licensee"))
            for r in reports
        ]
        kind[0] = "paired" if all(lor and lee for lor, lee in sides) else "one-sided"
        started = time.process_time()
        members = neighbours(writer, reports)
        totals[f"{kind[0]}:lookup_ms"] += 1000 * (time.process_time() - started)
        totals[f"{kind[0]}:documents"] += 1
        totals[f"{kind[0]}:reports_read"] += len(members)
        return members

    def counted_write(writer: Any, result: Any, row: Any, rules: Any) -> Any:
        totals[f"{kind[0]}:{'new' if row is None else 'rewritten'}"] += 1
        return write(writer, result, row, rules)

    patches = {
        "_neighbours": classify,
        "_write": _timed("write", counted_write, totals, kind),
        "_recompute": _timed("merge", resolved._recompute, totals, kind),
        "cluster_reports": _timed("cluster", cluster_reports, totals, kind),
    }
    saved = {name: getattr(resolved, name) for name in patches}
    for name, fn in patches.items():
        setattr(resolved, name, fn)
    try:
        result = run(0, corpus, db, batch_size, "cached", 0)
    finally:
        for name, fn in saved.items():
            setattr(resolved, name, fn)
    return result, totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--batch-size", type=int, default=200)
    args = parser.parse_args()
    result, totals = profile(args.corpus, args.db, args.batch_size)
    print(
        f"{result['documents']} documents, {result['cpu_ms_per_doc']} ms CPU/doc in all "
        f"(registry load and scoring included), {result['errors']} errors"
    )
    print(
        f"{'kind':<10} {'docs':>6} {'reports read/doc':>17} {'new':>6} {'rewritten':>9} "
        f"{'look-up ms':>11} {'cluster ms':>11} {'write ms':>9} {'merge ms':>9}"
    )
    for kind in ("paired", "one-sided"):
        docs = int(totals[f"{kind}:documents"])
        if not docs:
            continue
        print(
            f"{kind:<10} {docs:>6} {totals[f'{kind}:reports_read'] / docs:>17.1f} "
            f"{totals[f'{kind}:new']:>6.0f} {totals[f'{kind}:rewritten']:>9.0f} "
            f"{totals[f'{kind}:lookup_ms']:>11.0f} {totals[f'{kind}:cluster_ms']:>11.0f} "
            f"{totals[f'{kind}:write_ms']:>9.0f} {totals[f'{kind}:merge_ms']:>9.0f}"
        )


if __name__ == "__main__":
    main()
