"""Reading documents to extract from: files, directories, standard input; any encoding; HTML.

Each input becomes a `Document` or a `ParseError` that names the file and why, so a batch
can report a bad file and carry on with the rest.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from dealradar.errors import ParseError
from dealradar.model import Document

SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 50_000_000


class _TextOf(HTMLParser):
    """The visible text of an HTML page: blocks become paragraphs, scripts are dropped."""

    _BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "header",
            "title",
        ]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, paragraphs separated by blank lines."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def decode(data: bytes, source: str) -> str:
    """Text of `data`: UTF-8 (with or without BOM), else the detected encoding.

    Raises:
        ParseError: the bytes are binary, not text.
    """
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(f"{source}: binary data, not text (found NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ParseError(f"{source}: not text in any known encoding")
    text = str(best)
    printable = sum(ch.isprintable() or ch.isspace() for ch in text[:4096])
    if text and printable / min(len(text), 4096) < 0.85:
        raise ParseError(f"{source}: binary data, not text")
    return text


def to_document(data: bytes, source: str) -> Document:
    """A Document from raw bytes; HTML is reduced to its text."""
    if len(data) > MAX_BYTES:
        raise ParseError(f"{source}: {len(data)} bytes is over the {MAX_BYTES}-byte limit")
    text = decode(data, source)
    head = text[:2000].lower()
    if (
        source.lower().endswith((".html", ".htm"))
        or "<html" in head
        or "<body" in head
        or "<p>" in head
    ):
        text = html_to_text(text)
    return Document(text=text, uri=source)


def iter_paths(paths: list[str]) -> Iterator[str]:
    """Each path given, with directories walked for .txt, .md and .html files."""
    for given in paths:
        if given == "-":
            yield given
            continue
        p = Path(given)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield str(child)
        else:
            yield given


def read_document(source: str) -> Document:
    """The Document at `source` (`-` is standard input).

    Raises:
        ParseError: the file is missing, unreadable, binary or too large.
    """
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise ParseError(f"{source}: cannot read ({exc.strerror or exc})") from exc
    return to_document(data, source)
