"""End-to-end ingestion benchmark: a folder of generated articles → SQLite, timed and scored.

Usage: python benchmarks/bench_ingest.py [N] [--corpus DIR] [--db FILE] [--batch-size 500]
                                         [--workers 0|N|auto] [--extractor real|cached|none]
                                         [--json]

Generates N documents with `make_corpus.py` (kept in benchmarks/out/corpus-N, git-ignored),
runs the real pipeline (folder walk, decoding, extraction, merge, batched SQLite writes) and
reports documents per second, resident memory sampled along the run (flat memory = constant
RSS as N grows) and, from the gold written beside each document, extraction precision and
recall, so scale and accuracy are measured in the same run (with `--workers 0` only).
`--extractor none` measures the pipeline without extraction (the cost of everything else);
`--extractor cached` extracts every document before the clock starts, so the run times reading,
resolution, merging and storing. `--workers auto` starts one extraction process when two or more
CPUs are usable (`pipeline.default_workers`). CPU seconds are reported beside
wall time (this process, and the worker processes): on a shared machine they are the steadier
measure of cost. `ingest_cpu_ms_per_doc` leaves out the scoring against the gold, which runs in
this process without workers. With `--extractor cached` the cache is excluded from garbage
collection (`gc.freeze()`), so its objects are not charged to ingestion.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import make_corpus

from dealradar.extract.evaluate import Report, score_document
from dealradar.ingest import Pipeline, Reader
from dealradar.ingest.merge import write_through
from dealradar.ingest.pipeline import Extractor, RunStats, default_workers
from dealradar.ingest.resolved import resolve_and_merge
from dealradar.model import Deal, Document
from dealradar.store.engine import open_store


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return float("nan")


class Scored:
    """Wraps an extractor to score each document against the gold file beside it."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self.report = Report()
        self.seconds = 0.0
        self.scoring_cpu = 0.0

    def __call__(self, doc: Document) -> list[Deal]:
        started = time.perf_counter()
        deals = list(self.extractor(doc))
        self.seconds += time.perf_counter() - started
        scoring = time.process_time()
        gold_path = Path(doc.uri).with_suffix(".json")
        if gold_path.exists():
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            score_document(self.report, gold["id"], [d.to_json() for d in deals], gold["deals"])
            self.report.misses.clear()  # keep memory flat: only the counts matter here
        self.scoring_cpu += time.process_time() - scoring
        return deals


def run(
    n: int,
    corpus: Path | None,
    db: Path | None,
    batch_size: int,
    extractor: str,
    workers: int,
    merge: str = "resolved",
) -> dict[str, Any]:
    corpus = corpus or Path(__file__).resolve().parent / "out" / f"corpus-{n}"
    if not (corpus / "0000").is_dir():
        started = time.monotonic()
        make_corpus(n, corpus)
        print(f"generated {n} documents in {time.monotonic() - started:.1f}s", file=sys.stderr)
    if extractor == "real":
        from dealradar.extract import extract

        scored = Scored(extract)
    elif extractor == "cached":  # time everything but extraction (done once, untimed, here)
        from dealradar.extract import extract
        from dealradar.ingest.clean import to_document

        cache: dict[str, list[Deal]] = {}
        for path in sorted(corpus.rglob("*.txt")):
            doc = to_document(path.read_bytes(), str(path))
            cache[doc.content_hash] = extract(doc)
        # The cache is the benchmark's scaffolding, not ingestion's: frozen, the collector's
        # full passes skip it, as they would in a run whose extraction is in a worker.
        gc.freeze()
        scored = Scored(lambda doc: cache.get(doc.content_hash, []))
    else:
        scored = Scored(lambda _doc: [])
    tmp = tempfile.TemporaryDirectory()
    store = open_store(db or Path(tmp.name) / "bench.db")
    samples: list[tuple[int, float]] = [(0, rss_mb())]

    def progress(stats: RunStats) -> None:
        if stats.read and stats.read % 2000 == 0 and samples[-1][0] != stats.read:
            samples.append((stats.read, rss_mb()))
            print(
                f"  {stats.read} docs, {stats.rate:.0f} docs/s, RSS {samples[-1][1]:.0f} MB",
                file=sys.stderr,
            )

    cpu_start = os.times()
    pipeline = Pipeline(
        store,
        # With workers the scores could not be collected (they would stay in the workers), so
        # the extractor runs unwrapped there: scoring is not ingestion's work.
        extractor=scored.extractor if workers else scored,
        batch_size=batch_size,
        workers=workers,
        on_progress=progress,
        merge=resolve_and_merge() if merge == "resolved" else write_through(),
    )
    stats = pipeline.run(Reader().read([corpus]))
    cpu_end = os.times()
    samples.append((stats.read, rss_mb()))
    cpu_main = cpu_end.user + cpu_end.system - cpu_start.user - cpu_start.system
    cpu_workers = (
        cpu_end.children_user
        + cpu_end.children_system
        - cpu_start.children_user
        - cpu_start.children_system
    )
    report = scored.report
    db_size = (
        Path(str(store.engine.url.database)).stat().st_size if store.engine.url.database else 0
    )
    store.dispose()
    tmp.cleanup()
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "documents": stats.documents,
        "errors": stats.errors,
        "deals_stored": stats.deals,
        "elapsed_s": round(stats.elapsed, 1),
        "docs_per_s": round(stats.documents / stats.elapsed, 1),
        "cpu_s": round(cpu_main, 1),
        "cpu_ms_per_doc": round(1000 * cpu_main / max(stats.documents, 1), 2),
        # Scoring against the gold is the benchmark's work, not ingestion's: without workers it
        # runs in this process, so it is measured and left out here.
        "ingest_cpu_ms_per_doc": round(
            1000 * (cpu_main - (0.0 if workers else scored.scoring_cpu)) / max(stats.documents, 1),
            2,
        ),
        "worker_cpu_s": round(cpu_workers, 1),
        "workers": workers,
        "extraction_s": round(scored.seconds, 1) if not workers else None,
        "rss_mb": [(n_docs, round(mb, 1)) for n_docs, mb in samples],
        "db_mb": round(db_size / 2**20, 1),
        "accuracy": None
        if workers  # the scorer runs inside the extractor, i.e. in the worker processes
        else {
            "gold_deals": report.gold_deals,
            "predicted_deals": report.predicted_deals,
            "precision": round(report.precision, 3),
            "recall": round(report.recall, 3),
            "f1": round(report.f1, 3),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=2000)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--extractor", choices=("real", "cached", "none"), default="real")
    parser.add_argument("--merge", choices=("resolved", "write-through"), default="resolved")
    parser.add_argument(
        "--workers", default="0", help="extraction processes, or auto (default_workers())"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    workers = default_workers() if args.workers == "auto" else int(args.workers)
    result = run(args.n, args.corpus, args.db, args.batch_size, args.extractor, workers, args.merge)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>16}: {value}")


if __name__ == "__main__":
    main()
