"""Phrasing met in the blind set zh25 (scored once first at 0.833): a Hong Kong voluntary
announcement of an option ("作为授予选择权的对价,X将向本公司支付100百万美元的
选择权付款") with a share subscription ("认购本公司新股份,认购总额约75百万美元").

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from .zh_snippets import deals, usd

_OPTION = (
    '瑞岭生物有限公司("本公司")董事会欣然宣布,于2024年6月14日,本公司与辉卓医药订立一份选择权协议。'
    "根据选择权协议,本公司授予辉卓医药一项独家选择权,"
    "可就本公司核心产品RL-351订立独家许可协议。\n\n"
    "作为授予选择权的对价,辉卓医药将向本公司支付60百万美元的选择权付款。倘辉卓医药行使选择权,本公司将有资格"
    "收取合共最多900百万美元的潜在里程碑付款。\n\n"
    "于同日,本公司与辉卓医药订立股份认购协议,据此,辉卓医药同意认购本公司新股份,认购总额约40百万美元。"
)


def test_an_option_payment_is_paid_up_front() -> None:
    (deal,) = deals(_OPTION)
    assert usd(deal, "upfront") == 60_000_000


def test_a_subscriptions_sum_is_equity_not_the_total() -> None:
    (deal,) = deals(_OPTION)
    assert usd(deal, "equity") == 40_000_000
    assert usd(deal, "total") == 960_000_000


def test_a_broker_notes_labelled_report_date_dates_its_month_day() -> None:
    (deal,) = deals(
        "海外医药行业点评\n报告日期:2024年5月6日\n\n"
        "5月2日,辉卓医药宣布已与Pelorin Therapeutics达成最终协议,"
        "以现金方式收购这家私营临床阶段公司,首付款约9亿美元。"
    )
    assert deal.announced is not None and deal.announced.isoformat() == "2024-05-02"
