"""The index-based scans give what the regexes they replace give.

`companies._scan` finds names with `str.find` instead of one alternation regex per text, and
`text.clause_at` / `segment_at` / `sentence_at` bisect positions found once per text instead
of walking the text; these properties compare them with the straightforward versions.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dealradar.extract.zh import companies
from dealradar.extract.zh.text import (
    CLAUSE_END,
    SEGMENT_END,
    _is_thousands_comma,
    clause_at,
    is_han,
    segment_at,
    sentence_at,
)

_NAMES = ["恒瑞", "恒瑞医药", "Kite", "Kite Pharma", "AB", "ABC", "药业", "Bio"]
_PIECES = [*_NAMES, "s", "1", " ", "。", ",", "4,500万", "与", "X", "\n", ";"]


def _regex_scan(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    parts = [
        re.escape(n) if is_han(n[0]) else rf"(?<![A-Za-z0-9]){re.escape(n)}(?![A-Za-z0-9])"
        for n in sorted(names, key=len, reverse=True)
    ]
    return [(m.start(), m.end(), m.group()) for m in re.finditer("|".join(parts), text)]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=30),
    names=st.lists(st.sampled_from(_NAMES), min_size=1, unique=True),
)
def test_scan_matches_an_alternation_of_the_names(pieces: list[str], names: list[str]) -> None:
    text = "".join(pieces)
    groups = companies._Groups()
    for name in names:
        groups.add(name)
    found = companies._scan(text, groups)
    assert found == _regex_scan(text, names)


def _walk(text: str, pos: int, stops: str, clause: bool = False) -> tuple[int, int]:
    def stop(i: int) -> bool:
        return text[i] in stops and not (clause and _is_thousands_comma(text, i))

    start = max((i for i in range(pos) if stop(i)), default=-1) + 1
    end = next((i for i in range(pos, len(text)) if stop(i)), len(text))
    return start, end


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=30), at=st.integers(0, 200))
def test_boundaries_match_a_walk_over_the_text(pieces: list[str], at: int) -> None:
    text = "".join(pieces)
    pos = min(at, len(text))
    assert segment_at(text, pos) == _walk(text, pos, SEGMENT_END)
    assert sentence_at(text, pos) == _walk(text, pos, "。;\n")
    assert clause_at(text, pos) == _walk(text, pos, SEGMENT_END + CLAUSE_END, clause=True)
