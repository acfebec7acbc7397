"""Phrasing met in the blind set zh16 (scored once first at 0.737): a 快讯 where the licensee
"已与Y签署独家许可协议,由其新设立的子公司Z获得…权利"; a weekly round-up where a licensor signs
"与韩国H控股的美国子公司Z" (Z the partner, not the licensor's unit), a buyer's "交易对价最高达
13亿美元", and a "PDUFA日期定在2024年5月" that is no past event to date the week by; a broker's
note where "X(X.US)宣布,已与Y及Z签署许可协议,引进…".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from datetime import date

from .zh_snippets import company_groups, deals, parties, usd


def test_its_new_subsidiary_belongs_to_the_sentence_subject() -> None:
    text = (
        "财联社2026年1月29日电 美国新药研发公司Norvale Bio当地时间周四宣布,已与江苏海泽制药有限公司"
        '(下称"海泽")签署独家许可协议,由其新设立的子公司Tessel Bio获得候选药物HZ5032在大中华区以外'
        "的开发和商业化权利。\n\n根据协议,海泽将收取首付款,交易总额最高可达5亿美元。"
    )
    groups = company_groups(text)
    assert {"Norvale Bio", "Tessel Bio"} <= next(g for g in groups if "Norvale Bio" in g)
    assert not any("海泽" in g and "Tessel Bio" in g for g in groups)
    (deal,) = deals(text)
    assert parties(deal) == ("江苏海泽制药有限公司", "Norvale Bio")


def test_a_partners_subsidiary_after_with_is_not_the_licensors_unit() -> None:
    text = (
        "10月17日,江苏海泽医药股份有限公司(600999.SH)与韩国DKM控股的美国子公司Tessel Therapeutics"
        "宣布签署全球商业化许可协议。Tessel获得在大中华区以外开发和商业化海泽PD-1单抗HZ-1210的权利。"
        "\n\nTessel将向海泽支付最高6亿美元的销售里程碑。"
    )
    groups = company_groups(text)
    assert not any("江苏海泽医药股份有限公司" in g and "Tessel Therapeutics" in g for g in groups)
    (deal,) = deals(text)
    assert parties(deal) == ("江苏海泽医药股份有限公司", "Tessel Therapeutics")


def test_a_buyers_transaction_consideration_is_the_total() -> None:
    text = (
        "10月16日,海泽集团与新加坡的Tessel Biosciences共同宣布,海泽集团将从Tessel手中收购"
        "口服受体拮抗剂TB-5074,交易对价最高达13亿美元。"
    )
    (deal,) = deals(text)
    assert usd(deal, "total") == 1_300_000_000


def test_a_date_set_for_a_decision_does_not_date_the_week() -> None:
    text = (
        "本周(2023年10月16日—10月22日)全球医药领域有十余起许可及并购交易,涉及中国资产的两起。\n\n"
        "10月17日,江苏海泽医药股份有限公司宣布将HZ-1210的海外权益授予Tessel Therapeutics,"
        "Tessel将向海泽支付最高6亿美元的销售里程碑。\n\n"
        "双方已向FDA递交上市申请,PDUFA日期定在2024年5月。"
    )
    (deal,) = deals(text)
    assert deal.announced == date(2023, 10, 17)


def test_a_licensee_in_licensing_from_two_licensors_after_its_ticker() -> None:
    text = (
        "2024年12月19日,美国纳斯达克上市公司Norvale Bioscience(NRVL.US)宣布,已与海泽生物及"
        '杭州多泽生物科技有限公司(下称"多泽生物")签署许可协议,引进三款临床前ADC。Norvale获得上述'
        "分子的全球开发和商业化权利,将支付4,400万美元首付款。"
    )
    found = deals(text)
    assert [parties(d) for d in found] == [("海泽生物", "Norvale Bioscience")]
    assert usd(found[0], "upfront") == 44_000_000
