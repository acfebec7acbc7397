"""Build N realistic deal articles, with gold annotations, for scale and accuracy benchmarks.

Usage: python benchmarks/make_corpus.py N [--out DIR] [--seed 0] [--dev DIR ...]

Each document recombines the phrasing of one dev-corpus article (its sentences, datelines,
boilerplate and distractor figures) with new parties, assets and amounts: every mention of a
gold party, asset or deal amount is replaced, and the new gold (corpus/SCHEMA.md format) is
written beside the text as `NNN.json`. Amounts keep the article's own style ("US$1.093
billion", "1800万美元") and are parsed back from the rendered text, so the gold states what the
text says. Files are sharded 1,000 to a folder. Same seed, same corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from dealradar.extract.gazetteer import known_company_names
from dealradar.extract.zh.lexicon import CITY_PREFIXES

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PAYMENTS = ("upfront", "near_term", "milestones", "total", "equity")
UNITS = {
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "万": 10**4,
    "亿": 10**8,
    "": 1,
}
EN_MONEY = re.compile(
    r"(?P<pre>US\$|US \$|\$|USD ?|RMB ?|CNY ?|€|EUR ?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<sp> ?)(?P<unit>million|billion|bn|mn|m\b|B\b)?"
    r"(?P<post> (?:US dollars|dollars|yuan|USD|RMB|euros))?"
)
ZH_MONEY = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)(?P<sp>\s?)(?P<unit>亿|万)(?P<post>美元|元人民币|元|人民币|欧元)?"
)
EN_STEMS = (
    "Nor",
    "Vex",
    "Cal",
    "Aur",
    "Bri",
    "Zen",
    "Lum",
    "Tor",
    "Kyn",
    "Sol",
    "Ober",
    "Quin",
    "Mar",
    "Vel",
    "Pax",
    "Ori",
    "Hel",
    "Cor",
    "Sar",
    "Ily",
)
EN_TAILS = ("ex", "ara", "ion", "ova", "ix", "ent", "is", "yn", "eon", "ura", "alis", "ora")
EN_SUFFIX = ("Therapeutics", "Bio", "Pharma", "Biosciences", "Biologics", "Medicines")
ZH_CHARS = "恒瑞信达君实百济康方科伦石药复宏翰森先声豪森诺诚健华和黄海正华东齐鲁"
ZH_SUFFIX = ("医药", "生物", "制药", "生物科技", "药业")
DRUG_TAILS = ("mab", "tinib", "tamab", "ciclib", "rafenib", "tide", "tecan", "lisib")


@dataclass
class Amount:
    start: int
    end: int
    match: re.Match[str]
    value: Decimal
    zh: bool


def parse_amount(m: re.Match[str], zh: bool) -> Decimal:
    num = Decimal(m.group("num").replace(",", ""))
    unit = (m.group("unit") or "").lower() if not zh else m.group("unit")
    return num * UNITS.get(unit, 1)


def find_amounts(text: str, zh: bool) -> list[Amount]:
    out: list[Amount] = []
    for m in (ZH_MONEY if zh else EN_MONEY).finditer(text):
        has_currency = zh or m.group("pre") or m.group("post") or m.group("unit")
        if has_currency:
            out.append(Amount(m.start(), m.end(), m, parse_amount(m, zh), zh))
    if zh:  # Chinese articles also write "$18 million" for foreign partners
        out += [
            a
            for a in find_amounts(text, False)
            if not any(a.start < b.end and b.start < a.end for b in out)
        ]
    return out


def render_amount(a: Amount, value: Decimal) -> str:
    m = a.match
    unit = m.group("unit") or ""
    mult = Decimal(UNITS.get(unit if a.zh else unit.lower(), 1))
    raw = m.group("num")
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    scaled = value / mult
    if "," in raw:
        num = f"{int(scaled):,}"
    else:
        num = f"{scaled:.{max(decimals, 0 if scaled >= 10 else 1)}f}"
    pre = "" if a.zh else m.group("pre") or ""
    return f"{pre}{num}{m.group('sp')}{unit}{m.group('post') or ''}"


def company_name(rng: random.Random, zh: bool, used: set[str]) -> tuple[str, str]:
    while True:
        if zh:
            core = "".join(rng.sample(ZH_CHARS, 2))
            full, short = core + rng.choice(ZH_SUFFIX), core
        else:
            core = rng.choice(EN_STEMS) + rng.choice(EN_TAILS)
            full, short = f"{core} {rng.choice(EN_SUFFIX)}", core
        if short not in used:
            used.add(short)
            return full, short


def asset_name(rng: random.Random, original: str, serial: int) -> str:
    if re.search(r"\d", original):  # a code: keep its shape, letters-digits
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVXYZ") for _ in range(rng.randint(2, 4)))
        return f"{letters}-{serial % 9000 + 1000}"
    return rng.choice(EN_STEMS).lower().capitalize() + rng.choice(DRUG_TAILS)


class Template:
    """One dev article with its gold, ready to be re-rendered with new entities and amounts."""

    def __init__(self, text: str, gold: dict[str, Any], name: str) -> None:
        self.text, self.gold, self.name = text, gold, name
        self.zh = gold.get("language") == "zh"
        # Curated companies the text names besides its parties ("its subsidiary Fortvita"):
        # replaced too, or every rendering would tie its parties to that one real company
        # (and the store would pile thousands of deals onto it, as no real corpus does).
        self.bystanders = sorted(
            n
            for n in known_company_names()
            if re.search(rf"(?<![A-Za-z0-9]){re.escape(n)}(?![A-Za-z0-9])", text)
        )
        amounts = {
            Decimal(str(d[k]["amount"])) for d in gold["deals"] for k in PAYMENTS if d.get(k)
        }
        self.amounts = [
            a
            for a in find_amounts(text, self.zh)
            if any(abs(a.value - g) <= g * Decimal("0.005") for g in amounts)
        ]

    def render(self, rng: random.Random, serial: int) -> tuple[str, dict[str, Any]]:
        used: set[str] = set()
        names: dict[str, str] = {}
        new_deals: list[dict[str, Any]] = []
        for deal in self.gold["deals"]:
            nd = dict(deal)
            for role in ("licensor", "licensee"):
                main = deal.get(role)
                if not main:
                    continue
                if main not in names:
                    full, short = company_name(rng, self.zh, used)
                    names[main] = full
                    for alias in deal.get(f"{role}_aliases") or []:
                        names.setdefault(alias, short if len(alias) < len(main) else full)
                nd[role] = names[main]
                aliases = {names.get(a, names[main]) for a in deal.get(f"{role}_aliases") or []}
                nd[f"{role}_aliases"] = sorted(aliases - {names[main]})
            for asset in deal.get("assets") or []:
                names.setdefault(asset, asset_name(rng, asset, serial * 7 + len(names)))
            nd["assets"] = [names[a] for a in deal.get("assets") or []]
            new_deals.append(nd)
        for bystander in self.bystanders:
            if bystander in names:
                continue
            # another name of a party ("Fortvita" beside the gold's "Fortvita Biologics
            # (Singapore)") takes that party's new name; any other company a new one
            party = next((n for n in names if _related(bystander, n)), None)
            names[bystander] = names[party] if party else company_name(rng, self.zh, used)[0]
        if self.zh:
            _add_short_forms(names)
        factor = Decimal(str(round(rng.uniform(0.3, 3.0), 2)))
        pieces: list[tuple[int, int, str]] = []
        rendered: dict[Decimal, Decimal] = {}
        for a in self.amounts:
            text = render_amount(a, a.value * factor)
            m = (ZH_MONEY if a.zh else EN_MONEY).fullmatch(text)
            new_value = parse_amount(m, a.zh) if m else a.value * factor
            rendered.setdefault(a.value, new_value)
            pieces.append((a.start, a.end, text))
        text = _replace_spans(self.text, pieces)
        text = _replace_names(text, names, self.zh) + self._byline(rng)
        for nd in new_deals:
            for k in PAYMENTS:
                if not nd.get(k):
                    continue
                old = Decimal(str(nd[k]["amount"]))
                new = next(
                    (v for o, v in rendered.items() if abs(o - old) <= old * Decimal("0.005")), None
                )
                nd[k] = {**nd[k], "amount": _number(new if new is not None else old * factor)}
            total = nd.get("total")
            if total and total.get("stated") is False:
                parts = [
                    Decimal(str(nd[k]["amount"]))
                    for k in ("upfront", "near_term", "milestones")
                    if nd.get(k)
                ]
                nd["total"] = {**total, "amount": _number(sum(parts, Decimal(0)))}
        gold = {
            "id": f"syn-{serial:06d}",
            "language": self.gold.get("language"),
            "source_url": f"synthetic:{self.name}",
            "published": self.gold.get("published"),
            "deals": new_deals,
            "distractors": self.gold.get("distractors", []),
            "notes": f"generated from {self.name} (make_corpus.py)",
        }
        return text, gold

    def _byline(self, rng: random.Random) -> str:
        """A closing credit line, so two renderings of a template never share a content hash."""
        if self.zh:
            return f"\n\n（记者 {''.join(rng.sample(ZH_CHARS, 3))}）\n"
        first = rng.choice(EN_STEMS) + rng.choice(EN_TAILS)
        last = rng.choice(EN_STEMS) + rng.choice(EN_TAILS)
        return f"\n\nReporting by {first} {last}; editing by {rng.choice(EN_STEMS)}a {last[0]}.\n"


def _related(a: str, b: str) -> bool:
    """Whether two names may be one company's ("Glenmark" and "Glenmark Specialty S.A.")."""
    return a in b or b in a or a.split()[0] == b.split()[0]


def _add_short_forms(names: dict[str, str]) -> None:
    """Map the two-character short form of each Chinese company name ("先声" for "先声药业")
    too: articles use it without the gold listing it, and a short form left unreplaced would
    tie every rendering of a template to one real company, which no real corpus does."""
    for old, new in list(names.items()):
        if old.startswith(CITY_PREFIXES):  # "苏州…": the short form would be the city
            continue
        if len(old) >= 4 and _HAN.fullmatch(old) and _HAN.fullmatch(new[:2]):
            names.setdefault(old[:2], new[:2])


_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _replace_spans(text: str, pieces: list[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for start, end, new in sorted(pieces):
        if start < pos:
            continue
        out += [text[pos:start], new]
        pos = end
    return "".join([*out, text[pos:]])


def _replace_names(text: str, names: dict[str, str], zh: bool) -> str:
    if not names:
        return text
    keys = sorted(names, key=len, reverse=True)
    alts = "|".join(
        re.escape(k)
        if re.search(r"[\u4e00-\u9fff]", k) or (zh and not k.isascii())
        else rf"(?<![A-Za-z0-9]){re.escape(k)}(?![A-Za-z0-9])"
        for k in keys
    )
    return re.sub(alts, lambda m: names[m.group(0)], text)


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def load_templates(dirs: list[Path]) -> list[Template]:
    out = []
    for d in dirs:
        for txt in sorted(d.glob("*.txt")):
            gold_path = txt.with_suffix(".json")
            if gold_path.exists():
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                out.append(Template(txt.read_text(encoding="utf-8"), gold, txt.stem))
    if not out:
        raise SystemExit(f"no dev documents with gold found in {', '.join(map(str, dirs))}")
    return out


def make_corpus(n: int, out: Path, *, seed: int = 0, dev: list[Path] | None = None) -> Path:
    """Write `n` documents (and gold) under `out`; returns `out`."""
    templates = load_templates(dev or [SHARED / "dev", SHARED / "dev-zh"])
    rng = random.Random(seed)
    for i in range(n):
        template = templates[rng.randrange(len(templates))]
        text, gold = template.render(rng, i)
        shard = out / f"{i // 1000:04d}"
        shard.mkdir(parents=True, exist_ok=True)
        (shard / f"syn-{i:06d}.txt").write_text(text, encoding="utf-8")
        (shard / f"syn-{i:06d}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/corpus"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dev", type=Path, action="append", help="dev corpus folder(s)")
    args = parser.parse_args()
    make_corpus(args.n, args.out, seed=args.seed, dev=args.dev)
    print(f"wrote {args.n} documents and their gold to {args.out}")


if __name__ == "__main__":
    main()
