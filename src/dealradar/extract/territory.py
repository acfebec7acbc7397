"""Territory: the licensed region as written, and its class (global, ex-china,
ex-greater-china, regional, china, unspecified).

A sentence speaks about territory when it has a scope word (worldwide, global rights, outside,
excluding, rest of the world, everywhere) or grants rights in named places. Places kept by the
licensor ("Akeso keeps ... in China", "Mainland China stays with SystImmune") or excluded
("other than Greater China") are exclusions; places after "rights ... in" are inclusions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dealradar.extract.lexicon import PLACE_GROUPS
from dealradar.extract.text import (
    ChunkWords,
    find_all,
    fold_case,
    lower_pattern,
    may_contain,
    search_at,
    start_locator,
    word_pattern,
)
from dealradar.model.slots import fast_init
from dealradar.model.vocab import TerritoryClass

# Case-insensitive patterns are compiled for `fold_case` text (see text.py): same matches, faster.
_PLACE_NAMES = "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(PLACE_GROUPS, key=len, reverse=True)
)
_PLACES = lower_pattern(
    r"\b(?:the\s+)?(?P<place>"
    + _PLACE_NAMES
    + r")(?!\w)(?:\s+(?:Special Administrative Region|SAR|region))?"
)
#: Where `_PLACES` may start: it opens with `\b`, which the regex engine tries at every
#: character; `find_all` tries it only where a place name (or "the" before one) starts.
_PLACES_START = start_locator(_PLACES)
#: Whether a text names a place at all: `_PLACES` matches exactly where a bare place name does
#: (every name starts with a letter, so "the" before it only widens the match), and this form
#: (see `word_pattern`) is much faster to look for.
_ANY_PLACE = word_pattern(_PLACE_NAMES, r"(?!\w)")
#: The place names that are one word (a run of `\w`), and the words of the others.
_ONE_WORD_PLACES = frozenset(p for p in PLACE_GROUPS if re.fullmatch(r"\w+", p))
_PLACE_PARTS = tuple(
    frozenset(re.findall(r"\w+", p)) for p in sorted(PLACE_GROUPS) if p not in _ONE_WORD_PLACES
)
_PLACE_WORDS = _ONE_WORD_PLACES.union(*_PLACE_PARTS)
_WORD = re.compile(r"\w+")


def _names_place(low: str) -> bool:
    r"""`_ANY_PLACE.search(low) is not None`, from the words of the folded `low`.

    Why: a one-word place name matches exactly where it is a whole word (a run of `\w`
    with none before or after it), and a longer name ("hong kong", "u.s.") only where each
    of its words is one; the words are read chunk by chunk (`ChunkWords`: cheaper than the
    scan, which starts a match at most letters), and the scan runs only when every word of
    a longer name is present.
    """
    words = _CHUNK_PLACE_WORDS.words(low)
    if not words:
        return False
    if not words.isdisjoint(_ONE_WORD_PLACES):
        return True
    return any(parts <= words for parts in _PLACE_PARTS) and _ANY_PLACE.search(low) is not None


def _place_words(chunk: str) -> frozenset[str]:
    return _PLACE_WORDS.intersection(_WORD.findall(chunk))


#: The place words of each chunk of text, read once per chunk.
_CHUNK_PLACE_WORDS = ChunkWords(_place_words)


_GLOBAL = lower_pattern(
    # ("listed on The Nasdaq Global Select Market": an exchange's tier, no territory)
    # ("an exclusive, worldwide, royalty-bearing license", "a worldwide, exclusive license")
    r"\b(?:(?<!nasdaq )(?:global|worldwide|world-wide),?\s+(?:and\s+exclusive\s+|exclusive,?\s+|"
    r"scope|(?:[\w-]+,?\s+){0,2}?)(?:licen[cs]es?|licensing|rights?|markets?|scope|development|"
    r"commerciali[sz]ation|territory)|(?:rights?|licen[cs]e)\s+(?:\w+\s+){0,4}?"
    r"(?:worldwide|globally)|(?:development|commerciali[sz]ation|marketing|rights)\s+"
    r"(?:and\s+\w+\s+)?(?:of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?)?(?:worldwide|globally)|(?:develop|commerciali[sz]e|market|"
    r"manufacture|sell)\s+(?:and\s+\w+\s+)?(?:[\w-]+\s+){0,3}?(?:worldwide|globally)|"
    r"profits\s+(?:[\w/-]+\s+)?(?:worldwide|globally)|everywhere|rest of the world|"
    # "share ... profits and losses, on a 50/50 basis worldwide"
    r"basis\s+(?:worldwide|globally)|"
    # "will share costs and profits equally under the worldwide collaboration": a product
    # carried together everywhere (a "global strategic collaboration" alone may be research)
    r"profits\s+(?:[\w/-]+\s+){0,2}?(?:under|in)\s+(?:the|a|its|their)\s+"
    r"(?:worldwide|global)\s+(?:[\w-]+\s+)?(?:collaboration|partnership|agreement)|"
    r"all other (?:markets|territories|countries|regions)|outside(?:\s+of)?|"
    # a translated disclosure's "in all countries and regions of the world", "the whole world"
    r"(?:all|every)\s+(?:countries|country|territories|markets)(?:\s+and\s+regions)?\s+"
    r"(?:of|in)\s+the\s+world|(?:the\s+)?(?:whole|entire)\s+world|throughout\s+the\s+world|"
    r"ex-(?:China|US|Japan)|global scope|worldwide,|"
    # "to develop ... the drug in the U.S. and globally"
    r"and (?:globally|worldwide)|"
    # a digest's shorthand: "rights WW ex-Greater China"
    r"WW)\b"
)
#: Strings one of which every match of `_GLOBAL` contains ("globally" holds "global").
_GLOBAL_WORDS = (
    # ("world" holds "worldwide", "world-wide", "rest of the world", "the whole world")
    *("global", "world", "everywhere", "all other", "ww"),
    *("outside", "ex-"),
)
_EXCLUDE = lower_pattern(
    r"\b(?:excluding|except(?:\s+for)?|other than|outside(?:\s+of)?|ex-|"
    # "the global rights, minus Greater China", "with the exception of mainland China"
    r"apart from|but not|excludes|minus|with the exception of|save for)\b"
)
#: After an exclusion word with its place put before it: "(the Greater China) outside rights".
_RIGHTS_AFTER_EXCLUSION = lower_pattern(r"\s+(?:the\s+)?(?:rights?|territor|licen[cs]e)")
#: Between such a place and the exclusion word.
_PLACE_THEN = lower_pattern(r"\s*(?:regions?\s+|areas?\s+)?")
_RETAIN = lower_pattern(
    # ("The relevant rights of X in the Greater China region still belong to Y")
    r"\b(?:keeps?|kept|retains?|retained|stays?|remains?|reserv\w+|belongs?|belonged)\b"
)
#: Where `_EXCLUDE` and `_RETAIN` may start: they open with `\b`, so `search_at` tries them
#: there only (each clause of a sentence naming a place is searched for both).
_EXCLUDE_START = start_locator(_EXCLUDE)
_RETAIN_START = start_locator(_RETAIN)
#: A deal sheet's territory line: "- Territory: ...", "Scope: ...", "Region: ...".
_FIELD_LABEL = lower_pattern(
    r"\s*(?:[-•*·]\s*)?(?:territory|territories|scope|region|regions|geography|markets?|"
    # (a fact sheet's "Rights ....... Exclusive; worldwide excluding China": dotted leaders)
    r"licensed territory|rights)(?:\s*:|\s*\.{3,})\s*"
)
#: Under such a label, the world named alone: "Territory: Worldwide", "Rights: Global, exclusive".
_LABELLED_GLOBAL = lower_pattern(
    r"(?:^\s*|[;,:.]\s*|\bexclusive,?\s+)(?:worldwide|global|the world|ww)\b"
    r"(?!\s+(?:sales|markets?|revenues?)\b)"
)
_RIGHTS = lower_pattern(
    # "authorized the ADC to Radiance for the United States": machine translation's licence
    r"\b(?:rights?|licen[cs]\w*|territor\w*|markets?|commerciali[sz]e|distribute|"
    # "will take over development and commercialization in greater China": the licence's
    # two halves named together (one alone, "will lead commercialization in X", is a split)
    r"(?<=development and )commerciali[sz]ation|"
    r"authori[sz](?:ed|es|ing)|"
    # "obtaining the authorization of the ADC X in Greater China": the licence, in translation
    # (not a regulator's "marketing authorization in the EU")
    r"(?<!marketing )(?<!market )(?<!regulatory )authori[sz]ation)\b"
    # (a bracketed aside counts as one step: "rights of X (INN, brand name Y®) in Europe")
    r"(?:(?:\([^().;]{0,60}\)|[^.;(]){0,80}?\b|"
    # ("rights to HLX13, its proposed biosimilar of Y's antibody Yervoy (ipilimumab), in the
    # United States, ...": the drug described in an apposition before the places)
    r"[^.;(,]{0,40},[^.;]{1,120}?,\s+)(?:in|for|across)\s+(?:the\s+)?"
)
_SEAT = lower_pattern(
    r"\b(?:set up|established|incorporated|based|headquartered|located|founded|"
    # "an inhibitor in Phase 2 in China": where a trial runs
    r"listed|registered|trials?|phase|patients|studies|study|marketed|approved|launched|sold|"
    r"assets?|companies|developers|biotechs?|drugmakers|firms|"
    r"available|co-commerciali[sz]ed|co-promoted)\s+(?:\w+\s+){0,2}$"
)
#: Clause breaks; ", where X keeps ..." and ", which X keeps" open a clause of their own, so
#: the places the licensor keeps there do not turn the granted clause into a retention.
#: Where a sentence's clauses break: a semicolon; a comma before "while", "where", "which"
#: or "and" opening a new subject; "while" between spaces; a full stop after no initial.
#: Written with its first character as a set (`[;,.\s]`) and each branch told apart by a
#: lookbehind on that character: a pattern whose branches open with a lookbehind or a `\s+`
#: gives the regex engine nothing to skip to, so it was tried at every character (the same
#: matches as `;|,\s*while\b|,\s*where\b|,\s*which\s+(?=[A-Z])|\s+while\s+|
#: ,\s*and\s+(?=[A-Z⟨])|(?<!\.[A-Z])\.\s`: the branches open with different characters,
#: and the comma's words all open with a letter, so `\s*` reads the same spaces for each).
_CLAUSE = re.compile(
    r"[;,.\s](?:(?<=;)|(?<=,)\s*(?:while\b|where\b|which\s+(?=[A-Z])|and\s+(?=[A-Z⟨]))|"
    r"(?<=\s)\s*while\s+|(?<=\.)(?<!\.[A-Z]\.)\s)"
)
#: `_CLAUSE` for a sentence without "while": only the "while" branch opens on a space, and
#: without the word it cannot match, so the first character is one of `;,.` alone and the
#: engine skips to those instead of trying the branches at every space of the sentence (the
#: same matches, in the same order).
_CLAUSE_WITHOUT_WHILE = re.compile(_CLAUSE.pattern.replace(r"[;,.\s]", "[;,.]", 1))
_SPACES = re.compile(r"\s+")
#: ("also known as KER-050) and products ... in all countries other than China": the name's
#: bracket closes before the territory)
_KNOWN_AS = re.compile(r"\b[Kk]nown as\b[^,;)]*")
_LIST_END = re.compile(r"\b(?:to|for|from|with|by|which|that|on|under|where|through)\b")
#: ("Territory: ex-Greater China": a digest's label for the licence's reach; "territories
#: in Asia, excluding mainland China" names a region, not the rest of the world)
_LICENSED = lower_pattern(r"\b(?:rights?|licen[cs]\w*|territory(?=:))\b")
#: "retains the right to sell other GLP-1 products in China": rights to other drugs, not a
#: place carved out of the licence.
_OTHER_PRODUCTS = lower_pattern(
    r"\bother\s+(?:[\w-]+\s+){0,6}?(?:products?|compounds?|drugs?|candidates?|assets?|"
    r"programs?|molecules?)\b"
)
#: "takes Greater China rights to X", "US commercial rights": a place naming the rights it
#: qualifies is granted even though it comes before the word "rights".
_PLACE_RIGHTS = lower_pattern(
    r"\s+(?:(?:commercial|exclusive|development|marketing)\s+(?:and\s+\w+\s+)?)?"
    r"(?:rights?|licen[cs]e)\b|"
    # a digest's shorthand: "$6M UF, up to $267M in milestones; US & Canada only"
    r"\s+only\b"
)
#: Places joined into one list ("trials in China and the United States") share what comes
#: before the first of them.
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$")
#: What a granted place follows: "rights ... in China", "for the United States"; not "rights
#: in April 2019 ..., $60 million on U.S. approval", where the place is an approval's.
_PLACE_AFTER = lower_pattern(
    r"\b(?:in|for|across|of|including|covering|to|into|throughout|within|and)\s+(?:the\s+)?$"
)
_RETAIN_SENTENCE = lower_pattern(r"\b(?:keeps?|retains?|stays? with|remains? with)\b")


@fast_init
@dataclass(frozen=True, slots=True)
class TerritoryFinding:
    """The class, the text that states it, and where that text is."""

    territory_class: TerritoryClass
    start: int
    end: int
    text: str


def _groups(text: str, low: str) -> list[tuple[str, int, int]]:
    """Place groups named in `text` (`low` is its `fold_case`), with their offsets."""
    out = []
    for m in find_all(_PLACES, _PLACES_START, low):
        key = _SPACES.sub(" ", m.group("place"))
        if key == "us" and (
            text[m.start("place") : m.end("place")] != "US"
            or low.startswith("$", m.end())
            or low.startswith(" dollar", m.end())
        ):
            continue  # "us" the pronoun, "US$4 billion", "1.06 billion US dollars": a currency
        out.append((PLACE_GROUPS[key], m.start(), m.end()))
    return out


def _classify(global_scope: bool, excluded: set[str], included: set[str]) -> TerritoryClass:
    if global_scope:
        if not excluded:
            return "global"
        if "other" in excluded:
            return "regional"
        if "taiwan" in excluded or "greater-china" in excluded:
            return "ex-greater-china"
        return "ex-china"
    if included:
        if included <= {"china", "hk", "macau", "taiwan", "greater-china"}:
            return "china"
        return "regional"
    return "unspecified"


#: A sentence's territory class and the offsets of its territory phrase in it.
SentenceTerritory = tuple[TerritoryClass, int, int]


def classify_sentence(text: str) -> SentenceTerritory | None:
    """The territory class a sentence states, with the offsets of its territory phrase."""
    low = fold_case(text)
    if "known as" in low:
        # "X, known as Y outside the United States": a name's reach, not a territory
        text = _KNOWN_AS.sub(lambda m: " " * len(m.group()), text)
        low = fold_case(text)
    # every match of `_GLOBAL` holds one of `_GLOBAL_WORDS`: without them it is not scanned
    may_be_global = may_contain(low, _GLOBAL_WORDS)
    labelled_line = _FIELD_LABEL.match(low) is not None
    if (
        not _names_place(low)
        and not (may_be_global and _GLOBAL.search(low))
        and not (labelled_line and _LABELLED_GLOBAL.search(low))
    ):
        # no clause can name a place or a global scope: the class can only be "unspecified"
        return None
    global_scope = False
    excluded: set[str] = set()
    included: set[str] = set()
    first, last = len(text), 0
    pos = 0
    parts: list[tuple[int, int]] = []
    for m in (_CLAUSE if "while" in text else _CLAUSE_WITHOUT_WHILE).finditer(text):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(text)))
    for a, b in parts:
        clause = low[a:b]
        places = _groups(text[a:b], clause)
        retain = search_at(_RETAIN, _RETAIN_START, clause)
        scope = _GLOBAL.search(clause) if may_be_global else None
        if scope is None and labelled_line:
            scope = _LABELLED_GLOBAL.search(clause)
        # "rights to X except China": an exclusion right before a place implies the rest
        ex = (
            None if scope is not None or not places else search_at(_EXCLUDE, _EXCLUDE_START, clause)
        )
        if (
            ex
            and any(ex.end() <= p[1] <= ex.end() + 12 for p in places)
            and _LICENSED.search(clause)
        ):
            scope = ex
        if retain is not None:
            places = _kept_places(clause, places, retain.end())
            if places:
                excluded |= {g for g, _, _ in places}
                first, last = min(first, a + places[0][1]), max(last, a + places[-1][2])
            continue
        if scope:
            global_scope = True
            first, last = min(first, a + scope.start()), max(last, a + scope.end())
            ex = search_at(_EXCLUDE, _EXCLUDE_START, clause)
            if ex:
                stop = _LIST_END.search(text[a:b], ex.end())
                limit = stop.start() if stop else len(clause)
                after = [p for p in places if ex.start() <= p[1] < limit]
                if not after and _RIGHTS_AFTER_EXCLUSION.match(clause, ex.end()):
                    # a translation's "the Greater China outside rights" (大中华区以外的权利):
                    # the place put before the word that excludes it
                    after = [p for p in places if _PLACE_THEN.fullmatch(clause, p[2], ex.start())]
                excluded |= {g for g, _, _ in after}
                if after:
                    last = max(last, a + after[-1][2])
        elif places and (
            (rights := _RIGHTS.search(clause) or _FIELD_LABEL.match(clause))
            or any(_PLACE_RIGHTS.match(clause, p[2]) for p in places)
        ):
            rights_end = rights.end() if rights else len(clause)
            # a deal sheet's "Territory: United States and Europe" line: every place after
            # the label is licensed (an exclusion, "worldwide excluding China", is read above)
            labelled = rights is not None and rights.re is _FIELD_LABEL
            granted: list[tuple[str, int, int]] = []
            seat_end = -1  # end of the last place read as a seat, not a grant
            for p in places:
                if _SEAT.search(clause[max(0, p[1] - 40) : p[1]]) or (
                    seat_end >= 0 and _LIST_JOIN.match(clause[seat_end : p[1]])
                ):
                    seat_end = p[2]
                    continue
                seat_end = -1
                if _PLACE_RIGHTS.match(clause, p[2]) or (
                    p[2] > rights_end
                    and (
                        labelled
                        or _PLACE_AFTER.search(clause, max(0, p[1] - 24), p[1])
                        or (granted and _LIST_JOIN.match(clause[granted[-1][2] : p[1]]))
                    )
                ):
                    granted.append(p)
            if granted:
                included |= {g for g, _, _ in granted}
                first, last = min(first, a + granted[0][1]), max(last, a + granted[-1][2])
    cls = _classify(global_scope, excluded, included)
    if cls == "unspecified":
        return None
    return cls, first, last


def _kept_places(
    clause: str, places: list[tuple[str, int, int]], verb_end: int
) -> list[tuple[str, int, int]]:
    """The places a licensor keeps: the list right after the verb ("keeps the rights in
    mainland China, Hong Kong, Macao and Taiwan, and holds an option ... in the US" keeps
    the first four only), or, when none follows it, those before it ("Mainland China stays
    with X")."""
    after = [p for p in places if p[1] >= verb_end]
    if not after:
        return places
    kept = [after[0]]
    for p in after[1:]:
        if not _LIST_JOIN.match(clause[kept[-1][2] : p[1]]):
            break
        kept.append(p)
    return kept


#: "ex-China rights" and "a global license" are often loose shorthand: a later sentence of the
#: deal that spells the carve-out out as one of these classes is the precise one.
_SHARPER: dict[TerritoryClass, tuple[TerritoryClass, ...]] = {
    "ex-china": ("ex-greater-china",),
    "global": ("ex-greater-china",),
}


def find_territory(
    text: str,
    spans: list[tuple[int, int]],
    known: dict[tuple[int, int], SentenceTerritory | None] | None = None,
) -> TerritoryFinding | None:
    """The first territory statement among the deal's sentences (`spans` in text order);
    a following sentence in which the licensor keeps named places adds those exclusions.

    `known` holds `classify_sentence` of spans already read (filled here): a caller that asks
    for several deals of one text passes the same dict, since their sentences overlap and the
    class of a sentence depends on its text alone. Keep it per text, so memory stays flat.
    """
    if known is None:
        known = {}

    def classify(span: tuple[int, int]) -> SentenceTerritory | None:
        if span in known:
            return known[span]
        found = known[span] = classify_sentence(text[span[0] : span[1]])
        return found

    for k, (s, e) in enumerate(spans):
        found = classify((s, e))
        if found is None:
            continue
        cls, a, b = found
        if cls == "global" and k + 1 < len(spans):
            ns, ne = spans[k + 1]
            nxt = text[ns:ne]
            low = fold_case(nxt)
            if (
                _RETAIN_SENTENCE.search(low)
                and _groups(nxt, low)
                and not _OTHER_PRODUCTS.search(low)
            ):
                places = {g for g, _, _ in _groups(nxt, low)}
                cls = _classify(True, places, set())
        if cls == "regional" and k + 1 < len(spans):
            # "X and Y will co-commercialise it in the United States. Y will have exclusive
            # rights in the rest of the world, excluding mainland China": the two grants
            # together cover the world, less what the second excludes
            ns, ne = spans[k + 1]
            rest = classify((ns, ne))
            if (
                rest is not None
                and rest[0] != "regional"
                and "rest of the world" in fold_case(text[ns:ne])
            ):
                cls, a, b, s = rest[0], rest[1], rest[2], ns
        if cls in _SHARPER:
            for ls, le in spans[k + 1 :]:
                later = classify((ls, le))
                if later is not None and later[0] in _SHARPER[cls]:
                    cls, a, b, s = later[0], later[1], later[2], ls
                    break
        start, end = s + a, s + b
        quote = text[start:end]
        return TerritoryFinding(cls, start, end, quote)
    return None
