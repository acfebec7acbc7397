"""Word tests read chunk by chunk (`text.ChunkWords`) answer as the scans they replace: the
role rules' pre-tests and "does the sentence name a place"."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from dealradar.extract import parties, territory
from dealradar.extract.en import pipeline
from dealradar.extract.en.pipeline import extract_en
from dealradar.extract.text import ChunkWords, fold_case, sentences
from dealradar.model import Document

_DATA = Path(__file__).resolve().parents[1] / "data"
_ALPHABET = "abcdehilnorstuwy  -'’.,;⟨⟩1é\t\n"


def _fuzz(n: int, alphabet: str = _ALPHABET, longest: int = 40) -> list[str]:
    rnd = random.Random(11)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _article_sentences() -> list[str]:
    paths = [*(_DATA / "articles" / "en").glob("*.txt"), *(_DATA / "heldout").glob("en*/*.txt")]
    return [s.text for p in sorted(paths) for s in sentences(p.read_text(encoding="utf-8"))]


def test_chunk_words_are_the_union_over_chunks_even_after_forgetting() -> None:
    words = ("ab", "ca", "e ", "ta")

    def find(chunk: str) -> frozenset[str]:
        return frozenset(w for w in words if w in chunk)

    # (three chunks kept at most: the cache is emptied again and again)
    small = ChunkWords(find, kept=3)
    for chunked in (ChunkWords(find), small):
        for text in _fuzz(3000, "abcet ", 30):
            expected = frozenset(w for w in words if " " not in w and w in text)
            assert chunked.words(text) == expected, text
    assert len(small.seen) <= 3 + 30  # (what one text brings may overflow it until the next)


def test_needs_are_the_words_present_after_the_cache_is_emptied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    needs = parties._Needs(parties._ALL_NEEDS)
    monkeypatch.setattr(needs.chunks, "kept", 50)
    texts = [fold_case(s) for s in _article_sentences()[:400]] + _fuzz(2000)
    texts += ["took  over", "took over", "tookover", "in line for", "the licensor’s", "->x"]
    for low in texts:
        expected = frozenset(w for w in parties._ALL_NEEDS if w in low)
        assert needs.present(low) == expected, low


def test_a_named_place_is_found_as_by_the_scan() -> None:
    samples = [fold_case(s) for s in _article_sentences()]
    samples += _fuzz(2000, "abchiknoprstuzg .-'\t", 30)
    samples += ["rights in the u.s. and", "u.s", "hong  kong", "hongkong", "asia-pacific rights"]
    samples += ["ex-us", "usa.", "chinas", "_china", "new\u00a0zealand", "the mainland’s"]
    for low in samples:
        assert territory._names_place(low) == bool(territory._ANY_PLACE.search(low)), low
    assert [territory._names_place(s) for s in samples[-11:]] == [
        *(True, False, True, False, True, True, True, False, False, True, True),
    ]


def test_every_match_of_a_rule_holds_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule's `needs` and `also` gate it: a word list that falls behind its pattern would
    drop its matches silently. Every match in the masked sentences of the test articles
    holds one word of each."""
    masked: list[str] = []
    votes = pipeline.role_votes

    def spy(text: str) -> parties.Votes:
        masked.append(text)
        return votes(text)

    monkeypatch.setattr(pipeline, "role_votes", spy)
    paths = [*(_DATA / "articles" / "en").glob("*.txt"), *(_DATA / "heldout").glob("en*/*.txt")]
    for p in sorted(paths):
        extract_en(Document(text=p.read_text(encoding="utf-8")))
    assert len(masked) > 500
    matched = {r: 0 for r in parties._RULES if r.also}
    for text in masked:
        cut = parties._APPOSITION.sub(parties._first_group, text)
        for low in {fold_case(text), fold_case(cut)}:
            for rule in parties._RULES:
                for m in rule.pattern.finditer(low):
                    assert any(w in m.group() for w in rule.needs), (rule.needs, m.group())
                    assert not rule.also or any(w in m.group() for w in rule.also), m.group()
                    if rule.also:
                        matched[rule] += 1
    # the gated rules that vote in these articles still do
    assert sum(n > 0 for n in matched.values()) >= 4, matched


@pytest.mark.parametrize(
    ("sentence", "rule", "passes"),
    [
        ("⟨e1⟩ obtained exclusive rights from ⟨e2⟩", parties._GRANTEE, True),
        ("⟨e1⟩ values rights from ⟨e2⟩", parties._GRANTEE, False),
        ("the second deal, with ⟨e1⟩, covers x", parties._ORDINAL_DEAL_WITH, True),
        ("the deal with ⟨e1⟩ covers x", parties._ORDINAL_DEAL_WITH, False),
        ("⟨e1⟩ and ⟨e2⟩ signed a pact", parties._AND, True),
        ("⟨e1⟩ and ⟨e2⟩ rose 5%", parties._AND, False),
    ],
)
def test_a_gated_rule_is_tried_only_with_its_second_words(
    sentence: str, rule: parties._Rule, passes: bool
) -> None:
    assert rule.may_match(parties._Sentence.of(sentence)) is passes
    assert bool(list(rule.finditer(parties._Sentence.of(sentence)))) is passes


def test_place_words_are_the_words_of_the_names() -> None:
    assert "hong" in territory._PLACE_WORDS and "china" in territory._ONE_WORD_PLACES
    assert frozenset(["u", "s"]) in territory._PLACE_PARTS
    assert all(re.fullmatch(r"\w+", w) for w in territory._PLACE_WORDS)
