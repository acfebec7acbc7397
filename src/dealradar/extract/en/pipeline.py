"""`extract_en`: the rule-based English pipeline, stage by stage.

1. segment the text (text.py); 2. find company names and group them (orgs.py); 3. mask each
sentence and read role cues (parties.py); 4. assemble deals and the sentences about each
(deals.py); 5. read each deal's terms, assets, territory, type, date and royalties from its
sentences (terms.py, assets.py, territory.py, dealtype.py, dates.py), each with evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from itertools import pairwise
from typing import Any

from dealradar.extract.assets import AssetMention, find_assets
from dealradar.extract.dates import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    WRITTEN_DATE,
    DateMention,
    find_dateline,
    find_dates,
    latest_year,
    month_number,
    parse_published,
)
from dealradar.extract.dealtype import deal_type, may_tell_purchase, tells_newco
from dealradar.extract.en.corrections import unsay
from dealradar.extract.en.deals import (
    DealDraft,
    SentenceCues,
    assign_focus,
    build_deals,
    sentence_cues,
)
from dealradar.extract.en.joint import share_joint_terms
from dealradar.extract.en.payments import DealTerms, collect_terms
from dealradar.extract.en.recase import recase, shouted_lines
from dealradar.extract.en.tables import piped, table_deals
from dealradar.extract.en.unwrap import hard_wrapped, remap, unwrap
from dealradar.extract.gazetteer import curated_company
from dealradar.extract.money import (
    MoneyMention,
    find_money,
    table_column_money,
    with_declared_scale,
)
from dealradar.extract.nationality import entity_countries
from dealradar.extract.orgs import Entity, OrgMention, find_entities
from dealradar.extract.parties import (
    BARE_COMPANY,
    Masked,
    defined_terms,
    mask,
    role_votes,
    subsidiaries,
)
from dealradar.extract.terms import Term, label_sentence
from dealradar.extract.territory import SentenceTerritory, find_territory
from dealradar.extract.text import (
    Sentence,
    after_break,
    finditer_lines,
    fold_case,
    lower_pattern,
    may_contain,
    search_at,
    search_lines,
    sentences,
    start_locator,
    word_pattern,
)
from dealradar.model import PAYMENT_FIELDS, Asset, Company, Deal, Document, Evidence, Money
from dealradar.model.vocab import TerritoryClass

# Case-insensitive patterns run on `fold_case` text (see text.py): same matches, faster.
_ANNOUNCE_WORDS = (
    r"announc\w*|said|says|disclos\w*|unveil\w*|signed|entered|agreed|"
    r"confirm\w*|statement|release|reported|revealed|inked|struck|"
    # a translated Korean wire's "X made known that it has concluded a contract" (밝혔다)
    r"made known"
)
_ANNOUNCE = word_pattern(_ANNOUNCE_WORDS, r"\b")
_ROYALTY = lower_pattern(
    r"(?:\b(?:tiered|low|mid|high|double-digit|single-digit|sales|low-single|"
    r"low-double|mid-single|high-single|stepped|net)[\w-]*\s+){0,4}"
    r"\b(?:royalt(?:y|ies)|sales commissions?|franchise fees?)\b[^,.;]{0,110}"
)
#: Verbs that report the deal itself happening: with "on <date>" or a weekday they date it
#: even without an announcement verb ("Then on March 3, 2025, X in-licensed Y").
_EVENT_WORDS = (
    r"agree\w*|in-licens\w*|out-licens\w*|licensed|took|takes|acquired|bought|added|"
    # ("On Tuesday the company handed Sandoz exclusive rights": rights given, the deal made)
    r"clinched|sealed|forged|teamed|partnered|granted|handed|sold|paid|pays|paying|ink\w*|"
    r"signing|"
    r"strikes|struck|signs|enters|expanded|taking|re-upped|re-teamed"
)
#: `_ANNOUNCE` or an event verb, in one scan: whether a sentence reports something.
_REPORTS = word_pattern(f"{_ANNOUNCE_WORDS}|{_EVENT_WORDS}", r"\b")
#: A company's results announced: news of another kind than the deals it lists.
_RESULTS_NEWS = word_pattern(
    "announced|reported|reports|announces|published",
    # ("today reported financial results for the third quarter": no pronoun needed when the
    # results are a company's accounts, not a trial's)
    r"\s+(?:(?:its|their)\s+(?:[\w-]+\s+){0,4}?|(?:[\w-]+\s+){0,3}?(?:financial|quarterly|"
    r"annual|interim|half-year|full-year)\s+)(?:results|earnings)\b",
)
#: What puts a date on the deal: "on", "dated", "on the evening of", "in the early hours of".
_ON_DATE = re.compile(
    # ("Horizon said Aug. 15 it took an option": the day it said so)
    r"\b(?:[Oo]n|[Dd]ated|said|announced)\s*$|\b(?:[Oo]n|[Ii]n)\s+the\s+(?:(?:early|late)\s+)?"
    r"(?:evening|morning|afternoon|night|hours)\s+of\s*$|"
    # "Evening of April 29, X released an announcement": a translated 4月29日晚 opening the
    # sentence (`before` then starts where the sentence does)
    r"^\s*(?:[Tt]he\s+)?(?:[Ee]vening|[Mm]orning|[Aa]fternoon|[Nn]ight)\s+of\s*$|"
    # "On Monday, Jan. 19, X agreed ...", "announced last Thursday, January 3": the weekday
    # names the date that follows it ("Last Friday (March 21)": or the one in brackets)
    rf"\b(?:[Oo]n|[Ll]ast)\s+(?:{WEEKDAY_NAMES})"
    r"(?:,|\s*\()?\s*$"
)
#: A bare article date followed at once by an announcement: "Securities Times, June 4, 2025 -
#: Zhixiang Jintai (688443) announced that ...". (A bare date before "X has signed" is not used:
#: the gold articles disagree on it.)
_BARE_DATE_ANNOUNCED = re.compile(
    r"(?:[^.\n]{0,60},\s+)?(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d,?\s+|[0-3]?\d\s+[A-Z][a-z]{2,8}"
    r"\.?\s+)(?:19|20)\d\d|(?:19|20)\d\d[-./][01]?\d[-./][0-3]?\d)\s*[-–—]{1,2}\s+"
    r"[^.\n]{0,100}?\bannounced\b(?!\s+(?:on|last|in\s+[A-Z]))"
)
#: A share price's day, which a takeover's premium is measured against: "to the closing share
#: price on April 26, 2024", "April 26, the last trading day before the announcement".
_MARKET_DAY_BEFORE = re.compile(r"\b(?:price|prices|close|closing)\s+(?:\w+\s+)?on\s+$", re.I)
_MARKET_DAY_AFTER = re.compile(r",?\s+(?:the\s+)?last\s+(?:full\s+)?trading\s+day\b", re.I)
#: A day something is yet to happen on: "attention on Friday would turn to ...", "X on
#: Monday will present ...".
_FUTURE_AFTER = re.compile(r"\s+(?:would|will)\b")
#: A company's figures, dated by the day they were announced: other news than the deal.
_OTHER_NEWS_ANNOUNCED = re.compile(
    r"\b(?:forecasts?|guidance|outlook|results|earnings)\b[^.;]{0,100},\s+announced\s+on\s+$",
    re.I,
)
#: A signing date given in passing: "which the parties entered into on", "executed on".
_SIGNED_ON = re.compile(
    r"\b(?:which|that)\s+(?:[\w-]+\s+){0,3}?(?:entered\s+into|signed|executed)\s+on\s*$|"
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:signed|executed)\s+on\s*$"
)
#: A drug its owner keeps whole: "Solid retains all rights to SGT-001, its investigational
#: gene therapy, ..." (read to the end of the clause; places there make it a split of rights).
_RETAINS_ALL = lower_pattern(
    r"\b(?:retains?|retained|retaining|keeps?|kept|keeping)\s+(?:all|full|sole|complete)\s+"
    r"(?:[\w-]+\s+)?rights\s+(?:to|in|over)\s+[^.;]{1,120}"
)
#: Right after a drug's name: said to be outside the deal ("SGT-001, which RARE does NOT
#: license", "X is not part of the agreement").
_NOT_LICENSED_AFTER = lower_pattern(
    # ("AB-101, a non-engineered NK cell therapy being tested with rituximab, is not part of
    # the MSD agreement": an apposition between)
    r"(?:,\s+(?:a|an|the|its)\s+[^,;.()]{1,120},)?"
    r",?\s+(?:which\s+(?:[\w-]+\s+){0,2}(?:does|do|did|will)\s+not\s+(?:in-)?licen[cs]e\b|"
    r"(?:is|was|are|were)\s+not\s+(?:part\s+of|included\s+in|covered\s+by|licen[cs]ed)\b|"
    r"(?:is|was|are|were)\s+excluded\s+from\b)"
)
#: Words of a retention that keeps a share of the rights, not the drug whole.
_SHARE_KEPT = re.compile(
    r"\b(?:elsewhere|rest\s+of|outside|other\s+(?:territor|region|countr|market)|territory|"
    r"in\s+(?:mainland\s+|greater\s+)?china|field)"
)
#: Right after the drug kept: a place, field or use it is kept for, so a part of its rights
#: ("retains all rights to losmapimod in the United States", "... to orelabrutinib in
#: oncology").
_PART_KEPT_AFTER = re.compile(r"\s+(?:in|for|outside|within|across|except|excluding)\b")
_RETAINED_WORDS = ("retain", "keep", "kept", "not licen", "not part", "not included", "excluded")
#: A sentence about a company's own drugs, told beside a deal, not about the deal's drugs.
#: "Its core product X is in phase III": a company profile's flagship, not the deal's drug.
_OWN_DRUGS = word_pattern(
    r"itself|its own|their own|in-house|its core products?|their core products?|"
    # "does not expect the collaboration to affect its existing proprietary pipeline, which
    # includes X": the party's drugs kept out of the deal
    r"its (?:existing )?(?:proprietary|wholly[- ]owned) (?:pipeline|programs|candidates)|"
    r"their (?:existing )?(?:proprietary|wholly[- ]owned) (?:pipeline|programs|candidates)",
    r"\b",
)
_ALL_ANNOUNCED = word_pattern(
    r"announc\w*",
    r"\s+(?:(?:the|both|all)\s+(?:(?:two|three|four|five)\s+)?"
    r"(?:transactions|deals|agreements|pacts|licen[cs]e agreements)\b|"
    # "today announced that the companies have entered into two separate agreements"
    r"(?:that\s+)?(?:the\s+companies|they)\s+(?:have\s+)?(?:entered\s+into|signed)\s+"
    r"(?:two|three|four|five)\s+(?:separate\s+)?(?:agreements|deals|transactions)\b)",
)
_SOLD_AS_BEFORE = re.compile(
    r"\b(?:sold|marketed|branded|commerciali[sz]ed)\s+(?:[\w-]+\s+){0,3}?(?:as|under the "
    r"(?:brand|trade) names?)\s+$|"
    # "The drug is disitamab vedotin, known during development as RC48": its code
    r"\bknown\s+(?:during\s+development\s+|in\s+development\s+)?as\s+$"
)
#: "Disc will develop the antibody as DISC-3405; in China it goes by 9MW3011": the deal's drug,
#: named by a definite description, given its other names (no paragraph check needed).
_RENAMED_BEFORE = re.compile(
    r"\b(?:develop|market|sell|commerciali[sz]e)s?\s+(?:the|this)\s+(?:antibody|drug|"
    r"candidate|molecule|compound|asset|program|therapy|ADC)\s+(?:as|under the name)\s+$|"
    r"\b(?:it|the (?:antibody|drug|candidate|molecule))\s+goes\s+by\s+$"
)
#: The article says the deal's drug was not named: a drug in that sentence is a guess.
_NOT_NAMED = word_pattern(
    r"did not|does not|didn['’]t|doesn['’]t|not",
    r"\s+(?:name|disclose|identify|specify)\s+"
    r"(?:a|the|any|which)\s+(?:specific\s+)?(?:molecule|drug|asset|candidate|compound|program)",
)
#: A deal sheet's labelled date line: "Announced: Tuesday, December 19, 2017 (filing)"; a
#: brief's closing label: "Dated Dec. 9.", "Signed Monday, Dec. 15.".
_ANNOUNCED_LABEL = re.compile(
    r"\s*(?:[-•*]\s*)?(?:(?:Announced|Announcement date|Date announced)\s*(?::|\.{3,})|"
    r"(?:Dated|Signed|Announced|Inked)(?:\s+on)?\s)\s*"
    rf"(?:(?:{WEEKDAY_NAMES}),?\s*)?",
    re.I,
)
#: The buyer of a company getting rights: "Roche will have rights to", "X to obtain rights".
_BUYER_GETS_RIGHTS = word_pattern(
    r"will|to",
    r"\s+(?:have|obtain|get|gain|receive|acquire)\s+(?:the\s+|exclusive\s+)*rights\b",
)
_SAME_DAY = lower_pattern(r"\b(?:on\s+)?the same day\b")
#: "January 5 day evening, X issued an announcement": a translated 1月5日晚, the day of the news.
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:day\s+)?(?:evening|night|morning|afternoon)\b")
#: A sentence that says when the deal itself was made public: "The companies announced the
#: transaction on Sunday, April 30", "On May 2, the Company and X issued a joint press release
#: announcing the Agreement". The definite object points back to the deal already told.
_ANNOUNCED_THE_DEAL = word_pattern(
    r"announced|announcing",
    # ("a joint press release announcing the entry into the Arrangement Agreement")
    r"\s+(?:the|this|their|its)\s+(?:entry\s+into\s+(?:the|this|an?)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:transaction|agreement|deal|merger|"
    r"acquisition|collaboration|partnership|licen[cs]e)\b",
)
MAX_TEXT = 2_000_000


@dataclass
class _Context:
    text: str
    low: str  # fold_case(text)
    sents: list[Sentence]
    mentions: list[OrgMention]
    entities: list[Entity]
    published: date | None
    default_year: int | None
    #: a press-release dateline ("CITY, Month D, YYYY --"), if the text opens with one
    dateline: DateMention | None = None
    #: the last announcement date found, for "announced the same day"
    last_announced: date | None = None
    #: assets found per sentence index: a sentence often belongs to several deals
    assets: dict[int, list[AssetMention]] = field(default_factory=dict)
    #: the announcement of each pair of parties' current deal, for its other direction
    pair_dates: dict[frozenset[int], tuple[date, Evidence]] = field(default_factory=dict)
    #: `_all_deals_date`, read once per text (a scan of the whole text)
    all_deals_date: tuple[date | None, Evidence | None] | None = None
    #: whether each sentence announces or reports a deal event (asked once per deal)
    reporting: dict[int, bool] = field(default_factory=dict)
    #: dates found per sentence index: every deal's date finders read the same sentences
    dates: dict[int, list[DateMention]] = field(default_factory=dict)
    #: `_day_headings`, read once per text (asked only for a deal nothing else dates)
    day_headings: list[tuple[int, DateMention]] | None = None
    #: `_item_dates`, read once per text (asked only for a deal nothing else dates)
    item_dates: dict[int, DateMention] | None = None
    #: `_find_byline`, read once per text (every deal's `_implicit_date` asks for it)
    byline: tuple[int, date, Evidence] | None = None
    byline_read: bool = False
    #: `retained_assets()`, built on first use
    retained: frozenset[str] | None = None
    #: `company_names()`, built on first use
    names_low: frozenset[str] | None = None
    #: `countries()`, built on first use
    country_of: dict[int, str] | None = None
    #: territory statements per sentence span: every deal's `find_territory` reads them
    territories: dict[tuple[int, int], SentenceTerritory | None] = field(default_factory=dict)
    #: `search` results by pattern (its `id`: a compiled pattern hashes its whole code) and
    #: sentence index
    searched: dict[tuple[int, int], re.Match[str] | None] = field(default_factory=dict)

    def countries(self) -> dict[int, str]:
        """Each company's country where the text or the curated table gives it (read once,
        and only for texts that need it: a description naming a nationality, a weak vote)."""
        if self.country_of is None:
            self.country_of = entity_countries(
                self.text,
                [(m.start, m.entity) for m in self.mentions],
                {e.id: e.names for e in self.entities},
            )
        return self.country_of

    def assets_in(self, s: Sentence) -> list[AssetMention]:
        found = self.assets.get(s.index)
        if found is None:
            found = self.assets[s.index] = find_assets(self.text, s.start, s.end)
        return found

    def retained_assets(self) -> frozenset[str]:
        """The drugs (lower-cased) the text says their owner keeps whole or leaves out of the
        deal ("retains all rights to SGT-001", "SGT-001, which RARE does NOT license"): named
        beside the deal, not licensed in it. Read once per text."""
        if self.retained is None:
            found: set[str] = set()
            if may_contain(self.low, _RETAINED_WORDS):
                for s in self.sents:
                    if not may_contain(self.low[s.start : s.end], _RETAINED_WORDS):
                        continue
                    named = self.assets_in(s)
                    for m in _RETAINS_ALL.finditer(self.low, s.start, s.end):
                        if _SHARE_KEPT.search(m.group()) is None:
                            found |= {
                                a.name.lower()
                                for a in named
                                if m.start() < a.start < m.end()
                                and not _PART_KEPT_AFTER.match(self.low, a.end)
                            }
                    for a in named:
                        if (out := _NOT_LICENSED_AFTER.match(self.low, a.end)) is not None:
                            # (with a drug its apposition names: "tested with rituximab")
                            found |= {
                                b.name.lower() for b in named if a.start <= b.start < out.end()
                            }
            self.retained = frozenset(found)
        return self.retained

    def company_names(self) -> frozenset[str]:
        """Every name of every company, lower-cased (a drug is never named as one): built once
        per text instead of once per asset and company."""
        if self.names_low is None:
            self.names_low = frozenset(n.lower() for e in self.entities for n in e.names)
        return self.names_low

    def dates_in(self, s: Sentence) -> list[DateMention]:
        """`find_dates` over sentence `s`, resolved against the article's date (or latest year):
        the same for every deal, so read once per sentence."""
        found = self.dates.get(s.index)
        if found is None:
            found = self.dates[s.index] = find_dates(
                self.text,
                s.start,
                s.end,
                published=self.published,
                default_year=self.default_year,
                low=self.low,
            )
        return found

    def search(
        self, pattern: re.Pattern[str], s: Sentence, words: tuple[str, ...] = ()
    ) -> re.Match[str] | None:
        """`pattern.search` over the folded sentence `s`, read once per text: the tests of a
        deal's sentences (results news, a party's own drugs, royalties) depend on the sentence
        alone, and a sentence belongs to several deals, or is read twice for one. With `words`
        (strings one of which every match holds), a sentence holding none is not scanned."""
        key = (id(pattern), s.index)  # (the patterns asked for are module constants)
        if key in self.searched:
            return self.searched[key]
        found = (
            pattern.search(self.low, s.start, s.end)
            if not words or may_contain(self.low[s.start : s.end], words)
            else None
        )
        self.searched[key] = found
        return found

    def reports(self, s: Sentence) -> bool:
        """Whether `s` announces something or reports the deal happening (`_REPORTS`): both
        date finders ask it of the same sentences, for every deal."""
        found = self.reporting.get(s.index)
        if found is None:
            found = self.reporting[s.index] = bool(_REPORTS.search(self.low, s.start, s.end))
        return found


def extract_en(doc: Document) -> list[Deal]:
    """Every deal an English article reports, with evidence spans into `doc.text`."""
    text = doc.text
    if not text.strip():
        return []
    work = text[:MAX_TEXT]
    if hard_wrapped(work):
        # a PDF's lines: read the re-joined text (no broken words left), quote the original
        joined, origin = unwrap(work)
        return [remap(d, work, origin) for d in extract_en(replace(doc, text=joined))]
    shouted = shouted_lines(work)
    if len(shouted) >= 2 or (shouted and _all_but_shouted_is_short(work, shouted[0])):
        # a wire brief's capitalised bullets: read them in ordinary case, quote the original
        return _read_instead(doc, work, recase(work, shouted))
    unsaid = unsay(work)
    if unsaid is not work:
        # a correction's account of what an earlier version said: read as if it were absent
        return _read_instead(doc, work, unsaid)
    published = doc.published or parse_published(work)
    tabled = table_deals(work, published) if "|" in work else []
    if not tabled:
        # a delimited export's rows ("2025-01-02;Roche;Innovent;IBI3009;global;USD 80m")
        rows = piped(work)
        tabled = table_deals(rows, published) if rows is not work else []
    sents = sentences(work)
    mentions, entities = find_entities(work, [(s.start, s.end) for s in sents])
    if len(entities) < 2:
        return tabled
    ctx = _Context(
        work,
        fold_case(work),
        sents,
        mentions,
        entities,
        published,
        published.year if published else latest_year(work),
        find_dateline(work),
    )
    cues, sentence_entities, masks = _read_sentences(ctx)
    order = [e.id for e in entities]
    drafts, by_sentence = build_deals(sents, cues, order, sentence_entities)
    assign_focus(sents, drafts, by_sentence, sentence_entities)
    labelled = _Labels(work, ctx.low, sents)
    deals: list[Deal] = []
    for d in drafts:
        deal = _finish(ctx, d, by_sentence, labelled, masks, sentence_entities)
        if deal is not None and not any(_repeats(deal, x) for x in deals):
            deals.append(deal)
    if len(deals) > 1:
        deals = _fold_parents(ctx, deals, masks)
        deals = share_joint_terms(work, mentions, entities, deals)
    return _with_table_deals(deals, tabled) if tabled else deals


def _read_instead(doc: Document, work: str, same_length: str) -> list[Deal]:
    """The deals of `same_length`, a rewriting of `work` that keeps every offset (case
    changed, a passage blanked), with their evidence quoting `work`."""
    same = list(range(len(work) + 1))
    return [remap(d, work, same) for d in extract_en(replace(doc, text=same_length))]


def _fold_parents(ctx: _Context, deals: list[Deal], masks: dict[int, object]) -> list[Deal]:
    """One deal told with a party's parent in one sentence and the subsidiary that signs in
    another ("to license a drug from China's Biokin", then "will pay SystImmune, Biokin's
    Redmond-based subsidiary, $800 million upfront"; "J&J's Janssen pays LegoChem ...", then
    "The J&J unit will pay ...") is the subsidiary's deal, the parent one of its names. Folded
    only when the other side is the same and the two agree on every figure both state."""
    sides = ([d.licensors for d in deals], [d.licensees for d in deals])
    if all(len(set(side)) == len(side) for side in sides):
        return deals  # (no two deals share a side: nothing to fold, no sentence to read)
    owners = _owners(ctx, masks)
    if not owners:
        return deals
    out = list(deals)
    for deal in deals:
        for side, other in (("licensors", "licensees"), ("licensees", "licensors")):
            if deal not in out:
                break
            own: tuple[Company, ...] = getattr(deal, side)
            if len(own) != 1 or own[0].name not in owners:
                continue
            parent = owners[own[0].name]
            folded = next(
                (
                    x
                    for x in out
                    if x is not deal
                    and len(getattr(x, side)) == 1
                    and getattr(x, side)[0].name == parent
                    and getattr(x, other) == getattr(deal, other)
                    and not _conflicts(x, deal)
                ),
                None,
            )
            if folded is not None:
                merged = _folded(deal, folded, side)
                out[out.index(deal)] = merged
                out.remove(folded)
                deal = merged
    return out


def _owners(ctx: _Context, masks: dict[int, object]) -> dict[str, str]:
    """Each company's owner by name, as the sentences state it: "⟨S⟩, ⟨P⟩'s subsidiary" and
    the like (`subsidiaries`), or a headline's "⟨P⟩'s ⟨S⟩" ("J&J's Janssen")."""
    owners: dict[str, str] = {}
    for masked in masks.values():
        text = masked.text if isinstance(masked, Masked) else ""
        if "⟨E" not in text:
            continue
        pairs = subsidiaries(text) if may_contain(text, _OWNED_WORDS) else []
        if "s ⟨E" in text:
            pairs += [(int(m[2]), int(m[1])) for m in _POSSESSED.finditer(text)]
        for sub, owner in pairs:
            if ctx.entities[sub].name != ctx.entities[owner].name:
                owners[ctx.entities[sub].name] = ctx.entities[owner].name
    return owners


#: A company named as another's ("J&J's Janssen pays ..."): an owner and its subsidiary.
_POSSESSED = re.compile(r"⟨E(\d+)⟩['’]s\s+⟨E(\d+)⟩")


def _folded(deal: Deal, folded: Deal, side: str) -> Deal:
    """`deal` (the subsidiary's) with its parent's deal `folded` in: the parent's names as
    aliases, and the figures, date and assets `deal` lacks."""
    sub: Company = getattr(deal, side)[0]
    parent: Company = getattr(folded, side)[0]
    names = (*sub.aliases, parent.name, *parent.aliases)
    filled: dict[str, Any] = {
        name: getattr(folded, name)
        for name in (*PAYMENT_FIELDS, "announced")
        if getattr(folded, name) is not None
        and (getattr(deal, name) is None or _derived(getattr(deal, name)))
        and not _derived(getattr(folded, name))
    }
    if deal.territory is None and folded.territory is not None:
        filled.update(territory=folded.territory, territory_class=folded.territory_class)
    known = {a.name.lower() for a in deal.assets}
    assets = deal.assets + tuple(a for a in folded.assets if a.name.lower() not in known)
    field_name = side[:-1]  # ("licensors" -> the evidence field "licensor")
    kept = {*filled, field_name, "assets"}
    aliases = tuple(dict.fromkeys(n for n in names if n != sub.name))
    return replace(
        deal,
        assets=assets,
        evidence=tuple(e for e in deal.evidence if e.field not in filled)
        + tuple(e for e in folded.evidence if e.field in kept),
        **{**filled, side: (replace(sub, aliases=aliases),)},
    )


#: Words every match of `subsidiaries` holds one of.
_OWNED_WORDS = ("subsidiar", "unit", "arm", "affiliate")


def _conflicts(a: Deal, b: Deal) -> bool:
    """Whether two deals state different amounts for one kind of payment (a total summed
    from the parts is no statement)."""
    for name in PAYMENT_FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if x is None or y is None or _derived(x) or _derived(y):
            continue
        if (x.amount, x.currency) != (y.amount, y.currency):
            return True
    return False


def _derived(value: object) -> bool:
    """Whether a payment field holds a figure dealradar summed, not one the text states."""
    return isinstance(value, Money) and not value.stated


def _all_but_shouted_is_short(text: str, line: tuple[int, int]) -> bool:
    """Whether a text is one line in capitals and little else (a wire's headline-only brief
    under a dateline): that line is all there is to read, so it is read in ordinary case."""
    return len(text) - (line[1] - line[0]) < _SHORT_REST


#: The most characters a headline-only brief holds besides its line in capitals.
_SHORT_REST = 160


def _repeats(deal: Deal, earlier: Deal) -> bool:
    """Whether `deal` tells nothing `earlier` does not: the same two parties, the same stated
    figures (at least one) and no other ("4. X signs $812 million pact with Y", then "Earlier
    in June, X entered ... with Y ... worth up to $812 million" read as a recalled deal)."""
    if deal.licensors != earlier.licensors or deal.licensees != earlier.licensees:
        return False
    shared = 0
    for name in PAYMENT_FIELDS:
        mine, theirs = getattr(deal, name), getattr(earlier, name)
        if mine is None:
            continue
        if theirs is None or (mine.amount, mine.currency) != (theirs.amount, theirs.currency):
            return False
        shared += 1
    return shared > 0 and {a.name for a in deal.assets} <= {a.name for a in earlier.assets}


def _with_table_deals(deals: list[Deal], tabled: list[Deal]) -> list[Deal]:
    """The table's rows, and the prose deals between other parties: a row states its deal's
    terms by column, while the prose around a table mostly comments on its rows."""

    def names(deal: Deal) -> tuple[set[str], set[str]]:
        return (
            {n.lower() for c in deal.licensors for n in c.names()},
            {n.lower() for c in deal.licensees for n in c.names()},
        )

    rows = [names(t) for t in tabled]
    # a party of one row paired with a party of another ("X agreed to acquire A ... Row 2 --
    # Y paid ..."): the prose read across two rows, each of which is a deal already
    listed = set().union(*(a | b for a, b in rows))
    prose = [
        d
        for d in deals
        if not any(_same_sides(names(d), r) for r in rows)
        and not (names(d)[0] & listed and names(d)[1] & listed)
    ]
    return prose + tabled


def _same_sides(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    return bool(a[0] & b[0] and a[1] & b[1]) or bool(a[0] & b[1] and a[1] & b[0])


class _Labels:
    """The terms of each sentence that holds figures, read when a deal first asks for them.

    Why lazily: the figures of a text and their labels are read only for the sentences of
    some deal (`collect_terms` asks for its tiers' sentences alone), and a text without a
    deal needs none of it; the money scan and the labelling of the other sentences were
    wasted. Each answer is what a sweep over every sentence would have given: `money` is in
    text order and sentences do not overlap, so a sentence's figures are those whose start
    lies in it (found by bisection), and it is labelled with one figure either side of them,
    as the sweep did.
    """

    def __init__(self, text: str, low: str, sents: list[Sentence]) -> None:
        self.text = text
        self.low = low
        self.sents = sents
        self.money: list[MoneyMention] | None = None
        self.starts: list[int] = []
        self.read: dict[int, list[Term]] = {}

    def get(self, index: int, default: list[Term]) -> list[Term]:
        """The terms of sentence `index`, or `default` when it holds no figure."""
        found = self.read.get(index)
        if found is not None:
            return found
        if self.money is None:
            self.money = with_declared_scale(
                self.text, self.low, find_money(self.text, low=self.low)
            )
            if "|" in self.text:
                # a terms table's bare figures under a currency header ("| US$ |")
                columns = table_column_money(self.text, self.low)
                if columns:
                    self.money = sorted([*self.money, *columns], key=lambda m: m.start)
            self.starts = [m.start for m in self.money]
        s = self.sents[index]
        k = bisect_left(self.starts, s.start)
        j = bisect_left(self.starts, s.end, k)
        if j == k:
            return default
        found = self.read[index] = label_sentence(
            self.text, s.start, s.end, self.money[max(0, k - 1) : j + 1], low=self.low
        )
        return found


def _by_sentence(sents: list[Sentence], mentions: list[OrgMention]) -> dict[int, list[OrgMention]]:
    out: dict[int, list[OrgMention]] = {}
    k = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    for s in sents:
        while k < len(ordered) and ordered[k].start < s.start:
            k += 1
        j = k
        while j < len(ordered) and ordered[j].start < s.end:
            j += 1
        out[s.index] = [m for m in ordered[k:j] if m.end <= s.end]
        k = j
    return out


def _read_sentences(
    ctx: _Context,
) -> tuple[dict[int, SentenceCues], dict[int, list[int]], dict[int, object]]:
    cues: dict[int, SentenceCues] = {}
    sentence_entities: dict[int, list[int]] = {}
    masks: dict[int, object] = {}
    topic: list[int] = []
    inside = _by_sentence(ctx.sents, ctx.mentions)
    we = _we_defined(ctx)
    first_person = _first_person(ctx, we)
    announcer = _announcer(ctx, inside, first_person, we=we)
    leaning: dict[int, float] = {}  # net licensor vote of the firm cues read so far
    defined = defined_terms(ctx.text, ctx.mentions)
    for s in ctx.sents:
        opens_paragraph = s.index == 0 or ctx.sents[s.index - 1].paragraph != s.paragraph
        masked = mask(
            s,
            ctx.mentions,
            topic,
            announcer,
            inside[s.index],
            ctx.countries,
            first_person=s.index in first_person,
            opens_paragraph=opens_paragraph,
            leaning=leaning,
            defined=defined,
        )
        masks[s.index] = masked
        real = [m.entity for m in inside[s.index]]
        sentence_entities[s.index] = real
        votes = role_votes(masked.text)
        for ent, role, w in votes.roles:
            if w >= 2:
                key = int(ent)
                leaning[key] = leaning.get(key, 0.0) + (w if role == "licensor" else -w)
        cues[s.index] = sentence_cues(s, masked, votes)
        lead = _lead(s, masked, real)
        if lead is not None and not s.is_title:
            topic = [lead, *[t for t in topic if t != lead]][:4]
        elif not real and _OTHER_FIRM_LEADS.match(s.text):
            # "Merritt Lane LLP opened a Singapore office. The firm's funds practice ...": the
            # sentences go on about a firm that is no party (a law firm, an adviser), so "the
            # firm" after it is none of the companies before
            topic = []
    return cues, sentence_entities, masks


#: A sentence opening on a name with a legal form ("Merritt Lane LLP opened ...").
_OTHER_FIRM_LEADS = re.compile(
    r"(?:[A-Z][\w&'’.-]*\s+){1,4}(?:LLP|LLC|L\.L\.P\.|Inc\.|Ltd\.|Limited|GmbH|plc|AG|S\.A\.|"
    r"Corp\.|& Co\.)(?=[\s,])"
)


_GRANTS = lower_pattern(
    # (a decimal point is no sentence end: "paying $672.5 million ..., for rights outside ...")
    r"\b(?:licen[cs]ed|authori[sz]ed|granted|gave)\b(?:[^.;]|\.(?=\d))*\brights?\b"
)
#: Where `_GRANTS` may start: it opens with `\b`, and `search_at` tries it there only.
_GRANTS_START = start_locator(_GRANTS)


def _lead(s: Sentence, masked: Masked, real: list[int]) -> int | None:
    """The company a sentence is about: its first named one, or the one a description opening
    the sentence stands for ("The Copenhagen-based company has been preparing ... from J&J's
    Darzalex. In 2024 it bought X": "it" is the described company, not J&J)."""
    if s.text.startswith("The ") and masked.text.startswith("⟨E") and masked.entities:
        return masked.entities[0]  # not "It is not X's first deal": an "it" of no company
    if len(real) > 1 and s.text.startswith(_SUBORDINATORS):
        # "Less than six months after spinning out of the company Pfizer bought ..., the new
        # Biohaven is still shopping": the main clause's subject, not the one in the clause
        # before it
        main = _MAIN_SUBJECT.search(masked.text)
        if main is not None:
            return int(main.group(1))
    if len(real) > 1 and "s ⟨E" in masked.text:
        owned = _OWNER_THEN_COMPANY.match(masked.text)
        if owned is not None:
            return int(owned.group(1))  # "Roche's Genentech unit has bought ...": Genentech
    return real[0] if real else None


#: A sentence whose first company is the owner of the second: "Roche's ⟨Genentech⟩ unit".
_OWNER_THEN_COMPANY = re.compile(r"[^⟨]*⟨E\d+⟩['’]s\s+⟨E(\d+)⟩")
#: How a sentence that opens with a subordinate clause starts.
_SUBORDINATORS = (
    *("After ", "Before ", "While ", "When ", "Since ", "Although ", "Though ", "Following "),
    *("Less than ", "More than ", "Weeks after ", "Months after ", "Days after ", "Just "),
)
#: The subject of the main clause after the first comma: ", the new ⟨E1⟩ is".
_MAIN_SUBJECT = re.compile(r"^[^,⟨]*(?:⟨E\d+⟩[^,⟨]*)*,\s+(?:the\s+(?:new\s+)?)?⟨E(\d+)⟩")


#: A bullet with no subject ("• Acquired X") and a filing's "the Company": see `_announcer`.
_SUBJECT_BULLET = re.compile(r"\s*[-•*–·]\s+[A-Z][a-z]+ed\b")
_THE_COMPANY = re.compile(r"\bthe company\b")
_WE = re.compile(r"\bwe\b")
#: A call transcript's speaker label ("Operator:", "Chief Financial Officer:" on a line's start).
_SPEAKER = re.compile(r"^([A-Z][^\n:.]{0,60}):(?=[ \t\n]|$)", re.M)
_SPEAKER_BROKEN = after_break(_SPEAKER)  # (see `search_lines`)
#: The title of a call's transcript, which names the company its executives speak for.
_CALL_TITLE = re.compile(r"\b(?:earnings|conference|investor) call\b|\btranscript\b")
#: A speaker's heading on a line of its own, before the turn ("Joaquin Duato, Chairman and
#: Chief Executive Officer"): a name, a comma, an executive's title.
_SPEAKER_HEADING = re.compile(
    r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}), (?:[\w&,-]+ ){0,6}?"
    r"(?:Officer|President|Chairman|CEO|CFO|CSO|CMO|COO)[ \t]*$",
    re.M,
)
_SPEAKER_HEADING_BROKEN = after_break(_SPEAKER_HEADING)
#: Speakers who do not speak for the company: their "we" and "us" are someone else.
_OUTSIDE_SPEAKER = re.compile(r"(?:Operator|Analyst|Question|Q)\b")
#: How a line opening with an outside speaker's label starts (a label opens its line, and
#: "Question" starts with "Q"): a text with no such line is no transcript, and not scanned.
_OUTSIDE_SPEAKER_OPENINGS = ("Operator", "Analyst", "Q")
_OUTSIDE_SPEAKER_LINES = tuple("\n" + w for w in _OUTSIDE_SPEAKER_OPENINGS)


#: What follows the company of an interviewed executive: "Solid's co-founder and chief
#: executive", "X's CEO", "We asked Dianthus CEO Marino Garcia".
_INTERVIEWEE = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:chief\s+executive|CEO|president|chairman|"
    r"chief\s+business\s+officer|head\s+of\s+business\s+development|business\s+development\s+"
    r"(?:head|chief))\b"
)


def _we_defined(ctx: _Context) -> int | None:
    """The company a filing defines as "we" ('Cullinan Therapeutics, Inc. ("Cullinan," "we" or
    "us")'), if any."""
    if '"we' not in ctx.text and "“we" not in ctx.text:
        return None
    found = next((m.entity for m in ctx.mentions if _DEFINED_AS_WE.match(ctx.text, m.end)), None)
    if found is None and (refer := _WE_REFER_TO.search(ctx.text)) is not None:
        # a periodic report's '"Gilead," "we," "us" and "our" refer to Gilead Sciences, Inc.'
        found = next((m.entity for m in ctx.mentions if m.start == refer.end()), None)
    return found


#: After a company's name, a bracket that defines "we": '("Cullinan," "we" or "us")'.
_DEFINED_AS_WE = re.compile(r"\s*\([^()]{0,60}?[\"“]we,?[\"”]")
#: The definition of "we" in a 10-Q or 10-K: '"we," "us" and "our" refer to '.
_WE_REFER_TO = re.compile(r"[\"“]we,?[\"”][^.()]{0,40}?\brefers?\s+to\s+(?:the\s+)?")


def _first_person(ctx: _Context, we: int | None) -> set[int]:
    """Sentences where "we" and "us" are the company a call transcript is about: its
    executives' turns ("Chief Financial Officer: ... Regeneron is paying us $400 million"),
    not the operator's or an analyst's; every sentence of a filing that defines "we" (`we`,
    from `_we_defined`). Empty for anything else."""
    if we is not None:
        return {s.index for s in ctx.sents}
    if not ctx.text.startswith(_OUTSIDE_SPEAKER_OPENINGS) and not any(
        map(ctx.text.__contains__, _OUTSIDE_SPEAKER_LINES)
    ):
        return set()  # no line opens as an outside speaker's label: no label is one
    labels = list(finditer_lines(_SPEAKER, _SPEAKER_BROKEN, ctx.text))
    headings = list(finditer_lines(_SPEAKER_HEADING, _SPEAKER_HEADING_BROKEN, ctx.text))
    if headings:
        labels = sorted(labels + headings, key=lambda m: m.start())
    if not any(_OUTSIDE_SPEAKER.match(m.group(1)) for m in labels):
        return set()
    out: set[int] = set()
    k = -1
    for s in ctx.sents:
        while k + 1 < len(labels) and labels[k + 1].start() <= s.start:
            k += 1
        if k >= 0 and not _OUTSIDE_SPEAKER.match(labels[k].group(1)):
            out.add(s.index)
    return out


#: After a company's name, the bracket that defines it as the filing's "Company" or "Group".
_DEFINED_AS_COMPANY = re.compile(
    r"\s*\((?:hereinafter\s+(?:referred\s+to\s+as\s+)?|together\s+with\s+its\s+"
    r"subsidiaries,\s+)?(?:the\s+)?[\"“](?:the\s+)?(?:Company|Group)[\"”]"
)


def _announcer(
    ctx: _Context,
    inside: dict[int, list[OrgMention]],
    first_person: frozenset[int] | set[int] = frozenset(),
    *,
    we: int | None,
) -> int | None:
    """The company whose announcement the article reports ("the Company" in filings; `we`,
    the company a filing defines as "we", from `_we_defined`)."""
    if we is not None:
        return we
    if first_person:
        # an interview: "We spoke with Solid's co-founder and chief executive" before the
        # answers, whose "we" is that company
        first = min(first_person)
        for m in ctx.mentions:
            if m.start >= ctx.sents[first].start:
                break
            if _INTERVIEWEE.match(ctx.text, m.end):
                return m.entity
    if "Company" in ctx.text or "Group" in ctx.text:
        # a filing's own definition: 'Jiangsu Hengrui Pharmaceuticals Co., Ltd. (hereinafter
        # "the Company" or "Hengrui") and Merck Sharp & Dohme LLC (hereinafter "the
        # Counterparty")' says outright who "the Company" is
        for m in ctx.mentions:
            if _DEFINED_AS_COMPANY.match(ctx.text, m.end):
                return m.entity
    # the company the document opens on (a heading's "X — Notes to Financial Statements")
    opening = next((s for s in ctx.sents if inside[s.index]), None)
    titled = inside[opening.index][0].entity if opening is not None else None
    if (
        first_person
        and opening is not None
        and titled is not None
        and _CALL_TITLE.search(ctx.low, opening.start, opening.end)
    ):
        return titled  # "X (XYZ) Q4 2023 Earnings Call Transcript": its executives' "we" is X
    for s in ctx.sents:
        found = (
            None if s.is_title or not inside[s.index] else _ANNOUNCE.search(ctx.low, s.start, s.end)
        )
        if found is None:
            continue
        if (
            titled is not None
            and s is not opening
            and (
                _SUBJECT_BULLET.match(s.text)
                or (
                    (subject := _subject_company(ctx, s, found.start(), first_person)) is not None
                    # ("the Company and Sirius Therapeutics, Inc. entered into": named first)
                    and not any(m.end <= subject for m in inside[s.index])
                )
            )
        ):
            # "• Acquired X (Apr 2022 announced)" on a slide, "the Company entered into ... with
            # X" in a filing's note: the subject is the company the heading names, not X
            return titled
        # the company named last before the verb ("X news, July 23 - Hansen (03692) issued an
        # announcement": Hansen, not the outlet); else the sentence's first
        before = [m for m in inside[s.index] if m.end <= found.start()]
        return (before[-1] if before else inside[s.index][0]).entity
    # no sentence announces anything: a fact sheet's or a deck's, whose heading names its
    # company ("GSK plc -- Q2 2023 Investor Fact Sheet")
    return titled


def _subject_company(
    ctx: _Context, s: Sentence, end: int, first_person: frozenset[int] | set[int]
) -> int | None:
    """Where a sentence names its own company before `end`: "the Company", a translation's
    bare "Company" (公司), a transcript's "we"."""
    found = _THE_COMPANY.search(ctx.low, s.start, end)
    if found is not None:
        return found.start()
    if "Company" in s.text:
        bare = BARE_COMPANY.search(s.text, 0, end - s.start)
        if bare is not None:
            return s.start + bare.start(1)
    if s.index in first_person:
        we = _WE.search(ctx.low, s.start, end)
        if we is not None:
            return we.start()
    return None


def _company(
    ctx: _Context, entity_id: int, sentence_ids: list[int]
) -> tuple[Company, list[Evidence]]:
    ent = ctx.entities[entity_id]
    company = Company(name=ent.name, aliases=ent.aliases())
    evidence: list[Evidence] = []
    # in text order (a sentence's index is its place in `ctx.sents`)
    spans = [(ctx.sents[i].start, ctx.sents[i].end) for i in sorted(set(sentence_ids))]
    starts = [a for a, _ in spans]
    for m in ctx.mentions:
        if m.entity != entity_id:
            continue
        k = bisect_right(starts, m.start) - 1  # the last span starting at or before the mention
        if k >= 0 and m.start < spans[k][1]:
            evidence.append(Evidence.at("", ctx.text, m.start, m.end))
            break
    if not evidence:
        first = next(m for m in ctx.mentions if m.entity == entity_id)
        evidence.append(Evidence.at("", ctx.text, first.start, first.end))
    return company, evidence


#: An all-cash offer ("$54.00 per share in cash"), and a price "for <n> <unit> in cash":
#: module constants, not `re.search` strings (each call looked its pattern up again).
#: ("$13.375 in cash per Ordinary Share": the cash before the share, of a named class)
_ALL_CASH = re.compile(
    r"\bper share in cash\b|\d a share in cash\b|\ball[- ]cash\b|"
    r"\bin cash per (?:\w+ )?(?:share|ADS)\b|"
    # a filing's tender offer: "at a price of $48.00 per Share, net to the seller in cash"
    r"\bnet to the (?:seller|holder)s?(?: thereof)? in cash\b|\bcash tender offer\b",
    re.I,
)
#: ("Vertex will acquire Alpine for approximately $4.9 billion in cash")
_FOR_CASH = re.compile(
    r"\bfor\s+(?:(?:about|approximately|roughly|around|nearly|some)\s+)?\S+\s+\w+\s+in cash\b"
)
#: A contingent value right in the price (not one said absent: "No CVR, no financing
#: condition", "without a CVR").
_CVR = re.compile(
    r"(?<![Nn]o )(?<!without )(?<!without a )(?:\bcontingent value rights?\b|\bCVRs?\b)"
)


#: Role votes this weak come from the wording of a bare agreement alone ("X entered a research
#: collaboration with Y"): they say nothing about who grants the rights.
_WEAK_VOTE = 1.5


def _chinese_licensor(ctx: _Context, lic: int, lee: int) -> tuple[int, int]:
    """(licensor, licensee) for a deal whose wording does not say who grants: the Chinese
    company, when one of the two is, as the market this tool follows mostly runs that way
    (Chinese biotechs licensing out); the wording's guess otherwise."""
    countries = ctx.countries()
    if countries.get(lee) == "CN" and countries.get(lic) != "CN":
        return lee, lic
    if (
        countries.get(lic) not in (None, "CN")
        and countries.get(lee) is None
        and _tabled(ctx.entities[lic].names)
        and not _tabled(ctx.entities[lee].names)
    ):
        # "following a discovery tie-up with Roche": a drugmaker of the bundled table (the
        # large buyers, and the Chinese biotechs) facing a company it does not know, with no
        # word of who grants, is the buyer
        return lee, lic
    return lic, lee


def _tabled(names: list[str]) -> bool:
    return any(curated_company(n) is not None for n in names)


def _finish(
    ctx: _Context,
    d: DealDraft,
    by_sentence: dict[int, list[DealDraft]],
    labelled: _Labels,
    masks: dict[int, object],
    sentence_entities: dict[int, list[int]],
) -> Deal | None:
    order = [e.id for e in ctx.entities]
    lic, lee = d.roles(order)
    if lic == lee:
        return None
    if (
        max((abs(v) for v in d.score.values()), default=0.0) <= _WEAK_VOTE
        and max((abs(v) for v in d.firm.values()), default=0.0) < 2
    ):
        # (a firm cue, "Y obtains the exclusive global rights", says who grants, however
        # weak the sum of all cues is)
        lic, lee = _chinese_licensor(ctx, lic, lee)
    related = sorted(set(d.mention_sentences) | set(d.focus_sentences))
    licensor, lic_ev = _company(ctx, lic, related)
    licensee, lee_ev = _company(ctx, lee, related)
    evidence: list[Evidence] = [_as("licensor", e) for e in lic_ev]
    evidence += [_as("licensee", e) for e in lee_ev]
    sents = ctx.sents  # (a sentence's index is its place in the list)
    tiers = [
        [sents[i] for i in d.mention_sentences],
        [sents[i] for i in d.focus_sentences],
        [sents[i] for i in d.title_sentences],
    ]
    terms: DealTerms = collect_terms(ctx.text, d, tiers, labelled, by_sentence, masks, lic, lee)
    evidence += terms.evidence
    # assets: from the deal's own sentences, not from those of other deals
    assets: list[Asset] = []
    platforms: set[str] = set()
    # each sentence's clauses about this deal, read once: four steps below ask for them
    clauses = {s.index: _own_clauses(ctx, s, d, by_sentence) for tier in tiers for s in tier}
    near = _near_paragraphs(ctx, tiers[0], clauses, tiers[1])
    focus_only = set(d.focus_sentences) - set(d.mention_sentences)
    far: list[Sentence] = []
    for s in sorted(tiers[0] + tiers[1], key=lambda x: x.start) + tiers[2]:
        own = clauses[s.index]
        if near is not None and s.index in focus_only and s.paragraph not in near:
            # background far from the deal: rivals' drugs, the licensor's pipeline; only the
            # brands the deal's own drug is sold under, in a paragraph about it, are kept
            # (read below, once the deal's drugs are known: the brand may come first)
            far.append(s)
            continue
        if s.index in focus_only and ctx.search(_OWN_DRUGS, s):
            continue  # "Pfizer itself had developed two candidates": a party's own drugs
        if (
            s.index in focus_only
            and ctx.assets_in(s)
            and _about_others(ctx, sentence_entities.get(s.index, []), (lic, lee))
        ):
            continue  # "Roche used its presentation to outline trontinemab": a third's drug
        if ctx.search(_NOT_NAMED, s, _NOT_NAMED_WORDS):
            continue  # "... lists X as its candidate, though the deal did not name a molecule"
        for a in ctx.assets_in(s):
            if own is not None and not any(a0 <= a.start < b0 for a0, b0 in own):
                continue  # the clause of another deal named in the same sentence
            if a.name.lower() in {x.name.lower() for x in assets}:
                continue
            if a.name.lower() in ctx.company_names():
                continue
            if a.name.lower() in ctx.retained_assets():
                continue  # "Solid retains all rights to SGT-001": named beside the deal
            assets.append(Asset(a.name))
            evidence.append(Evidence.at("assets", ctx.text, a.start, a.end))
            if a.platform:
                platforms.add(a.name)
    for s in far:
        for a in _brands_of(ctx, s, assets):
            assets.append(Asset(a.name))
            evidence.append(Evidence.at("assets", ctx.text, a.start, a.end))
    type_sentences = [_own_text(ctx, s, clauses[s.index]) for s in tiers[0]]
    granting = [t for t in type_sentences if search_at(_GRANTS, _GRANTS_START, t)]
    if d.historical and granting:
        # an earlier licence recalled in its own sentence ("In November 2023, X authorized Y
        # the global rights of Z") is a licence, whatever the story around it is about
        # ("Completion of the acquisition will trigger a milestone payment to Y")
        type_sentences = granting
    else:
        type_sentences += [s.text for s in tiers[1] + tiers[2]]
    typed = partial(
        deal_type,
        licensee_name=" ".join(ctx.entities[lee].names),
        has_money=terms.any_money,
        asset_names=tuple(a.name for a in assets),
        licensee_names=tuple(ctx.entities[lee].names),
    )
    dtype = typed(type_sentences)
    own_texts = type_sentences[: len(tiers[0])]
    if dtype == "newco":
        # a company is new by the deal's own sentences or one that names it, not by a remark
        # on NewCos in general among the sentences around ("forward to a colleague who still
        # thinks the newco is dead")
        lee_low = [n.lower() for n in ctx.entities[lee].names if n]
        about = own_texts + [
            t
            for t in type_sentences[len(own_texts) :]
            if not tells_newco(t) or any(n in t.lower() for n in lee_low)
        ]
        if len(about) < len(type_sentences):
            dtype = typed(about)
    if dtype == "acquisition" and not (d.historical and granting):
        # ("Biogen ... disclosed a non-binding proposal to buy the rest of Sage", "Gilead has
        # agreed to buy Ouro": a purchase told of another company in the sentences around,
        # not made by this deal's licensee; "Corbel will become the controlling shareholder
        # of Halvern" is the licensee's own)
        parties = {lic, lee}
        kept = own_texts + [
            s.text
            for s in tiers[1] + tiers[2]
            if not (named := sentence_entities.get(s.index, []))
            or set(named) <= parties
            or named[0] == lee
        ]
        if len(kept) < len(type_sentences):
            dtype = typed(kept)
    if dtype == "license" and may_tell_purchase(own_texts) and typed(own_texts) == "acquisition":
        # a company bought, by the deal's own sentences, stays bought whatever the sentences
        # around it say ("... a cell therapy buyout and yet another licensing deal": a
        # roundup's lead, about every deal of it); an option or a purchase of a drug is told
        # by the context, and not undone
        dtype = "acquisition"
    if platforms and dtype != "acquisition" and any(a.name not in platforms for a in assets):
        # a licensor's platform is background to a licence of drugs made with it (the asset
        # of a company purchase, and of a licence of the platform itself: "access to its
        # SAFEbody technology", where no drug is named)
        gone = {a.name for a in assets if a.name in platforms}
        assets = [a for a in assets if a.name not in gone]
        evidence = [e for e in evidence if not (e.field == "assets" and e.quote in gone)]
    if (
        dtype == "acquisition"
        and terms.upfront is None
        and terms.total is not None
        and any(
            _ALL_CASH.search(s.text) or (terms.milestones is None and _FOR_CASH.search(s.text))
            for s in tiers[0] + tiers[1]
        )
        # ("$65.60 per share in cash plus a contingent value right of up to $20.65 per share,
        # for a total of up to $10 billion": the total holds the CVR, not all paid at closing)
        and not any(_CVR.search(s.text) for s in tiers[0] + tiers[1])
    ):
        # an all-cash offer at a fixed price per share pays the equity value at closing
        terms.upfront = terms.total
        evidence += [
            Evidence("upfront", e.start, e.end, e.quote)
            for e in terms.evidence
            if e.field == "total"
        ]
    if dtype == "acquisition" and terms.equity is not None:
        # the buyer of a whole company buys no stake in it as a term of the purchase: shares
        # bought in the story ("bought $35 million of X stock as part of that pact") belong to
        # an earlier deal between the two
        terms.equity = None
        evidence = [e for e in evidence if e.field != "equity"]
    territory = None
    territory_class: TerritoryClass = "unspecified"
    if dtype not in ("acquisition",):
        spans = [(s.start, s.end) for s in sorted(tiers[0] + tiers[1], key=lambda x: x.start)]
        spans += [(s.start, s.end) for s in tiers[2]]
        opening = min((s.start for s in tiers[0]), default=0)
        # from the deal's first own sentence on: a sentence before it is the article's lead
        # ("four overseas licensing agreements"), about every deal of a roundup
        told = [span for span in spans if span[0] >= opening]
        found = find_territory(ctx.text, told, ctx.territories) or find_territory(
            ctx.text, spans, ctx.territories
        )
        if found is not None:
            territory, territory_class = found.text, found.territory_class
            evidence.append(Evidence.at("territory", ctx.text, found.start, found.end))
    else:
        # a company bought for the rights it holds in some countries only: "Upon closing, Roche
        # will have rights to ... commercialize it in the United States and Japan" (what the
        # buyer gets, not what the target "holds" told in passing)
        held = [
            (s.start, s.end)
            for s in sorted(tiers[0] + tiers[1], key=lambda x: x.start)
            if ctx.low.find("rights", s.start, s.end) >= 0
            and _BUYER_GETS_RIGHTS.search(ctx.low, s.start, s.end)
        ]
        found = find_territory(ctx.text, held, ctx.territories) if held else None
        if found is not None and found.territory_class not in ("global", "unspecified"):
            territory, territory_class = found.text, found.territory_class
            evidence.append(Evidence.at("territory", ctx.text, found.start, found.end))
    own_clauses = {s.index: clauses[s.index] for s in tiers[0]}
    announced, date_ev = _announced(ctx, tiers, own_clauses, d.key)
    if announced is None and not d.historical and d.key in ctx.pair_dates:
        # the other direction of a two-way deal: announced together with it
        announced, date_ev = ctx.pair_dates[d.key]
    elif announced is None and not d.historical:
        announced, date_ev = _all_deals_date(ctx)
        if announced is None:
            announced, date_ev = _summary_date(ctx, tiers[0])
    elif announced is not None and date_ev is not None and not d.historical:
        ctx.pair_dates.setdefault(d.key, (announced, date_ev))
    if date_ev is not None:
        evidence.append(date_ev)
    royalties = None
    for s in tiers[0] + tiers[1]:
        # (every match holds "royalt", "commission" or "franchise": most sentences lack them)
        r = ctx.search(_ROYALTY, s, _ROYALTY_WORDS)
        if r:
            found_text = ctx.text[r.start() : r.end()]
            royalties = found_text.strip()
            start = r.start() + (len(found_text) - len(found_text.lstrip()))
            evidence.append(Evidence.at("royalties", ctx.text, start, start + len(royalties)))
            break
    deal = Deal(
        licensors=(licensor,),
        licensees=(licensee,),
        assets=tuple(assets),
        deal_type=dtype,
        territory=territory,
        territory_class=territory_class,
        upfront=terms.upfront,
        near_term=terms.near_term,
        milestones=terms.milestones,
        total=terms.total,
        equity=terms.equity,
        royalties=royalties,
        announced=announced,
        evidence=tuple(evidence),
    )
    return terms.finish(deal, announced or ctx.published)


def _about_others(ctx: _Context, named: list[int], parties: tuple[int, int]) -> bool:
    """Whether a sentence that names the companies `named` (its mentions' entities) names
    some and none of them is a party of the deal: a sentence about a third company (whose
    drugs are its own), told between the deal's."""
    if not named or parties[0] in named or parties[1] in named:
        return False
    # ("The acquisition gives Sanofi Dynavax's vaccine X": two names read as one company's)
    words = {w for p in parties for n in ctx.entities[p].names for w in n.split()}
    return not any(w in words for e in named for n in ctx.entities[e].names for w in n.split())


def _brands_of(ctx: _Context, s: Sentence, assets: list[Asset]) -> list[AssetMention]:
    """Brands named in `s` ("... is sold as HANSIZHUANG", "it is marketed as Hetronifly")
    when its paragraph names one of the deal's drugs already found."""
    if not assets or (" as " not in s.text and " by " not in s.text):
        return []
    known = {x.name.lower() for x in assets}
    renamed = [
        a
        for a in ctx.assets_in(s)
        if _RENAMED_BEFORE.search(ctx.text, max(s.start, a.start - 50), a.start)
        and a.name.lower() not in known
    ]
    brands = [
        a
        for a in ctx.assets_in(s)
        if _SOLD_AS_BEFORE.search(ctx.text, max(s.start, a.start - 40), a.start)
        and a.name.lower() not in {x.name.lower() for x in assets}
    ]
    brands = [a for a in brands if a not in renamed]
    if not brands:
        return renamed
    para = " ".join(x.text for x in ctx.sents if x.paragraph == s.paragraph).lower()
    return renamed + (brands if any(x.name.lower() in para for x in assets) else [])


def _own_text(ctx: _Context, s: Sentence, own: list[tuple[int, int]] | None) -> str:
    """The words of sentence `s` about a deal: its own clauses (`own`, see `_own_clauses`) when
    `s` names other deals too ("X paid $700 million to Y for A, and at the start of 2025 it
    took an option on ...")."""
    if own is None:
        return s.text
    return " ".join(ctx.text[a:b] for a, b in own)


def _near_paragraphs(
    ctx: _Context,
    named: list[Sentence],
    clauses: dict[int, list[tuple[int, int]] | None],
    focus: list[Sentence],
) -> set[int] | None:
    """The paragraphs of the sentences naming the deal, when they name a drug of it (or,
    with no company named, the lines under them do: a sheet's "Completed ...: acquisition of
    X" over "- Asset: camlipixant"): the drugs of focus sentences elsewhere are then
    background, not the deal's. None when they hold no drug (the deal's drug is then read
    from any of its sentences)."""
    for s in named:
        own = clauses[s.index]
        if any(own is None or any(a <= m.start < b for a, b in own) for m in ctx.assets_in(s)):
            return {x.paragraph for x in named}
    paragraphs = {x.paragraph for x in named}
    last = max((x.index for x in named), default=-1)
    for s in focus:
        if (
            s.index > last
            and s.paragraph in paragraphs
            and _SHEET_LINE.match(s.text)
            and ctx.assets_in(s)
        ):
            return paragraphs
    return None


#: A deal sheet's labelled line under its deal: "- Asset: X", "Asset ........ X".
_SHEET_LINE = re.compile(r"\s*(?:[-•*>]\s*)?[A-Z][\w./ -]{0,30}?(?:\s*:|\s*\.{3,})")


_ROYALTY_WORDS = ("royalt", "commission", "franchise")
#: Strings one of which every match of `_NOT_NAMED` holds (its verbs).
_NOT_NAMED_WORDS = ("name", "disclose", "identify", "specify")
_CLAUSE_BREAK = re.compile(
    r";|\s[–—]\s|,\s+(?:while|whereas)\s|"
    # ", and at the start of 2025 it took an option on Y's X": a second event of its own
    r",\s+and\s+(?=(?:then|later|earlier|in|at|on|by)\s+(?:the\s+)?(?:start|end|"
    rf"beginning|middle|{MONTH_NAMES}|\d{{4}}|{WEEKDAY_NAMES})\b)"
)


def _own_clauses(
    ctx: _Context, s: Sentence, d: DealDraft, by_sentence: dict[int, list[DealDraft]]
) -> list[tuple[int, int]] | None:
    """In a sentence that names several deals ("X will pay Y ...; Z licensed ... to W"), the
    clauses naming this deal's parties and no other deal's; None when the sentence is whole."""
    others = [x for x in by_sentence.get(s.index, []) if x is not d and x.key != d.key]
    if not others or (";" not in s.text and not _CLAUSE_BREAK.search(s.text)):
        return None
    cuts = [s.start, *(s.start + m.end() for m in _CLAUSE_BREAK.finditer(s.text)), s.end]
    foreign = set().union(*(x.key for x in others)) - d.key
    out: list[tuple[int, int]] = []
    for a, b in pairwise(cuts):
        named = {m.entity for m in ctx.mentions if a <= m.start < b}
        if named & d.key and not named & foreign:
            out.append((a, b))
    return out


def _as(field: str, e: Evidence) -> Evidence:
    return Evidence(field, e.start, e.end, e.quote)


def _announced(
    ctx: _Context,
    tiers: list[list[Sentence]],
    own_clauses: dict[int, list[tuple[int, int]] | None] | None = None,
    key: frozenset[int] = frozenset(),
) -> tuple[date | None, Evidence | None]:
    """The announcement date: a sentence saying when the deal was announced
    (`_announcement_date`); else "on <date>", a weekday or "yesterday" in a sentence that
    announces the deal (or, in the deal's own sentences, reports it happening); else "the
    same day" as the deal before; else a press-release dateline over the deal's sentence.
    In a sentence naming several deals only the dates of this deal's clauses count
    (`own_clauses`, see `_own_clauses`)."""
    found = _announcement_date(ctx, tiers, key) if key else (None, None)
    if found[0] is None:
        found = _explicit_date(ctx, tiers, own_clauses or {}, skip_signing=True)
    if found[0] is None:
        found = _implicit_date(ctx, tiers)
    if found[0] is None and key:
        found = _item_heading_date(ctx, tiers, key)
    if found[0] is None:
        found = _date_line(ctx, tiers)
    if found[0] is None:
        found = _day_heading_date(ctx, tiers)
    if found[0] is None:
        found = _item_date(ctx, tiers)
    if found[0] is None:
        # "the agreement, which the parties entered into on November 6": the signing date
        # stands in for the announcement only when nothing else dates the news
        found = _explicit_date(ctx, tiers, own_clauses or {})
    if (
        found[0] is not None
        and found[1] is not None
        and _other_month(tiers[0], found[0], found[1].start)
    ):
        return None, None
    if found[0] is not None:
        ctx.last_announced = found[0]
    return found


#: A month named without its day opening a clause: "In April, X paid Y ...".
_IN_MONTH = re.compile(rf"\b[Ii]n\s+(?P<month>{MONTH_NAMES})\b(?!\s+\d)")


def _other_month(own: list[Sentence], day: date, at: int) -> bool:
    """Whether the deal's own sentences date it "In April" while the date found elsewhere
    ("Earlier Monday it reported third-quarter revenue") falls in another month: that date
    is not the deal's."""
    if any(s.start <= at < s.end for s in own):
        return False
    for s in own:
        if "In " in s.text or "in " in s.text:
            for m in _IN_MONTH.finditer(s.text):
                if month_number(m.group("month")) != day.month:
                    return True
    return False


#: A roundup's item heading: the company of the item, its date in brackets, and nothing else
#: ("DICE Therapeutics (June 20, 2023)." over the paragraph telling that deal).
_ITEM_HEADING = re.compile(rf"[^()\n]{{2,80}}?\s+\((?P<date>{WRITTEN_DATE})\)[.:]?\s*")
#: How a text that `_ITEM_HEADING` matches ends, its trailing whitespace (`\s`, what
#: `str.rstrip` strips) left out.
_HEADING_ENDS = (")", ").", "):")


def _item_heading_date(
    ctx: _Context, tiers: list[list[Sentence]], key: frozenset[int]
) -> tuple[date | None, Evidence | None]:
    """The date an item heading of a roundup gives the deal told under it, when the heading
    names one of its companies: the date that item is about."""
    for s in tiers[0] + tiers[1]:
        # (a heading ends with its bracket, perhaps a full stop or colon, and whitespace:
        # most sentences do not, and are not scanned)
        if not ctx.text[s.start : s.end].rstrip().endswith(_HEADING_ENDS):
            continue
        heading = _ITEM_HEADING.fullmatch(ctx.text, s.start, s.end)
        if heading is None:
            continue
        if not any(
            s.start <= m.start < heading.start("date") and m.entity in key for m in ctx.mentions
        ):
            continue
        found = _dated_label(ctx, heading.start("date"), heading.end("date"))
        if found[0] is not None:
            return found
    return None, None


def _dated_label(ctx: _Context, start: int, end: int) -> tuple[date | None, Evidence | None]:
    """The first date with its year written out in `ctx.text[start:end]`, the date a label
    gives (an item heading's bracket, a deal sheet's "Date:" line); none is guessed from the
    published date."""
    for dm in find_dates(ctx.text, start, end, published=None, default_year=None):
        if dm.value is not None and dm.explicit_year:
            return dm.value, Evidence.at("announced", ctx.text, dm.start, dm.end)
    return None, None


#: A deal sheet's labelled date line: "- Date: 20 January 2025", "Announced: May 5, 2025".
_DATE_LINE = re.compile(
    r"\s*(?:[-•*·]\s*)?(?:Date|Deal date|Announced|Announcement date|Announcement)\s*:\s*"
    rf"(?P<date>{WRITTEN_DATE})\b",
    re.I,
)


def _date_line(ctx: _Context, tiers: list[list[Sentence]]) -> tuple[date | None, Evidence | None]:
    """The date of a deal sheet's "Date: ..." line in the paragraph (the item) where the deal
    is told, when that paragraph tells this deal alone: the item's fields are its deal's."""
    paragraphs = {s.paragraph for s in tiers[0]}
    if len(paragraphs) != 1:
        return None, None
    (paragraph,) = paragraphs
    for s in ctx.sents:
        if s.paragraph != paragraph or ("ate" not in s.text and "nnounce" not in s.text):
            continue
        line = _DATE_LINE.match(ctx.text, s.start, s.end)
        if line is None:
            continue
        found = _dated_label(ctx, line.start("date"), line.end("date"))
        if found[0] is not None:
            return found
    return None, None


#: What a day heading may hold beside its date: a weekday (in any case, perhaps shortened)
#: and punctuation ("WEDNESDAY, MAY 14", "Thu 15 May:", "May 14, 2025 --").
_HEADING_REST = re.compile(
    rf"(?i)\s*(?:(?:{WEEKDAY_NAMES})|(?:mon|tue|wed|thu|fri|sat|sun)\.?)?[\s,:.–—-]*"
)


def _day_headings(ctx: _Context) -> list[tuple[int, DateMention]]:
    """The lines of a text that hold a date and nothing else (a weekday aside), with their
    positions: a feed's or a diary's day headings. Fewer than two are no headings (a lone date
    over an article is its publication's, told apart elsewhere)."""
    if ctx.day_headings is None:
        found: list[tuple[int, DateMention]] = []
        for s in ctx.sents:
            if len(s.text) > 40 or not any(c.isdigit() for c in s.text):
                continue
            line_start = ctx.text.rfind("\n", 0, s.start) + 1
            line_end = ctx.text.find("\n", s.end)
            line_end = len(ctx.text) if line_end < 0 else line_end
            if ctx.text[line_start : s.start].strip() or ctx.text[s.end : line_end].strip():
                continue
            dates = [dm for dm in ctx.dates_in(s) if dm.value is not None]
            if len(dates) != 1:
                continue
            dm = dates[0]
            if _HEADING_REST.fullmatch(ctx.text, s.start, dm.start) and _HEADING_REST.fullmatch(
                ctx.text, dm.end, s.end
            ):
                found.append((s.start, dm))
        ctx.day_headings = found if len(found) >= 2 else []
    return ctx.day_headings


def _day_heading_date(
    ctx: _Context, tiers: list[list[Sentence]]
) -> tuple[date | None, Evidence | None]:
    """The date of the day heading a deal's first sentence stands under ("WEDNESDAY, MAY 14"
    over a feed's items, "THURSDAY, MAY 15" over the next day's): the day that item is
    news of."""
    headings = _day_headings(ctx)
    if not headings or not tiers[0]:
        return None, None
    first = min(s.start for s in tiers[0])
    under = [dm for at, dm in headings if at < first]
    if not under:
        return None, None
    dm = under[-1]
    return dm.value, Evidence.at("announced", ctx.text, dm.start, dm.end)


#: A dash after an item's opening date: "Nov. 7 - Pfizer and Metsera signed ...".
_ITEM_DASH = re.compile(r"[ \t]*(?:--|[-–—])[ \t]+\S")


def _item_dates(ctx: _Context) -> dict[int, DateMention]:
    """The dates opening lines before a dash ("Nov. 7 - X signed ...", "Jan. 21 — Two weeks
    later, Y signed ..."), by the start of the sentence each opens: a digest's items, each
    dated by its own line. Fewer than two are no items (a lone "July 28, 2025 - X has signed"
    is a dateline, which the gold articles date in different ways)."""
    if ctx.item_dates is None:
        found: dict[int, DateMention] = {}
        for s in ctx.sents:
            if s.start and ctx.text[s.start - 1] != "\n":
                continue
            dates = ctx.dates_in(s)
            opening = dates[0] if dates and dates[0].start == s.start else None
            if opening is not None and _ITEM_DASH.match(ctx.text, opening.end):
                found[s.start] = opening
        ctx.item_dates = found if len(found) >= 2 else {}
    return ctx.item_dates


def _item_date(ctx: _Context, tiers: list[list[Sentence]]) -> tuple[date | None, Evidence | None]:
    """The date opening the first digest item whose opening sentence tells the deal (see
    `_item_dates`); a headline over the item may tell it before."""
    items = _item_dates(ctx)
    for s in sorted(tiers[0], key=lambda x: x.start) if items else ():
        dm = items.get(s.start)
        if dm is not None and dm.value is not None:
            return dm.value, Evidence.at("announced", ctx.text, dm.start, dm.end)
    return None, None


def _announcement_date(
    ctx: _Context, tiers: list[list[Sentence]], key: frozenset[int]
) -> tuple[date | None, Evidence | None]:
    """ "X entered into the agreement on April 29 ... The companies announced the transaction
    on Sunday, April 30": a sentence about the deal (naming no other company) that says on
    which day the deal was announced dates it before any signing or event date does."""
    for s in sorted(tiers[0] + tiers[1], key=lambda x: x.start):
        if ctx.low.find("announc", s.start, s.end) < 0:
            continue
        if not _ANNOUNCED_THE_DEAL.search(ctx.low, s.start, s.end):
            continue
        if any(s.start <= m.start < s.end and m.entity not in key for m in ctx.mentions):
            continue  # "Y announced the acquisition of Z on ...": another company's news
        for dm in ctx.dates_in(s):
            before = ctx.text[max(s.start, dm.start - 32) : dm.start]
            if dm.value is not None and _ON_DATE.search(before):
                return dm.value, Evidence.at("announced", ctx.text, dm.start, dm.end)
    return None, None


def _headed_by_dateline(ctx: _Context, s: Sentence) -> tuple[date, Evidence] | None:
    """The release's dateline and its evidence, when the dateline stands in sentence `s`."""
    line = ctx.dateline
    if line is None or line.value is None or not s.start <= line.start < s.end:
        return None
    return line.value, Evidence.at("announced", ctx.text, line.start, line.end)


def _summary_date(ctx: _Context, own: list[Sentence]) -> tuple[date | None, Evidence | None]:
    """ "- Roche to have an option to enter into a collaboration with Pfizer" in the bullets
    over a release's dateline: a deal told only in the summary above the dateline is news
    of that release, dated by it."""
    line = ctx.dateline
    if line is None or not own or any(s.end > line.start for s in own):
        return None, None
    return line.value, Evidence.at("announced", ctx.text, line.start, line.end)


def _all_deals_date(ctx: _Context) -> tuple[date | None, Evidence | None]:
    """ "On the evening of June 26, the company announced the two transactions": a sentence
    that announces the article's deals together dates each of them (read once per text)."""
    if ctx.all_deals_date is None:
        ctx.all_deals_date = _find_all_deals_date(ctx)
    return ctx.all_deals_date


def _find_all_deals_date(ctx: _Context) -> tuple[date | None, Evidence | None]:
    hit = _ALL_ANNOUNCED.search(ctx.low)
    if hit is None:
        return None, None
    k = bisect_right([s.start for s in ctx.sents], hit.start()) - 1
    s = ctx.sents[k]
    headed = _headed_by_dateline(ctx, s)
    if headed is not None:
        return headed  # the release's dateline heads the sentence announcing its deals
    for dm in ctx.dates_in(s):
        before = ctx.text[max(s.start, dm.start - 32) : dm.start]
        if dm.value is not None and (
            _ON_DATE.search(before) or _DATE_WORD.match(ctx.text[dm.start : dm.end])
        ):
            return dm.value, Evidence.at("announced", ctx.text, dm.start, dm.end)
    return None, None


def _implicit_date(
    ctx: _Context, tiers: list[list[Sentence]]
) -> tuple[date | None, Evidence | None]:
    for s in tiers[0]:
        if not ctx.reports(s):
            continue
        # (every match holds "the same day": most sentences lack it and are not scanned)
        has_words = ctx.low.find("the same day", s.start, s.end) >= 0
        same = _SAME_DAY.search(ctx.low, s.start, s.end) if has_words else None
        if same and ctx.last_announced is not None:
            return ctx.last_announced, Evidence.at("announced", ctx.text, same.start(), same.end())
        headed = _headed_by_dateline(ctx, s)
        if headed is not None:
            return headed  # a dateline opens the release; the sentence it heads announces it
        byline = _byline(ctx)
        if byline is not None and s.paragraph == byline[0] + 1:
            # "By X staff | July 11, 2024" over a lead that reports the deal: the news of the day
            return byline[1], byline[2]
        bare = _BARE_DATE_ANNOUNCED.match(ctx.text, s.start, s.end)
        if bare is not None:
            # "June 4, 2025 - X (688443) announced in the evening that ...": the news of the day
            for dm in find_dates(
                ctx.text, bare.start("date"), bare.end("date"), published=None, default_year=None
            ):
                if dm.value is not None and dm.explicit_year:
                    return dm.value, Evidence.at("announced", ctx.text, dm.start, dm.end)
    for s in tiers[0] + tiers[1]:
        if ctx.text.startswith(("Recently", "In recent days"), s.start) or (
            ctx.low.find("pleased to announce", s.start, s.end) >= 0
        ):
            # "Recently, X ... signed" in a filing signed off "Board of Directors of X / July
            # 26, 2022" (a translated 近日, the days just before the filing's date); "The Board
            # is pleased to announce that ..." over "By order of the Board ... Hong Kong, 2
            # January 2025": the announcement's own date
            closing = _closing_date(ctx.text)
            if closing is not None:
                return closing
    return None, None


#: A filing's sign-off at its end: "Board of Directors of X\nJuly 26, 2022", "By order of the
#: Board ... 9 August 2021".
_SIGN_OFF = re.compile(
    r"(?:Board of Directors of [^\n]{2,120}|By order of the Board[^\n]{0,120}|Hereby announced\.?)"
    r"\s*\n(?:[^\n]{0,80}\n){0,4}?[^\S\n]*(?:[A-Z][A-Za-z ,.]{1,40},[^\S\n]*)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|"
    r"\d{1,2} [A-Z][a-z]{2,8} \d{4})\s*$"
)


def _closing_date(text: str) -> tuple[date, Evidence] | None:
    """The date a filing is signed off with, on its last lines."""
    m = _SIGN_OFF.search(text, max(0, len(text) - 400))
    if m is None:
        return None
    for dm in find_dates(text, m.start("date"), m.end("date"), published=None, default_year=None):
        if dm.value is not None and dm.explicit_year:
            return dm.value, Evidence.at("announced", text, dm.start, dm.end)
    return None


#: A trade-press byline with the article's date: "By Fierce Biotech staff | July 11, 2024".
_BYLINE = re.compile(r"^By [^\n|]{1,60}\|\s*(?:Published\s+)?(?P<date>[^\n|]{6,30}?)\s*$", re.M)
_BYLINE_BROKEN = after_break(_BYLINE)  # (see `search_lines`)


def _byline(ctx: _Context) -> tuple[int, date, Evidence] | None:
    """The byline's paragraph and date, when the article's first lines carry one (read once
    per text: it depends on the text alone)."""
    if not ctx.byline_read:
        ctx.byline, ctx.byline_read = _find_byline(ctx), True
    return ctx.byline


def _find_byline(ctx: _Context) -> tuple[int, date, Evidence] | None:
    m = search_lines(_BYLINE, _BYLINE_BROKEN, ctx.text, 0, min(len(ctx.text), 1500))
    if m is None:
        return None
    for dm in find_dates(
        ctx.text, m.start("date"), m.end("date"), published=None, default_year=None
    ):
        if dm.value is not None and dm.explicit_year:
            k = bisect_right([x.start for x in ctx.sents], m.start()) - 1
            evidence = Evidence.at("announced", ctx.text, dm.start, dm.end)
            return ctx.sents[max(k, 0)].paragraph, dm.value, evidence
    return None


#: A date word that dates the deal by itself: a weekday, "yesterday", "a day later".
_DATE_WORD = re.compile(
    r"(?:on\s|late\s|early\s|last\s)?(?:yesterday|today|\w+day)|"
    r"(?:a|one|two|three|four|five|six)\s+days?\s|the\s+(?:next|following|day)\b|"
    r"(?:new\s+year['’]s|christmas)\s|"
    r"on\s+the\s+(?:\w+\s+of\s+the\s+)?\d",  # "on the evening of the 4th"
    re.I,
)


def _explicit_date(
    ctx: _Context,
    tiers: list[list[Sentence]],
    own_clauses: dict[int, list[tuple[int, int]] | None],
    skip_signing: bool = False,
) -> tuple[date | None, Evidence | None]:
    # the deal's own sentences first: "SUZHOU, August 26 -- X today announced its interim
    # results" names one party only; "on July 10, 2025, X entered into ... with Y" dates the deal
    ordered = sorted(tiers[0], key=lambda x: x.start) + sorted(tiers[1], key=lambda x: x.start)
    for s in ordered:
        # "1) Harbour BioMed / Bristol Myers Squibb (Dec 17)": a short heading naming a deal
        # and ending with its date in brackets dates that deal
        heading = s.end - s.start <= 120 and ctx.text.endswith(")", s.start, s.end)
        if not heading and not ctx.reports(s) and not _ANNOUNCED_LABEL.match(ctx.text, s.start):
            continue
        if ctx.search(_RESULTS_NEWS, s):
            continue  # "X today announced its financial results": the day of other news
        for dm in ctx.dates_in(s):
            before = ctx.text[max(s.start, dm.start - 32) : dm.start]
            word = ctx.text[dm.start : dm.end]
            if dm.value is None:
                continue
            own = own_clauses.get(s.index)
            if own is not None and not any(a <= dm.start < b for a, b in own):
                continue  # the date of another deal named in the same sentence
            if skip_signing and _SIGNED_ON.search(ctx.text, max(s.start, dm.start - 60), dm.start):
                continue
            if _MARKET_DAY_BEFORE.search(before) or _MARKET_DAY_AFTER.match(ctx.text, dm.end):
                continue  # "a premium to X's closing share price on April 26": a trading day
            if _FUTURE_AFTER.match(ctx.text, dm.end):
                continue  # "attention on Friday would turn to PMI data": a day ahead
            if before.endswith("announced on ") and _OTHER_NEWS_ANNOUNCED.search(
                ctx.text, max(s.start, dm.start - 140), dm.start
            ):
                continue  # "its financial forecast for the year, announced on April 25"
            if (
                _ON_DATE.search(before)
                or _DATE_WORD.match(word)
                or _PART_OF_DAY_AFTER.match(ctx.text, dm.end)
                or (heading and before.endswith("(") and ctx.text[dm.end : s.end].strip() == ")")
                or _ANNOUNCED_LABEL.fullmatch(ctx.text, s.start, dm.start)
                or (
                    ctx.text.startswith(",", dm.end)
                    and _NOTE_LABEL.fullmatch(ctx.text, s.start, dm.start) is not None
                )
            ):
                return dm.value, Evidence.at("announced", ctx.text, dm.start, dm.end)
    return None, None


#: What may stand before a date that opens its sentence, followed by a comma: nothing, a note's
#: or an item's label ("(note 1) 2024 year 1 month 4 day, Company and X signed ...").
_NOTE_LABEL = re.compile(r"\s*(?:\([^()\n]{1,12}\)\s*|\d{1,2}[.)]\s+)?")
