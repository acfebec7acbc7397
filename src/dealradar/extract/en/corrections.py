"""What a correction says an earlier version got wrong, left unread.

Wires and trade sites correct a story in place and say what the earlier text stated: "The
original headline read "J&J lays down $300M upfront for LegoChem's TROP2 ADC."", "Correction:
An earlier version of this article stated that Janssen would pay $300 million upfront." The
figures and parties in such a sentence are the ones the story no longer claims, yet they read
like any other ("pay $300 million upfront"). `unsay` blanks those statements with spaces, so
every offset stays and the evidence of what is read quotes the original text.
"""

from __future__ import annotations

import re

#: Words one of which every match of `_SUPERSEDED` holds (most texts hold none).
_WORDS = ("version", "headline", "incorrectly", "erroneously", "mistakenly", "wrongly", "misst")

_STORY = r"(?:article|story|report|release|post|piece|item|brief|note|newsletter|update|blog)"
_SAID = (
    r"(?:read|stated|said|reported|described|gave|put|listed|cited|called|referred\s+to|"
    r"misstated|misreported|valued|included)"
)
#: The opening of a statement of what an earlier text said: "An earlier version of this article
#: stated", "The original headline read", "(Headline changed from", "incorrectly reported".
_SUPERSEDED = re.compile(
    r"\b(?:(?:an?|the)\s+(?:earlier|previous|prior|original|initial)\s+(?:"
    rf"version\s+of\s+(?:this|the|our)\s+{_STORY}|version(?!\s+of\b)|headline|title)\b"
    rf"(?:[^.\n\"“]|\.(?=\d)){{0,120}}?\b{_SAID}\b"
    r"|\b(?:headline|title)\s+(?:was\s+)?(?:changed|updated|corrected)\s+from\b"
    r"|\b(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:stated|said|reported|described|"
    r"gave|put|listed|cited|valued)\b|\bmis(?:stated|reported)\b)",
    re.IGNORECASE,
)
#: The rest of that statement: to its sentence's end, past a quoted earlier headline (whose own
#: full stop is inside the quotes) and past a decimal point.
_REST = re.compile(r"(?:[^.\n\"“]|\.(?=\d))*(?:[\"“][^\"”\n]*[\"”]?)?(?:[^.\n]|\.(?=\d))*\.?")


def unsay(text: str) -> str:
    """`text` with every statement of what an earlier version said blanked (same length)."""
    low = text.lower()
    if not any(w in low for w in _WORDS):
        return text
    out = text
    for m in _SUPERSEDED.finditer(text):
        start = _sentence_start(text, m.start())
        end = _REST.match(text, m.end()).end()  # type: ignore[union-attr]
        out = out[:start] + " " * (end - start) + out[end:]
    return out


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins: after the last full stop, bracket or line
    break before it ("Correction: An earlier version ..." is blanked from "Correction")."""
    start = pos
    while start > 0 and text[start - 1] not in ".\n[(":
        start -= 1
    while start < pos and text[start] == " ":
        start += 1
    return start
