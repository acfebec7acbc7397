"""Drug names: development codes, INNs, Chinese names, brands and machine translations.

One drug is reported as SHR-A1811, "trastuzumab rezetecan", 瑞康曲妥珠单抗 or the machine
translation "Ruikang trastuzumab". Codes meet under `code_key` (hyphens and spaces dropped:
SHR-A1811 = SHRA1811); Chinese names meet their English ones through a small table of Chinese
INN stems (曲妥珠单抗 = trastuzumab, 替尼 = -tinib) with pinyin for the rest (瑞康 = ruikang),
which is exactly how machine translation spells them. See docs/resolution.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from dealradar.resolve import normalise as n
from dealradar.resolve.registry import Registry

#: A development code: letters and digits, with or without a hyphen (SHR-A1811, HRS1893,
#: IBI363, 9MW3011, BNT327). At least two digits and one letter, so words and years are not.
CODE = re.compile(r"\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+){0,2}\b")
_CODE_WHOLE = re.compile(r"^(?=.*\d.*\d)(?=.*[A-Z])[A-Z0-9]{3,14}$")

#: Chinese INN stems and their English forms, longest first (general pharmacology, not corpus).
ZH_STEMS: tuple[tuple[str, str], ...] = (
    ("帕博利珠单抗", "pembrolizumab"), ("纳武利尤单抗", "nivolumab"),
    ("曲妥珠单抗", "trastuzumab"), ("帕妥珠单抗", "pertuzumab"), ("贝伐珠单抗", "bevacizumab"),
    ("利妥昔单抗", "rituximab"), ("阿达木单抗", "adalimumab"), ("英夫利西单抗", "infliximab"),
    ("托珠单抗", "tocilizumab"), ("乌司奴单抗", "ustekinumab"), ("地舒单抗", "denosumab"),
    ("戈利木单抗", "golimumab"), ("司美格鲁肽", "semaglutide"), ("替尔泊肽", "tirzepatide"),
    ("德曲妥珠单抗", "trastuzumab deruxtecan"), ("沙妥珠单抗", "sacituzumab"),
    ("单抗", "mab"), ("替尼", "tinib"), ("西普", "cept"), ("鲁肽", "glutide"),
    ("格列净", "gliflozin"), ("利塞", "lisib"), ("拉尼", "ranib"),
)  # fmt: skip
_ZH_NOISE = ("注射用", "注射液", "片", "胶囊", "口服溶液", "（", "）", "(", ")")
_EN_NOISE = frozenset(
    {"injection", "for", "tablets", "tablet", "capsules", "capsule", "iv", "sc", "oral",
     "benzenesulfonate", "hydrochloride", "mesylate", "maleate", "tosylate", "succinate"}
)  # fmt: skip
#: Words that make a reference-table asset cell descriptive rather than a drug name.
DESCRIPTIVE = frozenset(
    {"company", "biosimilar", "rights", "program", "programs", "platform", "programmes",
     "option", "targets", "target", "candidates", "candidate", "undisclosed", "technology",
     "commercialization", "vaccine", "therapy", "therapies", "antibodies", "discovery", "and",
     "up", "to", "incl", "preclinical", "royalties", "multiple", "second", "third", "next",
     "generation"}
)  # fmt: skip


def code_key(text: str) -> str | None:
    """ "SHR-A1811", "shr a1811" → "SHRA1811"; None when `text` is not a drug code."""
    flat = re.sub(r"[\s\-_]", "", text.upper())
    return flat if _CODE_WHOLE.match(flat) else None


def codes_in(text: str) -> list[str]:
    """Every drug code written in `text`, as written ("SHR-A1811 and HRS1893" → both)."""
    return [m.group(0) for m in CODE.finditer(text) if code_key(m.group(0))]


def zh_translated(name: str) -> str:
    """A Chinese drug name as machine translation renders it: INN stems in English, the
    rest in pinyin. "瑞康曲妥珠单抗" → "ruikangtrastuzumab"; "奥布替尼" → "aobutinib"."""
    text = name
    for noise in _ZH_NOISE:
        text = text.replace(noise, "")
    out: list[str] = []
    i = 0
    while i < len(text):
        for zh, en in ZH_STEMS:
            if text.startswith(zh, i):
                out.append(en)
                i += len(zh)
                break
        else:
            out.append(n.pinyin(text[i]))
            i += 1
    return n.squash("".join(out).casefold())


def drug_key(name: str) -> str:
    """The exact key of a drug name: its code key, else its `name_key`."""
    return code_key(name) or n.name_key(name)


def drug_keys(alias: str) -> dict[str, str]:
    """The keys a drug alias is indexed under, one per tier of `resolve_drug`."""
    keys = {"exact": drug_key(alias)}
    if code_key(alias):
        return keys
    words = [w for w in n.name_key(alias).split() if w not in _EN_NOISE]
    flat = "".join(words)
    if n.has_han(flat):
        flat = zh_translated(alias)
    keys["normal"] = flat
    if len(flat) >= 6:
        keys["fuzzy"] = flat
    return keys


def asset_names(cell: str) -> list[list[str]]:
    """Drugs named in a reference-table asset cell, each as its list of names.

    "SKB264 (sacituzumab tirumotecan, MK-2870)" → [["SKB264", "sacituzumab tirumotecan",
    "MK-2870"]]; "KaNDy (company);NT-814 (elinzanetant)" → [["NT-814", "elinzanetant"]].
    Descriptive entries ("seven preclinical ADCs") name no drug and are left out.
    """
    drugs: list[list[str]] = []
    for segment in cell.split(";"):
        segment = segment.split(" + ")[0].strip()
        main, _, paren = segment.partition("(")
        paren = paren.split(")")[0]
        parts = [main, *re.split(r"[,;]", paren)] if paren else [main]
        names: list[str] = []
        for part in parts:
            pieces = part.split("/")
            if not all(code_key(x) or len(x.split()) == 1 for x in pieces):
                pieces = [part]
            for piece in pieces:
                piece = " ".join(piece.split()).strip(" )")
                if _names_a_drug(piece):
                    names.append(piece)
        if names and "(company)" not in segment:
            drugs.append(names)
    return drugs


def _names_a_drug(text: str) -> bool:
    if not text or code_key(text):
        return bool(text)
    words = text.casefold().split()
    return len(words) <= 2 and not any(w in DESCRIPTIVE for w in words)


@dataclass(frozen=True, slots=True)
class DrugResolution:
    """What a drug mention resolved to, and how (exact, code, normal, translated, fuzzy)."""

    mention: str
    drug_id: int | None
    name: str | None
    how: str | None
    score: float = 100.0

    @property
    def resolved(self) -> bool:
        return self.drug_id is not None


def resolve_drug(registry: Registry, mention: str, *, fuzzy_cutoff: float = 90.0) -> DrugResolution:
    """Resolve a drug mention: exact/code key, normal form (noise words, Chinese → translated),
    then fuzzy on the translated form. A key that names two drugs resolves to neither.

    Results are remembered per (mention, cutoff) until the registry's drugs change (a bounded
    number of them: `Book.remember`).
    """
    memo_key = f"{fuzzy_cutoff}\x00{mention}"
    found: DrugResolution | None = registry.drugs.memo.get(memo_key)
    if found is None:
        found = registry.drugs.remember(memo_key, _resolve_drug(registry, mention, fuzzy_cutoff))
    return found


def _resolve_drug(registry: Registry, mention: str, fuzzy_cutoff: float) -> DrugResolution:
    book = registry.drugs
    keys = drug_keys(mention)
    for tier, how in (("exact", "code" if code_key(mention) else "exact"), ("normal", "normal")):
        key = keys.get(tier)
        ids = book.lookup(tier, key) if key else []
        if not ids and tier == "normal" and key:
            ids = book.lookup("exact", key)
        if len(ids) == 1:
            entry = book.entries[ids[0]]
            how = "translated" if how == "normal" and n.has_han(mention) else how
            return DrugResolution(mention, entry.id, entry.name, how)
        if len(ids) > 1:
            return DrugResolution(mention, None, None, None)
    flat = keys.get("fuzzy")
    if flat:
        choices = book.fuzzy_choices()
        hits = process.extract(flat, [c[0] for c in choices], scorer=fuzz.ratio, limit=5)
        ids_scores: dict[int, float] = {}
        for _, score, idx in hits:
            entry_id = choices[idx][1]
            ids_scores[entry_id] = max(ids_scores.get(entry_id, 0.0), float(score))
        ranked = sorted(ids_scores.items(), key=lambda kv: (-kv[1], kv[0]))
        clear = len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] >= 5)
        if ranked and ranked[0][1] >= fuzzy_cutoff and clear:
            entry = book.entries[ranked[0][0]]
            return DrugResolution(mention, entry.id, entry.name, "fuzzy", ranked[0][1])
    return DrugResolution(mention, None, None, None, 0.0)
