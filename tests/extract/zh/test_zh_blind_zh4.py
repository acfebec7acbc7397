"""Phrasing met in the blind set heldout/zh4 (issue 3/4, third session): a Hong Kong filing
in Chinese whose issuer is "本公司" throughout, an aside between a company and "宣布与", and
words glued before an INN ("关于舒格利单抗").

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from dealradar.extract.zh import details
from dealradar.extract.zh.companies import find_companies
from dealradar.extract.zh.text import fold

from .zh_snippets import deals, parties, usd


def test_the_company_of_a_filing_is_its_issuer() -> None:
    text = (
        "本公告由基岩药业(「本公司」,连同其附属公司统称「本集团」)自愿作出。\n\n"
        "根据战略合作协议,本公司授予辉瑞在中国大陆开发及商业化本公司抗PD-L1单克隆抗体"
        "JY1001的独家权利。辉瑞将向本公司支付最高2.8亿美元的里程碑付款。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("基岩药业", "辉瑞")
    assert usd(deal, "milestones") == 280_000_000


def test_an_aside_between_a_company_and_its_partner() -> None:
    text = (
        "2024年12月4日,映辉生物(Yinghui Biologics,简称“映辉”或YinghuiBio)宣布与葛兰素史克"
        "(GSK)达成独家许可协议,GSK获得映辉一款临床前ADC——YH-1324的选择权。"
        "映辉将获得3,000万美元首付款。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("映辉生物", "葛兰素史克")


def test_a_word_before_an_inn_is_not_part_of_it() -> None:
    text = "辉瑞将借助其在中国大陆广泛的商业化网络,加速舒格利单抗的上市及市场推广。"
    found = {name for name, _ in details.assets(text, [(0, len(text))])}
    assert found == {"舒格利单抗"}


def test_a_listed_name_opening_with_a_country_is_a_company() -> None:
    text = (
        "中国康华制药(01199.HK)公告,公司拟通过全资附属公司收购礼信医药约95%的股权,"
        "交易对价约9.51亿美元。此次收购将显著增强集团在肿瘤领域的研发能力。"
    )
    names = {n for ns in find_companies(fold(text)).names.values() for n in ns}
    assert "中国康华制药" in names
    assert not any(n.startswith("显著") for n in names)


def test_a_latin_name_before_a_listing_in_brackets() -> None:
    text = "复瑞汉霖宣布与欧嘉隆(Orgalon,NYSE:OGL)达成许可协议,欧嘉隆将支付7300万美元首付款。"
    groups = find_companies(fold(text)).names.values()
    assert any({"欧嘉隆", "Orgalon"} <= set(names) for names in groups)


def test_sales_of_a_reference_drug_are_no_deal_value() -> None:
    text = (
        "复瑞生物宣布与欧嘉医药达成许可协议,交易总金额最高可达5.41亿美元,包括7,300万美元首付款。"
        "原研药地舒单抗两个品牌合计全球销售额超过50亿美元。"
    )
    (deal,) = deals(text)
    assert usd(deal, "total") == 541_000_000


def test_a_digest_heading_with_an_arrow_names_licensor_and_licensee() -> None:
    text = (
        "出海交易周报\n\n"
        "一、维康生物 → Oblenix Bio\n"
        "交易标的:LBX-051,一款三特异性抗体\n"
        "交易条款:维康生物将获得最高3,500万美元的首付款及近期付款。\n\n"
        "二、劲远医药 → Verastar Oncology\n"
        "交易标的:GFX375,一款口服抑制剂\n"
        "交易条款:Verastar将支付首付款1,000万美元。"
    )
    assert sorted(parties(d) for d in deals(text)) == [
        ("劲远医药", "Verastar Oncology"),
        ("维康生物", "Oblenix Bio"),
    ]
