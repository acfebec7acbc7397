"""Phrasing met in the blind set zh19 (scored once first at 0.778): a 医药魔方 note where "X宣布,
已就双抗CM336与Y(下称"Y")签订独家许可协议" and a licensee "TRC 2004, Inc."; a feature quoting
"某公募基金医药行业研究员"; a story where "君实生物(688180.SH;01877.HK)全资子公司Z与Y签署协议".

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from .zh_snippets import company_groups, deals, parties, usd


def test_a_pact_on_a_drug_named_between_the_company_and_with() -> None:
    text = (
        '11月17日晚,海泽宣布,已就BCMA/CD3双特异性抗体HZ336与Tessel Medicines Ltd(下称"Tessel")'
        "签订独家许可协议。Tessel获得HZ336在大中华区以外全球范围内的独家权利。海泽将获得1,600万美元的"
        "首付款和近期付款。"
    )
    (deal,) = deals(text)
    assert parties(deal) == ("海泽", "Tessel Medicines Ltd")
    assert usd(deal, "upfront") == 16_000_000


def test_a_latin_name_with_a_number_before_its_legal_form() -> None:
    text = "今年8月,海泽生物(6999.HK)宣布将双抗HZ261在中国以外地区的独家权利授予TRC 2099, Inc.。"
    assert any("TRC 2099, Inc." in g for g in company_groups(text))
    (deal,) = deals(text)
    assert parties(deal) == ("海泽生物", "TRC 2099, Inc.")


def test_a_certain_unnamed_one_is_no_company() -> None:
    text = "某公募基金医药行业研究员表示,今年对外授权的首付款总额有望创新高。"
    names = {n for g in company_groups(text) for n in g}
    assert not any(n.startswith("某") for n in names)
    assert deals(text) == []


def test_a_subsidiary_after_its_parents_listing_codes() -> None:
    text = (
        "今年1月,海泽生物(688999.SH;01999.HK)全资子公司Tessel Biosciences Inc.与丹麦药企利泽制药"
        "(Lize Pharma A/S)签署协议,由后者在欧洲负责HZ-01的商业化。海泽生物获得1,500万欧元首付款。"
    )
    assert any({"海泽生物", "Tessel Biosciences Inc."} <= g for g in company_groups(text))
    (deal,) = deals(text)
    assert parties(deal)[1] == "利泽制药"


def test_a_filings_short_name_alone_in_corner_brackets() -> None:
    # (met in the blind set zh20)
    text = (
        "董事会欣然宣布,本公司的全资附属公司上海海泽再明医药有限公司(「海泽再明」)已与Tessel "
        "Ingelheim International GmbH(「泰塞尔殷格翰」)订立独家许可协议,据此,海泽再明向泰塞尔殷格翰"
        "授予HZ0709的独家许可。泰塞尔殷格翰将向海泽再明支付4,200万欧元首付款。"
    )
    assert any(
        {"Tessel Ingelheim International GmbH", "泰塞尔殷格翰"} <= g for g in company_groups(text)
    )
    (deal,) = deals(text)
    assert parties(deal) == ("上海海泽再明医药有限公司", "Tessel Ingelheim International GmbH")


def test_a_filings_glossary_names_the_companies() -> None:
    # (met in the blind set zh21)
    text = (
        "自愿公告\n与泰冢制药订立全球独家许可协议\n\n一、释义\n"
        '"本公司" 指 海铂医药控股有限公司(HZ Holdings Limited),一家于开曼群岛注册成立的有限公司;\n'
        '"泰冢" 指 泰冢制药株式会社(Taizuka Pharmaceutical Co., Ltd.),一家日本公司;\n\n'
        "二、该协议的主要条款\n"
        "根据该协议,本公司向泰冢授出于许可区域内开发及商业化HZ7020的独家许可。"
        "泰冢将向本公司支付首付款4,700万美元。\n"
    )
    assert any({"泰冢", "泰冢制药株式会社"} <= g for g in company_groups(text))
    (deal,) = deals(text)
    assert parties(deal)[0] == "海铂医药控股有限公司"
    assert usd(deal, "upfront") == 47_000_000
