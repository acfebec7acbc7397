"""The later speed-ups of the English extractor change nothing either: a search tried only at
its pattern's literal starts finds what the plain search finds, a `\\b` moved before the
lookbehinds it sits with matches as before, and each new pre-test only rejects text its
pattern cannot match."""

from __future__ import annotations

import random
import re
from pathlib import Path

from dealradar.extract import dates, dealtype, parties, territory
from dealradar.extract.en import pipeline
from dealradar.extract.text import fold_case, search_at, sentences, start_locator

_DATA = Path(__file__).resolve().parents[1] / "data"
_ALPHABET = "abcdegilnoprstuy acquiregrantlicensedbuyoptionrights-.,;0123456789/⟨e1⟩'"


def _samples() -> list[str]:
    paths = [*(_DATA / "articles" / "en").glob("*.txt"), *(_DATA / "heldout").glob("en*/*.txt")]
    found = [fold_case(s.text) for p in sorted(paths) for s in sentences(p.read_text("utf-8"))]
    rnd = random.Random(11)
    found += ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 60))) for _ in range(800)]
    return found


_SAMPLES = _samples()


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def test_search_at_finds_what_search_finds() -> None:
    located = [
        *dealtype._LOCATED,
        pipeline._GRANTS,
        territory._EXCLUDE,
        territory._RETAIN,
        re.compile(r"\b(?:ab|cd)e|(?<!x)fg"),
    ]
    for pattern in located:
        locator = start_locator(pattern)
        assert locator is not None, pattern.pattern
        for low in _SAMPLES:
            for pos, endpos in ((0, len(low)), (5, len(low)), (2, max(2, len(low) - 7))):
                expected = _span(pattern.search(low, pos, endpos))
                assert _span(search_at(pattern, locator, low, pos, endpos)) == expected, low
    assert _span(search_at(re.compile(r"\d+"), None, "a12 3", 1)) == (1, 3)


def test_word_boundary_moved_first_matches_as_before() -> None:
    """`\\b` and lookbehinds at one place commute: `_PAY` and `_ACQUIRE` test it first."""
    moved = [
        (parties._PAY.pattern, r"(?<!\bbe )(?<!\bis )(?<!\bwas )(?<!\bbeen )(?<!\bare )"),
        (
            parties._ACQUIRE.pattern,
            r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bbe )(?<!\blater )(?<!\bitself )",
        ),
    ]
    masked = [
        "⟨e1⟩ will pay ⟨e2⟩ $5 million upfront",
        "⟨e1⟩ is paying ⟨e2⟩; ⟨e3⟩ was to pay, ⟨e4⟩ has been paid",
        "⟨e1⟩ will acquire ⟨e2⟩, while ⟨e3⟩ was acquired by ⟨e4⟩ and later bought ⟨e5⟩",
        "⟨e1⟩ itself bought ⟨e2⟩; ⟨e3⟩ is buying ⟨e4⟩",
        *_SAMPLES,
    ]
    for fast, lookbehinds in moved:
        assert r"\b" + lookbehinds in fast.pattern
        plain = re.compile(fast.pattern.replace(r"\b" + lookbehinds, lookbehinds + r"\b"))
        for low in masked:
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(low)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(low)] == expected, low


def test_new_pretests_hold_wherever_their_pattern_matches() -> None:
    cores = [
        (dates._PATTERNS[2], dates._ISO_DATE_CORE),
        (dates._PATTERNS[3], dates._NUMERIC_DATE_CORE),
        (dates._PATTERNS[4], dates._NUMERIC_DATE_CORE),
    ]
    extra = ["2024-05-06", "6/05/2024", "2023.11.06", "on 1.2.2019 and 2020/1/3", "x 2024-13-01"]
    for low in [*_SAMPLES, *extra]:
        for pattern, core in cores:
            for m in pattern.finditer(low):
                assert core.search(m.group()), m.group()
        for m in parties._NOT_FOR_RIGHTS.finditer(low):
            assert "fee" in m.group()
        for m in pipeline._SAME_DAY.finditer(low):
            assert "the same day" in m.group()
    assert parties._NOT_FOR_RIGHTS.search("a reverse termination fee")
