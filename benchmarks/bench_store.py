"""Time reference loading and the `deals list` / `stats` queries on a 100,000-deal SQLite store.

Usage: python benchmarks/bench_store.py [N] [--store PATH]   (results go in BENCHMARKS.md)

Each query runs through the same library functions the CLI calls, 7 times after one warm-up;
the median is reported against the 200 ms target. `--store` reuses a store built earlier by
`make_store.py` (upgraded to the latest schema on open) instead of building one, so a change
can be measured before and after on the same data without waiting for the build.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from make_store import build

from dealradar.analytics.compare import compare_totals
from dealradar.analytics.stats import stats
from dealradar.store.engine import open_store
from dealradar.store.load import load_reference
from dealradar.store.queries import DealFilter, count_deals, list_deals

TARGET_MS = 200.0


def timed(fn: Callable[[], Any], repeat: int = 7) -> tuple[float, float]:
    """Median wall and CPU milliseconds; CPU time is the steadier one on a shared machine."""
    fn()
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main(n: int, existing: Path | None = None) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="dealradar-bench-"))
    print(
        f"machine: {platform.node()} {platform.machine()} {platform.processor() or ''}"
        f" python {platform.python_version()}, {date.today()}"
    )
    ref_store = open_store(tmp / "ref.db")
    started = time.perf_counter()
    load_reference(ref_store)
    print(
        f"load-reference (335 deals + 164 totals, empty SQLite): "
        f"{time.perf_counter() - started:.2f}s"
    )
    started = time.perf_counter()
    load_reference(ref_store)
    print(f"load-reference again (all updates):               {time.perf_counter() - started:.2f}s")
    if existing is None:
        seconds = build(n, tmp / "big.db")
        print(f"synthetic store of {n:,} deals built in {seconds:.1f}s")
    store = open_store(existing or tmp / "big.db")
    cn = DealFilter(licensor_country="CN")
    h1 = DealFilter(licensor_country="CN", since=date(2025, 1, 1), until=date(2025, 6, 30))
    queries: dict[str, Callable[[Any], Any]] = {
        "deals list (default, 50 newest)": lambda c: list_deals(c, DealFilter()),
        "deals list --licensor-country CN --since/--until": lambda c: list_deals(c, h1),
        "deals list --licensor-country CN --modality ADC --min-upfront 100M --sort up": lambda c: (
            list_deals(
                c,
                DealFilter(licensor_country="CN", modality="ADC", min_upfront=100e6),
                sort="upfront",
            )
        ),
        "deals list --licensor <name>": lambda c: list_deals(c, DealFilter(licensor="kalo")),
        "deals list --q <text>": lambda c: list_deals(c, DealFilter(q="pd-1")),
        "deals list --sort total": lambda c: list_deals(c, DealFilter(), sort="total"),
        "deals list count (table title)": lambda c: count_deals(c, cn),
        "stats --by half --licensor-country CN (all years)": lambda c: stats(c, cn, by="half"),
        "stats --by half --licensor-country CN --since/--until": lambda c: stats(c, h1, by="half"),
        "stats --by year --group licensee --since 2025-01-01": lambda c: stats(
            c, DealFilter(since=date(2025, 1, 1)), by="year", group="licensee"
        ),
        "stats --by quarter --group modality --area oncology": lambda c: stats(
            c, DealFilter(area="oncology"), by="quarter", group="modality"
        ),
        "stats --by year --group licensor-country": lambda c: stats(
            c, DealFilter(), by="year", group="licensor-country"
        ),
        "compare-totals": lambda c: compare_totals(c),
    }
    stress = {
        # 48,000 (year, licensee) rows: a stress case for the engine, not a screen of output.
        "stats --by year --group licensee (all years, every licensee)": lambda c: stats(
            c, DealFilter(), by="year", group="licensee"
        ),
    }
    slow = 0
    with store.connect() as conn:
        conn.exec_driver_sql(
            "INSERT INTO industry_totals (period, scope, metric, value_usd_b, "
            "source) VALUES ('2024', 'China out-licensing', 'total deal value',"
            " 51.9, 'bench')"
        )
        for name, query in queries.items():
            ms, cpu = timed(lambda q=query: q(conn))
            flag = "ok" if ms < TARGET_MS else "SLOW"
            slow += ms >= TARGET_MS
            print(f"  {ms:8.1f} ms wall {cpu:8.1f} ms cpu  {flag:4}  {name}")
        for name, query in stress.items():
            ms, cpu = timed(lambda q=query: q(conn), repeat=3)
            print(f"  {ms:8.1f} ms wall {cpu:8.1f} ms cpu  (stress, not a target)  {name}")
    return 1 if slow else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000, help="deals to generate")
    parser.add_argument("--store", type=Path, help="an existing store from make_store.py")
    args = parser.parse_args()
    sys.exit(main(args.n, args.store))
