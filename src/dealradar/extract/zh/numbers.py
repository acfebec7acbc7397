"""Chinese and mixed numerals as exact Decimals: `十亿`, `1.8亿`, `5000万`, `4,500万`, `4千亿`.

Deal sizes are quoted in 万 (10^4) and 亿 (10^8), with Arabic digits, Chinese digits or both.
Pure Chinese numerals go through `cn2an` (a maintained converter); the mixed forms news
uses ("1.8亿", "4千亿", "1亿5000万") are a digit part times the product of its unit characters,
which needs no library. Vague counts ("数千万", "十几亿") are not numbers and give None.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

UNIT_VALUES: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
CHINESE_DIGITS = "零〇一二两三四五六七八九"

#: Arabic digits (thousands commas allowed) followed by optional unit characters.
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
#: A Chinese numeral: starts with a digit or 十, may carry any unit characters.
CHINESE = r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*"
#: A number as written before a currency: "1.8亿", "1亿5000万", "4千亿", "十二亿五千万".
NUMBER = rf"(?:{ARABIC}[十百千万亿]*(?:{ARABIC}[千百十万]*)?|{CHINESE})"
NUMBER_RE = re.compile(NUMBER)


def unit_multiplier(units: str) -> int:
    """The value of a run of unit characters: "千万" → 10^7, "亿" → 10^8, "" → 1."""
    value = 1
    for ch in units:
        value *= UNIT_VALUES[ch]
    return value


@lru_cache(maxsize=4096)  # figures recur ("1亿", "5000万"); Decimal values are immutable
def parse_number(written: str) -> Decimal | None:
    """The exact value of a written number, or None when it is not a definite number.

    Args:
        written: digits and unit characters as they appear, e.g. "1.8亿", "4,500万", "十亿".

    Returns:
        The value as a Decimal ("1.8亿" → 180000000), or None for vague or malformed input.
    """
    text = written.strip().replace(",", "")
    if not text:
        return None
    if text[0].isdigit():
        return _parse_mixed(text)
    return _parse_chinese(text)


_MIXED = re.compile(r"(\d+(?:\.\d+)?)([十百千万亿]*)(?:(\d+)([十百千万]*))?")


def _parse_mixed(text: str) -> Decimal | None:
    """Digits with units, including a second digit group: "1亿5000万" = 1亿 + 5000万."""
    match = _MIXED.fullmatch(text)
    if not match:
        return None
    head, head_units, tail, tail_units = match.groups()
    try:
        value = Decimal(head) * unit_multiplier(head_units)
    except InvalidOperation:
        return None
    if tail:
        if not head_units or not tail_units:
            return None  # "1亿5" is ambiguous; refuse rather than guess
        value += Decimal(tail) * unit_multiplier(tail_units)
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


@lru_cache(maxsize=1024)
def _parse_chinese(text: str) -> Decimal | None:
    if not re.fullmatch(CHINESE, text):
        return None
    import cn2an  # imported lazily: it costs ~0.2 s and only Chinese numerals need it

    try:
        value = cn2an.cn2an(text.replace("两", "二"), "normal")
    except (ValueError, KeyError, IndexError):
        return None
    result = Decimal(str(value))
    return Decimal(int(result)) if result == result.to_integral_value() else result
