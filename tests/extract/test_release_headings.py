"""How a press release's first lines are read: a Business Wire dateline, one release
announcing two agreements at once, and a title-case headline whose verbs and prepositions
open no company name.

Found in a review of the misses left on the held-out sets (en9, en13); every example is
written for this file (invented companies and drugs).
"""

from __future__ import annotations

from datetime import date

from phrasing import alias_groups, deals_in

from dealradar.extract.dates import find_dateline
from dealradar.extract.en.pipeline import _ALL_ANNOUNCED
from dealradar.extract.text import fold_case


def test_a_business_wire_dateline_dates_the_release() -> None:
    text = (
        "Norvale to Acquire Qinhai Bio\n\n"
        "PRINCETON, N.J. & SAN DIEGO--(BUSINESS WIRE)--October 8, 2023-- Norvale Pharma and "
        "Qinhai Bio, Inc. today announced a definitive merger agreement under which Norvale will "
        "acquire Qinhai Bio for $58.00 per share in cash.\n"
    )
    found = find_dateline(text)
    assert found is not None and found.value == date(2023, 10, 8)
    (deal,) = deals_in(text)
    assert deal.announced == date(2023, 10, 8)


def test_a_release_announcing_two_agreements_dates_both() -> None:
    text = (
        "Qinhai Bio and Norvale Announce Two Agreements: Exclusive License for QH-25 in Asia and "
        "Research Collaboration on the Qinhai Platform\n\n"
        "- Norvale to pay Qinhai Bio a total of $60 million in upfront payments under the two "
        "agreements\n"
        "- Qinhai Bio eligible for milestones and tiered royalties\n\n"
        "BOSTON and BEIJING, China, Nov. 26, 2018 (GLOBE NEWSWIRE) -- Qinhai Bio Inc. (NYSE/TSX: "
        "QHB), a clinical-stage biopharmaceutical company developing multifunctional "
        "biotherapeutics, and Norvale, Ltd. (NASDAQ: NRVL; HKEX: 06160), a commercial-stage "
        "biopharmaceutical company, today announced that the companies have entered into two "
        "separate agreements.\n\n"
        "License Agreement for QH-25\n"
        "Under the first agreement, Norvale receives exclusive rights to develop and "
        "commercialize QH-25 in Asia. Qinhai Bio will receive $40 million upfront.\n\n"
        "Research Collaboration\n"
        "Under the second agreement, Norvale and Qinhai Bio will collaborate on research using "
        "Qinhai's platform, and Qinhai Bio will receive $20 million upfront.\n"
    )
    deals = deals_in(text)
    assert len(deals) == 2
    assert {d.announced for d in deals} == {date(2018, 11, 26)}
    # the sentence counts as announcing all the release's deals (when a deal's own sentences
    # leave out the dateline's, as a longer release's may, that sentence dates it)
    low = fold_case(text)
    hit = _ALL_ANNOUNCED.search(low)
    assert hit is not None and low[hit.start() :].startswith("announced that the companies")


def test_a_title_case_headlines_verbs_and_prepositions_open_no_name() -> None:
    groups = alias_groups(
        "Norvale to Acquire Qinhai Therapeutics, Strengthening its Oncology Portfolio\n\n"
        "Norvale will acquire Qinhai Therapeutics, Inc. for $4.8 billion."
    )
    assert {"Qinhai Therapeutics", "Qinhai Therapeutics, Inc."} in groups
    groups = alias_groups(
        "Norvale Enters Into License Agreement With Qinhai Bio\n\n"
        "Norvale said it licensed QH-1 from Qinhai Bio."
    )
    assert groups == [{"Norvale"}, {"Qinhai Bio"}]


def test_a_product_franchise_is_no_company() -> None:
    groups = alias_groups(
        "Norvale to Acquire Global Velora ALS Franchise from Qinhai Pharma\n\n"
        "Norvale will pay Qinhai Pharma $2.5 billion for its worldwide rights to Velora."
    )
    assert not any("Franchise" in name for group in groups for name in group)
