"""Phrasing met in the blind sets en140 to en146: machine translations whose grantor
"will authorize its" drug "to" the partner, a licensor's short name that cuts its main word
("Kangh" for "Kanghua"), languages and cities read as companies, a backer's hyphenated name
before a company's, a sentence that opens on a subordinate clause, a description of a company
by where it is listed, the two companies' "previous tie-up", and a deal dated "In April" that
must not take a weekday from a sentence about something else.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import alias_groups, deals_in, party_pairs

from dealradar.extract.nationality import description_country
from dealradar.extract.parties import role_votes


def test_a_grantor_that_will_authorize_its_drug_to_a_partner_licenses_it() -> None:
    # en142: "Xinnuowei will authorize its self-developed ... XNW27011 the rights of
    # development ... outside mainland China ... to Ansitailai"
    votes = role_votes(
        "⟨E0⟩ will authorize its self-developed Claudin18.2 targeted antibody-drug conjugate "
        "HV-2701 the rights of development, manufacture and commercialization outside mainland "
        "China, Hong Kong, Macao and Taiwan area to ⟨E1⟩."
    )
    assert (0, 1, 3) in votes.pairs


def test_authorizing_a_described_drug_to_a_company_makes_it_the_licensee() -> None:
    # en142: "signed license agreement, authorize one preclinical trispecific T-cell engager
    # developed by company's research team to Candid"
    votes = role_votes(
        "Same period company announced with US company ⟨E1⟩ signed license agreement, "
        "authorize one preclinical trispecific antibody developed by company's team to ⟨E1⟩"
    )
    assert (1, "licensee", 2) in votes.roles


def test_a_short_name_that_cuts_the_main_word_is_the_same_company() -> None:
    # en141: "Chengdu Kanghua Biological Products Co., Ltd." and then "Kangh"
    text = (
        "Holvik Pharma Inc. is paying $15m upfront for rights to a vaccine from Chengdu-based "
        "Tessa.\n\nHolvik Pharma Inc. has licensed the vaccine from Chengdu Tessarua Biological "
        "Products Co., Ltd., which will get $15m upfront."
    )
    groups = alias_groups(text)
    assert any({"Tessa", "Chengdu Tessarua Biological Products Co., Ltd."} <= g for g in groups)


def test_a_cut_of_four_letters_or_more_is_another_company() -> None:
    # "Astra" of "AstraZeneca": cutting a longer tail is no short form of the name
    text = (
        "Holvik Pharma Inc. is paying $15m upfront for rights to a vaccine from Chengdu-based "
        "Tessa.\n\nHolvik Pharma Inc. has licensed the vaccine from Tessaruvia Biologics Inc., "
        "which will get $15m upfront."
    )
    groups = alias_groups(text)
    assert not any({"Tessa", "Tessaruvia Biologics Inc."} <= g for g in groups)


def test_a_language_is_no_company() -> None:
    # en141: "Kangh, as the Shenzhen-listed vaccine maker styles itself in English, will get
    # $15m" made "English" the licensor of a deal of its own
    text = (
        "Holvik Pharma Inc. has licensed a preclinical vaccine from Chengdu Tessary Biological "
        "Products Co., Ltd.\n\nThe agreement, disclosed on Monday, hands Holvik exclusive "
        "rights everywhere except Greater China. Tessa, as the Shenzhen-listed vaccine maker "
        "styles itself in English, will get $15m (about RMB107m) upfront and can earn up to "
        "$255.5m in milestones."
    )
    assert party_pairs(text) == {
        ("Chengdu Tessary Biological Products Co., Ltd.", "Holvik Pharma Inc.")
    }


def test_a_city_after_of_is_no_company() -> None:
    # en141: "SOTIO Biotech of Prague signed a global licensing agreement with LegoChem"
    text = (
        "On Wednesday, Tessary Biotech of Prague signed a global licensing agreement with "
        "Holvik Biosciences for its linker platform. The deal is valued at up to $1.03 billion."
    )
    names = {n for d in deals_in(text) for c in (d.licensor, d.licensee) for n in [c.name]}
    assert "Prague" not in names
    assert len(deals_in(text)) == 1


def test_a_backer_named_with_a_hyphen_is_no_part_of_the_name() -> None:
    # en141: "PPF Group-backed SOTIO Biotech"
    text = (
        "Norvel Group-backed Tessary Biotech signed a licensing agreement with Holvik "
        "Biosciences Inc. for its ADC platform for $20 million upfront."
    )
    groups = alias_groups(text)
    assert any("Tessary Biotech" in g for g in groups)
    assert not any("Norvel Group-backed Tessary Biotech" in g for g in groups)


def test_a_subordinate_clause_does_not_make_its_company_the_topic() -> None:
    # en141: "Less than six months after spinning out of the company Pfizer bought ..., the
    # new Biohaven is still shopping. Its latest purchase: ... rights to ... from Highlightll"
    text = (
        "Less than six months after spinning out of the company Holvik Pharma bought for its "
        "migraine franchise, the new Tessary Bio Inc. is still shopping. Its latest purchase: "
        "ex-China rights to a TYK2 inhibitor from Norvel Pharmaceutical Co., Ltd.\n\nThe "
        "biotech will hand Norvel $10 million in cash upfront."
    )
    pairs = party_pairs(text)
    assert ("Norvel Pharmaceutical Co., Ltd.", "Tessary Bio Inc.") in pairs
    assert ("Norvel Pharmaceutical Co., Ltd.", "Holvik Pharma") not in pairs


def test_a_description_by_listing_place_names_the_country() -> None:
    # en141: "The Hong Kong-listed drugmaker (HKEX: 3692) is also in line for ... milestones"
    assert description_country("the Hong Kong-listed drugmaker") == "CN"
    assert description_country("the Boston-based biotech") == "US"


def test_the_companies_previous_tie_up_is_a_deal_of_its_own() -> None:
    # en141: "The previous tie-up between the companies was unveiled on Oct. 20, when GSK paid
    # $85 million upfront for ... HS-20089"
    text = (
        "Holvik Pharma Inc. will make a $185 million upfront payment for exclusive rights to "
        "HV-20093 from Tessary Pharmaceutical Group. Tessary is also in line for up to "
        "$1.525 billion in milestones.\n\n"
        "The previous tie-up between the companies was unveiled on Oct. 20, when Holvik paid "
        "$85 million upfront for worldwide rights to HV-20089."
    )
    deals = deals_in(text)
    upfronts = sorted(d.upfront.amount for d in deals if d.upfront is not None)
    assert upfronts == [85_000_000, 185_000_000]
    assert {(d.licensor.name, d.licensee.name) for d in deals} == {
        ("Tessary Pharmaceutical Group", "Holvik Pharma Inc.")
    }


def test_a_deal_dated_in_a_month_takes_no_weekday_from_other_news() -> None:
    # en141: "In April, BioNTech paid Duality Biologics $170 million upfront ..." and later
    # "Earlier Monday it reported third-quarter revenue": Monday is not the April deal's day
    text = (
        "Holvik Pharma Inc. goes back to China\n\nBy a staff reporter | Nov. 6, 2023\n\n"
        "Holvik said Monday it will take worldwide rights to HV-8002 from Tessary Bio Inc. "
        "Holvik is handing over $55 million upfront.\n\n"
        "In April, Holvik paid Norvel Biologics Co., Ltd. $170 million upfront for ex-China "
        "rights to two conjugates, NV-1303 and NV-1311.\n\n"
        "Holvik, meanwhile, is looking to reinvent itself. Earlier Monday it reported "
        "third-quarter revenue of €895.3 million."
    )
    dated = {d.licensor.name: d.announced for d in deals_in(text)}
    assert dated["Norvel Biologics Co., Ltd."] is None
    assert dated["Tessary Bio Inc."] is not None


def test_the_european_union_is_no_company() -> None:
    # en143: "rights in the United States, Canada, the European Union, the United Kingdom and
    # Australia" made "Union" the licensor of a deal of its own
    text = (
        "- Holvik obtains rights in the United States, Canada, the European Union, the United "
        "Kingdom and Australia\n\nHolvik Pharma Inc. will make an upfront payment of $7.5 "
        "million to Tessary Bio Co., Ltd. Holvik receives exclusive rights to TS-6002 in the "
        "United States, Canada, the European Union, the United Kingdom and Australia."
    )
    names = {n for g in alias_groups(text) for n in g}
    assert "Union" not in names


def test_committed_capital_from_investors_is_no_payment() -> None:
    # en140: "start-up Xaira launched in late April with more than $1 billion in committed
    # capital from ARCH Venture Partners, Foresite Labs and others"
    votes = role_votes(
        "AI drug-discovery start-up ⟨E7⟩ launched in late April with more than $1 billion in "
        "committed capital from ARCH Venture Partners, ⟨E8⟩ and others."
    )
    assert votes.roles == []


def test_a_lower_case_industry_word_ends_a_name_in_capitals() -> None:
    # en144: "Target ........... IVERIC bio, Inc. (Nasdaq: ISEE)" made "bio, Inc." a company
    text = (
        "Holvik Pharma Inc. agreed to acquire TESSARY bio, Inc. for $5.9 billion.\n\n"
        "Tessary Bio shareholders will receive $40.00 per share in cash."
    )
    names = {n for g in alias_groups(text) for n in g}
    assert "TESSARY bio, Inc." in names
    assert "bio, Inc." not in names


def test_a_company_defined_as_the_licensee_is_the_licensee() -> None:
    # en143: 'Megalith ("Megalith"), an indirect wholly-owned subsidiary of the Company, has
    # entered into an exclusive licence agreement ... with Elevation Oncology, Inc. (Nasdaq:
    # ELEV) (the "Licensee")'
    votes = role_votes(
        "The Board is pleased to announce that ⟨E0⟩ has entered into an exclusive licence "
        'agreement with ⟨E1⟩ (Nasdaq: ELEV) (the "Licensee"), a company incorporated in Delaware.'
    )
    assert (1, "licensee", 3) in votes.roles


def test_a_licence_of_a_drug_to_a_company_makes_it_the_licensee() -> None:
    # en146: "The deal followed last July's licence of the Claudin 18.2 ADC SYSA1801 to
    # Elevation Oncology, which carried a US$27 million upfront payment."
    votes = role_votes(
        "The deal followed last July's licence of the Claudin 18.2 ADC TS-1801 to ⟨E2⟩, which "
        "carried a US$27 million upfront payment."
    )
    assert (2, "licensee", 2) in votes.roles


def test_newly_launched_drugs_are_no_new_company() -> None:
    # en146: "sales of newly launched innovative drugs" made a licence a NewCo
    text = (
        "Tessary Pharmaceutical Group Limited reported revenue of RMB 30.9 billion, as sales "
        "of newly launched innovative drugs grew. In February, Tessary granted Holvik "
        "Pharmaceuticals Inc. exclusive rights to TS-6002 for a US$7.5 million upfront fee."
    )
    (deal,) = deals_in(text)
    assert deal.deal_type == "license"


def test_executives_are_no_company() -> None:
    # en146: 'Executives said they expect "several" additional out-licensing transactions'
    text = (
        "Tessary Pharmaceutical Group Limited granted Holvik Pharmaceuticals Inc. exclusive "
        "rights to TS-6002 for a US$7.5 million upfront fee. Executives said they expect "
        '"several" additional out-licensing transactions in 2023.'
    )
    names = {n for g in alias_groups(text) for n in g}
    assert "Executives" not in names


def test_a_sum_kept_back_is_in_no_figure_after_it() -> None:
    # en144: "will pay Sciwind a upfront fee (amount not disclose), and the development,
    # registration and sales milestone payments together at most 56 million US dollars"
    text = (
        "According to the agreement, Holvik Pharma Inc. will pay Tessary Bio Co., Ltd. a "
        "upfront fee (amount not disclose), and the development, registration and sales "
        "milestone payments together at most 56 million US dollars, plus royalties."
    )
    (deal,) = deals_in(text)
    assert deal.upfront is None
    assert deal.milestones is not None and deal.milestones.amount == 56_000_000
