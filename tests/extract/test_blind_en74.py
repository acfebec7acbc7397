"""Phrasing met in the held-out sets en43 and en71 (a takeover recalled as "last year's $2.9
billion purchase of Y", its buyer named only as "its" or as the sentence's topic) and in the
blind sets en74 to en77.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from phrasing import alias_groups, company_names, deals_in, one_deal, party_pairs

from dealradar.extract.parties import role_votes


def test_last_years_purchase_is_the_topic_companys() -> None:
    # en43: "For Sanofi, the buy is the latest in a run of bolt-ons — following last year's
    # $2.9 billion purchase of Provention Bio, maker of ..."
    text = (
        "Holvik Pharma will buy Tessary Bio for $1.2 billion in cash. For Holvik, the buy is "
        "the latest in a run of bolt-ons — following last year's $2.9 billion purchase of "
        "Lianshan Therapeutics, maker of the diabetes drug Glucara — as its chief executive "
        "prepares for patent expiries."
    )
    assert party_pairs(text) == {
        ("Tessary Bio", "Holvik Pharma"),
        ("Lianshan Therapeutics", "Holvik Pharma"),
    }


def test_its_opening_a_sentence_stands_for_the_paragraphs_company() -> None:
    # en71: "... Merck has been spending to fill the gap. Its biggest bet so far was last
    # year's $10.8 billion takeover of Prometheus Biosciences, which brought in ..."
    text = (
        "Holvik Pharma said Monday it will buy Tessary Bio for $1.3 billion upfront.\n\n"
        "Its top seller loses patent protection in 2028, and Holvik has been spending to fill "
        "the gap. Its biggest bet so far was last year's $10.8 billion takeover of Lianshan "
        "Biosciences, which brought in an antibody for colitis."
    )
    assert party_pairs(text) == {
        ("Tessary Bio", "Holvik Pharma"),
        ("Lianshan Biosciences", "Holvik Pharma"),
    }


def test_its_opening_a_paragraph_stands_for_no_one() -> None:
    # dev en-023: a paragraph that opens "Its first ADC pact of the year came in April with
    # Tubulis" turns back to the article's buyer, not to the company the paragraph before
    # ended on
    text = (
        "Holvik Pharma signs ADC deal with Tessary Bio\n\n"
        "Holvik Pharma will pay Tessary Bio $80 million upfront for rights to TB-12. Last "
        "month Holvik said it would acquire Lianshan Therapeutics' degrader program. Lianshan "
        "has developed new payloads that degrade a protein inside cancer cells.\n\n"
        "Its first ADC pact of the year came in April with Quorvia, giving Holvik access to the "
        "German biotech's linker technology."
    )
    pairs = party_pairs(text)
    assert ("Quorvia", "Lianshan Therapeutics") not in pairs
    assert ("Tessary Bio", "Holvik Pharma") in pairs


def test_a_company_going_back_to_another_for_a_pact_takes_the_rights() -> None:
    # en77: "Sanofi has gone back to Earendil Labs, the AI-driven antibody designer ..., for a
    # second bispecific pact"
    text = (
        "Holvik Pharma has gone back to Tessary Labs, the antibody designer affiliated with "
        "Lianshan Therapeutics, for a second bispecific pact, barely nine months after the "
        "first. Holvik is paying up to $160m in upfront and near-term payments."
    )
    assert ("Tessary Labs", "Holvik Pharma") in party_pairs(text)


def test_a_company_taking_rights_in_an_absolute_clause_is_the_licensee() -> None:
    # en77: "The first deal ... was an in-licence of two named assets, ..., with Sanofi taking
    # worldwide rights."
    votes = role_votes(
        "The first deal was an in-licence of two assets, TX-1 and TX-2, with ⟨E0⟩ taking "
        "worldwide rights."
    )
    assert (0, "licensee", 2) in votes.roles


def test_a_capitalised_word_opening_a_bullet_is_no_company() -> None:
    # en77: "- Cash committed early: $175m in 2025 ..." (the word is "cash" elsewhere)
    text = (
        "Holvik Pharma licensed TX-1 from Tessary Bio. Side by side:\n"
        "- Cash committed early: $175m in 2025 against $160m now.\n"
        "- The early cash in the new pact is in line with the median."
    )
    assert "Cash" not in company_names(text)


def test_a_country_joined_to_a_lower_case_word_is_no_company() -> None:
    # en77: "in line with the median for platform-style deals with Chinese-origin AI biotechs"
    names = company_names(
        "Holvik Pharma has gone back to Tessary Labs for a second pact. Our take: At roughly 6% "
        "of the headline, the early cash in the new pact is in line with the median for "
        "platform-style deals with Chinese-origin AI biotechs that we track (5-8%)."
    )
    assert "Chinese-origin" not in names


def test_a_subsidiary_the_parent_announces_is_the_party_with_its_parent_as_alias() -> None:
    # en74: "Biokin announced that its wholly owned US subsidiary SystImmune, Inc. has entered
    # into an exclusive license and collaboration agreement with Bristol Myers Squibb"
    text = (
        "Overnight, Lianshan Pharmaceutical announced that its wholly owned US subsidiary "
        "Tessary, Inc. has entered into an exclusive license agreement with Holvik Pharma for "
        "TX-101. Holvik gets rights everywhere except mainland China, which Lianshan keeps. "
        "Tessary receives tiered royalties on net sales."
    )
    assert {"Lianshan Pharmaceutical", "Tessary, Inc."} <= next(
        g for g in alias_groups(text) if "Tessary, Inc." in g
    )
    (deal,) = deals_in(text)
    assert deal.licensors[0].name == "Tessary, Inc."
    assert deal.licensees[0].name == "Holvik Pharma"


def test_money_handed_to_a_company_named_after_its_country_is_a_payment() -> None:
    # en74: "Roche kicked off the new year by handing China's MediLink Therapeutics $50 million
    # in upfront and near-term payments for the worldwide rights to YL211"
    text = (
        "Swiss pharma Holvik kicked off the new year by handing China's Tessary Therapeutics "
        "$50 million in upfront and near-term payments for the worldwide rights to TX-211."
    )
    assert party_pairs(text) == {("Tessary Therapeutics", "Holvik")}


def test_taking_over_global_development_is_no_takeover() -> None:
    # en74: "Roche will take over global development, manufacturing and commercialization"
    deal = one_deal(
        "Holvik Pharma will pay Tessary Bio $50 million upfront for worldwide rights to TX-211. "
        "Holvik will take over global development, manufacturing and commercialization once "
        "TX-211 completes an initial portion of work."
    )
    assert deal.deal_type == "license"


def test_a_filings_defined_option_and_a_cvr_are_no_companies() -> None:
    # en75: 'the Company granted Gilead an exclusive option (the "Option")', "plus one
    # non-tradeable contingent value right (CVR) per share"
    text = (
        "Tessary Therapeutics, Inc. entered into an Exclusive Option and License Agreement with "
        'Holvik Sciences, Inc. ("Holvik"), pursuant to which the Company granted Holvik an '
        'exclusive option (the "Option") to obtain a worldwide license. Upon exercise of the '
        "Option, Holvik will assume all further development. Separately, Lianshan will buy "
        "Quorvia Corporation at $129 a share in cash plus one contingent value right (CVR) per "
        "share. The CVR pays $2 on a development milestone."
    )
    names = company_names(text)
    assert "Option" not in names
    assert "CVR" not in names


def test_a_company_being_bought_after_its_citys_possessive_is_a_company() -> None:
    # en75: "AstraZeneca is buying Seattle's Icosavax for $15 a share in cash"
    text = (
        "Holvik Pharma is buying Seattle's Tessavax for $15 a share in cash, roughly $800 "
        "million, plus a contingent value right worth up to $5 a share."
    )
    assert party_pairs(text) == {("Tessavax", "Holvik Pharma")}


def test_payments_that_could_follow_do_not_hedge_the_deal() -> None:
    # en76: "BMS will hand SystImmune $800 million in cash upfront, and a further $500 million
    # in contingent near-term payments could follow."
    text = (
        "Holvik Pharma said it would partner with Tessary Inc. on TX-B01. Holvik will hand "
        "Tessary $800 million in cash upfront, and a further $500 million in contingent "
        "near-term payments could follow."
    )
    assert party_pairs(text) == {("Tessary Inc.", "Holvik Pharma")}


def test_a_platform_a_company_owns_is_no_company() -> None:
    # en76: "two masked T-cell engagers that will be built with Adagene's SAFEbody precision
    # masking technology. SAFEbody places a cleavable mask over ..."
    text = (
        "Tessary Inc. said on Monday it had entered a licence agreement with Holvik Bio. The "
        "partnership covers two engagers built with Tessary's MASKbody precision masking "
        "technology. MASKbody places a cleavable mask over an antibody's binding site."
    )
    assert "MASKbody" not in company_names(text)


def test_an_option_to_take_rights_back_takes_no_rights() -> None:
    # en76: "Adagene, however, keeps an option to take the rights back for Greater China"
    votes = role_votes("⟨E0⟩, however, keeps an option to take the rights back for Greater China.")
    assert not [r for r in votes.roles if r[1] == "licensee"]


def test_royalties_on_net_sales_after_a_figure_are_no_sales_figure() -> None:
    # en76: "milestone payments of as much as US$840 million, along with royalties on net sales
    # of any products"
    deal = one_deal(
        "Tessary Inc. entered a licence agreement with Holvik Bio for TX-7. Tessary will "
        "receive five million US dollars on signing and is eligible for development, "
        "regulatory and commercial milestone payments of as much as US$840 million, along "
        "with royalties on net sales of any products."
    )
    assert deal.milestones is not None and deal.milestones.amount == 840_000_000
    assert deal.upfront is not None and deal.upfront.amount == 5_000_000


def test_a_lone_party_in_the_about_section_opens_no_deal() -> None:
    # en77: "Formation Bio is a tech- and AI-driven pharma company that acquires or licenses
    # clinical-stage drug candidates" under "About Formation Bio"
    text = (
        "Holvik Bio today announced that Quorvia Bio, a new company it formed, has signed an "
        "exclusive license agreement with Tessary Pharmaceutical Co., Ltd. for TX-5032. "
        "Quorvia will pay Tessary an upfront payment and up to $500 million in milestones.\n\n"
        "About Holvik Bio\n\n"
        "Holvik Bio is an AI-driven pharma company that acquires or licenses clinical-stage "
        "drug candidates and develops them through its own platform."
    )
    assert ("Tessary Pharmaceutical Co., Ltd.", "Holvik Bio") not in party_pairs(text)


def test_the_one_company_of_a_sentence_paying_after_a_comma_is_the_payer() -> None:
    # en77: "In 2022 Sanofi signed a collaboration to apply the masking technology to antibody
    # candidates of its choosing, paying $17.5 million upfront"
    votes = role_votes(
        "In 2022 ⟨E3⟩ signed a collaboration to apply the masking technology to antibody "
        "candidates of its choosing, paying $17.5 million upfront."
    )
    assert (3, "licensee", 2) in votes.roles
    # with two companies the payer may be either: no vote from the comma alone
    two = role_votes(
        "⟨E1⟩ developed TX-1 and it will be sold by ⟨E2⟩, which took rights outside China in "
        "April 2021, paying $30 million upfront."
    )
    assert (1, "licensee", 2) not in two.roles


def test_a_figure_in_dashes_before_its_cue_and_a_transaction_that_reaches_a_sum() -> None:
    # en76: "Most of that — up to $7.1 billion — is tied to development, regulatory and sales
    # milestones."; en75: "Fully paid out, the transaction reaches approximately $9.5bn"
    deal = one_deal(
        "Holvik Pharma will pay Tessary Bio $800 million upfront for TX-B01. Most of the rest "
        "— up to $7.1 billion — is tied to development, regulatory and sales milestones."
    )
    assert deal.milestones is not None and deal.milestones.amount == 7_100_000_000
    bought = one_deal(
        "Holvik Pharma will buy Tessary Medicines at $129 a share in cash plus one contingent "
        "value right per share. The cash leg values Tessary's equity at roughly $9.1bn. Fully "
        "paid out, the transaction reaches approximately $9.5bn on an equity basis."
    )
    assert bought.total is not None and bought.total.amount == 9_500_000_000


def test_a_title_case_headline_splits_at_launches_and_around() -> None:
    # en81: "Keymed Biosciences Launches Timberlyne Therapeutics Around Anti-CD38 Antibody
    # CM313, Takes 25% Stake"
    text = (
        "Holvik Biosciences Launches Tessary Therapeutics Around Anti-CD38 Antibody TX313, "
        "Takes 25% Stake\n\n"
        "CHENGDU, China -- Holvik Biosciences Inc. today announced that it has entered into an "
        "exclusive license agreement with Tessary Therapeutics, Inc., a newly established U.S. "
        "company. Tessary will pay Holvik up to US$30 million in upfront and near-term payments."
    )
    assert party_pairs(text) == {("Holvik Biosciences Inc.", "Tessary Therapeutics, Inc.")}


def test_a_company_paid_money_is_a_company() -> None:
    # en81: "In 2021 the company paid Sosei Heptares $100 million upfront for a portfolio of
    # muscarinic receptor agonists"
    text = (
        "Holvik Biosciences will pay Tessary Sciences $45 million upfront for NLRP3 inhibitors. "
        "In 2021 Holvik paid Lianshan Quorvia $100 million upfront for a portfolio of receptor "
        "agonists, a pact that delivered its schizophrenia candidate."
    )
    assert "Lianshan Quorvia" in company_names(text)


def test_a_company_bought_after_its_buyer_is_named_twice() -> None:
    # en81: "This is Amgen's second sizeable purchase since August, when it agreed to buy
    # ChemoCentryx for $3.7 billion."
    votes = role_votes(
        "This is ⟨E0⟩'s second sizeable purchase since August, when ⟨E0⟩ agreed to buy ⟨E5⟩ "
        "for $3.7 billion."
    )
    assert (5, 0, 4) in votes.pairs


def test_it_after_said_and_a_weekday_is_the_subject_and_handing_is_paying() -> None:
    # en78: "The ... biotech said Thursday it will sell FYARRO to Japan's Kaken Pharmaceutical
    # ..."; "For the worldwide rights, Aadi is handing WuXi Biologics $44 million upfront."
    text = (
        "Holvik Bioscience is walking away from its commercial business. The Pacific "
        "Palisades, California-based biotech said Thursday it will sell TX-1 to Japan's Tessary "
        "Pharmaceutical for $100 million in cash. For the "
        "worldwide rights to three ADCs, Holvik is handing Lianshan Biologics $44 million "
        "upfront."
    )
    assert party_pairs(text) == {
        ("Holvik Bioscience", "Tessary Pharmaceutical"),
        ("Lianshan Biologics", "Holvik Bioscience"),
    }


def test_a_person_who_told_reporters_is_no_company() -> None:
    # en53: "Alexis Borisy's EQRx has its first drug ... Borisy told reporters that more
    # in-licensing deals ... are coming"
    text = (
        "Maxim Oberlin's Tessary has its first drug. The startup said Wednesday it has licensed "
        "TX-1 from Holvik Pharma. Oberlin told reporters that more in-licensing deals are coming."
    )
    assert "Maxim Oberlin" not in company_names(text)


def test_an_extended_earlier_arrangement_is_a_deal_of_its_own() -> None:
    # en81: "has granted Intas Pharmaceuticals exclusive rights to commercialize BAT2506 ... in
    # Canada ... The agreement extends a February arrangement under which Intas took U.S.
    # commercialization rights to the same product."
    text = (
        "Oct. 9, 2025 — Guangzhou-based Tessary Solutions, Ltd. has granted Holvik "
        "Pharmaceuticals exclusive rights to commercialize TX2506 in Canada. Financial terms "
        "were not disclosed.\n\n"
        "The agreement extends a February arrangement under which Holvik took U.S. "
        "commercialization rights to the same product."
    )
    deals = deals_in(text)
    assert len(deals) == 2
    assert {(d.licensors[0].name, d.licensees[0].name) for d in deals} == {
        ("Tessary Solutions, Ltd.", "Holvik Pharmaceuticals")
    }


def test_a_purchase_named_by_what_was_bought_and_its_earlier_agreement_to_buy() -> None:
    # en71: "The Arena purchase is Pfizer's largest since its August agreement to buy Canadian
    # cancer drug developer Trillium Therapeutics for $2.26 billion."
    votes = role_votes(
        "The ⟨E1⟩ purchase is ⟨E0⟩'s largest since its August agreement to buy Canadian cancer "
        "drug developer ⟨E3⟩ for $2.26 billion."
    )
    assert (3, 0, 4) in votes.pairs
    assert (0, 1, 4) not in votes.pairs


def test_two_names_side_by_side_before_a_plural_possessive_join_no_companies() -> None:
    # en81: "It also brings BioNTech Biotheus' antibody discovery team"
    groups = alias_groups(
        "Holvik has agreed to acquire Tessarius Inc., paying $800m up front. It also brings "
        "Holvik Tessarius' antibody discovery team and a manufacturing site."
    )
    assert not any({"Holvik", "Tessarius Inc."} <= g for g in groups)


def test_a_buyers_own_sales_are_a_distractor() -> None:
    # en78: "The purchase is the latest bolt-on for Sanofi, which posted 2022 sales of nearly 43
    # billion euros"
    deal = one_deal(
        "Holvik said on Tuesday it would acquire U.S. biotech Tessary Inc in a deal valued at "
        "about $2.2 billion. The purchase is the latest bolt-on for Holvik, which posted 2022 "
        "sales of nearly 43 billion euros."
    )
    assert deal.total is not None and deal.total.amount == 2_200_000_000


def test_rights_handed_to_a_newly_formed_company_called_y() -> None:
    # en80: "Keymed ... handed the rights outside mainland China ... to a newly formed company
    # called Platina Medicines on Nov. 17, 2024."
    votes = role_votes(
        "⟨E2⟩, which trades in Hong Kong, handed the rights outside mainland China to a newly "
        "formed company called ⟨E3⟩ on Nov. 17, 2024."
    )
    assert (2, 3, 3) in votes.pairs


def test_goals_listed_by_kind_and_a_sum_more_if_milestones_are_met_are_milestones() -> None:
    # en79: "Beyond the upfront payment, Sosei Heptares could collect as much as $2.6 billion
    # tied to development, regulatory and commercial goals"; "MSD will pay up to US$1.363
    # billion more if certain development, regulatory and sales milestones are met"
    goals = one_deal(
        "Holvik Biosciences is paying Tessary Group $100 million upfront for TX-878. Beyond the "
        "upfront payment, Tessary could collect as much as $2.6 billion tied to development, "
        "regulatory and commercial goals."
    )
    assert goals.milestones is not None and goals.milestones.amount == 2_600_000_000
    more = one_deal(
        "Tessary Biotech licensed TX-264 to Holvik Pharma for US$47 million upfront. Holvik "
        "will pay up to US$1.363 billion more if certain development, regulatory and sales "
        "milestones are met."
    )
    assert more.milestones is not None and more.milestones.amount == 1_363_000_000


def test_a_digest_heading_names_a_pair_its_labels_give_the_roles() -> None:
    # en85: "AbbVie / Ichnos Glenmark Innovation (IGI) - ISB 2001" then "- Licensor: IGI
    # Therapeutics SA, ..." and "- Upfront: USD 700 million"
    text = (
        "DEALWATCH | Week ending July 11, 2025\n\n"
        "Holvik / Tessary Innovation (TSI) - TX 2001\n"
        "- Licensor: Tessary Therapeutics SA, the Swiss-based innovation arm of Lianshan\n"
        "- Asset: TX 2001, a trispecific T-cell engager\n"
        "- Upfront: USD 700 million\n\n"
        "Quorvia / Sironix - BDM platform\n"
        "- Licensee: Quorvia AG\n"
        "- What: exclusive option on Sironix's Brain Delivery Module\n"
        "- Money: up to $175m, made up of upfront and near-term payments\n"
    )
    pairs = party_pairs(text)
    assert ("Tessary Innovation", "Holvik") in pairs or (
        "Tessary Therapeutics SA",
        "Holvik",
    ) in pairs
    assert ("Sironix", "Quorvia AG") in pairs


def test_a_subsidiary_described_with_its_country_and_its_parents_country() -> None:
    # en65: "Stemline Therapeutics, the U.S. oncology subsidiary of Italy's Menarini Group";
    # en85: "Nona Biosciences, the antibody discovery unit of Hong Kong-listed Harbour BioMed"
    groups = alias_groups(
        "Tessary Medicine has licensed a second molecule to Holvik Therapeutics, the U.S. "
        "oncology subsidiary of Italy's Quorvia Group. Separately, Lianshan Biosciences, the "
        "antibody discovery unit of Hong Kong-listed Sironix BioMed, signed with Holvik."
    )
    assert any({"Holvik Therapeutics", "Quorvia Group"} <= g for g in groups)
    assert any({"Lianshan Biosciences", "Sironix BioMed"} <= g for g in groups)


def test_two_described_subjects_that_out_licensed_a_drug_give_the_first_as_licensor() -> None:
    # en85: "Nona Biosciences, the antibody discovery unit of ... Harbour BioMed ..., and Chinese
    # ADC specialist MediLink Therapeutics said on Thursday they have out-licensed HBM9033 ...
    # to Seagen."
    votes = role_votes(
        "⟨E2⟩, the antibody discovery unit of ⟨E1⟩ (HKEX: 02142), and Chinese ADC specialist "
        "⟨E3⟩ said on Thursday they have out-licensed TX9033, an antibody-drug conjugate, to "
        "⟨E0⟩."
    )
    assert (2, 0, 3) in votes.pairs


def test_an_opening_adverb_in_wise_is_no_company() -> None:
    # en85: "Money-wise, Seagen will hand over $53 million"
    names = company_names(
        "Tessary Bio out-licensed TX-33 to Holvik. Money-wise, Holvik will hand over $53 "
        "million, a sum that combines the upfront fee with near-term payments."
    )
    assert "Money-wise" not in names


def test_a_wire_releases_source_line_and_an_adds_headline_name_the_company_alone() -> None:
    # en85: "Stemline Therapeutics Adds Second AI-Discovered Cancer Candidate From Insilico
    # Medicine ..." and the closing "SOURCE Stemline Therapeutics, Inc."
    text = (
        "Holvik Therapeutics Adds Second AI-Discovered Cancer Candidate From Tessary Medicine\n\n"
        "NEW YORK, Jan. 10, 2025 /PRNewswire/ -- Holvik Therapeutics, Inc. today announced that "
        "it has signed an exclusive global license agreement with Tessary Medicine. Tessary "
        "will receive an upfront payment and is eligible for up to US$550 million.\n\n"
        "SOURCE Holvik Therapeutics, Inc."
    )
    names = {n for g in alias_groups(text) for n in g}
    assert not any(n.startswith(("SOURCE", "Holvik Therapeutics Adds")) for n in names)


def test_a_new_agreement_that_follows_a_dated_licence_tells_that_licence_too() -> None:
    # en85: "The new agreement follows the license the two companies signed in January 2024,
    # when Stemline obtained exclusive global rights to ISM5043, Insilico's oral KAT6 inhibitor"
    text = (
        "Holvik Therapeutics, Inc. today announced that it has signed an exclusive global "
        "license agreement with Tessary Medicine. Tessary is eligible for up to US$550 million "
        "in payments.\n\n"
        "The new agreement follows the license the two companies signed in January 2024, when "
        "Holvik obtained exclusive global rights to TX5043, Tessary's oral inhibitor, in a deal "
        "worth more than $500 million."
    )
    assert len(deals_in(text)) == 2


def test_a_described_company_paid_money_is_the_other_company() -> None:
    # en83: "Earlier in the year AbbVie took rights to Jacobio Pharmaceuticals' SHP2 inhibitors
    # JAB-3068 and JAB-3312, paying the Beijing-based developer USD 45 million in cash up front"
    text = (
        "SHANGHAI, Sept. 4, 2020 — Tessary Biopharma, the Shanghai biotech, has granted Holvik "
        "Inc. the global rights outside Greater China to TX4.\n\n"
        "The Nasdaq-listed company will receive an upfront payment of USD 180 million.\n\n"
        "Tessary keeps the rights in mainland China. Tessary says early data showed no need for "
        "a priming dose.\n\n"
        "For the Lake County group this is the second licensing bet on a Chinese company in "
        "2020. Earlier in the year Holvik took rights to Lianshan Pharmaceuticals' SHP2 "
        "inhibitors LS-3068 and LS-3312, paying the Beijing-based developer USD 45 million in "
        "cash up front."
    )
    (earlier,) = [d for d in deals_in(text) if d.licensors[0].name == "Lianshan Pharmaceuticals"]
    assert earlier.upfront is not None and earlier.upfront.amount == 45_000_000


def test_an_option_exercise_fee_alone_is_near_term_with_milestones_it_is_theirs() -> None:
    # en76, en77, en83, en85 (and en46, en52): "If Janssen exercises that option, it will pay
    # LegoChem an option exercise fee of US$200 million." — the near-term payment; en62: "up
    # to $1.95 billion in option fees and development and commercial milestone payments"
    alone = one_deal(
        "Tessary Biosciences granted Holvik Biotech an option on worldwide rights to TX84 for "
        "$100 million upfront. If Holvik exercises that option, it will pay Tessary an option "
        "exercise fee of US$200 million."
    )
    assert alone.near_term is not None and alone.near_term.amount == 200_000_000
    assert alone.milestones is None
    with_milestones = one_deal(
        "Tessary Pharmaceuticals signed an option-to-license collaboration with Holvik for "
        "TX-107. Tessary will receive $65 million upfront and is eligible to receive up to "
        "$1.95 billion in option fees and development and commercial milestone payments in "
        "aggregate."
    )
    assert with_milestones.milestones is not None
    assert with_milestones.milestones.amount == 1_950_000_000


def test_a_sentence_opening_preposition_is_no_company() -> None:
    # en88: 'Following completion of the tender offer, Merger Sub will merge with and into
    # F-star'
    names = company_names(
        "Holvik Pharma agreed to acquire Tessary Therapeutics, Inc. at US$7.12 per share. "
        "Following completion of the tender offer, Merger Sub will merge with and into Tessary."
    )
    assert "Following" not in names


def test_a_companys_first_word_that_is_also_a_technology_names_it_as_a_subject() -> None:
    # en84, en89: "CRISPR Therapeutics ... CRISPR is handing Sirius $95 million up front",
    # "CRISPR shall pay to Bowang a down payment" ("CRISPR" alone is a stop name)
    text = (
        "CRISPR Therapeutics said on Monday it will co-develop TX107, a long-acting siRNA "
        "from Tessary Therapeutics. The money comes in two pieces. CRISPR is handing Tessary "
        "$95 million up front, made up of $25 million in cash and a $70 million purchase of "
        "Tessary equity."
    )
    assert any({"CRISPR", "CRISPR Therapeutics"} <= g for g in alias_groups(text))
    assert party_pairs(text) == {("Tessary Therapeutics", "CRISPR Therapeutics")}


def test_two_companies_that_have_worked_together_since_a_year_had_an_earlier_deal() -> None:
    # en87: "The two companies are not strangers: they have worked together since 2020 under a
    # research collaboration to develop next-generation radioconjugates ... with AZ's existing
    # cancer medicines."
    text = (
        "Holvik PLC said on Tuesday it would acquire Canada's Tessary Pharmaceuticals Inc. in a "
        "deal valued at up to about $2.4 billion. Holvik will pay Tessary shareholders $21.00 a "
        "share in cash.\n\n"
        "The two companies are not strangers: they have worked together since 2020 under a "
        "research collaboration to develop radioconjugates and to study them in combination "
        "with Holvik's existing cancer medicines."
    )
    assert len(deals_in(text)) == 2


def test_it_after_a_company_that_said_is_that_company() -> None:
    # en86: "A day after unveiling a $1.1 billion cash buyout of UK antibody shop Kymab — ... —
    # the French pharma said Tuesday it has licensed BND-22, a first-in-class antibody against
    # the ILT2 checkpoint, from Biond Biologics."
    text = (
        "French drugmaker Holvik Pharma isn't letting up in the first full week of January.\n\n"
        "A day after unveiling a $1.1 billion cash buyout of UK antibody shop Quorvia — with "
        "another $350 million in milestones on top — the French pharma said Tuesday it has "
        "licensed TX-22, a first-in-class antibody against the ILT2 checkpoint, from Tessary "
        "Biologics. Tessary gets $125 million upfront."
    )
    assert ("Tessary Biologics", "Holvik Pharma") in party_pairs(text)


def test_a_headline_that_licenses_a_companys_drug_takes_it_from_that_company() -> None:
    # en45: "Ipsen licenses Simcere ADC" over "Ipsen licensed ex-Greater China rights to SIM0613,
    # a preclinical antibody-drug conjugate targeting LRRC15 from Simcere"
    votes = role_votes("⟨E2⟩ licenses ⟨E5⟩ ADC")
    assert (2, 5, 3) not in votes.pairs


def test_a_takeover_priced_in_euros_before_its_noun() -> None:
    # en86: "In November the company also agreed to a €308 million takeover of Dutch NK-cell
    # company Kiadis"
    votes = role_votes(
        "In November ⟨E1⟩ also agreed to a €308 million takeover of Dutch NK-cell company ⟨E4⟩."
    )
    assert (4, 1, 4) in votes.pairs


def test_a_company_paying_another_for_rights_takes_them_without_a_figure() -> None:
    # en89: "That is what French drugmaker Servier is paying Black Diamond Therapeutics for
    # exclusive worldwide rights to one of its two clinical programmes."
    votes = role_votes(
        "That is what French drugmaker ⟨E0⟩ is paying ⟨E1⟩ for exclusive worldwide rights to "
        "one of its two clinical programmes."
    )
    assert (1, 0, 3.0) in votes.pairs


def test_a_plural_grant_headline_and_a_subsidiary_announced_after_a_bracket() -> None:
    # en89: "Harbour BioMed and MediLink Therapeutics Grant Seagen ..."; 'Harbour BioMed ("HBM" or
    # the "Company"; HKEX: 02142) today announced that its wholly owned subsidiary Nona
    # Biosciences ("Nona"), together with ...'
    text = (
        "Holvik BioMed and Quorvia Therapeutics Grant Lianshan Exclusive License to TX9033\n\n"
        'SHANGHAI, Dec. 14, 2023 -- Holvik BioMed ("HBM" or the "Company"; HKEX: 02142) today '
        'announced that its wholly owned subsidiary Tessary Biosciences ("Tessary"), together '
        "with Quorvia Therapeutics, has entered into an exclusive license agreement with "
        "Lianshan Inc."
    )
    groups = alias_groups(text)
    assert not any(n.endswith(" Grant") for g in groups for n in g)
    assert any({"Holvik BioMed", "Tessary Biosciences"} <= g for g in groups)


def test_rights_locked_up_are_taken() -> None:
    # en90: "The Swiss pharma said Monday it has locked up global rights to LB2102, Legend's
    # autologous CAR-T aimed at DLL3"
    votes = role_votes(
        "⟨E0⟩ said Monday ⟨E0⟩ has locked up global rights to TX2102, ⟨E1⟩'s autologous CAR-T."
    )
    assert (0, "licensee", 2) in votes.roles


def test_a_described_company_handed_money_is_the_nearest_other_company() -> None:
    # en87: "Genentech, the US arm of Swiss drugmaker Roche, has bought a portfolio of CDK
    # inhibitors from Regor Therapeutics Group, handing the Chinese-American biotech $850
    # million in cash up front"
    text = (
        "Quorvia's Holvik pays $850m cash for Tessary's next-generation CDK "
        "inhibitors\n\nBy our Boston correspondent | Sept. 10, 2024\n\nHolvik, the US arm "
        "of Swiss drugmaker Quorvia, has bought a portfolio of cyclin-dependent kinase "
        "(CDK) inhibitors from Tessary Therapeutics Group, handing the Chinese-American "
        "biotech $850 million in cash up front, the companies disclosed on Monday.\n\nThe "
        "transaction is structured as an asset purchase rather than a license: Holvik "
        "takes ownership of the programs, with worldwide rights, and becomes responsible "
        "for all further development and commercialization. The centerpiece is TX-419B, "
        "an oral inhibitor designed to hit CDK2 and CDK4 while sparing CDK6, which is in "
        "Phase 1 testing in patients with hormone receptor-positive, HER2-negative breast "
        "cancer whose disease has progressed on existing CDK4/6 drugs. The package also "
        "includes earlier molecules from the same chemistry effort."
    )
    assert party_pairs(text) == {("Tessary Therapeutics Group", "Holvik")}


def test_options_taken_on_a_companys_programs_are_a_deal() -> None:
    # en90: "Bottom line: VSTM has taken exclusive options on three RAS-pathway discovery
    # programs from Shanghai-based GenFleet Therapeutics"
    text = (
        "Bottom line: Holvik Oncology has taken exclusive options on three RAS-pathway discovery "
        "programs from Shanghai-based Tessary Therapeutics, led by a KRAS G12D inhibitor."
    )
    assert party_pairs(text) == {("Tessary Therapeutics", "Holvik Oncology")}
