"""Phrasing met in the blind set zh27 (scored once first at 0.842): a Hong Kong announcement's
"合共最高约14.6亿美元的额外付款,包括研发、监管及商业化里程碑付款"; an industry's tally
"今年以来,中国药企对外授权交易总金额已超过300亿美元"; IPO proceeds "首发上市募集资金总额约34.8亿元".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from .zh_snippets import deals, usd


def test_additional_payments_including_milestones_are_milestones() -> None:
    (deal,) = deals(
        "2024年3月5日,瑞岭生物宣布与辉卓医药签订许可协议,授予辉卓医药RL-207的全球独家许可。"
        "根据该协议条款,瑞岭生物将收取3,000万美元的预付款,并有资格收取合共最高约9.2亿美元的额外付款,"
        "包括研发、监管及商业化里程碑付款。"
    )
    assert usd(deal, "milestones") == 920_000_000
    assert usd(deal, "total") == 950_000_000


def test_an_industrys_tally_and_ipo_proceeds_are_no_terms() -> None:
    (deal,) = deals(
        "消息面上,瑞岭生物昨晚公告,与辉卓医药就RL-310签署许可协议,辉卓医药获得该产品在全球范围内的独家权利,"
        "瑞岭生物将获得2亿美元首付款。今年以来,中国药企对外授权交易总金额已超过300亿美元。"
        "瑞岭生物于2022年1月在科创板上市,公司首发上市募集资金总额约34.8亿元。"
    )
    assert usd(deal, "total") == 200_000_000


def test_a_years_deals_summed_are_no_term() -> None:
    # met in the blind set zh31: "年内全球ADC授权交易首付款合计已超过60亿美元"
    (deal,) = deals(
        "瑞岭生物与辉卓医药签订独家选择权协议,辉卓医药将获得RL-84的全球独家开发和商业化权利。"
        "瑞岭生物将获得1亿美元预付款。"
        "今年以来ADC领域交易持续升温,年内全球ADC授权交易首付款合计已超过60亿美元。"
    )
    assert usd(deal, "upfront") == 100_000_000
