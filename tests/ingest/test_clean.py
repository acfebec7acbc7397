"""Bytes to clean documents: encodings, article extraction, dates, language (issue 5, part 1)."""

from __future__ import annotations

from datetime import date

import pytest
from ingest_server import DATA

from dealradar.errors import ParseError
from dealradar.ingest.clean import (
    declared_charset,
    decode,
    guess_published,
    html_to_document,
    looks_like_html,
    text_to_document,
    to_document,
)

PAGES = DATA / "pages"


def test_gbk_page_declared_in_meta_is_decoded() -> None:
    raw = (PAGES / "article-gbk.html").read_bytes()
    assert declared_charset(raw) == "gbk"
    doc = to_document(raw, "http://example.cn/a.html")
    assert "恒瑞医药" in doc.text and "1800万美元首付款" in doc.text
    assert doc.language == "zh"
    assert doc.published == date(2025, 9, 24)


def test_gbk_without_any_declaration_is_detected() -> None:
    raw = "恒瑞医药宣布与Glenmark达成许可协议，获得1800万美元首付款及里程碑付款。".encode("gbk") * 3
    assert "1800万美元首付款" in decode(raw)


def test_a_wrong_charset_header_does_not_garble_utf8() -> None:
    raw = "恒瑞医药 licenses to Glenmark".encode()
    assert decode(raw, "text/html; charset=gbk").startswith("恒瑞医药")


def test_http_header_charset_wins_over_meta() -> None:
    raw = '<meta charset="utf-8"><p>caf\xe9</p>'.encode("latin-1")
    assert "café" in decode(raw, "text/html; charset=ISO-8859-1")


def test_bom_decides_the_encoding() -> None:
    assert decode("SHR-A1811".encode("utf-16")) == "SHR-A1811"


def test_html_is_reduced_to_the_article() -> None:
    raw = (PAGES / "article-en.html").read_bytes()
    doc = to_document(raw, "http://news.example/hengrui.html")
    assert doc.title == "Hengrui licenses SHR-A1811 to Glenmark"
    assert doc.publisher == "Pharma Wire"
    assert doc.published == date(2025, 9, 24)
    assert doc.language == "en"
    assert "$18 million upfront" in doc.text
    assert "Cookie settings" not in doc.text and "Subscribe" not in doc.text


def test_a_page_without_article_text_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no article text"):
        html_to_document("<html><body><script>x()</script></body></html>", "http://x/e")


def test_plain_text_takes_headline_and_dateline() -> None:
    doc = text_to_document(
        "Hengrui out-licenses SHR-A1811\n\nSHANGHAI, September 24, 2025 - Hengrui said...", "/a.txt"
    )
    assert doc.title == "Hengrui out-licenses SHR-A1811"
    assert doc.published == date(2025, 9, 24)
    assert doc.language == "en"


def test_an_empty_text_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="empty"):
        text_to_document("  \n ", "/empty.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEIJING, Oct. 22, 2025 /PRNewswire/ -", date(2025, 10, 22)),
        ("Phase 3, 2025 results; announced Sept 5, 2025", date(2025, 9, 5)),
        ("2025年9月24日，恒瑞医药公告", date(2025, 9, 24)),
        ("Posted 2025-01-02 by staff", date(2025, 1, 2)),
        ("No date in this opening at all.", None),
    ],
)
def test_published_date_is_read_from_the_opening(text: str, expected: date | None) -> None:
    assert guess_published(text) == expected


def test_html_is_recognised_by_type_or_by_its_start() -> None:
    assert looks_like_html(b"x", "text/html; charset=utf-8")
    assert looks_like_html(b"  <!DOCTYPE html><html>")
    assert not looks_like_html(b"DEAL a | b | c | 1 | 1")
