"""Gold-file comparison for the Chinese extraction tests (the SCHEMA.md format).

A predicted deal matches a gold deal when its licensor and licensee equal the gold names or
aliases after normalisation; amounts agree within 0.5 %. Used by the article and corpus tests
so that they score exactly as `dealradar eval` is specified to.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dealradar.extract.zh import extract_zh
from dealradar.model import Document

AMOUNT_FIELDS = ("upfront", "near_term", "milestones", "total", "equity")
SCORED_FIELDS = (
    "licensor",
    "licensee",
    *AMOUNT_FIELDS,
    "deal_type",
    "territory_class",
    "announced",
)


def norm(name: str | None) -> str:
    return re.sub(r"[\s.,()（）\-]", "", name or "").lower()


def same_party(pred: str | None, gold: str | None, aliases: list[str]) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    return norm(pred) in {norm(gold), *map(norm, aliases)}


def same_amount(pred: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    if pred["currency"] != gold["currency"]:
        return False
    return abs(pred["amount"] - gold["amount"]) <= 0.005 * gold["amount"]


def _present(name: str, deal: dict[str, Any]) -> bool:
    return deal.get(name) not in (None, "unspecified")


def _equal(name: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if name in ("licensor", "licensee"):
        return same_party(pred[name], gold[name], gold[f"{name}_aliases"])
    if name in AMOUNT_FIELDS:
        return same_amount(pred[name], gold[name])
    return bool(pred[name] == gold[name])


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, list[int]] = field(
        default_factory=lambda: {f: [0, 0, 0] for f in SCORED_FIELDS}
    )
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    def deal_f1(self) -> float:
        return self.f1(self.tp, self.fp, self.fn)

    def field_f1(self, name: str) -> float:
        return self.f1(*self.fields[name])


def score_file(txt: Path, score: Score) -> None:
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    doc = Document(txt.read_text(encoding="utf-8"), published=published, language="zh")
    preds = [d.to_json() for d in extract_zh(doc)]
    golds = gold["deals"]
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    unmatched: list[dict[str, Any]] = []
    for pred in preds:
        for i, g in enumerate(golds):
            if i in used:
                continue
            if same_party(pred["licensor"], g["licensor"], g["licensor_aliases"]) and same_party(
                pred["licensee"], g["licensee"], g["licensee_aliases"]
            ):
                used.add(i)
                pairs.append((pred, g))
                break
        else:
            unmatched.append(pred)
            score.misses.append(f"{txt.name}: extra deal {pred['licensor']} → {pred['licensee']}")
    score.tp += len(pairs)
    score.fp += len(unmatched)
    score.fn += len(golds) - len(used)
    missing = [g for i, g in enumerate(golds) if i not in used]
    for g in missing:
        score.misses.append(f"{txt.name}: missed deal {g['licensor']} → {g['licensee']}")
    for name in SCORED_FIELDS:
        counts = score.fields[name]
        for pred, g in pairs:
            if _present(name, pred) and _present(name, g) and _equal(name, pred, g):
                counts[0] += 1
                continue
            counts[1] += _present(name, pred)
            counts[2] += _present(name, g)
            if _present(name, pred) or _present(name, g):
                score.misses.append(f"{txt.name}: {name} {pred[name]!r} ≠ gold {g[name]!r}")
        counts[1] += sum(_present(name, p) for p in unmatched)
        counts[2] += sum(_present(name, g) for g in missing)


def score_dir(directory: Path) -> Score:
    score = Score()
    for txt in sorted(directory.glob("*.txt")):
        score_file(txt, score)
    return score
