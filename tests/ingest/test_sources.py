"""Sources → documents: files, folders, URL lists, articles and feeds (issue 5, part 1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ingest_server import DATA, Reply, Request, ScriptedServer, html_page

from dealradar.ingest.fetch import Fetcher
from dealradar.ingest.items import Failed, FeedPolled, Item
from dealradar.ingest.sources import Reader, url_list
from dealradar.model import Document

FEEDS = DATA / "feeds"


def docs(items: list[Item]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def failures(items: list[Item]) -> list[Failed]:
    return [i for i in items if isinstance(i, Failed)]


def serve_rss(server: ScriptedServer, path: str = "/feed.xml") -> str:
    rss = (FEEDS / "rss.xml").read_text().replace("{base}", server.url("").rstrip("/"))
    server.route(
        "/news/hengrui-glenmark.html",
        Reply(
            body=(DATA / "pages" / "article-en.html").read_bytes(),
            headers={"Content-Type": "text/html; charset=utf-8"},
        ),
    )
    server.route(
        "/news/innovent-takeda.html",
        Reply(
            body=html_page(
                "Innovent and Takeda sign deal",
                "Innovent grants Takeda rights to IBI363 for $1.2 billion upfront. " * 4,
            ).encode()
        ),
    )
    return server.route(
        path, Reply(body=rss.encode(), headers={"Content-Type": "application/rss+xml"})
    )


def test_a_folder_is_walked_in_order_skipping_gold_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("First article\nbody")
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / ".git" / "x.txt").write_text("object")
    (tmp_path / "b" / "c.html").write_text(html_page("Second article", "Body text. " * 20))
    items = list(Reader().read([tmp_path]))
    assert [d.title for d in docs(items)] == ["First article", "Second article"]
    assert docs(items)[0].uri == str((tmp_path / "a.txt").resolve())
    assert not failures(items)


def test_a_missing_path_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("An article")
    items = list(Reader().read([tmp_path / "nope", tmp_path / "ok.txt"]))
    assert failures(items)[0].kind == "source"
    assert [d.text for d in docs(items)] == ["An article"]


def test_a_file_over_the_cap_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("x" * 2000)
    (tmp_path / "small.txt").write_text("y")
    items = list(Reader(max_file_bytes=1000).read([tmp_path]))
    assert "over the 1,000-byte cap" in failures(items)[0].error
    assert len(docs(items)) == 1


def test_url_list_recognises_only_lists_of_urls() -> None:
    assert url_list(b"# my sources\nhttp://a/1\n\nhttps://b/2\n") == ["http://a/1", "https://b/2"]
    assert url_list(b"http://a/1\nThis is prose.") is None
    assert url_list(b"") is None


@pytest.mark.network
def test_a_file_of_urls_fetches_each_article(
    server: ScriptedServer, fetcher: Fetcher, tmp_path: Path
) -> None:
    a = server.route("/a.html", Reply(body=html_page("Deal A", "Alpha licenses X. " * 10).encode()))
    b = server.route("/b.html", Reply(500))
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# sources\n{a}\n{b}\n{a}\n")
    items = list(Reader(fetcher).read([listing]))
    assert [d.title for d in docs(items)] == ["Deal A"]
    assert [f.uri for f in failures(items)] == [b]
    assert server.hits["/a.html"] == 1


@pytest.mark.network
def test_urls_already_ingested_are_not_fetched(server: ScriptedServer, fetcher: Fetcher) -> None:
    url = server.route("/a.html", Reply(body=html_page("Deal A", "Body. " * 20).encode()))
    assert list(Reader(fetcher, skip_uri=lambda u: u == url).read([url])) == []
    assert server.hits["/a.html"] == 0


@pytest.mark.network
def test_an_rss_feed_yields_its_articles_with_feed_dates(
    server: ScriptedServer, fetcher: Fetcher
) -> None:
    url = serve_rss(server)
    items = list(Reader(fetcher).read([url]))
    got = docs(items)
    assert [d.title for d in got] == [
        "Hengrui licenses SHR-A1811 to Glenmark",
        "Innovent and Takeda sign deal",
    ]
    assert got[1].published == date(2025, 10, 22)
    assert "Cookie settings" not in got[0].text
    assert items[-1] == FeedPolled(url, "ok", title="Pharma Wire: deals", entries=2)


@pytest.mark.network
def test_a_feed_that_returns_500s_is_reported_and_the_rest_goes_on(
    server: ScriptedServer, fetcher: Fetcher
) -> None:
    bad = server.route("/down.xml", Reply(500))
    good = serve_rss(server)
    items = list(Reader(fetcher).read([bad, good]))
    assert "HTTP 500" in failures(items)[0].error
    assert len(docs(items)) == 2


@pytest.mark.network
def test_a_hanging_feed_times_out_and_the_rest_goes_on(
    server: ScriptedServer, fetcher: Fetcher
) -> None:
    hang = server.route("/hang.xml", Reply(body=b"<rss/>", delay=5))
    good = serve_rss(server)
    items = list(Reader(fetcher).read([hang, good]))
    assert "timed out" in failures(items)[0].error
    assert len(docs(items)) == 2


@pytest.mark.network
def test_a_malformed_feed_is_reported_not_read(server: ScriptedServer, fetcher: Fetcher) -> None:
    url = server.route(
        "/bad.xml",
        Reply(
            body=(FEEDS / "malformed.xml").read_bytes(),
            headers={"Content-Type": "application/rss+xml"},
        ),
    )
    items = list(Reader(fetcher).read([url]))
    assert failures(items)[0].kind == "feed"
    assert "malformed feed" in failures(items)[0].error
    assert isinstance(items[-1], FeedPolled) and items[-1].status == "error"


def test_a_local_atom_feed_with_inline_content_needs_no_network() -> None:
    items = list(Reader().read([FEEDS / "atom.xml"]))
    (doc,) = docs(items)
    assert doc.uri == "urn:biodeals:1"
    assert doc.title == "Hansoh out-licenses HS-20094 to Regeneron"
    assert "$80 million" in doc.text
    assert doc.published == date(2025, 6, 2)


@pytest.mark.network
def test_an_unchanged_feed_costs_one_304(server: ScriptedServer, fetcher: Fetcher) -> None:
    url = serve_rss(server)
    rss = server.routes["/feed.xml"]
    assert isinstance(rss, Reply)

    def conditional(req: Request) -> Reply:
        if req.headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(body=rss.body, headers={"ETag": '"v1"'})

    server.route("/feed.xml", conditional)
    first = list(Reader(fetcher).poll(url, etag=None, last_modified=None))
    assert isinstance(first[-1], FeedPolled) and first[-1].etag == '"v1"'
    hits = sum(server.hits.values())
    again = list(Reader(fetcher).poll(url, etag='"v1"', last_modified=None))
    assert again == [FeedPolled(url, "not-modified")]
    assert sum(server.hits.values()) == hits + 1


@pytest.mark.network
def test_a_feed_with_a_failing_entry_is_partial(server: ScriptedServer, fetcher: Fetcher) -> None:
    url = serve_rss(server)
    server.route("/news/innovent-takeda.html", Reply(404))
    items = list(Reader(fetcher).read([url]))
    assert len(docs(items)) == 1
    polled = items[-1]
    assert isinstance(polled, FeedPolled) and polled.status == "partial"
    assert polled.error == "1 of 2 entries failed"


def test_a_linked_folder_and_a_linked_file_are_read_under_their_resolved_paths(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "sub" / "a.txt").write_text("First article\nbody")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("Second article\nbody")
    (real / "sub" / "link.txt").symlink_to(elsewhere / "b.txt")
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    items = list(Reader().read([tmp_path / "alias"]))
    assert [d.uri for d in docs(items)] == [
        str((real / "sub" / "a.txt").resolve()),
        str((elsewhere / "b.txt").resolve()),
    ]
