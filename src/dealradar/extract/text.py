"""Segmentation: paragraphs, sentences and clauses of an article, each with its character offsets.

Every later stage works on these spans so that what it finds can be pointed to in the input
(see docs/extraction.md). The splitter is deliberately simple and fast: news copy has few of
the abbreviations that break sentence splitting, and those it has are listed here.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from dealradar.extract.lexicon import MONTH_ABBREVIATIONS
from dealradar.model.slots import fast_init

#: Abbreviations after which a full stop does not end a sentence (initials run together, "U.S."
#: or "J.P.", are one by `_is_abbreviation`'s own test).
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
        "approx",
        "est",
        "jr",
        "sr",
        "fig",
        "dept",
        "univ",
    ]
)

#: Abbreviations that end a company's name, and so often a sentence too: one does when the
#: next word is one that opens sentences and does not go on a name.
_COMPANY_SUFFIXES = frozenset(["inc", "co", "corp", "ltd", "plc", "llc"])
SENTENCE_OPENERS = frozenset(
    "The This These It Its Under In On As We Our He She They According Terms Financial Both "
    "Each".split()
)
_SENTENCE_OPENER = re.compile(r"\s+(?:" + "|".join(sorted(SENTENCE_OPENERS)) + r")\s")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+|\r\n[ \t]*\r\n+")
#: `_PARAGRAPH_BREAK` for a text without "\r" (its second branch needs one): a pattern that
#: opens with one literal is scanned much faster than one opening with either of two.
_LF_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
#: A sentence ends at a full stop, "!" or "?" (with closing quotes or brackets) before a space
#: and a capital, digit or currency sign; or at a line break. The mark is read first and
#: checked after (`(?<=[.!?])`), so that the regex engine can skip straight to the marks.
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?:[\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9$€£¥])|(?<=\n))"
)
#: `_SENTENCE_END` for a paragraph without "!", "?" or a line break: its full stops only. A
#: pattern that opens with one literal is scanned much faster than one opening with a set.
_FULL_STOP_END = re.compile(r"\.(?:[\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9$€£¥])")


@fast_init
@dataclass(frozen=True, slots=True)
class Span:
    """A half-open `[start, end)` region of the document text."""

    start: int
    end: int
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, the paragraph it belongs to, and whether it is the headline."""

    start: int
    end: int
    text: str
    #: its place in the list `sentences` returns (callers index that list by it)
    index: int
    paragraph: int
    is_title: bool = False


def paragraphs(text: str) -> list[Span]:
    """Blank-line separated blocks, stripped of surrounding whitespace."""
    out: list[Span] = []
    pos = 0
    breaks = _PARAGRAPH_BREAK if "\r" in text else _LF_PARAGRAPH_BREAK
    for m in breaks.finditer(text):
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


#: Words a Roman numeral follows ("Phase I", "Type I"): the "I." after them is no initial.
NUMBERED_BY_ROMAN = frozenset(["phase", "type", "class", "stage", "grade"])
_NUMBERED_BY_ROMAN = (*(w + " " for w in NUMBERED_BY_ROMAN), "phase-")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in _COMPANY_SUFFIXES and _SENTENCE_OPENER.match(text, dot + 1):
        return False  # "... by F. Hoffmann-La Roche Ltd. The Group obtained ...": both end
    if len(word) == 1 and text[max(0, start - 7) : start].lower().endswith(
        _NUMBERED_BY_ROMAN if word == "i" else ("series ",)
    ):
        # "an oral pan-KRAS inhibitor in Phase I. AstraZeneca will pay", "a $245 million Series
        # A. GSK bought it": a numeral or a round's letter, not an initial
        return False
    # an initial ("A."), or initials run together ("J.P. Morgan", like "U.S." and "S.A."); a
    # letter after a digit ends a code or a figure ("... of AXN-27M.", "raised $27M.")
    return (
        word in _ABBREVIATIONS
        or (len(word) == 1 and text[start].isupper() and not text[start - 1 : start].isdigit())
        or (len(word) == 3 and word[1] == "." and word[0].isalpha() and word[2].isalpha())
    )


def _is_list_number(text: str, start: int, dot: int) -> bool:
    """True when the full stop at `dot` closes the number of a list item ("2. Jingtai x
    DoveTree: ..."), which opens its item rather than being a sentence of its own."""
    return text[start:dot].strip().isdigit() and dot - start <= 4


def sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; the first paragraph is the title when it is one line
    without a final full stop (how headlines are written)."""
    out: list[Sentence] = []
    for p_index, para in enumerate(paragraphs(text)):
        pos = para.start
        ends = (
            _SENTENCE_END
            if text.find("!", para.start, para.end) >= 0
            or text.find("?", para.start, para.end) >= 0
            or text.find("\n", para.start, para.end) >= 0
            else _FULL_STOP_END
        )
        for m in ends.finditer(text, para.start, para.end):
            if text[m.start()] == "." and (
                _is_abbreviation(text, m.start())
                or _is_list_number(text, pos, m.start())
                # a tracker's dotted leader ("Buyer ........... Novartis AG"), not an ellipsis
                or text.endswith("...", 0, m.start())
            ):
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


def may_contain(low: str, words: tuple[str, ...]) -> bool:
    """Whether `low` holds one of `words`: a pattern every match of which holds one of them is
    not scanned otherwise (most sentences hold none, and substring tests cost far less than
    the scan). `map` runs the tests without a Python frame per word."""
    return any(map(low.__contains__, words))


class ChunkWords:
    """The words (of some fixed set) a text holds, read from its space-separated chunks.

    `words(text)` is the union of `find(chunk)` over the chunks of `text.split(" ")`, where
    `find` gives the words of the set a chunk holds. Why: for a word without a space, being
    in the text is being in one of its chunks, and chunks repeat from sentence to sentence
    ("the", "agreement", "china"), so `find` runs once per distinct chunk (kept up to `kept`
    of them, then forgotten all at once: a few megabytes at most) and a text costs a split
    and a few set operations done in C, instead of a regex scan that starts a match at most
    of its letters.
    """

    def __init__(self, find: Callable[[str], frozenset[str]], kept: int = 1 << 14) -> None:
        self.find = find
        self.kept = kept
        self.seen: set[str] = set()
        #: the chunks that hold some word, and their words
        self.holding: set[str] = set()
        self.found: dict[str, frozenset[str]] = {}
        #: one copy of each distinct result (most chunks that hold words hold the same few)
        self.shared: dict[frozenset[str], frozenset[str]] = {}

    def words(self, text: str) -> frozenset[str]:
        chunks = set(text.split(" "))
        new = chunks - self.seen
        if new:
            if len(self.seen) + len(new) > self.kept:
                self.seen.clear()
                self.holding.clear()
                self.found.clear()
                self.shared.clear()
                new = chunks  # (all of them are new again)
            for chunk in new:
                found = self.find(chunk)
                if found:
                    self.holding.add(chunk)
                    self.found[chunk] = self.shared.setdefault(found, found)
            self.seen |= new
        hits = chunks & self.holding
        if not hits:
            return _NO_WORDS
        return frozenset().union(*map(self.found.__getitem__, hits))


_NO_WORDS: frozenset[str] = frozenset()


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


def word_pattern(alternatives: str, tail: str = "") -> re.Pattern[str]:
    """`lower_pattern(rf"\\b(?:{alternatives}){tail}")`, compiled so that it runs faster.

    Every alternative must start with a letter (not a group, class or escape). Why: a pattern
    that opens with `\\b` makes the regex engine try a match at every character of the text;
    one whose branches each open with a letter lets it skip straight to those letters. So the
    alternatives are grouped by their first letter, each group written as that letter, then
    the `\\b` before it as a lookbehind (`c(?<!\\wc)`: no word character before the `c`), then
    the rest of its alternatives in their order. Alternatives with different first letters
    never match at the same place, so the matches are the same.
    """
    groups: dict[str, list[str]] = {}
    for alt in _top_level_alternatives(_PATTERN_LETTERS.sub(_lower_letter, alternatives)):
        first, rest = alt[:1], alt[1:]
        if not ("a" <= first <= "z") or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"word_pattern: {alt!r} does not start with a plain letter")
        groups.setdefault(first, []).append(rest)
    body = "|".join(f"{c}(?<!\\w{c})(?:{'|'.join(rests)})" for c, rests in groups.items())
    return re.compile(f"(?:{body})" + _PATTERN_LETTERS.sub(_lower_letter, tail))


def start_locator(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that matches (at least) wherever `pattern` can start a match: the literal
    strings its matches begin with, up to `_LOCATOR_LENGTH` characters, read from its syntax
    tree. None when a match may begin with any character (or the tree cannot be read).

    Why: a large alternation of groups (the term cues) gives the regex engine no first
    character to skip to, so it tries the whole alternation at every character; a plain
    alternation of literals is scanned quickly, and `find_all` tries the pattern only where it
    matches. Being computed from the pattern, the locator follows any change to it.
    """
    if pattern.flags & re.IGNORECASE:
        return None  # its literals match in either case; the locator's would not
    try:
        tree = _SRE_PARSER.parse(pattern.pattern, pattern.flags)
        starts = {s for s, _ in _sequence_starts(list(tree))}
    except (AttributeError, TypeError, ValueError):  # another regex parser than 3.11's
        return None
    if not starts or "" in starts:
        return None
    kept: list[str] = []
    for start in sorted(starts, key=len):  # "on" covers "on t": keep the shorter only
        if not any(start.startswith(k) for k in kept):
            kept.append(start)
    by_first: dict[str, list[str]] = {}
    for start in kept:
        by_first.setdefault(start[0], []).append(re.escape(start[1:]))
    return re.compile(
        "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items())
    )


def find_all(
    pattern: re.Pattern[str], locator: re.Pattern[str] | None, text: str
) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`, trying `pattern` only where `locator` matches.

    The same matches: the leftmost match of `pattern` from a position starts where the
    locator matches, `pattern.match` there is what a search would find, and the next search
    goes on from its end (the patterns given never match the empty string).
    """
    if locator is None:
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    pos = 0
    while (m := search_at(pattern, locator, text, pos)) is not None:
        if m.end() == m.start():
            return list(pattern.finditer(text))  # empty matches: leave them to finditer
        out.append(m)
        pos = m.end()
    return out


def search_at(
    pattern: re.Pattern[str],
    locator: re.Pattern[str] | None,
    text: str,
    pos: int = 0,
    endpos: int | None = None,
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)`, trying `pattern` only where `locator` matches.

    The same match, as in `find_all`: a search tries `pattern.match` at each position in turn
    and every match starts where the locator (`start_locator(pattern)`) matches. Why: a
    pattern that opens with `\\b` or a lookbehind is tried at every character; its locator
    skips to its literal starts.
    """
    end = len(text) if endpos is None else endpos
    if locator is None:
        return pattern.search(text, pos, end)
    while (at := locator.search(text, pos, end)) is not None:
        m = pattern.match(text, at.start(), end)
        if m is not None:
            return m
        pos = at.start() + 1
    return None


#: Python's own regex parser (re._parser since 3.11), for `start_locator` and `after_break`.
_SRE_PARSER: Any = importlib.import_module("re._parser")


def after_break(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, which opens with a multi-line `^` that covers all of it, with a line break
    in place of the `^` (for `search_lines` and `finditer_lines`).

    Why: a multi-line `^` gives the regex engine nothing to skip to, so a search tries a match
    at every character; a line break is a literal it finds at once. At any position but the
    text's start, `^` holds exactly after a line break, so the pattern matches at a line's
    start exactly where this one matches at the break before it.
    """
    source = pattern.pattern
    opening = next((o for o in ("(?m)^", "^") if source.startswith(o)), None)
    tree = _SRE_PARSER.parse(source, pattern.flags)
    if (
        opening is None
        or not pattern.flags & re.MULTILINE
        or pattern.flags & re.VERBOSE
        or not tree.data
        or tree.data[0] != (_SRE_PARSER.AT, _SRE_PARSER.AT_BEGINNING)
    ):
        raise ValueError(f"after_break: {source[:30]!r} does not open with a multi-line ^")
    # (bracketed: "^a|^b" opens with a `^` common to its branches, and reads "^(?:a|^b)")
    return re.compile(f"\n(?:{source[len(opening) :]})", pattern.flags)


def search_lines(
    pattern: re.Pattern[str],
    broken: re.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)` for a pattern that opens with a multi-line `^`,
    `broken` being `after_break(pattern)`: the match at `pos` if a line starts there, else the
    match at the first line break after which `broken` matches, read with `pattern` from the
    line's start (the same match: the same pattern at the same place)."""
    end = len(text) if endpos is None else endpos
    if pos == 0 or text[pos - 1 : pos] == "\n":
        m = pattern.match(text, pos, end)
        if m is not None:
            return m
    brk = broken.search(text, pos, end)
    return None if brk is None else pattern.match(text, brk.start() + 1, end)


def finditer_lines(
    pattern: re.Pattern[str], broken: re.Pattern[str], text: str, pos: int = 0
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos)` by `search_lines` (see there); the pattern must not match
    the empty string. Each search goes on from the end of the match before, as finditer's."""
    while (m := search_lines(pattern, broken, text, pos)) is not None:
        if m.end() == m.start():
            raise ValueError("finditer_lines: an empty match")
        yield m
        pos = m.end()


#: How many characters of each start `start_locator` reads: enough to be rare in text.
_LOCATOR_LENGTH = 4


def _item_starts(op: Any, av: Any) -> set[tuple[str, bool]]:
    """(text, whole) pairs for one node of a parsed pattern: every match of the node starts
    with one of the texts; `whole` when the text is all the node can match there."""
    p = _SRE_PARSER
    if op is p.LITERAL:
        return {(chr(av), True)}
    if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
        return {("", True)}  # zero width: it adds nothing to the text
    if op is p.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise ValueError("a case-insensitive group")
        return _sequence_starts(list(av[3]))
    if op is p.BRANCH:
        return set().union(*(_sequence_starts(list(alt)) for alt in av[1]))
    if op in (p.MAX_REPEAT, p.MIN_REPEAT):
        low, high, sub = av
        once = _sequence_starts(list(sub))
        if low == high == 1:
            return once
        found = {(text, False) for text, _ in once}
        return found | {("", True)} if low == 0 else found
    return {("", False)}  # a class, a category, any character...: unknown from here


def _sequence_starts(items: list[Any]) -> set[tuple[str, bool]]:
    frontier = {("", True)}
    for op, av in items:
        if not any(whole for _, whole in frontier):
            break
        parts = _item_starts(op, av)
        following: set[tuple[str, bool]] = set()
        for text, whole in frontier:
            if not whole or len(text) >= _LOCATOR_LENGTH:
                following.add((text, False))
                continue
            for part, part_whole in parts:
                joined = text + part
                following.add(
                    (joined[:_LOCATOR_LENGTH], part_whole and len(joined) <= _LOCATOR_LENGTH)
                )
        frontier = following
    return frontier


def _top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at the `|` that are outside groups and character classes."""
    out: list[str] = []
    depth, start, k, in_class = 0, 0, 0, False
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[k + 1 : k + 2] == "^":
                k += 1
            if pattern[k + 1 : k + 2] == "]":
                k += 1  # a "]" first in a class is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    out.append(pattern[start:])
    return out


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
