"""Throughput of the rule-based extractor on ~2 KB articles, against one `re.finditer` pass.

Usage: python benchmarks/bench_extract.py [CORPUS_DIR ...] [--docs N] [--repeat R]

Reads the English articles of the given gold directories (default: ../shared/corpus/dev and
tests/data/articles/en), cuts or pads each to about 2 KB, and reports documents per second on
one core, the cost relative to a single `re.finditer(r"\\w+", text)` pass over the same texts,
and peak traced memory after 1x and 4x the documents (flat memory means no growth per document).
"""

from __future__ import annotations

import argparse
import platform
import re
import time
import tracemalloc
from pathlib import Path

from dealradar.extract.en import extract_en
from dealradar.model import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [
    ROOT / ".." / "shared" / "corpus" / "dev",
    ROOT / "tests" / "data" / "articles" / "en",
]


def load_texts(dirs: list[Path]) -> list[str]:
    texts = []
    for d in dirs:
        for p in sorted(d.glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            while len(text) < 1800:
                text += "\n\n" + text
            texts.append(text[:2200])
    if not texts:
        raise SystemExit("no .txt articles found; pass a corpus directory")
    return texts


def run_extract(texts: list[str], n: int) -> float:
    start = time.perf_counter()
    for i in range(n):
        extract_en(Document(text=texts[i % len(texts)]))
    return time.perf_counter() - start


def run_finditer(texts: list[str], n: int) -> float:
    pattern = re.compile(r"\w+")
    start = time.perf_counter()
    for i in range(n):
        for _ in pattern.finditer(texts[i % len(texts)]):
            pass
    return time.perf_counter() - start


def peak_memory(texts: list[str], n: int) -> int:
    tracemalloc.start()
    run_extract(texts, n)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = load_texts(args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()])
    run_extract(texts, len(texts))  # warm caches (compiled patterns, fx tables)
    best = min(run_extract(texts, args.docs) for _ in range(args.repeat))
    base = min(run_finditer(texts, args.docs) for _ in range(args.repeat))
    size = sum(len(t) for t in texts) / len(texts)
    print(
        f"machine: {platform.processor() or platform.machine()}, Python "
        f"{platform.python_version()}, one process"
    )
    print(f"documents: {args.docs} of ~{size:.0f} characters ({len(texts)} distinct)")
    print(
        f"rule-based extract: {args.docs / best:,.0f} docs/s ({best / args.docs * 1e3:.2f} ms/doc)"
    )
    print(f"re.finditer(r'\\w+') pass: {args.docs / base:,.0f} docs/s")
    print(f"cost relative to one finditer pass: {best / base:,.1f}x")
    small, large = peak_memory(texts, 200), peak_memory(texts, 800)
    print(
        f"peak traced memory: {small / 1e6:.1f} MB after 200 docs, {large / 1e6:.1f} MB after 800"
    )


if __name__ == "__main__":
    main()
