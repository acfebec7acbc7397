"""Phrasing met in the blind sets en92 to en97: connectives and mixed-case names in shouted
headings, seats written "City, State-based", broker notes (tickers with exchange codes, "the
X purchase last year — $1.9bn for ..."), 8-K filings (a shareholder's "right to receive"),
translated dates ("January 5 day evening") and money written "$650m cash up front".

Every example is written for this file (invented companies and drugs); none is a gold
article.
"""

from __future__ import annotations

from datetime import date

from phrasing import alias_groups, company_names, deals_in, one_deal, party_pairs

from dealradar.extract import extract
from dealradar.extract.dealtype import deal_type


def test_a_sentence_opening_connective_is_no_company() -> None:
    # en94: "Further, the Company is entitled to receive potential milestone payments up to
    # US$2.4 billion in aggregate"
    text = (
        'This announcement is made by Tessary Co., Ltd. (the "Company"). The Company has '
        'entered into an exclusive license agreement with Holvik Inc. ("Holvik") for TS-48. '
        "Holvik shall pay to the Company an upfront payment in the amount of US$50 million. "
        "Further, the Company is entitled to receive potential milestone payments up to US$900 "
        "million in aggregate."
    )
    assert party_pairs(text) == {("Tessary Co., Ltd.", "Holvik Inc.")}


def test_a_shouted_heading_with_one_mixed_case_name_is_read_in_ordinary_case() -> None:
    # en92: "■ MERCK KGaA BETS ON HENGRUI'S PARP1 AND CLAUDIN PAIR — UP TO $1.5B" (a digest
    # whose other headings are all in capitals)
    text = (
        "CHINA BIOPHARMA DEALS DIGEST\n\n"
        "■ HOLVIK KGaA BETS ON TESSARY'S PARP1 AND CLAUDIN PAIR — UP TO $1.5B\n"
        "Darmstadt-based Holvik KGaA on Monday took exclusive rights outside mainland China to "
        "Jiangsu Tessary Pharmaceuticals' PARP1-selective inhibitor TS-1167. Tessary gets $169 "
        "million upfront, and with milestones the package is worth up to about $1.5 billion.\n\n"
        "■ LIANSHAN TAKES TS-5074 OFF QUORVIA'S HANDS\n"
        "Lianshan Nordisk agreed to buy worldwide rights to TS-5074 from Quorvia Biosciences for "
        "up to $1.3 billion."
    )
    assert party_pairs(text) == {
        ("Jiangsu Tessary Pharmaceuticals", "Holvik KGaA"),
        ("Quorvia Biosciences", "Lianshan Nordisk"),
    }


def test_a_rooted_seat_is_no_part_of_the_name() -> None:
    # en92: "from Singapore-headquartered, China-rooted KBP Biosciences"
    names = company_names(
        "Holvik Pharma agreed to buy worldwide rights to TB-5074 from Singapore-headquartered, "
        "China-rooted Tessary Biosciences for up to $1.3 billion."
    )
    assert "Tessary Biosciences" in names
    assert not any(n.startswith("China") for n in names)


def test_rights_from_an_owner_named_after_the_drugs_description() -> None:
    # en92: "agreed ... to buy worldwide rights to ocedurenone (KBP-5074), a Phase 3
    # non-steroidal mineralocorticoid receptor antagonist for ..., from ... KBP Biosciences"
    text = (
        "Holvik Pharma agreed earlier this month to buy worldwide rights to tessafenone "
        "(TB-5074), a Phase 3 non-steroidal receptor antagonist for uncontrolled hypertension "
        "in advanced chronic kidney disease, from Tessary Biosciences. Holvik will pay as much "
        "as $1.3 billion."
    )
    assert party_pairs(text) == {("Tessary Biosciences", "Holvik Pharma")}


def test_buying_a_drugs_worldwide_rights_with_no_licence_named_is_an_asset_purchase() -> None:
    # en92: "agreed earlier this month to buy worldwide rights to ocedurenone"
    bought = "Holvik Pharma agreed to buy worldwide rights to tessafenone from Tessary Bio."
    assert deal_type([bought], has_money=True) == "asset-purchase"
    licensed = (
        "Holvik Pharma signed an exclusive licence agreement under which it acquires the "
        "worldwide rights to tessafenone from Tessary Bio."
    )
    assert deal_type([licensed], has_money=True) == "license"


def test_a_compound_adjective_in_an_apposition_does_not_make_a_name_a_drug() -> None:
    # en92: "Sanofi inked a collaboration with BioMap (百图生科), the AI drug-discovery company
    # co-founded by ..."
    names = company_names(
        "Holvik Pharma inked a collaboration with Tessamap (泰思), the AI drug-discovery company "
        "co-founded by a search-engine billionaire."
    )
    assert "Tessamap" in names


def test_a_collaboration_using_the_partners_models_is_a_collaboration() -> None:
    # en92: "... to co-develop AI-designed biotherapeutics using BioMap's foundation models"
    sentence = (
        "Holvik Pharma inked a collaboration with Tessamap, the AI company, to co-develop "
        "AI-designed biotherapeutics using Tessamap's foundation models."
    )
    assert deal_type([sentence], has_money=True) == "collaboration"


def test_a_city_before_a_state_based_seat_leaves_the_company_the_object() -> None:
    # en92: "UCB S.A. said Wednesday it will buy Emeryville, Calif.-based Zogenix for $26.00 a
    # share in cash"
    text = (
        "Holvik S.A. said Wednesday it will buy Emeryville, Calif.-based Tessary for $26.00 a "
        "share in cash, a takeover valued at up to roughly $1.9 billion."
    )
    assert party_pairs(text) == {("Tessary", "Holvik S.A.")}


def test_the_named_purchase_last_year_is_the_topic_companys_and_the_dash_gives_its_price() -> None:
    # en92: "It follows the same template as the Sierra Oncology purchase last year — US$1.9bn
    # for late-stage momelotinib in myelofibrosis"
    text = (
        "Holvik plc announced a definitive agreement to acquire Tessary Health Inc. for "
        "US$14.75 per share in cash, a total equity value of approximately US$2.0 billion. It "
        "follows the same template as the Lianshan Oncology purchase last year — US$1.9bn for "
        "late-stage tessatinib in myelofibrosis."
    )
    deals = {d.licensor.name: d for d in deals_in(text)}
    assert set(deals) == {"Tessary Health Inc.", "Lianshan Oncology"}
    assert deals["Lianshan Oncology"].licensee.name == "Holvik plc"
    total = deals["Lianshan Oncology"].total
    assert total is not None and total.amount == 1_900_000_000


def test_the_named_acquisition_by_another_company_is_not_the_topic_companys() -> None:
    text = (
        "Holvik plc will acquire Tessary Health Inc. for US$2.0 billion. Holvik watched the "
        "Lianshan Oncology acquisition by a rival last year."
    )
    assert party_pairs(text) == {("Tessary Health Inc.", "Holvik plc")}


def test_a_province_named_british_is_a_place() -> None:
    # en92: "Trillium Therapeutics Inc., a corporation existing under the laws of the Province
    # of British Columbia (the "Company"), entered into an arrangement agreement"
    text = (
        "On August 2, 2021, Tessary Therapeutics Inc., a corporation existing under the laws of "
        'the Province of British Columbia (the "Company"), entered into an arrangement '
        'agreement with Holvik Inc., a Delaware corporation ("Holvik"). The transaction has a '
        "total equity value of approximately $2.26 billion and, through the acquisition, Holvik "
        "will gain the Company's lead molecules."
    )
    assert "Columbia" not in company_names(text)


def test_a_shareholders_right_to_receive_the_price_is_no_payment_to_the_buyer() -> None:
    # en92: "each outstanding Common Share ... will be transferred to Pfizer in exchange for the
    # right to receive US$18.50 in cash"
    text = (
        "On August 2, 2021, Tessary Therapeutics Inc. entered into an arrangement agreement "
        "with Holvik Inc. Each outstanding Common Share will be transferred to Holvik in "
        "exchange for the right to receive US$18.50 in cash. The transaction has a total "
        "equity value of approximately $2.26 billion and, through the acquisition, Holvik will "
        "gain Tessary's lead molecules TT-622 and TT-621."
    )
    assert party_pairs(text) == {("Tessary Therapeutics Inc.", "Holvik Inc.")}


def test_a_press_release_announcing_the_entry_into_the_agreement_dates_the_deal() -> None:
    # en92: "On August 22, 2021, ... entered into an arrangement agreement ... On August 23,
    # 2021, the Company and Pfizer issued a joint press release announcing the entry into the
    # Arrangement Agreement."
    text = (
        "On August 22, 2021, Tessary Therapeutics Inc. entered into an arrangement agreement "
        "with Holvik Inc., under which Holvik will acquire Tessary for $2.26 billion.\n\n"
        "On August 23, 2021, Tessary and Holvik issued a joint press release announcing the "
        "entry into the Arrangement Agreement."
    )
    assert one_deal(text).announced == date(2021, 8, 23)


def test_a_translated_day_evening_dates_the_announcement() -> None:
    # en92: "This newspaper news (reporter) January 5 day evening, WuXi Biologics ... issued
    # announcement, the company and ... signed a license agreement"
    text = (
        "This newspaper news (reporter) January 5 day evening, Tessary Biologics issued "
        "announcement, the company and Holvik Limited signed a license agreement, Holvik obtains "
        "exclusive global rights. Tessary will obtain 40 million US dollars down payment."
    )
    deals = extract(text, language="en", published=date(2023, 1, 6))
    assert [(d.licensor.name, d.licensee.name) for d in deals] == [
        ("Tessary Biologics", "Holvik Limited")
    ]
    assert deals[0].announced == date(2023, 1, 5)


def test_a_brokers_tickers_after_a_name_are_that_companys() -> None:
    # en93: "BeiGene Ltd. (BGNE US / 6160 HK)" ... "BGNE keeps China"
    groups = alias_groups(
        "Tessary Ltd. (TSRY US / 6160 HK)\nRating: OUTPERFORM\n\nTessary disclosed a licence "
        "agreement with Holvik for TS-317. Holvik gets rights in the US and Japan; TSRY keeps "
        "China."
    )
    assert any({"Tessary Ltd.", "TSRY"} <= g for g in groups), groups


def test_cash_up_front_and_money_on_regulatory_approvals() -> None:
    # en93: "US$650m cash up front - the largest upfront we are aware of ... - plus up to
    # US$1.3bn on regulatory approvals and US$250m on sales milestones"
    text = (
        "Tessary disclosed a licence agreement with Holvik for TS-317.\n\nEconomics: US$650m "
        "cash up front - the largest upfront we know of - plus up to US$1.3bn on regulatory "
        "approvals and US$250m on sales milestones."
    )
    deal = one_deal(text)
    assert deal.upfront is not None and deal.upfront.amount == 650_000_000
    assert deal.milestones is not None and deal.milestones.amount == 1_550_000_000


def test_the_companies_will_co_develop() -> None:
    # en93: "The companies will co-develop, and BeiGene retains an option to co-detail"
    sentences = [
        "Tessary disclosed a collaboration and license agreement with Holvik for TS-317.",
        "The companies will co-develop, and Tessary retains an option to co-detail in the US.",
    ]
    assert deal_type(sentences, has_money=True) == "co-development"


def test_a_filing_that_opens_recently_is_dated_by_its_sign_off() -> None:
    # en94: "Recently, Sichuan Kelun Pharmaceutical ... signed the 'exclusive license
    # agreement'" ... "Hereby announced.\n\nBoard of Directors of ...\nJuly 26, 2022"
    text = (
        'Recently, Tessary Pharmaceutical Co., Ltd. (hereinafter "Tessary") with Holvik Inc. '
        'signed the "exclusive license agreement". Tessary grants to Holvik the exclusive '
        "license for TS-315 in the worldwide scope. Holvik will pay Tessary 35 million US "
        "dollars upfront payment.\n\nHereby announced.\n\nBoard of Directors of Tessary "
        "Pharmaceutical Co., Ltd.\nJuly 26, 2022\n"
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == (
        "Tessary Pharmaceutical Co., Ltd.",
        "Holvik Inc.",
    )
    assert deal.announced == date(2022, 7, 26)
    assert "Hereby" not in company_names(text)


def test_a_pair_that_had_already_signed_an_agreement_had_an_earlier_deal() -> None:
    # en94: "In May of this year, Kelun Botai and MSD had already signed license agreement
    # about the TROP2 ADC SKB264"
    deal_now = (
        "Tessary Bio grants Holvik Pharma an exclusive licence to TS-315. Holvik will pay "
        "Tessary $35 million upfront. "
    )
    for earlier in (
        "Tessary and Holvik had already signed license agreement about the ADC TS-264.",
        "In May of this year, Tessary and Holvik signed a license agreement for TS-264.",
    ):
        deals = deals_in(deal_now + earlier)
        assert [(d.licensor.name, d.licensee.name) for d in deals] == [
            ("Tessary Bio", "Holvik Pharma"),
            ("Tessary Bio", "Holvik Pharma"),
        ], earlier


def test_two_companies_joined_by_and_around_a_description_of_the_first() -> None:
    # en94: "BioMap (Baitu Shengke, 百图生科), the AI biotechnology company founded by Baidu
    # founder Robin Li, and Sanofi reached a research collaboration."
    text = (
        "Tessamap (Taisi Shengke, 泰思生科), the AI biotechnology company founded by a search "
        "engine billionaire, and Holvik reached a research collaboration. Tessamap will get "
        "upfront payment and milestone payments, the total potential value is up to about 1 "
        "billion US dollars."
    )
    assert party_pairs(text) == {("Tessamap", "Holvik")}


def test_a_legal_form_then_the_name_again_ends_the_name() -> None:
    # en94: "a collaboration and license agreement with Spanish dermatology company Almirall,
    # S.A. Almirall will use EpimAb's proprietary FIT-Ig ... platform"
    names = company_names(
        "Tessary announced that it reached a license agreement with Spanish dermatology company "
        "Holvik, S.A. Holvik will use Tessary's platform to discover bispecific antibodies."
    )
    assert "Holvik, S.A." in names
    assert not any(n.endswith("S.A. Holvik") for n in names)


def test_a_pinyin_alias_in_brackets_joins_its_translated_name() -> None:
    # en94: "3. Anmai Biology and Almirall sign bispecific collaboration" over "EpimAb
    # Biotherapeutics (Anmai Shengwu) announced that it reached a collaboration ... with
    # Spanish dermatology company Almirall"
    text = (
        "3. Taisi Biology and Holvik sign bispecific collaboration\n\nTessamab Biotherapeutics "
        "(Taisi Shengwu) announced that it reached a license agreement with Holvik, a Spanish "
        "company. Tessamab is eligible to obtain upfront payment and milestones, the total "
        "amount is up to approximately 210 million US dollars."
    )
    groups = alias_groups(text)
    assert any({"Taisi Biology", "Tessamab Biotherapeutics"} <= g for g in groups), groups
    assert len(deals_in(text)) == 1


def test_buying_global_rights_amid_talk_of_an_out_licensing_market() -> None:
    # en94: a roundup opening "the out-licensing market of domestic innovation drug continued
    # hot", then "Novo Nordisk acquires the global rights of KBP-5074 (ocedurenone)"
    text = (
        "In this week, the out-licensing market of domestic innovation drug continued hot.\n\n"
        "1. Holvik Nordisk buys tessafenone from Tessary Biosciences\n\nHolvik Nordisk and "
        "Tessary Biosciences announced that the two parties reached an agreement, Holvik "
        "Nordisk acquires the global rights of TS-5074 (tessafenone). The transaction total "
        "value is up to 1.3 billion US dollars."
    )
    assert one_deal(text).deal_type == "asset-purchase"


def test_money_beyond_the_upfront_is_milestones() -> None:
    # en93: "Beyond the upfront, Lausanne-based AC Immune SA could pocket an option exercise
    # fee plus development, commercial and sales-based milestones that together reach as high
    # as roughly $2.1 billion."
    text = (
        "Holvik is handing Tessary Bio $100 million up front for an exclusive worldwide option "
        "on the Swiss biotech's vaccines. Beyond the upfront, Tessary Bio could pocket an option "
        "exercise fee plus development, commercial and sales-based milestones that together "
        "reach as high as roughly $2.1 billion."
    )
    deal = one_deal(text)
    assert deal.milestones is not None and deal.milestones.amount == 2_100_000_000
    assert deal.deal_type == "option"
    also = (
        "Holvik pays Tessary Bio $100 million upfront for rights to TS-1. In addition to the "
        "upfront payment, Tessary Bio may receive up to $2 billion."
    )
    deal = one_deal(also)
    assert deal.milestones is not None and deal.milestones.amount == 2_000_000_000
    # (a term named with its own figure is no term set aside: en88's "milestone payments of
    # up to US$101.5 million, in addition to an upfront payment of US$8.5 million")
    own = (
        "Tessary Bio licensed TS-1 to Holvik. Tessary Bio will be eligible to receive milestone "
        "payments of up to US$101.5 million, in addition to an upfront payment of US$8.5 "
        "million."
    )
    deal = one_deal(own)
    assert deal.upfront is not None and deal.upfront.amount == 8_500_000


def test_a_market_expected_to_be_worth_a_sum_is_no_term() -> None:
    # en93: "in an Alzheimer's market that analysts expect to be worth well over $10 billion by
    # the end of the decade"
    text = (
        "Holvik is handing Tessary Bio $100 million up front for an exclusive option on its "
        "vaccines. Tessary Bio already works with other partners in an Alzheimer's market that "
        "analysts expect to be worth well over $10 billion by the end of the decade."
    )
    deal = one_deal(text)
    assert deal.total is None or deal.total.amount == 100_000_000


def test_a_stock_index_is_no_drug_code() -> None:
    # en94: "On the mainland, the Shanghai Composite Index rose 1.0% ... and the CSI 300 gained
    # 1.6%." in a market report that tells a deal
    text = (
        "Tessary Biologics licensed TS-101 to Holvik for $40 million upfront. On the mainland, "
        "Tessary Biologics shares rose and the CSI 300 gained 1.6%."
    )
    assert "CSI 300" not in [a.name for a in one_deal(text).assets]


def test_an_option_exercised_on_or_before_a_later_date_is_no_earlier_deal() -> None:
    # en94: "Upon exercise of the option, which Novartis may do on or before a date in late
    # 2023, the Company will be eligible to receive an additional payment of up to $700
    # million, such that upfront and option exercise payments would total up to $1 billion."
    text = (
        "Tessary grants Holvik an exclusive option to license TS-17. Holvik will make an upfront "
        "cash payment to Tessary of $300 million. Upon exercise of the option, which Holvik may "
        "do on or before a date in late 2023, Tessary will be eligible to receive an additional "
        "payment of up to $700 million, such that upfront and option exercise payments would "
        "total up to $1 billion. Tessary and Holvik have worked together since 2019."
    )
    deal = one_deal(text)
    assert deal.total is not None and deal.total.amount == 1_000_000_000


def test_a_separate_agreement_the_other_way_is_a_deal_of_its_own() -> None:
    # en94: "... BeiGene and Novartis also entered into a separate agreement (the "Market
    # Development Agreement") under which the Company obtains rights to market ... five
    # approved Novartis oncology products"; "builds on the existing collaboration between the
    # Company and Novartis for tislelizumab ..., entered into in January 2021"
    text = (
        "Tessary grants Holvik an exclusive option to license TS-17 in the United States. "
        "Holvik will make an upfront cash payment to Tessary of $300 million. Tessary and "
        'Holvik also entered into a separate agreement (the "Market Agreement") under which '
        "Tessary obtains rights to market five approved Holvik oncology products in regions "
        "of China. The agreement builds on the existing collaboration between Tessary and "
        "Holvik for TS-9, Tessary's antibody, entered into in January 2021."
    )
    assert [(d.licensor.name, d.licensee.name) for d in deals_in(text)] == [
        ("Tessary", "Holvik"),
        ("Holvik", "Tessary"),
        ("Tessary", "Holvik"),
    ]


def test_rights_sold_back_are_bought_by_the_original_owner() -> None:
    # en94: "LianBio has found its exit. The Princeton, NJ- and Shanghai-based biotech is
    # selling its rights to the heart drug mavacamten back to Bristol Myers Squibb for $350
    # million ... LianBio gets the $350 million in cash when the deal closes."
    text = (
        "Tessary Bio has found its exit. The Princeton, NJ- and Shanghai-based biotech is "
        "selling its rights to the heart drug tessacamten back to Holvik Squibb Inc. for $350 "
        "million. Tessary Bio gets the $350 million in cash when the deal closes."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Tessary Bio", "Holvik Squibb Inc.")
    assert deal.deal_type == "asset-purchase"
    assert deal.upfront is not None and deal.upfront.amount == 350_000_000


def test_the_upfront_summed_in_all_is_the_upfront() -> None:
    # en74: "Roche hands over $1.4 billion when the deal closes and a further $250 million
    # spread across the first two anniversaries, for $1.65 billion upfront in all."
    text = (
        "Holvik has licensed TS-1 from Tessary Pharma under a pact that Tessary says is worth "
        "as much as $5.3 billion. Holvik hands over $1.4 billion when the deal closes and a "
        "further $250 million spread across the first two anniversaries, for $1.65 billion "
        "upfront in all."
    )
    deal = one_deal(text)
    assert deal.upfront is not None and deal.upfront.amount == 1_650_000_000


def test_a_chinese_province_in_a_seat_is_no_company() -> None:
    # en96: "KBP, which is headquartered in Singapore with R&D operations in Jinan, Shandong,
    # keeps no rights to the molecule."
    text = (
        "Holvik Nordisk will acquire tessafenone from Tessary Biosciences for up to $1.3 "
        "billion. Tessary, which is headquartered in Singapore with R&D operations in Jinan, "
        "Shandong, keeps no rights to the molecule."
    )
    assert "Shandong" not in company_names(text)


def test_a_drug_bought_from_its_owner_after_a_long_apposition() -> None:
    # en96: "Denmark's Novo Nordisk will acquire ocedurenone (KBP-5074), a non-steroidal
    # mineralocorticoid receptor antagonist in Phase 3 for ..., from KBP Biosciences."
    text = (
        "Denmark's Holvik Nordisk will acquire tessafenone (TS-5074), a non-steroidal receptor "
        "antagonist in Phase 3 for uncontrolled hypertension in patients with advanced chronic "
        "kidney disease, from Tessary Biosciences. The purchase is worth up to $1.3 billion."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Tessary Biosciences", "Holvik Nordisk")
    assert deal.deal_type == "asset-purchase"


def test_an_upfront_paid_in_two_parts_is_their_sum() -> None:
    # en97: "The upfront will be paid in two parts: $1.4 billion when the deal closes and the
    # remaining $250 million spread over the first two anniversaries."
    text = (
        "Holvik has licensed TS-1 from Tessary Pharma. The upfront will be paid in two parts: "
        "$1.4 billion when the deal closes and the remaining $250 million spread over the "
        "first two anniversaries."
    )
    deal = one_deal(text)
    assert deal.upfront is not None and deal.upfront.amount == 1_650_000_000
    quotes = {e.quote for e in deal.evidence if e.field == "upfront"}
    assert {"$1.4 billion", "$250 million"} <= quotes


def test_buying_ones_way_into_a_field_is_no_acquisition() -> None:
    # en97: "Roche has become the latest big pharma to buy its way into long-acting amylin,
    # striking a co-development and co-commercialization pact with Zealand Pharma"
    sentence = (
        "Holvik has become the latest big pharma to buy its way into long-acting amylin, "
        "striking a co-development and co-commercialization pact with Tessary Pharma."
    )
    assert deal_type([sentence], has_money=True) != "acquisition"


def test_a_defined_territory_or_licensors_is_no_company() -> None:
    # en97: '... in the regions of the global except the Chinese mainland (hereinafter "License
    # Area")'; en99: '... and together with the Company, the "Licensors") have entered into'
    area = (
        'Tessary Pharma Industrial Development Co., Ltd. (hereinafter "Tessary") and the U.S. '
        'company Holvik Therapeutics, Inc. (hereinafter "Holvik") signed the "License '
        'Agreement", Tessary grants Holvik the exclusive license for the TS-004 in the regions of '
        'the global except the Chinese mainland (hereinafter "License Area"), for development. '
        "Holvik shall pay to Tessary the first payment of 17 million US dollars. Holvik also "
        "will according to annual net sales of licensed product in License Area pay to Tessary "
        "the sales royalties."
    )
    assert "Area" not in company_names(area)
    licensors = (
        'This announcement is made by Tessary Biosciences Inc. (the "Company") on a voluntary '
        "basis.\n\nThe board of directors of the Company is pleased to announce that the Company "
        'and Lianshan Pharma Limited (Stock Code: 9969, "Lianshan", and together with the '
        'Company, the "Licensors") have entered into an exclusive license agreement with Holvik '
        'Bioscience, Inc. ("Holvik"), a newly formed company, in respect of TS-355, a bispecific '
        "antibody co-developed by the Licensors.\n\nPursuant to the License Agreement, the "
        "Licensors shall grant to Holvik an exclusive license to develop TS-355 in all "
        "territories worldwide other than Asia. The Licensors retain all rights in Asia.\n\nIn "
        "consideration of the grant, Holvik shall pay to the Licensors an upfront payment of "
        "US$17.5 million."
    )
    assert "Licensors" not in company_names(licensors)
    assert [d.licensee.name for d in deals_in(licensors)] == ["Holvik Bioscience, Inc."]


def test_money_put_into_a_named_companys_collaboration() -> None:
    # en97: "Merck put $4 billion upfront into a three-drug Daiichi Sankyo collaboration in
    # October"
    text = (
        "Tessary Sankyo makes antibody-drug conjugates. Holvik & Co. put $4 billion upfront into "
        "a three-drug Tessary Sankyo collaboration in October, a reminder that pharma is paying "
        "up for validated conjugate technology."
    )
    assert party_pairs(text) == {("Tessary Sankyo", "Holvik & Co.")}


def test_a_target_specialist_before_a_name_is_no_company() -> None:
    # en97: "In October the company agreed to buy KRAS specialist Mirati Therapeutics for $4.8
    # billion"
    text = "Holvik agreed to buy KRAS specialist Tessary Therapeutics for $4.8 billion."
    assert party_pairs(text) == {("Tessary Therapeutics", "Holvik")}


def test_a_tally_of_many_deals_is_no_term() -> None:
    # en97: "By one tally, out-licensing deals from Chinese drugmakers topped $30 billion in
    # headline value this year"
    text = (
        "Tessary Sankyo makes antibody-drug conjugates. Holvik & Co. put $4 billion upfront into "
        "a three-drug Tessary Sankyo collaboration in October. By one tally, "
        "out-licensing deals from Chinese drugmakers topped $30 billion in headline value this "
        "year."
    )
    deal = one_deal(text)
    assert deal.total is None or deal.total.amount == 4_000_000_000


def test_two_companies_that_say_they_granted_a_licence_are_one_side() -> None:
    # en97: "Harbour BioMed's antibody subsidiary Nona Biosciences and MediLink Therapeutics
    # said they had granted Pfizer an exclusive global license to HBM9033"
    text = (
        "On Dec. 14, Tessary Biosciences and Lianshan Therapeutics said they had granted Holvik "
        "an exclusive global license to TS-9033. Holvik will pay $53 million upfront."
    )
    assert party_pairs(text) == {("Tessary Biosciences", "Holvik")}


def test_a_unit_part_of_its_parent_is_one_company() -> None:
    # en97: "Korea's LegoChem Biosciences said Friday that Janssen Biotech, part of Johnson &
    # Johnson, will pay $100 million upfront for rights to LCB84"
    groups = alias_groups(
        "Tessary Biosciences said Friday that Holvik Biotech, part of Lianshan & Lianshan, will "
        "pay $100 million upfront for rights to TS-84. If Lianshan exercises its option, it will "
        "pay $200 million more."
    )
    assert any({"Holvik Biotech", "Lianshan & Lianshan"} <= g for g in groups), groups


def test_an_out_licensing_agreement_with_a_partner_licenses_out() -> None:
    # en97: "It also signed an out-licensing agreement with Exelixis in 2023 for ISM3091, a USP1
    # inhibitor, which brought in $80 million upfront."
    text = (
        "Tessary Medicine has raised more than $400 million. Tessary Medicine also signed an "
        "out-licensing agreement with Holvik in 2023 for TS-3091, which brought in $80 million "
        "upfront."
    )
    assert party_pairs(text) == {("Tessary Medicine", "Holvik")}


def test_a_board_pleased_to_announce_is_dated_by_the_sign_off_with_its_city() -> None:
    # en99: "The board ... is pleased to announce that the Company and InnoCare ... have
    # entered into an exclusive license agreement ..." ... "By order of the Board ... Hong Kong,
    # 2 January 2025"; "milestone payments in an aggregate amount of up to US$502.5 million"
    text = (
        "The board of directors of Tessary Inc. is pleased to announce that Tessary has entered "
        'into an exclusive license agreement with Holvik Bioscience, Inc. ("Holvik") for TS-355. '
        "Holvik shall pay to Tessary an upfront payment of US$17.5 million, and Tessary shall be "
        "entitled to receive development, regulatory and commercial milestone payments in an "
        "aggregate amount of up to US$502.5 million.\n\nBy order of the Board\nTessary Inc.\n"
        "Dr. Chen Bo\nChairman\n\nHong Kong, 2 January 2025\n"
    )
    deal = one_deal(text)
    assert deal.announced == date(2025, 1, 2)
    assert deal.milestones is not None and deal.milestones.amount == 502_500_000


def test_the_subsidiary_of_a_parent_named_after_it_is_one_company() -> None:
    # en99: "The wholly-owned subsidiary of Sichuan Baili Pharmaceutical Co., Ltd. (the
    # "Company"), SystImmune, Inc. ("SystImmune"), and Baili-Bio (Chengdu) ... have signed"
    groups = alias_groups(
        'The wholly-owned subsidiary of Tessary Pharmaceutical Co., Ltd. (the "Company"), '
        'Lianshan, Inc. ("Lianshan"), has signed a license agreement with Holvik Company for '
        "TS-01D1. Holvik will make an upfront payment of US$800 million to Lianshan."
    )
    assert any({"Tessary Pharmaceutical Co., Ltd.", "Lianshan, Inc."} <= g for g in groups), groups


def test_an_owner_described_between_subject_and_verb() -> None:
    # en100: "Keymed Biosciences and InnoCare Pharma, the joint owners of CD20xCD3 bispecific
    # CM355 (also known as ICP-B02), licensed it to Prolium Bioscience"
    text = (
        "Also this week, Tessary Biosciences and Lianshan Pharma, the joint owners of CD20xCD3 "
        "bispecific TS-355 (also known as LS-B02), licensed it to Holvik Bioscience, a newly "
        "formed US company. The two partners get $17.5M upfront."
    )
    pairs = party_pairs(text)
    assert ("Lianshan Pharma", "Holvik Bioscience") in pairs or (
        "Tessary Biosciences",
        "Holvik Bioscience",
    ) in pairs


def test_a_year_of_sales_is_no_earlier_deal() -> None:
    # en101: "Amgen is paying for growth it can see: Tepezza did about $1.66 billion of net
    # sales in 2021, and Horizon has guided to more."
    text = (
        "Holvik agreed to buy Tessary Therapeutics plc for $116.50 a share in cash, an equity "
        "value of roughly $27.8 billion.\n\nHolvik is paying for growth it can see: Tessaza did "
        "about $1.66 billion of net sales in 2021, and Tessary has guided to more."
    )
    assert len(deals_in(text)) == 1


def test_a_count_of_payments_of_a_sum_each() -> None:
    # en99/en101: "two milestone payments of 1.0 billion US dollars each", "two further
    # payments of $1.0 billion each if annual net sales of the drug reach $4.0 billion"
    text = (
        "Holvik is buying Tessary Lakshmi. Holvik pays $4.0 billion upfront when the deal "
        "closes, and Tessary holders can collect two further payments of $1.0 billion each if "
        "annual net sales of the drug reach $4.0 billion and $5.0 billion."
    )
    deal = one_deal(text)
    assert deal.milestones is not None and deal.milestones.amount == 2_000_000_000


def test_a_transaction_value_after_a_price_per_share_is_the_deals() -> None:
    # en95: "... will acquire Cidara Therapeutics, Inc. for $221.50 per share in cash, a total
    # transaction value of about $9.2 billion"; "Biopharma M&A announced in the first three
    # quarters of 2025 was running at more than $100 billion in aggregate value"
    text = (
        "On November 14, Holvik & Co., Inc. announced a definitive agreement under which a "
        "subsidiary will acquire Tessary Therapeutics, Inc. for $221.50 per share in cash, a "
        "total transaction value of about $9.2 billion.\n\n"
    )
    for tally in (
        "Biopharma M&A announced in 2025 was running at more than $100 billion in aggregate value.",
        "In the first three quarters of 2025 biopharma buyers spent more than $100 billion in "
        "aggregate value.",
    ):
        deal = one_deal(text + tally)
        assert deal.total is not None and deal.total.amount == 9_200_000_000, tally


def test_milestones_in_the_aggregate_and_shares_bought_at_a_premium() -> None:
    # en95: "milestone payments of up to approximately $3.5 billion in the aggregate"; "BMS
    # agreed to purchase shares of the Company's common stock for an aggregate purchase price
    # of $55.0 million, at a premium to the recent trading price. The upfront payment and
    # equity investment together represent $110.0 million in near-term cash"
    text = (
        "Holvik will pay Tessary a non-refundable upfront payment of $55.0 million. Tessary is "
        "also eligible to receive development, regulatory and commercial milestone payments of "
        "up to approximately $3.5 billion in the aggregate. Concurrently, Tessary entered into "
        "a Stock Purchase Agreement with Holvik pursuant to which Holvik agreed to purchase "
        "shares of Tessary's common stock for an aggregate purchase price of $55.0 million, at "
        "a premium to the recent trading price. The upfront payment and equity investment "
        "together represent $110.0 million in near-term cash to Tessary."
    )
    deal = one_deal(text)
    assert deal.milestones is not None and deal.milestones.amount == 3_500_000_000
    assert deal.equity is not None and deal.equity.amount == 55_000_000
    assert deal.near_term is None


def test_cash_up_front_for_a_company_buys_it() -> None:
    # en102: "Gilead bets up to $5B on Tubulis ... On Wednesday it put a number on that ambition:
    # $3.15 billion in cash, up front, for Tubulis, the privately held Munich biotech ... The
    # Foster City, CA-based drugmaker will pay another $1.85 billion if certain development and
    # regulatory milestones are hit"
    text = (
        "Holvik bets up to $5B on Tessary, pulling the Munich ADC shop in-house\n\n"
        "Holvik has spent two years saying it wants a deeper oncology bench. On Wednesday it put "
        "a number on that ambition: $3.15 billion in cash, up front, for Tessary, the privately "
        "held Munich biotech. Holvik will pay another $1.85 billion if certain development and "
        "regulatory milestones are hit."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Tessary", "Holvik")
    assert deal.upfront is not None and deal.upfront.amount == 3_150_000_000
    assert deal.milestones is not None and deal.milestones.amount == 1_850_000_000


def test_a_headline_bet_on_a_company_pays_it() -> None:
    # en72: "AstraZeneca bets $2B upfront on Fusion's actinium radioconjugate, joining the
    # radiopharma buying spree"
    text = (
        "Holvik bets $2B upfront on Tessary's actinium radioconjugate\n\n"
        "Holvik plc has decided it wants to own its radiopharmaceutical partner outright.\n\n"
        "The British pharma giant said Tuesday morning it will buy Tessary Pharmaceuticals, the "
        "Boston-based developer of radioconjugates, for $21 a share in cash. That works out to "
        "roughly $2.0 "
        "billion in equity value at closing. Tessary shareholders also get a contingent value "
        "right worth $3 a share, which would lift the total to about $2.4 billion."
    )
    deal = one_deal(text)
    assert deal.upfront is not None and deal.upfront.amount == 2_000_000_000


def test_the_largest_buy_since_the_buyout_of_another_company() -> None:
    # en102: "For Gilead, it is the largest acquisition since the $4.3 billion buyout of CymaBay
    # Therapeutics in 2024, which brought in the ... drug seladelpar."
    text = (
        "Holvik will buy Tessary for $5 billion.\n\nFor Holvik, it is the largest acquisition "
        "since the $4.3 billion buyout of Lianshan Therapeutics in 2024, which brought in a "
        "liver drug."
    )
    assert party_pairs(text) == {("Tessary", "Holvik"), ("Lianshan Therapeutics", "Holvik")}


def test_rights_from_an_owner_after_a_described_drug_without_a_comma() -> None:
    # en102: "HilleVax ... signed on Monday, Jan. 8 for worldwide rights, excluding Greater
    # China, to HIL-216, a hexavalent virus-like particle candidate from Chengdu Kanghua
    # Biological Products Co., Ltd. (Kanghua)."
    text = (
        "Holvik, the Boston vaccine developer, signed on Monday, Jan. 8 for worldwide rights, "
        "excluding Greater China, to TS-216, a hexavalent virus-like particle candidate from "
        "Chengdu Tessary Biological Products Co., Ltd. (Tessary). Tessary collects $15 million "
        "up front."
    )
    assert party_pairs(text) == {("Chengdu Tessary Biological Products Co., Ltd.", "Holvik")}


def test_a_partner_under_which_the_agreement_lets_sell_and_a_payment_in_euro_codes() -> None:
    # en102: "On Monday Junshi and its US subsidiary TopAlliance Biosciences signed an agreement
    # under which LEO Pharma will distribute and commercialise toripalimab ... The Danish
    # dermatology group pays EUR 15m upfront"
    text = (
        "Tessary Biosciences (1877.HK) — Company update\n\n"
        "Europe. On Monday Shanghai-based Tessary signed an agreement under which Holvik Pharma "
        "will distribute "
        "and commercialise tessalimab in the 27 EU member states. The Danish dermatology group "
        "pays EUR 15m upfront."
    )
    deal = one_deal(text)
    assert (deal.licensor.name, deal.licensee.name) == ("Tessary Biosciences", "Holvik Pharma")
    assert deal.upfront is not None and deal.upfront.amount == 15_000_000


def test_a_headline_bet_of_a_sum_is_a_payment() -> None:
    # en52: "AstraZeneca bets $63M on KYM's claudin 18.2 ADC, with $1.1B in biobucks on the
    # table" (the $1.1B then is the milestones, not the total)
    text = (
        "Holvik bets $63M on Tessary's claudin 18.2 ADC, with $1.1B in biobucks on the table\n\n"
        "Holvik Pharma is adding another asset, paying Tessary Biosciences $63 million upfront for "
        "global rights to TS-901. Tessary could bank as much as $1.1 billion more in development "
        "and commercialization milestones."
    )
    deal = one_deal(text)
    assert deal.total is not None and deal.total.amount == 1_163_000_000


def test_a_trade_name_is_a_brand_wherever_it_stands() -> None:
    # en105: "... the PD-1 monoclonal antibody toripalimab injection (trade name in overseas:
    # LOQTORZI) in the member states ..." and later "LOQTORZI get FDA approval in October 2023."
    text = (
        "Tessary Bio and Holvik Pharma A/S signed an Exclusive Commercialization Agreement. "
        "According to agreement, Holvik Pharma will obtain the exclusive right of distribution of "
        "the antibody tessalimab injection (trade name in overseas: TESSORZI) in Europe. "
        "TESSORZI get FDA approval in October 2023."
    )
    assert "TESSORZI" not in company_names(text)


def test_a_science_and_technology_company_is_one_name() -> None:
    # en105: "Shanghai Junshi Bio-pharmaceutical Science and Technology Co., Ltd. (hereinafter
    # referred as "Junshi Bio", ...)"
    names = company_names(
        "On January 20 evening, Shanghai Tessary Bio-pharmaceutical Science and Technology Co., "
        'Ltd. (hereinafter referred as "Tessary Bio") issued announcement.'
    )
    assert "Shanghai Tessary Bio-pharmaceutical Science and Technology Co., Ltd." in names


def test_a_name_in_another_language_in_brackets_and_a_group_subsidiary() -> None:
    # en104: "Zhongtian Biotech group subsidiary Heyi Biotechnology (Oneness Biotech, 4743) ...
    # has signed exclusive authorization contract with Denmark large dermatology company LEO
    # Pharma A/S (Chinese name Li'ao Pharmaceutical), to authorize the new drug FB825 ... to Leo"
    text = (
        "Lianshan Biotech group subsidiary Tessary Biotechnology (Tessary Biotech, 4743) announced "
        "that the company has signed exclusive authorization contract with Denmark large "
        "dermatology company Holvik Pharma A/S (Chinese name Huowei Pharmaceutical), to "
        "authorize the new drug TS825 for the global development rights to Holvik. Holvik will "
        "pay Tessary 40 million US dollars down payment."
    )
    groups = alias_groups(text)
    assert any({"Holvik Pharma A/S", "Huowei Pharmaceutical"} <= g for g in groups), groups
    assert any({"Tessary Biotechnology", "Lianshan Biotech"} <= g for g in groups), groups
    assert len(deals_in(text)) == 1


def test_a_company_and_its_subsidiary_sign_with_a_partner_as_one_side() -> None:
    # en104: "... the Company and its wholly-owned subsidiary TopAlliance Biosciences Inc.
    # ("TopAlliance") have entered into an exclusive license and commercialization agreement
    # ... with LEO Pharma A/S ("LEO Pharma")"
    text = (
        'This announcement is made by Tessary Biosciences Co., Ltd. (the "Company").\n\nThe '
        "board is pleased to announce that, on 20 January 2025, the Company and its "
        'wholly-owned subsidiary Lianshan Biosciences Inc. ("Lianshan") have entered into an '
        'exclusive license agreement with Holvik Pharma A/S ("Holvik"), a company incorporated '
        "in Denmark.\n\nPursuant to the Agreement, the Company will grant to Holvik the "
        "exclusive right for the commercialization of tessalimab in Europe."
    )
    pairs = party_pairs(text)
    assert ("Holvik Pharma A/S", "Lianshan Biosciences Inc.") not in pairs
    assert ("Tessary Biosciences Co., Ltd.", "Holvik Pharma A/S") in pairs


def test_a_deal_named_by_its_partner_follows_an_agreement_with_another() -> None:
    # en106: "on Tuesday Novo signed with Deep Apple Therapeutics for oral small molecules ...
    # The Deep Apple pact follows the 14 May agreement with Septerna, Inc. (SEPN) to discover
    # oral small molecules ... Septerna's native-GPCR platform will generate candidates ...,
    # after which Novo takes over clinical development and commercialisation."
    text = (
        "- On Tuesday Holvik Nordisk signed with Tessary Therapeutics for oral small molecules. "
        "Headline value is up to $812m.\n"
        "- The Tessary pact follows the 14 May agreement with Lianshan, Inc. (LSHN) to discover "
        "oral small molecules against GLP-1. That one carries real money: $200m upfront.\n\n"
        "Lianshan's platform will generate candidates, after which Holvik Nordisk takes over "
        "clinical development and commercialisation."
    )
    pairs = party_pairs(text)
    assert ("Lianshan, Inc.", "Tessary Therapeutics") not in pairs
    assert ("Lianshan, Inc.", "Holvik Nordisk") in pairs


def test_the_companies_put_the_whole_package_at_a_total() -> None:
    # en106: "... $200m upfront, and the companies put the whole package at more than $2.2bn"
    text = (
        "Holvik Nordisk signed a research agreement with Lianshan, Inc. to discover oral small "
        "molecules. Holvik pays $200m upfront, and the companies put the whole package at more "
        "than $2.2bn."
    )
    deal = one_deal(text)
    assert deal.total is not None and deal.total.amount == 2_200_000_000


def test_option_related_fees_lumped_with_milestones() -> None:
    # en103/en106/en107: "eligible to receive up to approximately $2.1 billion in (the)
    # aggregate (in) contingent option-related fees and development, regulatory and commercial
    # milestone payments across the programs"
    for lumped in (
        "in contingent option-related fees and milestone payments",
        "in the aggregate in contingent option-related fees and development, regulatory and "
        "commercial milestone payments across the programs",
    ):
        text = (
            "Tessary entered into a collaboration agreement with Holvik, under which Holvik "
            "agreed to pay Tessary an upfront cash payment of $42.0 million. Tessary is also "
            f"eligible to receive up to approximately $2.1 billion {lumped}."
        )
        deal = one_deal(text)
        assert deal.milestones is not None and deal.milestones.amount == 2_100_000_000, lumped


def test_a_source_line_under_the_headline_is_no_boilerplate() -> None:
    # en103: "Source: Securities Daily Network (machine translation)   2025-04-23" under the
    # headline, then the news, its milestones in a sentence that names no company
    text = (
        "Tessary Biology: TS-030 project licensed to US company Holvik\n\n"
        "Source: Securities Daily Network (machine translation)   2025-04-23\n\n"
        "On the evening of April 23, Tessary Biology issued announcement, Tessary Biology and "
        "Holvik Therapeutics, Inc. signed the exclusive license agreement. According to "
        "announcement, Holvik will pay to the Company upfront payment of 10 million US dollars. "
        "In addition, the Company has right to obtain development and sales milestone payments "
        "totally not more than 545 million US dollars."
    )
    deal = one_deal(text)
    assert deal.milestones is not None and deal.milestones.amount == 545_000_000


def test_money_committed_to_new_plants_is_no_payment() -> None:
    # en105 (no deal): "Novo Nordisk, which booked DKK 232 billion in 2023 sales, has said it
    # will buy back up to DKK 20 billion of its own shares in 2024, and Eli Lilly has committed
    # more than $11 billion to new manufacturing sites since 2020."
    text = (
        "Holvik Nordisk A/S, which booked DKK 232 billion in 2023 sales, has said it will buy "
        "back up to DKK 20 billion of its own shares in 2024, and Tessary Inc. has committed "
        "more than $11 billion to new manufacturing sites since 2020."
    )
    assert {"Holvik Nordisk A/S", "Tessary Inc."} <= company_names(text)
    assert deals_in(text) == []


def test_its_named_acquisition_is_the_subjects_and_a_sum_payable_at_closing() -> None:
    # en107: "AZN announced yesterday (17 March) that it will buy EsoBiotec SA ... for total
    # consideration of up to US$1bn. The structure is back-end loaded: US$425m is payable at
    # closing ... AZN intends to fold EsoBiotec into its cell therapy unit, which already
    # includes the assets from its Gracell acquisition (up to US$1.2bn, agreed in December
    # 2023)."
    text = (
        "Holvik plc announced yesterday (17 March) that it will buy Tessary SA, a privately held "
        "Belgian company, for total consideration of up to US$1bn. The structure is back-end "
        "loaded: US$425m is payable at closing, with up to US$575m more in contingent "
        "consideration tied to development and regulatory milestones.\n\nHolvik intends to fold "
        "Tessary into its cell therapy unit, which already includes the assets from its "
        "Lianshan Biotech acquisition (up to US$1.2bn, agreed in December 2023)."
    )
    deals = {d.licensor.name: d for d in deals_in(text)}
    assert deals["Lianshan Biotech"].licensee.name == "Holvik plc"
    upfront = deals["Tessary SA"].upfront
    assert upfront is not None and upfront.amount == 425_000_000


def test_a_drug_bought_from_a_described_owner_after_its_apposition() -> None:
    # en103: "GSK is buying efimosfermin alfa, a once-monthly FGF21 analogue for metabolic
    # dysfunction-associated steatohepatitis, from privately held Boston Pharmaceuticals."
    text = (
        "Holvik plc is buying tessafermin alfa, a once-monthly FGF21 analogue for metabolic "
        "dysfunction-associated steatohepatitis, from privately held Tessary Pharmaceuticals."
    )
    assert party_pairs(text) == {("Tessary Pharmaceuticals", "Holvik plc")}


def test_a_name_with_a_small_letter_word_and_a_dot_capital() -> None:
    # en93/en107: "... announced that it and Korea pharmaceutical enterprise HK inno.N
    # Corporation reached a license agreement ... Xianweida will from HK inno.N obtain one
    # upfront payment (specific amount is not disclosed), and development and sales milestone
    # payment cumulatively up to 56 million US dollars"
    text = (
        "Tessary Biological GLP-1 drug goes to Korea, KR holvik.N obtain exclusive rights of "
        "tessaglutide\n\nIn recent days, Hangzhou Tessary Biological Technology Co., Ltd. "
        '(hereinafter referred to as "Lianshan Biosciences" or "Tessary") announced that it and '
        "Korea pharmaceutical enterprise KR holvik.N Corporation reached a license agreement, KR "
        "holvik.N will obtain the exclusive right of its drug TS-003 for the development and "
        "commercialization in South Korea territory.\n\nAccording to agreement content, Tessary "
        "will from KR holvik.N obtain one upfront payment (specific amount is not disclosed), "
        "and development and sales milestone payment cumulatively up to 56 million US dollars."
    )
    assert "KR holvik.N Corporation" in company_names(text)
    deal = one_deal(text)
    assert deal.licensee.name == "KR holvik.N Corporation"
    assert deal.milestones is not None and deal.milestones.amount == 56_000_000


def test_a_translated_receiver_before_from_its_payer() -> None:
    # en93: "Xianweida will from HK inno.N obtain one upfront payment": the receiver first
    text = (
        "In recent days, Hangzhou Tessary Biological Technology Co., Ltd. announced that it and "
        "Korea pharmaceutical enterprise Holvik Corporation reached a license agreement, "
        "Holvik will obtain the exclusive right of its drug TS-003 in South Korea.\n\n"
        "According to agreement content, Tessary will from Holvik obtain one upfront payment "
        "(specific amount is not disclosed), and development and sales milestone payment "
        "cumulatively up to 56 million US dollars."
    )
    deal = one_deal(text)
    assert deal.licensee.name == "Holvik Corporation"
