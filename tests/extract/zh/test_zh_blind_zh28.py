"""Phrasing met in the blind set zh28 (scored once first at 0.778): a 财联社 flash "X(600276.SH)晚间
公告,公司与Y达成协议" (a time of day read as a company), and a roundup's "据医药魔方统计,2024年中国
创新药对外授权交易总金额约519亿美元,首付款合计约41亿美元" (a data vendor's tally).

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from .zh_snippets import company_names, deals, parties, usd


def test_a_time_of_day_before_an_announcement_is_no_company() -> None:
    text = (
        "财联社9月4日电,瑞岭医药(600999.SH)晚间公告,公司与美国Corvane Bio, Inc.达成协议,"
        "将RL-1893在大中华区以外的权益有偿许可给Corvane Bio,首付款6500万美元。"
    )
    assert "晚间" not in company_names(text)
    (deal,) = deals(text)
    assert parties(deal) == ("瑞岭医药", "Corvane Bio, Inc.")


def test_a_data_vendors_tally_is_no_term() -> None:
    (deal,) = deals(
        "1月7日,瑞岭生物宣布与美国Corvane Therapeutics达成许可协议,授予后者RL-1418在大中华区以外的"
        "全球独家权利。瑞岭生物将获得5000万美元首付款。\n\n"
        "● 数据:据医药魔方统计,2024年中国创新药对外授权交易总金额约519亿美元,首付款合计约41亿美元。"
    )
    assert usd(deal, "upfront") == 50_000_000
    assert usd(deal, "total") == 50_000_000


def test_this_week_is_no_company() -> None:
    # met in the blind set zh29: "瑞岭生物(02999.HK)本周宣布" in a weekly roundup
    text = (
        "导读:本周(2025年9月1日至9月7日)国内创新药对外授权共披露2笔。\n\n"
        "瑞岭生物(02999.HK)本周宣布,其全资子公司与德国默克签署抗体评估及选择权协议。"
    )
    assert "本周" not in company_names(text)


def test_a_known_name_opening_with_a_conjunctions_character() -> None:
    # met in the blind set zh29: "本公告由和黄医药(中国)有限公司…自愿作出": 和 is the name's first
    # character (和黄医药, HUTCHMED, in the bundled alias table), not "and"
    text = (
        "本公告由和黄医药(中国)有限公司自愿作出。和黄医药(中国)有限公司与武田签订许可协议,"
        "授予武田呋喹替尼在中国以外的独家权利,首付款4亿美元。"
    )
    assert "和黄医药(中国)有限公司" in company_names(text)
