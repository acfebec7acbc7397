"""`dealradar ingest|update|feeds|review` through the real CLI (issue 5)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dealradar.cli.app import app

INGEST_TESTS = Path(__file__).resolve().parents[1] / "ingest"
FAKE = f"{INGEST_TESTS / 'ingest_fakes.py'}:extract"
if str(INGEST_TESTS) not in sys.path:  # the scripted HTTP server lives beside the ingest tests
    sys.path.insert(0, str(INGEST_TESTS))

from ingest_server import Reply, Request, ScriptedServer  # noqa: E402


def write_corpus(folder: Path, n: int, *, low_confidence: int = -1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        conf = 0.3 if i == low_confidence else 0.9
        deal = f"DEAL Licensor {i} | Licensee {i} | AS-{i} | 10 | {conf}"
        (folder / f"doc-{i:05d}.txt").write_text(f"Headline {i}\n\nMay 5, 2025 -\n{deal}\n")
    return folder


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer()
    srv.thread.start()
    yield srv
    srv.release.set()
    srv.httpd.shutdown()
    srv.httpd.server_close()


def run(runner: CliRunner, db: str, *args: str) -> Any:
    return runner.invoke(app, ["--db", db, *args])


def as_json(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_a_folder_prints_a_json_summary(runner: CliRunner, db: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 6)
    summary = as_json(run(runner, db, "ingest", str(corpus), "--extractor", FAKE, "-f", "json"))
    assert {k: summary[k] for k in ("documents", "deals", "deals_new", "errors")} == {
        "documents": 6,
        "deals": 6,
        "deals_new": 6,
        "errors": 0,
    }
    again = as_json(run(runner, db, "ingest", str(corpus), "--extractor", FAKE, "-f", "json"))
    assert (again["documents"], again["unchanged"], again["deals"]) == (0, 6, 0)


def test_quiet_prints_one_summary_line(runner: CliRunner, db: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 3)
    result = run(runner, db, "ingest", str(corpus), "--extractor", FAKE, "--quiet")
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    assert line.startswith("3 new documents; 3 deals (3 new), 0 flagged for review, 0 errors in ")


def test_a_failing_source_is_reported_and_strict_fails_the_run(
    runner: CliRunner, db: str, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "c", 2)
    missing = str(tmp_path / "missing")
    result = run(runner, db, "ingest", missing, str(corpus), "--extractor", FAKE)
    assert result.exit_code == 0
    assert "2 new documents" in result.stdout and "1 errors" in result.stdout
    assert f"failed: {missing}: no such file or folder" in result.stderr
    strict = run(runner, db, "ingest", missing, "--extractor", FAKE, "--strict", "-q")
    assert strict.exit_code == 1


def test_a_bad_extractor_spec_says_how_to_write_one(runner: CliRunner, db: str) -> None:
    result = run(runner, db, "ingest", ".", "--extractor", "nonsense")
    assert result.exit_code == 1
    assert "expected module:function or file.py:function" in result.stderr


def test_feeds_add_list_remove(runner: CliRunner, db: str) -> None:
    added = run(runner, db, "feeds", "add", "https://news.example/deals.rss", "--title", "Deals")
    assert added.stdout.strip() == "Added: feed 1 https://news.example/deals.rss"
    again = run(runner, db, "feeds", "add", "https://news.example/deals.rss")
    assert again.stdout.startswith("Already registered")
    (feed,) = as_json(run(runner, db, "feeds", "list", "-f", "json"))
    assert (feed["url"], feed["title"], feed["status"]) == (
        "https://news.example/deals.rss",
        "Deals",
        "new",
    )
    assert run(runner, db, "feeds", "remove", "1").stdout.startswith("Removed: feed 1")
    gone = run(runner, db, "feeds", "remove", "1")
    assert gone.exit_code == 1 and "no feed '1'" in gone.stderr
    assert run(runner, db, "feeds", "add", "ftp://x").exit_code == 1


def test_update_without_feeds_explains_how_to_add_one(runner: CliRunner, db: str) -> None:
    result = run(runner, db, "update")
    assert result.exit_code == 1
    assert "dealradar feeds add URL" in result.stderr


@pytest.mark.network
def test_update_polls_feeds_and_an_unchanged_feed_costs_a_304(
    runner: CliRunner, db: str, server: ScriptedServer
) -> None:
    base = server.url("")
    rss = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>A</title><link>{base}/a.txt</link></item>"
        f"<item><title>B</title><link>{base}/b.txt</link></item></channel></rss>"
    ).encode()

    def feed(req: Request) -> Reply:
        if req.headers.get("if-none-match") == '"1"':
            return Reply(304)
        return Reply(body=rss, headers={"ETag": '"1"', "Content-Type": "application/rss+xml"})

    good = server.route("/feed.xml", feed)
    bad = server.route("/broken.xml", Reply(500))
    for name in ("a", "b"):
        server.route(
            f"/{name}.txt", Reply(body=f"{name}\n\nDEAL L{name} | E{name} | X | 5 | 0.9".encode())
        )
    run(runner, db, "feeds", "add", good)
    run(runner, db, "feeds", "add", bad)
    opts = ["--extractor", FAKE, "--retries", "0", "--host-interval", "0", "--timeout", "2"]
    first = as_json(run(runner, db, "update", *opts, "-f", "json"))
    assert (first["documents"], first["deals"], first["feeds"]) == (2, 2, {"ok": 1, "error": 1})
    second = as_json(run(runner, db, "update", *opts, "-f", "json"))
    assert (second["documents"], second["feeds"]) == (0, {"not-modified": 1, "error": 1})
    assert server.hits["/a.txt"] == 1
    listed = {f["url"]: f for f in as_json(run(runner, db, "feeds", "list", "-f", "json"))}
    assert listed[good]["status"] == "not-modified"
    assert "HTTP 500" in listed[bad]["error"]


def test_review_list_accept_edit_reject(runner: CliRunner, db: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 3, low_confidence=1)
    run(runner, db, "ingest", str(corpus), "--extractor", FAKE, "-q")
    (item,) = as_json(run(runner, db, "review", "list", "-f", "json"))
    assert (item["licensor"], item["reason"]) == ("Licensor 1", "low confidence (0.30)")
    table = run(runner, db, "review", "list")
    assert "Licensor 1" in table.stdout
    edited = run(
        runner,
        db,
        "review",
        "edit",
        str(item["id"]),
        "upfront",
        "12000000 USD",
        "--accept",
        "--actor",
        "alice",
    )
    assert edited.exit_code == 0, edited.output
    (accepted,) = as_json(run(runner, db, "review", "list", "--status", "accepted", "-f", "json"))
    assert accepted["upfront_usd"] == 12_000_000
    assert set(accepted["locked"]) >= {"upfront_amount", "status"}
    assert as_json(run(runner, db, "review", "list", "-f", "json")) == []
    assert run(runner, db, "review", "reject", "1", "--note", "not a deal").exit_code == 0
    bad = run(runner, db, "review", "edit", "1", "deal_type", "merger")
    assert bad.exit_code == 1 and "not one of license" in bad.stderr
    assert run(runner, db, "review", "accept", "999").exit_code == 1
    with sqlite3.connect(db) as conn:
        actions = conn.execute("select actor, action from audit order by id").fetchall()
    assert ("alice", "edit") in actions and ("alice", "accept") in actions
    assert actions[-1][1] == "reject"


@pytest.mark.slow
def test_a_run_killed_midway_resumes_without_duplicates_or_losses(db: str, tmp_path: Path) -> None:
    n = 300
    corpus = write_corpus(tmp_path / "c", n)
    env = {**os.environ, "FAKE_EXTRACT_DELAY": "0.004"}
    cmd = [
        sys.executable,
        "-m",
        "dealradar",
        "--db",
        db,
        "ingest",
        str(corpus),
        "--extractor",
        FAKE,
        "--batch-size",
        "10",
        "-q",
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        committed = 0
        while committed < 50 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            committed = _count(db, "documents")
        assert proc.poll() is None, "the run finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = _count(db, "documents")
    assert 0 < partial < n
    assert partial % 10 == 0, "only whole batches are committed"
    assert _count(db, "deals") == partial
    resumed = subprocess.run(
        [*cmd[:-1], "-f", "json"],
        env={**env, "FAKE_EXTRACT_DELAY": "0"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    summary = json.loads(resumed.stdout)
    assert (summary["unchanged"], summary["documents"]) == (partial, n - partial)
    assert _count(db, "documents") == n
    assert _count(db, "deals") == n
    assert _count(db, "sources") == n
    assert _count(db, "deal_sources") == n


def _count(db: str, table: str) -> int:
    if not Path(db).exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute(f"select count(*) from {table}").fetchone()[0])
    except sqlite3.OperationalError:  # the table does not exist yet (migrating)
        return 0


def test_extraction_overlaps_writing_by_default_and_0_turns_it_off(
    runner: CliRunner, db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dealradar.cli import ingest as cli_ingest
    from dealradar.ingest import Pipeline

    seen: list[int] = []
    real_init = Pipeline.__init__

    def spy(self: Pipeline, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        seen.append(self.workers)

    monkeypatch.setattr(Pipeline, "__init__", spy)
    monkeypatch.setattr(cli_ingest, "default_workers", lambda: 1)
    corpus = write_corpus(tmp_path / "c", 3)
    as_json(run(runner, db, "ingest", str(corpus), "--extractor", FAKE, "-f", "json"))
    as_json(
        run(runner, db, "ingest", str(corpus), "--workers", "0", "--extractor", FAKE, "-f", "json")
    )
    assert seen == [1, 0]
