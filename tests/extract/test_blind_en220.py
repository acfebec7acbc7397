"""Phrasing met in the blind sets en220 to en225 (epithets, co-licensors, syntax, numbers in
words, new modalities, key-terms boxes), and in the misses of earlier held-out sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from decimal import Decimal

from phrasing import alias_groups, asset_names, company_names, deals_in, one_deal, party_pairs

from dealradar.extract import parties
from dealradar.extract.dealtype import deal_type
from dealradar.extract.parties import role_votes

# --- who is who -----------------------------------------------------------------------------


def test_a_described_company_opening_a_clause_is_the_one_of_that_country_named_before() -> None:
    # en219-002: "Metsera said it had signed an amended merger agreement with Pfizer under
    # which the New York drugmaker will pay ..." gave the payment to Metsera
    d = one_deal(
        "Late Friday, Quorvia said it had signed a license agreement with Pfizer under which "
        "the New York drugmaker will pay $40 million upfront for rights to QV-12."
    )
    assert (d.licensor.name, d.licensee.name) == ("Quorvia", "Pfizer")


def test_a_described_company_after_a_giving_verb_keeps_the_giver_rule() -> None:
    # guard (en47-004): "giving the Chengdu drugmaker a piece of its own program" is not a
    # clause of its own; the swap deal of the story stays two deals
    pairs = party_pairs(
        "Corvane Bio is reaching into Kelvex-Biotech's ADC shelf, and, in the same breath, "
        "giving the Chengdu drugmaker a piece of its own lead program. Corvane said it has "
        "licensed KX-105 from Kelvex-Biotech. Kelvex-Biotech is getting $80 million upfront. "
        "The flip side of the pact: Kelvex-Biotech takes Greater China rights to CV-001, "
        "Corvane's bispecific, for $20 million upfront."
    )
    assert ("Kelvex-Biotech", "Corvane Bio") in pairs


def test_a_description_naming_the_city_in_a_company_name_is_that_company() -> None:
    # en220-003: "the Suzhou biotech will receive" went to the Hong Kong-listed parent, not
    # to "Nona Biosciences (Suzhou) Co., Ltd."
    d = one_deal(
        "On May 23, Harlow BioMed (02142.HK) announced that the Group's subsidiary Tavi "
        "Biosciences (Suzhou) Co., Ltd. has signed with Corvane an exclusive option agreement. "
        "According to the terms, the Suzhou biotech will receive an upfront payment of 19 "
        "million US dollars."
    )
    assert d.licensor.name == "Tavi Biosciences (Suzhou) Co., Ltd."
    assert d.upfront is not None and d.upfront.amount == Decimal(19_000_000)


def test_a_pharmaceutical_giant_and_a_swiss_major_are_descriptions() -> None:
    # en220-003/004: "the British-Swedish pharmaceutical giant obtains exclusive option" and
    # "the Swiss major buys ..." stood for no company
    found = [
        word
        for _, _, word in parties._pronouns(
            "According to the agreement, the British-Swedish pharmaceutical giant obtains an "
            "option, and the Swiss major said it would pay."
        )
    ]
    assert "the British-Swedish pharmaceutical giant" in found
    assert "the Swiss major" in found
    # guard: "the major markets" describes no company, nor does "giant cell arteritis"
    assert parties._pronouns("Quill sells it in the major markets.") == []
    assert parties._pronouns("Quill treats the giant cell arteritis of the elderly.") == []


def test_a_place_and_a_technology_before_a_description_is_no_name() -> None:
    # en220-004: "the Swiss major buys the La Jolla AOC pioneer" made "La Jolla AOC" a company
    # and a second deal
    names = company_names(
        "Paying up for delivery: the Swiss major buys the La Jolla AOC pioneer. Novartis has "
        "agreed to acquire Quorvia Biosciences."
    )
    assert names == {"Novartis", "Quorvia Biosciences"}


def test_a_company_kept_going_is_no_licensor() -> None:
    # en104-003: "the Indian generics giant keeps beefing up Accord's specialty roster" made
    # the parent keep rights, and a deal with its own unit
    pairs = party_pairs(
        "Tarvel Pharma is handing Quill Bio $21 million upfront for US rights to QB-06. For "
        "Ostrava, the deal comes as Ostrava keeps beefing up Tarvel Pharma's specialty roster."
    )
    assert pairs == {("Quill Bio", "Tarvel Pharma")}


def test_a_parent_named_beside_its_subsidiary_makes_no_deal_with_it() -> None:
    # en222-001: "In mainland China, SystImmune and its parent, Biokin, retain all rights"
    # made a deal from Biokin to SystImmune
    pairs = party_pairs(
        "Exclusive rights outside mainland China are granted to Corvane, which will pay "
        "Orlane Inc. $80 million upfront. In mainland China, Orlane Inc. and its parent, "
        "Sichuan Harwick, retain all rights."
    )
    assert pairs == {("Orlane Inc.", "Corvane")}


def test_a_name_with_an_aside_between_dashes_before_its_verb_is_a_company() -> None:
    # en223-005: "Beijing-based BioMap — Baitu Shengke in Chinese — struck a research
    # collaboration with Sanofi" left BioMap unread
    d = one_deal(
        "Beijing-based TavMap — Tawei Shengke in Chinese — struck a research collaboration "
        "with Corvane. Corvane will pay an upfront fee plus milestones that together could "
        "bring TavMap as much as a billion dollars."
    )
    assert (d.licensor.name, d.licensee.name) == ("TavMap", "Corvane")


def test_a_code_described_as_a_companys_drug_is_no_company() -> None:
    # en224-005: "take an exclusive global license to ARO-SNCA, Arrowhead's preclinical siRNA"
    # made the code a licensee
    d = one_deal(
        "On Tuesday, Quill Pharmaceuticals said Corvane Pharma AG will take an exclusive "
        "global license to QUI-SNCA, Quill's preclinical siRNA against alpha-synuclein. Quill "
        "collects $200M upfront."
    )
    assert (d.licensor.name, d.licensee.name) == ("Quill Pharmaceuticals", "Corvane Pharma AG")
    assert [a.name for a in d.assets] == ["QUI-SNCA"]


def test_a_company_described_by_its_kind_after_a_drug_word_stays_a_company() -> None:
    # guard (en102-004): "HilleVax, the Boston vaccine developer" is a company
    d = one_deal(
        "Quillvax, the Boston vaccine developer, signed for worldwide rights to QV-216 from "
        "Chengdu Tavi Biological Products Co., Ltd. Tavi collects $15 million up front."
    )
    assert d.licensee.name == "Quillvax"


def test_agreeing_to_a_licence_from_a_company_takes_it() -> None:
    # en225-006: "AstraZeneca agreed to an exclusive global license for CMG901 ... from KYM"
    # gave AstraZeneca no role, and KYM was paired with the next item's company
    votes = role_votes(
        "⟨E1⟩ agreed to an exclusive global license for TV-901, a Claudin 18.2-targeted "
        "antibody-drug conjugate, from ⟨E2⟩, the joint venture formed by ⟨E3⟩ and ⟨E4⟩."
    )
    assert (1, "licensee", 2) in votes.roles
    # guard: agreeing to license (the verb) out to a company is granting
    assert (1, "licensor", 3) in role_votes("⟨E1⟩ agreed to license TV-901 to ⟨E2⟩.").roles


def test_a_biological_products_company_keeps_its_last_word() -> None:
    # en225-007: "Chengdu Kanghua Biological Products (Kangh)" lost "Products"
    groups = alias_groups(
        "Quillvax brought QV-216 in from Chengdu Tavi Biological Products (Tavi) in January."
    )
    assert {"Chengdu Tavi Biological Products", "Tavi"} in groups


def test_a_filings_parent_defined_after_a_bare_legal_description_is_the_buyer() -> None:
    # en220-006: 'Novartis AG, a company organized under the laws of Switzerland ("Parent")'
    # left "Parent" a company of its own
    pairs = party_pairs(
        'On September 9, 2025, Quorvia Bio, Inc. (the "Company") entered into an Agreement and '
        "Plan of Merger with Corvane AG, a company organized under the laws of Switzerland "
        '("Parent"). Parent will acquire the Company for approximately $1.4 billion in cash.'
    )
    assert pairs == {("Quorvia Bio, Inc.", "Corvane AG")}


def test_a_defined_term_does_not_outrank_an_acronym_name() -> None:
    # en225-004: "UCB S.A." (all capitals) gave way to its defined term "Parent" as the name
    groups = alias_groups(
        "Quorvia, Inc. entered into an Agreement and Plan of Merger with TCB S.A., a société "
        'anonyme organized under the laws of Belgium ("Parent").'
    )
    assert {"TCB S.A.", "Parent"} in groups
    deals = deals_in(
        "Quorvia, Inc. entered into an Agreement and Plan of Merger with TCB S.A., a société "
        'anonyme organized under the laws of Belgium ("Parent"). Parent will acquire Quorvia '
        "for about $1.9 billion."
    )
    assert [d.licensee.name for d in deals] == ["TCB S.A."]


def test_a_trade_name_of_a_company_is_its_alias() -> None:
    # en221-001: "MSD, the trade name of U.S. drugmaker Merck & Co. outside North America"
    groups = alias_groups(
        "Tavi signed with QSD, the trade name of U.S. drugmaker Quorvia & Co. outside North "
        "America, to develop three cell therapies."
    )
    assert {"QSD", "Quorvia & Co."} in groups


def test_a_pinyin_name_ties_to_the_han_name_in_brackets() -> None:
    # en219-003: "MediLink Therapeutics (Suzhou) Co., Ltd. (宜联生物, ...)" and later "Yilian
    # Bio" were two companies
    groups = alias_groups(
        "Harlow said its subsidiary Tavi Biosciences together with QuantLink Therapeutics "
        "(宜联生物) signed with Corvane. Tavi Bio and Yilian Bio will get the upfront payment."
    )
    assert any({"QuantLink Therapeutics", "Yilian Bio"} <= g for g in groups)


# --- co-licensors ---------------------------------------------------------------------------


def test_co_licensors_paid_together_both_carry_the_terms() -> None:
    # en219-003: "Nona Bio and Yilian Bio will get the upfront payment and near-term payment
    # total 53 million US dollars, and ... milestone payment up to 1.05 billion" gave the
    # figures to the first licensor only
    deals = deals_in(
        "Tavi Biosciences together with QuantLink Therapeutics have signed with Corvane an "
        "exclusive license agreement, to grant Corvane the global rights to TV-9033. According "
        "to the agreement, Tavi Biosciences and QuantLink Therapeutics will get the upfront "
        "payment and near-term payment total 53 million US dollars, and are eligible to get "
        "milestone payments up to 1.05 billion US dollars."
    )
    assert {d.licensor.name for d in deals} == {"Tavi Biosciences", "QuantLink Therapeutics"}
    for d in deals:
        assert d.licensee.name == "Corvane"
        assert d.upfront is not None and d.upfront.amount == Decimal(53_000_000)
        assert d.milestones is not None and d.milestones.amount == Decimal(1_050_000_000)


def test_co_licensors_share_the_type_and_territory_told_once() -> None:
    # en221-003: "Prolium will pay to two companies ..." and "a newly established American
    # company" went to one of the two co-licensors' deals
    deals = deals_in(
        "Recently, Kangwei Biotech and Nuoxin Pharma respectively issued announcements: the "
        "two companies and a newly established American company Prolix Bio signed an exclusive "
        "license agreement, and the rights outside Asia to TV-355 are granted to Prolix Bio. "
        "Under the agreement, Prolix Bio obtains the exclusive rights in the global scope "
        "except Asia; Kangwei Biotech and Nuoxin Pharma keep the rights in Asia. Prolix Bio "
        "will pay to the two companies an upfront payment of 17.5 million US dollars."
    )
    assert len(deals) == 2
    assert {(d.deal_type, d.territory_class) for d in deals} == {("newco", "regional")}
    assert all(d.upfront is not None for d in deals)


# --- terms ----------------------------------------------------------------------------------


def test_a_tender_offer_net_to_the_seller_in_cash_pays_the_value_upfront() -> None:
    # en220-006 (and four other filings): "at a price of $48.00 per Share, net to the seller
    # in cash" with the equity value elsewhere left the upfront empty
    d = one_deal(
        'Quorvia Bio, Inc. (the "Company") entered into an Agreement and Plan of Merger with '
        "Corvane AG. Corvane will commence a tender offer to acquire all of the outstanding "
        "shares of the Company at a price of $48.00 per Share, net to the seller in cash. The "
        "transaction values the Company at approximately $1.4 billion."
    )
    assert d.deal_type == "acquisition"
    assert d.upfront is not None and d.upfront.amount == Decimal(1_400_000_000)


# --- assets and deal type -------------------------------------------------------------------


def test_an_antibody_oligonucleotide_conjugates_inn_is_one_name() -> None:
    # en220-004: "del-zota (delpacibart zotadirsen)" gave two drugs, and "Antibody
    # Oligonucleotide Conjugate (AOC)" a drug named "Oligonucleotide"
    names = asset_names(
        "built on the Antibody Oligonucleotide Conjugate (AOC) platform: del-zota "
        "(velpacibart zotadirsen) in DMD"
    )
    assert "velpacibart zotadirsen" in names
    assert "Oligonucleotide" not in names


def test_a_mineralocorticoid_antagonist_is_a_drug() -> None:
    # en223-005: "agreed to acquire ocedurenone (KBP-5074)" named only the code
    assert asset_names("agreed to acquire tavidurenone (QV-5074) from Quill") == [
        "tavidurenone",
        "QV-5074",
    ]


def test_buying_a_company_described_by_its_technology_is_no_asset_purchase() -> None:
    # en220-004: "the Swiss major buys the La Jolla AOC pioneer", AOC being a platform of the
    # deal, made the takeover an asset purchase
    assert (
        deal_type(
            ["the Swiss major buys the Boston AOC pioneer", "it will acquire Quorvia Inc."],
            asset_names=("AOC",),
        )
        == "acquisition"
    )
    # guard: buying the platform itself is buying an asset
    assert deal_type(["Corvane buys the AOC platform from Quorvia"], asset_names=("AOC",)) == (
        "asset-purchase"
    )


def test_a_drug_left_out_of_the_deal_after_an_apposition_is_no_asset() -> None:
    # en221-001: "Artiva's own lead candidate, AB-101, a non-engineered NK cell therapy being
    # tested with rituximab ..., is not part of the MSD agreement"
    d = one_deal(
        "Tavi Cell will hand Corvane exclusive worldwide rights to TC-301 for $50 million "
        "upfront. Tavi's own lead candidate, TC-101, a cell therapy being tested with "
        "rituximab in lymphoma, is not part of the Corvane agreement."
    )
    assert [a.name for a in d.assets] == ["TC-301"]
