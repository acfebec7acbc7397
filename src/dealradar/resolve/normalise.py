"""Normal forms of names, the keys under which spellings of one company or drug meet."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\u3400-\u9fff]+")
_LEGAL = re.compile(
    r"\b(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|ag|sa|s a|nv|bv|gmbh|"
    r"kk|holdings?|group)\b"
)
_LEGAL_ZH = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团)$")


def name_key(name: str) -> str:
    """The key two spellings of a name share: case, width, punctuation and legal suffixes removed.

    "Jiangsu Hengrui Medicine Co., Ltd." and "jiangsu hengrui medicine" give the same key;
    words that tell companies apart (Pharma, Bio) are kept, so keys never over-merge.
    """
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = _LEGAL_ZH.sub("", text)
    text = _PUNCT.sub(" ", text)
    text = _LEGAL.sub(" ", text)
    return " ".join(text.split())
