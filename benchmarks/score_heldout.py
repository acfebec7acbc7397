"""Score the extractor on every held-out set (and any other gold folders) at once, one line per
set, and compare two such runs: the check a rule gets before it is kept.

Usage: python benchmarks/score_heldout.py OUT.json [--extra DIR ...]
       python benchmarks/score_heldout.py --compare BEFORE.json AFTER.json

Why: a rule written for one unseen set must not cost another set a field. Each run writes,
per set (tests/data/heldout/*, the shared dev corpora, and the --extra folders), the deal F1
and the share of matched deals each field agrees on, in `dealradar.extract.evaluate.FIELDS`
order, to OUT.json, and every miss to OUT.json.misses (one JSON object a line); --compare
prints the sets whose line changed. A set's first-contact score is `dealradar eval DIR` before
any rule is written for it (benchmarks/blind_prompt.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dealradar.extract import extract
from dealradar.extract.evaluate import FIELDS, GoldDocument, evaluate
from dealradar.model import Deal

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "heldout"
SHARED = ROOT.parent / "shared" / "corpus"


def _run(doc: GoldDocument) -> list[Deal]:
    return extract(doc.text, language=doc.language, published=doc.published)


def score(extra: list[Path]) -> tuple[dict[str, list[float]], list[dict[str, object]]]:
    sets = {p.name: p for p in sorted(HELDOUT.iterdir()) if p.is_dir()}
    for name in ("dev", "dev-zh"):
        if (SHARED / name).is_dir():
            sets[name] = SHARED / name
    sets.update({p.name: p for p in extra})
    lines: dict[str, list[float]] = {}
    misses: list[dict[str, object]] = []
    for name, folder in sets.items():
        report = evaluate([folder], _run)
        lines[name] = [round(report.f1, 3)] + [round(report.field_score(f), 3) for f in FIELDS]
        misses += [m.to_json() for m in report.misses]
    return lines, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--extra", nargs="*", type=Path, default=[])
    parser.add_argument("--compare", nargs=2, type=Path)
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(p.read_text()) for p in args.compare)
        for name in sorted(set(before) | set(after)):
            if before.get(name) != after.get(name):
                print(name, before.get(name), "->", after.get(name))
        return
    if args.out is None:
        parser.error("OUT.json is needed unless --compare is given")
    lines, misses = score(args.extra)
    args.out.write_text(json.dumps(lines, indent=0))
    Path(f"{args.out}.misses").write_text(
        "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses)
    )
    f1 = [v[0] for v in lines.values()]
    print(f"{len(lines)} sets, mean deal F1 {sum(f1) / len(f1):.4f}")


if __name__ == "__main__":
    main()
