"""End to end: grounding of every field, hand-written articles, robustness on odd input."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealradar.extract import detect_language, extract
from dealradar.model import Deal

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles" / "zh"
CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "dev-zh"
TEXTS = sorted(ARTICLES.glob("*.txt")) + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])


def assert_grounded(text: str, deals: list[Deal]) -> None:
    for deal in deals:
        for ev in deal.evidence:
            assert text[ev.start : ev.end] == ev.quote, ev


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_every_evidence_quotes_its_span(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    deals = extract(text, language="zh")
    assert_grounded(text, deals)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_every_stated_figure_has_evidence(path: Path) -> None:
    for deal in extract(path.read_text(encoding="utf-8"), language="zh"):
        for kind in ("upfront", "near_term", "milestones", "equity"):
            if deal.payment(kind) is not None:
                assert deal.evidence_for(kind), kind
        if deal.total is not None and deal.total.stated:
            assert deal.evidence_for("total")


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "？？？", "abc 123", "的的的的", "亿亿亿美元"])
def test_junk_gives_no_deal(text: str) -> None:
    assert extract(text, language="zh") == []


def test_full_width_digits_and_punctuation_are_read_and_quoted_as_written() -> None:
    text = (
        "２０２５年３月５日，甲乙生物宣布与辉瑞达成独家许可协议，"
        "获得１．５亿美元首付款（不可退还）。"
    )
    [deal] = extract(text)
    assert deal.upfront is not None and deal.upfront.amount == 150_000_000
    assert deal.evidence_for("upfront")[0].quote == "１．５亿美元"
    assert str(deal.announced) == "2025-03-05"
    assert_grounded(text, [deal])


def test_mixed_chinese_english_article_is_routed_to_chinese() -> None:
    text = "Hengrui 恒瑞医药宣布与 GSK 达成协议,将 HRS-9821 的全球权益授予 GSK,首付款5亿美元。"
    assert detect_language(text) == "zh"
    [deal] = extract(text)
    assert deal.licensor is not None and deal.licensor.name == "恒瑞医药"
    assert deal.upfront is not None and deal.upfront.amount == 500_000_000


def test_cny_amount_gets_a_usd_equivalent_at_the_announced_date() -> None:
    text = "2024年3月5日,甲乙生物宣布与辉瑞达成独家许可协议,获得人民币7.2亿元首付款。"
    [deal] = extract(text)
    assert deal.upfront is not None and deal.upfront.currency == "CNY"
    assert deal.upfront.usd is not None and 90_000_000 < deal.upfront.usd < 110_000_000


def test_no_total_stated_is_derived_and_marked() -> None:
    text = "甲乙生物宣布与辉瑞达成独家许可协议,获得1亿美元首付款及最高9亿美元的里程碑付款。"
    [deal] = extract(text)
    assert deal.total is not None and deal.total.amount == 1_000_000_000
    assert not deal.total.stated


def test_text_ending_right_after_a_company_name_is_read() -> None:
    """A company suffix ("医药") as the very last characters used to raise IndexError."""
    text = "恒瑞医药与GSK达成许可协议,合作方为恒瑞医药"
    deals = extract(text, language="zh")
    assert [(d.licensor.name, d.licensee.name) for d in deals if d.licensor and d.licensee] == [
        ("恒瑞医药", "GSK")
    ]
    assert_grounded(text, deals)
