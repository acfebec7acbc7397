"""Deal assembly: turn per-sentence party cues into deals, and decide which sentences speak
about which deal (the "focus" a reader keeps while reading a roundup).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from dealradar.extract.dates import MONTH_NAMES
from dealradar.extract.parties import (
    Masked,
    Votes,
    apposed,
    is_dealish,
    is_historical,
    is_negated,
)
from dealradar.extract.text import Sentence

#: A paragraph or sentence that turns to another deal ("Separately, ...", "In another deal,
#: ...", "Meanwhile, ...", "Elsewhere in China, ...").
_SEPARATE = re.compile(
    r"^\s*(?:[-•*–]\s*)?(?:Separately|In a separate|Elsewhere|In other news|Also on|"
    r"Meanwhile|In unrelated|In (?:another|a second|a third|a further|an unrelated|a different)"
    r"\s+(?:deal|transaction|agreement|pact|licen[cs]ing deal|move)|"
    r"On the (?:licensing|dealmaking|M&A) front|Also (?:this week|today|on \w+day))\b",
    re.I,
)


#: A month's name, as the patterns below write it.
_MONTHS = rf"(?:{MONTH_NAMES})"
_RIGHTS_CUE = re.compile(r"licen[cs]|\brights\b", re.I)
_EARLIER_DEAL_OPENING = re.compile(
    r"\s*(?:The|That|This)\s+(?:earlier|previous|prior|first|original)\s+"
    # ("The previous tie-up between the companies was unveiled on Oct. 20, when ...")
    r"(?:pact|deal|agreement|licen[cs]e|collaboration|partnership|transaction|tie-up|"
    r"alliance)\b"
)
#: "The agreement extends a February arrangement under which Y took U.S. rights": the earlier
#: deal of the same two companies, told by what it gave.
_EXTENDS_EARLIER = re.compile(
    r"\b(?:extends|expands|builds on|adds to|follows)\s+(?:an?|the|their|its)\s+"
    r"(?:earlier|previous|prior|" + _MONTHS + r"(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s+"
    r"(?:arrangement|agreement|deal|pact|licen[cs]e|collaboration|partnership)\s+(?:under|in)\s+"
    r"which\b"
)
#: An earlier dealing of the two companies that names no deal of its own: "the deal extends
#: an earlier relationship between the two firms" (unlike "an option and license agreement
#: the companies signed in September 2017", or "In 2017 the partners agreed to co-develop").
_VAGUE_TIES = re.compile(r"\b(?:relationship|ties|history|rapport)\b(?![^.;]*\b(?:19|20)\d\d\b)")
_PAYS = re.compile(r"\b(?:pay|pays|paid|paying)\b", re.I)


#: "Under that agreement, X paid Y ...": the terms of the deal the sentence before recalls.
_UNDER_THAT = re.compile(
    r"\s*(?:Under|Through|Via)\s+(?:that|the\s+(?:earlier|previous|prior|original|first))\s+"
    r"(?:agreement|deal|pact|licen[cs]e|collaboration|partnership|arrangement|tie-up)\b"
)
#: A deal's end: "will come to an end", "terminated", "all rights revert", "the unwinding".
_ENDING = re.compile(
    r"\b(?:comes? to an end|terminat\w*|revert\w*|unwind\w*|wind(?:s|ing)? down)\b", re.I
)


def _tells_ending(
    d: DealDraft, by_sentence: dict[int, list[DealDraft]], sents: list[Sentence]
) -> bool:
    """Whether a sentence about deal `d` tells of its end."""
    return any(d in by_sentence.get(i, ()) and _ENDING.search(sents[i].text) for i in by_sentence)


#: A month with its year: "August 1, 2023", "22 December 2022", "May of 2022", "Jan. 2025".
_MONTH_YEAR = re.compile(
    rf"\b(?P<m>{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?(?P<y>(?:19|20)\d\d)\b|"
    rf"\b\d{{1,2}}\s+(?P<m2>{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s+"
    r"(?P<y2>(?:19|20)\d\d)\b"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
#: A later step of a deal already told, or the deal told again, not a new dealing: its
#: closing, its end, an approval; "Under the agreement, originally signed in December 2021".
_LATER_STEP = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|complet\w*|terminat\w*|expir\w*|effective|approv\w*|"
    r"cleared|lapsed?|amend\w*|originally|(?:as|first) announced|under (?:the|that|this) "
    r"(?:agreement|deal|licen[cs]e|collaboration|pact|transaction))\b",
    re.I,
)
#: A press release's dateline: the day of the release, not of a dealing.
_DATELINE_OPENING = re.compile(
    r"[A-Z][A-Za-z .,;]{2,60}?[,;]\s+[^-–—]{6,30}?\s+(?:/[^/]{2,30}/\s*)?[-–—]"
)


def _months_named(text: str) -> set[tuple[str, str]]:
    """The (month, year) pairs a sentence names as a dealing's date, months by their first
    three letters (none in a sentence that tells a later step: see `_LATER_STEP`)."""
    if not any(c.isdigit() for c in text) or _YEAR.search(text) is None:
        return set()
    found = list(_MONTH_YEAR.finditer(text))
    if not found or _LATER_STEP.search(text):
        return set()  # (most sentences name no month: the dearer test comes second)
    opening = _DATELINE_OPENING.match(text)
    start = opening.end() if opening is not None else 0
    return {
        ((m["m"] or m["m2"])[:3], m["y"] or m["y2"])
        for m in found
        if m.start() >= start and not _PERIOD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    }


def _dated_apart(named: set[tuple[str, str]], known: set[tuple[str, str]] | None) -> bool:
    """Whether a sentence dates a dealing (`named`) to months none of a deal's sentences
    named so far (`known`): both must name some."""
    if not named or not known:
        return False
    return not named & known


#: What makes a date an accounting period's end or a cut-off, not a dealing's day: "the three
#: months ended March 31, 2025", "As of March 31, 2025", "through June 2026".
_PERIOD_BEFORE = re.compile(r"\b(?:ended|ending|of|through|until|by|since|at)\s+$", re.I)


@dataclass
class DealDraft:
    """A deal being assembled: its two parties, role votes, and the sentences about it."""

    key: frozenset[int]
    historical: bool
    first_sentence: int
    score: dict[int, float] = field(default_factory=dict)  # > 0: licensor, < 0: licensee
    #: the score from firm cues alone (a vote of 2 or more: a grant, a payment, "from"), not
    #: from a heading's order or "A signed with B"
    firm: dict[int, float] = field(default_factory=dict)
    mention_sentences: list[int] = field(default_factory=list)
    focus_sentences: list[int] = field(default_factory=list)
    title_sentences: list[int] = field(default_factory=list)

    def vote(self, entity: int, role: str, weight: float) -> None:
        if entity in self.key:
            sign = 1.0 if role == "licensor" else -1.0
            self.score[entity] = self.score.get(entity, 0.0) + sign * weight
            if weight >= 2:
                self.firm[entity] = self.firm.get(entity, 0.0) + sign * weight

    def roles(self, order: list[int]) -> tuple[int, int]:
        """(licensor, licensee): the higher net licensor vote from firm cues, else from all
        cues; ties go to mention order. Firm cues come first because the weak ones ("A signed
        an agreement with B", a heading's order) guess a direction the firm ones state: a
        notice that "resolved to enter into a new agreement with B" and then says "B will
        obtain an exclusive worldwide license" grants to B."""
        a, b = sorted(self.key, key=lambda e: order.index(e) if e in order else 1 << 30)
        sa, sb = self.score.get(a, 0.0), self.score.get(b, 0.0)
        fa, fb = self.firm.get(a, 0.0), self.firm.get(b, 0.0)
        if fa != fb:
            return (a, b) if fa > fb else (b, a)
        if sa == sb:
            return (b, a)  # "A ... with B" / "A and B": A is usually the buyer or licensee
        return (a, b) if sa > sb else (b, a)


@dataclass
class SentenceCues:
    """What one sentence says about parties."""

    pairs: list[tuple[int, int]]
    singles: list[tuple[int, str, float]]
    votes: Votes
    pair_reference: bool
    #: Names on one side together ("X and its sister company Y will share the upfront"): a
    #: lone one joins the other's deal rather than opening a deal of its own.
    co_parties: tuple[int, ...] = ()
    #: the parties are descriptions and pronouns only (see `Masked.described`)
    described: bool = False


def sentence_cues(s: Sentence, masked: Masked, votes: Votes) -> SentenceCues:
    """Pairs of parties a sentence links, and lone parties with a strong role cue."""
    pairs: list[tuple[int, int]] = []
    singles: list[tuple[int, str, float]] = []
    co_parties: tuple[int, ...] = ()
    # "The earlier pact, unveiled in April, handed BioNTech the ex-China rights to ...": the
    # main pair's earlier deal, named by what it is, even when the sentence names one side
    earlier = (
        s.text.lstrip().startswith("Th")  # (how every `_EARLIER_DEAL_OPENING` opens)
        and _EARLIER_DEAL_OPENING.match(s.text) is not None
    ) or (" which" in s.text and _EXTENDS_EARLIER.search(s.text) is not None)
    if not votes.roles and not votes.pairs and not masked.pair_reference:
        # (what every branch below gives)
        return SentenceCues(pairs, singles, votes, earlier and bool(masked.entities))
    if is_negated(s.text):
        return SentenceCues(pairs, singles, votes, False)
    if "oyalt" in s.text and _sells_royalty(s.text):
        # "Y will pay X $125 million in exchange for a synthetic royalty on net sales": a
        # financing bought with a slice of revenue, no rights to a drug
        return SentenceCues(pairs, singles, votes, False)
    if not is_dealish(s.text) and not _ROLE_LABEL_LINE.match(s.text):
        # (a deal sheet's "Target .......... X" line is about its deal by where it stands)
        # only a strong directed cue ("transfer ... to Y", "Y will pay X") makes it a deal
        strong = [(a, b, w) for a, b, w in votes.pairs if w >= 3]
        return SentenceCues([(a, b) for a, b, _ in strong], [], votes, False)
    score: dict[int, float] = {}
    for ent, role, w in votes.roles:
        score[ent] = score.get(ent, 0.0) + (w if role == "licensor" else -w)
    voted = [e for e in masked.entities if e in score]
    for lic, lee, _ in votes.pairs:
        if (lic, lee) not in pairs and (lee, lic) not in pairs:
            pairs.append((lic, lee))
    if len(pairs) > 1 and "ubsidiary of" in masked.text:
        pairs = _without_vehicles(masked.text, pairs)
    if pairs and "subsidiar" in masked.text and votes.first is not None:
        pairs = _through_subsidiary(masked.text, int(votes.first), pairs)
    if not pairs and len(voted) >= 2:
        licensors = [e for e in voted if score[e] > 0]
        licensees = [e for e in voted if score[e] < 0]
        if licensors and licensees:
            pairs = [(a, b) for a in licensors for b in licensees][:4]
    if not pairs and len(voted) >= 2 and ";" in masked.text:
        singles = _clause_singles(masked.text, voted, score, votes)
    if not pairs and len(voted) == 1:
        others = [e for e in masked.entities if e not in score]
        if len(others) == 1:
            others = [e for e in others if e not in apposed(masked.text)]
        ent = voted[0]
        between = _between(masked.text, ent, others[0]) if len(others) == 1 else ""
        weight = max((w for e, _, w in votes.roles if e == ent), default=0.0)
        role = "licensor" if score[ent] > 0 else "licensee"
        if len(others) == 1 and _JOINED.fullmatch(between, 2):
            # "X and its sister company Y will share the upfront": one side, two names
            if weight >= 2:
                singles.extend([(ent, role, weight), (others[0], role, weight)])
                co_parties = (ent, others[0])
        elif (
            len(others) == 1
            and ";" not in between
            and not (weight < 2 and _quoted(s.text))
            # ("The Deep Apple pact follows the agreement with Septerna": a deal's name)
            and not (weight < 2 and _names_a_deal(masked.text, others[0]))
            # ("X is paying for optionality in a crowded space where Y already sells": the
            # market's incumbent, no side of the deal)
            and f"where ⟨E{others[0]}⟩" not in masked.text
        ):
            # (a weak cue in a quoted remark, '"Partnering X with a company that has Y's
            # depth ...," said Z of W', links no two companies)
            pairs.append((ent, others[0]) if score[ent] > 0 else (others[0], ent))
        elif weight >= 2:
            singles.append((ent, role, weight))
    # ("The two companies ... have worked together since 2020 ... with AZ's existing
    # medicines": a weak vote does not make the sentence about one of them)
    firm = any(w >= 2 for _, _, w in votes.roles)
    reference = (masked.pair_reference and not firm) or (not pairs and earlier)
    return SentenceCues(pairs, singles, votes, reference, co_parties, masked.described)


#: A royalty sold for cash: "synthetic royalty funding", "sold its royalty on vorasidenib",
#: "$350m paid to X in exchange for a royalty on US net sales", "royalty monetization".
_ROYALTY_SALE = re.compile(
    r"\b(?:synthetic\s+royalt|royalty\s+(?:monetization|monetisation|financing|funding|capital|"
    r"interest\s+(?:purchase|financing|sale)|purchase|stream)|revenue[- ]interest|"
    r"revenue\s+participation|"
    r"(?:sold|sells|sell|selling)\s+(?:its|a|part\s+of\s+its|a\s+portion\s+of\s+its)\s+"
    r"(?:[\w-]+\s+){0,2}royalt|"
    r"in\s+exchange\s+for\s+(?:a|its)\s+(?:[\w-]+\s+){0,3}royalty\b)",
    re.I,
)
#: What a licence grants: a sentence with it is a licence's, whatever royalty it names.
_GRANTS_RIGHTS = re.compile(r"\b(?:licen[cs]e[sd]?|licensing|rights?)\b", re.I)


#: A grant denied: "the royalty funding does not grant Y any license".
_GRANTS_NONE = re.compile(
    r"\b(?:does|do|did|will|would)\s+not\s+(?:grant|give|transfer|convey)\b|\bno\s+rights\b",
    re.I,
)


def _sells_royalty(text: str) -> bool:
    """Whether a sentence tells a royalty sold for cash and grants no rights to a drug."""
    if _ROYALTY_SALE.search(text) is None:
        return False
    return _GRANTS_RIGHTS.search(text) is None or _GRANTS_NONE.search(text) is not None


#: A sentence that opens on a past year: "In January 2024, ...", "Back in 2019, ...".
_DATED_OPENING = re.compile(
    r"\s*(?:Back\s+)?In\s+(?:(?:early|late|mid)[- ])?(?:" + _MONTHS + r"\s+)?(?:19|20)\d\d\s*,"
)


def _quoted(text: str) -> bool:
    """Whether a sentence is (or opens) someone's quoted remark."""
    return text.lstrip().startswith(('"', "“"))


#: "Y, a Delaware corporation and a wholly owned subsidiary of X": Y belongs to X.
_SUBSIDIARY_OF = re.compile(
    r"⟨E(\d+)⟩,[^⟨;]{0,60}?\b(?:wholly[- ]owned\s+|indirect\s+)?subsidiary\s+of\s+⟨E(\d+)⟩"
)


#: "X issued announcement, its holding subsidiary Y with Z signed ...": the subsidiary named
#: (not "X and its subsidiary Y" or "X, together with its subsidiary Y,", two names of one
#: side, where X stands for it).
_ITS_SUBSIDIARY = re.compile(
    r"(?<!\band )(?<!\btogether with )(?<!\balong with )"
    # ("X issued announcement, X's wholly-owned subsidiary Y has signed ...")
    r"(?:\bits|⟨E(?P<owner>\d+)⟩['’]s)\s+(?:[\w-]+\s+){0,2}?subsidiary,?\s+"
    r"(?:\([^()]{0,40}\)\s+)?⟨E(?P<sub>\d+)⟩"
)


def _through_subsidiary(
    masked: str, subject: int, pairs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`pairs` with the sentence's subject replaced by the subsidiary it says signed: "X
    issued announcement, its holding subsidiary Y with Z signed the agreement" is Y's deal
    (X stands beside it, as the owner of its party)."""
    m = _ITS_SUBSIDIARY.search(masked)
    if m is None or int(m.group("sub")) == subject:
        return pairs
    if m.group("owner") is not None and int(m.group("owner")) != subject:
        return pairs  # "Z signed with X's subsidiary Y": Y is Z's partner, not its stand-in
    sub = int(m.group("sub"))
    out: list[tuple[int, int]] = []
    for a, b in pairs:
        a, b = (sub if a == subject else a), (sub if b == subject else b)
        if a != b and (a, b) not in out:
            out.append((a, b))
    return out


def _without_vehicles(masked: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`pairs` without those of a subsidiary on the side of its parent against the same
    company: "merger agreement with Parent and Merger Sub, a wholly owned subsidiary of
    Parent" is one deal, with Parent, the sub being the vehicle."""
    parent = {int(m.group(1)): int(m.group(2)) for m in _SUBSIDIARY_OF.finditer(masked)}
    if not parent:
        return pairs
    linked = {frozenset(p) for p in pairs}
    return [
        (a, b)
        for a, b in pairs
        if not (a in parent and frozenset((parent[a], b)) in linked)
        and not (b in parent and frozenset((a, parent[b])) in linked)
    ]


#: What follows a company's marker when its name names a deal: "the ⟨E1⟩ pact" (the nouns of
#: `parties._DEAL_NOUN_NEXT` but "agreement", which this weak-pair test has never needed).
_DEAL_NOUN_AFTER = re.compile(r"\s+(?:pact|deal|tie-up|partnership|alliance)\b")


def _names_a_deal(masked: str, ent: int) -> bool:
    """Whether company `ent` stands in `masked` as the name of a deal ("the ⟨E1⟩ pact")."""
    marker = f"⟨E{ent}⟩"
    at = masked.find(marker)
    while at >= 0:
        if _DEAL_NOUN_AFTER.match(masked, at + len(marker)):
            return True
        at = masked.find(marker, at + len(marker))
    return False


def _latest_mentioned(
    deals: list[DealDraft], by_sentence: dict[int, list[DealDraft]], ent: int, index: int
) -> DealDraft | None:
    """The deal with `ent` that the text named most recently before sentence `index`."""
    best: tuple[int, DealDraft] | None = None
    for i, ds in by_sentence.items():
        if i > index:
            continue
        for d in ds:
            if ent in d.key and (best is None or i >= best[0]):
                best = (i, d)
    return best[1] if best else None


#: What joins two names into one subject, after the first name's marker ("⟨E1⟩"): "⟨E1⟩ and
#: ⟨E2⟩", "⟨E1⟩ and its sister company ⟨E2⟩".
#: ("⟨E1⟩ and its parent, ⟨E2⟩, retain all rights")
_JOINED = re.compile(
    r"\d*⟩\s*(?:,\s*)?(?:and|&|together\s+with|along\s+with)\s+(?:its\s+(?:[\w-]+,?\s+){0,2})?"
)


def _clause_singles(
    masked: str, voted: list[int], score: dict[int, float], votes: Votes
) -> list[tuple[int, str, float]]:
    """Each of several companies given the same strong role in clauses of their own: "A
    holds the rights in the European Union under a May 2024 agreement; ... and B has held
    Southeast Asian rights since March 2025" (two partners of the text's licensor, each its
    own deal), not one deal with two licensees."""
    if len({score[e] > 0 for e in voted}) != 1 or any(
        ";" not in _between(masked, a, b) for a, b in pairwise(voted)
    ):
        return []
    strongest = {e: max(w for x, _, w in votes.roles if x == e) for e in voted}
    if min(strongest.values()) < 2:
        return []
    return [(e, "licensor" if score[e] > 0 else "licensee", strongest[e]) for e in voted]


def _between(masked: str, a: int, b: int) -> str:
    pa, pb = masked.find(f"⟨E{a}⟩"), masked.find(f"⟨E{b}⟩")
    return masked[min(pa, pb) : max(pa, pb)]


#: A numbered or bulleted line: "1. A × B: ...", "2) A x B", "• A / B".
_ITEM_HEADING_LINE = re.compile(r"\s*(?:\(?\d{1,2}[.)]|[•·▪◦*–-])\s")


def _heading_of(
    sents: list[Sentence],
    s: Sentence,
    by_sentence: dict[int, list[DealDraft]],
    key: frozenset[int],
) -> DealDraft | None:
    """The deal of pair `key` that the line right before `s` names, when that line is a heading
    of its own (a paragraph without a closing stop, or a numbered or bulleted line over its
    item: "1. Baiaotai × Intas: golimumab biosimilar enters US"), else None."""
    if s.index == 0:
        return None
    before = sents[s.index - 1]
    if (
        before.paragraph == s.paragraph and not _ITEM_HEADING_LINE.match(before.text)
    ) or before.text.rstrip().endswith((".", ";", ":")):
        return None
    return next((d for d in by_sentence.get(before.index, ()) if d.key == key), None)


def _roles_of(cues: dict[int, SentenceCues], s: Sentence) -> list[tuple[int, str, float]]:
    c = cues.get(s.index)
    return c.votes.roles if c is not None else []


def _paragraph_partner(
    body: list[Sentence],
    s: Sentence,
    named: dict[int, list[int]],
    ent: int,
    deals: list[DealDraft],
    cues: dict[int, SentenceCues],
) -> int | None:
    """The one other company named in the paragraph of `s` up to it, when it is in no deal
    yet: "Roche ... went to a young platform company. Ascidian ... will work with Roche on
    neurological targets. Ascidian collects $42 million upfront": a roundup item's two sides,
    the second with no role said. Of several, the one the paragraph votes the other side (then
    even when it has a deal elsewhere: "Formation Bio kicked off December by standing up Y ...
    to hold LNK-01006 from X. Y takes rights ...")."""
    before = [x for x in body if x.paragraph == s.paragraph and x.index <= s.index]
    mine = {role for e, role, w in _roles_of(cues, s) if e == ent}
    # (not a company given the same role beside it: "A holds the EU rights ...; and B has
    # held Southeast Asian rights": two partners of a third)
    alike = {e for e, role, w in _roles_of(cues, s) if role in mine}
    others = {e for x in before for e in named.get(x.index, ()) if e != ent and e not in alike}
    voted = len(others) > 1
    if voted:
        # (voted anywhere in the paragraph: "... and Y can option each program. X stands to
        # collect up to $362.5 million")
        others = {
            e
            for x in body
            if x.paragraph == s.paragraph
            for e, role, w in _roles_of(cues, x)
            if e in others and w >= 2 and role not in mine
        }
    if len(others) != 1:
        return None
    (other,) = others
    return None if not voted and any(other in d.key for d in deals) else other


def build_deals(
    sents: list[Sentence],
    cues: dict[int, SentenceCues],
    order: list[int],
    named: dict[int, list[int]],
) -> tuple[list[DealDraft], dict[int, list[DealDraft]]]:
    """Deals from the sentences' cues, and for each sentence the deals it mentions (`named`:
    the companies each sentence names, for a lone party's partner in its paragraph)."""
    deals: list[DealDraft] = []
    by_sentence: dict[int, list[DealDraft]] = {}

    last_paragraph: dict[int, int] = {}  # id(deal) → paragraph of its latest mention

    def find(key: frozenset[int], hist: bool) -> DealDraft | None:
        for d in reversed(deals):
            if d.key == key:
                if hist and not d.historical:
                    return None
                return d
        return None

    months: dict[int, set[tuple[str, str]]] = {}  # id(deal) → the months its pair sentences name
    body = [s for s in sents if not s.is_title]
    for s in body:
        c = cues.get(s.index)
        if c is None or not (c.pairs or c.pair_reference):
            continue
        recalled = (
            _UNDER_THAT.match(s.text) is not None
            and s.index > 0
            and is_historical(sents[s.index - 1].text)
        )
        hist = recalled or is_historical(s.text)
        named_months = _months_named(s.text)
        for lic, lee in c.pairs:
            key = frozenset((lic, lee))
            d = find(key, hist)
            if d is None and recalled:
                # (unless the news is that deal's end: "the collaboration will come to an end
                # ... Under that agreement, X paid Y $1.0 billion" tells one deal)
                d = next(
                    (
                        x
                        for x in reversed(deals)
                        if x.key == key and _tells_ending(x, by_sentence, sents)
                    ),
                    None,
                )
            if d is None and hist:
                heading = _heading_of(sents, s, by_sentence, key)
                if heading is not None:
                    # "Also this month: X licenses Y's drug to Z", then "Earlier in December, X
                    # granted Z ...": the item's body tells its heading's deal
                    d = heading
            if d is not None and _reverses(d, c.votes, lic, lee, s.text):
                if c.described:
                    # rights going back, told by descriptions alone ("The South San Francisco
                    # biotech handed the Shanghai-based company ..."): the guess of who is
                    # who is wrong, not the deal
                    continue
                d = None  # a cross-licence: the same two companies, rights going the other way
            elif (
                d is not None
                and d.historical
                and not hist
                and last_paragraph.get(id(d)) != s.paragraph
                and _against(d, c.votes, lic, lee)
            ):
                # "Under a license agreement signed in 2018, X granted Y ...", then a new
                # paragraph where Y is paid by X: back to the deal announced now (the one read
                # before, if the text began with it)
                d = next(
                    (
                        x
                        for x in reversed(deals)
                        if x.key == key and not x.historical and not _against(x, c.votes, lic, lee)
                    ),
                    None,
                )
            elif (
                d is not None
                and (_NEXT_AGREEMENT.match(s.text) or _SEPARATE_AGREEMENT.search(s.text))
                and d.first_sentence < s.index
            ):
                # "Under the second agreement, B will receive ...", "X and Y also entered into a
                # separate agreement under which ...": a deal of its own
                d = None
            elif (
                d is not None
                and _dated_apart(named_months, months.get(id(d)))
                and last_paragraph.get(id(d)) != s.paragraph
            ):
                # "X first partnered with Y on August 1, 2023 ...", then a paragraph on "In
                # January 2025, ... Y exercised its option": each dated dealing of the two is
                # a deal of its own
                d = None
            if d is None:
                d = DealDraft(key, hist, s.index)
                deals.append(d)
            months.setdefault(id(d), set()).update(named_months)
            for ent, role, w in c.votes.roles:
                d.vote(ent, role, w)
            by_sentence.setdefault(s.index, []).append(d)
            last_paragraph[id(d)] = s.paragraph
        if not c.pairs and c.pair_reference and deals and hist and not _VAGUE_TIES.search(s.text):
            # "the second pact between the two companies following a 2024 agreement": the
            # pair of the deal being read, not of the article's first deal
            main = _last_named(by_sentence, s.index) or _main(deals)
            if main is not None:
                d = DealDraft(main.key, True, s.index, dict(main.score))
                deals.append(d)
                by_sentence.setdefault(s.index, []).append(d)
    _pair_orphans(body, cues, deals, by_sentence)
    if not deals:
        _from_headline(sents, cues, deals, by_sentence)
    # lone parties: join the deal they are in, or face the main deal's other side
    separate = _separate_paragraphs(body)
    boiler = boilerplate_start(body)
    paragraph_of = {x.index: x.paragraph for x in body}
    for s in body:
        c = cues.get(s.index)
        if c is None or not c.singles or s.index in by_sentence:
            continue
        for ent, role, w in c.singles:
            holder = _latest_mentioned(deals, by_sentence, ent, s.index)
            if s.paragraph in separate and not (
                holder is not None
                and any(paragraph_of.get(i) == s.paragraph for i in _named_in(holder, by_sentence))
            ):
                # a "Separately, ..." paragraph is about something else, unless it names the
                # deal itself ("Separately, X struck a deal with Y. X could collect $210m.")
                continue
            if (
                holder is not None
                and not holder.historical
                and w >= 3
                and s.index > holder.first_sentence
                and _DATED_OPENING.match(s.text)
            ):
                # "In January 2024, Roche paid $50 million ... for YL211" after the news of a
                # new Roche deal: the payment of an earlier deal of the same two companies
                earlier = next((d for d in deals if d.key == holder.key and d.historical), None)
                if earlier is None:
                    earlier = DealDraft(holder.key, True, s.index)
                    deals.append(earlier)
                holder = earlier
            elif (
                holder is not None
                and w >= 2
                and months.get(id(holder))
                and _dated_apart(named_months := _months_named(s.text), months[id(holder)])
                and s.paragraph not in {paragraph_of.get(i) for i in _named_in(holder, by_sentence)}
            ):
                # "In July 2022, two sides again sign license agreement of SKB315, Y obtain the
                # global exclusive right", a paragraph after the May 2022 deal: a new dealing
                holder = DealDraft(holder.key, is_historical(s.text), s.index)
                deals.append(holder)
                months[id(holder)] = named_months
            if holder is None:
                holder = next((d for d in deals if ent in d.key), None)
            if holder is None and ent in c.co_parties:
                partner = next(e for e in c.co_parties if e != ent)
                joint = _latest_mentioned(deals, by_sentence, partner, s.index)
                if joint is not None:
                    # the partner's deal: two names on one side, not a deal of their own
                    by_sentence.setdefault(s.index, []).append(joint)
                    continue
            if holder is None and boiler is not None and s.index >= boiler:
                continue  # "X ... acquires or licenses drug candidates": a profile, no deal
            mate = _paragraph_partner(body, s, named, ent, deals, cues) if holder is None else None
            if mate is not None:
                holder = DealDraft(frozenset((ent, mate)), is_historical(s.text), s.index)
                holder.vote(mate, "licensor" if role == "licensee" else "licensee", 1)
                deals.append(holder)
            if holder is None:
                # the deal the reader is following (a roundup's current item), else the
                # article's main deal
                last = _last_named(by_sentence, s.index)
                main = last if last is not None and not last.historical else _main(deals)
                if main is None:
                    continue
                lic, lee = main.roles(order)
                other = lic if role == "licensee" else lee
                if other == ent:
                    continue
                holder = DealDraft(frozenset((ent, other)), is_historical(s.text), s.index)
                holder.vote(other, "licensor" if role == "licensee" else "licensee", 1)
                deals.append(holder)
            holder.vote(ent, role, w)
            # a lone role is evidence about the pair: "Y obtains the rights" makes its partner
            # the licensor as surely as a pair cue would
            for other in holder.key - {ent}:
                holder.vote(other, "licensor" if role == "licensee" else "licensee", w)
            by_sentence.setdefault(s.index, []).append(holder)
    deals.sort(key=lambda d: d.first_sentence)
    for d in deals:
        d.first_sentence = min(_named_in(d, by_sentence))
    deals.sort(key=lambda d: d.first_sentence)
    profiles = boilerplate_start(body)
    if profiles is not None and deals and deals[0].first_sentence < profiles:
        # "About Ichnos Glenmark Innovation: ... an alliance between Glenmark and Ichnos
        # Sciences, formed in 2024": a company profile after the news, linking two companies
        # by no more than the words of a tie-up, tells no deal of its own (one it tells with
        # a licence or a payment, "In March 2024, X entered into an exclusive license
        # agreement with Y ..., under which X received $43.5 million", is kept)
        gone = [
            d
            for d in deals
            if d.first_sentence >= profiles
            and max(map(abs, d.score.values()), default=0.0) <= _TIE_UP_ONLY
        ]
        if gone:
            deals = [d for d in deals if d.first_sentence < profiles]
            for i in list(by_sentence):
                by_sentence[i] = [d for d in by_sentence[i] if d not in gone]
                if not by_sentence[i]:
                    del by_sentence[i]
    # the headline: votes and cues for deals it names, never a deal of its own
    for s in sents:
        if not s.is_title or s.index not in cues:
            continue
        for lic, lee in cues[s.index].pairs:
            d = next((x for x in deals if x.key == frozenset((lic, lee))), None)
            if d is not None:
                d.title_sentences.append(s.index)
                for ent, role, w in cues[s.index].votes.roles:
                    d.vote(ent, role, w * 0.5)
    return deals, by_sentence


#: The boilerplate of a press release: "About Bio-Thera Solutions", "Forward-looking statements",
#: "Media contact": what follows is about the companies, not about a deal.
_BOILERPLATE = re.compile(
    r"^\s*(?:About\s+(?:the\s+)?[A-Z][^.!?]{0,60}$|Forward[- ]looking\s+statements?\b|"
    r"(?:Media|Investor)\s+(?:contacts?|relations)\b|Contacts?:|Source:|Safe harbou?r\b)"
)
#: How every match of `_BOILERPLATE` opens after its spaces (tested first: most sentences
#: open otherwise).
_BOILERPLATE_OPENINGS = ("About", "Forward", "Media", "Investor", "Contact", "Source:", "Safe")


#: The largest role score the words of a bare tie-up give ("an alliance between X and Y").
_TIE_UP_ONLY = 1.0


def boilerplate_start(body: list[Sentence]) -> int | None:
    """The index of the first sentence of a press release's boilerplate (`_BOILERPLATE`)."""
    for k, s in enumerate(body):
        if s.text.lstrip().startswith(_BOILERPLATE_OPENINGS) and _BOILERPLATE.match(s.text):
            if k < 3 and s.text.lstrip().startswith("Source:"):
                continue  # "Source: Securities Daily Network 2025-04-23" under a headline
            return s.index
    return None


#: A deal sheet's labelled line naming one side of the deal: "Licensor: X", "Licensee: Y",
#: a company's own sheet's "Counterparty: X" and "Payments to Y".
_ROLE_LABEL_LINE = re.compile(
    r"\s*(?:[-•*>]\s*)?(?:Licensor|Licensee|Buyer|Acquirer|Purchaser|Target|Seller|"
    r"Counterparty|(?:Licensing\s+|Commercial\s+|Global\s+)?Partner(?:ed)?|Signed\s+by|"
    r"Source(?=\s*\.{3})|(?:Sourced|Licensed|In-licensed)\s+from|Originator|Payments?\s+to\s)"
    r"(?:\s*:|\s*\.{3,}|\s+[–—-]\s|(?<=to\s))",
    re.I,
)


def _pair_orphans(
    body: list[Sentence],
    cues: dict[int, SentenceCues],
    deals: list[DealDraft],
    by_sentence: dict[int, list[DealDraft]],
) -> None:
    """Two lone parties of no deal yet, with opposite roles in sentences next to each other
    ("Y said it had licensed rights to GS-098. The licensor is X."), are one deal: a roundup
    item, not a party facing the article's main deal."""
    known = {e for d in deals for e in d.key}
    orphans = [
        (k, s, ent, role, w)
        for k, s in enumerate(body)
        if s.index not in by_sentence and (c := cues.get(s.index)) is not None
        for ent, role, w in c.singles
        # a deal sheet's "Licensor: X" / "Licensee: Y" lines name their deal's two sides,
        # even when X is a party of another deal told further on
        if ent not in known or _ROLE_LABEL_LINE.match(s.text)
    ]
    # A text of no deal otherwise, whose lone parties are two companies of opposite roles
    # ("Endeavor ... has obtained exclusive global rights to ENV-501", three paragraphs on
    # "the licensor will receive ... up to $430 million", then "discovered by Hummingbird"):
    # however far apart, they are its deal.
    alone = not deals and len({o[2] for o in orphans}) == 2
    for (k1, s1, e1, r1, w1), (k2, s2, e2, r2, w2) in pairwise(orphans):
        if (k2 - k1 > 2 and not alone) or e1 == e2 or r1 == r2 or s1.index in by_sentence:
            continue
        if (e1 in known or e2 in known) and not (
            _ROLE_LABEL_LINE.match(s1.text) and _ROLE_LABEL_LINE.match(s2.text)
        ):
            continue
        key = frozenset((e1, e2))
        # ("1) EQRx / CStone — ..." then "Buyer: EQRx", "Seller: CStone": the lines under an
        # item's heading tell the heading's deal, not one of their own)
        heading = next(
            (
                x
                for x in deals
                if x.key == key
                and not x.historical
                and any(s1.index - 3 <= i < s1.index for i in _named_in(x, by_sentence))
            ),
            None,
        )
        d = heading or DealDraft(key, is_historical(s1.text), s1.index)
        d.vote(e1, r1, w1)
        d.vote(e2, r2, w2)
        if heading is None:
            deals.append(d)
        by_sentence.setdefault(s1.index, []).append(d)
        by_sentence.setdefault(s2.index, []).append(d)


def _from_headline(
    sents: list[Sentence],
    cues: dict[int, SentenceCues],
    deals: list[DealDraft],
    by_sentence: dict[int, list[DealDraft]],
) -> None:
    """A headline's pair is the deal of a text whose body names no pair but gives one of the
    two a firm role that agrees with it ("TAKEDA TO PAY KEROS $200 MLN UPFRONT ...", then
    "KEROS ELIGIBLE FOR UP TO $1.1 BLN IN ... MILESTONES"): a wire flash or a brief whose
    body only adds the terms."""
    title = next((s for s in sents if s.is_title and s.index in cues and cues[s.index].pairs), None)
    if title is None:
        return
    lic, lee = cues[title.index].pairs[0]
    role_of = {lic: "licensor", lee: "licensee"}
    if is_historical(title.text):
        return
    agrees: Sentence | None = None
    for s in sents:
        c = cues.get(s.index)
        if s.is_title or c is None:
            continue
        for e, r, w in c.singles:
            if w >= 2 and role_of.get(e) != r:
                return  # the body gives a role to a company the headline does not pair, or another
            # (a payment or a milestone the body gives one of the two, not only "will acquire
            # the rights", which a brand read as the seller also fits)
            if w >= 3 and agrees is None:
                agrees = s
    if agrees is None:
        return
    d = DealDraft(frozenset((lic, lee)), False, agrees.index)
    d.vote(lic, "licensor", 1)
    d.vote(lee, "licensee", 1)
    deals.append(d)
    by_sentence.setdefault(agrees.index, []).append(d)


def _reverses(d: DealDraft, votes: Votes, lic: int, lee: int, text: str) -> bool:
    """Whether a sentence firmly licenses from `lic` to `lee` while the deal `d` of the same
    two companies firmly goes the other way ("A takes rights to B's X ... B in-licenses A's
    Y"): the second direction is a deal of its own. A payment back ("B will pay A $350
    million for the combination") is a term of the deal, not a licence the other way."""
    # (the votes first: they seldom oppose, and cost less than the two scans of the text)
    if not _against(d, votes, lic, lee):
        return False
    if d.firm.get(lic, 0.0) - d.firm.get(lee, 0.0) > -2:
        return False  # the deal's direction so far rests on weak cues: this sentence sets it
    return _RIGHTS_CUE.search(text) is not None and _PAYS.search(text) is None


def _against(d: DealDraft, votes: Votes, lic: int, lee: int) -> bool:
    """Whether a sentence's votes firmly go from `lic` to `lee` while the deal `d` firmly
    goes the other way."""
    own = sum(w if r == "licensor" else -w for e, r, w in votes.roles if e == lic)
    own -= sum(w if r == "licensor" else -w for e, r, w in votes.roles if e == lee)
    return own >= 4 and d.score.get(lic, 0.0) - d.score.get(lee, 0.0) <= -3


#: A sentence that opens the next of several agreements between the same two companies.
_NEXT_AGREEMENT = re.compile(
    r"(?:Under|In|With|Through)\s+the\s+(?:second|third|fourth|other|latter)\s+"
    # ("In the second leg, X in-licenses Y's CR-001": a two-way arrangement's other half)
    r"(?:agreement|deal|licen[cs]e|pact|contract|leg|transaction|arrangement)\b"
)


#: A sentence that tells another agreement between the same two companies (not one that
#: serves the deal: "will supply clinical material under a separate supply agreement").
_SEPARATE_AGREEMENT = re.compile(
    r"\b(?:a|an)\s+(?:separate|second|another|further|additional)\s+"
    r"(?!(?:supply|manufacturing|services|quality|pharmacovigilance|stock|share|escrow|"
    r"transition)\b)(?:[\w-]+\s+)?(?:agreement|deal|licen[cs]e agreement|pact|contract)\b"
)


def _named_in(deal: DealDraft, by_sentence: dict[int, list[DealDraft]]) -> list[int]:
    """The sentences that name `deal` (in the order `by_sentence` lists them)."""
    return [i for i, ds in by_sentence.items() if deal in ds]


def _separate_paragraphs(body: list[Sentence]) -> set[int]:
    """Paragraphs that open with "Separately", "In a separate ...": about something else."""
    out: set[int] = set()
    seen: set[int] = set()
    for s in body:
        if s.paragraph not in seen:
            seen.add(s.paragraph)
            if _SEPARATE.match(s.text):
                out.add(s.paragraph)
    return out


def _paragraph_openers(
    sents: list[Sentence], by_sentence: dict[int, list[DealDraft]]
) -> dict[int, DealDraft]:
    """Paragraphs whose first named deal is new there and not named in their first sentence:
    the paragraph's lead-in sentences belong to that deal, not to the one read before."""
    first_of: dict[int, int] = {}
    first_named: dict[int, int] = {}
    for s in sents:
        if not s.is_title:
            first_of.setdefault(s.paragraph, s.index)
            if s.index in by_sentence:
                first_named.setdefault(s.paragraph, s.index)
    out: dict[int, DealDraft] = {}
    for p, i in first_named.items():
        d = by_sentence[i][0]
        if i != first_of[p] and d.first_sentence >= first_of[p]:
            out[p] = d
    return out


def _last_named(by_sentence: dict[int, list[DealDraft]], index: int) -> DealDraft | None:
    """The deal named last before sentence `index` (the one the reader is following)."""
    before = [i for i in by_sentence if i < index]
    return by_sentence[max(before)][-1] if before else None


def _main(deals: list[DealDraft]) -> DealDraft | None:
    return next((d for d in deals if not d.historical), deals[0] if deals else None)


def assign_focus(
    sents: list[Sentence],
    deals: list[DealDraft],
    by_sentence: dict[int, list[DealDraft]],
    sentence_entities: dict[int, list[int]],
) -> None:
    """Attach every body sentence that names no deal to the deal the reader is following."""
    for d in deals:
        d.mention_sentences = sorted(_named_in(d, by_sentence))
    if not deals:
        return
    first = _main(sorted(deals, key=lambda d: d.first_sentence)) or deals[0]
    opener = _paragraph_openers(sents, by_sentence)
    focus: DealDraft | None = None
    blocked = False
    paragraph = paragraph_first = -1
    # from the boilerplate on: company profiles, disclaimers, contacts
    profiles = boilerplate_start([s for s in sents if not s.is_title])
    for s in sents:
        if s.is_title:
            continue
        boilerplate = profiles is not None and s.index >= profiles
        if boilerplate and s.index not in by_sentence:
            continue
        if s.paragraph != paragraph:
            paragraph, paragraph_first = s.paragraph, s.index
            blocked = bool(_SEPARATE.match(s.text))
            if s.paragraph in opener:
                # "The third transaction, disclosed in January, covers X. Y licensed ...":
                # a paragraph that introduces a new deal is about it from its first sentence
                focus, blocked = opener[s.paragraph], False
        elif _SEPARATE.match(s.text):
            blocked = True
        named = by_sentence.get(s.index)
        if named:
            focus, blocked = named[-1], False
            continue
        if blocked:
            continue
        ents = set(sentence_entities.get(s.index, []))
        if ents:
            # ("2) ...a Korean home for serplulimab / The other Henlius deal, signed last
            # Friday, ... / Lotus pays ...": after the item's heading, a party of the deal the
            # paragraph opens on, named before that deal is, keeps the reader on it, not on
            # the party's earlier deal; "The transaction adds to X's record. In 2023, X and
            # Z ...": a paragraph's first sentence naming X still looks back)
            lead = opener.get(s.paragraph) if s.index != paragraph_first else None
            holders = [
                d for d in deals if d.key & ents and (d.first_sentence <= s.index or d is lead)
            ]
            if holders and (focus is None or focus not in holders):
                focus = holders[-1]
            elif not holders and focus is not None:
                # "3. Rongchang Biology x Vor Bio: telitacicept goes overseas": a roundup's
                # item heading names the parties of the deal told next, not of the last one
                coming = [d for d in deals if d.key & ents and d.first_sentence > s.index]
                if coming:
                    focus = min(coming, key=lambda d: d.first_sentence)
        target = focus if focus is not None else (first if s.index < first.first_sentence else None)
        if target is not None:
            target.focus_sentences.append(s.index)
