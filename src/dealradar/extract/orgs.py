"""Company mentions: find the names of companies in an article and group the names of each.

A capitalised span is a company when it carries an industry or legal suffix ("Pharma",
"Therapeutics", "Co., Ltd."), when the text uses it in a company's slot (the subject of
"signed", "will pay", "acquire"; the object of "agreement with", "licensed ... to",
"acquisition of"; "X's drug"; "X, a U.S. company"), or when it is a short form of a company
already found ("Hengrui" for "Jiangsu Hengrui Medicine", "BMS" for "Bristol Myers Squibb",
"GSSA" in "Glenmark Specialty S.A. (GSSA)"). Names of one company are grouped into an
`Entity`, so a deal can pick one name per party and keep the others as aliases.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from dealradar.extract.assets import is_brand_of_inn
from dealradar.extract.dates import WEEKDAY_NAMES, dateline_place
from dealradar.extract.gazetteer import curated_company, known_company_names, pinyin_head
from dealradar.extract.lexicon import (
    FUNCTION_WORDS,
    GENERIC_NAME_WORDS,
    GEO_PREFIXES,
    HEADLINE_VERBS,
    LEADING_DESCRIPTORS,
    LEGAL_FORMS,
    NON_PARTY_ENDINGS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    PLACE_GROUPS,
    STOP_NAMES,
)
from dealradar.extract.nationality import is_demonym, is_place
from dealradar.extract.text import (
    NUMBERED_BY_ROMAN,
    SENTENCE_OPENERS,
    fold_case,
    lower_pattern,
    word_pattern,
)

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’.&/+-]*|&")
_LEGAL_AFTER_COMMA = re.compile(r",\s(?=(?:Inc|Ltd|LLC|Co|Corp|plc|S\.A|AG|SE|N\.V|GmbH|K\.K)\b)")
_DESCRIPTIVE_HYPHEN = re.compile(
    r"^(?P<head>.+?)-(?:based|founded|headquartered|listed|rooted|backed|partnered|owned|focused|"
    r"registered|led|born|style|like|type|stage|class|grade|ready|designed|discovered|"
    r"originated|invented|sourced|developed|made)$",
    re.I,
)
#: Endings whose head is a seat: a place or an exchange ("Osaka-based", "Nasdaq-listed").
_SEAT_ENDINGS = "based|listed|headquartered|rooted"
_SEAT_OR_BACKER_HYPHEN = re.compile(
    rf"-(?:{_SEAT_ENDINGS}|backed|owned|funded|founded|incubated|controlled)$", re.I
)
#: Descriptive endings whose head is a kind of thing or a seat, never who is behind the drug.
_KIND_HYPHEN = re.compile(
    rf"-(?:style|like|type|stage|class|grade|ready|registered|born|{_SEAT_ENDINGS})$", re.I
)
#: A lower-case participle after a hyphen ending a one-word name ("AI-generated",
#: "CRISPR-edited"): a description (a company's own hyphenated name is capitalised after it).
_PARTICIPLE_HYPHEN = re.compile(r"-[a-z]{2,}ed$")
_DRUG_NOUNS = (
    r"(?:drugs?|candidates?|assets?|ADCs?|antibod\w+|molecules?|compounds?|programs?|"
    r"programmes?|pipeline|portfolio|platform|technology|therap\w+|inhibitors?|agonists?|"
    r"analogs?|analogues?|products?|shuttle|medicines?|treatments?|vaccines?|project|"
    r"bispecifics?|trispecifics?|biosimilars?|engagers?|degraders?|conjugates?)"
)
_PARTY_VERBS = (
    r"(?:sign(?:s|ed|ing)?|agree[sd]?|agreeing|enter(?:s|ed|ing)?|ink(?:s|ed)?|struck|strikes?|"
    r"announce[sd]?|announcing|unveil(?:s|ed)?|disclose[sd]?|"
    r"pay|pays|paid|paying|put|puts|putting|acquir\w*|buy|buys|bought|obtain\w*|gain\w*|take|"
    r"takes|taking|took|receiv\w*|get|gets|earn\w*|collect\w*|keep\w*|retain\w*|grant\w*|giv\w+|"
    r"licens\w*|out-licens\w*|in-licens\w*|authori[sz]\w*|secur\w*|make|makes|mak\w+|hand\w*|"
    r"commit\w*|sell\w*|sold|expand\w*|team\w*|join\w*|partner\w*|transfer\w*|reach\w*|"
    r"form\w*|struck|owe|owes|co-develop\w*|close[sd]?|complet\w+|is eligible|is entitled|"
    # "Roche is running late-stage trials of X": a sponsor running trials is a company
    r"is running (?:[\w-]+\s+){0,2}?trials|"
    # trade-press verbs: "AbbVie bags Gubra's amylin shot", "X nabs rights", "Y will bank $50M"
    r"bags|bagged|nabs|nabbed|snags|snagged|grabs|grabbed|lands|landed|snaps up|snapped up|"
    r"bank|banks|banked|pockets?|pocketed|lined up|lines up|lining up|"
    r"is to be paid|will be paid|said they|say they|"
    r"(?:became|becomes|is|was)\s+the\s+(?:latest|newest|first|second|third|fourth|fifth)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:company|drugmaker|pharma\w*|biotech|firm|group|buyer|licensee))"
)
_SUBJECT_RIGHT = re.compile(
    # ("BioMap — Baitu Shengke in Chinese — struck": an aside between dashes)
    r"\s*(?:\([^()]{1,40}\)\s*|[—–]\s[^—–\n]{1,50}\s[—–]\s*)?(?:,\s*)?(?:(?:has|have|had|will|would|also|is|was|are|then|"
    r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|"
    # "X said on Monday it will acquire": the day may stand between "said" and "it"
    r"said(?= on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|it(?= will| would)|"
    r"first|now|once|further|additionally|itself|plans to|agreed to|intends to|said it|said "
    r"finally|just|recently|formally|officially|quietly|reportedly|"
    r"it would|said it will|can|could|may|might|also|then|still|already|is set to|"
    r"would|will|said "
    r"it would|said it will)\s+){0,4}" + _PARTY_VERBS + r"\b"
)
_DESC = r"(?:(?:(?!(?:rights|to|for|of|in|on|from|with|by|and|the|a|an)\b)[\w.'’-]+\s+){0,3}?)"
#: The cues of `_OBJECT_LEFT`: words (each a regex alternative) and what follows them up to
#: the candidate's description ("agreement with", "licensed ... to", "acquisition of").
_OBJECT_CUES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        (
            *("agreements?", "deal", "pact", "partnership", "collaboration", "alliance"),
            *("venture", "tie-up", "licen[cs]e", "licensing", "rights", "talks", "options?"),
            *(r"partner\w*", "teamed up", "team up", "joins? forces"),
        ),
        r"\b[^.;]{0,60}?\b(?:with|from)\s+",
    ),
    (
        (
            *(r"licen[cs]\w*", r"authori[sz]\w*", r"transfer\w*", r"grant\w*", "sell", "sells"),
            *("sold", r"out-licens\w*", r"giv\w+", "gave", "handed", "provide[sd]?"),
            r"assign\w*",
        ),
        r"\b[^.;]{0,80}?\bto\s+",
    ),
    (("paid", "pays", "pay", "paying"), r"\b[^.;$€£¥]{0,10}?[$€£¥][^.;]{0,40}?\bto\s+"),
    (
        (
            *("acquire[sd]?", "acquiring", "buy", "buys", "buying", "bought", "purchase[sd]?"),
            "purchasing",
            *("takeover of", "acquisition of", "merger with", "deal for", "buyout of"),
            *("paying", "pays", "pay", "paid", "grants?", "gives?", "authori[sz]ed"),
        ),
        r"\s+",
    ),
    (("acquisition", "purchase", "takeover"), r"\b[^.;]{0,50}?\bby\s+"),
    (
        ("acquired", "bought", "purchased", "snapped up", "taken over", "scooped up"),
        r"\b[^.;]{0,40}?\bby\s+",
    ),
    # "an equity investment by X": the investor is a company
    (("investment",), r"\s+by\s+"),
    ((r"in-licens\w*",), r"[^.;]{0,60}?\bfrom\s+"),
    # "Company signed with Exelixis an exclusive global license" (a translation's 与…签署)
    (("signed", "signs", "inked", "inks"), r"\s+with\s+"),
    (("stays? with",), r"\s+"),
    (("biotechs?",), r"\s*[-–—:]\s*"),
)
_OBJECT_TAIL = (
    r"(?:the\s+|its\s+|a\s+|an\s+)?"
    # "buy Emeryville, Calif.-based Zogenix": the city of a seat before its state
    r"(?:[\w.'’-]+,\s+(?=[\w.'’-]+-(?:based|headquartered)\s))?" + _DESC + r"$"
)
_OBJECT_LEFT = lower_pattern(
    "(?:"
    + "|".join(
        rf"(?:\b(?:{'|'.join(words)}){rest})" if len(words) > 1 else rf"(?:\b{words[0]}{rest})"
        for words, rest in _OBJECT_CUES
    )
    + ")"
    + _OBJECT_TAIL
)
#: Whether `_OBJECT_LEFT` matches somewhere, which is all `_org_evidence` asks: the same
#: cues, one alternative per word, by `word_pattern` (the engine skips to their first
#: letters instead of trying each cue, after a word boundary, at every character).
_OBJECT_LEFT_ANYWHERE = word_pattern(
    "|".join(word + rest for words, rest in _OBJECT_CUES for word in words), _OBJECT_TAIL
)
_POSSESSIVE_RIGHT = re.compile(
    r"['’]s?\s+(?:(?:[\w/.-]+\s+){0,5}?" + _DRUG_NOUNS + r"|(?:\d{4}\s+)?(?:agreement|deal|"
    r"pact|licen[cs]e|partnership|collaboration)\s+with)\b",
    re.I,
)
#: "Exelixis chief scientific officer Dana Aftab", "Zymeworks CEO Kenneth Galbraith": an
#: officer's title between a name and a person's name says the name is the employer's
_OFFICER_RIGHT = re.compile(
    r"\s+(?:(?:chief|Chief)\s+[a-z]+\s+(?:and\s+[a-z]+\s+)?(?:officer|Officer)|CEO|CFO|CSO|CMO|COO|"
    r"CBO|CCO)\s+(?:Dr\.\s+)?[A-Z][a-z]+\s+[A-Z]"
)
#: "Morphic Holding (NASDAQ: MORF)": a listing in brackets after a name is a company's
_LISTING_RIGHT = re.compile(
    r"\s*\((?:NASDAQ|Nasdaq|NYSE(?: American)?|LSE|AIM|TSX|ASX|SIX|Euronext(?: \w+)?|"
    r"HKEX|SEHK|SSE|SZSE|TSE|KOSDAQ|KRX|OTC\w*)\s*:\s*[A-Z0-9][A-Z0-9.]{0,7}[;,)]"
    # an exchange's code alone: "Zhixiang Jintai (688443.SH)", "X (02616.HK, 1877.HK)"
    r"|\s*\(\d{4,6}\.(?:SH|SZ|SS|HK|KS|KQ|T)[;,)]"
    # the exchange alone: "Rznomics (KOSDAQ) stock hits daily limit"
    r"|\s*\((?:NASDAQ|Nasdaq|NYSE|HKEX|SEHK|SSE|SZSE|KOSDAQ|KRX|ASX|TSX|SIX|AIM)\)"
)
#: "ChemoCentryx shareholders", "X stock shot up", "X was founded in 1997": a company's owners,
#: its stock, its founding
_OWNED_RIGHT = re.compile(
    r"\s+(?:shareholders|stockholders|stock\s+(?:rose|fell|jumped|shot|soared|sank|closed|"
    r"was|is|traded)|shares\s+(?:rose|fell|jumped|shot|soared|sank|closed|were|traded)|"
    r"was\s+founded\s+in)\b"
)
_PLAIN_DRUG_RIGHT = re.compile(
    r"\s+(?:ADCs|drugs|candidates|assets|programs|programmes|"
    r"pipeline|portfolio)\b"
)
# ("9MW3811": a code opening with a digit, as some Chinese developers write them)
_CODE_LIKE = re.compile(
    r"\b[A-Za-z]{1,6}-?\d|^\d+$|^[A-Z][a-z]+[A-Z]{2,}\d+$|^\d[A-Z]{1,4}\d{3,5}$"
)
_COORD_SUBJECT = re.compile(
    r"\s+and\s+(?P<b>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})\s+(?:said they|"
    r"have|announced|agreed|signed|entered|jointly|will)\b"
)
_APPOSITION_RIGHT = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:a|an|the|its)\s+|\s+is\s+(?:a|an)\s+)"
    # ("EQRx, the Cambridge, Mass., start-up": a city and state set off by commas)
    r"(?:[\w.]+(?:\s[\w.]+)?,\s+[\w.]+,\s+)?(?:[\w.'’-]+\s+)"
    r"{0,6}?(?:company|biotech|drugmaker|firm|subsidiary|unit|arm|developer|enterprise|"
    r"affiliate|startup|start-up|pharma|manufacturer|biopharma)\b",
    re.I,
)
_SUBSIDIARY = re.compile(
    # a short name in brackets may stand between: 'Axion Bio, Inc. ("Axion"), a wholly owned
    # subsidiary of ...'
    r"(?:\s*\([^()]{1,60}\))?\s*,\s*(?:(?:a|an|the)\s+"
    # ("Stemline Therapeutics, the U.S. oncology subsidiary of Italy's Menarini Group")
    r"(?:(?:wholly[- ]owned|holding|majority[- ]owned|[\w.-]+)\s+){0,3}"
    r"(?:(?:subsidiary|unit|arm|affiliate|division)\s+of|"
    # "Kenmare Bio, a new company set up by Formation": the vehicle and its maker are one side
    r"(?:company|vehicle)\s+(?:set up|formed|created|launched|established|founded)\s+by)|"
    # "Janssen Biotech, part of Johnson & Johnson, will pay ..."
    r"part\s+of)\s+",
    re.I,
)
#: A name's other name in brackets, also after a generic noun ("Gene Taike company (Genentech)",
#: how machine translation renders a transliterated name).
#: "Zelgen, known in Chinese-language media as Zejing Pharmaceutical": one company's names.
_KNOWN_AS = re.compile(
    # an address may stand between: "Merck & Co., Inc., Rahway, N.J., USA (known as MSD ..."
    # and so may a stock code: "XtalPi Holdings (02228.HK), known at home as Jingtai"
    r"(?:\s*\((?:[A-Z]{2,8}\s*:\s*)?\d{4,6}(?:\.[A-Z]{1,3})?(?:\s*[;,]\s*[^()]{1,20})?\))?"
    r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?){0,3},?\s*\(?\s*"
    r"(?:(?:also\s+|formerly\s+|better\s+|widely\s+|then\s+|previously\s+|now\s+)?known\s+"
    r"(?:(?:in|at|locally|domestically|at\s+home)\s+(?:[^,()]{1,40}?\s+)?)?as|"
    r"(?:also\s+)?known\s+by\s+its\s+(?:Chinese\s+|English\s+)?name|"
    # "whose Chinese name is often rendered as", machine translation's "or Rongchang Biology"
    r"whose\s+(?:Chinese\s+)?name\s+is\s+(?:often\s+|usually\s+|commonly\s+)?"
    r"(?:rendered|translated|transliterated|given)\s+as|"
    r"or(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*,)|namely|i\.e\.|"
    # "Platina, which now operates as Ouro Medicines": the name it has taken since
    # ("Shanghai Chengfan Pharmaceutical, which trades internationally as VelaVigo")
    r"(?:which|that)\s+(?:now\s+)?(?:operates|trades|does\s+business)\s+"
    r"(?:now\s+|internationally\s+|globally\s+|overseas\s+|abroad\s+)?as|"
    # "Dianthus, listed on Nasdaq as DNTH": its ticker
    r"(?:listed|traded|trading)\s+on\s+(?:the\s+)?(?:Nasdaq|NYSE|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"\s+(?:as|under)(?:\s+the\s+(?:ticker|symbol))?|"
    # "MSD, the trade name of U.S. drugmaker Merck & Co. outside North America"
    r"the\s+(?:trade|brand|business)\s+name\s+(?:used\s+)?(?:of|by)"
    r"(?:(?:\s+[\w.]+){0,2}?\s+(?:drugmaker|company|group|pharma|firm))?)"
    r"\s+[\"“]?(?:the\s+)?"
)
#: "Maiwei Biology and its wholly-owned subsidiary Jiangsu Taikang Biology signed": one side.
_OWN_SUBSIDIARY = re.compile(
    r"\s+(?:and|or|,)\s+its\s+(?:(?:wholly[- ]owned|majority[- ]owned|holding|indirect|direct)\s+)?"
    r"(?:subsidiary|affiliate|unit)\s+"
)
#: "X announced that its wholly owned US subsidiary Y has entered into ...": Y is X's, and the
#: party that signs (the parent goes with it, as its alias).
_SAYS_ITS_SUBSIDIARY = re.compile(
    # ('Harbour BioMed ("HBM" or the "Company"; HKEX: 02142) today announced that its ...')
    r"(?:\s*\([^()]{0,80}\))?"
    r"\s+(?:today\s+)?(?:announced|announces|said|says|disclosed|reported)\s+(?:today\s+)?"
    r"(?:that\s+)?its\s+(?:(?:wholly[- ]owned|majority[- ]owned|holding|indirect|direct|"
    r"[A-Z][\w.]*)\s+){0,3}(?:subsidiary|affiliate|unit)\s+"
)
_PAREN_RIGHT = re.compile(
    r"(?:\s+(?:company|Company|group|Group))?"
    # a filing's 'X and certain of its affiliates (collectively, "ICT")': one party
    r"(?:\s+and\s+(?:certain\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:affiliates|subsidiaries))?"
    # a filing's defined term after the legal description: 'X, an Indiana corporation ("Parent")'
    # ('invoX Pharma Limited, a private limited company incorporated in England and Wales
    # ("Parent")': where it was incorporated may follow)
    # ('Sanofi, a French société anonyme ("Parent")': a foreign legal form)
    # ('Novartis AG, a company organized under the laws of Switzerland ("Parent")')
    r"(?:,\s+an?\s+(?:[A-Za-z][\w .-]{0,30}?\s)?(?:corporation|company|limited company|entity|"
    r"soci[eé]t[eé] anonyme|aktiengesellschaft|naamloze vennootschap|societas europaea)"
    r"(?:\s+(?:incorporated|organi[sz]ed)\s+(?:in|under)\s+[\w ,.&-]{1,50}?)?)?"
    r"\s*\(([^()]{1,60})\)"
)
#: A name the company had before: "X (formerly Z)" in brackets, "X, then known as Z" after
#: `_KNOWN_AS`.
_FORMERLY = re.compile(r"(?:formerly|previously)(?:\s+(?:known\s+as|called))?\s+|f/k/a\s+")
_FORMER_KNOWN = re.compile(r"\b(?:formerly|then|previously)\s+known\b")
#: "Pumis Biotechnology (Zhuhai) Co., Ltd.": a bracket before the legal form holds a city.
_LEGAL_AFTER_PAREN = re.compile(r"\s*(?:Co\.|Company|Ltd|Limited|Inc|Corp)")
_A_COMPANY_OF = re.compile(r"\s*,\s+an?\s+(?=[A-Z])")
#: The first character after spaces of every match of `_PAREN_RIGHT` ("(", ", an Indiana
#: corporation", " Company", " group", " and its affiliates"), of `_KNOWN_AS` (a bracket, a
#: comma or the first letter of its words: "also", "formerly", "better", "widely", "then",
#: "previously", "known", "whose", "or", "namely", "i.e."), of `_OWN_SUBSIDIARY` ("and",
#: "or", ",") and of `_SUBSIDIARY` (a bracket or a comma). `_cluster` tests these before each match.
_PAREN_OPENINGS = "(,cCgGa"
_KNOWN_AS_OPENINGS = "(,afbwtpkoni"
_OWN_SUBSIDIARY_OPENINGS = "ao,"
_SUBSIDIARY_OPENINGS = "(,"
_COMPANY_WORD_AFTER = re.compile(r"\s+(?:company|unit|subsidiary|affiliate|business)\b")
_QUOTED = re.compile(r"[\"“]([^\"“”]{2,60})[\"”]")
#: '(hereinafter referred to as "Jiminkeer")': the short name a release goes on to use.
_HEREINAFTER = re.compile(
    r"^\s*(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called)|"
    # "LEO Pharma A/S (Chinese name Li'ao Pharmaceutical)": its name in another language
    r"(?:Chinese|English|Korean|Japanese|local)\s+name:?)\s+"
)
#: A defined term in a bracket after a name, its closing quote perhaps stripped with the
#: bracket's: '"the company"'.
_QUOTED_TERM = re.compile(r"[\"“][^\"“”]{2,40}[\"”]?")
#: A short name given in brackets after a company's full name: "(CStone)", "(GSK)".
_SHORT_NAME = re.compile(r"[A-Z][A-Za-z&.-]{1,7}")
_CODE_IN_PAREN = re.compile(r"(?:[A-Z]{2,8}\s*:\s*)?(?:SH|SZ|HK)?\d{4,6}(?:\.[A-Z]{1,3})?")


@dataclass
class OrgMention:
    """One occurrence of a company name at `[start, end)`."""

    start: int
    end: int
    name: str
    entity: int = -1


_POSSESSIVE_ENDS = ("'s", "’s")


#: The name of a merger's vehicle: "Latour Merger Sub, Inc.", "Merger Sub".
_VEHICLE_NAME = re.compile(r"\bMerger\s+Sub(?:sidiary)?\b|\bAcquisition\s+Sub\b")


@dataclass
class Entity:
    """One company and every name the article gives it."""

    id: int
    names: list[str] = field(default_factory=list)
    codes: set[str] = field(default_factory=set)
    #: names that are the company's other identities, its parent's or a former one ("X, a unit
    #: of Y"; "X (formerly Z)"): aliases, never its main name
    parents: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The fullest name: most words, first written wins a tie (never a bare ticker); a
        parent's or a former name only when the company has no other."""
        pool = [n for n in self.names if n not in self.parents] or self.names
        # ("Metsera is Pfizer's.": a possessive closing a sentence, read with its "'s")
        pool = [n for n in pool if n[-2:] not in _POSSESSIVE_ENDS or n[:-2] not in pool] or pool
        # ("Latour Merger Sub, Inc., a wholly owned subsidiary of Parent": the buyer's vehicle,
        # merged with the buyer, is not its name)
        pool = [n for n in pool if _VEHICLE_NAME.search(n) is None] or pool
        best = pool[0]
        for n in pool[1:]:
            if best.isupper() and not n.isupper() and len(n.split()) >= len(best.split()):
                # "ZOGENIX" written as "Zogenix" (not "UCB S.A." as its defined term "Parent")
                best = n
                continue
            if len(n.split()) > len(best.split()):
                best = n
        return best

    def aliases(self) -> tuple[str, ...]:
        main = self.name
        seen: dict[str, None] = {}
        for n in [*self.names, *self.parents]:
            if n != main:
                seen.setdefault(n, None)
        return tuple(seen)


#: What separates the words of a name (`_tokens_of`), and its words and hyphenated parts.
#: (Compiled once: a call of `re.split` with a pattern string looks its compiled pattern up
#: in the module's cache first, which costs as much as splitting a short name.)
_NAME_SEPARATORS = re.compile(r"[\s,()-]+")
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")


#: A Latin letter with a diacritic ("ö", "é", "ñ"): a headline or wire copy often drops it.
_ACCENTED_LATIN = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


def _tokens_of(name: str) -> list[str]:
    if _ACCENTED_LATIN.search(name):
        # "Schrodinger" in a headline is "Schrödinger Inc." of the body
        decomposed = unicodedata.normalize("NFD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return [t for t in _NAME_SEPARATORS.split(name.lower().replace("’", "'")) if t]


@lru_cache(maxsize=4096)
def core(name: str) -> frozenset[str]:
    """The distinctive words of a name: no legal form, industry suffix or Chinese place prefix."""
    tokens = [t.strip(".") for t in _tokens_of(name)]
    tokens = [t[:-2] if t.endswith("'s") else t for t in tokens]
    while len(tokens) > 1 and tokens[0] in GEO_PREFIXES:
        tokens = tokens[1:]
    kept = [t for t in tokens if t and t not in GENERIC_NAME_WORDS]
    return frozenset(kept)


@lru_cache(maxsize=4096)
def _place_core(name: str) -> frozenset[str]:
    """The words of a name that `core` leaves empty, its place prefix kept: "WuXi Biologics"
    and "WuXi Bio" are both {"wuxi"}. Compared only for equality ("WuXi AppTec" is another
    house, though its words hold "wuxi")."""
    tokens = [t.strip(".") for t in _tokens_of(name)]
    return frozenset(t for t in tokens if t and t not in GENERIC_NAME_WORDS)


def _initials_of(acronym: str, inits: str) -> bool:
    """Whether `acronym` is a name's initials `inits`, or those of its words in another order
    (of three letters or more): "DSP" for "Sumitomo Dainippon Pharma", a company known by the
    initials of its name's other order ("Dainippon Sumitomo Pharma")."""
    return acronym == inits or (len(inits) >= 3 and sorted(acronym) == sorted(inits))


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """`Bristol Myers Squibb` → `BMS`, `Harbour BioMed` → `HBM` (camel humps count)."""
    letters: list[str] = []
    for word in _SPACES_OR_HYPHENS.split(name):
        word = word.strip(".,")
        if not word or word.lower() in LEGAL_FORMS or word == "&":
            continue
        humps = _HUMPS.findall(word)
        letters.extend(h[0] for h in humps if h)
    return "".join(letters).upper()


#: The humps of a camel-cased word ("BioMed": "Bio", "Med"), its capitals and its numbers.
_HUMPS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+")


def _several_parts(name: str) -> bool:
    """Whether initials can stand for `name`: several words, or one camel-cased word of
    several humps ("AstraZeneca")."""
    return len(name.split()) > 1 or len(_HUMPS.findall(name)) > 1


#: One syllable of Hanyu Pinyin without tones: an initial (or none) and a final.
_PINYIN_SYLLABLE = (
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|"
    r"ua|uo|ui|ue|er|a|o|e|i|u)"
)
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{2,4}}")
_SYLLABLE = re.compile(_PINYIN_SYLLABLE)


@lru_cache(maxsize=4096)
def syllable_initials(name: str) -> str:
    """A Chinese company's initials taken per syllable of its romanised words, up to its
    first generic word: "Chia Tai Tianqing Pharmaceutical Group" → "CTTQ" (Tian-qing), the
    way such companies shorten their names. Empty when no word splits into syllables."""
    letters: list[str] = []
    split = False
    for word in name.split():
        low = word.strip(".,").lower()
        if not low or low in GENERIC_NAME_WORDS or not word[:1].isupper():
            break
        if _PINYIN_WORD.fullmatch(low) and not re.search(r"[A-Z]", word[1:]):
            parts = _syllables(low)
            if len(parts) > 1:
                letters.extend(part[0] for part in parts)
                split = True
                continue
        letters.append(low[0])
    return "".join(letters).upper() if split else ""


def _syllables(word: str) -> list[str]:
    """`word` cut into pinyin syllables, each consonant opening the syllable after it where
    both readings work ("tianqing" → tian-qing, not tia-nqing)."""
    out: list[str] = []
    pos = 0
    while pos < len(word):
        m = _SYLLABLE.match(word, pos)
        if m is None or (pos and word[pos] in "aeiou"):
            return []  # (a syllable opening on a vowel inside a word takes an apostrophe)
        end = m.end()
        # give back a final consonant the next syllable needs as its initial
        while end - pos > 1 and end < len(word) and word[end] in "aeiou" and word[end - 1] in "ng":
            if _SYLLABLE.fullmatch(word, pos, end - 1) is None:
                break
            end -= 1
        out.append(word[pos:end])
        pos = end
    return out


_CAMEL_SUFFIX = re.compile(r"\w(?:Bio|Pharma|Therapeutics|Biotech|Genetics)$")


@lru_cache(maxsize=4096)
def _has_suffix(name: str) -> bool:
    words = [w.strip(".,").lower() for w in name.split()]
    camel = bool(_CAMEL_SUFFIX.search(name))
    if len(words) < 2:
        return camel
    # ("Grifols, S.A.", "Galapagos N.V.": a dotted legal form is the suffix without its dots)
    return camel or any(w in ORG_SUFFIXES or w.replace(".", "") in ORG_SUFFIXES for w in words[1:])


_DEMONYM_PARTS = (
    STOP_NAMES
    | LEADING_DESCRIPTORS
    | frozenset(
        [
            "anglo",
            "sino",
            "franco",
            "euro",
            "indo",
            "afro",
            "austrian",
            "russian",
            "brazilian",
            "mexican",
            "polish",
            "hungarian",
            "turkish",
            "thai",
            "vietnamese",
            "malaysian",
            "indonesian",
            "saudi",
            "emirati",
            "argentine",
            "czech",
            "greek",
            "portuguese",
        ]
    )
)


#: Kinds of drug that a title-case headline capitalises like a company ("CAR-T Therapies").
_MODALITIES = frozenset(
    ["car-t", "car-nk", "adc", "adcs", "tce", "tces", "sirna", "mrna", "bispecific", "bispecifics"]
)
#: ... and the cells and molecules a therapy is named by ("Ex Vivo T-Cell Therapies"), which
#: may also open a company's name ("Cell Therapeutics").
_THERAPY_KINDS = _MODALITIES | frozenset(["t-cell", "nk-cell", "cell", "gene", "rna", "antibody"])


@lru_cache(maxsize=4096)
def _is_stop(name: str) -> bool:
    words = [w.strip(".,").lower() for w in name.split()]
    if not words or name.lower() in STOP_NAMES:
        return True  # ("Big Pharma": a stop name of several words)
    if all(w in STOP_NAMES or w.isdigit() for w in words):
        return True
    if name.lower() in PLACE_GROUPS:
        return True  # "Malaysia and Mongolia" closing a list of territories
    if all(p in _DEMONYM_PARTS for p in _SPACES_OR_HYPHENS.split(name.lower())):
        # "British-Swedish", "Sino-American", "Hungarian": a nationality adjective, not a
        # company
        return True
    if len(words) == 1 and words[0] in _THERAPY_KINDS:
        return True  # "agreed to buy T-cell engager specialist Harpoon": a kind of drug
    if words[0] in _MODALITIES and all(w in ORG_SUFFIXES for w in words[1:]):
        # "CAR-T Therapies Targeting DLL3" in a title-case headline: a kind of drug
        return True
    if len(words) > 2 and words[-2] in _THERAPY_KINDS and words[-1] in ("therapies", "therapy"):
        # "Prime Edited Ex Vivo T-Cell Therapies": a kind of drug, whatever comes before it
        return True
    if words[-1] in NON_PARTY_ENDINGS:
        return True
    if all(w in LEGAL_FORMS for w in words):
        return True  # "Co., Ltd." left over from "Pelham Bio (Shanghai) Co., Ltd."
    if _DOTTED_INITIALS.fullmatch(name):
        return True  # "N.J.", "U.K.": a state or a country, not a company
    if _SCALED_FIGURE.fullmatch(name):
        return True  # "buys 5.0M newly issued shares": a figure with its unit letter
    return len(name) < 2 or not any(c.isalpha() for c in name)


@dataclass
class _Candidate:
    start: int
    end: int
    name: str
    possessive: bool


#: A run of capitalised words. Its first character comes first and the test of what
#: precedes it second (`(?<![\w'’.&/+-][A-Z\d])`: no word character before the run), so
#: that the regex engine can skip straight to capitals and digits instead of trying the
#: lookbehind at every character; the run then goes on as before (a capital already read,
#: or a digit and more characters up to a capital: "3SBio").
_RUN = re.compile(
    r"[A-Z\d](?<![\w'’.&/+-][A-Z\d])(?:(?<=[A-Z])|(?<=\d)[\w'’.&/+-]*[A-Z])[\w'’.&/+-]*"
    r"(?:(?: |, (?=(?:Inc|Ltd|LLC|Co|Corp|plc|S\.A|AG|SE|N\.V|GmbH|K\.K|Limited)\b))"
    # ("Shanghai Junshi Bio-pharmaceutical Science and Technology Co., Ltd.": 科技, one name)
    # ("HK inno.N Corporation": a word in small letters with a capital after its dot)
    r"(?:&|and(?= Technology\b)|(?:[A-Z]|\d[\w'’.&/+-]*[A-Z]|[a-z]{2,8}\.[A-Z])[\w'’.&/+-]*|"
    # "TRC 2004, Inc.": a number inside a name that a legal form closes
    r"\d+(?=,? (?:Inc|Ltd|LLC|Corp|Limited)\b)))*"
    r"(?: plc\b| and Company\b)?"  # "GSK plc", "Eli Lilly and Company": legal forms in lower case
)
#: `_RUN` for an ASCII text, where `\d` is `[0-9]`: a first character from a plain set of
#: characters is tested much faster than one from a set holding a Unicode category.
_ASCII_RUN = re.compile(
    _RUN.pattern.replace(r"[A-Z\d](?<![\w'’.&/+-][A-Z\d])", r"[A-Z0-9](?<![\w'’.&/+-][A-Z\d])", 1)
)


#: A bullet opening on a past-tense deal verb with no subject ("• Acquired X (Apr 2023; ~$2bn)"
#: on a results slide): the verb is the bullet's, not the first word of a company's name.
_BULLET_VERB = frozenset(
    "acquired completed closed licensed in-licensed out-licensed entered signed agreed "
    "granted formed expanded obtained exercised divested sold".split()
)
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-•*–·][ \t]+$")


def _after_city_in_name(
    text: str, out: list[_Candidate], at: int, city: re.Pattern[str] | None = None
) -> bool:
    """Whether only a bracketed city stands between the last candidate and `at` ("Maiwei
    (Shanghai) Biotechnology", "Lynk Pharmaceuticals (Hangzhou) Co., Ltd."); `city` is the
    pattern of that gap (a legal form may follow a comma: "TransThera Sciences (Nanjing),
    Inc.")."""
    return (
        bool(out)
        and not out[-1].possessive
        # (`_CITY_IN_NAME` opens with " (": most gaps between names do not)
        and text.startswith(" (", out[-1].end)
        and (city or _CITY_IN_NAME).fullmatch(text, out[-1].end, at) is not None
    )


def _extend_last(text: str, out: list[_Candidate], end: int) -> None:
    """Make the last candidate run on to `end`: one name with the city inside it."""
    first = out.pop()
    out.append(_Candidate(first.start, end, text[first.start : end], False))


#: The first East Asian character (CJK radicals; Han, kana and Hangul come after it): what
#: comes before it, accented Latin letters included, can be part of a Latin name.
_EAST_ASIAN = "\u2e80"


#: A word in lower case right after a candidate: "One sell-side note" counts, names no one.
_LOWER_WORD_AFTER = re.compile(r" [a-z]")


def _candidates(text: str) -> list[_Candidate]:
    """Runs of capitalised words, trimmed of descriptors, titles and possessives."""
    out: list[_Candidate] = []
    for run in (_ASCII_RUN if text.isascii() else _RUN).finditer(text):
        at = run.start()
        words = run.group()
        if (
            # (every legal form alone opens with one of `_LEGAL_RUN_OPENINGS`: most runs do not)
            words.startswith(_LEGAL_RUN_OPENINGS)
            and _LEGAL_RUN.fullmatch(words)
            and _after_city_in_name(text, out, at, _CITY_BEFORE_LEGAL_FORM)
            and _has_suffix(out[-1].name)
        ):
            # "Lynk Pharmaceuticals (Hangzhou) Co., Ltd.": the legal form after the city closes
            # the name
            _extend_last(text, out, run.end())
            continue
        for start, end, name, possessive in _run_candidates(words):
            if not name.isascii() and any(ch >= _EAST_ASIAN for ch in name):
                # "May 27丨Keystone Pharmaceuticals-B": the Latin name after the last Han
                # character, without the exchange's "-B" (a pre-revenue biotech's marker);
                # a Latin letter with a diacritic is part of the name ("Schrödinger")
                cut = max(i for i, ch in enumerate(name) if ch >= _EAST_ASIAN) + 1
                start, name = start + cut, name[cut:]
            # (every match of `_LISTING_MARK` holds its hyphen: most names have none)
            listing = _LISTING_MARK.search(name) if "-" in name else None
            if listing:
                end, name = end - len(listing.group()), name[: listing.start()]
            verb, _, rest = name.partition(" ")
            if (
                rest
                and verb.lower() in _BULLET_VERB
                and _BULLET_BEFORE.search(text, max(0, at + start - 8), at + start)
            ):
                start, name = start + len(verb) + 1, rest
            if not name or _is_stop(name):
                continue
            if name == "One" and _LOWER_WORD_AFTER.match(text, at + end):
                continue  # "One sell-side note pegs ...": a count ("Day One" is two words)
            if text.startswith(",", at + end) and _CITY_OF_SEAT.match(text, at + end):
                continue  # "buy Hannover, Germany-based Cardior": the city of a seat
            if (
                text.endswith((" drug ", " medicine "), 0, at + start)
                and _has_suffix(name) is False
            ):
                continue  # "maker of the MASH drug Rezdiffra": the drug named, not a company
            if (
                # (`_after_city_in_name`'s own first test, here: most names follow no " (")
                out
                and text.startswith(" (", out[-1].end)
                and _after_city_in_name(text, out, at + start)
                and _has_suffix(name)
            ):
                # "Maiwei (Shanghai) Biotechnology Co., Ltd.": the city is inside the name
                _extend_last(text, out, at + end)
                continue
            out.append(_Candidate(at + start, at + end, name, possessive))
    lower = _lower_case_candidates(text)
    if lower:
        # ("invoX Pharma Limited": the capitalised run "Pharma Limited" is the name's tail)
        out = [
            c
            for c in out
            if not any(
                (x.start < c.start and c.end <= x.end) or (x.start == c.start and c.end < x.end)
                for x in lower
            )
        ]
        taken = [(c.start, c.end) for c in out]
        out += [c for c in lower if not any(a < c.end and c.start < b for a, b in taken)]
        out.sort(key=lambda c: c.start)
    return _split_hyphened_pairs(text, out)


def _split_hyphened_pairs(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """A newsletter's "Arrowhead-Novartis" or "Biocytogen-Merck KGaA" heading: two companies
    joined by a hyphen, each named alone elsewhere in the text, are two names, not one
    ("Bristol-Myers Squibb" stays whole: no name opens with "Myers")."""
    if not any("-" in c.name for c in cands):
        return cands
    firsts = {c.name.partition(" ")[0] for c in cands if "-" not in c.name}
    out: list[_Candidate] = []
    for c in cands:
        head, space, tail = c.name.partition(" ")
        a, dash, b = head.partition("-")
        if (
            dash
            and a in firsts
            and b in firsts
            and a[:1].isupper()
            and b[:1].isupper()
            and text.startswith(c.name, c.start)
        ):
            out.append(_Candidate(c.start, c.start + len(a), a, False))
            out.append(_Candidate(c.start + len(a) + 1, c.end, b + space + tail, c.possessive))
        else:
            out.append(c)
    return out


#: A company styled in lower case ("zentrix SE", "corvalis N.V.", "89bio, Inc."): one
#: lower-case word right before a legal form, which no capitalised run catches.
_LOWER_CASE_LEGAL = r"SE|N\.V\.|AG|plc|Inc\.|Ltd\.|Limited|GmbH|S\.A\."
_LOWER_CASE_NAME = re.compile(
    # ("89bio, Inc.": digits may open it)
    r"(?<![\w'’.&/+-])(?P<name>(?:\d{1,3})?[a-z][a-z\d]{2,}(?:[A-Z][a-z\d]*)*)"
    rf"(?P<legal>,?\s(?:{_LOWER_CASE_LEGAL}))(?!\w)"
)
#: A name opening with a word in camel case and lower case first, then up to two capitalised
#: words before its legal form ("invoX Pharma Limited", "iTeos Therapeutics SA").
_CAMEL_LED_NAME = re.compile(
    r"(?<![\w'’.&/+-])(?P<name>[a-z][a-z\d]*[A-Z][A-Za-z\d]*(?: [A-Z][A-Za-z]+){1,2})"
    rf"(?P<legal>,?\s(?:{_LOWER_CASE_LEGAL}))(?!\w)"
)
#: The legal forms `_LOWER_CASE_NAME` ends with: literals the engine skips to.
_LOWER_CASE_LEGAL_FORM = re.compile(rf"(?:{_LOWER_CASE_LEGAL})(?!\w)")
#: The characters of a `_LOWER_CASE_NAME` name.
_NAME_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _lower_case_names(text: str) -> list[re.Match[str]]:
    """`list(_LOWER_CASE_NAME.finditer(text))`, tried only where a match can start.

    Why: the pattern opens with a lookbehind and a lower-case letter, so the engine tries it
    at nearly every character of the text. A match's name is letters and digits and ends
    right before the ", " or space of its legal form, so it starts where the run of letters
    and digits before a legal form starts: `match` there (the lookbehind still sees the
    text before it) is what a scan would find, and the scan goes on from its end.
    """
    starts: set[int] = set()
    camel: set[int] = set()
    for form in _LOWER_CASE_LEGAL_FORM.finditer(text):
        end = form.start() - 1  # the whitespace before the form
        if end > 0 and text[end - 1] == ",":
            end -= 1
        start = end
        while start > 0 and text[start - 1] in _NAME_ALNUM:
            start -= 1
        if start < end:
            starts.add(start)
        word = start
        for _ in range(2):
            # "invoX Pharma Limited": capitalised words between the name and its form
            if word < 2 or text[word - 1] != " " or not text[word].isupper():
                break
            word -= 1
            while word > 0 and text[word - 1] in _NAME_ALNUM:
                word -= 1
            if text[word].islower():
                camel.add(word)
                break
    out: list[re.Match[str]] = []
    last_end = 0
    for start in sorted(starts | camel):
        if start < last_end:
            continue
        m = (_CAMEL_LED_NAME.match(text, start) if start in camel else None) or (
            _LOWER_CASE_NAME.match(text, start)
        )
        if m is not None:
            out.append(m)
            last_end = m.end()
    return out


def _digit_led_candidates(text: str) -> list[_Candidate]:
    """Names that open with digits and go on in lower case ("89bio"), found where a text
    treats one as a company at least once ("Roche buys 89bio", "89bio's drug", "89bio said"),
    then at every mention."""
    names = {
        m.group(1)
        for m in _DIGIT_LED_NAME.finditer(text)
        if _DIGIT_LED_BEFORE.search(text, max(0, m.start() - 20), m.start())
        or _DIGIT_LED_AFTER.match(text, m.end())
    }
    out = []
    for name in names:
        for m in re.finditer(rf"(?<![\w'’.&/+$-]){re.escape(name)}(?P<s>['’]s)?(?![\w-])", text):
            out.append(_Candidate(m.start(), m.start() + len(name), name, m.group("s") is not None))
    return out


#: (The first digit comes first and the test of what precedes it second, as in `_RUN`: the
#: regex engine skips to digits instead of trying the lookbehind at every character.)
_DIGIT_LED_NAME = re.compile(r"(\d(?<![\w'’.&/+$-]\d)\d{0,2}[a-z]{2,}[a-z\d]*)(?![\w-])")
#: `_DIGIT_LED_NAME` for an ASCII text, whose first digit is looked for as one of `[0-9]` (as
#: `_ASCII_RUN`): the pattern scans the whole text, and most texts hold no such name.
_ASCII_DIGIT_LED_NAME = re.compile(_DIGIT_LED_NAME.pattern.replace(r"(\d(?<!", r"([0-9](?<!", 1))
_DIGIT_LED_BEFORE = re.compile(r"\b(?:acquire|acquired|acquiring|buys?|bought|buying|of)\s+$")
_DIGIT_LED_AFTER = re.compile(r"['’]s\b|,?\s+(?:Inc\.|said|says|will|has|had|shares)\b")


#: Industry words after which a name styled in camel case, lower case first, is a company's
#: ("invoX Pharma", "uniQure Biopharma", "iTeos Therapeutics").
_CAMEL_SUFFIXES = (" Pharma", " Therapeutics", " Bio", " Biosciences", " Biotech", " Medicines")
_CAMEL_WORD_BEFORE = re.compile(r"(?<![\w'’.&/+-])[a-z]{1,6}[A-Z][A-Za-z\d]*\Z")


def _camel_names(text: str) -> set[str]:
    """Names in camel case with a lower-case first letter that stand before an industry
    word somewhere in `text` (a capitalised run misses their first word)."""
    names = set()
    for suffix in _CAMEL_SUFFIXES:
        at = text.find(suffix)
        while at > 0:
            if text[at - 1].isalpha() and (
                word := _CAMEL_WORD_BEFORE.search(text, max(0, at - 24), at)
            ):
                names.add(word.group())
            at = text.find(suffix, at + 1)
    return names


#: Industry words a name may write in lower case after its capitalised part ("IVERIC bio").
_INDUSTRY_TAILS = frozenset(["bio", "pharma", "therapeutics", "biotech", "biosciences"])
#: A capitalised word right before (one space): the head of such a name.
_HEAD_WORD = re.compile(r"(?<![\w'’.&/+-])[A-Z][A-Za-z\d]*[ ]\Z")


def _lower_case_candidates(text: str) -> list[_Candidate]:
    """Names styled in lower case: the name with its legal form, where it is written with
    one, and every other mention of the bare name (which, written alone, no run catches)."""
    digit_led_name = _ASCII_DIGIT_LED_NAME if text.isascii() else _DIGIT_LED_NAME
    digit_led = _digit_led_candidates(text) if digit_led_name.search(text) else []
    camel = _camel_names(text)
    if not camel and not any(
        f in text for f in (" SE", " N.V.", " AG", " plc", " Inc.", " Ltd", " Limited")
    ):
        return digit_led
    found = [
        m
        for m in _lower_case_names(text)
        if m.group("name") not in FUNCTION_WORDS and m.group("name") not in STOP_NAMES
    ]
    if not found and not camel:
        return digit_led
    out = [_Candidate(m.start(), m.end(), m.group(), False) for m in found]
    names = set(camel)
    for k, m in enumerate(found):
        if m.group("name") in _INDUSTRY_TAILS and (head := _HEAD_WORD.search(text, 0, m.start())):
            # "IVERIC bio, Inc.": the industry word in lower case ends a name styled in
            # capitals, it is no company of its own
            out[k] = _Candidate(head.start(), m.end(), text[head.start() : m.end()], False)
        else:
            names.add(m.group("name"))
    full = [(c.start, c.end) for c in out]
    for name in names:
        for m in re.finditer(rf"(?<![\w'’.&/+-]){re.escape(name)}(?P<s>['’]s)?(?!\w)", text):
            if any(a <= m.start() < b for a, b in full):
                continue
            end = m.start() + len(name)
            # (the whole word: " Biotech", not the " Bio" it starts with)
            suffix = next(
                (
                    x
                    for x in _CAMEL_SUFFIXES
                    if text.startswith(x, end)
                    and not text[end + len(x) : end + len(x) + 1].isalpha()
                ),
                None,
            )
            if name in camel and suffix:
                # "invoX Pharma": the industry word is the name's (and says it is a company)
                out.append(_Candidate(m.start(), end + len(suffix), name + suffix, False))
                continue
            out.append(_Candidate(m.start(), end, name, m.group("s") is not None))
    taken = [(c.start, c.end) for c in out]
    return out + [c for c in digit_led if not any(a <= c.start < b for a, b in taken)]


_LISTING_MARK = re.compile(r"-(?:B|U|W|SB|SW)$")
#: What follows a city named before its country or state in a seat: ", Germany-based".
_CITY_OF_SEAT = re.compile(r",\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|headquartered)\b")
#: "Maiwei (Shanghai) Biotechnology": a city inside a name; not a weekday ("Yesterday (Monday)
#: Tenmark Pharma and ...": the day the news came, before the name)
#: A run that is a legal form alone ("Co., Ltd.").
_LEGAL_RUN = re.compile(r"Co\.,? Ltd\.|Co\.,? Limited|Ltd\.|Limited|Inc\.|Corp\.|Co\.")
#: How every match of `_LEGAL_RUN` opens.
_LEGAL_RUN_OPENINGS = ("Co.", "Ltd.", "Limited", "Inc.", "Corp.")
_CITY_IN_NAME = re.compile(rf" \((?!(?:{WEEKDAY_NAMES})\))[A-Z][a-z]+\) ")
_CITY_BEFORE_LEGAL_FORM = re.compile(_CITY_IN_NAME.pattern.replace(r"\) ", r"\),? "))


@lru_cache(maxsize=8192)
def _run_candidates(run: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The candidates of one run of capitalised words, as (start, end, name, possessive) with
    offsets into the run.

    Why cached: what a run yields depends on its own words alone (its tokens, titles,
    suffixes and possessives; nothing outside it is read), and the same runs come back again
    and again ("The", "China", a company named in every paragraph), so each is read once.
    """
    if _never_a_name(run):
        return ()
    out: list[_Candidate] = []
    words: list[tuple[int, int, str]] = []
    toks = list(_TOKEN.finditer(run))
    caps = run.isupper() and len(toks) > 2
    for i, tok in enumerate(toks):
        g = tok.group()
        if caps and g.rstrip(".,:").lower() in _CAPS_BREAKS:
            # "ZAI LAB AND KARUNA THERAPEUTICS ENTER INTO ...": a headline in capitals is one
            # run; its connecting words and verbs split it into the names it holds
            if words:
                _emit_list(run, words, out)
            words = []
            continue
        if g.lower() in _RUN_BREAKS and (words or i + 1 < len(toks)):
            # "X Out-Licenses Y to Z": the verb splits; "X to Acquire Y", "X Enters Into
            # License Agreement With Y": a title-case headline's verb or preposition opens
            # no name
            if words:
                _emit_list(run, words, out)
            words = []
            continue
        if words and _looks_like_drug(g):
            # "Junshi Biology Terriplimab goes to the Middle East": a drug after the name
            _emit_list(run, words, out)
            words = []
        words.append((tok.start(), tok.end(), g))
        # "Innovent Biologics' DLL3-directed ADC": a plural's possessive ends the name too
        if g.endswith(("'s", "’s")) or (g.endswith(("s'", "s’")) and i + 1 < len(toks)):
            if not _possessive_in_name(words, toks[i + 1 : i + 3]):
                _emit_list(run, words, out)
                words = []
        elif (
            (
                _ends_sentence(g)
                and not (g in _NAME_TITLES and i + 1 < len(toks) and len(words) == 1)
            )
            or (
                # "by F. Hoffmann-La Roche Ltd. The Group obtained": the legal form ends both
                # ("with Almirall, S.A. Almirall will use": the name again opens the next sentence)
                i + 1 < len(toks)
                and (toks[i + 1].group() in SENTENCE_OPENERS or toks[i + 1].group() == words[0][2])
                and g.endswith(".")
                and g.replace(".", "").lower() in LEGAL_FORMS
            )
            or (
                # "an oral pan-KRAS inhibitor in Phase I. AstraZeneca will pay": a numeral
                # ("raised a $245 million Series A. GSK bought it": a round's letter)
                len(g) == 2
                and g[1] == "."
                and len(words) > 1
                and (
                    (g == "I." and words[-2][2].lower() in NUMBERED_BY_ROMAN)
                    or words[-2][2] == "Series"
                )
            )
        ):
            _emit_list(run, words, out)
            words = []
    if words:
        _emit_list(run, words, out)
    return tuple((c.start, c.end, c.name, c.possessive) for c in out)


#: Words that split a run of capitalised words, wherever they stand in it.
_RUN_BREAKS = HEADLINE_VERBS | frozenset(
    [
        *("acquire", "license", "licence", "into", "with", "agreement", "develop", "discover"),
        *("advance", "commercialize", "commercialise", "accelerate", "expand", "strengthen"),
        *("evaluate", "explore", "reports", "report"),
        # "... Launches X Around Anti-CD38 Antibody CM313", "... Rights to Y From CTFH"
        *("around", "from"),
    ]
)
#: Words that split a run written in capitals (a headline or a filing's heading).
_CAPS_BREAKS = (
    FUNCTION_WORDS
    | HEADLINE_VERBS
    | frozenset(["into", "enter", "entered", "sign", "signed", "announce", "agreement"])
    | frozenset(["agreements", "license", "licence", "licensing", "collaboration", "deal"])
)

#: Words that, standing alone, `_emit_list` trims away entirely ("The", "It", "CEO").
_NEVER_ALONE = FUNCTION_WORDS | LEADING_DESCRIPTORS | PERSON_TITLES


def _never_a_name(run: str) -> bool:
    """A one-word run that `_emit_list` would trim to nothing: most runs are sentence-initial
    words like "The" or "In", and this spares them the token-by-token work."""
    if " " in run or "-" in run:
        return False
    low = run.lower()
    return low in _NEVER_ALONE or low.rstrip(".") in PERSON_TITLES


#: Titles that open company names ("Dr. Reddy's Laboratories", "Dr. Falk Pharma").
_NAME_TITLES = frozenset(["Dr.", "St."])


def _possessive_in_name(words: list[tuple[int, int, str]], nxt: list[re.Match[str]]) -> bool:
    """Whether the possessive `words[-1]` is inside a company name, not a company's: after a
    title ("Dr. Reddy's") or before an industry word and a legal form ("Reddy's Laboratories
    Ltd.")."""
    if len(words) == 2 and words[0][2] in _NAME_TITLES:
        return True
    return (
        len(nxt) == 2
        and nxt[0].group().rstrip(".,").lower() in ORG_SUFFIXES
        and nxt[1].group().rstrip(".,").lower() in LEGAL_FORMS
    )


def _emit_list(text: str, words: list[tuple[int, int, str]], out: list[_Candidate]) -> None:
    if len(words) > 1 and words[0][2] in _NAME_TITLES:
        rest = words[1:]
        # ("Dr. Reddy's." closing a sentence: its full stop is no part of the word)
        if rest[0][2].rstrip(".,;:").endswith(("'s", "’s")) or any(
            w.rstrip(".,").lower() in ORG_SUFFIXES for _, _, w in rest
        ):
            # "Dr. Reddy's Laboratories SA": the title is part of the company's name
            _emit_words(text, words, out)
            return
        words = rest
    for k, (_, _, w) in enumerate(words):
        if w.lower().rstrip(".") in PERSON_TITLES or w.lower() in PERSON_TITLES:
            _emit_words(text, words[:k], out)
            return
    _emit_words(text, words, out)


#: Capitalised industry words that end a name although they are stop words alone ("the biotech"):
#: "Lumira Biotech will pay ...".
_KNOWN_AS_LEFT = re.compile(r"\((?:also |formerly |better )?known as\s+$")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
#: A name ending in two dotted initials ("Johnson & Johnson Services, L.P."): its last full
#: stop belongs to it.
_DOTTED_PAIR_END = re.compile(r"\b[A-Z]\.[A-Z]\.$")
#: Legal forms whose full stop ends the name ("Inc.", "S.A."), read as a name's last word.
_DOTTED_FORMS = LEGAL_FORMS | {"s.a", "n.v"}
#: Of those, the forms that are no abbreviation ("AG", "plc", "Limited"): their full stop before
#: a space ends the sentence ("with Novartis Pharma AG. The money: ..."), not the name.
_WHOLE_FORMS = frozenset(
    ["ag", "se", "plc", "gmbh", "limited", "company", "corporation", "incorporated", "ab", "asa"]
)
#: A figure written with a scale letter ("5.0M", "1.2B", "750K", "3.5bn"): a count or an amount,
#: which a run of capitals picks up when no currency sign stands before it.
_SCALED_FIGURE = re.compile(r"\d+(?:[.,]\d+)*(?:[KMBT]|MM|[BbMm]n)")
#: "Merck & Co., Inc., Rahway, N.J., USA": a city before a state or country is an address.
_ADDRESS_RIGHT = re.compile(
    r",\s+(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.|USA|U\.S\.A\.|[A-Z]{2})(?:,|\s*\(|\s*$)"
)
_NAME_ENDING = re.compile(r"Biotech|Company")
#: An acronym after an industry word: a unit ("BD") or a drug target ("TSLP", "HER2").
_TARGET_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{0,5}")
#: "Claudin 18.2 ADC": a word before a decimal isoform number is a drug target.
_ISOFORM_RIGHT = re.compile(r" \d{1,2}\.\d\b")
#: "Recently, X announced": a sentence-opening adverb before its comma.
#: "Recently, X announced", "Money-wise, Seagen will hand over $53 million": an adverb
#: opening a sentence or a bullet.
_OPENING_ADVERB = re.compile(r"[A-Z][a-z]{2,}ly|[A-Z][a-z]+-wise")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _ends_sentence(token: str) -> bool:
    """`InnoCare.` ends a sentence; `Co.`, `S.A.`, `U.S.` and `Inc.` do not."""
    if not token.endswith("."):
        return False
    bare = token.rstrip(".").lower()
    return bare not in LEGAL_FORMS and not _INITIALS.fullmatch(bare)


def _capitalised(token: str) -> bool:
    if token == "&":
        return False
    first = token[0]
    return first.isupper() or (first.isdigit() and any(c.isupper() for c in token))


def _emit(text: str, group: list[re.Match[str]], out: list[_Candidate]) -> None:
    words = [(m.start(), m.end(), m.group()) for m in group]
    # a person's title splits the run: "Zenas CEO Lonnie Moulder" keeps "Zenas" only
    for k, (_, _, w) in enumerate(words):
        if w.lower().rstrip(".") in PERSON_TITLES or w.lower() in PERSON_TITLES:
            _emit_words(text, words[:k], out)
            return
    _emit_words(text, words, out)


def _emit_words(text: str, words: list[tuple[int, int, str]], out: list[_Candidate]) -> None:
    for k in range(1, len(words) - 1):
        if "-" in words[k][2] and _SEAT_OR_BACKER_HYPHEN.search(words[k][2]):
            # "Hong Kong-listed Genor Biopharma": the seat goes; "PPF Group-backed SOTIO
            # Biotech": so does the backer (a company of its own, not this one's name)
            words = words[k + 1 :]
            break
    while words:
        s, _, w = words[0]
        hyphen = _DESCRIPTIVE_HYPHEN.match(w) if "-" in w else None
        low = w.lower().rstrip(",")
        if hyphen and len(words) > 1:
            words = words[1:]
        elif hyphen and _KIND_HYPHEN.search(w):
            return  # "an IND-stage siRNA", "a first-in-class drug": a kind, no company
        elif hyphen:
            words = [(s, s + len(hyphen.group("head")), hyphen.group("head"))]
            break
        elif len(words) == 1 and _PARTICIPLE_HYPHEN.search(w):
            return  # "a second AI-generated inhibitor": a word that describes, no company
        elif (
            low in LEADING_DESCRIPTORS
            or low in FUNCTION_WORDS
            or w == "SOURCE"  # "SOURCE Stemline Therapeutics, Inc.": a wire release's last line
            or (low.endswith(("'s", "’s")) and len(words) > 1 and low[:-2] in STOP_NAMES)
        ):
            words = words[1:]
        else:
            break
    if len(words) > 1 and "-" in words[-1][2]:
        tail_hyphen = _DESCRIPTIVE_HYPHEN.match(words[-1][2])
        if tail_hyphen:
            # "its Daiichi Sankyo-partnered drugs": the adjective names the partner, not a party
            ts, head = words[-1][0], tail_hyphen.group("head")
            words = [*words[:-1], (ts, ts + len(head), head)]
    # "Hengrui Medicine BD", "Hengrui Pharmaceutical GLP-1": cut what trails the suffix
    suffix_at = [k for k, (_, _, w) in enumerate(words) if w.rstrip(".,").lower() in ORG_SUFFIXES]
    if suffix_at and suffix_at[-1] < len(words) - 1:
        tail = words[suffix_at[-1] + 1 :]
        legal = words[suffix_at[-1]][2].rstrip(".,").lower() in LEGAL_FORMS
        if legal or all(_CODE_LIKE.search(w) or _TARGET_ACRONYM.fullmatch(w) for _, _, w in tail):
            # a legal form ends a name: "Philochem AG Licenses Rights" (a title-case headline)
            words = words[: suffix_at[-1] + 1]
    while (
        len(words) > 1
        and words[-1][2].lower().rstrip(".,") in STOP_NAMES
        and not _NAME_ENDING.fullmatch(words[-1][2].rstrip(".,"))
        # ("Chengdu Kanghua Biological Products": the name's own last word)
        and not (
            words[-1][2].rstrip(".,") == "Products"
            and words[-2][2].rstrip(".,").lower() in ORG_SUFFIXES
        )
    ):
        words = words[:-1]
    if not words:
        return
    start, end = words[0][0], words[-1][1]
    name = text[start:end]
    possessive = False
    if name.endswith(("'s", "’s")):
        name, end, possessive = name[:-2], end - 2, True
    elif name.endswith(("s'", "s’")) and len(name) > 3:
        name, end, possessive = name[:-1], end - 1, True
    while name and name[-1] in ".,":
        form = name.split()[-1].rstrip(".").lower() if name.endswith(".") else ""
        if form in _DOTTED_FORMS and not (form in _WHOLE_FORMS and text[end : end + 1].isspace()):
            break
        if name.endswith(".") and _DOTTED_PAIR_END.search(name):
            break
        name, end = name[:-1], end - 1
    if name and not _is_stop(name):
        out.append(_Candidate(start, end, name, possessive))


#: The end of a public body's name that goes on with "of"/"and" ("Stock Exchange of",
#: "Exchanges and", "Ministry of"): what follows is the rest of that body's name.
_BODY_NAME_BEFORE = re.compile(
    r"\b(?:Exchanges?|Ministry|Commission|Bureau|Administration|Agency|Board) (?:of|and) \Z"
)


def _after_body_name(text: str, at: int) -> bool:
    """Whether `_BODY_NAME_BEFORE` matches the 40 characters before `at`. Its matches end with
    " of " or " and ", and the `endswith` test spares the scan before nearly every candidate
    (most follow neither)."""
    lo = max(0, at - 40)
    return text.endswith((" of ", " and "), lo, at) and bool(_BODY_NAME_BEFORE.search(text, lo, at))


#: What may stand between "a unit of" and the owner's name: an article, a place's possessive
#: ("a unit of Italy's Menarini Group").
_OWNER_LEAD = re.compile(
    # ("the antibody discovery unit of Hong Kong-listed Harbour BioMed")
    r"(?:the\s+)?(?:(?:[A-Z][\w.]*\s+)?[\w.-]+-(?:listed|based)\s+)?(?:[A-Z][\w.-]*['’]s\s+)?"
)


#: A short name defined in quotes: its first word and one or two words more, any case.
_QUOTED_SHORT = re.compile(r"[\"“](?P<name>[A-Z][\w&-]*(?:\s[\w&-]+){1,2})[\"”]")


def _own_short_name(name: str, inner: str, paren: str) -> bool:
    """Whether `inner`, quoted in brackets after `name`, is the short name the text gives it:
    '(“SK biopharm”)' after "SK Biopharmaceuticals Co., Ltd.", its first word kept and the
    rest shortened, whatever their case (the first word may be shortened too: "Norv pharm"
    for "Norvale Pharmaceuticals"). One word alone is not read here (see the caller)."""
    quoted = _QUOTED_SHORT.fullmatch(paren.strip())
    return (
        quoted is not None
        and quoted.group("name") == inner
        and name.split()[0].startswith(inner.split()[0])
        and inner != name
        and inner.lower() not in STOP_NAMES
    )


def _owner_follows(text: str, at: int, owner: OrgMention) -> bool:
    lead = _OWNER_LEAD.match(text, at)
    return lead is not None and lead.end() == owner.start


#: "the sarcoma drug Fyarro": a name a drug's noun stands right before (a one-word name, in
#: any case: "drug FYARRO"; `assets._NAMED_DRUG` reads the same phrase for the drug's name).
_DRUG_NAMED = re.compile(r"\b(?:drug|medicine) ([A-Z][\w-]+)(?![\w-]| [A-Z])")


def find_entities(
    text: str, sentence_bounds: list[tuple[int, int]]
) -> tuple[list[OrgMention], list[Entity]]:
    """Company mentions and the companies they name, in order of first mention."""
    cands = _candidates(text)
    place = dateline_place(text)
    if place is not None:
        # "ZURICH, Switzerland, 4 March 2026 --": the dateline's cities are not companies
        cands = [c for c in cands if not place[0] <= c.start < place[1]]
    # "Trodelvy (sacituzumab govitecan)": a brand named with its INN is a drug
    brands = {
        c.name for c in cands if text.startswith(" (", c.end) and is_brand_of_inn(text, c.end)
    }
    if " name" in text:
        # "(trade name in overseas: LOQTORZI)": a brand, wherever else the name stands
        brands |= {
            c.name
            for c in cands
            if text.endswith((": ", ":"), 0, c.start)
            and _TRADE_NAME_LEFT.search(text, max(0, c.start - 40), c.start) is not None
        }
    if " drug " in text or " medicine " in text:
        # "its only marketed product, the sarcoma drug Fyarro": the drug, wherever else the
        # name stands ("Aadi sells Fyarro")
        drugs = {m.group(1) for m in _DRUG_NAMED.finditer(text)}
        brands |= {
            c.name
            for c in cands
            if c.name in drugs and not _has_suffix(c.name) and c.name not in known_company_names()
        }
    if brands:
        cands = [c for c in cands if c.name not in brands]
    # "Hong Kong Exchanges and Clearing Limited", "The Stock Exchange of Hong Kong Limited":
    # the tail after "and"/"of" belongs to the exchange's (or ministry's) own name
    # (`_after_body_name`'s own first test, here: most candidates follow neither word)
    cands = [
        c
        for c in cands
        if not (text.endswith((" of ", " and "), 0, c.start) and _after_body_name(text, c.start))
    ]
    low = fold_case(text)
    if "technolog" in text or "platform" in text:
        # "Adagene's SAFEbody precision masking technology": a company's own platform, named
        # so anywhere in the text, is no company wherever else it stands
        platforms = _owned_platforms(text, cands)
        cands = [c for c in cands if c.name not in platforms]
    is_org = [_org_evidence(text, low, c) for c in cands]
    # ("an allosteric EGFR inhibitor program": a short capitalised name used as a drug target
    # is no company, there or anywhere else, as in "AstraZeneca buys into allosteric EGFR
    # with Allorion")
    targets = {
        c.name
        for c in cands
        if c.name.isupper() and len(c.name) <= 6 and _TARGET_USE_RIGHT.match(text, c.end)
    }
    if targets:
        is_org = [ok and c.name not in targets for c, ok in zip(cands, is_org, strict=True)]
    if " told " in text:
        # "Alexis Borisy's EQRx ... Borisy told reporters": a person, named by surname
        people = _people(text, cands)
        is_org = [ok and c.name not in people for c, ok in zip(cands, is_org, strict=True)]
    _propagate_coordination(text, cands, is_org)
    _mark_pair_lines(text, cands, is_org)
    strong = {c.name for c, ok in zip(cands, is_org, strict=True) if ok}
    cores = {n: core(n) for n in strong}
    by_initials = {initials(n): n for n in strong if len(n.split()) > 1}
    for k, c in enumerate(cands):
        if is_org[k]:
            continue
        cc = core(c.name)
        if cc and any(cc <= other and other for other in cores.values() if other):
            # a short form of a company already found ("Hengrui", "Glenmark")
            is_org[k] = len(c.name) > 2
        elif (
            c.name.isupper()
            and 2 <= len(c.name) <= 6
            and c.name in by_initials
            and not _CODE_NUMBER_AFTER.match(text, c.end)
        ):
            # ("the STING agonist SB 11285": a drug code's letters, not Sino Biopharm's)
            is_org[k] = True
        elif (tail := _after_place(c.name)) is not None and tail in strong:
            # "the United States Erigen company": a place written before a company's name
            cands[k] = _Candidate(c.end - len(tail), c.end, tail, c.possessive)
            is_org[k] = True
    mentions: list[OrgMention] = []
    for c, ok in zip(cands, is_org, strict=True):
        if ok:
            mentions.append(OrgMention(c.start, c.end, c.name))
    if any(n.partition(" ")[0].lower() in STOP_NAMES for n in strong if " " in n):
        found = _stop_word_short_names(text, strong, mentions)
        mentions = sorted(mentions + found, key=lambda m: m.start)
    if "'s " in text or "’s " in text:
        mentions = _with_own_possessive(text, mentions)
    if '("' in text or "(“" in text:
        mentions = _with_short_names(text, mentions)
    entities = _cluster(text, mentions)
    return mentions, entities


#: A surname alone before the verb only a person uses of the press: "Borisy told reporters".
_TOLD = re.compile(r"\b([A-Z][a-z]+) told (?:reporters|analysts|investors|journalists|[A-Z])")


_CODE_NUMBER_AFTER = re.compile(r"[ -]?\d")


def _after_place(name: str) -> str | None:
    """What follows the place of one or two words that opens `name`, if one does."""
    words = name.split(" ")
    for n in (2, 1):
        if len(words) > n and is_place(" ".join(words[:n])):
            return " ".join(words[n:])
    return None


def _people(text: str, cands: list[_Candidate]) -> set[str]:
    """Two-word names (no legal form, not a curated company) whose last word is a surname
    the text says "told" the press something: people, not companies."""
    surnames = {m.group(1) for m in _TOLD.finditer(text)}
    return {
        c.name
        for c in cands
        if len(words := c.name.split()) == 2
        and words[1] in surnames
        and words[0][:1].isupper()
        and not _has_suffix(c.name)
        and c.name not in known_company_names()
    }


#: What follows a platform's name: a few words in lower case, then "technology" or "platform".
_PLATFORM_RIGHT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:technology|technologies|platforms?)\b")


def _owned_platforms(text: str, cands: list[_Candidate]) -> set[str]:
    """Names a company's possessive opens and "technology" or "platform" closes ("X's Y
    precision masking technology", "its Y platform"), unless a legal form says they are
    companies."""
    return {
        c.name
        for c in cands
        if text.endswith(("'s ", "’s ", "its ", "their "), 0, c.start)
        and _PLATFORM_RIGHT.match(text, c.end)
        and not _has_suffix(c.name)
    }


#: What follows a company's short name used as a subject: its possessive or a verb.
_SUBJECT_NEXT = re.compile(
    r"['’]s\b|\s+(?:is|was|has|had|will|would|can|could|shall|said|says|takes|took|gets|got|"
    r"pays|paid|plans|keeps|also|agreed|announced|signed|obtains|obtained|receives|received)\b"
)


def _stop_word_short_names(
    text: str, strong: set[str], mentions: list[OrgMention]
) -> list[OrgMention]:
    """A company's first word written alone where the word is also a stop name ("CRISPR" for
    CRISPR Therapeutics, where "CRISPR" alone is a technology): a mention where it is a
    subject ("CRISPR is handing Sirius $95 million", "CRISPR's cash"). Only for a name with an
    industry suffix, and not for a place ("China")."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[OrgMention] = []
    for name in strong:
        first, _, rest = name.partition(" ")
        if (
            not rest
            or first.lower() not in STOP_NAMES
            or not first[:1].isupper()
            or is_place(first)  # ("China's drug developers" beside "China Biotech Week")
            or not _has_suffix(name)
        ):
            continue
        for m in re.finditer(rf"(?<![\w'’.&/+-]){re.escape(first)}(?![\w-])", text):
            if any(a <= m.start() < b for a, b in taken) or not _SUBJECT_NEXT.match(text, m.end()):
                continue
            out.append(OrgMention(m.start(), m.end(), first))
    return out


def _with_own_possessive(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """`mentions` with the "'s" a company's own name holds ("Dr. Reddy's Laboratories Ltd.",
    then "Dr. Reddy's", which is no possessive of "Dr. Reddy"): a mention followed by "'s" is
    extended over it when another mention's name goes on from there ("Dr. Reddy's ...")."""
    owned = {m.name for m in mentions if "'s " in m.name or "’s " in m.name}
    if not owned:
        return mentions
    out = []
    for m in mentions:
        after = text[m.end : m.end + 2]
        if after in ("'s", "’s") and any(n.startswith(m.name + after + " ") for n in owned):
            m = OrgMention(m.start, m.end + 2, m.name + after, m.entity)
        out.append(m)
    return out


def _with_short_names(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """`mentions` and every occurrence of a short name a company is given in quotes after its
    full name ('SK Biopharmaceuticals Co., Ltd. ("SK biopharm")'): a short name with a small
    letter ("biopharm") is no capitalised run, so it is not found as a candidate otherwise."""
    shorts = set()
    for m in mentions:
        paren = _PAREN_RIGHT.match(text, m.end)
        if paren:
            inner = paren.group(1).strip().strip('"“”')
            if (
                " " in inner
                and not inner.istitle()
                and _own_short_name(m.name, inner, paren.group(1))
            ):
                shorts.add(inner)
    if not shorts:
        return mentions
    # a mention inside a short name ("SK" of "SK biopharm") gives way to the short name
    found = [
        (f.start(), f.end(), short)
        for short in shorts
        for f in re.finditer(r"(?<!\w)" + re.escape(short) + r"(?!\w)", text)
        if not any(m.start < f.end() and f.start() < m.end and m.end > f.end() for m in mentions)
    ]
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e, _ in found)]
    added = [OrgMention(s, e, short) for s, e, short in found]
    return sorted([*kept, *added], key=lambda m: m.start)


#: Words a company's name is made of only when it names a business, not a company.
_GENERIC_OR_LIFE = GENERIC_NAME_WORDS | {"life", "care"}
#: An apposition saying a name is a drug or a platform, not a company.
_WHAT_IT_IS_RIGHT = re.compile(
    # ("ARO-SNCA, Arrowhead's preclinical siRNA against ...": a company's drug)
    r"(?:\s*\([^()]{1,12}\))?,\s+(?:the|its|an?|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:platform|technology|engine|drug|antibody|candidate|molecule|program|programme|"
    r"therapy|compound|inhibitor|siRNA|ADC|bispecific|vaccine|agonist|antagonist|degrader)\b"
    # ("BioMap (百图生科), the AI drug-discovery company": a word of a compound, no noun;
    # "HilleVax, the Boston vaccine developer": a company's kind)
    r"(?!-|\s+(?:developer|specialist|maker|company|biotech|firm|pioneer|player|group|start))"
)


def _written_in_lower_case(word: str, text: str) -> bool:
    """Whether `text` writes `word` (lower-cased) inside a sentence, as itself or with an
    ending ("exercise": "it exercises the option"): a capitalised word that opens a sentence
    and is such a word is no name. Inside a sentence: a whole word of at least three small
    letters after a small letter or a comma and a space (not in a web address or an e-mail).

    Why a search for the word itself: every form of it starts with " " and the word, so one
    substring scan finds every place one may stand; listing all the words written inside
    sentences (a regex scan of the whole text, and a set of some hundred words) cost more.
    """
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False  # (only small letters a-z make such a word)
    needle = " " + word
    at = text.find(needle, 1)
    while at >= 0:
        if text[at - 1] in _SMALL_LETTER_OR_COMMA:
            # the rest of its run of small letters, which no word character may follow
            tail = _SMALL_LETTERS_TO_WORD_END.match(text, at + len(needle))
            if (
                tail is not None
                and tail.group() in _FORM_ENDINGS
                and len(tail.group()) + len(word) >= 3
            ):
                return True
        at = text.find(needle, at + 1)
    return False


_SMALL_LETTER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")
_SMALL_LETTERS_TO_WORD_END = re.compile(r"[a-z]*(?!\w)")
_ENDINGS = ("s", "es", "d", "ed", "ing", "er", "ers", "ly")
_FORM_ENDINGS = frozenset(("", *_ENDINGS))


_LOWER_WORD_RIGHT = re.compile(r" [a-z]")


def _org_evidence(text: str, low: str, c: _Candidate) -> bool:
    """Whether candidate `c` is a company; `low` is `fold_case(text)`."""
    if _INDEX_OR_NEWS_RIGHT.match(text, c.end):
        # "the Hang Seng Biotech index is up 80%": a stock index; "Zhitong Finance APP news,
        # July 23 -": the outlet, not a party
        return False
    if (
        " " not in c.name
        and any(ch.isdigit() for ch in c.name)
        and _TARGET_USE_RIGHT.match(text, c.end)
    ):
        # "its Claudin18.2 antibody-drug conjugate": a drug target (a short capitalised one,
        # "an allosteric EGFR inhibitor program", is set aside by `find_entities` wherever
        # it stands)
        return False
    if c.start and text[c.start - 1] in "$€£¥":
        return False  # 'headlines about "$1B+ licensing deals"': an amount, not a name
    if c.name.isupper() and len(c.name) <= 3 and text.startswith("$", c.end):
        return False  # "bought back HK$520 million", "NT$1 billion": a currency's prefix
    if text.startswith(("®", "™"), c.end):
        return False  # "Agreement to divest FYARRO® to KAKEN": a trademark is a drug's
    if (
        " " in c.name
        and c.name.partition(" ")[0].lower() in _GENERIC_OR_LIFE
        and all(w.lower().strip(".,") in _GENERIC_OR_LIFE for w in c.name.split())
    ):
        return False  # "Life Science", "Health Care": a business segment's name, no company
    if _has_suffix(c.name):
        return True
    if len(c.name) < 2 or c.name.lower() in STOP_NAMES or is_place(c.name):
        return False
    if _of_a_country(c.name):
        return False  # "deals with Chinese-origin AI biotechs": where they come from
    if (
        (tail := _after_place(c.name)) is not None
        and tail.isupper()
        and len(tail) <= 5
        and low.endswith("the ", 0, c.start)
        and _LOWER_WORD_RIGHT.match(text, c.end)
    ):
        return False  # "the La Jolla AOC pioneer": a place and a technology, a description
    if text.startswith((" (", ", "), c.end) and _WHAT_IT_IS_RIGHT.match(text, c.end):
        return False  # "the Brain Delivery Module (BDM), the blood-brain barrier platform of X"
    if c.name.isupper() and c.name.lower() in _EMPHASIS:
        return False  # "What did NOT make my list": a word stressed in capitals
    if " " not in c.name and c.name.lower() in GENERIC_NAME_WORDS:
        return False  # "the Group has reached ...": a back-reference to the announcer, no name
    if c.name in known_company_names():
        return True  # "GSK returned to Hansoh ...": a name every reader knows
    left = text[max(0, c.start - 140) : c.start]
    right = text[c.end : c.end + 90]
    if _looks_like_code_or_drug(c.name):
        return False
    if (
        " " not in c.name
        and c.name[1:].islower()
        and (
            not left.strip()
            or left.rstrip(" ").endswith((".", "\n", ";", ":"))
            or _BULLET_BEFORE.search(left) is not None
        )
        and _written_in_lower_case(c.name.lower(), text)
    ):
        # "Exercise would give X ...", "- Cash committed early: ...", when "if it exercises
        # the option" shows it is a word (written in lower case inside a sentence: not in a
        # web address or an e-mail)
        return False
    # (Below, a test of how `right` opens goes before each pattern that needs that opening:
    # what `\s+` needs is a space first, what `['’]` needs an apostrophe. Most candidates fail
    # the test, and a string test costs far less than a call into the regex engine.)
    spaced = right[:1].isspace()
    # what `right` opens with after its spaces ("" at the text's end, which `in` holds: the
    # tests using it only spare calls, so an empty string may go on to the pattern)
    opening = right.lstrip()[:1] if spaced else right[:1]
    if right.startswith(",") and _ADDRESS_RIGHT.match(right) and not _has_suffix(c.name):
        return False
    if _may_follow_place(left) and _PLACE_LEFT.search(left):
        return False  # "Biosion, based in Nanjing, retains rights": a city, not a company
    if " " not in c.name and text.startswith(",", c.end) and _seat_city(text, c):
        return False
    if "known as" in left and _KNOWN_AS_LEFT.search(left):  # (which every match holds)
        return True  # "Merck & Co., Inc. (known as MSD outside the United States)"
    if right.startswith(" ") and _ISOFORM_RIGHT.match(right):
        return False
    if (
        c.name.endswith(("ly", "wise"))
        and _OPENING_ADVERB.fullmatch(c.name)
        # ("Recently, X announced", "- Newly formed X to take global rights")
        and (right.startswith(",") or (right[:1] == " " and right[1:2].islower()))
        and (
            not left.strip()
            or left.rstrip(" ").endswith((".", "\n", '"', "”"))
            or _BULLET_BEFORE.search(left) is not None
        )
    ):
        return False
    if c.name.split()[-1].isupper() and _NUMBER_RIGHT.match(right):
        return False  # "ISB 2001", "TQB 2102": the letters of a drug code written with a space
    if right.startswith(("'", "’")) and _POSSESSIVE_RIGHT.match(right):
        return True
    if (
        (spaced and _OFFICER_RIGHT.match(right))
        or (opening in "(" and _LISTING_RIGHT.match(right))
        or (spaced and _OWNED_RIGHT.match(right))
    ):
        return True
    if spaced and _PLAIN_DRUG_RIGHT.match(right) and _QUANTIFIER_LEFT.search(left):
        # "two Kelun ADCs": the developer's name; "three DXd ADCs" when the text also writes
        # "HER3-DXd": the tail of the drugs' codes, a payload or platform, no company
        return f"-{c.name}" not in text
    if spaced and _COORD_SUBJECT.match(right):
        return True
    if spaced and _JOINT_VERB_RIGHT.match(right) and _COORDINATED_LEFT.search(left):
        return True
    if left.endswith((": ", ":")) and _ROLE_LABEL_LEFT.search(left):
        return True  # a deal sheet's "Buyer: EQRx (Cambridge, Mass.)" line
    if (right.startswith(" x ") and _PAIR_OPENS_RIGHT.match(right)) or (
        left.endswith(" x ") and _PAIR_CLOSES_LEFT.search(left)
    ):
        return True  # a post's or show note's "Schrödinger x Novartis": two partners
    low_left = low[max(0, c.start - 140) : c.start]
    if _may_be_object(low_left) and _OBJECT_LEFT_ANYWHERE.search(low_left):
        return not _after_title(left)
    if _may_be_grantee(left) and _GRANTEE_LEFT.search(left) and _GRANTED_RIGHT.match(right):
        # "had granted X an exclusive license", "gave X global rights": X receives the rights
        return True
    if (opening in "(," or (spaced and opening == "i")) and _APPOSITION_RIGHT.match(right):
        return True
    if left.endswith(_DESCRIPTOR_NOUNS) and _DESCRIPTOR_LEFT.search(left):
        return True  # "to the German company BioNTech", "Danish biotech Gubra"
    if left.endswith(("'s ", "’s ")) and (country := _TO_COUNTRYS.search(left)) is not None:
        # "out-licensed commercial rights to Cejemly ... in 23 European countries — ... — to
        # Italy's Istituto Gentili": a country's firm handed rights, however long the aside
        at = c.start - len(left) + country.start()
        sentence = text[max(0, at - 300) : at].rpartition(". ")[2]
        if is_place(country.group(1)) and _HANDED_RIGHTS_LEFT.search(sentence):
            return True
    if spaced and _PARTICIPLE_DEAL_RIGHT.match(right) and _sentence_start(left):
        return not _person_like(c.name, right)
    if _SUBJECT_RIGHT.match(right) and not _after_title(left):
        return not _person_like(c.name, right)
    return False


#: "... to Italy's ": a country's possessive after "to", before a candidate.
_TO_COUNTRYS = re.compile(r"\bto\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s\Z")
#: Before it in the sentence: rights handed over ("out-licensed ... rights", "sold ...").
_HANDED_RIGHTS_LEFT = re.compile(
    r"\b(?:(?:out-)?licen[cs](?:ed|es|ing)|sold|sells|transferred|granted|grants)\b", re.I
)
#: A deal sheet's label of a party's role, opening its line: what follows it is a company.
#: (Not "Target:", which as often names a drug's target as a company bought.)
_ROLE_LABEL_LEFT = re.compile(
    r"(?:^|\n)[ \t]*(?:[•·▪◦*–-][ \t]*)?(?:buyer|seller|acquirer|purchaser|licensor|licensee|"
    r"counterparty)[ \t]*:[ \t]*\Z",
    re.I,
)
#: "Schrödinger x Novartis" opening a line or a sentence: a pair of partners, each a company.
_PAIR_OPENS_RIGHT = re.compile(
    r" x [A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}(?:[.:!]|[ \t]*(?:\n|\Z)|\s+[-–—])"
)
_PAIR_CLOSES_LEFT = re.compile(r"(?:^|\n|[.:!—–-] )[ \t]*[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3} x \Z")
#: Words a writer stresses in capitals ("did NOT", "ONLY the upfront"): no company's name.
_EMPHASIS = frozenset(["not", "no", "never", "only", "all", "must", "very", "really", "still"])
_LEGAL_FORM_LEFT = re.compile(
    r"\b(?:KGaA|AG|GmbH|Inc\.|Ltd\.|plc|S\.A\.|SE|N\.V\.|Co\.|Limited|Corporation),\s$"
)


#: A stock index ("X Index") or an outlet ("X news,"), in one match: both need the spaces
#: after the name, and each branch opens with a letter (`\s+` reads the same spaces for both).
_INDEX_OR_NEWS_RIGHT = re.compile(r"\s+(?:[Ii]ndex\b|news\s*[,:|])")
_TARGET_USE_RIGHT = re.compile(
    r"[\s-]+(?:inhibitors?|antibod(?:y|ies)|agonists?|antagonists?|degraders?|ADCs?|"
    r"bispecifics?|targeted|directed|programs?|"
    # "buy KRAS specialist Mirati", "Canadian CD47 player Trillium": what a company works on
    r"specialists?|players?|focused)\b"
)


def _of_a_country(name: str) -> bool:
    """ "Chinese-origin", "Korea-founded": a country or its adjective joined to a word in lower
    case (a company's own hyphenated name is capitalised after the hyphen: "Bio-Thera")."""
    head, hyphen, tail = name.partition("-")
    return (
        bool(hyphen) and " " not in name and tail.islower() and (is_demonym(head) or is_place(head))
    )


def _seat_city(text: str, c: _Candidate) -> bool:
    """ "Merck KGaA, Darmstadt, on December 4 licensed": one word between a legal form and a
    comma is the company's seat, not a company."""
    return (
        " " not in c.name
        and text.startswith(",", c.end)
        and _LEGAL_FORM_LEFT.search(text, max(0, c.start - 20), c.start) is not None
    )


#: ("based in" and the like, written word first: see `word_pattern`)
_PLACE_LEFT = word_pattern(r"based|headquartered|located|founded", r"\s+in\s+$")


def _may_follow_place(left: str) -> bool:
    """Whether `_PLACE_LEFT` can match the text before a candidate: its matches end with "in"
    and whitespace at the end of `left`, which a test of the last characters rejects far
    faster than the scan of 140 characters (few candidates follow "in")."""
    return left[-1:].isspace() and left.rstrip().endswith("in")


#: "X continued its run of RNA deals, signing a collaboration with Y": the subject of a
#: participle that signs a deal is a company.
_PARTICIPLE_DEAL_RIGHT = re.compile(
    r"\s+[a-z][^.;,]{0,70},\s*(?:signing|inking|striking|entering into)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:deal|agreement|collaboration|partnership|licen[cs]e|alliance)\b"
)
_DESCRIPTOR_NOUNS = tuple(
    f"{w} "
    for w in (
        "company",
        "biotech",
        "drugmaker",
        "pharma",
        "biopharma",
        "firm",
        "startup",
        "start-up",
        "developer",
    )
)
_DESCRIPTOR_LEFT = re.compile(
    # "the obesity new drug company Metsera": up to three lower-case words of description
    # ("granted US start-up Visara rights": a country's letters)
    r"\b(?:[Tt]he|[Aa]n?|[A-Z][a-z]+(?:-[A-Za-z]+)?|U\.S\.|US|UK)\s+"
    r"(?:[A-Z][a-z]+\s+|(?:[a-z][\w-]*\s+){1,3})?"
    r"(?:company|biotech|"
    r"drugmaker|pharma|pharmaceutical company|biopharma|firm|startup|start-up|developer)\s+$"
)
_NUMBER_RIGHT = re.compile(r" \d{3,6}\b")


#: How the words that let `_OBJECT_LEFT` match end ("agreement with", "licensed ... to",
#: "acquire", "acquisition of", "deal for", "pays", "grants", "authorised"): the pattern
#: ends on one of them, then at most an article and three more words (`_DESC`).
_OBJECT_WORD_ENDINGS = (
    *("with", "from", "to", "by", "of", "for", "pay", "pays", "paying", "paid", "grant"),
    "grants",
    *("give", "gives", "authorised", "authorized", "buy", "buys", "buying", "bought"),
    *("acquire", "acquires", "acquired", "acquiring", "purchase", "purchases", "purchased"),
    "purchasing",
)


def _may_be_object(low_left: str) -> bool:
    """Whether `_OBJECT_LEFT` can match the folded text before a candidate.

    Why: the pattern is tried at each of the 140 characters before every candidate, and
    most candidates do not follow an object cue. A match ends with a cue word (one of
    `_OBJECT_WORD_ENDINGS`, which ends its whitespace-separated chunk), then at most an
    article and three words, each a chunk of its own; or with "biotech", a dash or colon
    (perhaps a chunk of its own) and those words. So the cue is among the last six chunks,
    and the chunks after it are words (`_DESC`: not "and", "in", "on" or "rights", nothing
    but word characters, full stops, apostrophes and hyphens; or a city and its comma before
    a seat) or that dash.
    """
    # (`rsplit(None, 6)` splits off the last six chunks only: the same chunks as
    # `split()[-6:]`, without splitting the rest of the 140 characters)
    for chunk in reversed(low_left.rsplit(None, 6)[-6:]):
        if chunk.endswith(_OBJECT_WORD_ENDINGS) or "biotech" in chunk:
            return True
        # (a chunk of letters and digits alone is a word of `_DESCRIPTIVE_OR_DASH`: `\w` is
        # what `str.isalnum` holds, and the underscore)
        if chunk in _NOT_DESCRIPTIVE or not (
            chunk.isalnum() or _DESCRIPTIVE_OR_DASH.fullmatch(chunk)
        ):
            return False  # no cue before it can reach the candidate
    return False


#: Words `_DESC` refuses that are no cue either (the other words it refuses are cues).
_NOT_DESCRIPTIVE = frozenset(["and", "in", "on", "rights"])
#: A chunk that can stand between a cue and the candidate: a word or the dash after "biotech".
_DESCRIPTIVE_OR_DASH = re.compile(r"[\w.'’-]+,?|.*[-–—:].*")


#: The verbs `_GRANTEE_LEFT` ends with (before the trailing whitespace).
_GRANT_VERBS = (
    *("grant", "grants", "granted", "granting", "gave", "give", "gives", "given", "giving"),
    *("award", "awards", "awarded"),
    # ("handed Sandoz exclusive commercialization rights to HLX13")
    *("hand", "hands", "handed", "handing"),
)


def _may_be_grantee(left: str) -> bool:
    """Whether `_GRANTEE_LEFT` can match: it needs `left` to end in whitespace right after
    one of `_GRANT_VERBS` (a cheap test that spares scanning 140 characters)."""
    stripped = left.rstrip()
    return len(stripped) < len(left) and stripped.endswith(_GRANT_VERBS)


#: (built from `_GRANT_VERBS`, which `_may_be_grantee` tests first: one list of the verbs)
_GRANTEE_LEFT = re.compile(r"\b(?:" + "|".join(_GRANT_VERBS) + r")\s+$")
_GRANTED_RIGHT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:licen[cs]es?|rights|options?|sublicen[cs]es?)\b"
)
_QUANTIFIER_LEFT = re.compile(r"\b(?:two|three|four|five|several|its|the|of|to)\s+$")
_COORDINATED_LEFT = re.compile(r"\b[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}\s+and\s+$")
_JOINT_VERB_RIGHT = re.compile(r"\s+(?:said they|have|announced|agreed|signed|entered|jointly)\b")

#: The endings of international nonproprietary drug names ("-mab", "-tinib") that
#: `_looks_like_drug` reads.
_INN_STEM_ENDINGS = (
    *("mab", "nib", "tinib", "tide", "tecan", "cept", "stat", "ciclib", "parib", "lisib"),
    *("rafenib", "zomib", "vir", "limus", "platin", "taxel", "sertib", "degib", "glutide"),
    *("tug", "cel", "gene", "leucel", "siran", "rsen", "tinib"),
)
_INN_STEM = re.compile(rf"(?:{'|'.join(_INN_STEM_ENDINGS)})$", re.I)


def _has_inn_stem(word: str) -> bool:
    """`_INN_STEM.search(word)` for a word without whitespace (`str.split` gives no line
    break for `$` to see past). Why not the pattern: it has no literal to skip to, so the
    engine tries its 26 branches at every character; an ASCII word ends with a stem in any
    case exactly when its lower case does. Other words are left to the pattern, whose
    case-blind matching knows more letters than `str.lower` does."""
    if word.isascii():
        return word.lower().endswith(_INN_STEM_ENDINGS)
    return _INN_STEM.search(word) is not None


@lru_cache(maxsize=4096)
def _looks_like_code_or_drug(name: str) -> bool:
    """A development code or a drug's name, not a company's (cached: names recur)."""
    return bool(_CODE_LIKE.search(name)) or _looks_like_drug(name)


@lru_cache(maxsize=4096)
def _looks_like_drug(name: str) -> bool:
    # a "-gene" name is a drug only when long ("nadofaragene"): "Adagene" names a company
    return any(
        _has_inn_stem(w) and len(w) > (9 if w.endswith("gene") else 6) and w[1:].islower()
        for w in name.split()
    )


def _sentence_start(left: str) -> bool:
    """Whether a name opens its sentence (nothing or a full stop before it)."""
    before = left.rstrip(" ")
    return not before.strip() or before.endswith((".", "\n", "!", "?"))


def _after_title(left: str) -> bool:
    words = left.rsplit(None, 3)[-3:]  # (`split()[-3:]`, splitting off the last three only)
    return any(w.lower().strip(",.") in PERSON_TITLES for w in words)


def _person_like(name: str, right: str) -> bool:
    return bool(_PERSON_RIGHT.match(right))


_PERSON_RIGHT = re.compile(r"\s*,\s*(?:the\s+)?(?:CEO|chief|president|founder|co-founder)", re.I)


_COORD = re.compile(
    r"\s*(?:\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+together with\s+)"
)


#: What follows a list of companies that is a subject or an object ("A and B have", "A, B.")
_LISTED_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:(?:have|has|said|will|had|jointly|"
    r"each|both|also)\b|[,.;])"
)


#: A digest's line for one deal: "• Licensor (ticker) / Licensee — terms", "A → B:".
_PAIR_LINE_START = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:[•·▪◦*–-]|\(?\d{1,2}[.)])[ \t]*)?(?:[^\n()]{1,60}\()?\Z"
)
_PAIR_JOIN = re.compile(r"\)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:/|→|->)\s*")
_PAIR_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|-|:)\s")
_ARROW_LINE_END = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*(?:\n|\Z)")


def _mark_pair_lines(text: str, cands: list[_Candidate], is_org: list[bool]) -> None:
    """Both names of a digest's deal line are companies ("• Novatim Immune Therapeutics /
    Erigen — KQ-2003 ..."): the notation says so even when the words around them do not."""
    for k in range(len(cands) - 1):
        a, b = cands[k], cands[k + 1]
        if (
            _PAIR_JOIN.fullmatch(text, a.end, b.start)
            and (
                _PAIR_END.match(text, b.end)
                # ("4. Flagship Pioneering → GSK (early July)": an arrow may end its line)
                or ("→" in text[a.end : b.start] and _ARROW_LINE_END.match(text, b.end))
            )
            and _PAIR_LINE_START.search(text, max(0, a.start - 80), a.start)
        ):
            is_org[k] = is_org[k + 1] = True


def _propagate_coordination(text: str, cands: list[_Candidate], is_org: list[bool]) -> None:
    """`A, B and C` where one is a company and the list is a subject or object: all are."""
    for _ in range(2):
        for k in range(len(cands) - 1):
            a, b = cands[k], cands[k + 1]
            if is_org[k] == is_org[k + 1]:
                continue
            between = text[a.end : b.start]
            if not _COORD.fullmatch(between) or _ADDRESS_RIGHT.match(text, b.end):
                continue
            if _OPENING_ADVERB.fullmatch(a.name):
                continue  # "Recently, X announced": an adverb and its comma, not a list
            if _seat_city(text, b):
                continue
            joining = (b if is_org[k] else a).name
            if _looks_like_code_or_drug(joining):
                continue  # "a priority for Sanofi, and BND-22 has ...": a drug joins no list
            if is_place(joining):
                continue  # "UCB, Brussels, Belgium (www.ucb.com) is ...": the company's seat
            after = text[b.end : b.end + 60]
            listed = _LISTED_AFTER.match(after)
            if listed:
                is_org[k] = is_org[k + 1] = True


def _only_possessive(text: str, name: str) -> bool:
    """Whether `name` is written only before "'s" ("Merck EyeBio's lead candidate", "brings
    BioNTech Biotheus' antibody discovery team"), never as a name of its own ("Sosei Heptares
    said")."""
    marks = ("'s", "’s", "'", "’") if name.endswith("s") else ("'s", "’s")
    return all(text.startswith(marks, m.end()) for m in re.finditer(re.escape(name), text))


def _bridges(cores: list[frozenset[str]]) -> set[int]:
    """The names made of two others written side by side ("The acquisition brings Merck
    EyeBio's lead candidate": Merck and EyeBio), which would join two companies into one."""
    out: set[int] = set()
    for i, whole in enumerate(cores):
        if len(whole) < 2:
            continue
        parts = [c for j, c in enumerate(cores) if j != i and c and c < whole]
        if len(parts) >= 2 and any(
            p | q == whole and not p & q for k, p in enumerate(parts) for q in parts[k + 1 :]
        ):
            out.add(i)
    return out


def _bare(acronym: str) -> str:
    return acronym.replace("&", "")


#: A short name of initials and a clipped last word: "HI-Bio" (Human Immunology Biosciences).
_INITIALS_THEN_WORD = re.compile(r"([A-Z]{2,4})[- ]([A-Z][a-z]{2,})")


def _cut_short(short: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a one-word name is a word of another name's core with its last one to three
    letters cut ("Kangh", "Kanghua"): a company's own short form, not another company (a cut
    of four letters or more, "Astra" of "AstraZeneca", may be a different house)."""
    if len(short) != 1:
        return False
    (word,) = short
    return len(word) >= 5 and any(0 < len(w) - len(word) <= 3 and w.startswith(word) for w in other)


def _clipped(short: str, name: str) -> bool:
    """Whether `short` is `name` shortened to its first words' initials and the start of its
    last word: "HI-Bio" for "Human Immunology Biosciences"."""
    m = _INITIALS_THEN_WORD.fullmatch(short)
    if m is None:
        return False
    words = [w for w in name.split() if w.lower().strip(".,") not in LEGAL_FORMS]
    head, tail = m.groups()
    return (
        len(words) == len(head) + 1
        and "".join(w[0] for w in words[:-1]) == head
        and words[-1].startswith(tail)
    )


#: A camel-cased word's humps: "Gen", "Sci" of "GenSci".
_HUMP = re.compile(r"[A-Z][a-z]+")


def _humps_clipped(short: str, name: str) -> bool:
    """Whether a one-word camel-cased `short` clips each hump of a camel-cased word of `name`
    to its first letters: "GenSci" for "Changchun GeneScience Pharmaceutical"."""
    if " " in short or not short[:1].isupper() or short == name:
        return False
    humps = _HUMP.findall(short)
    if len(humps) < 2 or "".join(humps) != short or any(len(h) < 3 for h in humps):
        return False
    for word in name.split():
        long = _HUMP.findall(word)
        if (
            word != short
            and len(long) == len(humps)
            and "".join(long) == word
            and all(w.startswith(h) for h, w in zip(humps, long, strict=True))
        ):
            return True
    return False


#: Between a parent and its unit named right after it: " group subsidiary ", " subsidiary ",
#: " wholly-owned subsidiary ".
_PARENT_THEN_UNIT = re.compile(
    r"\s+(?:group\s+)?(?:wholly[- ]owned\s+|holding\s+)?subsidiary\s+", re.I
)
#: What comes between a parent named after "the subsidiary of" and the subsidiary's name.
_NAMED_AFTER_PARENT = re.compile(r"(?:\s*\([^()]{1,60}\))?,\s+")
#: "trade name in overseas: ", "brand name: " right before a name: the name is a drug's.
_TRADE_NAME_LEFT = re.compile(r"\b(?:trade|brand)\s+names?\b[^:()]{0,20}:\s*$", re.I)
#: A broker's tickers with their exchange codes: "BGNE US / 6160 HK", "GSK LN".
_BLOOMBERG_TICKERS = re.compile(
    r"(?P<t>[A-Z][A-Z0-9.]{1,6})\s[A-Z]{2}(?:\s*[/,]\s*[A-Z0-9][A-Z0-9.]{0,6}\s[A-Z]{2})*"
)
#: A listing in brackets, "NASDAQ: SDGR": its ticker names the company.
_LISTED_TICKER = re.compile(
    r"(?:NASDAQ|Nasdaq|NYSE(?: American)?|LSE|AIM|TSX|ASX|SIX|Euronext(?: \w+)?|HKEX|SEHK|SSE|"
    r"SZSE|TSE|KOSDAQ|KRX)\s*:\s*(?P<t>[A-Z][A-Z0-9.]{1,7})"
)


def _acronym_owners(
    names: list[str], inits: list[str], mentions: list[OrgMention]
) -> dict[int, int]:
    """Each acronym among `names` (by index) → the name whose initials it is. When it is the
    initials of several ("AZ": AstraZeneca and AbelZeta), it stands for the last of them named
    before it, else the first named after it. An acronym of no name is not listed."""
    out: dict[int, int] = {}
    acronyms = [i for i, n in enumerate(names) if n.isupper()]
    if not acronyms:
        return out
    first_at: dict[str, int] = {}
    for m in mentions:
        first_at.setdefault(m.name, m.start)
    for i in acronyms:
        acronym = _bare(names[i])
        owners = [
            j
            for j in range(len(names))
            if j != i and _several_parts(names[j]) and _initials_of(acronym, inits[j])
        ]
        if len(owners) == 1:
            out[i] = owners[0]
        elif owners:
            at = first_at[names[i]]
            before = [j for j in owners if first_at[names[j]] < at]
            if before:
                out[i] = max(before, key=lambda j: first_at[names[j]])
            else:
                out[i] = min(owners, key=lambda j: first_at[names[j]])
    return out


#: A Han name at the start of a bracket: "(宜联生物, hereinafter ...)".
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _pinyin_namesakes(inner: str, names: list[str]) -> list[int]:
    """The names (by index) whose first word is the pinyin of the Han name opening `inner`."""
    han = _HAN_NAME.match(inner)
    head = pinyin_head(han.group()) if han else None
    if head is None:
        return []
    return [j for j, n in enumerate(names) if n.split(maxsplit=1)[0].lower() == head]


def _cluster(text: str, mentions: list[OrgMention]) -> list[Entity]:
    names: list[str] = []
    for m in mentions:
        if m.name not in names:
            names.append(m.name)
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    cores = [core(n) for n in names]
    inits = [initials(n) for n in names]
    curated = [curated_company(n) for n in names]
    bridges = {i for i in _bridges(cores) if _only_possessive(text, names[i])}
    owner = _acronym_owners(names, inits, mentions)
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            a, b = cores[i], cores[j]
            if (
                (a and b and (a <= b or b <= a) and i not in bridges and j not in bridges)
                # two names the curated table gives one company ("CStone", "Keystone ...")
                or (curated[i] is not None and curated[i] == curated[j])
                # "WuXi Bio" for "WuXi Biologics": a place and an industry word each
                or (not (a or b) and _place_core(names[i]) == _place_core(names[j]) != frozenset())
                # "J&J" is the initials of "Johnson & Johnson": the ampersand is no letter
                # ("AZ" for "AstraZeneca", "GSK" for "GlaxoSmithKline": a camel-cased name's humps)
                or owner.get(i) == j
                or owner.get(j) == i
                # "Kangh" for "Chengdu Kanghua Biological Products": a name's main word cut short
                or _cut_short(a, b)
                or _cut_short(b, a)
                # "GenSci" for "Changchun GeneScience Pharmaceutical"
                or _humps_clipped(names[i], names[j])
                or _humps_clipped(names[j], names[i])
                # "HI-Bio" for "Human Immunology Biosciences"
                or (names[i][:2].isupper() and _clipped(names[i], names[j]))
                or (names[j][:2].isupper() and _clipped(names[j], names[i]))
                # "CTTQ" for "Chia Tai Tianqing": the initials of each pinyin syllable
                or (
                    names[i].isupper()
                    and len(names[i]) > 2
                    and names[i] == syllable_initials(names[j])
                )
                or (
                    names[j].isupper()
                    and len(names[j]) > 2
                    and names[j] == syllable_initials(names[i])
                )
            ):
                union(i, j)
    index = {n: i for i, n in enumerate(names)}
    # each mention by where it starts (the first in text order when two start together)
    mention_at: dict[int, OrgMention] = {}
    for m in mentions:
        mention_at.setdefault(m.start, m)
    codes: dict[int, set[str]] = {}
    parents: dict[int, list[str]] = {}
    extra: dict[int, list[str]] = {}
    former_names: set[str] = set()
    for m in mentions:
        # Each pattern below opens, after spaces, with a character of a known set: tested
        # first on what follows the mention (its first character after spaces; None when 40
        # spaces leave it unknown), most mentions go on with a verb and skip most patterns.
        window = text[m.end : m.end + 40]
        opening: str | None = window.lstrip()[:1]
        if not opening and len(window) == 40:
            opening = None
        spaced = window[:1].isspace()
        paren = (
            _PAREN_RIGHT.match(text, m.end)
            if opening is None or opening in _PAREN_OPENINGS
            else None
        )
        if paren:
            inner = _HEREINAFTER.sub("", paren.group(1)).strip().strip('"“”')
            if "\u4e00" <= inner[:1] <= "\u9fff":
                # "MediLink Therapeutics (宜联生物)", later "Yilian Bio": the Han name's pinyin
                for j in _pinyin_namesakes(inner, names):
                    union(index[m.name], j)
            if (former := _FORMERLY.match(inner)) and inner[former.end() :] in index:
                # "AbelZeta Pharma (formerly Cellular Biomedicine Group)": one company
                union(index[m.name], index[inner[former.end() :]])
                former_names.add(inner[former.end() :])
            elif _CODE_IN_PAREN.fullmatch(inner):
                codes.setdefault(index[m.name], set()).add(re.sub(r"\D", "", inner).lstrip("0"))
            elif (tickers := _BLOOMBERG_TICKERS.fullmatch(inner)) and tickers["t"] in index:
                # "BeiGene Ltd. (BGNE US / 6160 HK)", a broker's tickers: the first is a name
                union(index[m.name], index[tickers["t"]])
            elif (listed := _LISTED_TICKER.fullmatch(inner)) and listed["t"] in index:
                # "Schrödinger (NASDAQ: SDGR)", then "SDGR shares rose": one company
                union(index[m.name], index[listed["t"]])
            elif inner in index:
                union(index[m.name], index[inner])
            elif (
                "," in inner
                # (or a defined term: 'CSPC Pharmaceutical Group Limited (Shiyao Group, "the
                # company")')
                and all(
                    _CODE_IN_PAREN.fullmatch(p.strip()) or _QUOTED_TERM.fullmatch(p.strip())
                    for p in inner.split(",")[1:]
                )
                and (
                    (short := inner.split(",")[0].strip()) in index or _SHORT_NAME.fullmatch(short)
                )
            ):
                # "Cornerstone Pharmaceuticals (CStone, 02616.HK)": a short name, then a code
                if short in index:
                    union(index[m.name], index[short])
                elif short.lower() not in STOP_NAMES:
                    extra.setdefault(index[m.name], []).append(short)
            elif quoted := [q for q in _QUOTED.findall(paren.group(1)) if q in index]:
                # '(hereinafter referred to as "the Company" or "Mabwell")': its short name
                for q in quoted:
                    union(index[m.name], index[q])
            elif (
                _SHORT_NAME.fullmatch(inner)
                and inner.lower() not in STOP_NAMES
                and not _LEGAL_AFTER_PAREN.match(text, paren.end())
            ):
                extra.setdefault(index[m.name], []).append(inner)
        known = (
            _KNOWN_AS.match(text, m.end)
            if opening is None or opening in _KNOWN_AS_OPENINGS
            else None
        ) or (
            _OWN_SUBSIDIARY.match(text, m.end)
            if spaced and (opening is None or opening in _OWN_SUBSIDIARY_OPENINGS)
            else None
        )
        if known:
            nxt = mention_at.get(known.end())
            if nxt is not None:
                union(index[m.name], index[nxt.name])
                if _FORMER_KNOWN.search(known.group()):
                    # "HUTCHMED, then known as Chi-Med": the old name is an alias only
                    former_names.add(nxt.name)
        owned = _A_COMPANY_OF.match(text, m.end) if opening is None or opening == "," else None
        if owned:
            # "Janssen Biotech, a Johnson & Johnson company,": the owner's name as adjective
            nxt = mention_at.get(owned.end())
            if nxt is not None and _COMPANY_WORD_AFTER.match(text, nxt.end):
                parents.setdefault(index[m.name], []).append(nxt.name)
        its_sub = (
            _SAYS_ITS_SUBSIDIARY.match(text, m.end) if "its" in text[m.end : m.end + 130] else None
        )
        if its_sub:
            nxt = mention_at.get(its_sub.end())
            if nxt is not None:
                parents.setdefault(index[nxt.name], []).append(m.name)
        if (
            spaced
            and (opening is None or opening in "gsw")
            and (unit_after := _PARENT_THEN_UNIT.match(text, m.end)) is not None
        ):
            # "Zhongtian Biotech group subsidiary Heyi Biotechnology": the parent named first,
            # as a translation writes it (中天集团子公司合一)
            nxt = mention_at.get(unit_after.end())
            if nxt is not None:
                parents.setdefault(index[nxt.name], []).append(m.name)
        if text.endswith("subsidiary of ", 0, m.start) and (
            named := _NAMED_AFTER_PARENT.match(text, m.end)
        ):
            # "The wholly-owned subsidiary of X (the "Company"), SystImmune, Inc. ("SystImmune"),
            # and ... have signed": the unit named after its parent
            nxt = mention_at.get(named.end())
            if nxt is not None:
                parents.setdefault(index[nxt.name], []).append(m.name)
        sub = (
            _SUBSIDIARY.match(text, m.end)
            if opening is None or opening in _SUBSIDIARY_OPENINGS
            else None
        )
        if sub:
            at = sub.end()
            nxt = next((o for o in mentions if o.start >= at and _owner_follows(text, at, o)), None)
            if nxt is not None:
                parents.setdefault(index[m.name], []).append(nxt.name)
    by_code: dict[str, int] = {}
    for i, cs in codes.items():
        for code in cs:
            if code in by_code:
                union(by_code[code], i)
            else:
                by_code[code] = i
    # a parent named as "subsidiary of" is an alias of its subsidiary, not another party
    subsidiary_parents = {p for ps in parents.values() for p in ps}
    parent_cores = [c for p in subsidiary_parents if (c := core(p))]
    for i, ps in parents.items():
        for p in ps:
            if p in index:
                union(i, index[p])
    groups: dict[int, Entity] = {}
    order: list[int] = []
    for i, n in enumerate(names):
        root = find(i)
        if root not in groups:
            groups[root] = Entity(id=len(order))
            order.append(root)
        groups[root].names.append(n)
        groups[root].codes |= codes.get(i, set())
    for i, more in extra.items():
        target = groups[find(i)]
        target.names.extend(x for x in more if x not in target.names)
    entity_of = {n: groups[find(i)].id for i, n in enumerate(names)}
    for m in mentions:
        m.entity = entity_of[m.name]
    entities = [groups[r] for r in order]
    for e in entities:
        e.parents = [
            p
            for p in e.names
            if p in former_names
            or p in subsidiary_parents
            # "Formation Bio" when "Formation" is named as the maker of "Kenmare Bio"
            or ((c := core(p)) and any(c <= pc for pc in parent_cores))
        ]
    return entities
