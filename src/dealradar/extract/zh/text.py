"""Chinese text preparation: width folding that keeps offsets, and segment/clause splitting.

Every later step works on the folded text, and because folding maps one character to exactly
one character, a span found there is the same span in the original text, so evidence quotes
are cut from the original and stay byte-for-byte faithful. See docs/extraction-zh.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Full-width ASCII (！ to ～) → ASCII, ideographic space → space, and the Chinese punctuation
# that plays the role of an ASCII mark in a figure or a list. One character for one character.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update(
    {
        0x3000: 0x20,  # ideographic space
        0x3001: 0x3001,  # 、 stays: it separates list items, not clauses
        0x201C: 0x22,  # “
        0x201D: 0x22,  # ”
        0x2018: 0x27,  # ‘
        0x2019: 0x27,  # ’
        0x300C: 0x22,  # 「
        0x300D: 0x22,  # 」
        0xFF0E: 0x2E,  # ．
        0x2014: 0x2014,
    }
)

#: Ends a segment: a sentence end, a semicolon (roundup bullets and term lists use it) or a line.
SEGMENT_END = "。!?;\n"
#: Ends a clause inside a segment.
CLAUSE_END = ",:"


def fold(text: str) -> str:
    """Full-width letters, digits and punctuation as ASCII, with the same length as `text`."""
    folded = text.translate(_FOLD)
    assert len(folded) == len(text)
    return folded


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence-like stretch `[start, end)` of the folded text, with its paragraph index."""

    start: int
    end: int
    text: str
    paragraph: int

    def clauses(self) -> Iterator[tuple[int, int]]:
        """Absolute `[start, end)` spans of the comma/colon clauses of this segment."""
        pos = self.start
        for match in re.finditer(f"[{CLAUSE_END}]", self.text):
            absolute = self.start + match.start()
            if _is_thousands_comma(self.text, match.start()):
                continue
            yield pos, absolute
            pos = absolute + 1
        yield pos, self.end


def _is_thousands_comma(text: str, i: int) -> bool:
    """True for the comma in `4,500万`: a digit before and exactly three digits after."""
    return (
        text[i] == ","
        and i > 0
        and text[i - 1].isdigit()
        and len(text) >= i + 4
        and text[i + 1 : i + 4].isdigit()
        and (len(text) == i + 4 or not text[i + 4].isdigit())
    )


def segments(text: str) -> list[Segment]:
    """Split folded text into segments; empty ones are dropped. Offsets are absolute."""
    out: list[Segment] = []
    paragraph = 0
    start = 0
    for stop in _SEGMENT_STOP.finditer(text):
        i = stop.start()
        ch = text[i]
        _add(out, text, start, i, paragraph)
        if (ch == "\n" and i + 1 < len(text) and text[i + 1] == "\n") or (
            ch == "\n" and i > 0 and text[i - 1] != "\n"
        ):
            paragraph += 1
        start = i + 1
    _add(out, text, start, len(text), paragraph)
    return out


def _add(out: list[Segment], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start] in " \t\r-—":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    if end > start:
        out.append(Segment(start, end, text[start:end], paragraph))


def clause_at(text: str, pos: int) -> tuple[int, int]:
    """The clause `[start, end)` containing position `pos` of the folded text."""
    start = pos
    while True:
        stop = _last_of(text, SEGMENT_END + CLAUSE_END, start)
        if stop < 0 or not _is_thousands_comma(text, stop):
            start = stop + 1
            break
        start = stop
    end = pos
    for found in _CLAUSE_STOP.finditer(text, pos):
        if not _is_thousands_comma(text, found.start()):
            end = found.start()
            break
    else:
        end = len(text)
    return start, end


def segment_at(text: str, pos: int) -> tuple[int, int]:
    """The segment `[start, end)` containing position `pos` of the folded text."""
    start = _last_of(text, SEGMENT_END, pos) + 1
    found = _SEGMENT_STOP.search(text, pos)
    return start, found.start() if found else len(text)


_SEGMENT_STOP = re.compile(f"[{re.escape(SEGMENT_END)}]")
_CLAUSE_STOP = re.compile(f"[{re.escape(SEGMENT_END + CLAUSE_END)}]")


def _last_of(text: str, chars: str, before: int) -> int:
    """The last index below `before` holding one of `chars`, or -1.

    Looks back through windows that double in size, so the cost follows the distance to the
    stop (as a character-by-character walk back would), but each step is a C-level `rfind`.
    """
    high, width = before, 64
    while high > 0:
        low = max(0, high - width)
        found = max(text.rfind(c, low, high) for c in chars)
        if found >= 0:
            return found
        high, width = low, width * 2
    return -1


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def is_han(ch: str) -> bool:
    return bool(HAN.match(ch))
