"""Phrasing met in the blind sets en214 to en219, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from phrasing import alias_groups, asset_names, deals_in, one_deal, term_kinds, territory_class

from dealradar.extract.money import find_money
from dealradar.extract.parties import is_negated

# --- money and term labels -----------------------------------------------------------------


def test_a_hyphenated_chinese_unit_scales_the_figure() -> None:
    # en217-005: "USD 8,900 ten-thousand ($89m)" was read as 8,900 dollars
    found = find_money("milestones of up to USD 8,900 ten-thousand and USD 1,000 hundred-million")
    assert [m.amount for m in found] == [Decimal(89_000_000), Decimal(100_000_000_000)]


def test_an_aside_listing_upfront_plus_milestones_makes_the_figure_a_total() -> None:
    # en217-005: "worth up to US$0.44bn — upfront plus development and commercial
    # milestones —" was read as the upfront
    kinds = term_kinds(
        "The package is worth up to US$0.35bn — upfront plus development and commercial "
        "milestones — and Tarvel also takes an equity stake in Quill."
    )
    assert kinds["US$0.35bn"] == "total"


def test_an_upfront_plus_milestones_to_come_stays_the_upfront() -> None:
    # guard: without the aside's dash, "plus milestones" are more money to come
    assert term_kinds("Quill pays $7 million upfront plus milestones and royalties.") == {
        "$7 million": "upfront"
    }


def test_what_a_licensor_stands_to_collect_is_paid_to_it() -> None:
    # en217-005: "stands to collect up to $605 million, covering an upfront payment and
    # milestones" had no cue of payment before it
    kinds = term_kinds(
        "Tarvel stands to collect up to $480 million, covering an upfront payment and "
        "milestones, plus royalties."
    )
    assert kinds["$480 million"] == "total"


def test_a_sum_tied_to_sales_is_a_sales_milestone() -> None:
    # en215-005: "USD 9.5 million in regulatory milestones and up to USD 97.5 million tied to
    # sales" left the second sum unread
    d = one_deal(
        "Harwick Bio licensed ZL-204 to Ostrava Pharma for South Korea. Ostrava pays USD 4 "
        "million at signing. Harwick can also collect USD 6 million in regulatory milestones "
        "and up to USD 80 million tied to sales, plus royalties."
    )
    assert d.milestones is not None and d.milestones.amount == Decimal(86_000_000)


def test_a_sum_tied_to_sales_of_something_is_no_milestone() -> None:
    # guard: "tied to sales of its other drug" names what the sales are of, not a payment
    assert term_kinds("Ostrava got $5 million tied to sales of its other drug.") == {
        "$5 million": "unknown"
    }


def test_a_contingent_payment_is_a_milestone_unless_near_term() -> None:
    # en218-003: "Up to $250m in a contingent payment tied to a regulatory milestone" (the
    # plural alone was a cue); "a near-term contingent payment" stays near-term
    assert term_kinds("- Up to $150m in a contingent payment tied to approval.") == {
        "$150m": "milestones"
    }
    kinds = term_kinds(
        "Ostrava will pay a down payment of 300 million US dollars and a near-term contingent "
        "payment of up to 100 million US dollars."
    )
    assert kinds["100 million US dollars"] == "near_term"


def test_a_total_label_opening_a_bullet_is_the_total() -> None:
    # en218-003: "- Total: up to $1.05bn." had no cue
    assert term_kinds("   - Total: up to $1.05bn.") == {"$1.05bn": "total"}
    # guard: the total of something else named before the label
    assert term_kinds("Revenue total: $5bn") != {"$5bn": "total"}


def test_a_headline_number_is_the_total() -> None:
    # en214-001: "The headline number: up to $8.4 billion."
    assert term_kinds("The headline number: up to $2.4 billion.") == {"$2.4 billion": "total"}


def test_a_value_including_fees_and_milestones_is_the_total() -> None:
    # en216-006: "worth up to $1.4 billion in total including target-expansion fees and
    # milestones" was read as a part
    kinds = term_kinds(
        "Orlane receives a $12 million upfront license fee, and the deal is worth up to $900 "
        "million including target-expansion fees and milestones."
    )
    assert kinds["$900 million"] == "total"


def test_an_option_fee_paid_on_exercise_far_after_the_verb_is_near_term() -> None:
    # en219-004: "exercise an option for exclusive global rights by paying a further US$200m"
    kinds = term_kinds(
        "- Option exercise: Varro may, after Phase 1b data, exercise an option for exclusive "
        "global rights by paying a further US$150m."
    )
    assert kinds["US$150m"] == "near_term"


def test_a_company_snapped_up_for_a_price_is_bought_for_it() -> None:
    # en214-007: "move to snap up Halda Therapeutics for $3.05 billion"
    kinds = term_kinds(
        "Oncology names held up after Corvane's Monday move to snap up Pellis Therapeutics "
        "for $2.2 billion, bringing its platform in-house."
    )
    assert kinds["$2.2 billion"] == "total"


# --- companies and roles --------------------------------------------------------------------


def test_a_company_handed_rights_is_a_company() -> None:
    # en215-005: "handed Sandoz exclusive commercialization rights to HLX13" (one word, no
    # other cue) was no company, and the biosimilar's originator took the licensor's place
    d = one_deal(
        "Harwick Bio was busy this week. On Tuesday the Hong Kong-listed company (2696.HK) "
        "handed Zevana exclusive commercialization rights to HW-13, its proposed biosimilar of "
        "Corvane Pharma's CTLA-4 antibody Relvio (relvimab), in the United States, Europe, "
        "Japan, Canada and Australia. Harwick stays on the hook for manufacturing."
    )
    assert (d.licensor.name, d.licensee.name) == ("Harwick Bio", "Zevana")
    assert d.territory_class == "regional"


def test_a_ticker_and_an_international_name_are_aliases() -> None:
    # en165-005 / en217-005: "Dianthus, listed on Nasdaq as DNTH"; "Shanghai Chengfan
    # Pharmaceutical, which trades internationally as VelaVigo"
    groups = alias_groups(
        "Ostrava Therapeutics, listed on Nasdaq as OSTV, licensed LB-12. Shanghai Lantern "
        "Pharmaceutical, which trades internationally as LuxLantern, licensed LX-4 to Quill Bio."
    )
    assert any({"Ostrava Therapeutics", "OSTV"} <= g for g in groups)
    assert any({"Shanghai Lantern Pharmaceutical", "LuxLantern"} <= g for g in groups)


def test_a_start_up_described_with_its_city_and_state_is_a_company() -> None:
    # en216-008: "Outside China it belongs to EQRx, the Cambridge, Mass., start-up that
    # licensed rights in July 2020 for $25 million upfront": neither company cue nor pair
    deals = deals_in(
        "Varolinib, sold as Varolix in China by Harwick Pharmaceutical, is approved there. "
        "Outside China it belongs to QRVx, the Boston, Mass., start-up that licensed rights in "
        "July 2021 for $30 million upfront and up to $400 million in milestones."
    )
    assert [(d.licensor.name, d.licensee.name) for d in deals] == [
        ("Harwick Pharmaceutical", "QRVx")
    ]


def test_talks_and_a_losing_bid_are_no_deals() -> None:
    # en219-008 / en219-002: a price "discussed, according to the people"; "terminated
    # discussions with" the losing bidder
    assert is_negated(
        "Corvane has discussed paying around $90 a share, according to the people, a level "
        "some Pellis holders regard as too low."
    )
    assert is_negated(
        "Pellis's board declared the deal superior and terminated discussions with Varro."
    )
    assert not is_negated("Corvane signed an agreement to acquire Pellis for $90 a share.")


def test_a_paragraph_opening_on_a_new_deal_keeps_its_lead_in() -> None:
    # en215-005: "2) ...and a Korean home for X / The other Harwick deal, signed last Friday
    # (April 25), takes X into South Korea. ... Ostrava pays ..." gave that date to the
    # party's earlier deal
    text = (
        "WEEKLY — Friday, May 2, 2025\n\n"
        "1) Zevana adds a copy from Harwick\n"
        "On Tuesday Harwick Bio handed Zevana exclusive commercialization rights to HW-13 in "
        "the United States. Zevana pays $20m upfront.\n\n"
        "2) ...and a Korean home for serlumab\n"
        "The other Harwick deal, signed last Friday (April 25), takes its antibody serlumab "
        "into South Korea. The licensee is Taiwan's Ostrava Pharmaceutical. Ostrava pays USD 5 "
        "million at signing.\n"
    )
    by_licensee = {d.licensee.name: d for d in deals_in(text, date(2025, 5, 2))}
    assert by_licensee["Zevana"].announced == date(2025, 4, 29)
    assert by_licensee["Ostrava Pharmaceutical"].announced == date(2025, 4, 25)


# --- assets ---------------------------------------------------------------------------------


def test_a_drug_its_owner_keeps_whole_is_no_asset() -> None:
    # en214-004 / en216-007 / en218-007: "Solid retains all rights to SGT-001"; "SGT-001,
    # which RARE does NOT license"
    d = one_deal(
        "Harwick Bio granted Ostrava Pharma an exclusive license to its capsid HXV-107 for $30 "
        "million upfront. Harwick retains all rights to HB-101, its own gene therapy, and to "
        "its other candidates."
    )
    assert [a.name for a in d.assets] == ["HXV-107"]
    d = one_deal(
        "Harwick Bio granted Ostrava Pharma an exclusive license to HXV-107 for $30 million "
        "upfront. Its lead programme, HB-101, which Ostrava does NOT license, stays in-house."
    )
    assert [a.name for a in d.assets] == ["HXV-107"]


def test_a_drug_kept_in_a_place_or_field_is_still_the_deals() -> None:
    # guard (en135-005, en213-006, en82-001): "retains all rights to X in the United States",
    # "in oncology", "in those territories": part of the rights kept, the rest licensed
    d = one_deal(
        "Harwick Bio granted Ostrava Pharma exclusive rights to HXV-107 outside the United States "
        "for $30 million upfront. Harwick retains all rights to HXV-107 in the United States."
    )
    assert [a.name for a in d.assets] == ["HXV-107"]


def test_a_development_code_and_a_brand_told_apart_from_the_deal_are_its_names() -> None:
    # en218-001: "The drug is disitamab vedotin, known during development as RC48 and already
    # sold in China under the brand name Aidixi", in a paragraph before the deal's own
    assert asset_names(
        "The drug is velotamab vedotin, known during development as VX48 and already sold in "
        "China under the brand name Velvix."
    ) == ["velotamab vedotin", "VX48", "Velvix"]


def test_rights_to_use_a_named_capsid_name_it_and_a_transgene_is_no_drug() -> None:
    # en216-006: "exclusive global rights to use STAC-BBB"; "700-fold higher transgene
    # expression"
    assert asset_names("Ostrava gets exclusive global rights to use HARP-BBB for one target.") == [
        "HARP-BBB"
    ]
    assert asset_names("It achieved 700-fold higher transgene expression in the brain.") == []


# --- territory and deal type ----------------------------------------------------------------


def test_places_after_an_apposition_describing_the_drug_are_the_territory() -> None:
    # en215-005: "rights to HLX13, its proposed biosimilar of BMS's antibody Yervoy
    # (ipilimumab), in the United States, Europe, Japan, Canada and Australia"
    assert (
        territory_class(
            "Harwick handed Zevana exclusive commercialization rights to HW-13, its proposed "
            "biosimilar of Corvane Pharma's CTLA-4 antibody Relvio (relvimab), in the United "
            "States, Europe, Japan and Canada."
        )
        == "regional"
    )


def test_an_exclusive_option_given_to_a_named_partner_is_an_option() -> None:
    # en216-002: "gives Janssen Biotech the exclusive option to take worldwide rights"
    d = one_deal(
        "Varro Biotech is handing Korean biotech Pellis Bio $80 million upfront for rights to "
        "PB-84. The pact gives Varro Biotech the exclusive option to take worldwide rights to "
        "the ADC; exercising it would cost a further $150 million."
    )
    assert d.deal_type == "option"


def test_a_business_model_and_a_disclaimer_buy_no_company() -> None:
    # en217-005: "to fund this asset-acquisition model"; en218-008: "not a recommendation to
    # buy or sell any security"
    d = one_deal(
        "Hangzhou-based Lantern Pharmaceuticals licensed LT-06 to Quill Bio for worldwide rights "
        "excluding China. Lantern stands to collect up to $500 million. Quill's backer raised "
        "$300 million in 2024 to fund this asset-acquisition model. This newsletter is not a "
        "recommendation to buy or sell any security."
    )
    assert d.deal_type == "license"
    assert d.territory_class == "ex-china"


def test_a_purchase_told_of_other_companies_does_not_type_the_deal() -> None:
    # en219-005: "Biogen ... disclosed a non-binding proposal to buy the rest of Sage" under
    # a licence told just before it
    text = (
        "Late last Friday, Harwick Bio said Ostrava Therapeutics licensed global rights to a "
        "preclinical inhibitor. The payments - upfront plus development and commercial "
        "milestones - total more than $400 million.\n\n"
        "Not a deal (yet): Corvane knocks on Pellis's door\n"
        "Corvane, which already holds about 10% of Pellis Bio, disclosed a non-binding "
        "proposal to buy the rest of the company for $7 per share in cash."
    )
    by_pair = {(d.licensor.name, d.licensee.name): d for d in deals_in(text)}
    deal = by_pair[("Harwick Bio", "Ostrava Therapeutics")]
    assert deal.deal_type == "license"
    assert deal.upfront is None
