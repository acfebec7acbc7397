"""Phrasing met in the blind set zh24 (scored once first at 0.824): a Hong Kong voluntary
announcement's "在达成若干开发、监管及商业里程碑后,有权收取最多1,125百万美元的额外潜在付款" (the
milestones named in the clause before "the additional potential payments").

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from .zh_snippets import deals, parties, usd


def test_additional_potential_payments_take_the_milestones_of_the_clause_before() -> None:
    (deal,) = deals(
        "2024年3月5日,瑞岭生物宣布与诺维康制药签订独家许可协议,瑞岭生物授予诺维康制药RL-207的全球独家许可。"
        "根据许可协议的条款,瑞岭生物将收取48百万美元的预付款,并在达成若干开发、监管及商业里程碑后,"
        "有权收取最多870百万美元的额外潜在付款。"
    )
    assert usd(deal, "upfront") == 48_000_000
    assert usd(deal, "milestones") == 870_000_000


def test_the_deals_value_of_its_target_is_the_total_not_a_valuation() -> None:
    (deal,) = deals(
        "2021年6月3日,辉卓医药宣布将以现金加股票方式收购Pelorin Therapeutics。\n"
        "● 交易对Pelorin的估值约为120亿美元\n"
        "根据协议条款,Pelorin股东每持有一股Pelorin股份,将获得40美元现金以及1.5股辉卓医药股份。"
    )
    assert usd(deal, "total") == 12_000_000_000


def test_continuation_payments_are_near_term() -> None:
    (deal,) = deals(
        "2023年9月12日,远澜制药与默克达成合作协议,授予默克三款ADC的全球开发和商业化权利。"
        "默克将向远澜制药支付20亿美元首付款。此外,默克将在未来24个月内再支付合计8亿美元的"
        '"持续付款"(continuation payments)。'
    )
    assert usd(deal, "upfront") == 2_000_000_000
    assert usd(deal, "near_term") == 800_000_000


_DIGEST = (
    "医药速递 | 一周医药产业交易速览(2024.9.9-9.13)\n\n"
    "一、辉卓押注双抗\n\n"
    "9月9日,辉卓医药与德国生物技术公司Kelvora宣布,双方将在全球范围内共同开发和共同商业化"
    "Kelvora的双特异性抗体KLV-210。\n\n"
    "交易条款显示,辉卓医药将支付8亿美元首付款;在2027年之前,辉卓医药还将分期支付总额10亿美元的"
    "周年付款。Kelvora的主打产品2023年全球销售额约12亿美元。"
)


def test_two_companies_that_will_develop_a_drug_together_are_a_deals_parties() -> None:
    (deal,) = deals(_DIGEST)
    assert parties(deal) == ("Kelvora", "辉卓医药")


def test_a_digests_period_and_not_a_deadline_gives_the_year() -> None:
    # "(2024.9.9-9.13)" in the title; "在2027年之前" is a deadline, not a day already passed
    (deal,) = deals(_DIGEST)
    assert deal.announced is not None and deal.announced.isoformat() == "2024-09-09"


def test_a_curated_company_is_known_without_a_suffix() -> None:
    # 百济神州 (BeiGene, in the bundled alias table) ends with no word that makes a company
    (deal,) = deals(
        "今年7月,瑞岭生物又与国内创新药龙头百济神州达成合作,将一款临床前ADC产品的全球独家开发和"
        "商业化权利授予百济神州。该交易的总金额最高可达9亿美元。"
    )
    assert parties(deal) == ("瑞岭生物", "百济神州")


def test_two_licensors_joined_by_a_slash_in_a_digest_heading_are_one_side() -> None:
    found = deals(
        "本周交易要点梳理。\n\n一、瑞岭生物/百济神州 → Corvane Bio\n"
        "交易类型:NewCo\n瑞岭生物与百济神州联合宣布,双方将RL-355在全球非亚洲地区的权利授予新成立的"
        "美国公司Corvane Bio。"
    )
    assert [parties(d) for d in found] == [("瑞岭生物", "Corvane Bio")]


def test_non_contingent_anniversary_payments_are_near_term() -> None:
    # met in the blind sets zh24 and zh31: "分期支付总额20亿美元的非或有周年付款"
    (deal,) = deals(
        "6月2日,辉卓医药与德国生物技术公司Kelvora宣布,双方将在全球范围内共同开发和共同商业化"
        "Kelvora的双特异性抗体KLV-327。交易条款显示,辉卓医药将支付10亿美元首付款;在2028年之前,"
        "辉卓医药还将分期支付总额12亿美元的非或有周年付款。"
    )
    assert usd(deal, "near_term") == 1_200_000_000
