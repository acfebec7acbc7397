"""From labelled money mentions to a deal's payment fields, with evidence.

Upfront and near-term: the first such figure, preferring sentences that name the deal over
sentences that only continue it, and those over the headline. Milestones: the first figure,
or the sum of its parts when the text splits them by category (development + sales), or the
same sum stated more precisely in another sentence (a digest's "~$2.3B", then "$2.272B").
Total: the largest stated headline figure; else derived = upfront + near-term + milestones.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from dealradar.errors import ValidationError
from dealradar.extract.en.deals import DealDraft
from dealradar.extract.money import MoneyMention
from dealradar.extract.parties import is_historical
from dealradar.extract.terms import (
    EQUITY,
    MILESTONES,
    NEAR_TERM,
    PART,
    TOTAL,
    UPFRONT,
    WEAK_TOTAL,
    Term,
)
from dealradar.extract.text import Sentence
from dealradar.model import Deal, Evidence, Money
from dealradar.model.fx import to_usd

#: Rough USD values, used only to compare two totals in different currencies.
_ROUGH_USD = {
    "USD": 1.0,
    "EUR": 1.1,
    "GBP": 1.27,
    "CNY": 0.14,
    "JPY": 0.0068,
    "CHF": 1.12,
    "HKD": 0.128,
    "KRW": 0.00075,
    "INR": 0.012,
    "AUD": 0.66,
    "CAD": 0.73,
    "SGD": 0.74,
    "DKK": 0.147,
    "SEK": 0.095,
    "NOK": 0.093,
}
_ALL = frozenset({"development", "regulatory", "sales"})


@dataclass
class DealTerms:
    """The payment fields of one deal and the evidence for each."""

    upfront: Money | None = None
    near_term: Money | None = None
    milestones: Money | None = None
    total: Money | None = None
    equity: Money | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def any_money(self) -> bool:
        return any((self.upfront, self.near_term, self.milestones, self.total, self.equity))

    def finish(self, deal: Deal, on: date | None) -> Deal:
        """Derive the total when none is stated and fill USD equivalents at the deal date."""
        out = deal.with_derived_total()
        extra: list[Evidence] = []
        if deal.total is None and out.total is not None:
            extra = [
                Evidence("total", e.start, e.end, e.quote)
                for e in out.evidence
                if e.field in ("upfront", "near_term", "milestones") and _is_amount_quote(e.quote)
            ]
        changes: dict[str, Any] = {}
        for kind in ("upfront", "near_term", "milestones", "total", "equity"):
            money: Money | None = getattr(out, kind)
            if money is not None and money.currency != "USD" and money.usd is None:
                with contextlib.suppress(ValidationError):
                    changes[kind] = to_usd(money, on)
        if extra:
            changes["evidence"] = (*out.evidence, *extra)
        return replace(out, **changes) if changes else out


_A_DIGIT = re.compile(r"\d")


def _is_amount_quote(quote: str) -> bool:
    return _A_DIGIT.search(quote) is not None


def money_of(m: MoneyMention, amount: Decimal | None = None) -> Money:
    """The deal field a figure states (`amount` when the figure is a sum of parts)."""
    return Money(
        amount if amount is not None else m.amount, m.currency, stated=True, qualifier=m.qualifier
    )


def _rough(m: MoneyMention) -> float:
    return float(m.amount) * _ROUGH_USD.get(m.currency, 1.0)


class Labels(Protocol):
    """The labelled figures of each sentence, by index (a sentence without any: `default`)."""

    def get(self, index: int, default: list[Term], /) -> list[Term]: ...


#: A company paying the next one named (`⟨E3⟩ will pay ⟨E5⟩`), and a company investing in the
#: next one, in a masked sentence: read at every marker (the look-ahead lets two matches share
#: a marker), then the two markers' numbers are compared with the deal's parties. Why one
#: pattern with groups rather than one per pair: compiling a pattern per (licensor, licensee)
#: cost more than all the searches it served (the pairs rarely recur from text to text).
_PAYS_NEXT = re.compile(
    r"⟨E(\d+)⟩(?=[^⟨]{0,60}?\b(?:pay|pays|paying|paid|will pay)\b"
    # (not "X is collecting $70 million upfront, paid in a combination of cash and Y equity":
    # how X is paid)
    r"(?!\s+(?:partly\s+|partially\s+|wholly\s+|entirely\s+)?in\s+(?:a\s+)?(?:combination|mix|"
    r"mixture|cash|stock|shares|equity)\b)[^⟨]{0,60}?⟨E(\d+)⟩)",
    re.I,
)
# "X committed to an equity investment of EUR 300 million in Y" (X the licensor): shares the
# licensor buys in its licensee; the schema's equity is an investment in the licensor
_INVESTS_IN_NEXT = re.compile(
    r"⟨E(\d+)⟩(?=[^⟨]{0,60}?\b(?:equity\s+investment|invest(?:s|ed|ing)?)\b"
    r"[^⟨]{0,40}?\bin\s+⟨E(\d+)⟩)",
    re.I,
)

#: Words every match of `_PAYS_NEXT` and of `_INVESTS_IN_NEXT` holds ("pay" or "paid", and
#: "invest"): a sentence without one (most sentences) is not scanned from each of its markers.
#: Spelled with the characters `re.IGNORECASE` matches each letter to (the dotted and dotless
#: i, the long s) and compiled case-sensitively, so that the engine skips to the first letter.
_PAY_WORD = re.compile("[Pp][Aa](?:[Yy]|[Ii\u0130\u0131][Dd])")
_INVEST_WORD = re.compile("[Ii\u0130\u0131][Nn][Vv][Ee][Ss\u017f][Tt]")


def _names_pair(pattern: re.Pattern[str], masked_text: str, first: int, second: int) -> bool:
    """Whether `pattern` links marker `first` to marker `second` in `masked_text`."""
    a, b = str(first), str(second)
    return any(m[1] == a and m[2] == b for m in pattern.finditer(masked_text))


#: A payment said to come in parts: "The upfront will be paid in two parts: $1.4 billion ...".
_IN_PARTS = re.compile(
    r"\bin\s+(?:two|three|four|2|3|4)\s+(?:parts|tranches|installments|instalments)\b[^.;$€£¥\d]{0,20}$"
)


def _paid_in_parts(
    text: str, term: Term, parts: list[tuple[int, Term]], sentence_of: dict[int, int]
) -> list[Term]:
    """The parts after `term` in its sentence when the sentence says the payment comes in
    parts just before it (else nothing)."""
    at = term.money.start
    if not parts or not _IN_PARTS.search(text, max(0, at - 80), at):
        return []
    here = sentence_of.get(at)
    return [
        t
        for _, t in parts
        if sentence_of.get(t.money.start) == here
        and t.money.start > at
        and t.money.currency == term.money.currency
    ]


def _cash_part(
    term: Term,
    upfronts: list[tuple[int, Term]],
    equity: list[tuple[int, Term]],
    sentence_of: dict[int, int],
) -> Term:
    """The cash upfront when `term` sums it with an equity purchase of the same sentence:
    "$110 million in upfront consideration, comprising a $55 million upfront payment and a
    $55 million equity investment" (the equity is a term of its own, not part of the upfront).
    """
    here = sentence_of.get(term.money.start)
    for _, cash in upfronts:
        if sentence_of.get(cash.money.start) != here or cash.money.start <= term.money.start:
            continue
        for _, shares in equity:
            if (
                sentence_of.get(shares.money.start) == here
                and shares.money.currency == cash.money.currency == term.money.currency
                and cash.money.amount + shares.money.amount == term.money.amount
            ):
                return cash
    return term


#: A figure said to be the sum of its kind: "$1.65 billion upfront in all".
_IN_ALL = re.compile(r"\s+(?:(?:up[- ]?front|near[- ]term)\s+)?(?:in all|in total|altogether)\b")


#: No term of a deal is a sum this small: a figure under it is a price per share or per unit
#: ("one non-tradeable contingent value right worth $1.50, payable only if ...").
_SMALLEST_TERM = Decimal(1000)


def collect_terms(
    text: str,
    d: DealDraft,
    tiers: list[list[Sentence]],
    labelled: Labels,
    by_sentence: dict[int, list[DealDraft]],
    masks: dict[int, Any],
    licensor: int,
    licensee: int,
) -> DealTerms:
    """The payment fields of deal `d` from the labelled figures of its sentences."""
    found: dict[str, list[tuple[int, Term]]] = {}
    sentence_of: dict[int, int] = {}  # a figure's start -> the index of its sentence
    # (every match of either holds both companies' markers: a sentence without them is not
    # scanned; the patterns are case-blind, so a sentence with a marker in lower case, which
    # masking never writes, is scanned whatever it holds)
    lic_mark, lee_mark = f"⟨E{licensor}⟩", f"⟨E{licensee}⟩"
    for tier, sents in enumerate(tiers):
        for s in sents:
            if tier == 1 and not d.historical and is_historical(s.text):
                # "It is Amgen's largest purchase since 2019, when the company paid $13.4
                # billion to buy Otezla": a sentence about the deal that recalls an earlier
                # one, whose figures are not this deal's
                continue
            masked = masks.get(s.index)
            masked_text: str = masked.text if masked is not None else ""
            named = (lic_mark in masked_text and lee_mark in masked_text) or "⟨e" in masked_text
            if (
                named
                and _PAY_WORD.search(masked_text)
                and _names_pair(_PAYS_NEXT, masked_text, licensor, licensee)
            ):
                continue  # the licensor paying the licensee: not a term of this deal
            into_licensee = (
                named
                and _INVEST_WORD.search(masked_text) is not None
                and _names_pair(_INVESTS_IN_NEXT, masked_text, licensor, licensee)
            )
            for term in _own_terms(d, s, labelled.get(s.index, []), by_sentence, masked):
                if into_licensee and term.kind == EQUITY:
                    continue
                if term.money.amount < _SMALLEST_TERM:
                    continue  # "a contingent value right worth $1.50": a sum per share
                term = _upfront_portion(text, s.start, term)
                found.setdefault(term.kind, []).append((tier, term))
                sentence_of[term.money.start] = s.index
    out = DealTerms()
    for kind in (UPFRONT, NEAR_TERM, EQUITY):
        items = sorted(found.get(kind, []), key=lambda x: x[0])
        if items:
            term = items[0][1]
            summed = [
                t for tier, t in items if tier == items[0][0] and _IN_ALL.match(text, t.money.end)
            ]
            if len(items) > 1 and summed:
                # "hands over $1.4 billion when the deal closes and a further $250 million ...,
                # for $1.65 billion upfront in all": the parts' sum is the term
                term = summed[0]
            if kind == UPFRONT:
                term = _cash_part(term, items, found.get(EQUITY, []), sentence_of)
            parts = _paid_in_parts(text, term, found.get(PART, []), sentence_of)
            if parts:
                # "The upfront will be paid in two parts: $1.4 billion when the deal closes and
                # the remaining $250 million ...": the term is their sum
                total = term.money.amount + sum(t.money.amount for t in parts)
                setattr(out, kind, money_of(term.money, total))
                out.evidence += _evidence(text, kind, [term, *parts])
                continue
            setattr(out, kind, money_of(term.money))
            out.evidence += _evidence(text, kind, [term])
    ms = found.get(MILESTONES, [])
    if out.near_term is None and any(_further(text, t) for _, t in ms):
        # "a $20 million milestone payment tied to the phase 1 results ... up to $1.74 billion
        # in further milestones": the single payment named apart is a near-term one
        first_further = min(t.money.start for _, t in ms if _further(text, t))
        single = [
            (tier, t)
            for tier, t in ms
            if t.money.start < first_further and not _further(text, t) and _single(text, t)
        ]
        if single:
            out.near_term = money_of(single[0][1].money)
            out.evidence += _evidence(text, "near_term", [single[0][1]])
            ms = [x for x in ms if x not in single]
    if ms:
        best = min(t for t, _ in ms)
        parts = _milestone_parts([term for t, term in ms if t == best])
        parts += _next_line_parts(parts, [term for _, term in ms], sentence_of)
        if len(parts) == 1:
            own = sentence_of[parts[0].money.start]
            restated = [t for _, t in ms if sentence_of[t.money.start] != own]
            parts = [_most_precise(parts[0], restated)]
        currency = parts[0].money.currency
        parts = [p for p in parts if p.money.currency == currency]
        total = sum((p.money.amount for p in parts), start=Decimal(0))
        out.milestones = money_of(parts[0].money, total)
        out.evidence += _evidence(text, "milestones", parts)
    totals = [term for t, term in found.get(TOTAL, []) if t < 2] or [
        term for t, term in found.get(TOTAL, [])
    ]
    if not totals and not (out.upfront or out.milestones or out.near_term):
        totals = [term for _, term in found.get(WEAK_TOTAL, [])]
    elif not totals and not out.milestones:
        # "$135M upfront, up to $1.53B overall": a ceiling over everything, milestones unsaid
        totals = [term for _, term in found.get(WEAK_TOTAL, []) if term.money.qualifier == "up_to"]
    floor = max((_rough_money(x) for x in (out.upfront, out.milestones) if x), default=0.0)
    totals = [t for t in totals if _rough(t.money) >= floor * 0.9]
    if totals:
        best_total = max(totals, key=lambda t: _rough(t.money))
        stated = out.upfront or out.milestones
        if stated is not None and best_total.money.currency != stated.currency:
            # "worth up to $2.6 billion ... around 3.8 trillion won": one value restated in
            # another currency; the currency of the deal's other terms is the stated one
            same = [
                t
                for t in totals
                if t.money.currency == stated.currency
                and _rough(t.money) >= 0.8 * _rough(best_total.money)
            ]
            best_total = same[0] if same else best_total
        out.total = money_of(best_total.money)
        out.evidence += _evidence(text, "total", [best_total])
    return out


def _most_precise(term: Term, others: list[Term]) -> Term:
    """`term`, or the figure of another sentence (`others`) that states it more precisely:
    "up to ~$2.3B in milestones" in a digest's bullet, then "the milestone pool totals
    $2.272B" (the same sum within 2.5 %, with more significant digits; in one sentence, "up to
    US$1.05 billion, among which ... up to US$1.025 billion" is a sum and its part)."""
    best = term
    for t in others:
        if (
            t.money.currency == best.money.currency
            and abs(t.money.amount - term.money.amount) <= term.money.amount * Decimal("0.025")
            and _digits(t.money.amount) > _digits(best.money.amount)
        ):
            best = t
    return best


def _digits(amount: Decimal) -> int:
    """The significant digits of `amount` (2,272,000,000 has 4)."""
    return len(amount.normalize().as_tuple().digits)


#: "The upfront cash portion (of the consideration) represents a transaction value of $X": the
#: part paid at closing of a price that adds contingent payments (a CVR) to reach its total.
_UPFRONT_PORTION = re.compile(r"\bup[- ]?front\s+(?:cash\s+)?portion\b", re.I)


def _upfront_portion(text: str, start: int, term: Term) -> Term:
    """A headline value said to be the upfront portion of the price is the upfront."""
    if term.kind != TOTAL:
        return term
    said = list(_UPFRONT_PORTION.finditer(text, start, term.money.start))
    portion = said[-1] if said else None
    if portion is None or _MONEY_SIGN.search(text, portion.end(), term.money.start):
        return term  # another figure between the words and this one: they are not about it
    return replace(term, kind=UPFRONT)


_MONEY_SIGN = re.compile(r"[$€£¥]|\b(?:USD|EUR|GBP|CHF|JPY|RMB|CNY)\b|\d")


_FURTHER = re.compile(r"\b(?:further|additional|subsequent|remaining|later)\b", re.I)
_SINGLE = re.compile(r"\b(?:a|an|one)\s+(?:\S+\s+){0,3}$|^\s*milestone(?: payment)?\b(?!s)", re.I)


def _further(text: str, t: Term) -> bool:
    """A milestone figure said to come on top of one already named ("further milestones")."""
    if t.cue_start < 0:
        return False
    if t.cue_start >= t.money.end:
        return _FURTHER.search(text, t.money.end, t.cue_end) is not None
    return _FURTHER.search(text, max(0, t.cue_start - 25), t.cue_end) is not None


def _single(text: str, t: Term) -> bool:
    """One milestone payment ("a $20 million milestone payment"), not a pool of them."""
    before = text[max(0, t.money.start - 30) : t.money.start]
    after = text[t.money.end : t.money.end + 25]
    return bool(_SINGLE.search(before)) and bool(_SINGLE.search(after))


def _rough_money(m: Money) -> float:
    return float(m.amount) * _ROUGH_USD.get(m.currency, 1.0)


def _own_terms(
    d: DealDraft,
    s: Sentence,
    terms: list[Term],
    by_sentence: dict[int, list[DealDraft]],
    masked: Any,
) -> list[Term]:
    """The figures of sentence `s` that belong to `d` when it names several deals."""
    named = [x for x in by_sentence.get(s.index, []) if x is not d]
    if not named or masked is None or d not in by_sentence.get(s.index, []):
        return terms
    if all(_joint(masked.text, d, x) for x in named):
        return terms
    positions: dict[int, int] = masked.positions

    def anchors(x: DealDraft) -> list[int]:
        return [positions[e] for e in x.key if e in positions and not _shared(e, x, named, d)]

    mine = anchors(d)
    theirs = [a for x in named for a in anchors(x)]
    cuts = [s.start, *(s.start + m.end() for m in _CLAUSE_BREAK.finditer(s.text)), s.end]
    out = []
    for t in terms:
        # a figure in a clause ("...; while Z licensed ...") naming only one deal's parties
        k = bisect_right(cuts, t.money.start) - 1
        a, b = cuts[max(k, 0)], cuts[min(k + 1, len(cuts) - 1)]
        in_mine = any(a <= x < b for x in mine)
        in_theirs = any(a <= x < b for x in theirs)
        if in_mine != in_theirs:
            if in_mine:
                out.append(t)
            continue
        my_dist = min((_distance(t.money.start, a) for a in mine), default=1 << 30)
        others = [_distance(t.money.start, a) for x in named for a in anchors(x)]
        if not others or my_dist <= min(others):
            out.append(t)
    return out


def _joint(masked_text: str, d: DealDraft, x: DealDraft) -> bool:
    """Whether deals `d` and `x` share one party and name their others as one subject ("⟨E0⟩
    and ⟨E3⟩ will get the upfront payment ..."): co-licensors paid together, each deal
    carries every figure."""
    shared = d.key & x.key
    if len(shared) != 1 or len(d.key) != 2 or len(x.key) != 2:
        return False
    others = (d.key | x.key) - shared
    return any(
        {int(m.group(1)), int(m.group(2))} == others for m in _JOINED_PAIR.finditer(masked_text)
    )


#: Two companies written as one subject: "⟨E0⟩ and ⟨E3⟩", "⟨E0⟩ together with ⟨E3⟩".
_JOINED_PAIR = re.compile(r"⟨E(\d+)⟩\s*(?:,\s*)?(?:and|&|together with|along with)\s+⟨E(\d+)⟩")


def _distance(figure: int, anchor: int) -> float:
    """How far a company's mention is from a figure; a company named after the figure counts
    half as far again ("acquired X for $3.2 billion and Y for $1.9 billion": a price follows
    the company it is paid for)."""
    return figure - anchor if anchor <= figure else (anchor - figure) * 1.5


_CLAUSE_BREAK = re.compile(r";|\s[–—]\s|,\s+(?:while|whereas)\s")


def _shared(entity: int, x: DealDraft, named: list[DealDraft], d: DealDraft) -> bool:
    """An entity every deal of the sentence shares does not tell their figures apart."""
    return all(entity in y.key for y in [*named, d])


def _milestone_parts(ms: list[Term]) -> list[Term]:
    """Milestone figures that add up: categories split over several figures (development
    + sales) are summed; a repeat of a category already counted ends the list."""
    parts: list[Term] = []
    covered: set[str] = set()
    for t in ms:
        kinds = t.subkinds or _ALL
        if parts and (covered & kinds or kinds == _ALL):
            break
        parts.append(t)
        covered |= kinds
    return parts


def _next_line_parts(parts: list[Term], ms: list[Term], sentence_of: dict[int, int]) -> list[Term]:
    """Milestone categories listed on the lines right after the chosen ones ("- Development
    milestones: X is eligible to receive up to $A; - Commercial milestones: up to $B"): the
    later line names no company, so it sits in a weaker tier, yet it adds the missing
    category to the same list."""
    covered: set[str] = set()
    for p in parts:
        if not p.subkinds:
            return []
        covered |= p.subkinds
    lines: dict[int, list[Term]] = {}
    for t in ms:
        if t.money.start in sentence_of:
            lines.setdefault(sentence_of[t.money.start], []).append(t)
    # a line of its own: one figure (a line with several is a list of its own, not a part)
    by_sentence = {k: v[0] for k, v in lines.items() if len(v) == 1}
    out: list[Term] = []
    line = sentence_of.get(parts[-1].money.start, -2) + 1
    while line in by_sentence:
        t = by_sentence[line]
        if not t.subkinds or covered & t.subkinds or t in parts:
            break
        out.append(t)
        covered |= t.subkinds
        line += 1
    return out


def _evidence(text: str, field_name: str, terms: list[Term]) -> list[Evidence]:
    out: list[Evidence] = []
    for t in terms:
        out.append(Evidence.at(field_name, text, t.money.start, t.money.end))
        if t.cue_start >= 0 and t.cue_end > t.cue_start:
            out.append(Evidence.at(field_name, text, t.cue_start, t.cue_end))
    return out
