"""Extractor backends: the rule-based default and an OpenAI-compatible chat-completions model.

Every backend implements `Extractor`: `extract(doc) -> list[Deal]`. The model backend asks any
OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp server, hosted APIs) for JSON that fits a
schema, then keeps only what it can ground: a party, asset or figure is kept when its text
occurs in the article (figures: when the model's figure is one the money finder reads there);
a deal whose parties cannot be found is dropped. `merge` lays model findings over the
rule-based result, filling fields the rules left empty. Cost: one HTTP request per document.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol, runtime_checkable

import httpx
from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from dealradar.errors import FetchError, ParseError
from dealradar.extract.grounding import locate
from dealradar.extract.money import find_money
from dealradar.model import Asset, Company, Deal, Document, Evidence, Money
from dealradar.model.vocab import DEAL_TYPES, TERRITORY_CLASSES, DealType, TerritoryClass


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns a document into grounded deals."""

    name: str

    def extract(self, doc: Document) -> list[Deal]: ...


class RuleBasedExtractor:
    """The default: the language's rule-based pipeline (`dealradar.extract.extract`)."""

    name = "rules"

    def extract(self, doc: Document) -> list[Deal]:
        from dealradar.extract import extract

        return extract(doc)


class LLMSettings(BaseSettings):
    """Where the model is: `DEALRADAR_LLM_URL`, `DEALRADAR_LLM_MODEL`, `DEALRADAR_LLM_KEY`."""

    model_config = SettingsConfigDict(env_prefix="DEALRADAR_LLM_", extra="forbid")

    url: str = "http://127.0.0.1:11434/v1"
    model: str = "llama3.1"
    key: str | None = None
    timeout: float = 60.0
    temperature: float = 0.0


class _MoneyOut(BaseModel):
    amount: float
    currency: str = "USD"


class _DealOut(BaseModel):
    licensor: str
    licensee: str
    assets: list[str] = Field(default_factory=list)
    deal_type: str = "license"
    territory: str | None = None
    territory_class: str = "unspecified"
    upfront: _MoneyOut | None = None
    near_term: _MoneyOut | None = None
    milestones: _MoneyOut | None = None
    total: _MoneyOut | None = None
    equity: _MoneyOut | None = None
    royalties: str | None = None
    announced: str | None = None


class _Answer(BaseModel):
    deals: list[_DealOut] = Field(default_factory=list)


_PROMPT = (
    "You extract biopharma licensing, option, collaboration, acquisition and NewCo deals from "
    "news. Return JSON with a `deals` list. The licensor grants rights or sells; the licensee "
    "receives rights and pays. Copy names exactly as written. Amounts are full numbers in the "
    "stated currency (ISO 4217). Share buybacks, revenue, market sizes, industry totals, "
    "financing rounds and share prices are not deals. Omit anything the text does not state."
)


class OpenAICompatibleExtractor:
    """Deals from a chat-completions endpoint, kept only where grounded in the text."""

    name = "openai"

    def __init__(
        self, settings: LLMSettings | None = None, client: httpx.Client | None = None
    ) -> None:
        self.settings = settings or LLMSettings()
        self._client = client or httpx.Client(timeout=self.settings.timeout)

    def request(self, doc: Document) -> dict[str, Any]:
        """The chat-completions request body for `doc`."""
        return {
            "model": self.settings.model,
            "temperature": self.settings.temperature,
            "messages": [
                {"role": "system", "content": _PROMPT},
                {"role": "user", "content": doc.text},
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "deals",
                    "schema": _Answer.model_json_schema(),
                    "strict": False,
                },
            },
        }

    def extract(self, doc: Document) -> list[Deal]:
        """Ask the model, then ground its answer in `doc.text`.

        Raises:
            FetchError: the endpoint could not be reached or answered with an error.
            ParseError: the answer is not the JSON the schema asks for.
        """
        headers = {"Content-Type": "application/json"}
        if self.settings.key:
            headers["Authorization"] = f"Bearer {self.settings.key}"
        url = self.settings.url.rstrip("/") + "/chat/completions"
        try:
            response = self._client.post(url, json=self.request(doc), headers=headers)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {exc}; check DEALRADAR_LLM_URL and the server") from exc
        try:
            content = response.json()["choices"][0]["message"]["content"]
            answer = _Answer.model_validate(json.loads(content))
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise ParseError(f"{url}: answer is not deal JSON ({exc})") from exc
        return [d for d in (ground(doc, out) for out in answer.deals) if d is not None]


def _grounded_money(
    text: str, field: str, out: _MoneyOut | None, evidence: list[Evidence]
) -> Money | None:
    """The model's figure if the text states it (same amount and currency), else None."""
    if out is None:
        return None
    try:
        amount = Decimal(str(out.amount))
    except InvalidOperation:
        return None
    for m in find_money(text):
        if m.currency == out.currency.upper() and abs(m.amount - amount) <= amount * Decimal(
            "0.001"
        ):
            evidence.append(Evidence.at(field, text, m.start, m.end))
            return Money(m.amount, m.currency, qualifier=m.qualifier)
    return None


def ground(doc: Document, out: _DealOut) -> Deal | None:
    """A Deal from a model answer, keeping only what the text supports."""
    text = doc.text
    evidence: list[Evidence] = []
    parties: list[Company] = []
    for field, name in (("licensor", out.licensor), ("licensee", out.licensee)):
        span = locate(text, name)
        if span is None:
            return None
        evidence.append(Evidence.at(field, text, *span))
        parties.append(Company(text[span[0] : span[1]]))
    assets = []
    for name in out.assets:
        span = locate(text, name)
        if span is not None:
            assets.append(Asset(text[span[0] : span[1]]))
            evidence.append(Evidence.at("assets", text, *span))
    money = {
        k: _grounded_money(text, k, getattr(out, k), evidence)
        for k in ("upfront", "near_term", "milestones", "total", "equity")
    }
    territory = None
    if out.territory and (span := locate(text, out.territory)) is not None:
        territory = text[span[0] : span[1]]
        evidence.append(Evidence.at("territory", text, *span))
    royalties = None
    if out.royalties and (span := locate(text, out.royalties)) is not None:
        royalties = text[span[0] : span[1]]
        evidence.append(Evidence.at("royalties", text, *span))
    announced = None
    if out.announced:
        try:
            announced = date.fromisoformat(out.announced)
        except ValueError:
            announced = None
    deal_type: DealType = "license"
    if out.deal_type in DEAL_TYPES:
        deal_type = out.deal_type
    territory_class: TerritoryClass = "unspecified"
    if out.territory_class in TERRITORY_CLASSES:
        territory_class = out.territory_class
    deal = Deal(
        licensors=(parties[0],),
        licensees=(parties[1],),
        assets=tuple(assets),
        deal_type=deal_type,
        territory=territory,
        territory_class=territory_class,
        upfront=money["upfront"],
        near_term=money["near_term"],
        milestones=money["milestones"],
        total=money["total"],
        equity=money["equity"],
        royalties=royalties,
        announced=announced,
        evidence=tuple(evidence),
        confidence=0.6,
    )
    return _with_derived_total(deal)


def _with_derived_total(deal: Deal) -> Deal:
    """`Deal.with_derived_total`, with the parts' spans as the evidence of the sum."""
    out = deal.with_derived_total()
    if deal.total is None and out.total is not None:
        parts = [
            Evidence("total", e.start, e.end, e.quote)
            for e in out.evidence
            if e.field in ("upfront", "near_term", "milestones")
        ]
        out = replace(out, evidence=(*out.evidence, *parts))
    return out


def _same_parties(a: Deal, b: Deal) -> bool:
    from dealradar.extract.evaluate import names_match

    def names(c: Company | None) -> tuple[str, ...]:
        return c.names() if c is not None else ()

    return names_match(names(a.licensor), names(b.licensor)) and names_match(
        names(a.licensee), names(b.licensee)
    )


def merge(rules: list[Deal], model: list[Deal]) -> list[Deal]:
    """Rule-based deals, with empty fields filled from the matching model deal, plus model
    deals the rules did not find. Rule-based values always win where both have one."""
    out: list[Deal] = []
    used: set[int] = set()
    for r in rules:
        k = next((i for i, m in enumerate(model) if i not in used and _same_parties(r, m)), None)
        if k is None:
            out.append(r)
            continue
        used.add(k)
        m = model[k]
        changes: dict[str, Any] = {}
        extra = []
        for f in (
            "upfront",
            "near_term",
            "milestones",
            "equity",
            "royalties",
            "territory",
            "announced",
        ):
            if getattr(r, f) is None and getattr(m, f) is not None:
                changes[f] = getattr(m, f)
                extra += [e for e in m.evidence if e.field == f]
        if not r.assets and m.assets:
            changes["assets"] = m.assets
            extra += [e for e in m.evidence if e.field == "assets"]
        if m.total is not None and (r.total is None or (not r.total.stated and m.total.stated)):
            changes["total"] = m.total
            extra += [e for e in m.evidence if e.field == "total"]
        if changes:
            changes["evidence"] = (*[e for e in r.evidence if e.field not in changes], *extra)
            r = replace(r, **changes)
        out.append(r)
    out.extend(m for i, m in enumerate(model) if i not in used)
    return out


class MergedExtractor:
    """Rule-based deals completed by a model backend (see `merge`)."""

    name = "merged"

    def __init__(self, rules: Extractor, model: Extractor) -> None:
        self.rules, self.model = rules, model

    def extract(self, doc: Document) -> list[Deal]:
        return merge(self.rules.extract(doc), self.model.extract(doc))


def get_extractor(name: str, settings: LLMSettings | None = None) -> Extractor:
    """The backend called `name`: `rules`, `openai` or `merged`.

    Raises:
        ParseError: an unknown backend name.
    """
    if name == "rules":
        return RuleBasedExtractor()
    if name == "openai":
        return OpenAICompatibleExtractor(settings)
    if name == "merged":
        return MergedExtractor(RuleBasedExtractor(), OpenAICompatibleExtractor(settings))
    raise ParseError(f"unknown extractor backend {name!r}; choose rules, openai or merged")
