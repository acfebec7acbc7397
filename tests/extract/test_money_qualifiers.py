"""The qualifier before a figure ("up to", "over", "about") is read by its ending words as the
anchored patterns first written read it (see `money._UP_TO_WORDS`)."""

from __future__ import annotations

import itertools
import random

from dealradar.extract import money
from dealradar.extract.text import lower_pattern

#: The patterns as first written, tried in this order.
_PLAIN = (
    (
        lower_pattern(
            r"(?:up to|as much as|as high as|not more than|no more than|capped at|"
            r"not exceeding|not to exceed|no higher than|"
            r"a maximum of|maximum of|of up to|upto)\s*(?:a further\s*|nearly\s*|almost\s*)?$"
        ),
        "up_to",
    ),
    (
        lower_pattern(r"(?:over|more than|exceeding|in excess of|above|at least|upwards of)\s*$"),
        "over",
    ),
    (
        lower_pattern(
            r"(?:approximately|approx\.?|about|around|roughly|nearly|almost|close to|"
            r"approaching|some|circa|an estimated|~)\s*$"
        ),
        "approx",
    ),
)


def _plain(before: str) -> str | None:
    for pattern, qualifier in _PLAIN:
        if pattern.search(before):
            return qualifier
    return None


def _cases() -> list[str]:
    words = [
        *money._UP_TO_WORDS,
        *money._UP_TO_FILLERS,
        *money._OVER_WORDS,
        *money._APPROX_WORDS,
        *("of", "up", "to", "further", "a", "more", "than", "x", "approx", "the deal"),
    ]
    spaces = ["", " ", "  ", "\n", " \n", "\t", "\u00a0", "\u2003 ", "\n\n", "\u200b"]
    out = [
        f"{a}{s}{b}{t}"
        for a, b in itertools.product(words, repeat=2)
        for s in spaces[:3]
        for t in spaces
    ]
    rnd = random.Random(3)
    alphabet = "upto furthernaly amxcsbi~.\n\t\u00a0"
    out += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(20000)]
    return out


def test_qualifier_endings_read_as_the_plain_patterns() -> None:
    for before in _cases():
        for start in range(0, 41, 7):
            text = "x" * start + before
            low = text.lower()
            assert money._qualifier(text, len(text), low) == _plain(low[-40:]), repr(before)
