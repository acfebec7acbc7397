"""Phrasing met in the blind sets en208 to en213, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from decimal import Decimal

from phrasing import alias_groups, company_names, deals_in, one_deal, party_pairs, territory_class

from dealradar.extract.orgs import Entity
from dealradar.extract.parties import is_historical

# --- upfront consideration that holds an equity purchase -----------------------------------


def test_an_upfront_consideration_summing_cash_and_equity_is_split() -> None:
    # en207-002: "$110 million in upfront consideration, comprising a $55 million upfront
    # payment and a $55 million equity investment" gave the $110 million as the upfront
    d = one_deal(
        "Velmora Therapeutics will license its base-editing platform to Quarren Bio. Velmora "
        "will receive $90 million in upfront consideration, comprising a $60 million upfront "
        "payment and a $30 million equity investment, plus up to $1.2 billion in milestones."
    )
    assert d.upfront is not None and d.upfront.amount == Decimal(60_000_000)
    assert d.equity is not None and d.equity.amount == Decimal(30_000_000)


def test_an_upfront_with_no_matching_equity_part_stays_whole() -> None:
    # guard: the parts must add up to the figure; "including a $20 million payment at
    # signing" is the first of several cash instalments, not an equity split
    d = one_deal(
        "Velmora Therapeutics will license its base-editing platform to Quarren Bio. Velmora "
        "will receive $90 million upfront, including a $20 million upfront payment at signing "
        "and a $15 million equity investment, plus up to $1.2 billion in milestones."
    )
    assert d.upfront is not None and d.upfront.amount == Decimal(90_000_000)


# --- ceilings over several kinds --------------------------------------------------------------


def test_a_ceiling_before_a_bracketed_approximate_conversion_is_the_total() -> None:
    # en204-003: "up to ¥6 billion (around $40 million) in an upfront payment and regulatory
    # and sales milestones": "around" kept the bracket from being skipped, and the yen
    # ceiling was read as the upfront
    d = one_deal(
        "Osaka-based Harunobu Pharma has taken exclusive Japanese rights to relvatinib from "
        "Corvane Therapeutics. Corvane is eligible for up to ¥9 billion (around $60 million) in "
        "an upfront payment and regulatory and sales milestones."
    )
    assert d.upfront is None
    assert d.total is not None and (d.total.amount, d.total.currency) == (
        Decimal(9_000_000_000),
        "JPY",
    )


def test_a_ceiling_across_a_listed_upfront_and_milestones_is_the_total() -> None:
    # en204-003: "as much as $210 million (about €198 million) across an upfront fee, research
    # funding and development and commercial milestones" was read as nothing (and "in an
    # upfront fee, ..." as the upfront: the list runs past the comma)
    for text in (
        "could earn as much as $150 million (about €140 million) across an upfront fee, "
        "research funding and development and commercial milestones, plus royalties.",
        "is eligible for up to $150 million in an upfront payment, the option fee and "
        "milestone payments, along with royalties.",
    ):
        d = one_deal(
            "Dermavel has struck a research collaboration with Shanghai's Tirabio to build "
            "bispecific antibodies, taking global rights to the candidates. Tirabio " + text
        )
        assert d.upfront is None, text
        assert d.total is not None and d.total.amount == Decimal(150_000_000), text


def test_milestones_listed_with_a_figure_of_their_own_leave_the_upfront() -> None:
    # guard (en147-005): "pays 21 million US dollars down payment, and the milestone payment
    # is up to 143.5 million US dollars" lists no kinds of the first figure
    d = one_deal(
        "Tirabio granted Dermavel exclusive US rights to TB-12. According to the agreement, "
        "Dermavel pays 18 million US dollars down payment, and the milestone payment is up to "
        "120 million US dollars."
    )
    assert d.upfront is not None and d.upfront.amount == Decimal(18_000_000)
    assert d.milestones is not None and d.milestones.amount == Decimal(120_000_000)


# --- one asset, many regional partners ------------------------------------------------------


_REGIONS = (
    "Corvane Biologics today granted Harlow Pharma exclusive rights to CB-210, its "
    "ustekinumab biosimilar, in Canada.\n\n"
    "With today's agreement, CB-210 is now partnered in most major markets. Teodor Pharma AG "
    "holds the rights in the European Union and Switzerland under a June 2023 agreement; and "
    "Ravindra Laboratories has held Southeast Asian rights since April 2024. Corvane Biologics "
    "retains all rights in Mainland China.\n"
)


def test_partners_holding_regions_rights_each_have_a_deal() -> None:
    # en211-001: "STADA holds the rights in the European Union ... under a May 2024
    # agreement; ... and Dr. Reddy's has held Southeast Asian rights since March 2025" gave
    # no deal (nor, once voted, a deal between the two holders)
    pairs = party_pairs(_REGIONS)
    assert ("Corvane Biologics", "Teodor Pharma AG") in pairs
    assert ("Corvane Biologics", "Ravindra Laboratories") in pairs
    assert ("Teodor Pharma AG", "Ravindra Laboratories") not in pairs
    assert ("Ravindra Laboratories", "Teodor Pharma AG") not in pairs


def test_rights_held_everywhere_or_already_held_make_no_holder() -> None:
    # guard: "already held the rights to the drug everywhere except Greater China, courtesy
    # of a 2023 pact" recalls an earlier licence; "holds worldwide rights" is an owner's
    text = (
        "Corvane Biologics will acquire Teodor Pharma for $900 million. Corvane already held "
        "the rights to TP-7 everywhere except Greater China, courtesy of a 2023 licensing pact. "
        "Teodor holds worldwide rights to its second drug."
    )
    (d,) = deals_in(text)
    assert d.deal_type == "acquisition"


def test_an_owner_holding_the_rights_to_its_drug_is_no_holder() -> None:
    # guard: "holds the rights to CB-7" with no region left out is the owner's
    pairs = party_pairs(
        "Corvane Biologics granted Harlow Pharma rights to CB-7 in Japan. Corvane Biologics "
        "holds the rights to CB-7 and CB-9 and will supply both."
    )
    assert pairs == {("Corvane Biologics", "Harlow Pharma")}


# --- machine-translated announcements -------------------------------------------------------


def test_rights_to_authorize_to_names_the_licensee() -> None:
    # en211-003: 'X and Y (hereinafter "Y") signed exclusive license agreement, will X
    # self-researched ... commercialization rights to authorize to Y' gave no deal
    d = one_deal(
        "Late on May 3, Hanrui Biomedicine issued the announcement, said the company and "
        'Orwell Therapeutics Ltd (hereinafter "Orwell") signed exclusive license agreement, '
        "will the company self-researched double antibody HR-77 in the world except Greater "
        "China region of the development and commercialization rights to authorize to Orwell. "
        "Hanrui will obtain the first payment 12 million US dollars."
    )
    assert (d.licensors[0].name, d.licensees[0].name) == (
        "Hanrui Biomedicine",
        "Orwell Therapeutics Ltd",
    )


def test_the_place_outside_rights_excludes_the_place() -> None:
    # en211-003: "authorize ... the Greater China outside rights to the US new company Y"
    # (大中华区以外的权利) was read as global
    assert (
        territory_class(
            "In July, the company already authorize HR-12 the Greater China outside rights to "
            "the US new company Orwell Therapeutics, obtain first payment 15 million US dollars."
        )
        == "ex-greater-china"
    )


# --- described licensees ----------------------------------------------------------------------


def test_a_country_s_firm_after_a_long_aside_is_the_licensee() -> None:
    # en211-005: "out-licensed commercial rights to Cejemly (sugemalimab, anti-PD-L1) in 23
    # European countries — ... — to Italy's Istituto Gentili": the brand was taken for the
    # licensee and the Italian firm was no company
    text = (
        "On 10 July Corvane out-licensed commercial rights to Veltrix (relamilimab, anti-PD-L1) "
        "in 23 European countries — 18 EEA states in Western Europe plus the UK, Andorra, "
        "Monaco, San Marino and Vatican City — to Italy's Laboratorio Ferrante. Headline value: "
        "up to US$150m."
    )
    names = company_names(text)
    assert "Laboratorio Ferrante" in names
    assert "Veltrix" not in names
    assert party_pairs(text) == {("Corvane", "Laboratorio Ferrante")}


def test_a_us_start_up_granted_rights_is_a_company() -> None:
    # en211-006: "granted US start-up Visara rights to ASKG712" left Visara unnamed
    d = one_deal(
        "Halden Pharma granted US start-up Orvina rights to HP-712 outside China in a deal "
        "with a total value of up to US$96 million."
    )
    assert (d.licensors[0].name, d.licensees[0].name) == ("Halden Pharma", "Orvina")


# --- acquisitions told in filings and releases -------------------------------------------------


def test_a_cash_price_s_value_with_a_cvr_in_the_next_sentence_is_the_upfront() -> None:
    # en209-001: "$15.00 per share in cash at closing, representing a transaction value of
    # approximately $800 million. Each stockholder will also receive a ... CVR" gave no upfront
    d = one_deal(
        "Halvard Pharma will acquire Pellucid Bio. A Halvard subsidiary will commence a tender "
        "offer to acquire all outstanding shares of Pellucid Bio for $12.00 per share in cash "
        "at closing, representing a transaction value of approximately $600 million. Each "
        "Pellucid stockholder will also receive a non-transferable contingent value right (CVR) "
        "of up to $3.00 per share in cash."
    )
    assert d.upfront is not None and d.upfront.amount == Decimal(600_000_000)


def test_a_foreign_legal_form_s_defined_term_names_the_parent() -> None:
    # en209-004: 'Sanofi, a French société anonyme ("Parent"), and Latour Merger Sub, Inc., a
    # ... wholly owned subsidiary of Parent ("Merger Sub")': "Parent" went to the merger sub
    text = (
        'On March 2, 2024, Pellucid Bio, Inc., a Delaware corporation (the "Company"), entered '
        "into an Agreement and Plan of Merger with Halvard, a French société anonyme "
        '("Parent"), and Orca Merger Sub, Inc., a Delaware corporation and a wholly owned '
        'subsidiary of Parent ("Merger Sub").'
    )
    assert {"Halvard", "Parent"} in alias_groups(text)


def test_a_merger_sub_does_not_name_the_buyer_it_is_merged_with() -> None:
    # en209-004: the buyer and its merger sub read as one company took the sub's longer name
    assert Entity(0, ["Latour Merger Sub, Inc.", "Sanofi"]).name == "Sanofi"
    assert Entity(0, ["Orca Merger Sub, Inc."]).name == "Orca Merger Sub, Inc."


def test_a_drug_s_approval_date_in_an_aside_is_no_earlier_deal() -> None:
    # en209-004: "the transaction values Kadmon at approximately $1.9 billion and ... adds
    # Rezurock, approved by the U.S. FDA in July 2021 for ..., to Sanofi's portfolio" was read
    # as history, and its value dropped
    assert not is_historical(
        "The press release states that the transaction values Pellucid Bio at approximately "
        "$1.2 billion and that the acquisition adds Zentora (velumosudil), approved by the U.S. "
        "Food and Drug Administration in July 2023 for chronic graft-versus-host disease, to "
        "Halvard's portfolio."
    )
    assert is_historical("Halvard bought Zentora's maker in July 2023 for $1.2 billion.")


def test_a_transaction_total_after_a_semicolon_is_the_deal_s() -> None:
    # en209-003: "..., plus sales milestone payment; transaction total amount up to 1 billion
    # US dollars" was read as an industry total, and the milestones with it
    d = one_deal(
        "Qiming Pharma granted Halvard Pharma the overseas rights of QM-302. Halvard will pay to "
        "Qiming 20 million US dollars down payment, and Qiming is eligible to obtain development "
        "milestone payment up to 180 million US dollars, plus sales milestone payment; "
        "transaction total amount up to 900 million US dollars."
    )
    assert d.milestones is not None and d.milestones.amount == Decimal(180_000_000)
    assert d.total is not None and d.total.amount == Decimal(900_000_000)


def test_a_target_in_a_headline_s_object_is_no_company() -> None:
    # en209-005: "AstraZeneca buys into allosteric EGFR with Allorion" made EGFR a company
    text = (
        "Halvard buys into allosteric KRAS with Qiming — up to $400M\n\n"
        "Qiming Therapeutics said Halvard had taken an exclusive worldwide license to its "
        "allosteric KRAS inhibitor program. The deal is worth up to $400 million."
    )
    assert "KRAS" not in company_names(text)
    assert party_pairs(text) == {("Qiming Therapeutics", "Halvard")}
