"""Dump everything the Chinese extractor outputs, to prove a speed-up changes no byte of it.

Usage: python benchmarks/check_identical_zh.py [--out FILE] [--compare FILE] [--generated DIR]

Runs `dealradar.extract.extract(text, language="zh")` over every Chinese text of the dev corpus
(../shared/corpus/dev-zh), the test articles (tests/data/articles/zh) and the held-out sets
(tests/data/heldout/zh*), and over variants that reach code paths the whole texts do not:

- each text cut at several points (a lead without its body, a sentence cut mid-figure);
- texts concatenated pairwise (roundups: several deals, companies of one text in another);
- each text with a publication date (relative dates and currency conversion resolve);
- each text padded and cut as the throughput benchmark feeds it;
- the Chinese texts of a generated corpus (benchmarks/out/corpus-*), when one is there.

Each deal is written in its lossless record form (`deal_to_record`, evidence spans included),
one JSON line per input, keys sorted. `--out` saves the dump (the baseline, before a change);
`--compare` diffs a fresh dump against a saved one and exits 1 on the first differences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from dealradar.extract import extract
from dealradar.model.record import deal_to_record

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "dev-zh": [ROOT / ".." / "shared" / "corpus" / "dev-zh"],
    "articles-zh": [ROOT / "tests" / "data" / "articles" / "zh"],
    "heldout-zh": sorted((ROOT / "tests" / "data" / "heldout").glob("zh*")),
}
#: Where each text is cut, as fractions of its length.
CUTS = (0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9)
PUBLISHED = date(2025, 6, 15)


def _is_chinese(text: str) -> bool:
    han = sum(1 for ch in text[:400] if "\u4e00" <= ch <= "\u9fff")
    return han >= 20


def load(generated: list[Path]) -> dict[str, list[tuple[str, str]]]:
    """The named texts of each set, in a fixed order."""
    sets: dict[str, list[tuple[str, str]]] = {}
    for name, dirs in SETS.items():
        sets[name] = [
            (f"{d.name}/{p.name}", p.read_text(encoding="utf-8"))
            for d in dirs
            for p in sorted(d.glob("*.txt"))
        ]
    for g in generated:
        texts = [
            (str(p.relative_to(g)), p.read_text(encoding="utf-8")) for p in sorted(g.rglob("*.txt"))
        ]
        sets[f"generated:{g.name}"] = [(n, t) for n, t in texts if _is_chinese(t)]
    return sets


def _as_benchmarked(text: str) -> str:
    """The text as `bench_extract.load_texts` feeds it: repeated to 1,800 chars, cut at 2,200."""
    while len(text) < 1800:
        text += "\n\n" + text
    return text[:2200]


def cases(sets: dict[str, list[tuple[str, str]]]) -> Iterator[tuple[str, str, date | None]]:
    """(label, text, published) for every input the dump covers."""
    originals: list[tuple[str, str]] = []
    for set_name, texts in sets.items():
        for name, text in texts:
            label = f"{set_name}:{name}"
            yield label, text, None
            if set_name.startswith("generated:"):
                continue
            originals.append((label, text))
            yield f"{label}@published", text, PUBLISHED
            yield f"{label}@bench", _as_benchmarked(text), None
            for cut in CUTS:
                k = int(len(text) * cut)
                yield f"{label}[:{k}]", text[:k], None
                yield f"{label}[{k}:]", text[k:], None
    for i, (a_label, a) in enumerate(originals):
        for b_label, b in originals[i + 1 :]:
            yield f"{a_label}+{b_label}", a + "\n\n" + b, None
        # one glued without a paragraph break, to its neighbour only: sentences run together
        b_label, b = originals[(i + 1) % len(originals)]
        yield f"{a_label}++{b_label}", a + b, None


def dump_line(label: str, text: str, published: date | None) -> str:
    deals = extract(text, language="zh", published=published)
    records = [deal_to_record(d) for d in deals]
    return json.dumps(
        {"case": label, "deals": records}, ensure_ascii=False, sort_keys=True, default=str
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the dump here (the baseline)")
    parser.add_argument("--compare", type=Path, help="diff a fresh dump against this baseline")
    parser.add_argument(
        "--generated",
        type=Path,
        action="append",
        default=None,
        help="a generated corpus folder to include (default: benchmarks/out/corpus-1000 if any)",
    )
    args = parser.parse_args()
    generated = args.generated
    if generated is None:
        default = ROOT / "benchmarks" / "out" / "corpus-1000"
        generated = [default] if default.is_dir() else []
    sets = load(generated)
    lines = [dump_line(*case) for case in cases(sets)]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    deals = sum(line.count('"licensors"') for line in lines)
    sizes = ", ".join(f"{k}: {len(v)}" for k, v in sets.items())
    print(f"{len(lines)} inputs ({sizes}), {deals} deals, sha256 {digest[:16]}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    if args.compare:
        saved = args.compare.read_text(encoding="utf-8").splitlines()
        if saved == lines:
            print(f"IDENTICAL to {args.compare}")
            return
        print(f"DIFFERENT from {args.compare} ({len(saved)} lines saved, {len(lines)} now)")
        shown = 0
        for old, new in zip(saved, lines, strict=False):
            if old != new and shown < 5:
                print(f"- {old[:600]}\n+ {new[:600]}")
                shown += 1
        sys.exit(1)


if __name__ == "__main__":
    main()
