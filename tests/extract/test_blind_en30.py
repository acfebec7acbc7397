"""Phrasing met in the blind set en30 (scored once first at 0.783): a wire story where the buyer
"has agreed to work with Boston-based X to discover" drugs; a takeover release where "the
acquisition brings Merck EyeBio's lead candidate" writes buyer and target side by side; a
roundup where the buyer "would buy Hannover, Germany-based X".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import alias_groups, deals_in, party_pairs


def test_agreeing_to_work_with_a_company_is_a_deal_with_it() -> None:
    text = (
        "Norvale taps Qinhai for obesity drug discovery\n\n"
        "Aug 2025 (Wire) - Norvale (NRV.N) has agreed to work with Boston-based Qinhai "
        "Medicines to discover small-molecule drugs against GPCRs, in a deal the biotech valued "
        "at up to $1.3 billion.\n\n"
        "Qinhai will also be eligible for tiered royalties on sales.\n"
    )
    assert party_pairs(text) == {("Qinhai Medicines", "Norvale")}


def test_a_buyer_and_its_target_side_by_side_stay_two_companies() -> None:
    text = (
        "Norvale buys UK eye biotech QinBio for up to US$3 billion\n\n"
        "Norvale and Qinhai Biotech Limited (QinBio) announced today a definitive agreement "
        "under which Norvale will acquire QinBio for up to US$3.0 billion.\n\n"
        "The acquisition brings Norvale QinBio's lead candidate, QB-103.\n"
    )
    groups = alias_groups(text)
    assert not any({"Norvale", "QinBio"} <= g for g in groups)
    assert len(deals_in(text)) == 1


def test_a_city_before_its_country_and_seat_is_no_company() -> None:
    text = (
        "On March 25, Norvale said it would buy Hannover, Germany-based Qinhai "
        "Pharmaceuticals for up to $1.11 billion."
    )
    assert party_pairs(text) == {("Qinhai Pharmaceuticals", "Norvale")}


def test_a_grant_to_a_described_new_company_names_the_company_after_the_comma() -> None:
    # (met in the blind set en29)
    text = (
        "SHANGHAI, September 17, 2025 -- Qinhai Bio (688999.SH), an innovation-driven biopharma, "
        "has granted a newly formed US company, Norvale Bio, Inc., exclusive rights outside "
        "Greater China to QH-7141. Qinhai Bio will receive $12 million upfront."
    )
    assert party_pairs(text) == {("Qinhai Bio", "Norvale Bio, Inc.")}


def test_a_kind_of_contract_organisation_is_no_company() -> None:
    # (met in the blind set en31, as was the test below)
    names = {
        n
        for g in alias_groups(
            "Qinhai Bio, a leading global Contract Research, Development and Manufacturing "
            "Organization (CRDMO), today announced a license agreement with Norvale plc."
        )
        for n in g
    }
    assert not any("Organization" in n for n in names)


def test_valuing_a_described_target_at_a_figure_states_the_total() -> None:
    text = (
        "Norvale agreed to acquire Qinhai Bio for $124 per share in cash, valuing the Cambridge, "
        "Massachusetts, lung cancer specialist at roughly $10.6 billion."
    )
    deal = deals_in(text)[0]
    assert deal.total is not None and deal.total.amount == 10_600_000_000


def test_a_licensees_backers_named_together_are_no_deal() -> None:
    # (met in the blind set en32)
    text = (
        'LONDON, Aug. 26, 2025 /PRNewswire/ -- Norvale Bio Ltd. ("Norvale"), a clinical-stage '
        "biotechnology company backed by Forbion and OrbiMed, today announced that it has "
        "entered into an exclusive license agreement with Qinhai Pharma for QH-6837. Qinhai "
        "Pharma will receive $25 million upfront."
    )
    assert party_pairs(text) == {("Qinhai Pharma", "Norvale Bio Ltd.")}


def test_a_digit_led_code_and_a_named_drug_are_no_companies() -> None:
    # (met in the blind set en34)
    groups = alias_groups(
        "Norvale Life Sciences has licensed rights outside Greater China to 9QH3811, an "
        "antibody developed by Shanghai-based Qinhai Bioscience."
    )
    assert {"9QH3811"} not in groups
    groups = alias_groups(
        "Norvale Pharmaceuticals, maker of the MASH drug Velodra, has signed an exclusive global "
        "licensing agreement with Suzhou Qinhai Life Science Co., Ltd."
    )
    assert {"Velodra"} not in groups
