"""Fixtures for ingestion tests: the scripted local server, a fast fetch policy, a store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dealradar.ingest.fetch import Fetcher, FetchPolicy

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
# The suite imports test modules with --import-mode=importlib, which puts no test folder on
# sys.path; the helper modules beside this file (ingest_server, ingest_fakes) need it.
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


@pytest.fixture
def server() -> Iterator[Any]:
    """The scripted server (`ingest_server.ScriptedServer`), shut down after the test."""
    from ingest_server import ScriptedServer

    srv = ScriptedServer()
    srv.thread.start()
    yield srv
    srv.release.set()
    srv.httpd.shutdown()
    srv.httpd.server_close()


@pytest.fixture
def policy() -> FetchPolicy:
    """Small timeouts and no waiting, so fault tests stay fast."""
    return FetchPolicy(
        user_agent="dealradar-test/0.1 (+https://example.org)",
        timeout=0.3,
        total_timeout=2.0,
        retries=2,
        backoff=0.01,
        backoff_max=0.05,
        max_bytes=200_000,
        per_host_interval=0.0,
    )


@pytest.fixture
def fetcher(policy: FetchPolicy) -> Iterator[Fetcher]:
    with Fetcher(policy) as f:
        yield f
