"""The descriptive fields of a deal: territory, deal type, royalties and assets.

Each reader takes the text stretches that belong to one deal and returns the field with the
span it was read from, so the caller can ground it. Territory prefers an explicit exclusion
("中国大陆、香港…以外的全球", "全球(不包括中国大陆)") over a bare "全球" and that over "海外".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dealradar.model.vocab import DealType, TerritoryClass

Span = tuple[int, int]

_PLACE = (
    r"(?:中国大陆|中国内地|中国香港|中国澳门|中国台湾|大中华区|大中华地区|大中华|中国|"
    r"香港特别行政区|澳门特别行政区|台湾地区|香港|澳门|台湾|亚洲|日本|韩国|美国|欧洲|北美)"
)
_REGION = rf"{_PLACE}(?:(?:、|和|及|与|以及)?{_PLACE})*"
_EXCLUSION = re.compile(
    rf"除?{_REGION}(?:地区)?(?:以外|之外)(?:的)?(?:全球(?:范围|市场|其他地区)?|其他地区|地区|区域)?"
)
_NOT_INCLUDING = re.compile(r"全球(?:范围)?\s?[(](?:不包括|不含|除)[^()]{1,40}[)]")
_GLOBAL = re.compile(
    r"全球(?:范围内?|市场)?(?:的)?(?:独家)?(?=开发|权利|权益|许可|合作|商业化|生产|范围)"
)
_OVERSEAS = re.compile(r"海外(?=权益|权利|市场)")
_CHINA = re.compile(r"(?:大中华区|中国(?:大陆|内地)?)(?:地区)?的(?:独家)?(?=开发|商业化|权利|权益)")
_CHINA_DEFINED_WIDE = re.compile(
    r"\"?中国\"?的?(?:定义)?(?:包括|包含|含)[^。;]{0,20}(?:香港|澳门|台湾)"
)


def territory(text: str, spans: Sequence[Span]) -> tuple[str, TerritoryClass, Span] | None:
    """The territory a deal grants, its class, and where it is written, if the text says."""
    for pattern in (_NOT_INCLUDING, _EXCLUSION, _GLOBAL, _OVERSEAS, _CHINA):
        for start, end in spans:
            match = pattern.search(text, start, end)
            if match:
                written = match.group()
                return written, _territory_class(text, pattern, written), match.span()
    return None


def _territory_class(text: str, pattern: re.Pattern[str], written: str) -> TerritoryClass:
    if pattern is _GLOBAL:
        return "global"
    if pattern is _OVERSEAS:
        return "ex-china"
    if pattern is _CHINA:
        return "china"
    if "大中华" in written or re.search("香港|澳门|台湾", written):
        return "ex-greater-china"
    if "中国" in written:
        return "ex-greater-china" if _CHINA_DEFINED_WIDE.search(text) else "ex-china"
    return "regional"


_ACQUISITION_OF_ASSET = re.compile(r"收购(?:其|该|相关)?[^,;。\s]{0,8}?(?:资产|产品|管线)")
_NEWCO = re.compile(r"NewCo|Newco|新设立的|新成立的|新公司")
_OPTION = re.compile(r"选择权协议|许可选择协议|选择协议|期权协议|独家选择权|option agreement")
_CO_DEVELOPMENT = re.compile(
    r"共同开发(?:和|及|与|、)?(?:共同)?商业化|共同商业化|联合开发和商业化|共担(?:开发)?成本"
)
_COLLABORATION = re.compile(r"研究合作|研发合作|战略合作|合作研发|发现合作|共同发现|平台合作")
_LICENSE_WORDS = re.compile(r"授予|许可给|授权给|许可协议|授权协议|授权许可")


def deal_type(text: str, spans: Sequence[Span], acquisition: bool) -> tuple[DealType, Span | None]:
    """The deal type told by the words of the deal's own sentences."""
    joined = [(s, e, text[s:e]) for s, e in spans]

    def first(pattern: re.Pattern[str]) -> Span | None:
        for start, _end, chunk in joined:
            match = pattern.search(chunk)
            if match:
                return start + match.start(), start + match.end()
        return None

    if acquisition:
        hit = first(_ACQUISITION_OF_ASSET)
        return ("asset-purchase", hit) if hit else ("acquisition", first(re.compile("收购")))
    for kind, pattern in (
        ("newco", _NEWCO),
        ("option", _OPTION),
        ("co-development", _CO_DEVELOPMENT),
    ):
        hit = first(pattern)
        if hit:
            return kind, hit  # type: ignore[return-value]
    hit = first(_COLLABORATION)
    if hit and first(_LICENSE_WORDS) is None:
        return "collaboration", hit
    return "license", first(_LICENSE_WORDS)


_ROYALTY = re.compile(
    r"(?:按|基于|根据|以)[^,;。]{0,30}?(?:销售分成|销售提成|提成|分成|特许权使用费|许可使用费|royalt\w*)"
)
_ROYALTY_BARE = re.compile(r"[^,;。]{0,20}?(?:销售分成|销售提成|特许权使用费|royalt\w*)")


def royalties(text: str, spans: Sequence[Span]) -> tuple[str, Span] | None:
    """The royalty terms as written ("按净销售额收取低个位数至低两位数比例的销售提成")."""
    for pattern in (_ROYALTY, _ROYALTY_BARE):
        for start, end in spans:
            match = pattern.search(text, start, end)
            if match:
                s, e = match.span()
                while s < e and text[s] in "以及并和此外另 ":
                    s += 1
                return text[s:e], (s, e)
    return None


_CODE = re.compile(
    r"(?<![A-Za-z0-9\-])[A-Z]{1,5}(?:-[A-Z]{0,2})?\d[A-Z0-9]{1,7}(?:-\d{1,3})?(?![A-Za-z0-9])"
)
_INN = re.compile(
    r"[\u4e00-\u9fff]{2,5}?(?:单抗|西普|替尼|鲁肽|替康|拉肽|奇拜|司他)(?![\u4e00-\u9fff])"
)
_INN_STOP = re.compile(r"[的了是在与和及将为款个种该其这]")


def assets(text: str, spans: Sequence[Span]) -> list[tuple[str, Span]]:
    """Drug codes (HRS-9821, SSGJ-707, BL-B01D1) and INNs (泰它西普) named in the spans."""
    out: list[tuple[str, Span]] = []
    seen: set[str] = set()
    for start, end in spans:
        found = [m for m in _CODE.finditer(text, start, end) if _is_code(m.group())]
        found += [m for m in _INN.finditer(text, start, end) if not _INN_STOP.search(m.group())]
        for match in sorted(found, key=lambda m: m.start()):
            if match.group() not in seen:
                seen.add(match.group())
                out.append((match.group(), match.span()))
    return out


def _is_code(code: str) -> bool:
    digits = sum(c.isdigit() for c in code)
    return digits >= 3 and not re.fullmatch(r"(?:19|20)\d{2}", code)
