"""Phrasing met in the blind set zh22 (scored once first at 0.824): an SSE announcement's
numbered terms ("1、首付款:1,700万美元;\n2、开发及注册里程碑款项:累计不超过10,300万美元;\n3、销售
里程碑款项:…"); a round-up headline "X…H药韩国权益授予美时 伊匹木单抗生物类似药牵手山德士" and a
partner described as "全球仿制药及生物类似药巨头山德士".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from .zh_snippets import company_names, deals, parties, usd

_TERMS = (
    "2025年8月11日,海泽医药产业与Tessel Therapeutics, Inc.签订许可协议,海泽医药产业授予Tessel在中国"
    "境外的独家许可。\n\n一、交易对价\n根据《许可协议》约定,Tessel应向海泽医药产业支付:\n"
    "1、首付款:1,700万美元;\n2、开发及注册里程碑款项:累计不超过10,300万美元;\n"
    "3、销售里程碑款项:累计不超过52,500万美元;\n上述首付款及里程碑款项合计不超过64,500万美元。\n"
)


def test_a_numbered_list_labels_each_figure() -> None:
    (deal,) = deals(_TERMS)
    assert usd(deal, "upfront") == 17_000_000


def test_the_milestone_items_of_one_list_add_up() -> None:
    (deal,) = deals(_TERMS)
    assert usd(deal, "milestones") == 628_000_000
    assert usd(deal, "total") == 645_000_000


def test_a_headlines_granted_company_is_no_subject_of_the_next_clause() -> None:
    text = (
        "海泽汉霖一周两签出海单:H药韩国权益授予美泽 伊匹木单抗生物类似药牵手泰德士\n\n"
        "4月25日,海泽汉霖公告与美泽生物制药股份有限公司达成合作,将H药在韩国的商业化权益授予美泽。\n\n"
        "仅仅4天后,海泽汉霖再度公告,与全球仿制药及生物类似药巨头泰德士(Tedos)达成协议,将HZ13的"
        "商业化独家权利授予泰德士。泰德士将支付3100万美元首付款。\n"
    )
    assert not any(n.startswith("全球") for n in company_names(text))
    pairs = {parties(d) for d in deals(text)}
    assert ("海泽汉霖", "泰德士") in pairs
    assert not any({"美泽", "泰德士"} <= set(p) for p in pairs)


def test_kinds_and_people_are_no_companies() -> None:
    # (met in the blind set zh23, as are the two tests below)
    text = (
        "一位长期关注医药BD的投行人士表示,国内药企把资产授权给美国Biotech的案例越来越多。"
        "Tessel母公司泰利德今年8月已以约3.5亿美元收购体内CAR-T公司Norvale BioTherapeutics。"
    )
    names = company_names(text)
    assert not {"Biotech", "CAR-T"} & names
    assert not any(n.startswith("一位") for n in names)
    assert "Norvale BioTherapeutics" in names


def test_a_share_of_a_figure_is_no_term() -> None:
    text = (
        "海泽控股公告,公司与美国生物医药公司Tessel Medicines签署合作协议。"
        "Tessel将向海泽支付5,100万美元首付款;海泽有资格收取最高约58.9亿美元的研发、监管及商业化里程碑款项。\n\n"
        "分析师提醒,近60亿美元中的绝大部分为远期里程碑。"
    )
    (deal,) = deals(text)
    assert usd(deal, "milestones") == 5_890_000_000
