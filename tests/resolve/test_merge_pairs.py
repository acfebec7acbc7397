"""Clustering tries fewer pairs, never different ones: every pair `_compatible` accepts is
still a candidate, so the clusters (and the merged deals) are the ones trying all pairs gives."""

from __future__ import annotations

from itertools import combinations

from dealradar.model import Deal
from dealradar.resolve.combine import fingerprint
from dealradar.resolve.merge import (
    WINDOW_DAYS,
    _candidate_pairs,
    _compatible,
    _prepare,
    _strength,
)
from dealradar.resolve.registry import Registry


def _all_pairs(deals: list[Deal], registry: Registry) -> list[tuple[int, int, int]]:
    reports = _prepare([(fingerprint(d), d) for d in deals], registry)
    return [
        (_strength(reports[i], reports[j]), i, j)
        for i, j in combinations(range(len(reports)), 2)
        if _compatible(reports[i], reports[j], WINDOW_DAYS)
    ]


def test_the_candidate_pairs_are_every_compatible_pair(
    inputs: tuple[list[Deal], list[Deal]], registry: Registry
) -> None:
    gold, ref = inputs
    deals = gold + ref
    reports = _prepare([(fingerprint(d), d) for d in deals], registry)
    found = _candidate_pairs(reports, WINDOW_DAYS)
    assert found == _all_pairs(deals, registry)
    assert found, "the inputs hold reports of one deal"
