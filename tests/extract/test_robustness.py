"""Bad input gives deals or a clear error for that document, never a crash of the batch."""

from __future__ import annotations

import time

import pytest

from dealradar.errors import ParseError
from dealradar.extract import extract
from dealradar.extract.grounding import assert_grounded
from dealradar.extract.inputs import decode, to_document

DEAL = (
    "Ardent Pharma signed an exclusive license agreement with Bellwood Therapeutics for "
    "BW-101. Ardent Pharma will pay $40 million upfront."
)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "\x00\x01\x02",
        "((((",
        '"unterminated quote',
        "$$$ 1e999 billion",
        "上海" * 50,
    ],
)
def test_odd_text_gives_no_deal_and_no_error(text: str) -> None:
    assert extract(text, language="en") == []


def test_unterminated_quote_keeps_the_deal() -> None:
    text = 'Ardent Pharma said "this is big. ' + DEAL
    deals = extract(text, language="en")
    assert [d.licensor.name for d in deals] == ["Bellwood Therapeutics"]
    assert_grounded(deals, text)


def test_binary_bytes_are_a_parse_error_naming_the_source() -> None:
    with pytest.raises(ParseError, match=r"junk\.bin: binary"):
        decode(b"\x00\x01\x02\xff" * 100, "junk.bin")


def test_latin1_text_is_decoded() -> None:
    raw = "Société Générale Pharma signed a licence agreement with Crèmerie Bio. " * 3
    assert "Société" in decode(raw.encode("latin-1"), "x.txt")


def test_html_is_reduced_to_its_text_before_extraction() -> None:
    html = f"<html><head><script>var x=1;</script></head><body><p>{DEAL}</p></body></html>"
    doc = to_document(html.encode(), "page.html")
    deals = extract(doc)
    assert "<" not in doc.text
    assert [d.upfront.amount for d in deals if d.upfront] == [40_000_000]


@pytest.mark.slow
def test_ten_megabyte_text_finishes_with_grounded_deals() -> None:
    filler = "Markets were calm today and analysts expected little change. " * 40 + "\n\n"
    text = (filler + DEAL + "\n\n") * (10_000_000 // (len(filler) + len(DEAL)))
    start = time.perf_counter()
    deals = extract(text, language="en")
    assert time.perf_counter() - start < 120
    assert deals
    assert_grounded(deals, text)
