"""Chinese deal extraction: `extract_zh(doc)` reads deals from Chinese news and announcements.

The stages (see docs/extraction-zh.md): fold full-width characters (offsets unchanged) →
find company mentions → match deal patterns to get licensor/licensee pairs → decide which
sentences belong to which deal → classify the money figures of each deal's sentences →
read territory, type, royalties, assets and date → build `Deal`s whose every field carries
the span of the original text it was read from.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date
from decimal import Decimal

from dealradar.extract.zh import details
from dealradar.extract.zh.companies import Companies, Mention, find_companies
from dealradar.extract.zh.dates import (
    DateMention,
    announced_in,
    dateline,
    find_dates,
    signature_date,
)
from dealradar.extract.zh.deals import DealPlan, owns_amount, plan_deals
from dealradar.extract.zh.money import MoneyMention, find_money
from dealradar.extract.zh.parties import Masked, find_party_matches, role_votes
from dealradar.extract.zh.terms import Figures, collect, pick, sale_price
from dealradar.extract.zh.text import as_written, fold, segments
from dealradar.extract.zh.text import lead_end as lead_of
from dealradar.model import Asset, Company, Deal, Document, Evidence, Money
from dealradar.model.fx import to_usd
from dealradar.model.money import Qualifier

_KINDS = ("upfront", "near_term", "milestones", "total", "equity")


def extract_zh(doc: Document) -> list[Deal]:
    """Every deal a Chinese text reports, each field grounded in `doc.text`.

    Args:
        doc: the article; `doc.published` resolves dates written without a year.

    Returns:
        Zero or more deals, the one the headline announces first.
    """
    original = doc.text or ""
    text = fold(original)
    if not text.strip():
        return []
    companies = find_companies(text)
    masked = Masked(text, companies)
    matches = find_party_matches(text, masked)
    if not matches:
        return []
    segs = segments(text)
    plans = plan_deals(segs, matches, companies, role_votes(masked), text)
    money = find_money(text)
    lead_end = lead_of(segs, default=len(text))
    signed = signature_date(text)
    dated = signed or dateline(text)
    published = doc.published
    if published is None and dated is not None and dated.year is not None:
        published = date(dated.year, dated.month, dated.day)
    own = _Own(dated, signed is not None, find_dates(text))
    figures = Figures(money)
    return [
        _build(original, text, plan, plans, companies, money, figures, published, lead_end, own)
        for plan in plans
    ]


class _Own:
    """The text's own date (a dateline or a 公告's signature), whether it is a signature, and
    every date the text writes."""

    __slots__ = ("dates", "mention", "signed")

    def __init__(self, mention: DateMention | None, signed: bool, dates: list[DateMention]) -> None:
        self.mention, self.signed, self.dates = mention, signed, dates


#: "信达生物今日宣布": the deal is announced on the day the text is dated.
_TODAY = re.compile(r"(?:今日|今天|当日)[^,;。]{0,6}?(?:宣布|公告|披露|发布)")


def _announced(
    text: str,
    plan: DealPlan,
    spans: list[tuple[int, int]],
    published: date | None,
    lead_end: int,
    own: _Own,
) -> tuple[date, DateMention] | None:
    """The announcement date of a deal and where it is written.

    The main deal looks in the lead first, then in the rest of its sentences; without a written
    date it is announced on the text's own date when the text is the announcement itself (a
    signed 公告) or says "今日宣布". Other deals take only dates of their own sentences.
    """
    lead = [(s, min(e, lead_end)) for s, e in spans if s < lead_end] if plan.primary else spans
    rest = [(s, e) for s, e in spans if s >= lead_end] if plan.primary else []
    for group in (lead, rest):
        for start, end in group:
            found = announced_in(text, start, end, published, own.dates)
            if found:
                return found
    mention = own.mention
    if (
        plan.primary
        and mention is not None
        and mention.year is not None
        and (own.signed or any(_TODAY.search(text, s, e) for s, e in lead))
    ):
        return date(mention.year, mention.month, mention.day), mention
    return None


def _build(
    original: str,
    text: str,
    plan: DealPlan,
    plans: list[DealPlan],
    companies: Companies,
    money: list[MoneyMention],
    figures: Figures,
    published: date | None,
    lead_end: int,
    own: _Own,
) -> Deal:
    evidence: list[Evidence] = []
    spans = plan.spans()
    announced = None
    found = _announced(text, plan, spans, published, lead_end, own)
    if found:
        announced = found[0]
        evidence.append(Evidence.at("announced", original, found[1].start, found[1].end))
    licensors = _party(original, text, "licensor", plan.licensor, companies, evidence)
    licensees = _party(original, text, "licensee", plan.licensee, companies, evidence)
    scope = [m for m in money if owns_amount(plan, plans, companies, m.start)]
    terms = collect(text, money, scope, figures)
    on = announced or published
    payments: dict[str, Money] = {}
    for kind in _KINDS:
        chosen = pick(terms, kind, text)
        if chosen is None:
            continue
        amount, parts = chosen
        payments[kind] = _money(amount, parts, on)
        evidence.extend(Evidence.at(kind, original, m.start, m.end) for m in parts)
    licensee_names = companies.names.get(plan.licensee.entity, []) if plan.licensee else []
    deal_type, type_span = details.deal_type(text, spans, plan.acquisition, licensee_names)
    if type_span:
        evidence.append(Evidence.at("deal_type", original, *type_span))
    if deal_type == "asset-purchase" and not payments:
        price = sale_price(text, scope, figures)
        if price is not None:
            payments["upfront"] = _money(price.amount, [price], on)
            evidence.append(Evidence.at("upfront", original, price.start, price.end))
    territory_text, territory_class = None, "unspecified"
    # The main deal's lead names what it grants ("50%的中国开发和商业化权益"); a later paragraph
    # may tell what a party held before. A headline's bare "海外权益" names nothing: the body
    # is asked then.
    lead_spans = [(s, e) for s, e in spans if s < lead_end] if plan.primary else []
    where = (lead_spans and details.territory(text, lead_spans, vague=False)) or (
        details.territory(text, spans)
    )
    if where:
        territory_text, territory_class, span = where
        territory_text = original[span[0] : span[1]]
        evidence.append(Evidence.at("territory", original, *span))
    elif deal_type in ("acquisition", "newco"):
        territory_class = "global" if deal_type == "acquisition" else "unspecified"
    royalties = None
    royalty = details.royalties(text, spans)
    if royalty:
        royalties = original[royalty[1][0] : royalty[1][1]]
        evidence.append(Evidence.at("royalties", original, *royalty[1]))
    asset_spans = [(s, e) for s, e in spans if s < lead_end] if plan.primary else spans
    assets = []
    found_assets = details.assets(text, asset_spans) or details.assets(text, spans)
    for _name, span in found_assets:
        assets.append(Asset(name=original[span[0] : span[1]]))
        evidence.append(Evidence.at("assets", original, *span))
    deal = Deal(
        licensors=licensors,
        licensees=licensees,
        assets=tuple(assets),
        deal_type=deal_type,
        territory=territory_text,
        territory_class=territory_class,  # type: ignore[arg-type]
        upfront=payments.get("upfront"),
        near_term=payments.get("near_term"),
        milestones=payments.get("milestones"),
        total=payments.get("total"),
        equity=payments.get("equity"),
        royalties=royalties,
        announced=announced,
        confidence=_confidence(plan),
        evidence=tuple(evidence),
    )
    return deal.with_derived_total()


def _party(
    original: str,
    text: str,
    field: str,
    mention: Mention | None,
    companies: Companies,
    evidence: list[Evidence],
) -> tuple[Company, ...]:
    if mention is None:
        return ()
    name = companies.display_name(mention)
    evidence.append(Evidence.at(field, original, mention.start, mention.end))
    aliases = companies.aliases(mention.entity, name)
    if original != text:  # names as the text writes them: traditional characters kept
        name = _written(name, text, original)
        aliases = tuple(_written(a, text, original) for a in aliases)
    return (Company(name=name, aliases=aliases),)


def _written(name: str, text: str, original: str) -> str:
    at = text.find(name)
    return as_written(name, original, at) if at >= 0 else name


def _money(amount: Decimal, parts: list[MoneyMention], on: date | None) -> Money:
    currency = parts[0].currency
    qualifiers = {m.qualifier for m in parts}
    qualifier: Qualifier | None = parts[0].qualifier if len(qualifiers) == 1 else None
    value = Money(amount, currency, stated=True, qualifier=qualifier)
    if currency != "USD" and on is not None:
        with suppress(ValueError):  # a currency without an ECB rate keeps no USD figure
            value = to_usd(value, on)
    return value


def _confidence(plan: DealPlan) -> float:
    if plan.licensor is not None and plan.licensee is not None:
        return 0.9 if plan.primary else 0.75
    return 0.7 if plan.primary else 0.6


__all__ = ["extract_zh"]
