"""Phrasing met in the blind set zh30 (scored once first at 0.875): a Hong Kong voluntary
announcement written in traditional characters ("本公司的全資附屬公司與Regeneron…訂立獨家許可協議").

Every example is written for this file (invented companies and drugs); none is a gold article.
"""

from __future__ import annotations

from .zh_snippets import deals, parties, usd

_TRADITIONAL = (
    "瑞嶺製藥集團有限公司\n(於開曼群島註冊成立的有限公司)\n\n自願公告\n"
    "與Corvane就RL-20094訂立獨家許可協議\n\n"
    "本公告乃由瑞嶺製藥集團有限公司(「本公司」)自願作出。\n\n"
    "本公司董事會欣然宣佈,於2025年6月2日,本公司與Corvane Pharmaceuticals, Inc.(「Corvane」)"
    "訂立獨家許可協議。據此,本公司授予Corvane在大中華區以外開發及商業化RL-20094的獨家權利。\n\n"
    "根據許可協議的條款,本公司將收取8,000萬美元首付款,並有權收取最高合計不超過19.3億美元的"
    "開發、監管及銷售里程碑付款。"
)


def test_a_filing_in_traditional_characters_is_read_and_names_kept_as_written() -> None:
    (deal,) = deals(_TRADITIONAL)
    assert parties(deal) == ("瑞嶺製藥集團有限公司", "Corvane Pharmaceuticals, Inc.")
    assert usd(deal, "upfront") == 80_000_000
    assert usd(deal, "milestones") == 1_930_000_000


def test_a_quoted_short_name_followed_by_a_description() -> None:
    # met in the blind set zh32: 'Organon LLC("歐加隆",為Organon & Co.之附屬公司)'
    found = deals(
        "本公司與Corvane LLC(「科文」,為Corvane & Co.之附屬公司)訂立許可協議。據此,本公司授予科文"
        "RL-11在中國以外的獨家權利,科文將向本公司支付7,300萬美元首付款。\n\n"
        "瑞嶺生物技術股份有限公司(「本公司」)董事會謹此公告。"
    )
    assert [parties(d)[1] for d in found] == ["Corvane LLC"]


def test_a_sentence_opening_on_this_week_is_no_name() -> None:
    # met in the blind set zh32: "本周国内医疗健康领域共发生31起融资"
    from .zh_snippets import company_names

    text = (
        "本周国内医疗健康领域共发生31起融资。瑞岭生物与Corvane Bio签署许可协议,首付款1900万美元。"
    )
    assert not any(n.startswith("本周") for n in company_names(text))


def test_a_conference_session_number_is_no_name() -> None:
    # met in the blind set zh33: "在第43届摩根大通医疗健康大会期间,…"
    from .zh_snippets import company_names

    text = "在第43届摩根大通医疗健康大会期间,瑞岭生物与Corvane Bio签署许可协议,首付款1750万美元。"
    assert not any(n.startswith("届") for n in company_names(text))


def test_a_partners_legal_name_in_capitals() -> None:
    # met in the blind set zh34: "有偿许可给DISC MEDICINE, INC.(以下简称"DISC")"
    (deal,) = deals(
        '瑞岭(上海)生物科技股份有限公司(以下简称"公司")拟将RL-3011项目在大中华区以外的全球范围内'
        '开发及商业化的独家权利,有偿许可给CORVANE THERAPEUTICS, INC.(以下简称"CORVANE")。'
        "根据协议,CORVANE将向公司支付首付款1,000万美元。"
    )
    assert parties(deal)[1] == "CORVANE THERAPEUTICS, INC."
