"""RSS and Atom feeds: parse with feedparser, turn entries into documents, poll conditionally.

Docs: docs/ingestion.md#feeds. A feed is only a list of links: each entry's article is fetched
and cleaned like any page (the summary in the feed is rarely the whole story), and the entry's
date and title fill in what the page lacks. An entry without a link but with content becomes a
document of its own.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

import feedparser

from dealradar.errors import FetchError, ParseError
from dealradar.ingest.clean import html_to_document, looks_like_html, text_to_document
from dealradar.ingest.fetch import Fetcher
from dealradar.ingest.items import Failed, FeedPolled, Item
from dealradar.model import Document

FEED_TYPES = ("rss", "atom", "rdf", "/xml", "+xml")

#: Reads one article URL: a `Document`, a `Failed`, or None when the URL needs no work.
ReadArticle = Callable[[str], Document | Failed | None]


@dataclass(frozen=True, slots=True)
class Entry:
    link: str | None
    title: str | None
    published: date | None
    content: str | None
    id: str | None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    url: str
    title: str | None
    entries: tuple[Entry, ...]
    warning: str | None = None


def looks_like_feed(content: bytes, content_type: str | None = None) -> bool:
    """An RSS/Atom/RDF document, by media type or by its first element."""
    ctype = (content_type or "").lower()
    if "html" not in ctype and any(k in ctype for k in FEED_TYPES):
        return True
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
        while head.startswith(b"<!--"):
            head = head[head.find(b"-->") + 3 :].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def parse_feed(content: bytes, url: str) -> ParsedFeed:
    """The entries of a feed. Tolerates small defects (feedparser's "bozo" feeds that still
    yield entries, reported as `warning`); rejects what yields nothing.

    Raises:
        ParseError: malformed beyond recovery, or not a feed at all.
    """
    parsed: Any = feedparser.parse(content, sanitize_html=False, resolve_relative_uris=True)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.entries and (problem is not None or not parsed.get("version")):
        why = f"malformed feed ({problem})" if problem is not None else "not an RSS or Atom feed"
        raise ParseError(f"{url}: {why}")
    entries = tuple(_entry(e) for e in parsed.entries)
    return ParsedFeed(
        url=url,
        title=parsed.feed.get("title"),
        entries=entries,
        warning=f"parsed with errors: {problem}" if problem is not None else None,
    )


def entry_items(feed: ParsedFeed, read_article: ReadArticle) -> Iterator[Item]:
    """A document (or failure) for each entry, lazily, articles fetched as they are reached."""
    for n, entry in enumerate(feed.entries):
        if entry.link and entry.link.startswith(("http://", "https://")):
            got = read_article(entry.link)
            if isinstance(got, Document):
                got = _fill(got, entry)
            if got is not None:
                yield got
        elif entry.content:
            # no web page behind the entry (feedparser gives a non-URL guid as `link`)
            uri = entry.link or entry.id or f"{feed.url}#entry-{n}"
            try:
                doc = (
                    html_to_document(entry.content, uri)
                    if looks_like_html(entry.content) or "<p" in entry.content
                    else text_to_document(entry.content, uri, title=entry.title)
                )
            except ParseError as exc:
                yield Failed(uri, str(exc))
                continue
            yield _fill(doc, entry)


def read_feed(
    content: bytes,
    url: str,
    read_article: ReadArticle,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Iterator[Item]:
    """Entries of an already fetched feed, then a `FeedPolled` saying how it went."""
    try:
        feed = parse_feed(content, url)
    except ParseError as exc:
        yield Failed(url, str(exc), kind="feed")
        yield FeedPolled(url, "error", error=str(exc))
        return
    failures = 0
    for item in entry_items(feed, read_article):
        failures += isinstance(item, Failed)
        yield item
    note = f"{failures} of {len(feed.entries)} entries failed" if failures else feed.warning
    yield FeedPolled(
        url,
        "partial" if failures else "ok",
        etag=etag,
        last_modified=last_modified,
        title=feed.title,
        error=note,
        entries=len(feed.entries),
    )


def poll(
    url: str,
    fetcher: Fetcher,
    read_article: ReadArticle,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Iterator[Item]:
    """Poll one feed with a conditional request: nothing but a `FeedPolled` when unchanged."""
    try:
        fetched = fetcher.get(url, etag=etag, last_modified=last_modified)
    except FetchError as exc:
        yield Failed(url, str(exc), kind="feed")
        yield FeedPolled(url, "error", error=str(exc))
        return
    if fetched.not_modified:
        yield FeedPolled(url, "not-modified")
        return
    yield from read_feed(
        fetched.content,
        url,
        read_article,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
    )


def _entry(e: Any) -> Entry:
    content = None
    if e.get("content"):
        content = e["content"][0].get("value")
    content = content or e.get("summary")
    stamp = e.get("published_parsed") or e.get("updated_parsed")
    published = (
        datetime.fromtimestamp(calendar.timegm(stamp), UTC).date() if stamp is not None else None
    )
    return Entry(
        link=e.get("link"),
        title=e.get("title"),
        published=published,
        content=content,
        id=e.get("id"),
    )


def _fill(doc: Document, entry: Entry) -> Document:
    return replace(
        doc,
        title=doc.title or entry.title,
        published=entry.published or doc.published,
    )
