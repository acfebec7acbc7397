"""Dump the English extractor's output over every English text at hand, or diff it against a dump.

Usage: python benchmarks/check_identical.py --out FILE [--corpus DIR ...]
       python benchmarks/check_identical.py --compare FILE [--corpus DIR ...]

A speed change must not change a single byte of output. This runs `extract(text,
language="en")` over the dev corpus, the English test and held-out articles, the ~2 KB
cuts that bench_extract.py times, and any generated corpus given with --corpus (see
make_corpus.py), and writes one JSON line per
document: every deal's `deal_to_record` (evidence spans included) and its `repr` (every field,
notes too). With --compare, it reports each document whose line differs from the saved dump
and exits non-zero if any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from bench_extract import load_texts

from dealradar.extract import extract
from dealradar.model.record import deal_to_record

ROOT = Path(__file__).resolve().parents[1]
TEXT_DIRS = [
    ROOT / ".." / "shared" / "corpus" / "dev",
    ROOT / "tests" / "data" / "articles" / "en",
    *sorted((ROOT / "tests" / "data" / "heldout").glob("en*")),
]


def _published(txt: Path) -> date | None:
    """The article's date from its gold file, when one is beside it."""
    gold = txt.with_suffix(".json")
    if not gold.is_file():
        return None
    value = json.loads(gold.read_text(encoding="utf-8")).get("published")
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def cases(corpora: list[Path]) -> list[tuple[str, str, date | None]]:
    """(name, text, published) for every English text; dated texts are also run undated."""
    out: list[tuple[str, str, date | None]] = []
    dirs = [d for d in TEXT_DIRS if d.is_dir()]
    for d in [*dirs, *corpora]:
        for p in sorted(d.rglob("*.txt")):
            text = p.read_text(encoding="utf-8")
            name = str(p.resolve())
            out.append((name, text, None))
            published = _published(p)
            if published is not None:
                out.append((f"{name}@{published}", text, published))
    for i, text in enumerate(load_texts(dirs[:2])):
        out.append((f"bench-cut-{i}", text, None))
    return out


def dump(name: str, text: str, published: date | None) -> str:
    deals = extract(text, language="en", published=published)
    return json.dumps(
        {
            "doc": name,
            "deals": [deal_to_record(d) for d in deals],
            "repr": [repr(d) for d in deals],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    args = parser.parse_args()
    if (args.out is None) == (args.compare is None):
        parser.error("give exactly one of --out and --compare")
    lines = [dump(*case) for case in cases(args.corpus)]
    if args.out is not None:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} documents to {args.out}")
        return
    saved = args.compare.read_text(encoding="utf-8").splitlines()
    if len(saved) != len(lines):
        print(f"document count differs: {len(saved)} saved, {len(lines)} now")
        sys.exit(1)
    differ = [json.loads(new)["doc"] for old, new in zip(saved, lines, strict=True) if old != new]
    for doc in differ:
        print(f"DIFFERS: {doc}")
    print(f"{len(lines) - len(differ)} of {len(lines)} documents identical")
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
