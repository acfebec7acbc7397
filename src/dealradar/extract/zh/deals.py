"""Which deals a Chinese article reports, and which sentences belong to each.

The headline and lead name the main deal: the first two-party pattern there (or a one-party
"X授权出海" when no partner is named). Every other pattern about a different pair of companies
is a further deal (roundups, "相比之下，康方生物当年…" comparisons), and owns the sentence it
sits in; the main deal owns the rest, except sentences that talk only about other companies.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from dealradar.extract.zh.companies import Companies, Mention
from dealradar.extract.zh.parties import PartyMatch, orient
from dealradar.extract.zh.text import Segment
from dealradar.extract.zh.text import lead_end as lead_of

Span = tuple[int, int]


@dataclass
class DealPlan:
    """One deal to build: its parties, the pattern hits behind it and its sentences."""

    match: PartyMatch
    primary: bool
    acquisition: bool = False
    segments: list[Segment] = field(default_factory=list)
    shared: set[int] = field(default_factory=set)

    @property
    def licensor(self) -> Mention | None:
        return self.match.licensor

    @property
    def licensee(self) -> Mention | None:
        return self.match.licensee

    def entities(self) -> frozenset[int]:
        return self.match.entities()

    def spans(self) -> list[Span]:
        return [(s.start, s.end) for s in self.segments]


def plan_deals(
    segments: list[Segment],
    matches: list[PartyMatch],
    companies: Companies,
    votes: tuple[Counter[int], Counter[int]],
    text: str = "",
) -> list[DealPlan]:
    """The deals of one article, main deal first, each with the segments it owns.

    `text` (the folded text the segments come from) shows the bullets of list items.
    """
    lead_end = lead_of(segments, default=0)
    primary_match = _primary(matches, lead_end)
    if primary_match is None:
        return []
    primary = DealPlan(orient(primary_match, matches, companies, votes), primary=True)
    primary.acquisition = any(
        m.kind == "acquisition" and m.entities() == primary.entities() for m in matches
    )
    if primary.acquisition:
        acq = next(
            m for m in matches if m.kind == "acquisition" and m.entities() == primary.entities()
        )
        primary.match = PartyMatch(
            primary.match.kind,
            acq.licensor,
            acq.licensee,
            True,
            primary.match.start,
            primary.match.end,
        )
    plans = [primary]
    owner: dict[int, list[DealPlan]] = {}
    starts = [s.start for s in segments]
    for match in matches:
        if match is primary_match:
            continue
        if match.kind == "self":  # the text's own company grants: the main deal's licensor
            grantor, licensee = primary.licensor, match.licensee
            if grantor is None or licensee is None or licensee.entity in primary.entities():
                continue
            match = PartyMatch("self", grantor, licensee, True, match.start, match.end)
        plan = _secondary(match, plans, matches, companies, votes)
        if plan is None and not (match.directional and match.entities() == primary.entities()):
            continue  # only a hit about the main pair may recall an earlier deal
        segment = _segment_of(segments, starts, match.start)
        if plan is None and segment is not None and _recalls_earlier_deal(match, plans, segment):
            plan = DealPlan(orient(match, matches, companies, votes), primary=False)
        if plan is None or segment is None:
            continue
        plans.append(plan)
        owner.setdefault(segment.start, []).append(plan)
        plan.segments.append(segment)
    in_deals = frozenset().union(*(p.entities() for p in plans))
    primary_entities = primary.entities()  # the main deal's parties are settled by now
    # A roundup whose lead names no deal opens on what its deals share ("买家既有…,也有刚拿到
    # 融资的美国新公司"): what comes before the first deal is about none of them.
    intro_end = primary_match.start if len(plans) > 1 and primary_match.start >= lead_end else 0
    previous: tuple[int, DealPlan | None] = (-1, None)  # paragraph and owner of the last segment
    for segment in segments:
        if segment.end <= intro_end and not companies.in_span(segment.start, segment.end):
            continue
        if segment.start in owner:
            if len(owner[segment.start]) > 1:
                for plan in owner[segment.start]:
                    plan.shared.add(segment.start)
            previous = (segment.paragraph, owner[segment.start][0])
            continue
        entities = {m.entity for m in companies.in_span(segment.start, segment.end)}
        last = previous[1]
        if not entities and last is not None and not last.primary and _listed(text, segment):
            last.segments.append(segment)  # "交易要点:\n- 里程碑:最高4.43亿美元": its terms
            previous = (segment.paragraph, last)
            continue
        if not entities and previous[0] == segment.paragraph and last is not None:
            if _BOTH_RECALLED.search(segment.text) and _RECALL.search(segment.text):
                recalled = DealPlan(last.match, primary=False, segments=[segment])
                plans.append(recalled)  # "双方此前已于2023年…达成授权合作": an earlier deal
                previous = (segment.paragraph, None)
                continue
            last.segments.append(segment)  # "…;协议同时包括…": the sentence goes on
            continue
        named = entities & in_deals  # a sponsor or investor named beside a party is no party
        only = [p for p in plans[1:] if named and named <= p.entities()]
        # "Z将获得…权利,X可获得…": a sentence naming both parties of a further deal is that
        # deal's, even when one of them is also a party of the main deal
        theirs = len(only) == 1 and not named <= primary_entities
        if not entities or (entities & primary_entities and not theirs):
            primary.segments.append(segment)
            previous = (segment.paragraph, primary)
            continue
        previous = (segment.paragraph, only[0] if len(only) == 1 else None)
        if len(only) == 1:
            only[0].segments.append(segment)
    for plan in plans:
        plan.segments.sort(key=lambda s: s.start)
    return plans


#: A list item: a bullet before it on its line ("- 首付款:…", "● …"), or a short heading
#: ending in a colon that opens a list ("交易要点:").
_BULLETS = "-•●·▪*—"
_LIST_HEAD = re.compile(r"^[^,;。]{1,10}:$")


def _listed(text: str, segment: Segment) -> bool:
    """Whether a segment is an item of a list or the heading of one: a 公众号 piece lists each
    deal's terms below the paragraph that names the deal, without naming it again."""
    line_start = text.rfind("\n", 0, segment.start) + 1
    lead = text[line_start : segment.start].strip()
    return bool(lead and lead[-1] in _BULLETS) or _LIST_HEAD.match(segment.text) is not None


def _primary(matches: list[PartyMatch], lead_end: int) -> PartyMatch | None:
    two = [m for m in matches if m.licensee is not None and m.licensor is not None]
    one = [m for m in matches if m.licensee is None]
    for pool in (
        [m for m in two if m.start < lead_end],
        [m for m in one if m.start < lead_end],
        two,
        one,
    ):
        if pool:
            return pool[0]
    return None


def _secondary(
    match: PartyMatch,
    plans: list[DealPlan],
    matches: list[PartyMatch],
    companies: Companies,
    votes: tuple[Counter[int], Counter[int]],
) -> DealPlan | None:
    entities = match.entities()
    if match.licensee is not None:
        if entities <= plans[0].entities():
            return None
        if any(entities == p.entities() for p in plans):
            return None
        return DealPlan(
            orient(match, matches, companies, votes),
            primary=False,
            acquisition=match.kind == "acquisition",
        )
    taken = set().union(*(p.entities() for p in plans))
    if entities & taken:
        return None
    return DealPlan(match, primary=False)


#: "双方此前…达成授权合作": the parties of the sentence before recall a deal of theirs.
_BOTH_RECALLED = re.compile(r"双方[^。;!?]{0,20}?(?:达成|签署|签订)[^。;!?]{0,10}?(?:授权|许可)")
#: "继2024年1月向Y授权…之后", "此前已于2023年…": a sentence recalling a dated earlier deal.
_RECALL = re.compile(r"(?:此前|之前|先前|曾于|曾经|早在|继)[^。;!?]{0,12}?(?:19|20)\d{2}年")


def _recalls_earlier_deal(match: PartyMatch, plans: list[DealPlan], segment: Segment) -> bool:
    """A directional hit about the main deal's pair in a sentence recalling an earlier, dated
    deal is a deal of its own (with the same parties), once per sentence."""
    if not match.directional or match.licensee is None or match.licensor is None:
        return False
    if match.entities() != plans[0].entities() or not _RECALL.search(segment.text):
        return False
    return not any(segment in p.segments for p in plans[1:])


def _segment_of(segments: list[Segment], starts: list[int], pos: int) -> Segment | None:
    """The segment holding `pos`; `starts` are the segments' starts (sorted, as the segments
    are disjoint and in text order), so the one that may hold it is found by bisection."""
    k = bisect_right(starts, pos) - 1
    return segments[k] if k >= 0 and pos < segments[k].end else None


def owns_amount(plan: DealPlan, plans: list[DealPlan], companies: Companies, pos: int) -> bool:
    """Whether a figure at `pos` belongs to `plan`.

    In a segment several deals share ("奥赛康与海和药物也各自…，其中奥赛康的交易金额为…"),
    a figure belongs to the deal whose company was named last before it.
    """
    # A plan's segments are sorted and disjoint (see `plan_deals`): bisect for the one at `pos`.
    k = bisect_right(plan.segments, pos, key=lambda s: s.start) - 1
    segment = plan.segments[k] if k >= 0 and pos < plan.segments[k].end else None
    if segment is None:
        return False
    if segment.start not in plan.shared:
        return True
    sharing = [p for p in plans if segment.start in p.shared]
    best: tuple[int, DealPlan] | None = None
    for other in sharing:
        for mention in companies.in_span(segment.start, pos):
            if mention.entity in other.entities() and (best is None or mention.start > best[0]):
                best = (mention.start, other)
    return (best[1] if best else sharing[0]) is plan
