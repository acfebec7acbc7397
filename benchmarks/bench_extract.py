"""Throughput of the rule-based extractors on ~2 KB articles, against one `re.finditer` pass.

Usage: python benchmarks/bench_extract.py [--lang en|zh|both] [--docs N] [--repeat R]
                                          [--en-dir DIR ...] [--zh-dir DIR ...]

For each language, reads the articles of its directories (English: ../shared/corpus/dev and
tests/data/articles/en; Chinese: ../shared/corpus/dev-zh and tests/data/articles/zh), pads each
with the articles after it or cuts it to about 2 KB (no text repeats itself), and reports on
one core:

- documents per second and milliseconds per document, by wall clock and by CPU time
  (`time.process_time`; the better guide on a shared machine), best of R runs;
- the cost relative to a single `re.finditer(r"\\w+", text)` pass over the same texts;
- traced memory after N/10 and 4 * N/10 documents: what is retained after a full collection
  (flat means no growth per document) and the peak (which also holds garbage not yet
  collected).

The requirement is at least 500 documents per second per language.
"""

from __future__ import annotations

import argparse
import gc
import platform
import re
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dealradar.extract.en import extract_en
from dealradar.extract.zh import extract_zh
from dealradar.model import Deal, Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = {
    "en": [ROOT / ".." / "shared" / "corpus" / "dev", ROOT / "tests" / "data" / "articles" / "en"],
    "zh": [
        ROOT / ".." / "shared" / "corpus" / "dev-zh",
        ROOT / "tests" / "data" / "articles" / "zh",
    ],
}
EXTRACTORS: dict[str, Callable[[Document], list[Deal]]] = {"en": extract_en, "zh": extract_zh}
TARGET_DOCS_PER_SECOND = 500


def load_texts(dirs: list[Path]) -> list[str]:
    """The articles of `dirs`, each followed by the next ones (in turn) up to 1,800 characters
    and cut at 2,200.

    Why the next articles, not the article again: a text that repeats itself lets any cache
    keyed by a sentence's text answer half of it for free, which real news does not; a
    digest of several articles is a kind of text the extractor meets anyway.
    """
    articles = [p.read_text(encoding="utf-8") for d in dirs for p in sorted(d.glob("*.txt"))]
    if not articles:
        raise SystemExit(f"no .txt articles found in {', '.join(map(str, dirs))}")
    texts = []
    for i, text in enumerate(articles):
        k = i
        while len(text) < 1800 and k + 1 < i + len(articles):
            k += 1
            text += "\n\n" + articles[k % len(articles)]
        texts.append(text[:2200])
    return texts


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def _timed(run: Callable[[], None]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def run_extract(extract: Callable[[Document], list[Deal]], texts: list[str], n: int) -> Timing:
    def run() -> None:
        for i in range(n):
            extract(Document(text=texts[i % len(texts)]))

    return _timed(run)


def run_finditer(texts: list[str], n: int) -> Timing:
    pattern = re.compile(r"\w+")

    def run() -> None:
        for i in range(n):
            for _ in pattern.finditer(texts[i % len(texts)]):
                pass

    return _timed(run)


def best(timings: list[Timing]) -> Timing:
    return Timing(min(t.wall for t in timings), min(t.cpu for t in timings))


def traced_memory(
    extract: Callable[[Document], list[Deal]], texts: list[str], n: int
) -> tuple[int, int]:
    """(peak, retained) bytes over `n` documents. The peak includes garbage the collector has
    not reached yet, which grows until a full collection; what stays after one is the test of
    memory that grows with the number of documents."""
    gc.collect()
    tracemalloc.start()
    run_extract(extract, texts, n)
    _, peak = tracemalloc.get_traced_memory()
    gc.collect()
    retained, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, retained


def report(lang: str, texts: list[str], docs: int, repeat: int) -> None:
    extract = EXTRACTORS[lang]
    run_extract(extract, texts, len(texts))  # warm caches (compiled patterns, fx tables)
    ours = best([run_extract(extract, texts, docs) for _ in range(repeat)])
    base = best([run_finditer(texts, docs) for _ in range(repeat)])
    size = sum(len(t) for t in texts) / len(texts)
    print(f"[{lang}] documents: {docs} of ~{size:.0f} characters ({len(texts)} distinct)")
    for clock in ("wall", "cpu"):
        spent, plain = getattr(ours, clock), getattr(base, clock)
        rate = docs / spent
        verdict = "meets" if rate >= TARGET_DOCS_PER_SECOND else "BELOW"
        print(
            f"[{lang}] {clock:>4}: {rate:,.0f} docs/s ({spent / docs * 1e3:.2f} ms/doc), "
            f"{spent / plain:,.1f}x one re.finditer(r'\\w+') pass ({docs / plain:,.0f} docs/s); "
            f"{verdict} the {TARGET_DOCS_PER_SECOND} docs/s target"
        )
    small_n = max(1, docs // 10)
    (small, kept_small), (large, kept_large) = (
        traced_memory(extract, texts, small_n),
        traced_memory(extract, texts, 4 * small_n),
    )
    print(
        f"[{lang}] traced memory after {small_n} → {4 * small_n} docs: retained "
        f"{kept_small / 1e6:.3f} → {kept_large / 1e6:.3f} MB, peak {small / 1e6:.2f} → "
        f"{large / 1e6:.2f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lang", choices=("en", "zh", "both"), default="both")
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--en-dir", type=Path, action="append", dest="en_dirs")
    parser.add_argument("--zh-dir", type=Path, action="append", dest="zh_dirs")
    args = parser.parse_args()
    print(
        f"machine: {platform.processor() or platform.machine()}, Python "
        f"{platform.python_version()}, one process; best of {args.repeat} runs"
    )
    for lang in ("en", "zh") if args.lang == "both" else (args.lang,):
        given = args.en_dirs if lang == "en" else args.zh_dirs
        dirs = given or [d for d in DEFAULT_DIRS[lang] if d.is_dir()]
        report(lang, load_texts(dirs), args.docs, args.repeat)


if __name__ == "__main__":
    main()
