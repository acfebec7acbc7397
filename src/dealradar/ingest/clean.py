"""Bytes → clean `Document`: encoding detection, HTML reduced to the article, language, date.

Docs: docs/ingestion.md#cleaning. Chinese news sites still serve GBK, and feeds mislabel their
charset often enough that a declared charset is checked before it is trusted: it must decode
the bytes cleanly, else charset-normalizer decides. HTML goes through trafilatura, which keeps
the article body and drops navigation, footers and comments, and reads title, site name and
date from the page's metadata.
"""

from __future__ import annotations

import codecs
import re
from datetime import date

import charset_normalizer
import trafilatura

from dealradar.errors import ParseError
from dealradar.extract.language import detect_language
from dealradar.model import Document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
#: Labels browsers decode as a superset (WHATWG Encoding Standard); GB18030 ⊃ GBK ⊃ GB2312.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: English month names, written out: `calendar.month_name` follows the process locale.
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH_NUMBER = {n: i for i, name in enumerate(_MONTH_NAMES, 1) for n in (name, name[:3])}
_MONTH_NUMBER["sept"] = 9
_DATE_PATTERNS = (
    re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(20\d\d)\b"),
    re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b"),
    re.compile(r"(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
)


def declared_charset(content: bytes, content_type: str | None = None) -> str | None:
    """The charset the HTTP header or a `<meta charset>` in the first 4 KB declares."""
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            return m.group(1).lower()
    meta = _META_CHARSET.search(content[:4096])
    return meta.group(1).decode("ascii").lower() if meta else None


def decode(content: bytes, content_type: str | None = None) -> str:
    """Text of `content`: a BOM; else UTF-8 if the bytes are valid UTF-8 (other encodings
    almost never are, and mislabelled UTF-8 is common); else the declared charset if it
    decodes cleanly; else charset-normalizer's best guess; else UTF-8 with replacements."""
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return content.decode(codec, "replace")
    candidates = ["utf-8"]
    declared = declared_charset(content, content_type)
    if declared:
        candidates.append(_SUPERSETS.get(declared, declared))
    for codec in candidates:
        try:
            return content.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    best = charset_normalizer.from_bytes(content[:200_000]).best()
    if best is not None:
        return content.decode(_SUPERSETS.get(best.encoding, best.encoding), "replace")
    return content.decode("utf-8", "replace")


def looks_like_html(content: bytes | str, content_type: str | None = None) -> bool:
    if content_type and "html" in content_type.lower():
        return True
    head = content[:1024]
    head_text = head.decode("latin-1") if isinstance(head, bytes) else head
    return bool(
        re.match(r"\s*(<!--.*?-->\s*)*<(!doctype html|html|head|body)\b", head_text, re.I | re.S)
    )


def html_to_document(html: str, uri: str) -> Document:
    """The article in `html`: main text, title, publisher (site name) and date.

    Raises:
        ParseError: trafilatura found no article text in the page.
    """
    result = trafilatura.bare_extraction(
        html,
        url=uri if "://" in uri else None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        # page metadata only: htmldate's extensive search guesses (a copyright year → Jan 1)
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise ParseError(f"{uri}: no article text found in the HTML page")
    title = getattr(result, "title", None)
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    published = _iso_date(getattr(result, "date", None)) or guess_published(text)
    return Document(
        text=text,
        uri=uri,
        title=title,
        publisher=getattr(result, "sitename", None) or getattr(result, "hostname", None),
        published=published,
        language=detect_language(text),
    )


def text_to_document(text: str, uri: str, *, title: str | None = None) -> Document:
    """A plain-text article: the first non-blank line is its headline, the dateline its date."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise ParseError(f"{uri}: the document is empty")
    if title is None:
        title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Document(
        text=text,
        uri=uri,
        title=title[:500] if title else None,
        published=guess_published(text),
        language=detect_language(text),
    )


def to_document(content: bytes, uri: str, content_type: str | None = None) -> Document:
    """HTML or plain text, decoded whatever its encoding, as a `Document`."""
    text = decode(content, content_type)
    if looks_like_html(text, content_type):
        return html_to_document(text, uri)
    return text_to_document(text, uri)


def guess_published(text: str) -> date | None:
    """The first date in the opening lines ("SHANGHAI, September 24, 2025 -", "2025年9月24日")."""
    head = text[:600]
    best: tuple[int, date] | None = None
    for i, pattern in enumerate(_DATE_PATTERNS):
        m = pattern.search(head)
        while i == 0 and m and m.group(1).lower() not in _MONTH_NUMBER:
            m = pattern.search(head, m.end(1))
        if not m:
            continue
        try:
            if i == 0:
                found = date(int(m.group(3)), _MONTH_NUMBER[m.group(1).lower()], int(m.group(2)))
            else:
                found = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except (ValueError, KeyError):
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), found)
    return best[1] if best else None


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
