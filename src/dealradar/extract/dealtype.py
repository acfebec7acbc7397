"""Deal type from the words of the sentences that describe a deal.

Order of precedence: acquisition of a company, purchase of an asset, NewCo, co-development
(co-develop and co-commercialise, not limited to one country), option (an option to license
and no licence granted now), licence (a licence, rights, authorisation, access, or a deal with
money), collaboration (a partnership, alliance, joint venture or bare agreement).
"""

from __future__ import annotations

import re

from dealradar.model.vocab import DealType

_ACQ = re.compile(
    r"\b(?:acquir\w*|acquisition|buy|buys|bought|buying|takeover|take over|"
    r"merger|merge|buyout|tender offer|deal for)\b",
    re.I,
)
_RIGHTS_OBJECT = re.compile(
    r"\b(?:acquir\w*|buy\w*|bought|purchas\w*)\s+(?:the\s+|exclusive\s+|"
    r"global\s+)*(?:rights?|licen[cs]es?)\b",
    re.I,
)
_ASSET_OBJECT = re.compile(
    r"\b(?:acquir\w*|buy\w*|bought|purchas\w*)\s+[^.;]{0,80}?['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:program\w*|assets?|products?|portfolio|candidates?|compounds?|molecules?)\b|"
    r"\basset (?:purchase|acquisition)\b",
    re.I,
)
_NEWCO = re.compile(
    r"\bNewCo\b|\bnew company\b|\bnewly (?:set up|established|formed|created|"
    r"incorporated)\b|\bjust (?:been )?established\b",
    re.I,
)
_CODEV = re.compile(r"\bco-develop\w*\s+and\s+co-commerciali[sz]\w*", re.I)
_CODEV_LIMITED = re.compile(
    r"^\s*In\s+(?:the\s+)?(?:U\.S\.|US|United States|China|Europe|"
    r"Japan)(?=\W)"
)
_OPTION = re.compile(
    r"\boption\s+to\s+(?:license|licence|in-license|acquire|obtain)\b|"
    r"\b(?:gains?|obtains?|receives?|holds?)\s+an?\s+(?:exclusive\s+)?option\b|"
    r"\boption (?:agreement|deal)\b",
    re.I,
)
_LICENSE = re.compile(
    r"\blicen[cs]\w*|\bauthori[sz]\w*|\brights?\b|\baccess to\b|"
    r"\bout-licens\w*|\bin-licens\w*|\bdeal\b|\bpact\b",
    re.I,
)
_LICENSE_GRANT = re.compile(
    r"\b(?:exclusive\s+(?:\w+\s+){0,2}licen[cs]e|licen[cs]e agreement|"
    r"licensing (?:deal|agreement|pact)|licen[cs]es?\s+(?:to|for)|"
    r"exclusive (?:\w+\s+){0,3}rights)\b",
    re.I,
)
_COLLAB = re.compile(
    r"\b(?:collaborat\w*|partnership|alliance|joint venture|tie-up|"
    r"agreements?)\b",
    re.I,
)


def deal_type(
    sentences: list[str], *, licensee_name: str = "", has_money: bool = False
) -> DealType:
    """The deal type the sentences describing one deal support."""
    text = " ".join(sentences)
    acq_sentences = [s for s in sentences if _ACQ.search(s)]
    if acq_sentences and not all(_RIGHTS_OBJECT.search(s) for s in acq_sentences):
        if any(_ASSET_OBJECT.search(s) for s in acq_sentences):
            return "asset-purchase"
        if not _LICENSE_GRANT.search(text):
            return "acquisition"
    if "newco" in licensee_name.lower() or _NEWCO.search(text):
        return "newco"
    if any(_CODEV.search(s) and not _CODEV_LIMITED.search(s) for s in sentences):
        return "co-development"
    if _OPTION.search(text) and not _LICENSE_GRANT.search(text):
        return "option"
    if _LICENSE.search(text) or has_money:
        return "license"
    if _COLLAB.search(text):
        return "collaboration"
    return "license"
