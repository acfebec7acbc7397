"""The descriptive fields of a deal: territory, deal type, royalties and assets.

Each reader takes the text stretches that belong to one deal and returns the field with the
span it was read from, so the caller can ground it. Territory prefers an explicit exclusion
("中国大陆、香港…以外的全球", "全球(不包括中国大陆)") over a bare "全球" and that over "海外".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from dealradar.extract.zh.text import clause_at, is_han
from dealradar.model.vocab import DealType, TerritoryClass

Span = tuple[int, int]

_PLACE = (
    r"(?:中国大陆|中国内地|中国香港|中国澳门|中国台湾|大中华区|大中华地区|大中华|中国|"
    r"香港特别行政区|澳门特别行政区|台湾地区|香港|澳门|台湾|亚洲|日本|韩国|美国|欧洲|北美|"
    r"加拿大|英国|德国|法国|澳大利亚|新加坡|印度|东南亚|中东|拉丁美洲|拉美|俄罗斯|欧盟|"
    r"亚太|非洲|独联体|西欧|东欧|中东欧|北欧|南美|大洋洲|瑞士|意大利|西班牙|泰国|马来西亚)"
)
_REGION = rf"{_PLACE}(?:(?:、|和|及|与|以及)?{_PLACE})*"
#: A list of markets a deal names, as `_IN_REGION` reads it: places, each with a short
#: qualifier ("亚太部分地区", "独联体国家", "欧洲其他部分地区"), and after the first one any
#: short name ("安道尔、摩纳哥"), up to the "的" or the verb that closes the list.
_COUNTRIES = r"\d+个[\u4e00-\u9fff]{0,8}?国家"  # "18个中东欧国家"
_QUALIFIER = rf"(?:{_COUNTRIES}|(?:其他)?(?:部分)?(?:地区|国家))?"
#: "亚太(不包括新加坡、泰国)": a market may carry its own exception.
_EXCEPT = r"(?:\([^()]{1,30}\))?"
_MARKETS = (
    rf"{_PLACE}{_QUALIFIER}{_EXCEPT}"
    rf"(?:(?:、|和|及|与|以及)(?:{_PLACE}{_QUALIFIER}|{_COUNTRIES}|[\u4e00-\u9fff]{{2,6}}?){_EXCEPT})*"
)
#: The first characters of the places: a lookahead on them (and 除) is implied by `_EXCLUSION`
#: and spares the engine trying every place name at every position of a sentence.
_PLACE_FIRSTS = "".join(sorted({word[0] for word in _PLACE[3:-1].split("|")}))
_EXCLUSION = re.compile(  # "除大中华区外的全球": a bare 外 needs the 除
    rf"(?=[除{_PLACE_FIRSTS}])(?:除{_REGION}(?:地区)?(?:以外|之外|外)|{_REGION}(?:地区)?(?:以外|之外))"
    r"(?:的)?(?:全球(?:范围|市场|其他地区)?|其他地区|地区|区域)?"
)
#: "全球(不包括中国大陆)", "全球(中国除外)": the world but a part named in a parenthesis.
_NOT_INCLUDING = re.compile(
    r"全球(?:范围)?\s?[(](?:(?:不包括|不含|除)[^()]{1,40}|[^()]{1,40}?(?:除外|以外|之外))[)]"
)
_GLOBAL = re.compile(  # not "全球权利的选择权": an option on global rights grants none yet
    r"全球(?![^,;。]{0,14}?(?:选择权|期权|优先谈判权|优先购买权))(?:范围内?|市场)?(?:的)?(?:独家)?"
    r"(?=开发|权利|权益|许可|合作|商业化|生产|范围|研发合作)"
)
#: "获得…全球独家开发和商业化许可的选择权": an option on global rights, the territory of a deal
#: that names no other (a deal granting rights elsewhere keeps those, see `_GLOBAL`).
_GLOBAL_OPTION = re.compile(
    r"全球(?=[^,;。]{0,14}?(?:选择权|期权))(?:范围内?|市场)?(?:的)?(?:独家)?(?=开发|权利|权益|许可)"
)
_OVERSEAS = re.compile(r"海外(?=权益|权利|市场)")
_CHINA = re.compile(r"(?:大中华区|中国(?:大陆|内地)?)(?:地区)?的(?:独家)?(?=开发|商业化|权利|权益)")
#: "在美国和加拿大的共同开发", "在中国大陆、香港、澳门和台湾(合称"大中华区")的开发": named places.
_IN_REGION = re.compile(
    rf"(?<=[在于就])(?P<region>{_REGION})(?:\s?\([^()]{{0,20}}\))?(?:地区|市场|区域|境内)?的?"
    r"(?:独家)?(?=(?:临床)?开发|(?:共同)?商业化|权利|权益|独家|生产|销售|共同)"
)
#: "在印度、亚太部分地区、中东和非洲…的独家开发和商业化权利", "在欧盟、英国…及欧洲其他部分地区的
#: 独家商业化权利", "taletrectinib的日本独家开发和商业化权利": a list of markets with qualifiers
#: and names `_PLACE` lacks. Tried before a vague "海外权益" of the headline, since it says where
#: the rights are; not after "保留" ("保留其在中国的权益": what the licensor keeps).
_IN_MARKETS = re.compile(
    # opens with a character class (not a lookbehind), so the engine skips in C to each 在/于/就/的
    rf"[在于就的](?P<region>{_MARKETS})(?:\s?\([^()]{{0,40}}\))?(?:地区|市场|区域|境内)?的?"
    # "…拉丁美洲的肿瘤适应症独家开发": the indications the rights cover may come first
    r"(?:[^,;。的]{1,8}?适应症的?)?(?:独家)?(?=(?:临床)?开发|(?:共同)?商业化|权利|权益|独家)"
)
_KEPT = re.compile(r"保留|仍拥有|仍持有|原本")
_CHINESE_PLACE = re.compile(r"中国|大中华|香港|澳门|台湾")
_CHINA_DEFINED_WIDE = re.compile(
    r"\"?中国\"?的?(?:定义)?(?:包括|包含|含)[^。;]{0,20}(?:香港|澳门|台湾)"
)


#: Words a hit of a territory pattern cannot lack: a text without them skips the pattern
#: (`_EXCLUSION` tries a list of places at every position, which costs more than the test).
_TERRITORY_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _NOT_INCLUDING: ("全球",),
    _EXCLUSION: ("以外", "之外", "除"),
    _GLOBAL: ("全球",),
    _GLOBAL_OPTION: ("全球",),
    _OVERSEAS: ("海外",),
}


def territory(
    text: str, spans: Sequence[Span], vague: bool = True
) -> tuple[str, TerritoryClass, Span] | None:
    """The territory a deal grants, its class, and where it is written, if the text says.

    With `vague` False a bare "海外权益" does not count: the caller asks a deal's lead first
    and only wants a territory it names.
    """
    for pattern in (
        _NOT_INCLUDING,
        _EXCLUSION,
        _GLOBAL,
        _IN_MARKETS,
        _OVERSEAS,
        _CHINA,
        _IN_REGION,
        _GLOBAL_OPTION,
    ):
        words = _TERRITORY_WORDS.get(pattern)
        if words is not None and not any(word in text for word in words):
            continue
        if pattern is _OVERSEAS and not vague:
            continue
        for start, end in spans:
            match = pattern.search(text, start, end)
            if pattern is _IN_MARKETS or pattern is _EXCLUSION:
                # "Y保留…在大中华区以外的全部权利": what the licensor keeps is not granted
                while match and _KEPT.search(
                    text, clause_at(text, match.start())[0], match.start()
                ):
                    match = pattern.search(text, match.end(), end)
            if pattern is _IN_MARKETS and match:  # the list alone, without "的独家"
                written = match.group("region")
                return written, _territory_class(text, pattern, written), match.span("region")
            if match:
                written = match.group()
                return written, _territory_class(text, pattern, written), match.span()
    return None


def _territory_class(text: str, pattern: re.Pattern[str], written: str) -> TerritoryClass:
    if pattern is _GLOBAL or pattern is _GLOBAL_OPTION:
        return "global"
    if pattern is _OVERSEAS:
        return "ex-china"
    if pattern is _CHINA:
        return "china"
    if pattern is _IN_REGION or pattern is _IN_MARKETS:
        places = _PLACE_RE.findall(written)
        return "china" if all(_CHINESE_PLACE.match(p) for p in places) else "regional"
    if "大中华" in written or "台湾" in written:
        return "ex-greater-china"
    if re.search("香港|澳门", written):  # "中国大陆、香港及澳门以外": Taiwan stays in the territory
        return "ex-china"
    if "中国" in written:
        return "ex-greater-china" if _CHINA_DEFINED_WIDE.search(text) else "ex-china"
    return "regional"


_PLACE_RE = re.compile(_PLACE)

#: Buying a product, its rights or a set of programmes, not the company: "收购…组合",
#: "收购处于III期临床的…的全球权利", "收购其持有的…50%的中国开发和商业化权益".
_ACQUISITION_OF_ASSET = re.compile(
    # "收购价格对应…管线": the price, not the object; "此次收购的核心资产包括": what a company
    # bought brings, not the object
    r"收购(?!价格|对价|完成|金额|事项|价|款|后|方|的核心)"
    r"(?:(?:其|该|相关)?[^,;。\s]{0,12}?(?:资产|产品|管线|组合)|[^,;。]{0,60}?(?:权益|权利))"
)
_NEWCO = re.compile(r"NewCo|Newco|新设立的|新成立的|新公司")
_OPTION = re.compile(
    r"选择权协议|许可选择协议|选择协议|期权协议|独家选择权|option agreement|"
    # "Y则拥有选择权", "获得…项目的全球独家许可选择权", "交易形式:选择权(option)"
    r"(?:拥有|享有|获得)[^,;。]{0,30}?选择权(?!的)|形式:\s?选择权"
)
_CO_DEVELOPMENT = re.compile(
    r"共同开发(?:和|及|与|、)?(?:共同)?商业化|共同商业化|联合开发和商业化|共担(?:开发)?成本|"
    r"(?:共同|联合)开发协议|分担[^,;。]{0,12}开发成本"
)
#: The licensor takes shares of the licensee ("取得Caldera约24.88%的股权"): a NewCo deal.
_LICENSEE_SHARES = re.compile(
    r"(?:获得|取得|持有|换取|发行)(?P<whose>[^,;。]{1,24}?)(?:\d+(?:\.\d+)?%|部分|少数)(?:的)?"
    r"(?:股权|股份)"
)
#: "将X在…的权利转让给Y", "将其持有的…权益出售给Y", "将X相关业务出售给Y": the rights (or the
#: product's business) are assigned or sold, not licensed: Y buys the asset.
_TRANSFER = re.compile(
    r"(?:权利|权益|业务|资产)(?:全部)?(?:转让|出售|卖回|售回)给|(?:权利|权益)[^,;。]{0,4}?交还"
)
_COLLABORATION = re.compile(r"研究合作|研发合作|战略合作|合作研发|发现合作|共同发现|平台合作")
_LICENSE_WORDS = re.compile(r"授予|许可给|授权给|许可协议|授权协议|授权许可")


_ACQUIRE = re.compile("收购")
#: A takeover's terms: cash per share, a merger agreement, a tender offer.
_TAKEOVER_TERMS = re.compile(
    r"每股[^,;。]{0,12}?(?:美元|港元|欧元|元)(?:的)?现金|合并协议|要约收购"
)


class _Joined:
    """A deal's sentences joined by "。", to search them all with one call per pattern.

    No hit of a deal-type pattern holds a "。" (none of their words and gaps has one), and none
    of them looks around its hit, so a hit in the joined text lies inside one sentence and is a
    hit of that sentence alone; the first hit of the joined text is the first hit of the first
    sentence that has one, which is what a search of each sentence in turn returns.
    """

    __slots__ = ("_offsets", "_starts", "text")

    def __init__(self, text: str, spans: Sequence[Span]) -> None:
        self._starts = [start for start, _end in spans]
        self._offsets: list[int] = []  # where each sentence begins in `self.text`
        at = 0
        for start, end in spans:
            self._offsets.append(at)
            at += end - start + 1
        self.text = "。".join(text[start:end] for start, end in spans)

    def span(self, match: re.Match[str]) -> Span:
        """The span of the original text a hit in the joined text stands for."""
        k = bisect_right(self._offsets, match.start()) - 1
        shift = self._starts[k] - self._offsets[k]
        return match.start() + shift, match.end() + shift

    def first(self, pattern: re.Pattern[str]) -> Span | None:
        """The span of the first hit of `pattern` in the sentences, if any."""
        match = pattern.search(self.text)
        return self.span(match) if match else None


def deal_type(
    text: str, spans: Sequence[Span], acquisition: bool, licensee: Sequence[str] = ()
) -> tuple[DealType, Span | None]:
    """The deal type told by the words of the deal's own sentences.

    Args:
        text: the folded text.
        spans: the deal's own sentences.
        acquisition: whether a pattern said one party buys the other.
        licensee: the licensee's names; the licensor taking its shares marks a NewCo.
    """
    joined = _Joined(text, spans)
    first = joined.first
    if not acquisition and first(_TAKEOVER_TERMS):
        acquisition = True  # "支付每股65.60美元现金": a price per share buys the company
    if acquisition:
        hit = first(_ACQUISITION_OF_ASSET)
        return ("asset-purchase", hit) if hit else ("acquisition", first(_ACQUIRE))
    option, co_development = first(_OPTION), first(_CO_DEVELOPMENT)
    hit = first(_NEWCO) or _shares_of(joined, licensee)
    if hit and (option is None or hit[0] < option[0]):  # an option on programmes run by NewCos
        return "newco", hit
    if co_development and (option is None or co_development[0] < option[0]):
        return "co-development", co_development  # "共同开发…并获得…的选择权": options are a part
    if option:
        return "option", option
    hit = first(_TRANSFER)
    if hit:
        return "asset-purchase", hit
    hit = first(_COLLABORATION)
    if hit and first(_LICENSE_WORDS) is None:
        return "collaboration", hit
    return "license", first(_LICENSE_WORDS)


_ROYALTY = re.compile(
    r"(?:按|基于|根据|以)[^,;。]{0,30}?(?:销售分成|销售提成|提成|分成|特许权使用费|许可使用费|royalt\w*)"
)
_ROYALTY_BARE = re.compile(r"[^,;。]{0,20}?(?:销售分成|销售提成|特许权使用费|royalt\w*)")
#: The words `_ROYALTY_BARE` ends with. Its leading gap makes it try 20 characters at every
#: position of a span, so a span is searched only when a cheap literal search finds one of them.
_ROYALTY_WORD = re.compile(r"销售分成|销售提成|特许权使用费|royalt")


def royalties(text: str, spans: Sequence[Span]) -> tuple[str, Span] | None:
    """The royalty terms as written ("按净销售额收取低个位数至低两位数比例的销售提成")."""
    for pattern in (_ROYALTY, _ROYALTY_BARE):
        for start, end in spans:
            if pattern is _ROYALTY_BARE and not _ROYALTY_WORD.search(text, start, end):
                continue
            match = pattern.search(text, start, end)
            if match:
                s, e = match.span()
                while s < e and text[s] in "以及并和此外另 ":
                    s += 1
                return text[s:e], (s, e)
    return None


#: "HRS-9821", "BL-B01D1", "2MW7141": a capital or digit not after a letter, digit or "-". The
#: first character is matched before the tests of the one before it (a lookbehind over two
#: characters) and of its kind, so the engine skips in C to the next capital or digit.
_CODE = re.compile(
    r"[A-Z\d](?<![A-Za-z0-9\-].)"
    r"(?:(?<=[A-Z])[A-Z]{0,4}(?:-[A-Z]{0,2})?\d[A-Z0-9]{1,7}(?:-\d{1,3})?"
    r"|(?<=\d)[A-Z]{1,3}\d{3,6})"
    # ("MET-097i": one lower-case letter may close a code)
    r"[a-z]?(?![A-Za-z0-9])"
)
#: The ending of a Chinese INN; the name is 2-5 characters before it.
_INN_END = re.compile(r"单抗|西普|替尼|鲁肽|替康|拉肽|奇拜|司他")
#: An INN stands alone or between function words: "就特瑞普利单抗在美国…", "授权X单抗海外权益".
_INN_BEFORE = frozenset("就将把对以与和及的在其即、为由")
_INN_BEFORE_WORDS = ("授权", "引进", "许可", "获得")
_INN_AFTER = re.compile(r"[在的与和及等为是已将于获联注]|海外|全球|大中华|中国")
#: A lowercase Latin INN inside Chinese text: "抑制剂lerodalcibep在", "JS016(etesevimab)".
_LATIN_INN = re.compile(r"[a-z]{7,}(?:-[a-z]{3,})?")
_NOT_INN = frozenset(
    [
        "biotech",
        "license",
        "licensing",
        "license-out",
        "license-in",
        "pipeline",
        "platform",
        "biopharma",
    ]
)
_INN_STOP = re.compile(r"[的了是在与和及将为款个种该其这]")


#: A trade name, marked "®": "择捷美®", "Cejemly®" (a Han one starts after a character that is
#: not Han, or after "商品名").
_BRAND = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9\-]{1,20}|(?:(?<![\u4e00-\u9fff])|(?<=商品名))[\u4e00-\u9fff]{2,5})®"
)


def assets(text: str, spans: Sequence[Span]) -> list[tuple[str, Span]]:
    """Drug codes (HRS-9821, SSGJ-707, BL-B01D1), INNs (泰它西普) and trade names (择捷美®)
    named in the spans."""
    out: list[tuple[str, Span]] = []
    seen: set[str] = set()
    brands = "®" in text
    for start, end in spans:
        found = [m.span() for m in _CODE.finditer(text, start, end) if _is_code(m.group())]
        found += _inns(text, start, end)
        if brands:
            found += [m.span() for m in _BRAND.finditer(text, start, end)]
        found += [
            m.span()
            for m in _LATIN_INN.finditer(text, start, end)
            if _inside_chinese(text, *m.span()) and m.group() not in _NOT_INN
        ]
        for s, e in sorted(found):
            if text[s:e] not in seen:
                seen.add(text[s:e])
                out.append((text[s:e], (s, e)))
    return out


def _inside_chinese(text: str, start: int, end: int) -> bool:
    """A Latin word set in Chinese text: a Han character or "(" before it, Han or ")、," after."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return (
        bool(before)
        and (before == "(" or is_han(before))
        and bool(after)
        and (after in "),、(" or is_han(after))
    )


#: Words that open a phrase, not a drug's name, when an INN's characters follow them.
_INN_LEAD_WORDS = (
    *("关于", "加速", "推进", "包括", "以及", "对于", "针对", "开发", "授权", "引进", "基于"),
    *("评估", "研发", "联合", "其中", "推动", "布局"),
    *("有关", "有助", "获得", "用于", "通过"),  # "有关舒格利单抗": a heading's "about"
    "新药",  # "ROS1新药他雷替尼": a kind of drug before its name
)


def _inns(text: str, start: int, end: int) -> list[Span]:
    """Chinese INNs in `text[start:end]`: the longest name before an INN ending that starts
    after a boundary (not a Han character, a function word) and ends before one."""
    out: list[Span] = []
    for match in _INN_END.finditer(text, start, end):
        s, e = match.span()
        if e < end and is_han(text[e]) and not _INN_AFTER.match(text, e, end):
            continue
        for k in range(5, 1, -1):
            name_start = s - k
            if name_start < start or not all(is_han(c) for c in text[name_start:s]):
                continue
            before = text[name_start - 1] if name_start > 0 else ""
            if (
                not before
                or not is_han(before)
                or before in _INN_BEFORE
                or text.endswith(_INN_BEFORE_WORDS, 0, name_start)
            ) and not _INN_STOP.search(text, name_start, e):
                if text.startswith(_INN_LEAD_WORDS, name_start) and s - name_start > 3:
                    name_start += 2  # "关于舒格利单抗", "加速舒格利单抗": a word before the name
                elif text[name_start] in _INN_BEFORE and s - name_start > 2:
                    name_start += 1  # "就舒格利单抗于欧洲…": a function word before the name
                out.append((name_start, e))
                break
    return out


def _shares_of(joined: _Joined, licensee: Sequence[str]) -> Span | None:
    if not licensee:
        return None
    for match in _LICENSEE_SHARES.finditer(joined.text):
        if any(name in match["whose"] for name in licensee):
            return joined.span(match)
    return None


def _is_code(code: str) -> bool:
    digits = sum(c.isdigit() for c in code)
    if digits == 2 and _SHORT_CODE.fullmatch(code):  # "EMB-06"; not "IL-17", "CD19"
        return True
    return digits >= 3 and not re.fullmatch(r"(?:19|20)\d{2}", code)


#: A code with two digits: after a dash ("EMB-06"), or numbered from zero ("TDI01"); a target
#: ("CLDN18", "MUC16", "CDH17") is never numbered from zero.
_SHORT_CODE = re.compile(r"[A-Z]{3,5}-\d{2}|[A-Z]{2,5}0[1-9]")
