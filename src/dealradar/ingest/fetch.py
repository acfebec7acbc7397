"""Polite HTTP fetching: what every network read of dealradar goes through.

Docs: docs/ingestion.md#fetching. One `Fetcher` holds one `httpx.Client` and applies, to every
request: a User-Agent naming dealradar, robots.txt, a minimum interval per host (raised to the
site's Crawl-delay), timeouts, bounded retries with exponential back-off on 5xx, 429 and
connection errors, a size cap enforced while streaming, a redirect limit with loop detection,
and conditional requests (ETag / Last-Modified) so an unchanged feed costs one 304.

Every failure is a `FetchError` whose message names the URL and the reason; callers report it
and go on with the next source.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from dealradar.errors import FetchError

REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how patiently to fetch. The defaults suit news sites and feeds."""

    user_agent: str = "dealradar/0.1 (+https://github.com/dealradar/dealradar)"
    timeout: float = 20.0
    """Seconds to connect, and to wait for each read; a hung server fails after this."""
    total_timeout: float = 60.0
    """Seconds for a whole response, so a server trickling bytes cannot hold us forever."""
    retries: int = 3
    """Further attempts after a 5xx, a 429 or a connection error (not after a 4xx)."""
    backoff: float = 1.0
    """First back-off in seconds; doubled at each retry, capped at `backoff_max`."""
    backoff_max: float = 30.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    per_host_interval: float = 1.0
    """Minimum seconds between two requests to one host."""
    respect_robots: bool = True


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body (or a 304) and what a later conditional request needs."""

    url: str
    status: int
    content: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class HostThrottle:
    """Spaces requests to the same host at least `interval` seconds apart."""

    interval: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _next: dict[str, float] = field(default_factory=dict)
    _interval: dict[str, float] = field(default_factory=dict)

    def set_interval(self, host: str, seconds: float) -> None:
        self._interval[host] = max(self.interval, seconds)

    def wait(self, host: str) -> None:
        now = self.clock()
        ready = self._next.get(host, now)
        if ready > now:
            self.sleep(ready - now)
            now = ready
        self._next[host] = now + self._interval.get(host, self.interval)


class Fetcher:
    """Fetches URLs under a `FetchPolicy`. Use as a context manager, or call `close()`."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.sleep = sleep
        self.throttle = HostThrottle(self.policy.per_host_interval, sleep=sleep)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._agent = self.policy.user_agent.split("/")[0].strip() or "dealradar"
        self.client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent},
            timeout=httpx.Timeout(self.policy.timeout),
            follow_redirects=False,
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """Fetch `url`, following redirects. A 304 comes back as `Fetched(status=304)`.

        Raises:
            FetchError: refused by robots.txt, a 4xx, a redirect loop, over the size cap, or
                still failing (5xx, timeout, connection error) after the last retry.
        """
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = [url]
        current = url
        while True:
            response = self._get_with_retries(current, headers)
            if response.status not in REDIRECTS:
                return response
            nxt = urljoin(current, response.headers.get("location", ""))
            if nxt in seen:
                raise FetchError(f"{url}: redirect loop ({' -> '.join([*seen, nxt])})")
            if len(seen) > self.policy.max_redirects:
                raise FetchError(f"{url}: more than {self.policy.max_redirects} redirects")
            seen.append(nxt)
            current = nxt

    # -- one URL, with retries -------------------------------------------------------------

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> Fetched:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url}: only http(s) URLs can be fetched")
        if self.policy.respect_robots and not self.allowed(url):
            raise FetchError(f"{url}: disallowed by robots.txt for {self._agent}")
        attempts = self.policy.retries + 1
        for attempt in range(attempts):
            self.throttle.wait(parts.netloc)
            try:
                fetched = self._get_once(url, headers)
            except (httpx.TransportError, _TooSlow) as exc:
                reason = _describe(exc)
                if attempt + 1 >= attempts:
                    raise FetchError(f"{url}: {reason} (after {attempts} attempts)") from exc
                self.sleep(self._delay(attempt, None))
                continue
            if fetched.status in RETRY_STATUSES:
                if attempt + 1 >= attempts:
                    raise FetchError(f"{url}: HTTP {fetched.status} (after {attempts} attempts)")
                self.sleep(self._delay(attempt, fetched.headers.get("retry-after")))
                continue
            if fetched.status >= 400:
                raise FetchError(f"{url}: HTTP {fetched.status}")
            return fetched
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(self, url: str, headers: dict[str, str]) -> Fetched:
        cap = self.policy.max_bytes
        deadline = time.monotonic() + self.policy.total_timeout
        with self.client.stream("GET", url, headers=headers) as r:
            if r.status_code in REDIRECTS or r.status_code == 304 or r.status_code >= 400:
                # no body wanted: a redirect, an unchanged resource or a failing server
                return Fetched(url, r.status_code, headers=dict(r.headers))
            declared = r.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > cap:
                raise FetchError(f"{url}: {int(declared):,} bytes is over the {cap:,}-byte cap")
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchError(f"{url}: response is over the {cap:,}-byte cap")
                if time.monotonic() > deadline:
                    raise _TooSlow(f"no complete response in {self.policy.total_timeout:g}s")
                chunks.append(chunk)
            return Fetched(
                url=str(r.url),
                status=r.status_code,
                content=b"".join(chunks),
                content_type=r.headers.get("content-type"),
                etag=r.headers.get("etag"),
                last_modified=r.headers.get("last-modified"),
            )

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        delay: float = min(self.policy.backoff * 2.0**attempt, self.policy.backoff_max)
        if retry_after and retry_after.strip().isdigit():
            delay = max(delay, min(float(retry_after), self.policy.backoff_max))
        return delay

    # -- robots.txt ------------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets dealradar fetch `url` (cached per host for this Fetcher).

        A missing robots.txt (4xx) allows everything; 401/403 forbids everything; a robots.txt
        that cannot be fetched (5xx, timeout) allows, since the page fetch reports the outage.
        """
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self._robots:
            self._robots[base] = self._load_robots(base, parts.netloc)
        parser = self._robots[base]
        return True if parser is None else bool(parser.can_fetch(self._agent, url))

    def _load_robots(self, base: str, host: str) -> urllib.robotparser.RobotFileParser | None:
        self.throttle.wait(host)
        try:
            r = self.client.get(f"{base}/robots.txt", follow_redirects=True)
        except httpx.HTTPError:
            return None
        parser = urllib.robotparser.RobotFileParser(f"{base}/robots.txt")
        if r.status_code in (401, 403):
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        if r.status_code != 200:
            return None
        parser.parse(r.content[: 512 * 1024].decode("utf-8", "replace").splitlines())
        delay = parser.crawl_delay(self._agent)
        if delay:
            self.throttle.set_interval(host, min(float(delay), 30.0))
        return parser


class _TooSlow(Exception):
    """A response that did not complete within `total_timeout`."""


def _describe(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({exc.__class__.__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({exc})"
    return f"{exc.__class__.__name__}: {exc}" if str(exc) else exc.__class__.__name__
