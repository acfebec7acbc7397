"""Where documents come from: files, folders, article URLs, files of URLs, RSS/Atom feeds.

Docs: docs/ingestion.md#sources. `Reader.read(specs)` turns what a user typed into one lazy
stream of `Document`s, with a `Failed` in place of each source that could not be read, so a
bad source is reported and the rest goes on. Nothing is held in memory beyond the document
being read, which keeps a 100,000-file folder as cheap as a ten-file one.

URLs that the store already holds (`skip_uri`) are not fetched again; files are always read,
since reading and hashing a local file is cheaper than asking whether it changed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dealradar.errors import DealradarError, FetchError
from dealradar.ingest import feeds
from dealradar.ingest.clean import to_document
from dealradar.ingest.fetch import Fetcher
from dealradar.ingest.items import Failed, Item
from dealradar.model import Document

#: File suffixes read from a folder; others (gold `.json`, images, archives) are passed over.
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
MAX_FILE_BYTES = 5 * 1024 * 1024


def never(_uri: str) -> bool:
    return False


class Reader:
    """Reads sources into a stream of items for one run.

    Args:
        fetcher: used for every URL; None means URLs fail with a clear message (offline use).
        skip_uri: True for a URI that needs no work (already ingested successfully).
        max_file_bytes: files larger than this are reported and skipped.
    """

    def __init__(
        self,
        fetcher: Fetcher | None = None,
        *,
        skip_uri: Callable[[str], bool] = never,
        max_file_bytes: int = MAX_FILE_BYTES,
    ) -> None:
        self.fetcher = fetcher
        self.skip_uri = skip_uri
        self.max_file_bytes = max_file_bytes
        self._seen_urls: set[str] = set()

    # -- entry points ----------------------------------------------------------------------

    def read(self, specs: Iterable[str | Path]) -> Iterator[Item]:
        """Items from each source in turn: a path (file or folder) or an http(s) URL."""
        for spec in specs:
            text = str(spec)
            if text.startswith(("http://", "https://")):
                yield from self.read_url(text)
                continue
            path = Path(text).expanduser()
            if path.is_dir():
                yield from self.read_folder(path)
            elif path.is_file():
                yield from self.read_file(path)
            else:
                yield Failed(text, "no such file or folder, and not an http(s) URL", "source")

    def poll(self, feed_url: str, *, etag: str | None, last_modified: str | None) -> Iterator[Item]:
        """Items of one registered feed, conditionally fetched (see `feeds.poll`)."""
        if self.fetcher is None:
            yield Failed(feed_url, "fetching is switched off", "feed")
            return
        yield from feeds.poll(
            feed_url, self.fetcher, self.read_article, etag=etag, last_modified=last_modified
        )

    # -- local files -----------------------------------------------------------------------

    def read_folder(self, folder: Path) -> Iterator[Item]:
        """Every document file under `folder`, in a stable order; hidden entries are skipped.

        The folder is resolved once and walked from there: the walk does not enter linked
        folders, so a file's resolved path (its URI) is its path unless the file itself is a
        link, and resolving every file again (a system call per path component) is saved.
        """
        suffixes = DOCUMENT_SUFFIXES | FEED_SUFFIXES
        for root, dirs, files in os.walk(folder.resolve()):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or os.path.splitext(name)[1].lower() not in suffixes:
                    continue
                path = Path(root, name)
                uri = str(path.resolve()) if os.path.islink(path) else str(path)
                yield from self.read_file(path, uri=uri)

    def read_file(self, path: Path, *, uri: str | None = None) -> Iterator[Item]:
        """A document file, a local feed, or a file listing URLs (one per line); `uri` is the
        file's resolved path when the caller knows it."""
        uri = uri or str(path.resolve())
        try:
            size = path.stat().st_size
            if size > self.max_file_bytes:
                yield Failed(uri, f"{size:,} bytes is over the {self.max_file_bytes:,}-byte cap")
                return
            content = path.read_bytes()
        except OSError as exc:
            yield Failed(uri, f"cannot read: {exc.strerror or exc}")
            return
        if path.suffix.lower() in FEED_SUFFIXES or feeds.looks_like_feed(content):
            yield from feeds.read_feed(content, uri, self.read_article)
            return
        urls = url_list(content)
        if urls is not None:
            for url in urls:
                yield from self.read_url(url)
            return
        try:
            yield to_document(content, uri)
        except Exception as exc:  # one unreadable file must not end the run
            yield Failed(uri, _reason(exc))

    # -- the network -----------------------------------------------------------------------

    def read_url(self, url: str) -> Iterator[Item]:
        """An article, or each entry of a feed, found at `url`."""
        if url in self._seen_urls or self.skip_uri(url):
            return
        self._seen_urls.add(url)
        if self.fetcher is None:
            yield Failed(url, "fetching is switched off")
            return
        try:
            fetched = self.fetcher.get(url)
        except FetchError as exc:
            yield Failed(url, str(exc))
            return
        if feeds.looks_like_feed(fetched.content, fetched.content_type):
            yield from feeds.read_feed(
                fetched.content,
                url,
                self.read_article,
                etag=fetched.etag,
                last_modified=fetched.last_modified,
            )
            return
        try:
            yield to_document(fetched.content, url, fetched.content_type)
        except Exception as exc:
            yield Failed(url, _reason(exc))

    def read_article(self, url: str) -> Document | Failed | None:
        """One article page (a feed entry's link); None when it needs no work."""
        if url in self._seen_urls or self.skip_uri(url):
            return None
        self._seen_urls.add(url)
        if self.fetcher is None:
            return Failed(url, "fetching is switched off")
        try:
            fetched = self.fetcher.get(url)
            return to_document(fetched.content, url, fetched.content_type)
        except Exception as exc:
            return Failed(url, _reason(exc))


def url_list(content: bytes) -> list[str] | None:
    """The URLs of a file listing one per line (blank lines and `#` comments allowed), or None
    when the file is anything else."""
    if len(content) > 2 * 1024 * 1024 or b"<" in content[:512]:
        return None
    try:
        lines = content.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        return None
    urls = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    if urls and all(u.startswith(("http://", "https://")) and " " not in u for u in urls):
        return urls
    return None


def _reason(exc: Exception) -> str:
    """A failure as the report shows it: our own errors speak for themselves."""
    if isinstance(exc, DealradarError):
        return str(exc)
    return f"{exc.__class__.__name__}: {exc}"
