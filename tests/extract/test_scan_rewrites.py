"""Scans rewritten to run faster find exactly what the plain scans found.

Each rewrite (a pattern tried only where a match can start, a string test in place of a
pattern, a pre-test that skips a scan) is checked against the plain scan on the test and
held-out articles and on generated strings full of the characters and words it turns on.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from dealradar.extract import dates, money, orgs
from dealradar.extract import text as text_module
from dealradar.extract.en import pipeline
from dealradar.extract.text import after_break, finditer_lines, fold_case, search_lines

_DATA = Path(__file__).resolve().parents[1] / "data"


def _articles() -> list[str]:
    paths = [*(_DATA / "articles" / "en").glob("*.txt"), *(_DATA / "heldout").glob("en*/*.txt")]
    return [p.read_text(encoding="utf-8") for p in sorted(paths)]


def _pieces_fuzz(pieces: tuple[str, ...], n: int, seed: int, joiners: str = " ") -> list[str]:
    rnd = random.Random(seed)
    return [
        "".join(rnd.choice(pieces) + rnd.choice(joiners) for _ in range(rnd.randint(1, 12)))
        for _ in range(n)
    ]


_LEGAL_PIECES = (
    *("zentrix", "corvalis", "abc", "xY", "fooBar2", "plc", "SE", "N.V.", "AG", "Inc.", "Ltd."),
    *("Acme", "Pharma", "Bio"),
    *("Limited", "GmbH", "S.A.", "Acme", "a", "de", "é", "-", "'", "x9", ",", "(", "the", "and"),
)


def test_lower_case_names_are_found_as_by_a_plain_scan() -> None:
    texts = _articles() + _pieces_fuzz(_LEGAL_PIECES, 3000, 5, " ,\n-")
    texts += ["zentrix SE and corvalis N.V.", "foo plc plc", "bar, SE", "baz,  SE", "éabc AG"]
    texts += ["holvoX Pharma Limited", "xY Acme AG Ltd.", "fooBar2 Acme\nAcme Ltd."]
    # (a name in camel case before capitalised words is tried first where it can start)
    plain = re.compile(
        "|".join(
            p.pattern.replace("?P<name>", "?:").replace("?P<legal>", "?:")
            for p in (orgs._CAMEL_LED_NAME, orgs._LOWER_CASE_NAME)
        )
    )
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in orgs._lower_case_names(text)] == expected, text
        found += len(expected)
    assert found > 500


def test_inn_stems_are_found_as_by_the_pattern() -> None:
    words = {w for text in _articles() for w in text.split()}
    words |= {"Trastuzumab", "ADAGENE", "nivolUMAB", "Kab", "ſtat", "ıvir", "cel", "Tinib,"}
    for word in words:
        assert orgs._has_inn_stem(word) == bool(orgs._INN_STEM.search(word)), word


_LINE_PATTERNS = [
    dates._DATELINE,
    dates._BARE_DATELINE,
    dates._LABELLED_DATE,
    pipeline._BYLINE,
    pipeline._SPEAKER,
    re.compile(r"(?m)^a\w|^cd?"),  # (a ^ common to both branches)
    re.compile(r"(?m)^ab|cd"),  # (the ^ opens one branch only: refused)
]
_LINE_PIECES = (
    *("ab", "a", "c", "cd", "xa", "\na"),
    *("ZURICH, Switzerland, ", "May 13, 2024", " -- ", "19 March 2024", "--", "Date: ", "By X "),
    *(
        "| ",
        "Published ",
        "Operator:",
        "Q: ",
        "CEO: ",
        "\n",
        "\n\n",
        "text",
        " ",
        "\t",
        "(Seoul=X) ",
    ),
)


@pytest.mark.parametrize("pattern", _LINE_PATTERNS[:-1], ids=lambda p: p.pattern[:20])
def test_line_patterns_searched_from_line_breaks_find_the_same_matches(
    pattern: re.Pattern[str],
) -> None:
    broken = after_break(pattern)
    texts = _articles() + _pieces_fuzz(_LINE_PIECES, 2000, 9, "\n ")
    for text in texts:
        for pos, end in ((0, len(text)), (1, min(len(text), 1500)), (7, len(text) - 3)):
            plain = pattern.search(text, pos, max(pos, end))
            fast = search_lines(pattern, broken, text, pos, max(pos, end))
            assert (fast and fast.span()) == (plain and plain.span()), (pattern.pattern, text)
        for pos in (0, 5, max(0, len(text) - 400)):
            expected = [m.span() for m in pattern.finditer(text, pos)]
            assert [m.span() for m in finditer_lines(pattern, broken, text, pos)] == expected


def test_after_break_refuses_a_pattern_not_opening_with_a_line_start() -> None:
    with pytest.raises(ValueError):
        after_break(_LINE_PATTERNS[-1])
    with pytest.raises(ValueError):
        after_break(re.compile(r"^abc"))  # not multi-line: ^ is the text's start only
    with pytest.raises(ValueError):
        after_break(re.compile(r"(?m)a^"))


def test_item_headings_end_as_their_pre_test_expects() -> None:
    names = ("DICE Therapeutics", "Y", "X (Bio)", "Acme\nBio")
    gaps = (" ", "\t", "  ", "")
    dated = ("(June 20, 2023)", "(12 March 2024)", "(June 20 2023)", "(2023)")
    ends = ("", ".", ":", ";", ". ", ":\u2003", ").", " x", "\n", ".\n\n")
    matched = 0
    for name in names:
        for gap in gaps:
            for date in dated:
                for end in ends:
                    text = name + gap + date + end
                    if pipeline._ITEM_HEADING.fullmatch(text):
                        assert text.rstrip().endswith(pipeline._HEADING_ENDS), text
                        matched += 1
    assert matched >= 20


def test_outside_speakers_open_a_line_as_their_pre_test_expects() -> None:
    for text in _articles() + _pieces_fuzz(_LINE_PIECES, 3000, 4, "\n :"):
        labels = list(pipeline._SPEAKER.finditer(text))
        if any(pipeline._OUTSIDE_SPEAKER.match(m.group(1)) for m in labels):
            assert text.startswith(pipeline._OUTSIDE_SPEAKER_OPENINGS) or any(
                w in text for w in pipeline._OUTSIDE_SPEAKER_LINES
            ), text


def _number_fuzz(n: int) -> list[str]:
    pieces = ("two", "billion", "million", "dollars", "usd", "crore", "rupees", "5", " ", "x")
    return _pieces_fuzz(pieces, n, 17, " \n-")


def test_scale_and_currency_found_from_the_scale_words_alone() -> None:
    alternatives = money._SCALE_WORDS.split("|")
    # (a scale of two words, "hundred\s+million", ends in one of one word: a match of it holds
    # a match of that one with the same currency after it, found where that word stands)
    assert all(a.split("+")[-1].startswith(money._SCALE_OPENINGS) for a in alternatives)
    assert all(
        a.startswith(money._SCALE_OPENINGS) or a.split("+")[-1] in alternatives
        for a in alternatives
    )
    texts = [fold_case(t) for t in _articles()]
    texts += [*_number_fuzz(2000), "5 million dollars", "trillion  yuan", "crores rupees"]
    texts += ["2.7 hundred million us dollars", "50 ten thousand yuan", "ten thousand"]
    for low in texts:
        for start, end in ((0, len(low)), (4, max(4, len(low) - 6))):
            plain = money._SCALE_AND_CURRENCY.search(low, start, end) is not None
            assert money._has_scale_and_currency(low, start, end) == plain, low


_BREAK_PIECES = ("Foo", "bar.", "Baz!", "Q?", "\n", "\n\n", " \t\n", "\r\n", '."', ".)", "$5", " ")


def test_paragraphs_and_sentences_end_where_the_plain_patterns_end_them() -> None:
    texts = _articles() + _pieces_fuzz(_BREAK_PIECES, 3000, 13, " \n.")
    for text in texts:
        if "\r" not in text:
            lf = [m.span() for m in text_module._LF_PARAGRAPH_BREAK.finditer(text)]
            assert lf == [m.span() for m in text_module._PARAGRAPH_BREAK.finditer(text)]
        for para in text_module.paragraphs(text):
            if not any(c in para.text for c in "!?\n"):
                fast = text_module._FULL_STOP_END.finditer(text, para.start, para.end)
                plain = text_module._SENTENCE_END.finditer(text, para.start, para.end)
                assert [m.span() for m in fast] == [m.span() for m in plain], para.text


_ASCII_PIECES = ("Foo", "BAR", "3SBio", "12B", "Inc", ", Inc.", "and", "&", "x9", "2024", "'s")


def test_ascii_variants_find_what_the_unicode_patterns_find_in_ascii_text() -> None:
    texts = [t for t in _articles() if t.isascii()]
    texts += [t for t in _pieces_fuzz(_ASCII_PIECES, 3000, 21, " .,-/\n") if t.isascii()]
    assert len(texts) > 1000
    for text in texts:
        assert _spans(orgs._ASCII_RUN, text) == _spans(orgs._RUN, text), text
        low = fold_case(text)
        assert _spans(money._ASCII_DIGIT_RUN, low) == _spans(money._DIGIT_RUN, low), text


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]
