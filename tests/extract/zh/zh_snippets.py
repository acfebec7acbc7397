"""Helpers shared by the Chinese phrasing tests (test_zh_phenomena*.py): run the real
extractor on an invented snippet and read back its parties and amounts."""

from __future__ import annotations

from dealradar.extract import extract
from dealradar.extract.zh.companies import find_companies
from dealradar.extract.zh.text import fold
from dealradar.model import Deal


def deals(text: str) -> list[Deal]:
    return extract(text, language="zh")


def parties(deal: Deal) -> tuple[str, str]:
    return deal.licensors[0].name, deal.licensees[0].name


def usd(deal: Deal, kind: str) -> int | None:
    money = deal.payment(kind)
    return None if money is None else int(money.amount)


def company_groups(text: str) -> list[set[str]]:
    """The names the company finder groups as one company, for each company of `text`."""
    return [set(ns) for ns in find_companies(fold(text)).names.values()]


def company_names(text: str) -> set[str]:
    return {n for g in company_groups(text) for n in g}
