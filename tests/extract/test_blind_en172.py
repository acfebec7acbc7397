"""Phrasing met in the blind sets en172 to en177, and in the misses of the earlier held-out
sets they led to: a feed's day headings ("WEDNESDAY, MAY 14") over its items; a share
placing; a terms table with its currency in the header; a digest's shorthand ("upfr.",
"mlstn"); codes with a small letter after their digits; a second agreement that only serves
the deal; an earlier deal recalled in a "when" clause; described subjects and drugs.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from phrasing import alias_groups, asset_names, company_names, deals_in, one_deal, term_kinds

from dealradar.extract.money import table_column_money
from dealradar.extract.parties import role_votes
from dealradar.extract.text import sentences


def test_a_feeds_day_heading_dates_the_items_under_it() -> None:
    # en170: "WEDNESDAY, MAY 14" and "THURSDAY, MAY 15" over headline items gave them no date
    deals = deals_in(
        "DEAL WIRE -- HEADLINES\nEdition of Thursday, May 15, 2025\n\n"
        "WEDNESDAY, MAY 14\n"
        "- Korvane pays $120M upfront to Belisto for rights to its ALK inhibitor\n"
        "- Analysts: oncology market could reach $400B\n\n"
        "THURSDAY, MAY 15\n"
        "- Durant Bio licenses its IL-23 antibody to Mestral Pharma for $45M upfront\n"
    )
    announced = {d.licensee.name: d.announced for d in deals}
    assert announced == {"Korvane": date(2025, 5, 14), "Mestral Pharma": date(2025, 5, 15)}


def test_a_lone_date_line_is_no_day_heading() -> None:
    # one date alone on a line over an article is its publication's date, not a heading
    (deal,) = deals_in(
        "May 14\n\nKorvane licensed its ALK inhibitor to Belisto for $120M upfront, the "
        "companies said.\n"
    )
    assert deal.announced is None


def test_a_placing_agreement_with_its_agent_is_no_deal() -> None:
    # en173: "entered into a placing agreement (the "Placing Agreement") with Morgan Stanley
    # (the "Placing Agent")" made the placing agent a licensor; "Placing" a company
    text = (
        'The board of Corvane Pharma Inc. (the "Company") is pleased to announce that on 15 '
        'July 2025 the Company entered into a placing agreement (the "Placing Agreement") with '
        'Harlow Securities plc (the "Placing Agent"), pursuant to which the Placing Agent has '
        "agreed to procure placees for up to 6,000,000 new shares at HK$10.20 per Placing "
        "Share. The Placing will raise about HK$61.2 million.\n"
    )
    assert deals_in(text) == []
    assert "Placing" not in company_names(text)


def test_a_terms_tables_bare_figures_take_the_currency_of_their_column() -> None:
    # en173: "Payment | US$ | Approx. HK$ equivalent" over "Upfront payment | 200,000,000 |
    # 1,556,000,000": no figure was read, the currency being in the header only
    deal = one_deal(
        "Corvane Bio licenses KRV-101 to Maloren Pharma\n\n"
        "Corvane Bio granted Maloren Pharma an exclusive licence to KRV-101. Maloren Pharma "
        "shall pay to Corvane Bio the following:\n\n"
        " Payment                              | US$                 | Approx. HK$ equivalent\n"
        " -------------------------------------|---------------------|-----------------------\n"
        " Non-refundable upfront payment       | 200,000,000         | 1,556,000,000\n"
        " Development and sales milestones     | up to 1,800,000,000 | up to 14,004,000,000\n"
    )
    assert deal.upfront is not None and deal.upfront.amount == 200_000_000
    assert deal.upfront.currency == "USD"
    assert deal.milestones is not None and deal.milestones.amount == 1_800_000_000


def test_table_column_money_reads_only_the_first_currency_column() -> None:
    text = (
        "Item | US$ million | RMB million\n"
        "--- | --- | ---\n"
        "Upfront | 12.5 | 90.0\n"
        "Milestones | up to 300 | up to 2,150\n"
        "Revenue 2024 | n/a | 5\n"
    )
    found = [
        (text[m.start : m.end], m.amount, m.currency, m.qualifier) for m in table_column_money(text)
    ]
    assert found == [
        ("12.5", Decimal("12500000"), "USD", None),
        ("300", Decimal("300000000"), "USD", "up_to"),
    ]
    # a header word that begins like a currency code names none
    assert table_column_money("Region | Europe | Japan\n--- | --- | ---\nA | 12 | 3\n") == []


def test_a_total_including_an_undisclosed_upfront_is_the_total() -> None:
    # en173: "worth up to US$500 million including an undisclosed upfront payment" was a part
    kinds = term_kinds(
        "The transaction is worth up to US$500 million including an undisclosed upfront "
        "payment, plus royalties."
    )
    assert kinds == {"US$500 million": "total"}


def test_a_day_something_is_yet_to_happen_on_is_no_announcement_date() -> None:
    # en173: a market wrap's "Traders said attention on Friday would turn to PMI data" dated
    # the deal told paragraphs before
    (deal,) = deals_in(
        "HONG KONG MARKET CLOSE\n\n"
        "By a Staff Reporter | Thursday, 29 January 2026\n\n"
        "Hong Kong stocks finished higher on Thursday.\n\n"
        "Korvane Pharma said its unit had granted Belisto Bio exclusive rights to KRV-7, for "
        "up to US$500 million.\n\n"
        "Traders said attention on Friday would turn to mainland manufacturing data.\n"
    )
    assert deal.announced is None


def test_a_letter_after_a_codes_digits_ends_a_sentence() -> None:
    # en172: "... of AXN-2510 and AXN-27M. The Company also holds a $12.7 million receivable"
    # was one sentence, so the next one's figure read "together" of the first as a total
    texts = [s.text for s in sentences("It will fund AXN-27M. The Company holds cash. J. Smith.")]
    assert texts == ["It will fund AXN-27M.", "The Company holds cash.", "J. Smith."]


def test_a_separate_supply_agreement_is_no_second_deal() -> None:
    # en172: "will supply clinical material to Y under a separate supply agreement" split the
    # pair's deal in two
    deal = one_deal(
        "Korvane Bio granted Maloren Pharma an exclusive license to KRV-2 for $50 million "
        "upfront.\n\nKorvane Bio will retain all rights to KRV-2 in mainland China and will "
        "supply clinical material to Maloren Pharma under a separate supply agreement to be "
        "negotiated in good faith.\n"
    )
    assert deal.upfront is not None and deal.upfront.amount == 50_000_000


def test_a_partnership_established_on_a_date_when_a_licence_was_made_is_an_earlier_deal() -> None:
    # en172: "The new agreement builds on the partnership established on January 4, 2024, when
    # Y licensed ISM5043 ..." gave the new deal that date and drug
    deals = deals_in(
        "Korvane Medicine and Maloren Therapeutics, Inc. today announced a second exclusive "
        "global license agreement, under which Korvane Medicine grants Maloren Therapeutics "
        "rights to a preclinical inhibitor, for a total deal value of up to US$550 million.\n\n"
        "The new agreement builds on the partnership established on January 4, 2024, when "
        "Maloren Therapeutics licensed KRV-5043, Korvane Medicine's KAT6 inhibitor, in a "
        "transaction valued at more than US$500 million.\n"
    )
    assert len(deals) == 2
    assert [a.name for a in deals[0].assets] == []
    assert deals[1].announced == date(2024, 1, 4)


def test_discovery_milestones_are_milestones() -> None:
    # en172: "up to $2.272 billion in discovery, development, regulatory and commercial
    # milestones" was a total
    kinds = term_kinds(
        "Korvane is eligible to receive up to $2.272 billion in discovery, development, "
        "regulatory and commercial milestones across all programs."
    )
    assert kinds == {"$2.272 billion": "milestones"}


def test_a_partys_proprietary_pipeline_is_not_the_deals_assets() -> None:
    # en172: "does not expect the collaboration to affect its existing proprietary pipeline,
    # which includes SGR-1505 ..." listed those drugs as the deal's
    deal = one_deal(
        "Korvane, Inc. entered into a research collaboration and license agreement with "
        "Maloren Pharma AG. Korvane will receive an upfront payment of $150 million.\n\n"
        "The Company does not expect the collaboration to affect its existing proprietary "
        "pipeline, which includes KRV-1505, a MALT1 inhibitor, in Phase 1.\n"
    )
    assert deal.assets == ()


def test_a_licence_in_one_place_and_the_rest_of_the_world_is_the_world_less_exclusions() -> None:
    # en172: co-commercialisation in the US, then exclusive rights "in the rest of the world,
    # excluding mainland China" was classed regional
    deal = one_deal(
        "Maloren Pharma and Korvane Bio signed a license agreement for KRV-01D1; Maloren Pharma "
        "will pay $800 million upfront. Maloren Pharma and Korvane Bio will jointly "
        "commercialize KRV-01D1 in the United States. Maloren Pharma will have exclusive rights "
        "in the rest of the world, excluding mainland China.\n"
    )
    assert deal.territory_class == "ex-china"


def test_a_rounded_milestone_figure_gives_way_to_its_precise_restatement() -> None:
    # en57: a digest's "up to ~$2.3B in ... milestones", then "the milestone pool totals
    # $2.272B"; one sentence's sum and its part ("up to US$1.05 billion, among which ... up
    # to US$1.025 billion") stay as they are
    deal = one_deal(
        "• Korvane disclosed a discovery collaboration and license with Maloren Pharma: $150M "
        "upfront; up to ~$2.3B in development, regulatory and commercial milestones.\n\n"
        "Per the release, the milestone pool totals $2.272B across all programmes.\n"
    )
    assert deal.milestones is not None and deal.milestones.amount == 2_272_000_000


def test_a_digests_shorthand_for_upfront_and_milestones() -> None:
    # en174: "Upfr.: $150M. Mlstn: up to $1.935bn", "$25M upfr. ... $571M in
    # dev./reg./commercial mlstn", "Upfront plus milestones up to US$ 1.06 bn"
    assert term_kinds("Upfr.: $150M. Mlstn: up to $1.935bn (dev., reg., sales).") == {
        "$150M": "upfront",
        "$1.935bn": "milestones",
    }
    assert term_kinds("Y gets $25M upfr. and up to $571M in dev./reg./commercial mlstn.") == {
        "$25M": "upfront",
        "$571M": "milestones",
    }
    assert term_kinds("Upfront plus milestones up to US$ 1.06 bn; split not disclosed.") == {
        "US$ 1.06 bn": "total"
    }


def test_a_code_with_a_small_letter_for_its_form_and_a_targets_name_is_a_drug() -> None:
    # en174, en68, en123: "MET-097i", "MET-233i" (a company's codes beginning like the MET
    # target); targets with their one- or two-digit numbers stay no drugs
    assert asset_names("Its lead assets: MET-097i, a monthly GLP-1 RA, and MET-233i.") == [
        "MET-097i",
        "MET-233i",
    ]
    assert asset_names("It targets IL-17A, GLP-1, HER2 and CLDN18.2 with an ADC.") == []


def test_a_subject_described_as_another_companys_vehicle_is_the_party() -> None:
    # en174: "Y, another X vehicle, took ex-China rights to Z from W" made X the licensee
    votes = role_votes("⟨E6⟩, another ⟨E5⟩ vehicle, took ex-China rights to LNK-1 from ⟨E7⟩.")
    assert (7, 6, 2) in votes.pairs
    assert not any(lee == 5 for _, lee, _ in votes.pairs)


def test_a_described_drug_between_licensed_and_from_keeps_the_pair() -> None:
    # en174: "licensed ex-Greater China rights to FHND5032, a preclinical oral small molecule
    # for autoimmune disease, from Y" (103 characters between) paired nobody
    votes = role_votes(
        "⟨E3⟩ licensed ex-Greater China rights to KRV-5032, a preclinical oral small molecule "
        "for autoimmune disease, from ⟨E4⟩."
    )
    assert (4, 3, 3) in votes.pairs


def test_a_ticker_in_a_listing_bracket_names_the_company_it_follows() -> None:
    # en175: "Schrödinger (NASDAQ: SDGR)", then "SDGR shares rose": "SDGR" was a company of
    # its own and the licensee of a deal
    groups = alias_groups(
        "Korvane (NASDAQ: KRVN) signed a collaboration with Maloren Pharma. KRVN shares rose 9%."
    )
    assert {"Korvane", "KRVN"} in groups


def test_a_cvr_said_absent_leaves_an_all_cash_price_the_upfront() -> None:
    # en175: "No CVR, no financing condition" kept the all-cash equity value out of the upfront
    deal = one_deal(
        "• Maloren AG agreed on Tuesday to acquire Korvane Bio, Inc. for $48.00 per share in "
        "cash via a tender offer. Equity value: approximately $1.4 billion.\n"
        "• No CVR, no financing condition.\n"
    )
    assert deal.upfront is not None and deal.upfront.amount == 1_400_000_000


def test_who_signed_the_agreement_is_not_its_grantor() -> None:
    # en176: "The agreement, signed by J&J unit Janssen Biotech, gives the U.S. pharma
    # exclusive worldwide rights" made Janssen the licensor of J&J
    votes = role_votes(
        "The agreement, signed by ⟨E0⟩ unit ⟨E1⟩, gives ⟨E0⟩ exclusive worldwide rights to "
        "develop and commercialize KRV-84."
    )
    assert votes.pairs == []
