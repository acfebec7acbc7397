"""Company mentions in Chinese deal news, grouped into the companies they name.

Chinese has no capitals or spaces to mark a name, so a name is found by its shape: a
multinational from the lexicon, a Latin name with a company ending or cue ("欧洲药企Almirall"),
a Han name with a company ending whose left edge is a boundary word ("关联方三生制药"), a
subject of an announcement verb ("普瑞金宣布"), or a definition ("(下称"宜联生物")"). Names
are then grouped: definitions, parenthesised Latin names, short forms ("恒瑞" for "恒瑞医药")
and subsidiaries ("子公司科伦博泰") join the company they belong to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from dealradar.extract.gazetteer import known_han_names
from dealradar.extract.zh.lexicon import (
    CITY_PREFIXES,
    FOREIGN_PLACES,
    HAN_SUFFIXES,
    LATIN_CUES,
    LATIN_SUFFIXES,
    MODALITY_WORDS,
    MULTINATIONALS,
    NAME_BOUNDARY_WORDS,
    NAME_STOP_CHARS,
    NOT_NAME_STARTS,
    NOT_NAMES,
    SUBJECT_ADVERBS,
)
from dealradar.extract.zh.text import is_han, sentence_at

#: The first capital is matched before the test of the character before it (a lookbehind over
#: two characters): a pattern opening with a character class lets the engine skip in C to the
#: next capital instead of trying every position of the text.
_LATIN_NAME = re.compile(
    # ("89bio, Inc.": a name may open with digits run into lower-case letters)
    r"(?:[A-Z](?<![A-Za-z0-9\-].)|(?<![A-Za-z0-9\-.])\d{1,3}(?=[a-z]{2}))"
    r"[A-Za-z0-9&'\-]*(?:\.(?=[ ,]))?"
    # "Glenmark Specialty S.A.": a dotted abbreviation is one word of the name
    # "Istituto Gentili S.r.l.", "Velora S.p.A.": and so is a legal form with lower-case letters
    # ("TRC 2004, Inc.": a number inside a name that a legal form closes)
    r"(?:(?:,? )(?:[A-Z]\.(?:[A-Za-z]\.)+|[A-Z][A-Za-z0-9&'\-]*\.?|&(?= [A-Z])|"
    r"\d+(?=,? (?:Inc|Ltd|LLC|Corp|Limited)\b)))*"
    r"(?: \((?:Singapore|China|Shanghai|Suzhou|Hong Kong|HK|US|USA|UK)\))?"
)
_LEGAL = re.compile(
    r",? (?:Inc|Ltd|Co|Corp|LLC|plc|Plc|PLC|AG|S\.A|S\.r\.l|S\.p\.A|B\.V|N\.V|GmbH|Limited)\.?$"
)
#: A legal form in capitals: "有偿许可给DISC MEDICINE, INC." (read inside the prose only; a
#: filing's heading gives its issuer's English name so, on a line of its own).
_CAPS_LEGAL = re.compile(r",? (?:INC|LTD|CORP|LIMITED)\.?$")
#: One or more suffixes, written `S S*` rather than `S+`: a pattern opening with an alternation
#: of words lets the regex engine skip in C to the next position holding a first character of
#: one of them, instead of trying every position of the text.
_ONE_SUFFIX = "(?:" + "|".join(HAN_SUFFIXES) + ")"
_HAN_SUFFIX = re.compile(_ONE_SUFFIX + _ONE_SUFFIX + "*")
_STOCK_CODE_AFTER = re.compile(r"\s?\((?:[A-Z]{2,6}\s?:\s?)?\d{4,6}(?:\.[A-Z]{2})?\)")
_DEAL_WORDS = re.compile(r"授予|授权|许可|引进|合作|协议|收购|出海|交易|license|权益|付款|首付")
#: A subject before its announcement verb: "普瑞金宣布", "英矽智能(Insilico Medicine)今日宣布".
_SUBJECT_VERBS = ("宣布", "公告", "披露", "发布公告", "将", "与", "就", "拟", "已于")
_SUBJECT_TAIL = (
    r"(?P<name>[\u4e00-\u9fff]{2,5}?)"
    # ("加科思-B(01167.HK)发布公告": Hong Kong's mark of a pre-revenue biotech after the name)
    + r"(?:-(?:B|U|W|SB|SW))?"
    # What may follow a name: a parenthesis, an adverb or a verb. The lookahead on their first
    # characters is implied; it ends each try of a name length after one character test.
    + "(?=["
    + re.escape("".join(sorted({"(", *(w[0] for w in SUBJECT_ADVERBS + _SUBJECT_VERBS)})))
    + "])"
    + r"(?:\([^()\n]{1,40}\))?"  # "英矽智能(Insilico Medicine)"
    + r"(?:"
    + "|".join(SUBJECT_ADVERBS)
    + r")?"
    + "(?:"
    + "|".join(_SUBJECT_VERBS)
    + ")"
)
#: The characters a subject follows: punctuation or a space, or the last character of "公司",
#: "旗下", "药企", "企业", "关联方" ("子公司" ends in "公司"). A subject's name must start right
#: after one of them, or at the start of the text.
_SUBJECT_PUNCT = r"[,.;:!?。、()\"\s—\-】]"
#: `_SUBJECT_TAIL` after the character it follows, which the match consumes. A pattern opening
#: with a character class lets the regex engine skip, in C, to the next position holding one of
#: these characters, instead of testing five lookbehinds at every position of the text (the
#: form `(?:^|(?<=…)|(?<=公司)…)NAME…` did, and it was the costliest scan of the extractor).
#: The name starts at `match.start("name")`. Consuming that character never takes one a
#: further subject needs: a subject ends with a verb (宣布 … 已于), and no verb's last character
#: is one a subject follows, so no subject starts where another ends.
_SUBJECT = re.compile(
    _SUBJECT_PUNCT[:-1] + r"司下企业方]"
    r"(?=[\u4e00-\u9fff]{2})"  # implied by the name: skips "," before a figure at once
    rf"(?:(?<={_SUBJECT_PUNCT})|(?<=公司)|(?<=旗下)|(?<=药企)|(?<=企业)|(?<=关联方))"
    + _SUBJECT_TAIL
)
#: A subject at the very start of the text, where no character precedes it.
_SUBJECT_AT_START = re.compile(_SUBJECT_TAIL)
#: ('(以下简称"Gedeon Richter"或"吉瑞医药")': a second short name may follow the first)
_DEFINITION = re.compile(
    r"[(]([^()]{0,40}?)(?:下称|以下简称|简称|以下称)\"?([^\"),]{2,30})\"?"
    r"(?:(?:或|、)\"?([^\"),或、]{2,30})\"?)?[)]"
)
#: The Han short name a text defines for a company, inside brackets closed or continued:
#: `(以下简称"百奥泰",688177.SH)`.
_SHORT_DEFINED = re.compile(r"(?:下称|以下简称|简称|以下称)\"?([\u4e00-\u9fff]{2,8})\"?[,)]")
#: A line of a filing's 释义 (glossary): '"大冢" 指 ' before the name it stands for.
_GLOSSARY = re.compile(r"(?m)^[ \t]*\"([^\"\n]{2,20})\"[ \t]*指[ \t]*")
#: `NAME(「SHORT」)` (folded to quotes): a filing's short name for a company, alone in brackets.
#: ('Organon LLC("欧加隆",为Organon & Co.之附属公司)': a description may follow the name)
_QUOTED_DEFINITION = re.compile(r"[(]\"([^\"()]{2,30})\"(?:[,;][^()\"]{1,40})?[)]")
#: `NAME("本公司",连同其附属公司统称"本集团")`: the terms a filing defines for its issuer.
_SELF_DEFINITION = re.compile(r"[(]\"(?:本公司|本集团)\"[^()]{0,40}[)]")
_SELF_TERM = re.compile(r"本公司|本集团")
#: "X(原Y,Z)", "X(前称Y)": the names a company had before.
_FORMER = re.compile(r"[(](?:原|前称|原名|曾用名)([^()\n]{2,60})[)]")
#: "(Innovent)", with the space before it if there is one: `\s?[(]…[)]`, written to open with a
#: character class so the regex engine skips in C to the next space or "(".
_PAREN_LATIN = re.compile(
    # "欧加隆(Organon,NYSE:OGN)": the Latin name may come before a listing
    # ('X Co., Ltd.("CTTQ")': the short name a release defines, in quotes)
    r"[\s(](?:(?<=[(])|(?<=\s)[(])\"?([A-Za-z][A-Za-z0-9 &.\-]{1,40})\"?(?:,[^()]{1,30})?[)]"
)
_SUBSIDIARY = re.compile(
    r"(?:控股子公司|全资子公司|子公司|附属公司|旗下(?:的)?(?:[\u4e00-\u9fff]{0,8}公司)?)$"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place `[start, end)` where the text names company number `entity`."""

    start: int
    end: int
    entity: int
    surface: str


@dataclass
class Companies:
    """The companies one text names: their mentions, names, and which look foreign."""

    mentions: list[Mention] = field(default_factory=list)
    names: dict[int, list[str]] = field(default_factory=dict)
    foreign: set[int] = field(default_factory=set)
    display: dict[str, str] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _ends: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    def display_name(self, mention: Mention) -> str:
        """The name to report for a mention: a short form reports the name it shortens."""
        return self.display.get(mention.surface, mention.surface)

    def aliases(self, entity: int, name: str) -> tuple[str, ...]:
        return tuple(n for n in self.names.get(entity, []) if n != name)

    def in_span(self, start: int, end: int) -> list[Mention]:
        """The mentions inside `[start, end)`.

        Mentions come from one regex scan, so they are in text order and do not overlap: both
        their starts and their ends are sorted, and the answer is one slice found by bisection
        (deal planning asks this for every sentence and every figure).
        """
        if len(self._starts) != len(self.mentions):  # built lazily, after `mentions` is filled
            self._starts = [m.start for m in self.mentions]
            self._ends = [m.end for m in self.mentions]
        first = bisect_left(self._starts, start)
        last = bisect_right(self._ends, end)
        return self.mentions[first:last]


class _Groups:
    """Union-find over surface names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.order: list[str] = []

    def add(self, name: str) -> None:
        if name not in self.parent:
            self.parent[name] = name
            self.order.append(name)

    def find(self, name: str) -> str:
        while self.parent[name] != name:
            self.parent[name] = self.parent[self.parent[name]]
            name = self.parent[name]
        return name

    def union(self, a: str, b: str) -> None:
        self.add(a)
        self.add(b)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def find_companies(text: str) -> Companies:
    """Every company mention in folded `text`, grouped by company."""
    groups = _Groups()
    foreign: set[str] = set()
    display: dict[str, str] = {}
    for group, first in _multinationals_in(text):
        for name in group:
            groups.union(first, name)
            foreign.add(name)
    for name in _latin_names(text):
        groups.add(name)
        foreign.add(name)
    for name in _han_suffix_names(text):
        groups.add(name)
    for name in _bracketed_legal_names(text):
        groups.add(name)
    for name in _named_partners(text):
        groups.add(name)
    for name in _subject_names(text, groups):
        groups.add(name)
    _link_definitions(text, groups, foreign, display)
    _link_short_forms(text, groups, display)
    for name in known_han_names():
        # "与国内创新药龙头百济神州达成合作": a name every reader knows, unless a name found
        # already holds it or is part of it ("礼来" of "礼来公司", "康诺亚生物医药")
        if name in text and not any(name in n or n in name for n in groups.order):
            groups.add(name)
    mentions = _scan(text, groups)
    _link_subsidiaries(text, mentions, groups)  # joins groups, adds no name: mentions stay
    return _build(mentions, groups, foreign, display)


#: Every name of `MULTINATIONALS` in lexicon order, with its group's index and whether it is
#: written in Han characters (then `_occurs` is a plain substring test).
_MULTINATIONAL_NAMES: tuple[tuple[int, str, bool], ...] = tuple(
    (g, name, is_han(name[0])) for g, group in enumerate(MULTINATIONALS) for name in group
)


_Trie = dict[str, "_Trie"]  # a character to the words going on with it; "" ends a word


def _trie(words: list[str]) -> str:
    """One regex for `words` as a trie: at each position it follows only the branch of the
    character there, and its greedy optional tails report the longest word starting there."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_NAMES = sorted({name for _g, name, _han in _MULTINATIONAL_NAMES})
_ANY_MULTINATIONAL = re.compile(_trie(_NAMES))
#: The lexicon names each name starts with (itself included).
_NAME_PREFIXES = {name: [n for n in _NAMES if name.startswith(n)] for name in _NAMES}


def _inside(name: str) -> tuple[list[str], list[tuple[int, str]]]:
    """The lexicon names that start inside `name` (after its first character): those it holds
    whole, and those that run on past its end with where they start (the text decides)."""
    whole: list[str] = []
    running_on: list[tuple[int, str]] = []
    for at in range(1, len(name)):
        for other in _NAMES:
            if name.startswith(other, at):
                whole.extend(_NAME_PREFIXES[other])
            elif other.startswith(name[at:]):
                running_on.append((at, other))
    return whole, running_on


_NAMES_INSIDE = {name: _inside(name) for name in _NAMES}


def _substrings(text: str) -> set[str]:
    """The lexicon names that occur in `text` anywhere (as substrings).

    One scan reports, at each place it stops, the longest name starting there; the names that
    start there are its prefixes. A name can also start inside a reported one ("美国默沙东"
    holds "默沙东"): every occurrence of a name is at the start of a report or inside one, and
    the names inside a report are known from the report (`_NAMES_INSIDE`) but for those that
    run on past its end, which the text is asked about.
    """
    found: set[str] = set()
    for match in _ANY_MULTINATIONAL.finditer(text):
        name = match.group()
        found.update(_NAME_PREFIXES[name])
        whole, running_on = _NAMES_INSIDE[name]
        found.update(whole)
        for at, other in running_on:
            if text.startswith(other, match.start() + at):
                found.add(other)
    return found


def _multinationals_in(text: str) -> list[tuple[tuple[str, ...], str]]:
    """The multinationals `text` names, in lexicon order, each with its first name that occurs.

    A name `_occurs` only if it is a substring of the text, which `_substrings` finds for all
    the lexicon's names in one scan instead of a search of the text per name.
    """
    present = _substrings(text)
    first: dict[int, str] = {}
    for g, name, han in _MULTINATIONAL_NAMES:
        if g not in first and name in present and (han or _occurs(text, name)):
            first[g] = name
    return [(MULTINATIONALS[g], name) for g, name in first.items()]


def _occurs(text: str, name: str) -> bool:
    if name not in text:  # cheap, and decides for most names of the lexicon
        return False
    if is_han(name[0]):
        return True
    i = text.find(name)
    while i >= 0:
        if _latin_word_at(text, i, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


def _latin_names(text: str) -> list[str]:
    out: list[str] = []
    for match in _LATIN_NAME.finditer(text):
        name = match.group().rstrip(",")
        legal = _LEGAL.search(name)  # anchored at the end: removing it is cutting there
        if legal is None and match.start() > 0 and is_han(text[match.start() - 1]):
            legal = _CAPS_LEGAL.search(name)
        words = (name[: legal.start()] if legal else name).split()
        if len(words) == 1 and not legal and words[0] in LATIN_SUFFIXES:
            continue  # "授权给美国Biotech": a kind of company, not one
        after = match.end()
        following = text[after + 2 : after + 3]
        if text.startswith("公司", after) and following.isascii() and following.isalpha():
            continue  # "收购体内CAR-T公司Interius": a kind of company before the name
        suffixed = len(words) > 1 and words[-1] in LATIN_SUFFIXES
        if not (suffixed or legal):  # then only a cue word before or after makes it a company
            start = match.start()
            # "美国的Exelixis": a cue may stand before a "的"
            cue = _ends_with_any(text, start, _CUES_BY_LAST) or (
                start > 1
                and text[start - 1] == "的"
                and _ends_with_any(text, start - 1, _CUES_BY_LAST)
            )
            slot = text.endswith(_LATIN_SLOT_BEFORE, 0, start) and bool(
                _LATIN_SLOT_AFTER.match(text, match.end())
            )
            if not (cue or slot or text[match.end() : match.end() + 2] == "公司"):
                continue
        short_caps = suffixed and words[0].isalpha()  # "LIB Therapeutics", "ADC Therapeutics"
        # "89bio, Inc.": digits then a word, with a legal form, are a name, not a code
        numbered = legal is not None and (
            _NUMBERED_WORD.fullmatch(words[0]) is not None
            or (len(words) > 1 and words[-1].isdigit())  # "TRC 2004, Inc."
            # "许可给DISC MEDICINE, INC.": a legal name in capitals, two words and more
            or (len(words) > 1 and all(w.isalpha() and w.isupper() for w in words))
        )
        if short_caps or numbered or not _code_like(words[0]):
            out.append(name)
    return out


_DIGIT = re.compile(r"\d")
_NUMBERED_WORD = re.compile(r"\d{1,3}[a-z]{2,}")


def _code_like(word: str) -> bool:
    """Drug codes and targets ("HRS-9821", "PD-1", "ADC") are not company names."""
    return (
        _DIGIT.search(word) is not None
        or (word.isupper() and len(word) <= 4)
        or word in ("NewCo", "License", "BD")
    )


#: "授予日本化药(Nippon Kayaku)", "与北辰制剂(Polaris Pharma)达成": in a party's slot, a short
#: Han name glossed by a capitalised Latin one is a company, whatever its ending ("株式会社", a
#: Japanese company's ending, may follow the short name).
_NAMED_PARTNER = re.compile(
    r"(?P<verb>授予|授权给|许可给|转让给|出售给|与|和)(?P<name>[\u4e00-\u9fff]{2,6}(?:株式会社)?)"
    r"\((?P<latin>[A-Z][a-z]+(?: [A-Z][A-Za-z]+){0,3})\)"
)
_STATUS = re.compile(r"资格|认定|地位|称号|资质|批准|奖")
#: After "与"/"和" the partner is a party only when the deal verb follows.
_PAIR_VERB = re.compile(r"[^。;\n]{0,20}?(?:达成|签署|签订|订立)")
#: "由Ewopharma获得", "与Ewopharma订立协议": a bare Latin word between these is a company.
_LATIN_SLOT_BEFORE = ("与", "由", "授予", "授权给", "许可给", "转让给")
_LATIN_SLOT_AFTER = re.compile(r"(?:订立|签署|签订|达成|获得|支付)")


#: "2020年加科思(Jacobio)与艾伯维(AbbVie)的…合作": a glossed name opening a pair that goes on
#: to a deal word is the first party.
_GLOSSED_FIRST = re.compile(
    r"\((?:[A-Z][a-z]+(?: [A-Z][A-Za-z]+){0,3})\)(?:与|和)"
    r"(?=[^。;\n]{0,30}?(?:达成|签署|签订|订立|合作|协议))"
)


def _glossed_first(text: str, paren: int) -> str | None:
    """The Han name of 2 to 6 characters right before `paren`, if a boundary (a character
    that is not Han, or one no name holds) stands before it."""
    start = paren
    while start > paren - 6 and start > 0 and is_han(text[start - 1]):
        if text[start - 1] in NAME_STOP_CHARS:
            break
        start -= 1
    if paren - start < 2:
        return None
    if start > 0 and is_han(text[start - 1]) and text[start - 1] not in NAME_STOP_CHARS:
        return None  # the run of Han characters goes on: the name's start is unknown
    return text[start:paren]


def _named_partners(text: str) -> list[str]:
    out: list[str] = []
    if "(" not in text:
        return out
    for match in _GLOSSED_FIRST.finditer(text):
        name = _glossed_first(text, match.start())
        if name and not (
            name in NOT_NAMES or name.startswith(NOT_NAME_STARTS) or _describes_drug(name)
        ):
            out.append(name)
    for match in _NAMED_PARTNER.finditer(text):
        name = match["name"]
        if match["verb"] in ("与", "和") and not _PAIR_VERB.match(text, match.end()):
            continue
        if name in NOT_NAMES or name.startswith(NOT_NAME_STARTS) or _describes_drug(name):
            continue
        if _STATUS.search(name):  # "授予快速通道资格(Fast Track)": a regulator's status
            continue
        out.append(name)
    return out


_LEGAL_TAIL = re.compile(
    r"(?:科技|生物|医药|制药|药业|技术|发展)*(?:集团)?(?:股份有限公司|有限责任公司|有限公司)"
)
#: A Latin gloss right after a Han name, with its listing: "(Lotus Pharmaceutical,1795.TW)".
_GLOSS = re.compile(r"\([A-Z][A-Za-z&.\- ]{2,40}(?:,[^()]{1,20})?\)")
#: Cities whose second character is a stop character elsewhere ("成都": 都 is "all").
_CITY_HEADS = tuple(c for c in CITY_PREFIXES if len(c) == 2 and c[1] in NAME_STOP_CHARS)


def _han_suffix_names(text: str) -> list[str]:
    out: list[str] = []
    for match in _HAN_SUFFIX.finditer(text):
        s = match.start()
        following = text[match.end() : match.end() + 2]  # may be short at the end of the text
        # "匈牙利制药企业X", "日本医药企业": a kind of company before its name, not a name
        # ("创新医疗器械": medical devices)
        if following in ("制剂", "大分", "企业") or following[:1] in ("学", "药", "类", "器"):
            continue
        if s < 1 or not is_han(text[s - 1]) or text[s - 1] in NAME_STOP_CHARS:
            continue
        after = match.end() + 2
        if (
            text.startswith("公司", match.end())
            and text[after : after + 1].isascii()
            and (text[after : after + 1].isalpha())
        ):
            continue  # "美国波士顿生物技术公司Cadent": a description of the Latin name after it
        # ("药企美时化学制药(Lotus Pharmaceutical,1795.TW)": a name its Latin name glosses may
        # hold characters that elsewhere end one)
        glossed = text.startswith("(", match.end()) and _GLOSS.match(text, match.end())
        # The prefix `text[s - k : s]` grows by one character per step, so only the new
        # character needs the Han and stop-character tests.
        for k in range(2, 7):
            if s - k < 0 or not is_han(text[s - k]):
                break
            if (
                text[s - k] in NAME_STOP_CHARS
                and not text.startswith(_CITY_HEADS, s - k - 1)
                and match.group() != "株式会社"
                and not glossed
            ):
                break  # (not the 都 of "成都康诺亚…", nor "日本化药株式会社": a Japanese name)
            prefix = text[s - k : s]
            if _boundary_before(text, s - k):
                name = prefix + match.group()
                if (
                    (prefix not in NOT_NAMES or _STOCK_CODE_AFTER.match(text, match.end()))
                    and not prefix.startswith(NOT_NAME_STARTS)
                    # ("日本化药株式会社": a Japanese company's ending makes any prefix a name)
                    and (match.group() == "株式会社" or not _describes_drug(prefix))
                ):
                    # "成都康诺亚生物医药科技股份有限公司": the name runs on through its legal form
                    more = _LEGAL_TAIL.match(text, match.end())
                    if more is not None:
                        name += more.group()
                    out.append(name)  # "中国生物制药(01177.HK)": a listed name is a name
                break
    return out


#: "(南京)科技股份有限公司", "(集团)股份有限公司": a legal name's bracketed place or group,
#: then its legal form.
_BRACKETED_LEGAL = re.compile(r"\([\u4e00-\u9fff]{2,3}\)" + _LEGAL_TAIL.pattern)


def _bracketed_legal_names(text: str) -> list[str]:
    """ "药捷安康(南京)科技股份有限公司", "上海复星医药(集团)股份有限公司": a full legal name with a
    bracket inside, which the suffix scan (Han characters only) stops at."""
    out: list[str] = []
    if "有限" not in text:
        return out
    for match in _BRACKETED_LEGAL.finditer(text):
        s = match.start()
        for k in range(2, 9):
            if s - k < 0 or not is_han(text[s - k]):
                break
            if _boundary_before(text, s - k):
                prefix = text[s - k : s]
                if s - k > 0 and _known_han_start(text[s - k - 1 : s]):
                    prefix = text[s - k - 1 : s]  # "和黄医药(中国)": 和 opens a known name
                if not prefix.startswith(NOT_NAME_STARTS) and prefix not in NOT_NAMES:
                    out.append(prefix + match.group())
                break
    return out


def _known_han_start(prefix: str) -> bool:
    """Whether a curated company's Han name starts with `prefix` (`known_han_names`)."""
    return any(name.startswith(prefix) for name in known_han_names())


#: Any of `MODALITY_WORDS`: one regex search tests them all in C.
_MODALITY = re.compile("|".join(re.escape(word) for word in MODALITY_WORDS))


def _describes_drug(span: str) -> bool:
    """ "小核酸药物", "双抗项目": a drug or modality description, not a company name."""
    return _MODALITY.search(span) is not None


def _by_last_character(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word in words:
        out.setdefault(word[-1], []).append(word)
    return {last: tuple(ws) for last, ws in out.items()}


_BOUNDARY_BY_LAST = _by_last_character(NAME_BOUNDARY_WORDS)
_CUES_BY_LAST = _by_last_character(LATIN_CUES)


def _ends_with_any(text: str, end: int, by_last: dict[str, tuple[str, ...]]) -> bool:
    """`text.endswith(words, 0, end)` for the words `by_last` lists by their last character:
    only the words ending in `text[end - 1]` can match, so only they are compared."""
    return end > 0 and text.endswith(by_last.get(text[end - 1], ()), 0, end)


def _boundary_before(text: str, i: int) -> bool:
    if i == 0 or not is_han(text[i - 1]):
        return True
    return _ends_with_any(text, i, _BOUNDARY_BY_LAST)


def _subject_names(text: str, groups: _Groups) -> list[str]:
    # (with the short names the text defines: "百奥泰扩大与Intas合作" over "百奥泰生物制药股份有限
    # 公司(以下简称"百奥泰")" is 百奥泰 and a verb, not a company "百奥泰扩大")
    defined = (m.group(1) for m in _SHORT_DEFINED.finditer(text)) if "称" in text else ()
    known = tuple(
        dict.fromkeys(
            [
                *(n for n in groups.order if is_han(n[0])),
                *defined,
            ]
        )
    )
    # Every prefix of a known name (of a subject's length, 2 to 5): `k.startswith(name)` for
    # some known `k` is one set look-up instead of a test per known name per subject.
    known_prefixes = {k[:n] for k in known for n in range(2, 6)}
    out: list[str] = []
    deal_sentence: dict[tuple[int, int], bool] = {}  # several subjects share a sentence
    for match in _subjects(text):
        name = match["name"]
        sentence = sentence_at(text, match.start("name"), match.end())
        if sentence not in deal_sentence:
            deal_sentence[sentence] = _DEAL_WORDS.search(text, *sentence) is not None
        if not deal_sentence[sentence]:
            continue
        core = name.removesuffix("智能")  # "英矽智能": 能 ends a verb phrase, not this name
        if (
            name in NOT_NAMES
            or name in SUBJECT_ADVERBS  # "Sanofi 今天宣布": the adverb after a Latin name
            or any(c in NAME_STOP_CHARS for c in core)
            or _describes_drug(name)
        ):
            continue
        if name.startswith(NOT_NAME_STARTS):
            continue
        if name in known_prefixes or name.startswith(known) or name.endswith(known):
            continue
        # ("扩大合作将帮助…": the deal is the subject, not a company)
        if name.endswith(("方面", "认为", "指出", "表示", "合作", "协议", "交易")):
            continue
        out.append(name)
    return out


def _subjects(text: str) -> Iterator[re.Match[str]]:
    """Every subject-and-verb hit of `text`, left to right, not overlapping."""
    pos = 0
    first = _SUBJECT_AT_START.match(text)
    if first:
        yield first
        pos = first.end()
    yield from _SUBJECT.finditer(text, pos)


def _link_definitions(
    text: str, groups: _Groups, foreign: set[str], display: dict[str, str]
) -> None:
    """`NAME(下称"SHORT")` and `NAME(LATIN)` name one company twice."""
    known = sorted(groups.order, key=len, reverse=True)
    for match in _DEFINITION.finditer(text):
        owner = _name_ending_at(text, match.start(), known)
        for alias in (match.group(2), match.group(3) or ""):
            alias = alias.strip()
            if owner and alias:
                groups.union(owner, alias)
                if alias in NOT_NAMES:
                    display[alias] = owner  # '(以下简称"公司")': reported by the full name
                if owner in foreign or not is_han(alias[0]):
                    foreign.add(alias)
    if '("' in text:
        for match in _QUOTED_DEFINITION.finditer(text):
            # an HKEX filing's "Boehringer Ingelheim International GmbH(「勃林格殷格翰」)"
            owner = _name_ending_at(text, match.start(), known)
            alias = match.group(1).strip()
            if owner and alias and alias not in NOT_NAMES:
                groups.union(owner, alias)
                if owner in foreign:
                    foreign.add(alias)
    if "指" in text:
        for match in _GLOSSARY.finditer(text):
            # a filing's 释义: '"大冢" 指 大冢制药株式会社(Otsuka ...)', '"本公司" 指 X'
            owner = next((n for n in known if text.startswith(n, match.end())), None)
            alias = match.group(1).strip()
            if owner and alias != owner:
                groups.union(owner, alias)
                if alias in NOT_NAMES or _SELF_TERM.fullmatch(alias):
                    display[alias] = owner
    for match in _SELF_DEFINITION.finditer(text):
        # a filing's defined terms: 基石药业(「本公司」,连同其附属公司统称「本集团」)
        owner = _name_ending_at(text, match.start(), known)
        if owner:
            for term in _SELF_TERM.findall(match.group()):
                groups.union(owner, term)
                display[term] = owner  # reported by the issuer's name
    for match in _FORMER.finditer(text):
        # "AbelZeta Pharma(原Cellular Biomedicine Group,西比曼生物)": former names
        owner = _name_ending_at(text, match.start(), known)
        if owner:
            for former in re.split(r"[,、]", match.group(1)):
                if former.strip() in groups.parent:
                    groups.union(owner, former.strip())
    for match in _PAREN_LATIN.finditer(text):
        alias = match.group(1).strip()
        owner = _name_ending_at(text, match.start(), known)
        if owner and not re.search(r"\d", alias) and alias.upper() != "NEWCO":
            groups.union(owner, alias)


def _name_ending_at(text: str, end: int, known: list[str]) -> str | None:
    for name in known:
        if text.endswith(name, 0, end):
            return name
    return None


#: Places a name may open with: its city ("上海X") or, for a foreign company, its country
#: ("韩国大熊制药" is 大熊制药).
_PLACE_PREFIXES = (*CITY_PREFIXES, *FOREIGN_PLACES, "美国")


def _link_short_forms(text: str, groups: _Groups, display: dict[str, str]) -> None:
    """ "恒瑞" for "恒瑞医药", "Kite" for "Kite Pharma": a shortened name used on its own."""
    unsuffixed: dict[str, str] = {}  # every pair of names is compared: strip each suffix once

    def without_suffix(name: str) -> str:
        if name not in unsuffixed:
            bracket = _BRACKETED_LEGAL.search(name)
            # ("药捷安康(南京)科技股份有限公司" → "药捷安康": the bracket opens the legal tail)
            unsuffixed[name] = _HAN_SUFFIX.sub("", name[: bracket.start()] if bracket else name)
        return unsuffixed[name]

    # The Han names by their form without suffix, in the order of `groups.order`: the names
    # whose form is a name's short form are one look-up, not a pass over every name. The
    # order grows as short forms join it (below), so names are indexed up to where it ends.
    by_core: dict[str, list[str]] = {}
    indexed = 0

    for name in list(groups.order):
        if is_han(name[0]):
            core = without_suffix(name)
            for city in _PLACE_PREFIXES:
                if core.startswith(city) and len(core) - len(city) >= 2:
                    core = core[len(city) :]
                    break
            short = core if core != name else ""
            for other in groups.order[indexed:]:
                if is_han(other[0]):
                    by_core.setdefault(without_suffix(other), []).append(other)
            indexed = len(groups.order)
            for other in by_core.get(short, ()):
                if other != name:
                    groups.union(other, name)
        else:
            short = name.split()[0] if " " in name else ""
            short = short.rstrip(",")
            core = _latin_core(name)
            if core != name and core != short and " " in core and _occurs_alone(text, core, name):
                # "Chia Tai Tianqing" for "Chia Tai Tianqing Pharmaceutical Group Co., Ltd."
                groups.union(name, core)
                display.setdefault(core, name)
        if len(short) < 2 or short in NOT_NAMES or (not is_han(short[0]) and len(short) < 3):
            continue
        if short in groups.parent:
            groups.union(name, short)
            continue
        if _occurs_alone(text, short, name):
            groups.union(name, short)
            display.setdefault(short, name)


def _latin_core(name: str) -> str:
    """A Latin name without the company words that end it ("Pharmaceutical Group Co., Ltd.")."""
    words = name.split()
    while len(words) > 1 and (
        words[-1].rstrip(",") in LATIN_SUFFIXES or words[-1].rstrip(",.").lower() in _GENERIC_END
    ):
        words.pop()
    return " ".join(words).rstrip(",")


_GENERIC_END = frozenset(["group", "co", "holdings", "international", "company", "plc"])


def _occurs_alone(text: str, short: str, full: str) -> bool:
    for match in re.finditer(re.escape(short), text):
        after = text[match.end() : match.end() + 6]
        part_of_full = full.startswith(short + after[: len(full) - len(short)])
        latin_word_goes_on = after[:1].isascii() and after[:1].isalnum()
        if not part_of_full and (is_han(short[0]) or not latin_word_goes_on):
            return True
    return False


def _scan(text: str, groups: _Groups) -> list[tuple[int, int, str]]:
    """Every mention of a known name, read left to right; where names overlap the longest wins.

    This is what one regex alternation of the names, longest first, finds with `finditer`,
    without compiling a new regex for every text: each name's occurrences come from
    `str.find`, the longest name starting at each position is kept, and a sweep drops the
    occurrences that start inside the previous mention. A Latin name must not run on into a
    longer Latin word ("Kite" is not in "Kites").
    """
    longest: dict[int, str] = {}  # start → longest name occurring there
    for name in groups.parent:
        latin = not is_han(name[0])
        i = text.find(name)
        while i >= 0:
            whole_word = not latin or _latin_word_at(text, i, i + len(name))
            if whole_word and len(name) > len(longest.get(i, "")):
                longest[i] = name
            i = text.find(name, i + 1)
    found: list[tuple[int, int, str]] = []  # (start, end, name): `_build` makes the Mentions
    end = 0
    for start in sorted(longest):
        if start >= end:
            name = longest[start]
            end = start + len(name)
            found.append((start, end, name))
    return found


_LATIN_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _latin_word_at(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` has no ASCII letter or digit right before or after it."""
    return (start == 0 or text[start - 1] not in _LATIN_ALNUM) and (
        end == len(text) or text[end] not in _LATIN_ALNUM
    )


#: Between two listed subsidiaries: "、", perhaps after the rest of the first one's legal name.
#: Words between a company and a later "子公司Z" that put Z on the other side of a deal.
_OTHER_SIDE = re.compile(r"与|和|同|向|从|授予|授权|许可")
_LISTED_AFTER_SUBSIDIARY = re.compile(r"[^,。;、]{0,20}、")


def _link_subsidiaries(text: str, mentions: list[tuple[int, int, str]], groups: _Groups) -> None:
    """ "子公司X", "Y旗下X": X acts for its parent, so they count as one party."""
    linked: set[int] = set()
    for i, (start, _end, surface) in enumerate(mentions):
        before = text[max(0, start - 16) : start]
        listed = i - 1 in linked and _LISTED_AFTER_SUBSIDIARY.fullmatch(
            text, mentions[i - 1][1], start
        )
        if not _SUBSIDIARY.search(before) and not listed:
            continue  # (not "其附属公司X、Y": Y, listed after a subsidiary, is one too)
        linked.add(i)
        seg_start = sentence_at(text, start)[0]
        opened = text.rfind("(", 0, seg_start)
        if opened > text.rfind(")", 0, seg_start):
            # "君实生物(688180.SH;01877.HK)全资子公司X": a stop inside brackets ends nothing
            seg_start = sentence_at(text, opened)[0]
        parents = [m for m in mentions[:i] if m[0] >= seg_start]
        if parents:
            parent = parents[-1]
            between = text[parent[1] : start]
            if "其" in before and "," in between:
                # "X宣布已与Y签署协议,由其新设立的子公司Z获得…": 其 with no company in its
                # own clause is the sentence's subject, not the company named last
                parent = parents[0]
            elif _OTHER_SIDE.search(between):
                continue  # "X与韩国HLB控股的美国子公司Z宣布": Z is X's partner, not its unit
            groups.union(parent[2], surface)


def _build(
    mentions: list[tuple[int, int, str]],
    groups: _Groups,
    foreign: set[str],
    display: dict[str, str],
) -> Companies:
    roots: dict[str, int] = {}
    out = Companies(display=display)
    for start, end, surface in mentions:
        root = groups.find(surface)
        entity = roots.setdefault(root, len(roots))
        out.mentions.append(Mention(start, end, entity, surface))
        names = out.names.setdefault(entity, [])
        if surface not in names:
            names.append(surface)
    for entity, names in out.names.items():
        lexical = any(n in foreign and is_han(n[0]) and not n.endswith("公司") for n in names)
        if lexical or all(n in foreign for n in names):
            out.foreign.add(entity)
    return out
