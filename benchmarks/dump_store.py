"""Dump every table of a SQLite store, sorted, or diff a store against a saved dump.

Usage: python benchmarks/dump_store.py STORE.db --out FILE
       python benchmarks/dump_store.py STORE.db --compare FILE

A speed change to ingestion must leave the store exactly as it was: every table, ids included.
This writes one line per row (`table<TAB>json of the row`), tables in name order and rows
sorted, with the columns a clock fills (`created_at`, `ingested_at`, ...) blanked, so two runs
of the same code over the same corpus give the same file. With --compare it prints the first
differing lines of each table and exits non-zero if any table differs. Keep a store with
`bench_ingest.py --db FILE` (and the same `--corpus` path: document URIs are stored).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

#: Columns set from the clock at write time: they differ from run to run by design.
CLOCK_COLUMNS = frozenset(
    {"created_at", "updated_at", "fetched_at", "ingested_at", "at", "last_polled"}
)


def dump_lines(db: Path) -> Iterator[str]:
    """`table<TAB>row` lines of every table, sorted within each table."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            rows = []
            for row in cursor:
                record = {
                    c: (None if c in CLOCK_COLUMNS else v)
                    for c, v in zip(columns, row, strict=True)
                }
                rows.append(json.dumps(record, ensure_ascii=False, default=repr))
            for line in sorted(rows):
                yield f"{table}\t{line}"
    finally:
        conn.close()


def compare(db: Path, saved: Path, shown: int = 5) -> int:
    """Print how the store differs from the dump, per table; the number of differing lines."""
    now: dict[str, list[str]] = {}
    for line in dump_lines(db):
        now.setdefault(line.split("\t", 1)[0], []).append(line)
    before: dict[str, list[str]] = {}
    for line in saved.read_text(encoding="utf-8").splitlines():
        before.setdefault(line.split("\t", 1)[0], []).append(line)
    differing = 0
    for table in sorted(now.keys() | before.keys()):
        a, b = Counter(before.get(table, [])), Counter(now.get(table, []))
        if a == b:
            continue
        gone, new = sorted((a - b).elements()), sorted((b - a).elements())
        differing += len(gone) + len(new)
        print(f"{table}: {len(gone)} rows only in the dump, {len(new)} only in the store")
        for line in gone[:shown]:
            print(f"  - {line[:300]}")
        for line in new[:shown]:
            print(f"  + {line[:300]}")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("db", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            for line in dump_lines(args.db):
                out.write(line + "\n")
        return
    differing = compare(args.db, args.compare)
    print("identical" if not differing else f"{differing} lines differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
