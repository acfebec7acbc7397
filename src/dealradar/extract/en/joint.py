"""Co-licensors: two companies that license one asset out together share one deal's terms.

Why: "Nona Bio and Yilian Bio will get the upfront payment ... 53 million US dollars", "Prolium
will pay to two companies the upfront payment ..." name the money once for both licensors. The
deal assembly makes one deal per licensor (each licensor is a party of its own), but the
figures, territory and type land on whichever deal the sentence is read for. A reader (and the
gold convention of the corpus) gives each co-licensor the joint terms: the agreement is one.

Two deals are co-licensors' when they have the same licensee and the text joins their licensors
as one subject ("X and Y", "X (...) together with Y", "X and its affiliate Y").
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from dealradar.extract.orgs import Entity, OrgMention
from dealradar.model import PAYMENT_FIELDS, Deal

#: Between two names joined as one side (the first may carry a bracket: "X (Keymed, 02162.HK)
#: and Y").
_JOINED = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*(?:and|&|together\s+with|along\s+with)\s+"
    r"(?:its\s+(?:[\w.-]+\s+){0,3})?"
)
#: Deal types that say more than a plain licence; of two co-licensors' readings, the one that
#: found such a type is kept ("a newly established American company" makes a NewCo deal).
_SPECIFIC_TYPES = ("newco", "option", "co-development", "collaboration")
_SHARED = (*PAYMENT_FIELDS, "royalties", "announced")


def share_joint_terms(
    text: str, mentions: list[OrgMention], entities: list[Entity], deals: list[Deal]
) -> list[Deal]:
    """`deals` with what one co-licensor's deal states copied to the other where it is absent."""
    if len(deals) < 2:
        return deals
    joined = _joined_pairs(text, mentions, entities)
    if not joined:
        return deals
    out = list(deals)
    for i, a in enumerate(deals):
        for j in range(i + 1, len(deals)):
            b = deals[j]
            if (
                a.licensor is not None
                and b.licensor is not None
                and a.licensees == b.licensees
                and a.licensees
                and frozenset((a.licensor.name, b.licensor.name)) in joined
            ):
                out[i], out[j] = _filled(out[i], out[j]), _filled(out[j], out[i])
    return out


def _joined_pairs(
    text: str, mentions: list[OrgMention], entities: list[Entity]
) -> set[frozenset[str]]:
    """The (main) names of companies the text writes next to each other as one side."""
    names = {e.id: e.name for e in entities}
    pairs: set[frozenset[str]] = set()
    for m, n in pairwise(mentions):
        if m.entity != n.entity and _JOINED.fullmatch(text, m.end, n.start):
            pairs.add(frozenset((names[m.entity], names[n.entity])))
    return pairs


def _filled(deal: Deal, other: Deal) -> Deal:
    """`deal` with the fields it lacks taken from `other`, with their evidence."""
    changes: dict[str, object] = {}
    taken: set[str] = set()
    for name in _SHARED:
        if getattr(deal, name) is None and getattr(other, name) is not None:
            changes[name] = getattr(other, name)
            taken.add(name)
    if not deal.assets and other.assets:
        changes["assets"] = other.assets
        taken.add("assets")
    if deal.territory_class == "unspecified" and other.territory_class != "unspecified":
        changes["territory"], changes["territory_class"] = other.territory, other.territory_class
        taken |= {"territory", "territory_class"}
    if deal.deal_type == "license" and other.deal_type in _SPECIFIC_TYPES:
        changes["deal_type"] = other.deal_type
        taken.add("deal_type")
    if not changes:
        return deal
    evidence = [e for e in deal.evidence if e.field not in taken]
    evidence += [e for e in other.evidence if e.field in taken]
    return replace(deal, evidence=tuple(evidence), **changes)  # type: ignore[arg-type]
