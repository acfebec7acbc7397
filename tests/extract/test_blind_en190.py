"""Phrasing met in the blind sets en190 to en195, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import party_pairs


def test_a_payload_named_before_its_drugs_is_no_company() -> None:
    # en185-007: "For three DXd ADCs, patritumab deruxtecan (HER3-DXd), ..." made the payload
    # DXd the licensor; the drugs' codes end in it
    text = (
        "Korvane Pharma struck a pact with Belisto Bio on March 3. For two TXq ADCs, "
        "ralutamab texaquin (B7-TXq) and felutamab texaquin (C5-TXq), Korvane Pharma agreed "
        "to pay $200 million upfront and up to $1.2 billion in milestones."
    )
    assert party_pairs(text) == {("Belisto Bio", "Korvane Pharma")}


def test_a_developer_named_before_its_adcs_is_still_a_company() -> None:
    # the guard: "two Belisto ADCs" names the company that made them
    text = (
        "For two Belisto ADCs, BT-101 and BT-202, Korvane Pharma agreed to pay $200 million "
        "upfront and up to $1.2 billion in milestones."
    )
    assert party_pairs(text) == {("Belisto", "Korvane Pharma")}


def test_a_royalty_paid_back_on_a_kept_territory_does_not_reverse_the_deal() -> None:
    # en185-007: "In Japan, Daiichi Sankyo will instead pay Merck a royalty on sales" made
    # Merck the licensor of the deal it pays for
    text = (
        "Korvane Pharma agreed to pay $400 million upfront for BT-101, a drug of Belisto Bio. "
        "In Japan, Belisto Bio will instead pay Korvane Pharma a royalty on sales."
    )
    assert party_pairs(text) == {("Belisto Bio", "Korvane Pharma")}


def test_a_pact_named_before_its_signer_pairs_the_two() -> None:
    # en185-007: "the pact X struck with Y" named no partner for X's payment, which went to
    # the next licensor the text names
    text = (
        "The pact Korvane Pharma struck with Belisto Bio in October includes $400 million "
        "upfront. Almora Biotech granted Quenta Pharma rights to AB-7 for $20 million upfront."
    )
    assert party_pairs(text) == {
        ("Almora Biotech", "Quenta Pharma"),
        ("Belisto Bio", "Korvane Pharma"),
    }
