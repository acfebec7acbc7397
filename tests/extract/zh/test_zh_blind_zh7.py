"""Phrasing met in the blind set zh7 (scored once first at 0.857): a flash item where "全资子公司"
signs for its listed parent; a press release dated "places,2025年1月21日" on its own line; a
NewCo where the buyer "将在协议生效后向X支付" and may "再许可给第三方,X还将…"; a wire item
"中国财经网讯(2026年1月10日)" about a "1月9日晚间公告"; a takeover listing "此次收购的核心资
产"; a headline "X扩大与Y合作" over a text defining X's short name, and "扩大合作将…"; a pact
"就PH020(拜耳代码…)达成" with the partner named inside the aside.

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from .zh_snippets import company_names, deals, parties


def test_an_unnamed_subsidiary_signing_for_its_parent_is_no_company() -> None:
    text = (
        "2025年6月4日,华泽生物(688999.SH)公告,全资子公司与美国Norvale Therapeutics签署独家许可"
        "协议,将双抗HZ1803在中国以外全球范围内的开发和商业化权利授予Norvale。根据协议,Norvale"
        "将支付首付款2000万美元。"
    )
    assert "全资子公司" not in company_names(text)
    (deal,) = deals(text)
    assert parties(deal) == ("华泽生物", "Norvale Therapeutics")
    assert deal.territory_class == "ex-china"


def test_a_dateline_of_places_and_a_date_dates_a_release_announced_today() -> None:
    text = (
        "华泽生物与Norvale达成HZ007全球授权合作\n\n"
        "新闻稿 | 中国上海及美国波士顿,2025年1月21日\n\n"
        '华泽生物科技股份有限公司(Huaze Biopharma Co., Ltd.,以下简称"华泽生物",香港联交所股票'
        '代码:2999)与Norvale Therapeutics, Inc.(以下简称"Norvale",纳斯达克代码:NRVL)今日共同'
        "宣布,双方已就华泽生物自主研发的HZ007签订独家授权许可协议。根据协议,华泽生物将HZ007在大中华"
        "区以外的全球权益独家授予Norvale。\n"
    )
    (deal,) = deals(text)
    assert deal.announced == date(2025, 1, 21)


_NEWCO = (
    "华泽生物以NewCo模式出海\n\n"
    '华泽生物医药集团股份有限公司(以下简称"华泽生物")1月9日晚间公告,公司及全资子公司与美国新设'
    '公司Norvale Therapeutics, Inc.(以下简称"Norvale")签署独家许可协议,将公司自主研发的'
    "HZ39004在中国以外的全球权益授予Norvale。\n\n"
    "公告显示,Norvale将在协议生效后向华泽生物支付4000万美元现金。若Norvale将相关权益再许可给第三方,"
    "华泽生物还将按约定比例分享分许可收入。\n"
)


def test_a_sublicence_to_a_third_party_points_to_no_company_after_the_comma() -> None:
    (deal,) = deals(_NEWCO)
    licensor, licensee = parties(deal)
    assert licensor.startswith("华泽生物") and licensee.startswith("Norvale")


def test_a_payer_may_name_a_condition_before_whom_it_pays() -> None:
    # without the sublicence sentence the payment alone sets the direction
    text = _NEWCO.split("若Norvale")[0].replace("授予Norvale", "纳入Norvale")
    (deal,) = deals(text)
    licensor, licensee = parties(deal)
    assert licensor.startswith("华泽生物") and licensee.startswith("Norvale")


def test_a_wire_items_date_is_the_filing_date_and_the_date_before_the_verb_the_deals() -> None:
    text = "中国财经网讯(2026年1月10日)" + _NEWCO.split("\n\n", 1)[1]
    (deal,) = deals(text)
    assert deal.announced == date(2026, 1, 9)


def test_the_core_assets_a_takeover_brings_do_not_make_it_an_asset_purchase() -> None:
    text = (
        "礼来宣布以每股14美元的现金价格收购Norvale Biosciences全部已发行普通股,"
        "交易总价值约12亿美元。"
        "交易完成后,Norvale将成为礼来的全资子公司。此次收购的核心资产包括两款口服NLRP3抑制剂。"
    )
    (deal,) = deals(text)
    assert deal.deal_type == "acquisition"


def test_a_defined_short_name_ends_a_headline_subject_before_its_verb() -> None:
    text = (
        "华泽扩大与Intavo合作:HZ2506授权区域新增加拿大\n\n"
        '2025年10月9日,华泽生物制药股份有限公司(以下简称"华泽",688177.SH)宣布,公司与印度Intavo '
        'Pharmaceuticals Ltd.(以下简称"Intavo")就HZ2506签署补充协议,将加拿大纳入授权区域。'
        "Intavo在北美拥有成熟的商业化经验。扩大合作将帮助HZ2506进入加拿大市场。\n"
    )
    names = company_names(text)
    assert "华泽扩大" not in names
    assert "扩大合作" not in names
    assert {parties(d)[0] for d in deals(text)} == {"华泽生物制药股份有限公司"}


def test_a_company_named_in_an_aside_does_not_break_the_pair_around_it() -> None:
    text = (
        "03 华泽医药 × 拜耳\n\n今年3月26日,苏州华泽医药宣布与拜耳就PRMT5抑制剂HZ020(拜耳代码BAY "
        "3713372)达成全球独家许可协议,拜耳获得该产品的全球开发和商业化权益。"
    )
    assert ("苏州华泽医药", "拜耳") in {parties(d) for d in deals(text)}
