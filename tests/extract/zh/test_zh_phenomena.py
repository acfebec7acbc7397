"""Phrasings the dev corpus never used, one test each: 公告 format, in-licensing by a pair,
NewCo by shares, Greater China spelt out, roundups whose sentences run on, and the like."""

from __future__ import annotations

from datetime import date

from dealradar.extract.zh.dates import dateline, signature_date

from .zh_snippets import deals, parties, usd


def test_definition_in_parentheses_does_not_hide_the_partner() -> None:
    text = (
        '甘霖药业股份有限公司(以下简称"公司"或"甘霖药业")近日与Brightwave Therapeutics, Inc.'
        '(以下简称"Brightwave")签署《独家许可协议》。Brightwave将向公司支付首付款3000万美元。'
    )
    [deal] = deals(text)
    assert parties(deal) == ("甘霖药业股份有限公司", "Brightwave Therapeutics, Inc.")
    assert usd(deal, "upfront") == 30_000_000


def test_short_capital_name_with_company_ending_is_a_company() -> None:
    text = "青禾生物宣布与美国QRT Therapeutics达成协议,从后者引进一款抗体的中国权利。"
    [deal] = deals(text)
    assert parties(deal) == ("QRT Therapeutics", "青禾生物")


def test_subject_followed_by_its_latin_name_is_a_company() -> None:
    text = "AI制药公司深度智能(DeepMol Labs)宣布,将其抑制剂DM-2207的全球权利授予美国Orion Bio。"
    [deal] = deals(text)
    assert parties(deal) == ("深度智能", "Orion Bio")


def test_pair_agreement_followed_by_in_licensing_makes_the_subject_licensee() -> None:
    text = "青禾生物宣布与Pelican Therapeutics达成独家许可协议,引进其一款小分子药物的中国权利。"
    [deal] = deals(text)
    assert parties(deal) == ("Pelican Therapeutics", "青禾生物")


def test_company_free_sentence_continues_the_deal_before_it() -> None:
    text = (
        "专题回顾\n\n"
        "2022年4月5日,青禾生物与Harbor Pharma宣布达成合作协议,Harbor支付500万美元首付款。\n\n"
        "2021年3月2日,青禾生物与美国Pelican Therapeutics宣布达成授权协议。"
        "Pelican支付2000万美元首付款;协议另含两项选择权,交易总额最高达6亿美元。"
    )
    pelican = next(d for d in deals(text) if "Pelican" in d.licensees[0].name)
    assert pelican.total is not None and pelican.total.stated
    assert usd(pelican, "total") == 600_000_000


def test_sponsor_named_beside_a_roundup_party_keeps_the_sentence_with_its_deal() -> None:
    text = (
        "NewCo交易盘点\n\n"
        "3月5日,青禾生物宣布将GX-101授予Harbor Pharma。"
        "6月8日,甘霖药业宣布将GL-202授予Corvid Bio。"
        "Corvid是由美国公司Northpeak Bio组建的新公司。"
    )
    corvid = next(d for d in deals(text) if d.licensees[0].name == "Corvid Bio")
    assert corvid.deal_type == "newco"


def test_licensor_taking_licensee_shares_is_a_newco() -> None:
    text = (
        "甘霖药业宣布将GL-303的全球权利授予Corvid Bio,甘霖药业将获得500万美元首付款,"
        "并取得Corvid约15%的股权。"
    )
    [deal] = deals(text)
    assert deal.deal_type == "newco"


def test_licensee_buying_licensor_shares_is_not_a_newco() -> None:
    text = "甘霖药业宣布将GL-303的全球权利授予辉瑞,辉瑞将取得甘霖药业约5%的股权。"
    [deal] = deals(text)
    assert deal.deal_type == "license"


def test_co_development_agreement_wins_over_a_later_option() -> None:
    text = "青禾生物与辉瑞达成共同开发协议,双方分担全球开发成本;辉瑞还获得另一款分子的独家选择权。"
    [deal] = deals(text)
    assert deal.deal_type == "co-development"


def test_greater_china_spelt_out_as_places_is_china() -> None:
    text = (
        '青禾生物宣布从Pelican Therapeutics引进PX-310在中国大陆、香港、澳门和台湾(合称"大中华区")'
        "的开发和商业化权利。"
    )
    [deal] = deals(text)
    assert deal.territory_class == "china"


def test_named_foreign_countries_are_regional() -> None:
    text = "青禾生物宣布将GX-101在美国和加拿大的开发和商业化权利授予Harbor Pharma。"
    [deal] = deals(text)
    assert deal.territory_class == "regional"


def test_codes_starting_with_a_digit_and_inns_before_function_words_are_assets() -> None:
    text = "青禾生物宣布与辉瑞达成协议,将禾瑞普单抗在美国的开发权利及7QH2208授予辉瑞。"
    [deal] = deals(text)
    assert {a.name for a in deal.assets} >= {"禾瑞普单抗", "7QH2208"}


def test_lowercase_latin_inn_is_an_asset() -> None:
    text = "青禾生物宣布从Pelican Therapeutics引进新型降脂药pelacitide在中国的权利。"
    [deal] = deals(text)
    assert [a.name for a in deal.assets] == ["pelacitide"]


def test_signed_announcement_is_announced_on_its_signature_date() -> None:
    text = (
        "甘霖药业股份有限公司关于签署许可协议的公告\n\n"
        "甘霖药业近日与Brightwave Therapeutics签署许可协议,获得首付款1000万美元。\n\n"
        "特此公告。\n\n甘霖药业股份有限公司董事会\n二〇二五年十二月三十日\n"
    )
    [deal] = deals(text)
    assert deal.announced == date(2025, 12, 30)
    assert signature_date(text) is not None


def test_dateline_gives_the_year_of_a_day_in_the_body() -> None:
    text = (
        "青禾生物授权辉瑞\n\n新华财经 2024-03-05\n\n"
        "3月4日,青禾生物宣布与辉瑞达成独家许可协议。2023年公司营收增长。"
    )
    [deal] = deals(text)
    assert deal.announced == date(2024, 3, 4)
    assert dateline(text) is not None


def test_date_in_the_lead_sentence_is_not_a_dateline() -> None:
    assert dateline("标题\n2025年3月4日,青禾生物宣布与辉瑞达成协议。") is None


def test_main_deal_dated_only_in_the_body_gets_that_date() -> None:
    text = (
        "回顾:青禾生物出海\n\n【导语】青禾生物是较早出海的公司之一。\n\n"
        "2019年8月1日,青禾生物公告,与辉瑞达成独家许可协议。"
    )
    [deal] = deals(text)
    assert deal.announced == date(2019, 8, 1)


def test_further_deal_with_a_day_but_no_year_takes_the_year_of_the_text() -> None:
    text = (
        "2024年授权盘点\n\n3月5日,青禾生物宣布将GX-101授予Harbor Pharma。"
        "6月8日,甘霖药业宣布将GL-202授予Corvid Bio。"
    )
    corvid = next(d for d in deals(text) if d.licensees[0].name == "Corvid Bio")
    assert corvid.announced == date(2024, 6, 8)


def test_month_only_date_stays_unknown() -> None:
    text = "2024年授权盘点\n\n8月初,青禾生物宣布将GX-101授予Harbor Pharma。"
    [deal] = deals(text)
    assert deal.announced is None
