"""Extract a fixed set of 200 English documents, for counting instructions under callgrind.

Usage: PYTHONHASHSEED=0 valgrind --tool=callgrind python benchmarks/callgrind_en.py [--warm-only]

Why: timings on a shared 2-core machine move by ±10 % from run to run; callgrind's instruction
count does not. The set: the first 40 bench cuts (`bench_extract.load_texts`), the first 100
documents of `benchmarks/out/corpus-2000` (`make_corpus.py 2000`), and the first 60 held-out
English articles of the sets en…en30 (later sets would change the set). Five cuts are extracted
first, so that lexicons and patterns are loaded; run once more with `--warm-only` and subtract
to get the instructions of the 200 extractions alone, then divide by 200.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import load_texts

from dealradar.extract import extract

ROOT = Path(__file__).resolve().parents[1]


def documents() -> list[str]:
    bench = load_texts([ROOT.parent / "shared" / "corpus" / "dev", ROOT / "tests/data/articles/en"])
    corpus = sorted((ROOT / "benchmarks/out/corpus-2000").rglob("*.txt"))
    early = {"en", *(f"en{i}" for i in range(2, 31))}
    held = [
        p
        for d in sorted((ROOT / "tests/data/heldout").glob("en*"))
        if d.name in early
        for p in sorted(d.glob("*.txt"))
    ]
    return bench[:40] + [p.read_text() for p in corpus[:100]] + [p.read_text() for p in held[:60]]


def main() -> None:
    docs = documents()
    for text in docs[:5]:
        extract(text, language="en")
    if "--warm-only" not in sys.argv:
        for text in docs:
            extract(text, language="en")
    print(len(docs))


if __name__ == "__main__":
    main()
