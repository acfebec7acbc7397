"""Case folding that keeps offsets, and lower-cased patterns that match as re.IGNORECASE does."""

from __future__ import annotations

import re

import pytest

from dealradar.extract.text import fold_case, lower_pattern, sentences


@pytest.mark.parametrize(
    "text", ["Hengrui PHARMA", "İstanbul BioNTech", "ſpecial ıd", "Ünited €5M"]
)
def test_fold_case_keeps_every_offset(text: str) -> None:
    assert len(fold_case(text)) == len(text)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\b(?:upfront|milestones?)\b", "An UPFRONT payment and Milestones"),
        (r"(?P<cur>US\$|USD)\s?\d+", "paid usd 40 and US$ 5"),
        (r"\bDISTRICT\b", "the diſtrict court"),  # long s: re.IGNORECASE matches it to "s"
        (r"\bit\b", "İT and it"),  # dotted capital I: re.IGNORECASE matches it to "i"
        (r"[A-F]\d\W", "series b7, Series C9."),
    ],
)
def test_lower_pattern_on_folded_text_finds_what_ignorecase_finds(pattern: str, text: str) -> None:
    expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert [m.span() for m in lower_pattern(pattern).finditer(fold_case(text))] == expected


def test_initials_run_together_do_not_end_a_sentence() -> None:
    text = "This year the J.P. Morgan conference week was only the start. A look at deals."
    assert [s.text for s in sentences(text)] == [
        "This year the J.P. Morgan conference week was only the start.",
        "A look at deals.",
    ]
