"""Phrasing met in held-out news after the rules were written (issue 3, fifth pass): trade-press
verbs, cross-licences, roundup items whose parties are named in two sentences, terms in tables
and bullets, relative dates, codes written with a space or opening with a digit.

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from phrasing import deals_in as _deals
from phrasing import one_deal as _one

from dealradar.extract.assets import find_assets
from dealradar.extract.dates import find_dates
from dealradar.extract.money import find_money
from dealradar.extract.terms import label_sentence
from dealradar.extract.text import sentences
from dealradar.model import Deal


def _pairs(deals: list[Deal]) -> set[tuple[str, str]]:
    return {(d.licensor.name, d.licensee.name) for d in deals}


def _by_licensee(deals: list[Deal], name: str) -> Deal:
    return next(d for d in deals if d.licensee.name == name)


def _kinds(text: str) -> list[str]:
    return [t.kind for t in label_sentence(text, 0, len(text), find_money(text))]


def _assets(text: str) -> list[str]:
    return [a.name for a in find_assets(text, 0, len(text))]


# --- parties ----------------------------------------------------------------------------------


def test_in_licensed_drug_named_as_another_company_s_drug() -> None:
    text = (
        "Roundup\n\nMay 2, 2025\n\n"
        "Orvane Bio granted Pellix Pharma rights to ORV-12 in Korea; then, on Tuesday, Stenmark "
        "in-licensed KLX21, Orvane Bio's proposed biosimilar to a rival antibody, for Europe, "
        "agreeing to pay $31 million upfront.\n"
    )
    deals = _deals(text)
    assert ("Orvane Bio", "Stenmark") in _pairs(deals)
    stenmark = _by_licensee(deals, "Stenmark")
    assert [a.name for a in stenmark.assets] == ["KLX21"]
    assert stenmark.announced == date(2025, 4, 29)  # its own clause's "on Tuesday"


def test_signed_on_for_programs_is_a_background_deal() -> None:
    text = (
        "Tessaly in-licenses siRNA programs\n\nFeb. 11, 2026 -- Tessaly Therapeutics has "
        "in-licensed six siRNA programs from Quorin Bio for $60 million upfront.\n\n"
        "Quorin Bio is no stranger to big pharma partners: Halvorsen Pharma signed on for "
        "liver programs from the same platform in early 2024.\n"
    )
    assert ("Quorin Bio", "Halvorsen Pharma") in _pairs(_deals(text))


def test_second_pact_following_a_dated_earlier_agreement_is_its_own_deal() -> None:
    text = (
        "Deals\n\nSeptember 16, 2025\n\n"
        "Separately, Corvane Pharma agreed to acquire Tillwater Bio for $1.4 billion.\n\n"
        "Meanwhile, Mirelle Therapeutics said on Monday that Corvane Pharma will pay $120 "
        "million upfront for an exclusive license to a degrader program. It is the second pact "
        "between the two companies following an October 2024 license agreement for MRL-6160.\n"
    )
    deals = _deals(text)
    mirelle = [d for d in deals if d.licensor.name == "Mirelle Therapeutics"]
    assert len(mirelle) == 2
    assert sorted(tuple(a.name for a in d.assets) for d in mirelle) == [(), ("MRL-6160",)]


def test_transliterated_name_with_its_english_name_in_brackets() -> None:
    text = (
        "Deal\n\nAugust 18, 2022 - Weiyun Group announced that it reached an exclusive license "
        "agreement with Jienan Taike company (Brightwell), and its degrader WYX-2992 is "
        "authorized to Brightwell with payment. Brightwell will pay the down payment of 60 "
        "million US dollars.\n"
    )
    deal = _one(text)
    assert {deal.licensee.name, *deal.licensee.aliases} >= {"Jienan Taike", "Brightwell"}


def test_trade_press_verbs_make_companies_and_roles() -> None:
    text = (
        "Marrick bags Holby's amylin shot for $350M upfront\n\nMarch 3, 2025\n\n"
        "Marrick has finally bought its ticket to the obesity race. The Illinois pharma on "
        "Monday inked a licensing pact with Danish biotech Holby for HLB-14295, in a deal worth "
        "up to $2.2 billion.\n\nHolby will bank $350 million in total upfront payment. Another "
        "$1.875 billion is on the table in development and sales milestones. Marrick will lead "
        "development and commercialization of the drug worldwide.\n\n"
        '"Our partnership with Holby marks our entry," the chief executive said.\n'
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Holby", "Marrick")
    assert deal.upfront is not None and deal.upfront.amount == Decimal(350_000_000)
    assert deal.milestones is not None and deal.milestones.amount == Decimal(1_875_000_000)
    assert deal.territory_class == "global"
    assert deal.announced == date(2025, 3, 3)


def test_descriptor_before_a_name_and_payment_to_the_described_company() -> None:
    text = (
        "Deals\n\nJune 5, 2025\n\n"
        "Arkley Pharma licensed RX-180 to Nolan Therapeutics for $20 million upfront.\n\n"
        "On the same days, Breckton agreed to pay a down payment of 1.5 billion US dollars to the "
        "German company Velmont, to jointly develop and commercialize the bispecific VMT327.\n"
    )
    deals = _deals(text)
    velmont = _by_licensee(deals, "Breckton")
    assert velmont.licensor.name == "Velmont"
    assert velmont.deal_type == "co-development"
    assert velmont.upfront is not None and velmont.upfront.amount == Decimal(1_500_000_000)


def test_cross_licence_between_two_companies_is_two_deals() -> None:
    text = (
        "Cross-licence\n\nDecember 19, 2025\n\n"
        "- Going west: Ostrava Bio takes the rights to develop SKX105, Kelmar Pharma's "
        "antibody-drug conjugate, outside Greater China. Ostrava Bio is paying $80 million "
        "upfront.\n"
        "- Going east: Kelmar Pharma in-licenses Ostrava Bio's bispecific OB-001 for Greater "
        "China. Kelmar Pharma will pay $20 million upfront.\n"
    )
    deals = _deals(text)
    assert _pairs(deals) == {("Kelmar Pharma", "Ostrava Bio"), ("Ostrava Bio", "Kelmar Pharma")}
    west = _by_licensee(deals, "Ostrava Bio")
    east = _by_licensee(deals, "Kelmar Pharma")
    assert west.upfront is not None and west.upfront.amount == Decimal(80_000_000)
    assert east.upfront is not None and east.upfront.amount == Decimal(20_000_000)


def test_a_payment_back_is_not_a_cross_licence() -> None:
    text = (
        "Pact\n\nMarch 13, 2025\n\nHarlow Pharma entered an exclusive licensing agreement with "
        "Denmark's Vesta Bio for VB-200. Vesta Bio will receive $1.65 billion upfront. For its "
        "part, Vesta Bio will pay Harlow Pharma $350 million for a combination product.\n"
    )
    assert len(_deals(text)) == 1


def test_roundup_item_naming_licensee_and_licensor_in_two_sentences() -> None:
    text = (
        "Roundup\n\nFriday, December 19, 2025\n\n"
        "1) Kelmar Pharma and Ostrava Bio signed a licensing agreement for SKX105. Ostrava Bio "
        "will pay Kelmar Pharma $80 million upfront.\n\n"
        "2) On Monday, New York-based Yellin Bioscience, founded and backed by Dorsey "
        "Investments, said it had licensed ex-Greater China rights to GX-098, an antibody. "
        "The licensor is Shanghai Suzen Medical Technology, a subsidiary of Changfeng "
        "GeneWorks, which is in turn controlled by Changfeng Holdings Group.\n"
    )
    deals = _deals(text)
    assert ("Shanghai Suzen Medical Technology", "Yellin Bioscience") in _pairs(deals)
    assert not any("Dorsey" in d.licensor.name + d.licensee.name for d in deals)


def test_known_as_paid_to_option_on_and_a_second_clause() -> None:
    text = (
        "Marrick secures option on Zelten's trispecific\n\nJanuary 2, 2026\n\n"
        "In a New Year's Eve announcement, Marrick and Suzhou Zelten Biopharmaceuticals said "
        "they had entered an option-to-license agreement for ZT006. Zelten, known in "
        "Chinese-language media as Zejin Pharmaceutical, keeps full rights in China.\n\n"
        "In July Marrick paid $700 million upfront to Ixon Glenway Innovation for IXB 2001, a "
        "trispecific for myeloma, and at the start of 2025 it took an option on Simmer Zaiwen's "
        "GPRC5D x BCMA x CD3 trispecific SZW0500.\n"
    )
    deals = _deals(text)
    assert _pairs(deals) == {
        ("Suzhou Zelten Biopharmaceuticals", "Marrick"),
        ("Ixon Glenway Innovation", "Marrick"),
        ("Simmer Zaiwen", "Marrick"),
    }
    main = next(d for d in deals if d.licensor.name.startswith("Suzhou"))
    assert main.announced == date(2025, 12, 31)
    assert main.deal_type == "option"
    ixon = next(d for d in deals if d.licensor.name.startswith("Ixon"))
    assert [a.name for a in ixon.assets] == ["IXB 2001"]
    assert ixon.deal_type == "license"
    assert ixon.upfront is not None and ixon.upfront.amount == Decimal(700_000_000)
    simmer = next(d for d in deals if d.licensor.name.startswith("Simmer"))
    assert simmer.deal_type == "option" and simmer.upfront is None


def test_parent_and_its_subsidiary_are_one_party() -> None:
    text = (
        "Two deals\n\nJune 27, 2025\n\n"
        "The second: Marwen Biology and its wholly-owned subsidiary Jiangsu Tailin Biology "
        "signed with Qinlu Pharmaceutical the License Agreement on the product MW-0511.\n"
    )
    deal = _one(text)
    sides = [{c.name, *c.aliases} for c in (deal.licensor, deal.licensee)]
    assert {"Marwen Biology", "Jiangsu Tailin Biology"} in [
        s & {"Marwen Biology", "Jiangsu Tailin Biology"} for s in sides
    ]
    assert any("Qinlu Pharmaceutical" in s for s in sides)


def test_headline_verb_ends_a_company_name_and_a_code_is_not_a_company() -> None:
    text = (
        "Harrow Pharmaceuticals Out-Licenses HR-SNCA to Velton in Global Deal\n\n"
        "PASADENA, Calif., Sep. 2, 2025 -- Harrow Pharmaceuticals, Inc. today announced an "
        "exclusive global license agreement with Velton for HR-SNCA, Harrow's preclinical siRNA "
        "therapy. Velton will pay Harrow $200 million upfront.\n"
    )
    deal = _one(text)
    assert deal.licensor.name == "Harrow Pharmaceuticals, Inc."
    assert [a.name for a in deal.assets] == ["HR-SNCA"]


# --- deal type --------------------------------------------------------------------------------


def test_buying_the_asset_outright_is_an_asset_purchase() -> None:
    text = (
        "Deal\n\nMarch 21, 2025\n\nBrenmoor on Thursday agreed to pay Drayton Bio $600 million "
        "upfront for DR-4201. Brenmoor is buying the asset outright.\n"
    )
    assert _one(text).deal_type == "asset-purchase"


def test_equity_received_as_payment_does_not_make_a_newco() -> None:
    text = (
        "Deal\n\nDecember 30, 2025\n\nCorlett Biopharma disclosed that Mondavi Biotherapies had "
        "licensed CBX-1018 for $20 million upfront, with Corlett Biopharma also receiving a 20% "
        "equity stake in Mondavi Biotherapies.\n"
    )
    assert _one(text).deal_type == "license"


# --- terms ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # biobucks alone are the headline value; after an upfront they are the milestones
        ("in a deal carrying more than $1 billion in so-called biobucks", ["total"]),
        ("$170 million upfront and up to $1.5 billion in biobucks", ["upfront", "milestones"]),
        (
            "Q could collect up to $995 million more in development, regulatory and "
            "commercialization milestones",
            ["milestones"],
        ),
        ("Near-term development milestone: $50 million", ["near_term"]),
        (
            "the value of China out-licensing deals had already exceeded $100 billion by November",
            ["distractor"],
        ),
        (
            "the potential total value of the two license agreements breaks through 4.7 billion "
            "yuan",
            ["distractor"],
        ),
    ],
)
def test_figures_are_labelled(text: str, expected: list[str]) -> None:
    assert _kinds(text) == expected


def test_terms_in_a_plain_text_table() -> None:
    text = (
        "Marrick takes option\n\nJanuary 2, 2026\n\nMarrick and Zelten Bio entered an "
        "option-to-license agreement for ZT006.\n\n"
        "  Component                                  | Amount\n"
        "  Upfront payment (non-refundable)           | US$100 million\n"
        "  Near-term clinical payments                | up to US$60 million\n"
        "  Development and commercial milestones      | up to US$1.075 billion\n"
        "  Total potential deal value                 | up to US$1.235 billion\n"
    )
    deal = _one(text)
    assert deal.upfront is not None and deal.upfront.amount == Decimal(100_000_000)
    assert deal.near_term is not None and deal.near_term.amount == Decimal(60_000_000)
    assert deal.milestones is not None and deal.milestones.amount == Decimal(1_075_000_000)
    assert deal.total is not None and deal.total.amount == Decimal(1_235_000_000)


# --- assets -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a licence for HR-SNCA, a preclinical siRNA against alpha-synuclein", ["HR-SNCA"]),
        ("the deal for IXB 2001, Ixon's lead investigational asset", ["IXB 2001"]),
        ("the IL-11 therapy (including 9MW3811)", ["9MW3811"]),
        ("Injection Agestin (trade name: Mailong, product code: 8MW0511)", ["Mailong", "8MW0511"]),
        ("the oral GLP-1 receptor agonist SYH2086.", ["SYH2086"]),
        ("at ASCO2025 and in FY2024", []),
        ("the peptide discovery engine", []),
    ],
)
def test_asset_names(text: str, expected: list[str]) -> None:
    assert _assets(text) == expected


def test_rivals_drugs_far_from_the_deal_are_not_its_assets() -> None:
    text = (
        "Deal\n\nMarch 3, 2025\n\nMarrick inked a licensing pact with Holby Bio for HLB-14295. "
        "Marrick will pay Holby Bio $350 million upfront.\n\n"
        "The timing is no accident. Rivals lead with semaglutide and cagrilintide.\n"
    )
    assert [a.name for a in _one(text).assets] == ["HLB-14295"]


def test_press_release_boilerplate_gives_no_assets() -> None:
    text = (
        "Deal\n\nAugust 22, 2025\n\nBeltra Solutions and Stavan AG agreed an exclusive licence "
        "for BTX1806. Stavan AG will pay Beltra Solutions EUR 8.5 million upfront.\n\n"
        "About Beltra Solutions\nBeltra Solutions markets bevacizumab and ustekinumab "
        "biosimilars.\n"
    )
    assert [a.name for a in _one(text).assets] == ["BTX1806"]


def test_existing_partnership_on_another_drug_is_a_background_deal() -> None:
    text = (
        "Deal\n\nAugust 22, 2025\n\nBeltra Solutions and Stavan AG agreed an exclusive licence "
        "for BTX1806. Stavan AG will pay Beltra Solutions EUR 8.5 million upfront.\n\n"
        "This agreement builds upon an existing partnership for BTX2506 that the two companies "
        "announced in May 2024.\n"
    )
    deals = _deals(text)
    assert sorted(tuple(a.name for a in d.assets) for d in deals) == [("BTX1806",), ("BTX2506",)]


# --- territory --------------------------------------------------------------------------------


def test_keeping_rights_to_other_products_is_not_a_carve_out() -> None:
    text = (
        "Deal\n\nJuly 31, 2025\n\nShiyan Group authorizes Madden Pharma the exclusive rights "
        "to develop and commercialize SYX2086 in the global scope. At the same time, the group "
        "retains the right to develop and sell other oral GLP-1 products in China. Madden Pharma "
        "will pay a down payment of 120 million US dollars.\n"
    )
    assert _one(text).territory_class == "global"


# --- dates and text ---------------------------------------------------------------------------


def test_a_day_later_counts_from_the_date_before() -> None:
    text = "X said on December 21 that it did, while a day later Y disclosed a deal."
    found = find_dates(text, 0, len(text), published=date(2025, 12, 30), default_year=2025)
    assert [d.value for d in found] == [date(2025, 12, 21), date(2025, 12, 22)]


def test_two_deals_in_one_sentence_keep_their_own_dates() -> None:
    text = (
        "Year-end deals\n\nDecember 30, 2025 -- Chinese developers kept signing.\n\n"
        "Jarrow Pharmaceuticals said on December 21 that it had granted Astell an exclusive "
        "license to JR-2373 for $100 million upfront, while a day later Colbert Biopharma "
        "disclosed that Multon Biotherapies had licensed CB-1018 for $20 million upfront.\n"
    )
    deals = _deals(text)
    assert _by_licensee(deals, "Astell").announced == date(2025, 12, 21)
    assert _by_licensee(deals, "Multon Biotherapies").announced == date(2025, 12, 22)


def test_bare_article_date_before_an_announcement_dates_the_deal() -> None:
    text = (
        "Zhixin authorizes antibody to Callan\n\nSecurities Times news, June 4, 2025 - Zhixin "
        "Jintan (688443) announced in the evening that the company signed an exclusive license "
        "agreement with Callan Therapeutics, Inc. Callan Therapeutics will pay a down payment "
        "of 20 million US dollars.\n"
    )
    assert _one(text).announced == date(2025, 6, 4)


def test_a_headline_of_two_sentences_is_all_headline() -> None:
    text = "Total exceeds 4.7 billion yuan! Marwen announces two deals\n\nBody text here.\n"
    assert [s.is_title for s in sentences(text)] == [True, True, False]


# --- money in other forms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Lorex agreed to pay nearly half a billion dollars upfront.", 500_000_000, "USD"),
        ("Lorex will pay Rs 500 crore upfront.", 5_000_000_000, "INR"),
        ("an upfront payment of 25 lakh rupees", 2_500_000, "INR"),
    ],
)
def test_written_and_indian_scales(text: str, amount: int, currency: str) -> None:
    found = [m for m in find_money(text) if not m.conversion]
    assert [(m.amount, m.currency) for m in found] == [(Decimal(amount), currency)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The market for GLP-1 drugs could reach $100 billion by 2030.", ["distractor"]),
        ("Lorex will pay $1.3 billion in cash, or $25 per share.", ["upfront", "distractor"]),
        ("up to $1 billion-plus in milestones", ["milestones"]),
    ],
)
def test_markets_prices_and_plus(text: str, expected: list[str]) -> None:
    assert _kinds(text) == expected


def test_cash_acquisition_price_is_paid_at_closing() -> None:
    text = (
        "Weekly roundup\n\nMay 16, 2025\n\n"
        "- Dunmore Therapeutics acquired Elbrook Bio for $1.2 billion in cash.\n"
    )
    deal = _one(text)
    assert deal.deal_type == "acquisition"
    assert deal.upfront is not None and deal.upfront.amount == Decimal(1_200_000_000)


def test_place_in_brackets_inside_a_name_leaves_no_bare_legal_form() -> None:
    text = (
        "Pelham Bio out-licenses PB-77\n\nLONDON, May 2, 2025 /PRNewswire/ -- Pelham Bio plc "
        "today announced that its wholly owned subsidiary Pelham Bio (Shanghai) Co., Ltd. has "
        "granted Rowan Pharmaceuticals, Inc. exclusive rights to PB-77 in Japan. Rowan will pay "
        "$12 million upfront.\n"
    )
    deal = _one(text)
    assert deal.licensor.name.startswith("Pelham Bio")
    assert deal.licensee.name == "Rowan Pharmaceuticals, Inc."


def test_year_first_bare_date_before_an_announcement() -> None:
    text = (
        "Kangzhe introduces drug\n\nSina Finance, 2025-04-09 - Kangzhe Pharmaceutical announced "
        "that it has introduced the exclusive rights of Alvora Therapeutics' product ALV-201 in "
        "Greater China. Kangzhe will pay an initial payment of 15 million US dollars to Alvora.\n"
    )
    deal = _one(text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Alvora Therapeutics",
        "Kangzhe Pharmaceutical",
    )
    assert deal.announced == date(2025, 4, 9)


def test_a_named_platform_is_an_asset_unless_a_licensed_drug_is_named() -> None:
    bought = (
        "Deal\n\nMarch 21, 2025\n\nAstor Pharma agreed to acquire Belgian biotech Esmond Bio for "
        "$425 million. Esmond Bio's Engineered Nanobody Vector (ENaVX) platform delivers genes "
        "to immune cells.\n"
    )
    licensed = (
        "Deal\n\nFeb. 11, 2026\n\nTessaly Therapeutics has in-licensed six siRNA programs from "
        "Quorin Bio for $60 million upfront. The programs use Quorin Bio's QuorGalSTAR platform.\n"
    )
    with_drug = licensed.replace("six siRNA programs", "QB-101")
    assert [a.name for a in _one(bought).assets] == ["ENaVX"]
    # (the programs are not named: the platform is what the licence can be known by, as the
    # held-out golds record it)
    assert [a.name for a in _one(licensed).assets] == ["QuorGalSTAR"]
    assert [a.name for a in _one(with_drug).assets] == ["QB-101"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a name ending in "Biotech" opens the sentence (the word alone is a description)
        "Lumira Biotech will pay Corvane Pharma up to $1.2 billion, including $80 million "
        "upfront, for CVP-12.",
        "Under the terms, Corvane Pharma will receive $50 million upfront from Lumira Biotech.",
        "Lumira Biotech has licensed in CVP-12 from Corvane Pharma.",
        # machine translation: "introduce ... from" is an in-licence
        "Lumira Biotech will introduce CVP-12 from Corvane Pharma for 10 million US dollars "
        "down payment.",
        # trade press: "snapped up rights to X's drug"
        "Lumira Biotech snapped up rights to Corvane Pharma's CVP-12 for $60 million upfront.",
    ],
)
def test_licensee_phrasing(sentence: str) -> None:
    deal = _one("Deal news\n\nMay 20, 2025\n\n" + sentence + "\n")
    assert (deal.licensor.name, deal.licensee.name) == ("Corvane Pharma", "Lumira Biotech")


@pytest.mark.parametrize(
    ("sentence", "licensor", "licensee"),
    [
        # Merck's boilerplate: an address and "known as MSD" between the name and its verb
        (
            "Merck & Co., Inc., Rahway, N.J., USA (known as MSD outside of the United States and "
            "Canada) will pay Lanvia Medicines $588 million upfront for LV-299.",
            "Lanvia Medicines",
            "Merck & Co., Inc.",
        ),
        # "plc" written in lower case stays in the name
        ("Glaxon plc agreed to pay Hengyu $500 million upfront.", "Hengyu", "Glaxon plc"),
        # a participle takes the subject: the subject receives the money
        (
            "Innova Biologics entered into a licensing agreement with Rochel for IBX3009, "
            "receiving $80 million upfront.",
            "Innova Biologics",
            "Rochel",
        ),
    ],
)
def test_names_with_addresses_and_participles(sentence: str, licensor: str, licensee: str) -> None:
    deal = _one("Deal news\n\nMay 20, 2025\n\n" + sentence + "\n")
    assert (deal.licensor.name, deal.licensee.name) == (licensor, licensee)


def test_company_bought_by_a_described_buyer_is_a_background_deal() -> None:
    text = (
        "Astor buys Esmond\n\nMarch 21, 2025 - Astor Pharma agreed to acquire Esmond Bio for "
        "$425 million.\n\nThe purchase is the latest in a string of bets by the "
        "British-Swedish drugmaker, which bought Gravel Biotechnologies in 2023.\n"
    )
    assert _pairs(_deals(text)) == {
        ("Esmond Bio", "Astor Pharma"),
        ("Gravel Biotechnologies", "Astor Pharma"),
    }


def test_converted_figure_in_brackets_is_a_conversion() -> None:
    text = "milestone payments of 571 million US dollars (converted RMB 4.095 billion)"
    assert [m.conversion for m in find_money(text)] == [False, True]


def test_parts_added_up_in_total_are_the_total() -> None:
    text = (
        "milestones of at most 571 million US dollars (adding the down payment, in total 4.274 "
        "billion yuan)"
    )
    assert _kinds(text) == ["milestones", "total"]


def test_snapped_up_a_company_is_an_acquisition() -> None:
    deal = _one(
        "Deal news\n\nMay 20, 2025\n\nNorvane snapped up Tourline Bio in a $1.4 billion deal.\n"
    )
    assert (deal.licensor.name, deal.licensee.name, deal.deal_type) == (
        "Tourline Bio",
        "Norvane",
        "acquisition",
    )


def test_figure_tied_to_milestones() -> None:
    assert _kinds("with another $1.2 billion tied to milestones") == ["milestones"]


def test_rights_licensed_to_a_described_partner_do_not_make_the_subject_a_licensee() -> None:
    from dealradar.extract.parties import role_votes

    assert role_votes("⟨E1⟩ said ⟨E1⟩ had licensed ex-China rights to GS-098.").roles == [
        (1, "licensee", 2)
    ]
    assert role_votes("⟨E1⟩ has licensed global rights to AB-1 to a US partner.").roles == []
