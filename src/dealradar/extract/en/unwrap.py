"""Hard-wrapped text (a PDF converted to text): lines re-joined before reading, spans mapped back.

A PDF's text keeps the page's line breaks: a sentence runs over several lines, words are split
with a hyphen at a line's end ("Thera-" / "peutics") and a figure can sit on a line of its own
("US$" / "100" / "million"). Every line break ends a sentence for `sentences`, so such a text
yields fragments with no company, verb and sum together. `unwrap` joins the lines of such a
text; `remap` moves the evidence found in the joined text back onto the original, so that
every quote still is the original text at its span.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealradar.model import Deal, Evidence

#: A word broken over two lines: a letter and a hyphen ending a line, a small letter opening
#: the next ("en-\ntered"). Ordinary articles break lines between words, never inside one.
_BROKEN_WORD = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")
#: A line break inside a paragraph: not at a blank line, not after a sentence's end.
_LINE_BREAK = re.compile(r"(?<![.!?:;\s])[ \t]*\n[ \t]*(?![ \t]*\n)")
#: How many broken words show a text to be hard-wrapped (one can be a typing slip).
_MIN_BROKEN = 2


def hard_wrapped(text: str) -> bool:
    """Whether `text` breaks words over lines as a PDF page does."""
    if "-\n" not in text and "- \n" not in text:
        return False
    return sum(1 for _ in _BROKEN_WORD.finditer(text)) >= _MIN_BROKEN


def unwrap(text: str) -> tuple[str, list[int]]:
    """`text` with broken words re-joined and in-paragraph line breaks made spaces, and for
    each of its characters (and its end) the offset it came from in `text`."""
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _joins(text):
        parts.append(text[pos : m[0]])
        origin.extend(range(pos, m[0]))
        parts.append(m[2])
        origin.extend([m[0]] * len(m[2]))
        pos = m[1]
    parts.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return "".join(parts), origin


def _joins(text: str) -> list[tuple[int, int, str]]:
    """Each stretch of `text` to replace, in order: broken words by nothing, line breaks by
    a space."""
    found = [(m.start(), m.end(), "") for m in _BROKEN_WORD.finditer(text)]
    broken = {text.index("\n", s) for s, _, _ in found}
    for m in _LINE_BREAK.finditer(text):
        if text.index("\n", m.start()) not in broken:
            found.append((m.start(), m.end(), " "))
    return sorted(found)


def remap(deal: Deal, text: str, origin: list[int]) -> Deal:
    """`deal`, read from the unwrapped text, with its evidence spans moved onto `text`."""
    moved: list[Evidence] = []
    for ev in deal.evidence:
        start = origin[ev.start]
        end = origin[ev.end - 1] + 1 if ev.end > ev.start else start
        moved.append(replace(ev, start=start, end=end, quote=text[start:end]))
    return replace(deal, evidence=tuple(moved))
