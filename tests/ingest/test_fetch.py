"""Polite, robust fetching against a scripted local server (issue 5, part 2)."""

from __future__ import annotations

import time

import pytest
from ingest_server import Reply, Request, ScriptedServer

from dealradar.errors import FetchError
from dealradar.ingest.fetch import Fetcher, FetchPolicy, HostThrottle

pytestmark = pytest.mark.network


def test_user_agent_names_dealradar(server: ScriptedServer, fetcher: Fetcher) -> None:
    url = server.route("/a", Reply(body=b"hello"))
    assert fetcher.get(url).content == b"hello"
    assert server.requests[-1].headers["user-agent"].startswith("dealradar")


def test_server_errors_are_retried_then_reported(server: ScriptedServer, fetcher: Fetcher) -> None:
    url = server.route("/down", Reply(500, b"oops"))
    with pytest.raises(FetchError, match=r"HTTP 500 \(after 3 attempts\)"):
        fetcher.get(url)
    assert server.hits["/down"] == 3


def test_a_transient_503_is_retried_until_it_succeeds(
    server: ScriptedServer, fetcher: Fetcher
) -> None:
    calls = iter([Reply(503), Reply(503), Reply(body=b"finally")])
    url = server.route("/flaky", lambda _req: next(calls))
    assert fetcher.get(url).content == b"finally"


def test_backoff_doubles_and_honours_retry_after(server: ScriptedServer) -> None:
    slept: list[float] = []
    policy = FetchPolicy(retries=2, backoff=0.5, backoff_max=10, per_host_interval=0)
    url = server.route("/busy", Reply(429, headers={"Retry-After": "3"}))
    with Fetcher(policy, sleep=slept.append) as f, pytest.raises(FetchError, match="HTTP 429"):
        f.get(url)
    assert slept == [3.0, 3.0]
    slept.clear()
    url = server.route("/down", Reply(502))
    with Fetcher(policy, sleep=slept.append) as f, pytest.raises(FetchError):
        f.get(url)
    assert slept == [0.5, 1.0]


def test_a_client_error_is_not_retried(server: ScriptedServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.get(server.url("/missing"))
    assert server.hits["/missing"] == 1


def test_a_hanging_server_times_out(server: ScriptedServer, fetcher: Fetcher) -> None:
    url = server.route("/hang", Reply(body=b"late", delay=5))
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetcher.get(url)
    assert time.monotonic() - started < 3


def test_connection_refused_is_reported(fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="cannot connect"):
        fetcher.get("http://127.0.0.1:9/nothing-listens-here")


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_response_over_the_size_cap_is_refused(
    server: ScriptedServer, fetcher: Fetcher, chunked: bool
) -> None:
    url = server.route("/big", Reply(body=b"x" * 300_000, chunked=chunked))
    with pytest.raises(FetchError, match="200,000-byte cap"):
        fetcher.get(url)
    assert server.hits["/big"] == 1


def test_a_redirect_loop_is_detected(server: ScriptedServer, fetcher: Fetcher) -> None:
    server.route("/loop-a", Reply(302, headers={"Location": "/loop-b"}))
    url = server.route("/loop-b", Reply(302, headers={"Location": "/loop-a"}))
    with pytest.raises(FetchError, match="redirect loop"):
        fetcher.get(url)


def test_redirects_are_followed_up_to_the_limit(
    server: ScriptedServer, policy: FetchPolicy
) -> None:
    for i in range(8):
        server.route(f"/r{i}", Reply(301, headers={"Location": f"/r{i + 1}"}))
    server.route("/r8", Reply(body=b"end"))
    with Fetcher(policy) as f:
        assert f.get(server.url("/r6")).content == b"end"
        assert f.get(server.url("/r6")).url.endswith("/r8")
        with pytest.raises(FetchError, match="more than 5 redirects"):
            f.get(server.url("/r0"))


def test_robots_txt_disallow_is_respected(server: ScriptedServer, fetcher: Fetcher) -> None:
    server.route("/robots.txt", Reply(body=b"User-agent: dealradar-test\nDisallow: /private/\n"))
    url = server.route("/private/deal.html", Reply(body=b"secret"))
    with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
        fetcher.get(url)
    assert server.hits["/private/deal.html"] == 0
    assert fetcher.get(server.route("/public.html", Reply(body=b"ok"))).content == b"ok"
    assert server.hits["/robots.txt"] == 1


def test_robots_txt_forbidden_means_stay_out(server: ScriptedServer, fetcher: Fetcher) -> None:
    server.route("/robots.txt", Reply(403))
    with pytest.raises(FetchError, match=r"robots\.txt"):
        fetcher.get(server.route("/page", Reply(body=b"x")))


def test_conditional_request_gets_a_304(server: ScriptedServer, fetcher: Fetcher) -> None:
    def feed(req: Request) -> Reply:
        if req.headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(body=b"<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Mon, 01 Sep 2025"})

    url = server.route("/feed.xml", feed)
    first = fetcher.get(url)
    assert (first.etag, first.last_modified) == ('"v1"', "Mon, 01 Sep 2025")
    second = fetcher.get(url, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.content == b""
    assert server.requests[-1].headers["if-modified-since"] == "Mon, 01 Sep 2025"


def test_requests_to_one_host_are_spaced() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    throttle = HostThrottle(1.0, clock=lambda: now[0], sleep=sleep)
    throttle.wait("a.example")
    throttle.wait("b.example")
    now[0] += 0.25
    throttle.wait("a.example")
    assert slept == [0.75]
    throttle.set_interval("a.example", 5.0)
    throttle.wait("a.example")
    assert slept == [0.75, 1.0]
