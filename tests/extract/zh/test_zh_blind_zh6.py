"""Phrasing met in the blind set zh6: an HKEX filing naming its partner after a kind of company
("意大利制药公司X S.r.l."), a subsidiary's filing with "透过与Y合作", co-licensors who "联合宣布",
a Japanese partner ("…株式会社"), roundups with an introduction and a look-back, a rights
buy-back, a headline listing "首付…、里程碑…", options on global rights, and a byline under the
headline.

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from dealradar.extract.zh import details
from dealradar.extract.zh.text import fold

from .zh_snippets import company_names, deals, parties, usd


def _territory(text: str) -> tuple[str, str] | None:
    found = details.territory(fold(text), [(0, len(text))])
    return None if found is None else (found[0], found[1])


def _assets(text: str) -> list[str]:
    return [name for name, _span in details.assets(fold(text), [(0, len(text))])]


# --- companies -------------------------------------------------------------------------------


def test_a_country_before_a_company_ending_names_a_kind_of_company() -> None:
    text = "本公司与意大利制药公司Fontana Lavori S.r.l.(「Fontana」)订立独家许可协议。"
    names = company_names(fold(text))
    assert not any(n.startswith("意大利") for n in names)
    assert "Fontana Lavori S.r.l." in names


def test_a_lower_case_dotted_legal_form_ends_the_name() -> None:
    text = "青岚医药宣布将QL-2301的欧洲商业化权利授予Velora Pharmaceutici S.p.A.。"
    (deal,) = deals(text)
    assert parties(deal) == ("青岚医药", "Velora Pharmaceutici S.p.A.")


def test_a_preposition_before_yu_is_no_company() -> None:
    text = (
        "北京泓德制药与Corvane Bio订立独家许可协议,将HD-0117的全球权利授予Corvane Bio。"
        "董事会相信,透过与Corvane Bio合作,可加速HD-0117的海外开发。"
    )
    assert "透过" not in company_names(text)
    (deal,) = deals(text)
    assert parties(deal) == ("北京泓德制药", "Corvane Bio")


def test_a_japanese_company_ending_after_a_glossed_name() -> None:
    text = "此前,青岚医药已将QL-0902在日本的开发和商业化权益授予日本星和株式会社(Seiwa Kogyo)。"
    (deal,) = deals(text)
    assert parties(deal) == ("青岚医药", "日本星和株式会社")


def test_kabushiki_kaisha_is_a_company_ending() -> None:
    assert "青木兴业株式会社" in company_names(
        "青岚医药将QL-0902的日本权利授权给青木兴业株式会社。"
    )


def test_a_glossed_name_opening_a_pair_is_a_company() -> None:
    text = (
        "不妨回看2021年澄科思(Chengkos)与艾伯维(AbbVie)的SHP2抑制剂合作:艾伯维获得CY-3068的"
        "全球开发和商业化权利,向澄科思支付4500万美元首付款。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("澄科思", "艾伯维")
    assert usd(deal, "upfront") == 45_000_000


# --- parties and deals -----------------------------------------------------------------------


def test_co_licensors_announcing_together_without_shuangfang() -> None:
    text = (
        "1月25日,瀚岳生物(1234.HK)与星屿医药联合宣布,与印度药企Kamet旗下Kamet Specialty S.A."
        "签订许可协议,授予后者HY-3050的独家开发和商业化权利。交易总额最高7亿美元。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("瀚岳生物", "Kamet Specialty S.A.")


def test_a_sentence_naming_both_parties_of_a_later_deal_is_that_deals() -> None:
    text = (
        "1. 瀚岳生物×Kamet\n瀚岳生物与Kamet Pharma签订许可协议,交易总额最高7亿美元。\n\n"
        "2. 瀚岳生物×Norvane\n6月,瀚岳生物与美国Norvane Bio达成合作。Norvane Bio将获得相关产品在"
        "大中华区以外的全球权利,瀚岳生物可获得的首付款及里程碑付款总额最高达6亿美元。"
    )
    first, second = deals(text)
    assert parties(second) == ("瀚岳生物", "Norvane Bio")
    assert usd(second, "total") == 600_000_000 and second.territory_class == "ex-greater-china"
    assert usd(first, "total") == 700_000_000 and first.territory_class == "unspecified"


def test_buying_from_a_described_seller() -> None:
    text = (
        "同月,诺和诺德宣布从中国背景的Kelvor Biosciences手中收购KV-5074的全球权益,"
        "交易总额最高十三亿美元。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("Kelvor Biosciences", "诺和诺德")
    assert deal.deal_type == "asset-purchase"
    assert usd(deal, "total") == 1_300_000_000


def test_rights_sold_back_for_a_payment_are_an_asset_purchase_paid_upfront() -> None:
    text = (
        "联星生物宣布,将其持有的玛伏替尼(mavoxitinib)在中国大陆、香港和新加坡的权益出售给"
        "百时美施贵宝,获得3.5亿美元付款。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("联星生物", "百时美施贵宝")
    assert deal.deal_type == "asset-purchase"
    assert usd(deal, "upfront") == 350_000_000


def test_a_product_business_sold_for_a_cash_price_is_an_asset_purchase() -> None:
    text = "Norvane Bio将以1亿美元现金价格将ZELTRA相关业务出售给丰河制药。"
    (deal,) = deals(text)
    assert parties(deal) == ("Norvane Bio", "丰河制药")
    assert deal.deal_type == "asset-purchase"
    assert usd(deal, "upfront") == 100_000_000


def test_a_glossed_name_a_product_is_sold_to_is_a_company() -> None:
    assert "东和兴业" in company_names("将旗下唯一上市产品ZELTRA出售给东和兴业(Towa Kogyo)。")


def test_a_roundup_introduction_belongs_to_no_deal() -> None:
    text = (
        "三笔早期资产交易背后的新买家\n\n"
        "买家既有老牌跨国药企,也有刚拿到融资的美国新公司。\n\n"
        "浦川医药×拜耳\n3月26日,拜耳宣布与浦川医药签署独家许可协议,获得PC020的全球开发和商业化权利。\n\n"
        "澄宇生物×Norvane\n5月,澄宇生物与美国Norvane Bio达成协议,"
        "将CY-101的全球权益授予Norvane Bio。"
    )
    first, _second = deals(text)
    assert parties(first) == ("浦川医药", "拜耳")
    assert first.deal_type == "license"


# --- payment terms ---------------------------------------------------------------------------


def test_a_payment_word_after_a_list_mark_opens_the_next_item() -> None:
    text = "翰青制药引进Corvane Bio siRNA技术 首付1600万美元、里程碑最高13亿美元"
    (deal,) = deals(text)
    assert usd(deal, "upfront") == 16_000_000
    assert usd(deal, "milestones") == 1_300_000_000


def test_a_range_between_two_figures_is_no_term() -> None:
    text = (
        "拜耳宣布与浦川医药签署独家许可协议,获得PC020的全球开发和商业化权利。"
        "这类交易的总额常在1亿至5亿美元之间。"
    )
    (deal,) = deals(text)
    assert usd(deal, "total") is None


def test_an_option_fee_summed_with_the_upfront_is_the_upfront() -> None:
    text = (
        "2023年12月28日,启明生物与日本安斯泰来就双特异性巨噬细胞衔接器QM019达成选择权协议。"
        "安斯泰来将支付首付款及许可选择权费用,合计最高3700万美元。"
    )
    (deal,) = deals(text)
    assert usd(deal, "upfront") == 37_000_000


# --- dates -----------------------------------------------------------------------------------


def test_the_end_of_a_year_dates_a_later_month_and_day() -> None:
    text = (
        "美东时间3月25日,Norvane Bio宣布已与葆川医药达成最终协议,以全股票交易方式收购后者。"
        "截至2023年底,Norvane Bio账上现金约6.1亿美元。"
    )
    (deal,) = deals(text)
    assert deal.announced == date(2024, 3, 25)


def test_the_topic_of_an_agreement_does_not_hide_its_date() -> None:
    text = (
        "回看:启明生物×安斯泰来\n\n2023年12月28日,启明生物(Qiming)与日本安斯泰来(Astellas)"
        "就PD-L1×SIRPα双特异性巨噬细胞衔接器QM019及另一款双抗项目达成选择权协议。"
    )
    (deal,) = deals(text)
    assert deal.announced == date(2023, 12, 28)


# --- lead, territory, type, assets -----------------------------------------------------------


def test_a_byline_under_the_headline_leaves_the_first_paragraph_in_the_lead() -> None:
    text = (
        'Norvane Bio收购葆川医药 新药他雷替康"改嫁"\n\n'
        "财经日报 记者 王一\n\n"
        "3月25日,Norvane Bio宣布以全股票交易方式收购葆川医药,其核心资产他雷替康(taletrecan)及"
        "safuditinib将一并纳入Norvane Bio管线。"
    )
    (deal,) = deals(text)
    assert {a.name for a in deal.assets} >= {"他雷替康", "taletrecan", "safuditinib"}


def test_the_world_but_china_in_a_parenthesis_is_ex_china() -> None:
    found = _territory("将TD-0101在全球(中国除外)范围内开发及商业化的独家权利授予Corvane Bio")
    assert found == ("全球(中国除外)", "ex-china")


def test_what_the_licensor_keeps_outside_a_region_is_not_the_territory() -> None:
    text = (
        "翰青制药将获得前两个靶点相关药物在大中华区(中国大陆、香港、澳门和台湾)的独家开发许可,"
        "Corvane保留这两个项目在大中华区以外的全部权利。"
    )
    found = _territory(text)
    assert found is not None and found[0].startswith("大中华区(") and found[1] == "china"
    text = "Corvane保留这两个项目在大中华区以外的全部权利,翰青制药获得其在大中华区以外的全球权益。"
    found = _territory(text)
    assert found is not None and found[1] == "ex-greater-china"


def test_a_market_with_its_own_exception_and_an_indication_before_the_rights() -> None:
    text = (
        "授予后者KN-105在印度、亚太(不包括新加坡、泰国)、中东和非洲及拉丁美洲的肿瘤适应症"
        "独家开发和商业化权利。"
    )
    found = _territory(text)
    assert found is not None and found[1] == "regional"
    assert found[0].startswith("印度、亚太(不包括新加坡、泰国)") and found[0].endswith("拉丁美洲")


def test_an_option_on_global_rights_is_global_when_nothing_else_is_granted() -> None:
    text = (
        "Corvane将支付选择权费用,从而获得在约定期限内取得该BsADC全球独家开发和商业化许可的选择权。"
    )
    assert _territory(text) == ("全球独家", "global")


def test_a_code_numbered_from_zero_is_an_asset_but_a_target_is_not() -> None:
    assert _assets("ROCK2选择性抑制剂TDX01与靶向CLDN18及MUC16的抗体") == ["TDX01"]


def test_a_kind_or_a_function_word_before_an_inn_is_not_part_of_it() -> None:
    assert _assets("葆川医药的ROS1新药他雷替康") == ["他雷替康"]
    assert _assets("与Velora就舒兰利单抗于欧洲的商业化订立许可协议") == ["舒兰利单抗"]


def test_trade_names_marked_registered_are_assets() -> None:
    text = "授予Velora舒兰利单抗(择安美®,欧洲商品名Celvora®)的独家商业化权利"
    assert _assets(text) == ["舒兰利单抗", "择安美®", "Celvora®"]
