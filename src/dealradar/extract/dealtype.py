"""Deal type from the words of the sentences that describe a deal.

Order of precedence: acquisition of a company, purchase of an asset, NewCo, co-development
(co-develop and co-commercialise, not limited to one country), option (an option to license
and no licence granted now), licence (a licence, rights, authorisation, access, or a deal with
money), collaboration (a partnership, alliance, joint venture or bare agreement).
"""

from __future__ import annotations

import re

from dealradar.extract.text import fold_case, lower_pattern
from dealradar.model.vocab import DealType

# Case-insensitive patterns are compiled for `fold_case` text (see text.py): same matches, faster.

_ACQ = lower_pattern(
    r"\b(?:acquir\w*|acquisition|buy|buys|bought|buying|takeover|take over|"
    r"merger|merge|buyout|tender offer|deal for)\b"
)
_RIGHTS_OBJECT = lower_pattern(
    r"\b(?:acquir\w*|buy\w*|bought|purchas\w*)\s+(?:the\s+|exclusive\s+|"
    r"global\s+)*(?:rights?|licen[cs]es?)\b"
)
_ASSET_OBJECT = lower_pattern(
    r"\b(?:acquir\w*|buy\w*|bought|purchas\w*)\s+[^.;]{0,80}?['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:program\w*|assets?|products?|portfolio|candidates?|compounds?|molecules?)\b|"
    r"\basset (?:purchase|acquisition)\b"
)
_NEWCO = lower_pattern(
    r"\bNewCo\b|\bnew company\b|\bnewly (?:set up|established|formed|created|"
    r"incorporated)\b|\bjust (?:been )?established\b"
)
_CODEV = lower_pattern(r"\bco-develop\w*\s+and\s+co-commerciali[sz]\w*")
_CODEV_LIMITED = re.compile(
    r"^\s*In\s+(?:the\s+)?(?:U\.S\.|US|United States|China|Europe|"
    r"Japan)(?=\W)"
)
_OPTION = lower_pattern(
    r"\boption[\s-]+to[\s-]+(?:license|licence|in-license|acquire|obtain)\b|"
    r"\b(?:gains?|obtains?|receives?|holds?)\s+an?\s+(?:exclusive\s+)?option\b|"
    r"\boption (?:agreement|deal|arrangement|pact)\b"
)
#: What makes a licence grant conditional: an option named before it in the sentence, or a
#: modal right before it ("Takeda may obtain an exclusive license", "if exercised").
_CONDITIONAL_BEFORE = lower_pattern(
    r"\boption\b|\b(?:may|might|would|could|if|upon|once|should)\b[^,.;]{0,40}$"
)
#: Selling the whole of an asset (what is left of it), not licensing a territory.
_ASSET_SALE = lower_pattern(
    r"\b(?:sell\w*|sold|divest\w*)\s+(?:its\s+|their\s+|the\s+)?(?:all\s+)?"
    r"(?:remaining|entire|full)\s+(?:[\w-]+\s+){0,2}?rights\b|"
    r"\b(?:full|sole|complete)\s+(?:control|ownership)\s+of\b"
)
_LICENSE = lower_pattern(
    r"\blicen[cs]\w*|\bauthori[sz]\w*|\brights?\b|\baccess to\b|"
    r"\bout-licens\w*|\bin-licens\w*|\bdeal\b|\bpact\b"
)
_LICENSE_GRANT = lower_pattern(
    r"\b(?:exclusive\s+(?:\w+\s+){0,2}licen[cs]e|licen[cs]e agreement|"
    r"licensing (?:deal|agreement|pact)|licen[cs]es?\s+(?:to|for)|"
    r"exclusive (?:\w+\s+){0,3}rights)\b"
)
_COLLAB = lower_pattern(
    r"\b(?:collaborat\w*|partnership|alliance|joint venture|tie-up|"
    r"agreements?)\b"
)


#: Words that every match of `_ACQ` and of `_NEWCO` contains (one of them).
_ACQ_WORDS = ("acqui", "buy", "bought", "take", "merge", "tender offer", "deal for")
_NEWCO_WORDS = ("newco", "new company", "newly", "established")


def _found(pattern: re.Pattern[str], low: str, *needs: str) -> bool:
    """Whether `pattern` occurs in the folded `low`; every match contains one of `needs`, which
    are tested first: a substring test costs far less than a regex scan, and usually fails."""
    return any(w in low for w in needs) and pattern.search(low) is not None


def deal_type(
    sentences: list[str], *, licensee_name: str = "", has_money: bool = False
) -> DealType:
    """The deal type the sentences describing one deal support."""
    originals = sentences
    sentences = [fold_case(s) for s in originals]
    text = " ".join(sentences)
    acq_sentences = [s for s in sentences if _found(_ACQ, s, *_ACQ_WORDS)]
    if acq_sentences and not all(_RIGHTS_OBJECT.search(s) for s in acq_sentences):
        if any(_ASSET_OBJECT.search(s) for s in acq_sentences):
            return "asset-purchase"
        if not _found(_LICENSE_GRANT, text, "licen", "rights"):
            return "acquisition"
    if _found(_ASSET_SALE, text, "sell", "sold", "divest", "control", "ownership"):
        return "asset-purchase"
    if "newco" in licensee_name.lower() or _found(_NEWCO, text, *_NEWCO_WORDS):
        return "newco"
    if any(
        _found(_CODEV, s, "co-develop") and not _CODEV_LIMITED.search(o)
        for s, o in zip(sentences, originals, strict=True)
    ):
        return "co-development"
    if _found(_OPTION, text, "option") and not _unconditional_grant(sentences):
        return "option"
    if _LICENSE.search(text) or has_money:
        return "license"
    if _COLLAB.search(text):
        return "collaboration"
    return "license"


def _unconditional_grant(sentences: list[str]) -> bool:
    """Whether a licence is granted now: a grant phrase not made conditional by an option or
    a modal before it in its sentence (`sentences` are folded)."""
    for s in sentences:
        if "licen" not in s and "rights" not in s:
            continue
        for m in _LICENSE_GRANT.finditer(s):
            if not _CONDITIONAL_BEFORE.search(s, 0, m.start()):
                return True
    return False
