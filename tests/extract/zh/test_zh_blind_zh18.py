"""Phrasing met in the blind set zh18 (scored once first at 0.824): a 中英混排 story stamped
"【医药观察 2025年12月23日】" whose company "今日宣布", with a broker's tally of the year's
license-out deals ("有券商统计,…交易总金额已超过1000亿美元,其中首付款合计约60亿美元"); an SSE
announcement defining '(以下简称"Gedeon Richter"或"吉瑞医药")' for "Gedeon Richter Plc."; a
partner glossed "台湾上市药企美时化学制药(Lotus Pharmaceutical,1795.TW)".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from .zh_snippets import company_groups, deals, parties, usd

_STAMPED = (
    "海泽药业ADC出海 Tessel拿下HZ0613海外权益\n\n"
    "【医药观察 2025年12月23日】圣诞前夕,又一款中国ADC走向海外。海泽药业(2999.HK)今日宣布,与法国"
    "药企Tessel签署独家许可协议,将HZ0613在大中华区以外的全球权利授予Tessel。\n\n"
    "根据协议,海泽药业将获得首付款及里程碑付款,两者合计最高可达10.6亿美元。\n\n"
    "从行业看,有券商统计,2025年中国创新药license-out交易总金额已超过1000亿美元,其中首付款合计约"
    "60亿美元。\n"
)


def test_an_outlets_bracketed_stamp_dates_the_lead() -> None:
    (deal,) = deals(_STAMPED)
    assert deal.announced == date(2025, 12, 23)


def test_a_brokers_tally_of_the_years_deals_is_no_term() -> None:
    (deal,) = deals(_STAMPED)
    assert usd(deal, "total") == 1_060_000_000
    assert deal.upfront is None


def test_a_definition_may_give_two_short_names() -> None:
    text = (
        '海泽生物制药股份有限公司(以下简称"公司"或"海泽")与Tessel Richter Plc.(以下简称'
        '"Tessel Richter"或"泰瑞医药")签署授权许可协议,公司将HZ2206的独家商业化权利许可给'
        "Tessel Richter。根据协议,公司将获得850万美元的首付款。吉泰瑞医药无关。泰瑞医药表示满意。"
    )
    group = next(g for g in company_groups(text) if "Tessel Richter Plc." in g)
    assert {"Tessel Richter", "泰瑞医药"} <= group
    assert [parties(d)[1] for d in deals(text)] == ["Tessel Richter Plc."]


def test_a_name_glossed_by_its_latin_name_and_listing() -> None:
    text = (
        "4月25日,海泽汉霖公告与台湾上市药企美时化学制药(Lotus Pharmaceutical,1795.TW)达成合作,"
        "将自研PD-1单抗HZ-0126在韩国的独家商业化权益授予对方。"
    )
    assert any({"美时化学制药", "Lotus Pharmaceutical"} <= g for g in company_groups(text))
