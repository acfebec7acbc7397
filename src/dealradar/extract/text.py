"""Segmentation: paragraphs, sentences and clauses of an article, each with its character offsets.

Every later stage works on these spans so that what it finds can be pointed to in the input
(see docs/extraction.md). The splitter is deliberately simple and fast: news copy has few of
the abbreviations that break sentence splitting, and those it has are listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dealradar.extract.lexicon import MONTH_ABBREVIATIONS

#: Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = MONTH_ABBREVIATIONS | frozenset(
    [
        "inc",
        "co",
        "corp",
        "ltd",
        "plc",
        "no",
        "nos",
        "vs",
        "etc",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "approx",
        "est",
        "jr",
        "sr",
        "fig",
        "dept",
        "univ",
        "s.a",
        "n.v",
        "k.k",
        "l.p",
    ]
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+|\r\n[ \t]*\r\n+")
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9$€£¥])|[\n]")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open `[start, end)` region of the document text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, the paragraph it belongs to, and whether it is the headline."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int
    is_title: bool = False


def paragraphs(text: str) -> list[Span]:
    """Blank-line separated blocks, stripped of surrounding whitespace."""
    out: list[Span] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _add_stripped(text, pos, m.start(), out)
        pos = m.end()
    _add_stripped(text, pos, len(text), out)
    return out


def _add_stripped(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, text[start:end]))


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    return word in _ABBREVIATIONS or (len(word) == 1 and text[start].isupper())


def sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; the first paragraph is the title when it is one line
    without a final full stop (how headlines are written)."""
    out: list[Sentence] = []
    for p_index, para in enumerate(paragraphs(text)):
        pos = para.start
        for m in _SENTENCE_END.finditer(text, para.start, para.end):
            if text[m.start()] == "." and _is_abbreviation(text, m.start()):
                continue
            _add_sentence(text, pos, m.end(), p_index, out)
            pos = m.end()
        _add_sentence(text, pos, para.end, p_index, out)
    if out and out[0].paragraph == 0 and _looks_like_title(out, text):
        # "Total amount exceeds 4.7 billion yuan! X announces two deals": one headline line
        for k, s in enumerate(out):
            if s.paragraph != 0:
                break
            out[k] = Sentence(s.start, s.end, s.text, s.index, 0, is_title=True)
    return out


def _add_sentence(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], len(out), paragraph))


def _looks_like_title(out: list[Sentence], text: str) -> bool:
    first = out[0]
    head = [s for s in out if s.paragraph == 0]
    line = text[first.start : head[-1].end]
    return (
        len(head) <= 3
        and len(out) > len(head)
        and "\n" not in line
        and not line.endswith(".")
        and len(line) < 300
    )


#: Characters that `re.IGNORECASE` matches to an ASCII letter but `str.lower()` does not map to
#: it (or maps to two characters): the dotless i, the long s and the dotted capital I.
_FOLD_SPECIAL = str.maketrans({"ı": "i", "ſ": "s", "İ": "i"})


def fold_case(text: str) -> str:
    """`text` lower-cased one character for one character, so offsets into it are offsets into
    `text`.

    Why: a pattern spelled in lower case and compiled without `re.IGNORECASE` finds, in
    `fold_case(text)`, exactly the matches the same pattern with `re.IGNORECASE` finds in
    `text` (as long as its letters are ASCII), and runs several times faster, because the
    regex engine can skip ahead on literal first characters only when case does not matter.
    """
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:
        low = text.translate(_FOLD_SPECIAL).lower()
    return low


def lower_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a case-insensitive pattern for use on `fold_case` text: its letters are
    lower-cased (escapes such as `\\W` and group names are kept) and it is compiled
    case-sensitively. See `fold_case` for why.
    """
    if flags & re.IGNORECASE:
        raise ValueError("lower_pattern compiles case-sensitively; drop re.IGNORECASE")
    return re.compile(_PATTERN_LETTERS.sub(_lower_letter, pattern), flags)


_PATTERN_LETTERS = re.compile(r"\\.|\(\?P[<=]\w+|[A-Z]")


def _lower_letter(m: re.Match[str]) -> str:
    return m.group().lower() if len(m.group()) == 1 else m.group()


_CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?:while|whereas|and\s+(?=[A-Z]))|\s+while\s+")


def clauses(sentence: Sentence) -> list[Span]:
    """Split a sentence at semicolons, colons and contrastive `while` (territory, roles)."""
    out: list[Span] = []
    pos = 0
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        if m.start() > pos:
            out.append(
                Span(
                    sentence.start + pos, sentence.start + m.start(), sentence.text[pos : m.start()]
                )
            )
        pos = m.end()
    if pos < len(sentence.text):
        out.append(Span(sentence.start + pos, sentence.end, sentence.text[pos:]))
    return out
