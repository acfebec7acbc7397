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
