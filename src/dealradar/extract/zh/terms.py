"""Payment terms: which money figure is the upfront, the milestones, the total, the equity.

A figure takes the payment word right after it ("8000万美元首付款"), else the nearest one
before it in its clause ("首付款为5亿美元"). Figures in clauses about revenue, market size,
market value, buy-backs, financing or industry counts ("157起交易") are distractors and never
terms; conversions ("约合人民币146.6亿元"), per-share prices and tranches ("首笔2.5亿美元")
restate a term and are skipped. See docs/extraction-zh.md for the rule table.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from dealradar.extract.zh.money import MoneyMention
from dealradar.extract.zh.text import CLAUSE_END, SEGMENT_END, clause_at, segment_at

Kind = str  # "upfront" | "near_term" | "milestones" | "total" | "equity"

#: A cost of the company's own ("研发费用"), not "选择权费用", "许可费用": a fee the licensee
#: pays is a term.
_COST = r"费用(?<!选择权费用)(?<!许可费用)(?<!行权费用)(?<!授权费用)"
_KEYWORDS: tuple[tuple[str, str], ...] = (
    # ("未来24个月内再支付合计15亿美元的"持续付款"": continuation payments, due without a milestone)
    # ("在2028年之前,BMS还将分期支付总额20亿美元的非或有周年付款": owed whatever happens)
    ("near_term", r"近期付款|近期或有付款|近期里程碑(?:付款|款)?|持续付款|非或有周年付款|周年付款"),
    # ("作为授予选择权的对价,武田将向本公司支付100百万美元的选择权付款": the option's price, paid
    # up front, as "an option fee" is in English; "行权费" is paid on exercise, a milestone)
    ("upfront", r"首付款|首付|预付款|首期付款|前期付款|签约付款|现金对价|交割时|"
                r"一次性支付|一次性付款|选择权付款|选择权费"),
    # ("CVR总额约2亿美元": what contingent value rights may pay, milestones of a takeover)
    ("milestones", r"里程碑|选择性权益付款|行权付款|行权费|或有付款|或有对价|CVR总额|"
                   r"或有价值权总额"),
    # ("武田同意认购本公司新股份,认购总额约75百万美元": the subscription's sum)
    ("equity", r"认购(?!权证)[^,;。]{0,20}?(?:普通股|股份|股票|新股)|"
               r"认购(?:总额|总金额|金额|价款|款)|股权投资|入股|战略投资"),
    ("total", r"总额|总金额|总价值|总价|交易额|交易金额|交易规模|交易价值|总对价|交易对价|"
              r"合作金额|收购价|潜在总额|总计|合计|合共|共计|收购"),
    ("none", rf"认股权证|{_COST}|营收|收入|"
             r"融资|增发|市值|溢利|利润|亏损|股价|现金储备|估值"),
)  # fmt: skip


def _first_characters(alternation: str) -> str:
    """The first characters of the top-level alternatives of `alternation`, each a literal."""
    firsts, depth, starts = set(), 0, True
    for ch in alternation:
        if starts:
            assert ch not in "\\()[].?*+^$", alternation  # each alternative opens with a word
            firsts.add(ch)
        starts = ch == "|" and depth == 0
        depth += (ch == "(") - (ch == ")")
    return "".join(sorted(firsts))


#: The keyword groups, behind a lookahead on the first characters of all their words: implied
#: by the alternation, it lets the engine dismiss most positions with one character test
#: instead of trying every group's words there.
_KEYWORD_RE = re.compile(
    "(?=["
    + "".join(sorted(set("".join(_first_characters(rx) for _k, rx in _KEYWORDS))))
    + "])(?:"
    + "|".join(f"(?P<{k}>{rx})" for k, rx in _KEYWORDS)
    + ")"
)
_WEAK_TOTAL = re.compile(r"^(?:总计|合计|合共|共计|共)$")
#: A clause that opens with a sum word before its figure ("…许可选择权费用,合计最高3700万美元"):
#: the parts summed are in the clause before.
_SUM_LEAD = re.compile(r"^(?:总计|合计|合共|共计|共)(?:最高|最多|高达|可达|约|达|为)*$")
#: "选择权行权费及…里程碑合计最高…": a figure summing payments of several kinds, the first being
#: the upfront or an option fee; "首付款和近期研发付款,合计3200万美元" sums across a comma.
_COMBINED = re.compile(r"(?:首付|预付|行权费|选择权费|期权费)[^,;。]{0,20}?,?(?:共计|合计|共|总计)")
#: Milestones other than near-term ones in a combined figure ("首付款及里程碑付款合共") make it
#: the total; "首付款及近期里程碑付款共" stays the upfront.
_FULL_MILESTONES = re.compile(r"(?<!近期)里程碑|或有付款|销售提成|特许权使用费")
#: ("…里程碑后,有权收取最多1,125百万美元的额外潜在付款": the payments of the clause before)
_GENERIC_PAYMENT = re.compile(r"^(?:的)?(?:额外|其他|后续)?(?:潜在)?(?:付款|款项|对价)")
#: "…的额外付款,包括研发、监管及商业化里程碑付款": milestones only ("包括首付款以及…里程碑付款"
#: sums an upfront in: a total).
_INCLUDES_MILESTONES = re.compile(
    r"(?:包括|包含|含)(?![^;。]{0,20}?(?:首付|预付))[^;。]{0,20}里程碑"
)
_INCLUDES_UPFRONT = re.compile(r"^(?:其中)?(?:包含|包括|含)[^;。]{0,20}(?:首付|预付)")

_DISTRACTOR_CLAUSE = re.compile(
    r"营收|收入|净利|利润|亏损|溢利|市值|回购|融资|增发|股价|目标价|计提|"
    rf"{_COST}|现金储备|现金等价物|"
    r"市场规模|销售额达|年销售|营业额|出海总额|估值|全球销售额|"
    # ("全球已上市ADC药物销售额合计已超过100亿美元": a market's sales summed)
    r"销售额(?:合计|共计|总计)?已?(?:超过|约|为|逾|达)|"
    # "2020年全球神经科学领域并购总额已超过300亿美元": a sector's deals summed
    r"领域并购总额|领域交易总额|行业并购总额|行业交易总额|全球并购总额|"
    # "今年以来,中国药企对外授权交易总金额已超过300亿美元": an industry's deals summed
    # ("年内全球ADC授权交易首付款合计已超过60亿美元": a year's deals summed)
    r"药企[^,;。]{0,12}?总金?额|(?:今年以来|年内|年初以来|年初至今)[^,;。]{0,20}?(?:总金?额|合计|累计)|"
    # "公司首发上市募集资金总额约34.8亿元": money raised, not a deal
    r"募集资金|募资"
)
_DISTRACTOR_SEGMENT = re.compile(  # the lookahead is implied: it speeds the scan of a segment
    r"(?=[\d一二三四五六七八九十几数多近据不统盘全磋预机行券])(?:"
    r"\d+\s*(?:项|笔|起|宗)|[一二三四五六七八九十几数多近]+(?:项|笔|起|宗)[^,;。]{0,6}(?:交易|授权|许可)|"
    # ("有券商统计,2025年中国创新药license-out交易总金额已超过1000亿美元": a broker's tally)
    # ("据医药魔方统计,2024年中国创新药对外授权交易总金额约519亿美元": a data vendor's tally)
    r"据统计|据[^,;。]{1,8}?统计|不完全统计|统计显示|数据显示|数据库|盘点|全年|磋商|预告|机构统计|"
    r"行业统计|券商统计)"
)
_SKIP_BEFORE = re.compile(
    r"(?:每股|每份|每股普通股|首笔|第一笔|第二笔|第三笔|其中首笔|其中一笔)[^,;。]{0,3}$"
)
#: A share of the figure before it: "…中的绝大部分", "…中大部分".
_PART_OF_IT = re.compile(r"中的?(?:绝大部分|大部分|大多数|多数|一部分|部分|主要)")
#: The longest `_SKIP_BEFORE` hit: its longest word ("每股普通股", five characters) and three more.
_SKIP_BEFORE_SPAN = 8
#: "/股": a price per share; "以上", "以下", "之间" (of a range): a bound, not a term.
_SKIP_AFTER = re.compile(r"(?:/股|每股|以上|以下|之间)")


@dataclass
class Terms:
    """The payment figures found for one deal, each with the mentions it rests on."""

    found: dict[Kind, list[MoneyMention]] = field(default_factory=dict)

    def add(self, kind: Kind, mention: MoneyMention) -> None:
        self.found.setdefault(kind, []).append(mention)


class Figures:
    """What `classify` needs to know about all the figures of one text, computed once and
    shared by the deals of the text.

    Where the figures start and end, sorted, so a figure's neighbours are found by bisection
    rather than by a pass over every figure; and which segments talk about industry counts,
    since the figures of one segment would each search it again.
    """

    __slots__ = ("counting", "ends", "kinds", "starts")

    def __init__(self, mentions: list[MoneyMention]) -> None:
        self.starts = sorted(m.start for m in mentions)
        self.ends = sorted(m.end for m in mentions)
        self.counting: dict[tuple[int, int], bool] = {}
        #: The kind of each figure classified so far, by its start (figures do not overlap):
        #: the deals of one text classify the same figures against the same text.
        self.kinds: dict[int, Kind | None] = {}

    def is_counting(self, text: str, seg_start: int, seg_end: int) -> bool:
        """Whether the segment is about industry counts ("157起交易", "据统计")."""
        key = (seg_start, seg_end)
        if key not in self.counting:
            self.counting[key] = _DISTRACTOR_SEGMENT.search(text, seg_start, seg_end) is not None
        return self.counting[key]

    def next_start(self, pos: int, default: int) -> int:
        """The first start of a figure after `pos`."""
        i = bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else default

    def prev_end(self, pos: int) -> int:
        """The last end of a figure at or before `pos`, else 0."""
        i = bisect_right(self.ends, pos)
        return self.ends[i - 1] if i > 0 else 0


def classify(text: str, mention: MoneyMention, mentions: list[MoneyMention]) -> Kind | None:
    """The payment kind of one figure in folded `text`, or None when it is no deal term."""
    return _classify(text, mention, Figures(mentions))


def _classify(text: str, mention: MoneyMention, figures: Figures) -> Kind | None:
    if mention.conversion or mention.amount < _SMALLEST_TERM:
        return None  # ("每股…可获0.0500美元": a price per share, however far its 每股 stands)
    clause_start, clause_end = clause_at(text, mention.start)
    seg_start, seg_end = segment_at(text, mention.start)
    # A `_SKIP_BEFORE` hit ends at the figure and is at most `_SKIP_BEFORE_SPAN` long, so the
    # last characters of the segment before the figure decide it.
    near = max(seg_start, mention.start - _SKIP_BEFORE_SPAN)
    if _SKIP_BEFORE.search(text, near, mention.start) or _SKIP_AFTER.match(
        text, mention.end, mention.end + 3
    ):
        return None
    if text.startswith("中", mention.end) and _PART_OF_IT.match(text, mention.end):
        return None  # "近60亿美元中的绝大部分为远期里程碑": a whole talked about, not a term
    if figures.is_counting(text, seg_start, seg_end):
        return None
    prev_clause_start = clause_at(text, clause_start - 1)[0] if clause_start > seg_start else None
    context = text[
        prev_clause_start if prev_clause_start is not None else clause_start : clause_end
    ]
    if "估值" in context and _DEAL_VALUES.search(text, clause_start, mention.start):
        return "total"  # "交易对Alexion的估值约为390亿美元": the price, not a market's valuation
    if _DISTRACTOR_CLAUSE.search(context):
        return None
    next_start = figures.next_start(mention.start, default=len(text))
    prev_end = figures.prev_end(mention.start)
    after = text[mention.end : min(clause_end, next_start)]
    before = text[max(clause_start, prev_end) : mention.start]
    kind = _kind_after(after)
    if kind == "milestones" and _includes_upfront(text, clause_end):
        return "total"
    if kind is None:
        start = clause_start
        if prev_clause_start is not None and _SUM_LEAD.match(text[clause_start : mention.start]):
            start = prev_clause_start  # "…首付款和近期付款,合计": the sum's parts precede it
        combined = _COMBINED.search(text[start : mention.start])
        if combined:
            if _FULL_MILESTONES.search(combined.group()):
                return "total"
            if combined.group().startswith(("首付", "预付")):
                return "upfront"
    if (
        kind is None
        and prev_clause_start is not None
        and _CEILING_ONLY.fullmatch(text, clause_start, mention.start)
    ):
        # "…商业化相关的里程碑付款,最高可达19亿美元": the ceiling of the payment named before
        kind = _kind_before(text[prev_clause_start:clause_start])
    if (
        kind is None
        and prev_clause_start is not None
        and text[clause_start - 1] == ":"
        and clause_start - prev_clause_start <= _LABEL_SPAN
    ):
        # "1、首付款:1,700万美元;", "销售里程碑款项:累计不超过52,500万美元": a label before a colon
        kind = _kind_before(text[prev_clause_start:clause_start])
    if (
        kind is None
        and _GENERIC_PAYMENT.match(after)
        and _INCLUDES_MILESTONES.match(text, clause_end + 1, clause_end + 40)
    ):
        return "milestones"  # "合共最高约14.6亿美元的额外付款,包括研发、监管及商业化里程碑付款"
    if kind is None:
        if _PARTS_SUMMED.search(before):
            return None  # "1.3亿美元首付款,以及7000万美元的近期付款,两项合计2亿美元": parts summed
        kind = _kind_before(before)
    if kind is None and _GENERIC_PAYMENT.match(after) and prev_clause_start is not None:
        kind = _kind_before(text[prev_clause_start:clause_start])
    return None if kind == "none" else kind


#: The deal's value of its target: "交易对Alexion的估值约为", "本次收购对X的估值为".
_DEAL_VALUES = re.compile(r"(?:交易|收购|合并)对[^,;。]{1,30}?的估值(?:约|为|达|合计|总计)*$")
#: The longest label a list item names its figure by ("2、开发及注册里程碑款项:").
_LABEL_SPAN = 16
#: A clause holding only a ceiling before its figure: "最高可达" (not "合计最高": a sum).
_CEILING_ONLY = re.compile(r"\s*(?:最高|最多|高达|可达|至多)+(?:可达|达|为)?\s*")
#: No deal term is this small: a smaller figure is a price per share or per unit.
_SMALLEST_TERM = 10_000
#: A sum of the figures just named, not a figure of its own: "两项合计", "上述款项合计".
_PARTS_SUMMED = re.compile(
    r"(?:两项|三项|以上|上述|二者|前两项|前述)(?:款项|付款)?(?:合计|共计|总计)[约为达]*$"
)


def _includes_upfront(text: str, clause_end: int) -> bool:
    if clause_end >= len(text) or text[clause_end] in SEGMENT_END:
        return False
    return bool(_INCLUDES_UPFRONT.match(text[clause_end + 1 : clause_end + 30]))


def _kind_after(after: str) -> Kind | None:
    match = _KEYWORD_RE.search(after[:25])
    if match is None or match.lastgroup is None:
        return None
    if after.startswith("、"):
        return None  # "首付1600万美元、里程碑最高13亿美元": the word opens the next item
    if match.lastgroup == "total" and not re.fullmatch(
        r"(?:的)?(?:潜在)?(?:全资)?", after[: match.start()]
    ):
        return None  # a total word further on names the next figure ("5亿美元、总额50亿美元")
    return match.lastgroup


def _kind_before(before: str) -> Kind | None:
    hits = [(m.start(), m.lastgroup, m.group()) for m in _KEYWORD_RE.finditer(before)]
    hits = [h for h in hits if h[1] is not None and h[2] != "收购"]
    if not hits:
        return None
    strong = [h for h in hits if not _WEAK_TOTAL.match(h[2])]
    if _WEAK_TOTAL.match(hits[-1][2]) and strong:
        return strong[-1][1]
    return hits[-1][1]


def collect(
    text: str,
    mentions: list[MoneyMention],
    scope: Iterable[MoneyMention],
    figures: Figures | None = None,
) -> Terms:
    """Classify each figure of `scope` (a deal's own figures) into a `Terms`.

    Args:
        text: the folded text.
        mentions: every figure of the text.
        scope: the figures of one deal.
        figures: `Figures(mentions)`, shared by the deals of one text so that a figure is
            classified once; built here when not given.
    """
    terms = Terms()
    if figures is None:
        figures = Figures(mentions)
    kinds = figures.kinds
    for mention in scope:
        if mention.start in kinds:
            kind = kinds[mention.start]
        else:
            kind = kinds[mention.start] = _classify(text, mention, figures)
        if kind is not None:
            terms.add(kind, mention)
    _single_milestone_first(text, terms)
    return terms


def _single_milestone_first(text: str, terms: Terms) -> None:
    """ "在一期临床试验取得结果后获得2000万美元的里程碑付款。未来…还有资格获得最高17.4亿美元的…
    里程碑付款": a single milestone named before the ceiling of the others, in a segment of its
    own, is a near-term payment (as "a $20 million milestone payment tied to the phase 1
    results ... up to $1.74 billion in further milestones" is in English)."""
    found = terms.found.get("milestones", [])
    if "near_term" in terms.found or len(found) < 2:
        return
    first, rest = found[0], found[1:]
    ceiling = [
        m
        for m in rest
        if m.qualifier == "up_to"
        and m.currency == first.currency
        and m.amount > first.amount
        and segment_at(text, m.start) != segment_at(text, first.start)
    ]
    if first.qualifier is None and ceiling and _FURTHER.search(text, first.end, ceiling[0].start):
        terms.found["milestones"] = rest
        terms.add("near_term", first)


#: What opens the milestones after a single one: "未来…还有资格", "此外还可获得".
_FURTHER = re.compile(r"未来|此外|另外|还有资格|还可")


def pick(terms: Terms, kind: Kind, text: str) -> tuple[Decimal, list[MoneyMention]] | None:
    """The figure for `kind`: the largest stated one; milestones sum their parts per segment.

    Restatements repeat one figure and tranches are smaller, so the largest is the term; a
    segment listing "研发里程碑 16.2亿 … 销售里程碑 36.0亿" gives the parts of one figure.
    """
    found = terms.found.get(kind)
    if not found:
        return None
    currency = _main_currency(found)
    found = [m for m in found if m.currency == currency]
    if kind == "upfront" and len(found) > 1:
        # "首付款及近期付款合计2亿美元" over "1.3亿美元首付款,以及7000万美元的近期付款": the
        # lumped figure is the upfront and the near-term payment stated apart
        near = {m.amount for m in terms.found.get("near_term", []) if m.currency == currency}
        amounts = {m.amount for m in found}
        found = [m for m in found if not any(m.amount - n in amounts for n in near)] or found
    if kind != "milestones":
        best = max(found, key=lambda m: (m.amount, -m.start))
        return best.amount, [best]
    by_segment: dict[int, list[MoneyMention]] = {}
    for mention in found:
        start = segment_at(text, mention.start)[0]
        if _LIST_ITEM.match(text, start):
            # "2、开发及注册里程碑款项:…10,300万美元;\n3、销售里程碑款项:…52,500万美元": the
            # items of one list are the parts of one figure, as a segment's are
            start = text.rfind("\n\n", 0, start) + 1
        by_segment.setdefault(start, []).append(mention)
    parts = max(by_segment.values(), key=lambda ms: sum(m.amount for m in ms))
    return sum((m.amount for m in parts), start=Decimal(0)), parts


#: A numbered or bulleted list item opening a segment: "2、", "3.", "- ".
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[、.)]|[-•●·▪*])\s*")
#: A payment named by no kind: "获得3.5亿美元付款", "3.5亿美元的现金对价", "以1亿美元现金价格".
_BARE_PAYMENT = re.compile(r"(?:的)?(?:一次性)?(?:现金)?(?:付款|款项|对价|价格)")


def sale_price(text: str, scope: Iterable[MoneyMention], figures: Figures) -> MoneyMention | None:
    """The first figure of `scope` that is a payment of no kind, when `collect` left it out:
    the price of an asset sold ("将…权益出售给Y,获得3.5亿美元付款") is paid at the sale, so
    the caller takes it as the upfront of a purchase without other terms."""
    for mention in scope:
        if mention.conversion or figures.kinds.get(mention.start, "none") is not None:
            continue
        if _BARE_PAYMENT.match(text, mention.end):
            return mention
    return None


def _main_currency(found: list[MoneyMention]) -> str:
    counts: dict[str, int] = {}
    for mention in found:
        counts[mention.currency] = counts.get(mention.currency, 0) + 1
    return max(counts, key=lambda c: (c == "USD", counts[c]))


__all__ = [
    "CLAUSE_END",
    "Figures",
    "Kind",
    "Terms",
    "classify",
    "collect",
    "pick",
    "sale_price",
]
