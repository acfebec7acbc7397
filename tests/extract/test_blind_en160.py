"""Phrasing met in the blind sets en160 to en165, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

import pytest
from phrasing import one_deal


@pytest.mark.parametrize(
    "joiner",
    ["together with its wholly owned subsidiary", "along with its Swedish subsidiary"],
)
def test_a_subsidiary_signing_together_with_its_parent_leaves_the_parent_the_party(
    joiner: str,
) -> None:
    # en154: "X, together with its Swedish subsidiary Y, signed ... with Z" paired Y with Z
    deal = one_deal(
        "Oncovia signs Europe deal\n\n"
        f"Oncovia Biosciences Inc., {joiner} Trelis Pharma AB, signed an exclusive license "
        "agreement with Helmark Pharma SA for ZX-202 in Europe. Helmark will pay $30 million "
        "upfront and up to $400 million in milestones.\n"
    )
    assert (deal.licensor.name, deal.licensee.name) == (
        "Oncovia Biosciences Inc.",
        "Helmark Pharma SA",
    )
