"""Backends: the OpenAI-compatible extractor against a local chat-completions server.

The server runs on 127.0.0.1 in a thread and answers like Ollama/vLLM would; no real model.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import pytest

from dealradar.errors import FetchError, ParseError
from dealradar.extract.backends import (
    Extractor,
    LLMSettings,
    MergedExtractor,
    OpenAICompatibleExtractor,
    RuleBasedExtractor,
    get_extractor,
)
from dealradar.extract.grounding import assert_grounded
from dealradar.model import Document

TEXT = (
    "Ardent Pharma signed an exclusive license agreement with Bellwood Therapeutics for "
    "BW-101. Ardent Pharma will pay $40 million upfront. Bellwood Therapeutics may earn "
    "milestones tied to approval, and royalties on net sales."
)

pytestmark = pytest.mark.network


class _Handler(BaseHTTPRequestHandler):
    answer: ClassVar[dict[str, Any]] = {}
    seen: ClassVar[list[dict[str, Any]]] = []
    status = 200

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).seen.append(
            {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
        )
        payload = json.dumps(
            {"choices": [{"message": {"role": "assistant", "content": json.dumps(self.answer)}}]}
        )
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(payload.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.seen = []
    _Handler.status = 200
    httpd = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _model_deal(**extra: Any) -> dict[str, Any]:
    deal = {
        "licensor": "Bellwood Therapeutics",
        "licensee": "Ardent Pharma",
        "assets": ["BW-101"],
        "deal_type": "license",
        "upfront": {"amount": 40000000, "currency": "USD"},
    }
    deal.update(extra)
    return deal


def _extractor(url: str) -> OpenAICompatibleExtractor:
    return OpenAICompatibleExtractor(LLMSettings(url=url, model="test-model", key="secret"))


def test_model_answer_becomes_grounded_deal(server: str) -> None:
    _Handler.answer = {"deals": [_model_deal()]}
    deals = _extractor(server).extract(Document(TEXT))
    assert [(d.licensor.name, d.upfront.amount if d.upfront else None) for d in deals] == [
        ("Bellwood Therapeutics", 40_000_000)
    ]
    assert_grounded(deals, TEXT)
    request = _Handler.seen[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["auth"] == "Bearer secret"
    assert request["body"]["model"] == "test-model"
    assert request["body"]["response_format"]["type"] == "json_schema"


def test_figures_and_names_not_in_the_text_are_dropped(server: str) -> None:
    _Handler.answer = {
        "deals": [
            _model_deal(milestones={"amount": 900000000, "currency": "USD"}, assets=["XYZ-999"]),
            {"licensor": "Imaginary Bio", "licensee": "Ardent Pharma"},
        ]
    }
    (deal,) = _extractor(server).extract(Document(TEXT))
    assert deal.milestones is None
    assert [a.name for a in deal.assets] == []


def test_merge_fills_what_rules_left_empty_and_keeps_rule_values(server: str) -> None:
    _Handler.answer = {
        "deals": [
            _model_deal(
                royalties="royalties on net sales", upfront={"amount": 40000000, "currency": "USD"}
            )
        ]
    }
    merged = MergedExtractor(RuleBasedExtractor(), _extractor(server))
    (deal,) = merged.extract(Document(TEXT, language="en"))
    assert deal.royalties == "royalties on net sales"
    assert deal.upfront is not None and deal.upfront.amount == 40_000_000
    assert_grounded([deal], TEXT)


def test_server_error_is_a_fetch_error(server: str) -> None:
    _Handler.status = 500
    _Handler.answer = {}
    with pytest.raises(FetchError, match="DEALRADAR_LLM_URL"):
        _extractor(server).extract(Document(TEXT))


def test_answer_that_is_not_deal_json_is_a_parse_error(server: str) -> None:
    _Handler.answer = {"deals": "not a list"}
    with pytest.raises(ParseError):
        _extractor(server).extract(Document(TEXT))


def test_backends_implement_the_protocol() -> None:
    assert isinstance(RuleBasedExtractor(), Extractor)
    assert isinstance(get_extractor("merged"), Extractor)
    with pytest.raises(ParseError, match="unknown extractor backend"):
        get_extractor("telepathy")
