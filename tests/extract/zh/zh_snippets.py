"""Helpers shared by the Chinese phrasing tests (test_zh_phenomena*.py): run the real
extractor on an invented snippet and read back its parties and amounts."""

from __future__ import annotations

from dealradar.extract import extract
from dealradar.model import Deal


def deals(text: str) -> list[Deal]:
    return extract(text, language="zh")


def parties(deal: Deal) -> tuple[str, str]:
    return deal.licensors[0].name, deal.licensees[0].name


def usd(deal: Deal, kind: str) -> int | None:
    money = deal.payment(kind)
    return None if money is None else int(money.amount)
