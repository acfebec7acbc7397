"""Companies and roles: who grants rights (licensor) and who receives them (licensee)."""

from __future__ import annotations

import pytest

from dealradar.extract import extract
from dealradar.extract.zh.companies import find_companies
from dealradar.extract.zh.text import fold


def parties(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (d.licensor.name if d.licensor else None, d.licensee.name if d.licensee else None)
        for d in extract(text, language="zh")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("和誉医药将ABSK021的全球权益授予默克,首付款7000万美元。", ("和誉医药", "默克")),
        (
            "康哲药业从美国Arcutis Biotherapeutics公司引进罗氟司特乳膏在中国的权利。",
            ("Arcutis Biotherapeutics", "康哲药业"),
        ),
        ("礼来宣布以13亿美元收购维泰瑞隆医药。", ("维泰瑞隆医药", "礼来")),
        ("辉瑞与科济药业达成独家许可协议,科济药业将获得1亿美元首付款。", ("科济药业", "辉瑞")),
        (
            "诺诚健华与Prolium Bioscience签署许可协议,Prolium Bioscience将向诺诚健华支付首付款。",
            ("诺诚健华", "Prolium Bioscience"),
        ),
    ],
)
def test_direction_of_rights_is_read(text: str, expected: tuple[str, str]) -> None:
    assert parties(text)[0] == expected


def test_unnamed_overseas_partner_leaves_licensee_empty() -> None:
    text = "石药集团将SYS6002的海外权益授权给一家美国生物技术公司,首付款1500万美元。"
    assert parties(text) == [("石药集团", None)]


def test_subsidiary_acts_for_its_parent() -> None:
    text = fold("普瑞金宣布与吉利德旗下Kite Pharma合作,将全球权益授予Kite。")
    companies = find_companies(text)
    entity = {m.surface: m.entity for m in companies.mentions}
    assert entity["吉利德"] == entity["Kite Pharma"] == entity["Kite"]
    [(licensor, licensee)] = parties(text)
    assert licensor == "普瑞金" and licensee in {"吉利德", "Kite Pharma", "Kite"}


def test_definition_and_short_form_join_one_company() -> None:
    text = fold('苏州宜联生物医药有限公司(下称"宜联生物")宣布与罗氏达成协议。宜联将获得首付款。')
    companies = find_companies(text)
    entities = {m.surface: m.entity for m in companies.mentions}
    assert entities["苏州宜联生物医药有限公司"] == entities["宜联生物"]


def test_roundup_gives_each_deal_its_own_parties() -> None:
    text = (
        "两笔交易:\n——科望医药宣布与Ollin Biosciences合作,将ES009的全球权益授予Ollin Biosciences,"
        "交易总额最高4.5亿美元;\n——明慧医药与恩沃生物也各自公布了对外合作,其中明慧医药的交易金额为"
        "9600万美元。"
    )
    deals = extract(text, language="zh")
    names = {(d.licensor.name if d.licensor else None) for d in deals}
    assert names == {"科望医药", "明慧医药", "恩沃生物"}
    amounts = {d.licensor.name: d.total for d in deals if d.licensor}
    assert amounts["明慧医药"] is not None and amounts["明慧医药"].amount == 96_000_000
    assert amounts["恩沃生物"] is None


def test_clinical_combination_is_not_a_deal() -> None:
    text = "默沙东的K药目前正与阿斯利康的产品联合开展多项临床研究。"
    assert parties(text) == []
