"""Phrasing met in the blind sets en202 to en207, and in the misses of the earlier held-out
sets they led to.

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import deals_in, one_deal, party_pairs, term_kinds

# --- tables --------------------------------------------------------------------------------

_COMPARABLES = (
    "Q1 2025 partnering comparables (US$m unless stated)\n\n"
    "Date    | Asset           | Out-licensor  | Partner       | Upfront | Dev/reg MS | Sales MS"
    " | Headline\n"
    "--------|-----------------|---------------|---------------|---------|------------|---------"
    "-|---------\n"
    "12-Mar  | BT-101 (amylin) | Belisto Bio   | Korvane Pharma | 1,200  | 800        | 1,500   "
    " | 3,500\n"
    "28-Mar  | QX-7 (ACSL5)    | Tamsin Thera  | Korvane Pharma | 60*    | n/a        | n/a     "
    " | 900\n"
    "*upfront and near-term payments combined.\n\n"
    "Belisto/Korvane: Korvane takes exclusive global rights to BT-101 outside mainland China, "
    "Hong Kong, Macau and Taiwan.\n\n"
    "Tamsin/Korvane: Korvane gets rights in Japan only.\n"
)


def _by_licensor() -> dict[str, object]:
    return {d.licensors[0].name: d for d in deals_in(_COMPARABLES, published=date(2025, 4, 2))}


def test_a_caption_s_bracketed_unit_reads_the_bare_figures() -> None:
    # en200-005: "comparables (US$m unless stated)" above cells "1,650", "75*"; only
    # "amounts in US$ millions" was read as a unit, so the table gave no money at all
    deals = _by_licensor()
    belisto, tamsin = deals["Belisto Bio"], deals["Tamsin Thera"]
    assert belisto.upfront is not None and belisto.upfront.amount == 1_200_000_000  # type: ignore[attr-defined]
    assert belisto.total is not None and belisto.total.amount == 3_500_000_000  # type: ignore[attr-defined]
    # a footnote mark after a figure does not hide it
    assert tamsin.upfront is not None and tamsin.upfront.amount == 60_000_000  # type: ignore[attr-defined]


def test_two_milestone_columns_are_added() -> None:
    # en200-005: "Dev/reg MS | Sales MS" are the two parts of the milestones
    belisto = _by_licensor()["Belisto Bio"]
    assert belisto.milestones is not None and belisto.milestones.amount == 2_300_000_000  # type: ignore[attr-defined]


def test_a_day_month_cell_is_a_date_in_the_year_of_the_note() -> None:
    # en200-005: "12-Mar" in a note of 2 April 2025
    assert _by_licensor()["Belisto Bio"].announced == date(2025, 3, 12)  # type: ignore[attr-defined]


def test_a_pair_s_paragraph_gives_the_territory_of_the_row_with_both() -> None:
    # en200-005: "United Labs/Novo: Novo takes exclusive global rights ... outside mainland
    # China" is that row's territory, not the other Novo row's
    deals = _by_licensor()
    assert deals["Belisto Bio"].territory_class == "ex-greater-china"  # type: ignore[attr-defined]
    assert deals["Tamsin Thera"].territory_class == "regional"  # type: ignore[attr-defined]


def test_a_table_without_a_declared_unit_reads_no_bare_figure() -> None:
    text = _COMPARABLES.replace(" (US$m unless stated)", "")
    deals = {d.licensors[0].name: d for d in deals_in(text, published=date(2025, 4, 2))}
    assert deals["Belisto Bio"].upfront is None


# --- NewCo notes ---------------------------------------------------------------------------

_NEWCO_NOTE = (
    "Belisto Bio (2299 HK) | Company Update\n\n"
    "The three deals, side by side:\n\n"
    "- Ardent Biosciences (July 2024). BT-101, a bispecific, went to Ardent, a U.S. start-up. "
    "Belisto takes US$15m upfront, up to US$170m in milestones, and about 30% of Ardent.\n\n"
    "- Calloway Medicines (November 2024). The T-cell engager BT-202 went to Calloway "
    "Medicines, which now operates as Ostrel Medicines. Belisto gets US$16m upfront and is "
    "eligible for up to US$610m in milestones, plus an equity position in the NewCo.\n\n"
    "- Tamsin Therapeutics (January 2025). The antibody BT-303 went to Tamsin Therapeutics. "
    "Belisto receives US$30m in near-term payments and up to US$337.5m in milestones.\n"
)


def test_a_drug_that_went_to_a_company_makes_that_company_the_licensee() -> None:
    # en202-006: three bullets "CM336 went to Platina ... Keymed gets US$16m upfront" were
    # one deal (the drugs' handover was no cue, and "takes US$15m upfront" no payment)
    deals = {d.licensees[0].name: d for d in deals_in(_NEWCO_NOTE)}
    assert set(deals) == {"Ardent Biosciences", "Calloway Medicines", "Tamsin Therapeutics"}
    assert {d.licensors[0].name for d in deals.values()} == {"Belisto Bio"}
    assert deals["Ardent Biosciences"].upfront.amount == 15_000_000  # type: ignore[union-attr]
    assert deals["Calloway Medicines"].upfront.amount == 16_000_000  # type: ignore[union-attr]
    assert deals["Tamsin Therapeutics"].near_term.amount == 30_000_000  # type: ignore[union-attr]


def test_a_name_the_company_now_operates_as_is_its_alias() -> None:
    deals = {d.licensees[0].name: d for d in deals_in(_NEWCO_NOTE)}
    assert "Ostrel Medicines" in deals["Calloway Medicines"].licensees[0].aliases


def test_a_share_of_the_licensee_or_a_position_in_the_newco_makes_a_newco_deal() -> None:
    deals = {d.licensees[0].name: d for d in deals_in(_NEWCO_NOTE)}
    assert deals["Ardent Biosciences"].deal_type == "newco"  # "about 30% of Ardent"
    assert deals["Calloway Medicines"].deal_type == "newco"  # "equity position in the NewCo"
    assert deals["Tamsin Therapeutics"].deal_type == "license"


def test_a_percentage_of_the_licensee_s_sales_is_no_stake() -> None:
    deal = one_deal(
        "Belisto Bio licensed BT-101 to Korvane Pharma. Korvane will pay $20 million upfront "
        "and royalties of 10% of Korvane's net sales."
    )
    assert deal.deal_type == "license"


def test_money_went_to_a_company_is_no_drug_handed_over() -> None:
    assert deals_in("The $15 million went to Ardent Biosciences.") == []


def test_a_joint_venture_named_before_its_co_owner_is_the_grantor() -> None:
    # en202-006: "its KYM joint venture with Lepu Biopharma licensed CMG901 to AstraZeneca"
    # gave Lepu → AstraZeneca and Lepu → KYM
    pairs = party_pairs(
        "Belisto Bio knows partnering well: its Tarrow joint venture with Quell Pharma licensed "
        "the ADC TQ-901 to Korvane Pharma in 2023."
    )
    assert pairs == {("Tarrow", "Korvane Pharma")}


def test_of_several_companies_in_a_paragraph_the_one_voted_the_other_side_is_the_partner() -> None:
    # en202-005: "Formation Bio kicked off December by standing up Bleecker Bio ... to hold
    # LNK-01006 from Lynk ... Bleecker takes rights everywhere outside China" was paired with
    # the next item's licensor
    text = (
        "1) Quell's TYK2 inhibitor becomes Ardent Bio\n"
        "Harlow Bio kicked off December by standing up Ardent Bio, another single-asset "
        "subsidiary, to hold QL-106 from Quell Pharmaceuticals. Ardent takes rights "
        "everywhere outside China. Quell put the value of the agreement at up to $605 million."
        "\n\n2) Belisto and Tamsin\n"
        "On Dec. 22, Belisto Bio licensed its conjugate BT-108 to Tamsin Thera, a U.S. "
        "start-up. Terms: US$20m upfront and milestones of up to US$2bn."
    )
    assert ("Quell Pharmaceuticals", "Ardent Bio") in party_pairs(text)
    assert ("Belisto Bio", "Ardent Bio") not in party_pairs(text)


def test_a_roundup_s_items_summed_are_no_deal_s_total() -> None:
    # en202-005: "the three entries above account for headline values of roughly $3.1
    # billion" became the last item's total
    assert term_kinds(
        "Not all of it is NewCo money: the three entries above account for headline values of "
        "roughly $3.1 billion."
    ) == {"$3.1 billion": "distractor"}


def test_an_upfront_paid_in_cash_and_the_licensee_s_equity_is_the_licensor_s() -> None:
    # en202-002: "Sciwind is collecting $70 million upfront, paid in a combination of cash
    # and Verdiva equity" made Sciwind the payer, and its figures no term of the deal
    deal = one_deal(
        "Ardent Bio has in-licensed three obesity candidates from Belisto Bio. Belisto is "
        "collecting $70 million upfront, paid in a combination of cash and Ardent equity, and "
        "says the agreement could be worth as much as $2.4 billion."
    )
    assert (deal.licensors[0].name, deal.licensees[0].name) == ("Belisto Bio", "Ardent Bio")
    assert deal.upfront is not None and deal.upfront.amount == 70_000_000
    assert deal.total is not None and deal.total.amount == 2_400_000_000


def test_a_company_bought_until_which_someone_ran_it_is_the_one_bought() -> None:
    # en202-002: "who ran Aiolos until GSK bought it for $1 billion upfront in a deal worth up
    # to $1.4 billion" was no deal, and its figures went to the article's licence
    text = (
        "Ardent Bio has in-licensed three candidates from Belisto Bio. Belisto is collecting "
        "$70 million upfront.\n\n"
        "CEO Jan Moss, who ran Tamsin Bio until Korvane Pharma bought it for $1 billion "
        "upfront in a deal worth up to $1.4 billion, said the team spent most of 2024 "
        "scouting for assets."
    )
    deals = {d.licensors[0].name: d for d in deals_in(text)}
    assert deals["Tamsin Bio"].licensees[0].name == "Korvane Pharma"
    assert deals["Tamsin Bio"].deal_type == "acquisition"
    assert deals["Tamsin Bio"].total.amount == 1_400_000_000  # type: ignore[union-attr]
    assert deals["Belisto Bio"].upfront.amount == 70_000_000  # type: ignore[union-attr]


def test_time_spent_is_no_spending() -> None:
    kinds = term_kinds(
        "Korvane bought it for $1 billion upfront in a deal worth up to $1.4 billion, said "
        "the team spent most of 2024 scouting."
    )
    assert kinds["$1.4 billion"] == "total"
    assert term_kinds("The company spent $1.4 billion on research.") == {
        "$1.4 billion": "distractor"
    }


def test_the_start_up_is_not_the_venture_firm_that_launched_it() -> None:
    # en202-007: "Leads helped launch Oblenio Bio with venture firm Aditum Bio and granted the
    # start-up an exclusive option" made Aditum the licensee, and its grantor
    deal = one_deal(
        "Earlier this year Belisto Bio helped launch Ardent Bio with venture firm Harlow "
        "Ventures and granted the start-up an exclusive option on worldwide rights to BT-051. "
        "Ardent pays US$35 million upfront, and Belisto could earn up to US$579 million in "
        "milestones."
    )
    assert (deal.licensors[0].name, deal.licensees[0].name) == ("Belisto Bio", "Ardent Bio")


def test_a_parent_that_says_its_subsidiary_signed_folds_into_the_subsidiary_s_deal() -> None:
    # en18-011: "Harbour BioMed: Mesothelin ADC goes to Seagen", then "Harbour BioMed
    # announced yesterday that its wholly owned subsidiary Nona Biosciences ... out-licensed
    # HBM9033 ... to Seagen": one deal, the subsidiary's
    text = (
        "Belisto Holdings (2299.HK): Mesothelin ADC goes to Korvane Pharma\n\n"
        "Belisto Holdings announced yesterday that its wholly owned subsidiary Tamsin Bio has "
        "out-licensed BT-9033, a mesothelin ADC, to Korvane Pharma. Korvane Pharma pays $53 "
        "million upfront."
    )
    assert party_pairs(text) == {("Tamsin Bio", "Korvane Pharma")}


# --- royalty financings --------------------------------------------------------------------


def test_a_royalty_sold_for_cash_is_no_deal() -> None:
    # en206-008, en206-004, en206-002: "Royalty Pharma will pay Geron $125 million in
    # exchange for a synthetic royalty", "$350m paid to Syndax in exchange for a royalty on US
    # net sales" were read as licences
    for text in (
        "Harlow Royalty will pay Belisto Bio $125 million in exchange for a synthetic royalty "
        "on worldwide net sales of BT-101.",
        "Harlow Royalty / Tamsin Thera (2024): $350m paid to Tamsin Thera in exchange for a "
        "royalty on US net sales of BT-202.",
        "Earlier this week Harlow Royalty agreed to provide Korvane Pharma with up to $2 "
        "billion, including up to $1.25 billion in synthetic royalty funding tied to sales.",
        "Belisto Bio retains all rights to BT-101; the royalty funding does not grant Harlow "
        "Royalty any license, option, or role in its development.",
    ):
        assert deals_in(text) == [], text


def test_a_licence_paid_for_with_royalties_is_still_a_licence() -> None:
    deal = one_deal(
        "Belisto Bio granted Korvane Pharma an exclusive license to BT-101 in exchange for a "
        "tiered royalty on net sales and $20 million upfront."
    )
    assert (deal.licensors[0].name, deal.licensees[0].name) == ("Belisto Bio", "Korvane Pharma")


# --- digests -------------------------------------------------------------------------------

_DIGEST = (
    "THE DEAL SHEET | Week of Dec. 15-19, 2025\n\n"
    "1) KORVANE GOES TO CHANGCHUN\n\n"
    "Korvane Pharma took ex-Greater China rights to GS-098, an antibody from Changchun "
    "GeneMedic Pharmaceutical. The GenMed molecule will be renamed KV-101. Korvane hands over "
    "$70 million upfront, and GenMed gets tiered double-digit royalties.\n\n"
    "2) AN OPTION FACTORY\n\n"
    "Under the agreement, Clavis Bio nominates up to four targets a year; Shanghai Tamsin "
    "Pharmaceutical generates candidates against them, and Clavis can option each program for "
    "territories outside mainland China. Tamsin Pharma stands to collect up to $362.5 million "
    "in option fees and milestones.\n\n"
    "3) STILL DIGESTING LAST WEEK\n\n"
    "Pfizer's Dec. 9 pact with Tamsin's Chongqing subsidiary remains the biggest licence of the "
    "month. Pfizer paid Chongqing Yarrow Pharmaceutical $150 million upfront for YP05002."
)


def test_a_company_that_can_option_programs_is_the_licensee() -> None:
    # en203-001: "Clavis can option each program ...; Fosun Pharma stands to collect up to
    # $362.5 million" gave Fosun's figures to its Pfizer deal, and Clavis no deal
    deals = {d.licensees[0].name: d for d in deals_in(_DIGEST)}
    clavis = deals["Clavis Bio"]
    assert clavis.licensors[0].name == "Shanghai Tamsin Pharmaceutical"
    assert clavis.milestones is not None and clavis.milestones.amount == 362_500_000


def test_a_pact_with_a_company_s_unnamed_unit_is_not_that_company_s() -> None:
    # en203-001: "Pfizer's Dec. 9 pact with Fosun's Chongqing subsidiary" made a Fosun →
    # Pfizer deal beside the subsidiary's own
    assert ("Shanghai Tamsin Pharmaceutical", "Pfizer") not in party_pairs(_DIGEST)
    assert ("Chongqing Yarrow Pharmaceutical", "Pfizer") in party_pairs(_DIGEST)


def test_a_camel_cased_short_name_clips_the_humps_of_the_full_one() -> None:
    # en203-001, en32-003: "GenSci" for "Changchun GeneScience Pharmaceutical" was another
    # company, with a deal of its own
    deal = next(d for d in deals_in(_DIGEST) if d.licensees[0].name == "Korvane Pharma")
    assert "GenMed" in deal.licensors[0].aliases


def test_a_deal_for_a_company_s_drug_is_no_takeover() -> None:
    # en32-003: "Yarrow blooms with $1.37B deal for GenSci thyroid antibody" read as a
    # company bought once GenSci was known as the licensor
    deal = one_deal(
        "Korvane blooms with $1.37B deal for GenMed thyroid antibody\n\n"
        "Korvane Pharma has struck a deal worth up to $1.365 billion for the ex-China rights to "
        "an antibody from Changchun GeneMedic Pharmaceutical. GenMed, as the company is known, "
        "gets $70 million upfront."
    )
    assert deal.deal_type == "license"


# --- money in other currencies -------------------------------------------------------------


def test_a_sum_paid_when_the_deal_completes_is_the_upfront() -> None:
    # en204-007: "About £820m will be paid when the deal completes" was no term
    assert term_kinds(
        "About £820m will be paid when the deal completes, with the balance due if the drug "
        "wins US approval."
    ) == {"£820m": "upfront"}


def test_a_lawsuit_settlement_is_no_deal_s_total() -> None:
    # en204-007: "agreed to pay up to $2.2bn (£1.8bn) to settle most US lawsuits" became the
    # total of the deal reported beside it
    assert term_kinds(
        "The group agreed to pay up to $2.2bn (£1.8bn) to settle most US lawsuits over its "
        "heartburn drug."
    ) == {"$2.2bn": "distractor"}
