"""Score extraction against gold annotations (`NNN.txt` + `NNN.json`, corpus/SCHEMA.md).

A predicted deal matches a gold deal when its two parties match the gold parties, in either
order, after normalising names (case, punctuation, legal forms such as Inc., Co., Ltd.) and
accepting any alias on either side; each gold deal matches at most one prediction. Deal
detection is scored by precision, recall and F1; fields are scored over matched deals as the
share that agree (a licensor/licensee swapped between the roles counts against those two
fields). Amounts agree within 0.5 % and in the same currency; assets agree when at least half
of the predicted names and half of the gold names find a counterpart. Works for any language.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from dealradar.errors import ParseError
from dealradar.extract.inputs import to_document
from dealradar.extract.lexicon import LEGAL_FORMS
from dealradar.model import Deal

FIELDS = (
    "licensor",
    "licensee",
    "assets",
    "deal_type",
    "territory_class",
    "upfront",
    "near_term",
    "milestones",
    "total",
    "equity",
    "announced",
)
MONEY_FIELDS = ("upfront", "near_term", "milestones", "total", "equity")
_ZH_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|公司)$")
_INDUSTRY = frozenset(
    [
        "pharma",
        "pharmaceutical",
        "pharmaceuticals",
        "medicine",
        "therapeutics",
        "bio",
        "biotech",
        "biopharma",
        "biosciences",
        "biologics",
        "group",
        "holdings",
    ]
)


def normalise_name(name: str) -> str:
    """Lower-case, no punctuation, no legal form: `Merck & Co., Inc.` → `merck`."""
    text = unicodedata.normalize("NFKC", name).lower().replace("&", " and ").replace(".", "")
    text = _ZH_LEGAL.sub("", text.strip())
    words = [w for w in re.split(r"[\s\W_]+", text) if w]
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] == "and"):
        words.pop()
    return " ".join(words)


def _core(name: str) -> str:
    words = normalise_name(name).split()
    kept = [w for w in words if w not in _INDUSTRY]
    return " ".join(kept or words)


def names_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """True when any predicted name equals any gold name after normalising; names that
    differ only by an industry word (`Hengrui Medicine` / `Hengrui Pharma`) also match."""
    p = {normalise_name(n) for n in predicted if n}
    g = {normalise_name(n) for n in gold if n}
    if p & g:
        return True
    return bool({_core(n) for n in p} & {_core(n) for n in g})


def side_matches(predicted: list[str], gold: list[str]) -> bool:
    """One side of a deal matches: same company, or unnamed in both (an undisclosed partner)."""
    if not any(predicted) and not any(gold):
        return True
    return names_match(predicted, gold)


@dataclass
class Miss:
    document: str
    field: str
    expected: Any
    found: Any

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "field": self.field,
            "expected": self.expected,
            "found": self.found,
        }


@dataclass
class Report:
    """Deal detection counts, per-field agreement and every miss."""

    documents: int = 0
    gold_deals: int = 0
    predicted_deals: int = 0
    matched: int = 0
    field_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[Miss] = field(default_factory=list)
    errors: list[Miss] = field(default_factory=list)
    invented_in_empty: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted_deals if self.predicted_deals else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_deals if self.gold_deals else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_score(self, name: str) -> float:
        return self.field_correct[name] / self.matched if self.matched else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "deals": {
                "gold": self.gold_deals,
                "predicted": self.predicted_deals,
                "matched": self.matched,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
                "invented_in_documents_without_deals": self.invented_in_empty,
            },
            "fields": {f: round(self.field_score(f), 4) for f in FIELDS},
            "misses": [m.to_json() for m in self.misses],
            "errors": [m.to_json() for m in self.errors],
        }


@dataclass
class GoldDocument:
    id: str
    path: Path
    text: str
    language: str | None
    published: date | None
    deals: list[dict[str, Any]]


def load_gold(directory: Path) -> list[GoldDocument]:
    """Every `NNN.txt` with a `NNN.json` beside it, sorted by name.

    Raises:
        ParseError: a gold file is not valid JSON or lacks the `deals` list.
    """
    out: list[GoldDocument] = []
    for txt in sorted(directory.glob("*.txt")):
        gold_path = txt.with_suffix(".json")
        if not gold_path.exists():
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            deals = list(gold["deals"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ParseError(f"{gold_path}: not a gold file ({exc}); see corpus/SCHEMA.md") from exc
        published = gold.get("published")
        out.append(
            GoldDocument(
                id=str(gold.get("id", txt.stem)),
                path=txt,
                # read as `dealradar extract` reads it: a page saved as .txt is still HTML
                text=to_document(txt.read_bytes(), str(txt)).text,
                language=gold.get("language"),
                published=date.fromisoformat(published) if published else None,
                deals=deals,
            )
        )
    return out


def _amount_ok(pred: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    if pred.get("currency") != gold.get("currency", "USD"):
        return False
    g, p = Decimal(str(gold["amount"])), Decimal(str(pred["amount"]))
    return abs(p - g) <= abs(g) * Decimal("0.005")


def _assets_ok(pred: list[str], gold: list[str]) -> bool:
    if not pred or not gold:
        return not pred and not gold

    def same(a: str, b: str) -> bool:
        x, y = normalise_name(a), normalise_name(b)
        return x == y or (
            len(x) > 3 and len(y) > 3 and (x in y.split() or y in x.split() or x in y or y in x)
        )

    precision = sum(any(same(p, g) for g in gold) for p in pred) / len(pred)
    recall = sum(any(same(g, p) for p in pred) for g in gold) / len(gold)
    return precision >= 0.5 and recall >= 0.5


def _names(deal: dict[str, Any], role: str) -> list[str]:
    return [deal.get(role) or "", *(deal.get(f"{role}_aliases") or [])]


def _field_ok(name: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if name in ("licensor", "licensee"):
        return side_matches(_names(pred, name), _names(gold, name))
    if name in MONEY_FIELDS:
        return _amount_ok(pred.get(name), gold.get(name))
    if name == "assets":
        return _assets_ok(list(pred.get("assets") or []), list(gold.get("assets") or []))
    return pred.get(name) == gold.get(name)


def _parties_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    pl, pe = _names(pred, "licensor"), _names(pred, "licensee")
    gl, ge = _names(gold, "licensor"), _names(gold, "licensee")
    return (side_matches(pl, gl) and side_matches(pe, ge)) or (
        side_matches(pl, ge) and side_matches(pe, gl)
    )


def _summary(value: Any) -> Any:
    if isinstance(value, dict) and "amount" in value:
        return f"{value['amount']} {value.get('currency', '')}".strip()
    return value


def score_document(
    report: Report, doc_id: str, predicted: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> None:
    """Add one document's predictions (SCHEMA-shaped dicts) to `report`."""
    report.documents += 1
    report.gold_deals += len(gold)
    report.predicted_deals += len(predicted)
    if not gold and predicted:
        report.invented_in_empty += len(predicted)
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if _parties_match(p, g):
                agree = sum(_field_ok(f, p, g) for f in FIELDS)
                candidates.append((-agree, j, i))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, j, i in sorted(candidates):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        report.matched += 1
        for f in FIELDS:
            if _field_ok(f, predicted[i], gold[j]):
                report.field_correct[f] += 1
            else:
                report.misses.append(
                    Miss(doc_id, f, _summary(gold[j].get(f)), _summary(predicted[i].get(f)))
                )
    for j, g in enumerate(gold):
        if j not in used_g:
            report.misses.append(
                Miss(doc_id, "deal", f"{g.get('licensor')} → {g.get('licensee')}", None)
            )
    for i, p in enumerate(predicted):
        if i not in used_p:
            report.misses.append(
                Miss(doc_id, "deal", None, f"{p.get('licensor')} → {p.get('licensee')}")
            )


Extractor = Callable[[GoldDocument], list[Deal]]


def evaluate(
    directories: Iterable[Path],
    extractor: Extractor,
    *,
    keep: dict[str, list[dict[str, Any]]] | None = None,
) -> Report:
    """Run `extractor` over every gold document and score it; one failing document is
    recorded as an error (all its gold deals missed) and the rest is still scored."""
    report = Report()
    for directory in directories:
        for doc in load_gold(directory):
            try:
                deals = [d.to_json() for d in extractor(doc)]
            except Exception as exc:
                report.errors.append(Miss(doc.id, "error", None, f"{type(exc).__name__}: {exc}"))
                deals = []
            if keep is not None:
                keep[doc.id] = deals
            score_document(report, doc.id, deals, doc.deals)
    return report
