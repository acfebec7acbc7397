"""Who grants rights to whom: deal patterns over company mentions in Chinese text.

Each company mention is replaced by one private-use character, so a pattern such as
"licensor … 授予 … licensee" is a short regular expression over the masked text and a gap can
be told never to jump over another company. Patterns say whether they fix the direction
(`授予`, `引进`, `收购`, `向…支付`) or only pair two parties (`与…达成`, `牵手`); a pair gets its
direction from the other sentences (who receives the upfront, who gains the rights), and only
then from the rule of thumb that the multinational is the licensee.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from dealradar.extract.zh.companies import Companies, Mention
from dealradar.extract.zh.text import positions, sentence_at

_BASE = 0xE000
P = "([\ue000-\uf8ff])"
G = "[^。;!?\n\ue000-\uf8ff]"
#: The words a description of a company ends with ("美国生物技术公司", "肥胖症新药开发商").
_KIND_OF_COMPANY = "(?:公司|药企|企业|开发商|研发商|制药商|生产商|巨头|龙头)"
#: A second company joined to the one before it ("与Y及Z签署"): the two act together.
_CO_PARTY = "(?:(?:及|和|、)[\ue000-\uf8ff])?"
#: A gap within one clause ("许可给第三方,Y还将…": Y is not who the rights go to).
GC = "[^,。;!?\n\ue000-\uf8ff]"

# (name, pattern, licensor group, licensee group, directional, words): a hit contains one of
# `words`, so a text without any of them skips the pattern (most texts lack 引进, 收购, 牵手 …,
# and a gap pattern costs a walk of up to 120 characters from every company in the text).
_TWO_PARTY: tuple[tuple[str, re.Pattern[str], int, int, bool, tuple[str, ...]], ...] = tuple(
    (name, re.compile(rx), a, b, d, words)
    for name, rx, a, b, d, words in (
        (
            "paid",
            rf"{P}{G}{{0,10}}?(?:再获|获得|获|收到){P}{G}{{0,20}}?(?:付款|首付款|预付款|里程碑|款项)",
            1,
            2,
            True,
            ("付款", "里程碑", "款项"),
        ),
        (
            "in",
            rf"{P}{G}{{0,30}}?(?:从|自|向){G}{{0,6}}?{P}{G}{{0,60}}?引进",
            2,
            1,
            True,
            ("引进",),
        ),
        ("in", rf"{P}{G}{{0,20}}?引进(?:了)?{G}{{0,3}}?{P}", 2, 1, True, ("引进",)),
        (
            "in",
            rf"{P}{G}{{0,10}}?获(?:得)?{P}{G}{{0,30}}?(?:授权|许可)",
            2,
            1,
            True,
            ("授权", "许可"),
        ),
        # "X与Y达成独家许可协议,引进其…": the subject of the pair takes the rights in
        (
            "in",
            # ("Aadi Bioscience(AADI.US)宣布,已与Y": the aside after X names X again)
            # ("已与Y及Z签署许可协议,引进": Y, the first of two licensors, stands for both)
            rf"{P}(?:\([^()]{{0,60}}\))?{G}{{0,14}}?(?:与|和|同){G}{{0,6}}?{P}{_CO_PARTY}"
            rf"{G}{{0,40}}?引进",
            2,
            1,
            True,
            ("引进",),
        ),
        ("acquisition", rf"{P}被{P}{G}{{0,10}}?收购", 1, 2, True, ("收购",)),
        # ("收购英国牛津的靶向蛋白降解公司Y": a description ending in 公司 may stand before Y)
        (
            "acquisition",
            rf"{P}{G}{{0,30}}?收购(?:{G}{{0,20}}?{_KIND_OF_COMPANY}|{G}{{0,6}}?){P}",
            2,
            1,
            True,
            ("收购",),
        ),
        # "X将从Y手中收购其…权益", "X以8.5亿美元首付款从Y收购…组合": the seller named first;
        # "从中国背景的Y手中收购": a description of the seller may stand before it
        (
            "acquisition",
            rf"{P}{G}{{0,30}}?(?:从|自)(?:{G}{{0,8}}?的)?{P}(?:手中|手里|处)?{G}{{0,3}}?收购",
            2,
            1,
            True,
            ("收购",),
        ),
        # "X将在协议生效后向Y支付": a condition may stand between the payer and 向
        ("pay", rf"{P}{G}{{0,12}}?向{P}{G}{{0,30}}?支付", 2, 1, True, ("支付",)),
        # "X继…向Y授权两款项目": X licenses to Y
        (
            "out",
            rf"{P}{G}{{0,30}}?向{P}{G}{{0,4}}?(?:授权|许可|授予)",
            1,
            2,
            True,
            ("授权", "许可", "授予"),
        ),
        (
            "out",
            rf"{P}{G}{{0,120}}?(?:授予|授权给|授权予|许可给|许可予|转让给|出售给|授权)(?:了)?(?:给)?{GC}{{0,8}}?{P}",
            1,
            2,
            True,
            ("授予", "授权", "许可给", "许可予", "转让给", "出售给"),
        ),
        (
            "pair",
            # "与新成立的美国生物技术公司Y": a description ending in 公司 may stand before Y
            # "X(Y,简称"Z"或W)宣布与V达成": the aside after X names X again
            rf"{P}(?:\([^()]{{0,60}}\))?{G}{{0,14}}?(?:与|和|同)"
            rf"(?:{G}{{0,20}}?{_KIND_OF_COMPANY}|{G}{{0,6}}?){P}"
            # ("就PH020(拜耳代码BAY 3713372)达成": a company named in an aside is no party)
            rf"(?!{G}{{0,3}}各自)(?:{G}|\([^()。;\n]{{0,40}}\)){{0,80}}?"
            # ("X与Y宣布,双方将在全球范围内共同开发和共同商业化Y的…": what the two will do)
            rf"(?:签署|签订|订立|达成|签下|合作|协议|交易|双方{G}{{0,16}}?(?:共同|联合)(?:开发|商业化))",
            1,
            2,
            False,
            ("签署", "签订", "订立", "达成", "签下", "合作", "协议", "交易", "双方"),
        ),
        # "X宣布,已就双抗CM336与Y(下称"Y")签订独家许可协议": the drug named between X and 与
        (
            "pair",
            rf"{P}{G}{{0,12}}?就{G}{{1,40}}?(?:与|和|同){P}(?:{G}|\([^()。;\n]{{0,40}}\)){{0,20}}?"
            r"(?:签署|签订|订立|达成)",
            1,
            2,
            False,
            ("签署", "签订", "订立", "达成"),
        ),
        # a digest's heading: "一、康诺亚/诺诚健华 → Prolium Bioscience"
        ("out", rf"{P}{G}{{0,12}}?(?:→|->){G}{{0,3}}?{P}", 1, 2, True, ("→", "->")),
        (
            "pair",
            # ("…授予美时 伊匹木单抗生物类似药牵手山德士": a company granted rights in the clause
            # before is no subject of the next one)
            rf"(?<!授予)(?<!授权给)(?<!许可给)(?<!转让给){P}{G}{{0,30}}?(?:牵手|携手|联手|触发){P}",
            1,
            2,
            False,
            ("牵手", "携手", "联手", "触发"),
        ),
    )
)
_EACH = re.compile(rf"{P}(?:与|和|及){P}{G}{{0,3}}?各自")
#: "X与Y联合宣布,双方已与Z签署…", "X与Y联合宣布,与Z签订…": X and Y license together; X, named
#: first, stands for both, and the two are allies, never a deal between themselves.
_BOTH_WORDS = ("双方", "联合宣布", "共同宣布")
_BOTH = re.compile(
    rf"{P}(?:与|和|及){P}{G}{{0,12}}?(?:双方|(?:联合|共同)宣布,?){G}{{0,6}}?(?:与|和|同)"
    rf"(?:{G}{{0,20}}?{_KIND_OF_COMPANY}|{G}{{0,6}}?){P}{G}{{0,80}}?(?:签署|签订|订立|达成)"
)
_JOINT_ARROW = re.compile(rf"{P}\s*[/、&]\s*{P}{G}{{0,3}}?(?:→|->){G}{{0,3}}?{P}")
#: (pattern, words): as for `_TWO_PARTY`, a hit contains one of `words`.
_ONE_PARTY: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(rx), words)
    for rx, words in (
        (
            rf"{P}{G}{{0,40}}?(?:授权出海|对外授权|授权海外|海外授权|license-out|对外合作|对外许可)",
            ("授权出海", "对外授权", "授权海外", "海外授权", "license-out", "对外合作", "对外许可"),
        ),
        (rf"{P}{G}{{0,20}}?授权{G}{{0,20}}?(?:海外|境外|全球|国际)(?:权益|权利)", ("授权",)),
        (
            rf"{P}{G}{{0,60}}?(?:授权|许可|授予|转让)(?:给|予)?(?:一家|某|海外|国外|一间)",
            ("一家", "某", "海外", "国外", "一间"),
        ),
        (
            rf"{P}{G}{{0,20}}?与(?:一家|某家?|海外|国外|一间){G}{{0,30}}?(?:达成|签署|签订|订立)",
            ("达成", "签署", "签订", "订立"),
        ),
    )
)
#: "公司已于2021年将X授予Y", "我们把X的全球权利授予美国的Y": the text's own company (a filing's
#: "公司", an interviewee's "我们") grants rights to Y. The grantor is the main deal's licensor,
#: the company the text speaks for; `plan_deals` fills it in.
_SELF_GRANT = re.compile(
    rf"(?:^|(?<=[,。;:\n]))(?:本公司|公司|我们|我司|本集团){G}{{0,120}}?"
    rf"(?:授予|授权给|授权予|许可给|许可予|转让给)(?:了)?{G}{{0,8}}?{P}"
)
_SELF_WORDS = ("授予", "授权给", "授权予", "许可给", "许可予", "转让给")
#: Votes: (pattern, words), a hit containing one of `words` as in `_TWO_PARTY`.
_LICENSOR_VOTE = (
    re.compile(
        rf"{P}{G}{{0,8}}?(?:获得|收取|收到|锁定|可获|将获|获){G}{{0,30}}?"
        r"(?:首付款|预付款|付款|里程碑|提成|分成|使用费)"
    ),
    ("付款", "里程碑", "提成", "分成", "使用费"),
)
_LICENSEE_VOTE = (
    (
        re.compile(
            rf"{P}{G}{{0,8}}?(?:获得|取得|拿到|获取|有权){G}{{0,60}}?(?:权利|权益|许可|选择权)"
        ),
        ("权利", "权益", "许可", "选择权"),
    ),
    (re.compile(rf"{P}{G}{{0,6}}?(?:将|还将|同时|则)?支付"), ("支付",)),
    # "…的商业化权利,由Y获得": the passive names who gains the rights
    (re.compile(rf"由{P}{G}{{0,4}}?(?:获得|取得|获取)"), ("由",)),
)
_VETO = re.compile(r"联合开展|联合用药|联合疗法|股权转让|股份转让|回购")


@dataclass(frozen=True, slots=True)
class PartyMatch:
    """A pattern hit: who licenses to whom (either may be None), and where it was read."""

    kind: str
    licensor: Mention | None
    licensee: Mention | None
    directional: bool
    start: int
    end: int

    def entities(self) -> frozenset[int]:
        # Spelled out rather than a generator: deal planning asks this for every pair of hits.
        licensor, licensee = self.licensor, self.licensee
        if licensor is None:
            return frozenset() if licensee is None else frozenset((licensee.entity,))
        if licensee is None:
            return frozenset((licensor.entity,))
        return frozenset((licensor.entity, licensee.entity))


class Masked:
    """The text with every company mention replaced by one private-use character.

    Build it once per text (`Masked(text, companies)`) and hand it to `find_party_matches`
    and `role_votes`: both read the same masked text.
    """

    def __init__(self, text: str, companies: Companies) -> None:
        mentions, ends = _absorb_asides(text, _collapse_subsidiaries(text, companies.mentions))
        self.mentions, self._ends, starts = _cover_founders(text, mentions, ends)
        parts: list[str] = []
        self._placeholders: list[int] = []  # where each mention's character is in `self.text`
        pos = length = 0
        for i, start in enumerate(starts):
            parts.append(text[pos:start])
            length += start - pos
            self._placeholders.append(length)
            parts.append(chr(_BASE + i))
            length += 1
            pos = self._ends[i]
        parts.append(text[pos:])
        self.text = "".join(parts)
        self._runs: _Runs | None = None  # built when a pattern is first searched

    def hits(
        self, pattern: re.Pattern[str], words: tuple[str, ...], parties: int
    ) -> Iterator[re.Match[str]]:
        """Every hit of `pattern` in the masked text, left to right, as `finditer` finds them.

        A hit holds one of `words` and `parties` company placeholders; only the runs that
        hold them are searched (see `_Runs`).
        """
        if self._runs is None:
            self._runs = _Runs(self.text, self._placeholders)
        for start, end in self._runs.with_any(words, parties):
            yield from pattern.finditer(self.text, start, end)

    def mention(self, placeholder: str) -> Mention:
        return self.mentions[ord(placeholder) - _BASE]

    def offset(self, i: int) -> int:
        """The offset in the text of position `i` of the masked text."""
        k = bisect_right(self._placeholders, i) - 1  # the last placeholder at or before `i`
        if k < 0:
            return i
        mention = self.mentions[k]
        if self._placeholders[k] == i:
            return mention.start
        return self._ends[k] + (i - self._placeholders[k] - 1)

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        end_mention = self.mention(match.group()[-1]) if _is_p(match.group()[-1]) else None
        end = end_mention.end if end_mention else self.offset(match.end())
        return self.offset(match.start()), end


_PARENT_LINK = re.compile(r"(?:旗下的?|的|全资子公司|控股子公司|子公司|\s)*")


def _collapse_subsidiaries(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "吉利德旗下Kite Pharma" is one party: keep the company that acts, the subsidiary."""
    out: list[Mention] = []
    for mention in mentions:
        if out and out[-1].entity == mention.entity:
            between = text[out[-1].end : mention.start]
            if _PARENT_LINK.fullmatch(between):
                out[-1] = Mention(out[-1].start, mention.end, mention.entity, mention.surface)
                continue
        out.append(mention)
    return out


#: "Y孵化的Z", "Y为该项目专门设立的新公司Z": what stands between a founder and the company it
#: set up for the deal.
_FOUNDED = re.compile(
    r"(?:为[^,;。()\n]{0,12}?)?(?:专门|新|所|共同)?"
    r"(?:孵化|设立|成立|组建|创立|创建|创办)的(?:新公司|公司)?\s?"
)


def _cover_founders(
    text: str, mentions: list[Mention], ends: list[int]
) -> tuple[list[Mention], list[int], list[int]]:
    """ "与Aditum Bio孵化的Clavis Bio达成合作": the company set up for the deal is the party, its
    founder only describes it. One placeholder covers founder and company, and stands for the
    company. Returns the mentions kept, where each placeholder ends and where it starts."""
    out: list[Mention] = []
    out_ends: list[int] = []
    starts: list[int] = []
    cover: int | None = None
    for i, mention in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            after is not None
            and after.entity != mention.entity
            and "的" in text[ends[i] : after.start]
            and _FOUNDED.fullmatch(text, ends[i], after.start)
        ):
            cover = mention.start if cover is None else cover
            continue
        out.append(mention)
        out_ends.append(ends[i])
        starts.append(mention.start if cover is None else cover)
        cover = None
    return out, out_ends, starts


#: A parenthesis, with the space before it if there is one: `\s?\(…\)`, written to open with a
#: character class so the regex engine skips in C to the next space or "(".
_ASIDE = re.compile(r"[\s(](?:(?<=\()|(?<=\s)\()[^()\n]{1,60}\)")


def _absorb_asides(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[int]]:
    """ "海思科(以下简称"公司"或"海思科")", "荃信生物(02509.HK)": the parenthesis is part of the
    name it follows, so one placeholder covers both and a gap pattern can reach past it.

    A parenthesis that names another company is left alone. Returns the mentions kept and
    where each one's placeholder ends in the text.
    """
    asides = {m.start(): m.end() for m in _ASIDE.finditer(text)}
    out: list[Mention] = []
    ends: list[int] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        end = mention.end
        aside_end = asides.get(end)
        j = i + 1
        if aside_end is not None:
            while j < len(mentions) and mentions[j].start < aside_end:
                j += 1
            inside = mentions[i + 1 : j]
            if all(m.entity == mention.entity and m.end <= aside_end for m in inside):
                end = aside_end
            else:
                j = i + 1
        out.append(mention)
        ends.append(end)
        i = j
    return out, ends


def _is_p(ch: str) -> bool:
    return _BASE <= ord(ch) <= 0xF8FF


class _Runs:
    """The stretches of a masked text between two marks a pattern hit never crosses.

    A gap (`G`) excludes the marks `_RUN_END`, and no literal of a pattern holds one, so every
    hit of a pattern lies inside one run. A run without one of a pattern's `words`, or with
    fewer companies than the pattern names, holds no hit: searching only the other runs, in
    order, gives the hits a search of the whole text gives, without the walk of up to 120
    characters from every company of the runs that cannot match. Few runs name a company, so
    testing the words on those runs is also cheaper than finding the words in the whole text.
    """

    __slots__ = ("_found", "_named", "_present", "text")

    def __init__(self, text: str, placeholders: list[int]) -> None:
        self.text = text
        # Patterns share words ("授权", "付款") and word sets ("引进" for three patterns):
        # each is looked for once per text.
        self._present: dict[str, bool] = {}
        self._found: dict[tuple[tuple[str, ...], int], list[tuple[int, int]]] = {}
        stops = positions(text, _RUN_END)
        starts = [0, *(i + 1 for i in stops)]
        ends = [*stops, len(text)]
        parties = [0] * len(starts)
        for i in placeholders:
            parties[bisect_left(ends, i)] += 1
        #: (start, end, text, companies) of each run naming a company, in order.
        self._named = [
            (starts[k], ends[k], text[starts[k] : ends[k]], n) for k, n in enumerate(parties) if n
        ]

    def with_any(self, words: tuple[str, ...], parties: int) -> list[tuple[int, int]]:
        """The `[start, end)` of the runs holding one of `words` and `parties` companies."""
        key = (words, parties)
        if key in self._found:
            return self._found[key]
        present = [word for word in words if self._occurs(word)]  # most words are absent
        out: list[tuple[int, int]] = []
        self._found[key] = out
        if present:
            for start, end, run, named in self._named:
                if named >= parties:
                    for word in present:
                        if word in run:
                            out.append((start, end))
                            break
        return out

    def _occurs(self, word: str) -> bool:
        if word not in self._present:
            self._present[word] = word in self.text
        return self._present[word]


#: The characters a gap `G` stops at.
_RUN_END = "。;!?\n"


def _two_on_one_side(
    masked: Masked, pattern: re.Pattern[str], words: tuple[str, ...]
) -> Iterator[tuple[Mention, Mention, Mention, int, int]]:
    """The hits of a pattern naming two companies on one side (groups 1 and 2) and their
    partner (group 3), three companies in all: the three mentions and the hit's span."""
    for match in masked.hits(pattern, words, 3):
        first, second, partner = (masked.mention(match.group(g)) for g in (1, 2, 3))
        if len({first.entity, second.entity, partner.entity}) == 3:
            yield first, second, partner, *masked.span(match)


def find_party_matches(text: str, masked: Masked) -> list[PartyMatch]:
    """Every deal-pattern hit in folded `text` (masked as `masked`), in reading order."""
    out: list[PartyMatch] = []
    taken: set[tuple[int, int]] = set()
    allies: set[frozenset[int]] = set()
    # "X与Y联合宣布,…与Z签署" (X and Y license together) and a digest's heading "X/Y → Z" (two
    # licensors of one deal): the first of the two stands for both
    joint: set[frozenset[int]] = set()  # the second of a heading's two and their partner
    shared: list[tuple[re.Pattern[str], tuple[str, ...], str, bool]]
    shared = [(_JOINT_ARROW, ("→", "->"), "out", True)]
    if any(word in masked.text for word in _BOTH_WORDS):
        shared.insert(0, (_BOTH, _BOTH_WORDS, "pair", False))
    for pattern, words, kind, directional in shared:
        for first, second, partner, start, end in _two_on_one_side(masked, pattern, words):
            allies.add(frozenset((first.entity, second.entity)))
            taken.update(((first.start, partner.start), (second.start, partner.start)))
            if pattern is _JOINT_ARROW:
                joint.add(frozenset((second.entity, partner.entity)))
            out.append(PartyMatch(kind, first, partner, directional, start, end))
    for kind, pattern, a, b, directional, words in _TWO_PARTY:
        for match in masked.hits(pattern, words, 2):
            licensor, licensee = masked.mention(match.group(a)), masked.mention(match.group(b))
            key = (licensor.start, licensee.start)
            if licensor.entity == licensee.entity or key in taken or key[::-1] in taken:
                continue
            if allies and frozenset((licensor.entity, licensee.entity)) in allies:
                continue
            if joint and frozenset((licensor.entity, licensee.entity)) in joint:
                continue
            start, end = masked.span(match)
            if _VETO.search(_segment(text, start)):
                continue
            taken.add(key)
            out.append(PartyMatch(kind, licensor, licensee, directional, start, end))
    if "各自" in masked.text:
        for match in _EACH.finditer(masked.text):
            start, end = masked.span(match)
            for group in (1, 2):
                out.append(
                    PartyMatch("each", masked.mention(match.group(group)), None, True, start, end)
                )
    for match in masked.hits(_SELF_GRANT, _SELF_WORDS, 1):
        start, end = masked.span(match)
        if not _VETO.search(_segment(text, start)):
            out.append(PartyMatch("self", None, masked.mention(match.group(1)), True, start, end))
    for pattern, words in _ONE_PARTY:
        for match in masked.hits(pattern, words, 1):
            start, end = masked.span(match)
            if not _VETO.search(_segment(text, start)):
                licensor = masked.mention(match.group(1))
                out.append(PartyMatch("single", licensor, None, True, start, end))
    out.sort(key=lambda m: (m.start, m.licensee is None))
    return out


def _segment(text: str, pos: int) -> str:
    start, end = sentence_at(text, pos)
    return text[start:end]


def role_votes(masked: Masked) -> tuple[Counter[int], Counter[int]]:
    """How often each company is the one paid (licensor) or the one gaining rights (licensee)."""
    licensor: Counter[int] = Counter()
    licensee: Counter[int] = Counter()
    rules = [(licensor, _LICENSOR_VOTE), *((licensee, rule) for rule in _LICENSEE_VOTE)]
    for votes, (pattern, words) in rules:
        for match in masked.hits(pattern, words, 1):
            votes[masked.mention(match.group(1)).entity] += 1
    return licensor, licensee


def orient(
    match: PartyMatch,
    matches: list[PartyMatch],
    companies: Companies,
    votes: tuple[Counter[int], Counter[int]],
) -> PartyMatch:
    """A pair match with licensor and licensee in the right order.

    Order of evidence: a directional pattern about the same two companies, then who is paid
    and who gains rights elsewhere in the text, then "the multinational is the licensee".
    """
    if match.directional or match.licensor is None or match.licensee is None:
        return match
    a, b = match.licensor, match.licensee
    score = 0
    for other in matches:
        if other.directional and other.entities() == match.entities() and other.licensor:
            score += 1 if other.licensor.entity == a.entity else -1
    if score == 0:
        paid, gains = votes
        score = paid[a.entity] - gains[a.entity] - paid[b.entity] + gains[b.entity]
    if score == 0:
        a_foreign, b_foreign = a.entity in companies.foreign, b.entity in companies.foreign
        score = -1 if a_foreign and not b_foreign else 1
    if score < 0:
        return PartyMatch(match.kind, b, a, True, match.start, match.end)
    return PartyMatch(match.kind, a, b, True, match.start, match.end)
