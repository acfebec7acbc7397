"""Every fault the issue lists, in one run against the local server: each is reported and
skipped, and everything else is stored (issue 5, "Fault tests")."""

from __future__ import annotations

import pytest
from ingest_fakes import extract as fake_extract
from ingest_server import DATA, Reply, ScriptedServer, html_page
from sqlalchemy import select

from dealradar.ingest.fetch import Fetcher
from dealradar.ingest.pipeline import Pipeline
from dealradar.ingest.sources import Reader
from dealradar.store import ingest_log
from dealradar.store import tables as t
from dealradar.store.engine import Store

pytestmark = pytest.mark.network

ARTICLE = html_page(
    "Hengrui licenses SHR-A1811 to Glenmark",
    "Hengrui granted Glenmark rights to SHR-A1811 for $18 million upfront.\n"
    "DEAL Hengrui | Glenmark | SHR-A1811 | 18 | 0.9\n" + "More context on the deal. " * 10,
).encode()


def test_one_run_survives_every_listed_fault(
    server: ScriptedServer, fetcher: Fetcher, store: Store
) -> None:
    sources = {
        "feed_500": server.route("/down.xml", Reply(500)),
        "feed_hang": server.route("/hang.xml", Reply(body=b"<rss/>", delay=5)),
        "feed_malformed": server.route(
            "/bad.xml",
            Reply(
                body=(DATA / "feeds" / "malformed.xml").read_bytes(),
                headers={"Content-Type": "application/rss+xml"},
            ),
        ),
        "page_too_big": server.route("/big.html", Reply(body=b"<p>x</p>" * 40_000)),
        "page_gbk": server.route(
            "/gbk.html",
            Reply(
                body=(DATA / "pages" / "article-gbk.html").read_bytes(),
                headers={"Content-Type": "text/html"},
            ),
        ),
        "redirect_loop": server.route("/loop", Reply(302, headers={"Location": "/loop"})),
        "article": server.route("/news/deal.html", Reply(body=ARTICLE)),
        "article_mirror": server.route("/mirror/deal.html", Reply(body=ARTICLE)),
    }
    server.route("/hang.xml", Reply(body=b"<rss/>", delay=5))
    stats = Pipeline(store, extractor=fake_extract).run(Reader(fetcher).read(sources.values()))

    failed = {uri: error for uri, error in stats.failures}
    assert "HTTP 500" in failed[sources["feed_500"]]
    assert "timed out" in failed[sources["feed_hang"]]
    assert "malformed feed" in failed[sources["feed_malformed"]]
    assert "byte cap" in failed[sources["page_too_big"]]
    assert "redirect loop" in failed[sources["redirect_loop"]]
    assert stats.errors == 5
    assert (stats.documents, stats.duplicates, stats.deals) == (2, 1, 1)

    with store.connect() as conn:
        rows = {r.uri: r for r in conn.execute(select(ingest_log.documents))}
        gbk_source = conn.execute(
            select(t.sources).where(t.sources.c.uri == sources["page_gbk"])
        ).first()
    assert rows[sources["article"]].status == "ok"
    assert rows[sources["article_mirror"]].status == "duplicate"
    assert rows[sources["page_gbk"]].status == "no-deal"
    assert gbk_source is None  # no deal in it, so only the log knows it
    assert all(rows[sources[k]].status == "error" for k in ("feed_500", "redirect_loop"))


def test_a_gbk_page_from_the_network_keeps_its_chinese_text(
    server: ScriptedServer, fetcher: Fetcher
) -> None:
    url = server.route("/gbk.html", Reply(body=(DATA / "pages" / "article-gbk.html").read_bytes()))
    (doc,) = list(Reader(fetcher).read([url]))
    assert doc.language == "zh"  # type: ignore[union-attr]
    assert "1800万美元首付款" in doc.text  # type: ignore[union-attr]
    assert doc.publisher == "医药观察"  # type: ignore[union-attr]
