"""Which figure is which payment: keyword position, combined figures, distractors, skips."""

from __future__ import annotations

import pytest

from dealradar.extract.zh.money import find_money
from dealradar.extract.zh.terms import classify, collect, pick
from dealradar.extract.zh.text import fold


def kinds(sentence: str) -> list[str | None]:
    text = fold(sentence)
    mentions = find_money(text)
    return [classify(text, m, mentions) for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("乙方将获得8000万美元首付款,交易总金额达15.3亿美元。", ["upfront", "total"]),
        ("首付款为5亿美元、总额50亿美元。", ["upfront", "total"]),
        ("乙方将支付3亿美元不可退还、不可抵扣的首付款。", ["upfront"]),
        ("还可获得最高19亿美元的里程碑付款。", ["milestones"]),
        ("最高5亿美元的近期或有付款。", ["near_term"]),
        ("出资1亿美元认购甲方的普通股。", ["equity"]),
        ("拟以约12亿美元全资收购丙公司。", ["total"]),
        ("交割时的现金对价约10亿美元。", ["upfront"]),
        ("支付首付款及近期里程碑付款共5000万美元。", ["upfront"]),
        ("两笔预付款合计4700万美元。", ["upfront"]),
        ("若开发、注册和销售里程碑全部达成,公司还将获得最高71亿美元的额外付款。", ["milestones"]),
        ("甲方将收取至多4.92亿美元总里程碑付款,其中包含1500万美元首付款。", ["total", "upfront"]),
    ],
)
def test_payment_word_names_the_figure(sentence: str, expected: list[str]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "公司2023年营收达601亿美元。",
        "该品类全球市场规模有望突破1300亿美元。",
        "A股累计回购金额约人民币34,835.58万元。",
        "2024年全年中国创新药对外授权交易为94笔,总金额约519亿美元。",
        "公司将计提1.12亿美元的税前费用。",
        "公司完成一轮6亿美元的融资。",
        "Vor Bio另向荣普合伙发行价值8,000万美元的认股权证。",
        "普通股股东每股可获得2美元现金。",
        "触发第一笔2.5亿美元的近期或有付款。",
    ],
)
def test_distractor_or_restated_figure_is_no_term(sentence: str) -> None:
    assert all(kind is None for kind in kinds(sentence))


def test_currency_conversion_restates_the_total() -> None:
    assert kinds("合作总额最高可达20.12亿美元,约合人民币146.6亿元。") == ["total", None]


def test_milestone_parts_in_one_sentence_are_summed() -> None:
    text = fold(
        "并有资格获得最高16.2亿美元的潜在研发里程碑付款和最高36.0亿美元的潜在销售里程碑付款。"
    )
    mentions = find_money(text)
    chosen = pick(collect(text, mentions, mentions), "milestones", text)
    assert chosen is not None and chosen[0] == 5_220_000_000 and len(chosen[1]) == 2


def test_restated_upfront_is_counted_once() -> None:
    text = fold("获得1.12亿美元首付款。分析认为,1.12亿美元首付款符合预期。")
    mentions = find_money(text)
    chosen = pick(collect(text, mentions, mentions), "upfront", text)
    assert chosen is not None and chosen[0] == 112_000_000
