"""Chinese text preparation: width folding that keeps offsets, and segment/clause splitting.

Every later step works on the folded text, and because folding maps one character to exactly
one character, a span found there is the same span in the original text, so evidence quotes
are cut from the original and stay byte-for-byte faithful. See docs/extraction-zh.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

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
#: Ends a sentence for the company and party steps: like `SEGMENT_END` without "!" and "?".
SENTENCE_END = "。;\n"


#: Runs of the characters `_FOLD` changes. `str.translate` looks every character of the text up
#: in `_FOLD`; translating only these runs gives the same text in a fraction of the time, since
#: most characters of a Chinese article (Han, ASCII) are left as they are.
_TO_FOLD = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp, to in sorted(_FOLD.items()) if cp != to) + "]+"
)


def fold(text: str) -> str:
    """Full-width letters, digits and punctuation as ASCII, and traditional characters as
    simplified ones (a Hong Kong filing's "訂立獨家許可協議" reads as "订立独家许可协议"), with the
    same length as `text`."""
    folded = _TO_FOLD.sub(lambda run: run.group().translate(_FOLD), text)
    if not text.isascii():
        folded = folded.translate(_simplified())
    assert len(folded) == len(text)
    return folded


def as_written(folded: str, text: str, start: int) -> str:
    """The characters of `text` at `folded`'s place (`start`) where folding made a
    traditional character simplified: a name is output as the text writes it."""
    chars = list(folded)
    for i, ch in enumerate(chars):
        original = text[start + i] if start + i < len(text) else ch
        if original != ch and _simplified().get(ord(original)) == ord(ch):
            chars[i] = original
    return "".join(chars)


@lru_cache(maxsize=1)
def _simplified() -> dict[int, int]:
    """Traditional → simplified, one character for one (OpenCC's `TSCharacters` table, the
    first of a character's readings)."""
    table: dict[int, int] = {}
    path = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0]
        if len(traditional) == 1 and len(first) == 1 and traditional != first:
            table[ord(traditional)] = ord(first)
    return table


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
    for i in _stops(text).segment:
        ch = text[i]
        _add(out, text, start, i, paragraph)
        if (ch == "\n" and i + 1 < len(text) and text[i + 1] == "\n") or (
            ch == "\n" and i > 0 and text[i - 1] != "\n"
        ):
            paragraph += 1
        start = i + 1
    _add(out, text, start, len(text), paragraph)
    return out


#: What a byline or dateline under a headline lacks: the marks of a sentence.
_SENTENCE_MARKS = re.compile("[,。;:!?]")
_DATE_AT_END = re.compile(r",\s*(?:19|20)\d\d\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日$")


def lead_end(segments: list[Segment], default: int) -> int:
    """Where the lead ends: the headline and the paragraph below it, and the one after when
    that paragraph is a byline or a dateline ("21世纪经济报道 记者 X", "动脉网 | 2021-10-20"),
    a short line without a sentence mark. `default` when there are no segments."""
    last = 1
    second = [s for s in segments if s.paragraph == 1]
    if (
        len(second) == 1
        and len(second[0].text) <= 40
        and (
            not _SENTENCE_MARKS.search(second[0].text)
            # a press release's "中国上海及美国宾夕法尼亚州纽敦广场,2025年1月21日": places, a
            # comma, and the date that ends the line
            or (
                not _SENTENCE_MARKS.search(second[0].text.replace(",", ""))
                and _DATE_AT_END.search(second[0].text.rstrip(" /")) is not None
            )
        )
    ):
        last = 2
    return max((s.end for s in segments if s.paragraph <= last), default=default)


def _add(out: list[Segment], text: str, start: int, end: int, paragraph: int) -> None:
    """Append `text[start:end]` without leading spaces and dashes or trailing spaces, if any
    is left (stripped with `str.strip`'s C loops rather than a step per character)."""
    piece = text[start:end].lstrip(" \t\r-—")
    start = end - len(piece)
    piece = piece.rstrip(" \t\r")
    if piece:
        out.append(Segment(start, start + len(piece), piece, paragraph))


def clause_at(text: str, pos: int) -> tuple[int, int]:
    """The clause `[start, end)` containing position `pos` of the folded text.

    A clause ends at a segment end, a comma or a colon, but not at the comma of `4,500万`.
    """
    stops = _stops(text).clause
    k = bisect_left(stops, pos)  # stops[k - 1] < pos <= stops[k]
    return (stops[k - 1] + 1 if k > 0 else 0), (stops[k] if k < len(stops) else len(text))


def segment_at(text: str, pos: int) -> tuple[int, int]:
    """The segment `[start, end)` containing position `pos` of the folded text."""
    stops = _stops(text).segment
    k = bisect_left(stops, pos)
    return (stops[k - 1] + 1 if k > 0 else 0), (stops[k] if k < len(stops) else len(text))


def sentence_at(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The stretch of `text` around `[start, end)` between two marks of `SENTENCE_END`.

    `[start, end)` defaults to the single position `start`. The result runs from just after the
    last mark before `start` to the first mark at or after `end` (or the text's ends).
    """
    stops = _stops(text).sentence
    before = bisect_left(stops, start)
    after = bisect_left(stops, start if end is None else end)
    return (stops[before - 1] + 1 if before > 0 else 0), (
        stops[after] if after < len(stops) else len(text)
    )


@dataclass(frozen=True, slots=True)
class _Stops:
    """Sorted positions of the characters that end a segment, a clause and a sentence."""

    segment: tuple[int, ...]
    clause: tuple[int, ...]
    sentence: tuple[int, ...]


@lru_cache(maxsize=4)
def _stops(text: str) -> _Stops:
    """Where segments, clauses and sentences end in `text`, found once per text.

    `clause_at`, `segment_at` and `sentence_at` are asked about every money figure and name
    candidate of a text; finding the stops once and bisecting makes each question O(log n)
    instead of a walk over the text. The cache holds the few texts being extracted right now
    (a `str` keeps its hash, so a repeated look-up is cheap); it is bounded, so memory stays
    flat in the number of documents.
    """
    segment = positions(text, SEGMENT_END)
    # Only a comma after a digit can be a thousands comma: test the rest without a call.
    inner = [
        i
        for i in positions(text, CLAUSE_END)
        if not (text[i - 1].isdigit() and _is_thousands_comma(text, i))
    ]
    # `SENTENCE_END` is `SEGMENT_END` without "!" and "?": filter rather than search again.
    sentence = [i for i in segment if text[i] in SENTENCE_END]
    return _Stops(tuple(segment), tuple(sorted(segment + inner)), tuple(sentence))


def positions(text: str, chars: str) -> list[int]:
    """Every index of `text` holding one of `chars`, in order.

    One `str.find` per occurrence: the search between occurrences runs in C, which beats a
    regex character class (the engine steps through every character) by a wide margin.
    """
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def is_han(ch: str) -> bool:
    """Whether `ch` starts with a Han ideograph of the CJK blocks `HAN` matches.

    Range comparisons rather than `HAN.match`: it is asked for most characters near a
    company-name candidate, and a call into `re` costs more than the test itself.
    """
    return bool(ch) and ("\u3400" <= ch[0] <= "\u4dbf" or "\u4e00" <= ch[0] <= "\u9fff")
