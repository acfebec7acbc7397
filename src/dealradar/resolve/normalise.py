"""Normal forms of names, the keys under which spellings of one company or drug meet.

Three tiers, from strict to loose (see docs/resolution.md):

- `name_key`: exact-match key (case, width, punctuation, legal suffixes). The store keys
  aliases by it, so it must never merge two companies.
- `loose_key`: `name_key` without the words that only say "this is a drug company"
  (Pharma, Pharmaceutical(s), Medicine, 医药, 药业, 制药).
- `core_parts`: a leading place name (Jiangsu, 上海, ...) and the distinctive core left after
  stripping every generic company word (Bio, Therapeutics, 生物, 集团, ...). A core is only
  used when it is distinctive (`is_distinctive`) and the place names do not contradict.

Pinyin of Chinese text is computed once per string (`pinyin`, cached), so building a
registry of thousands of aliases stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[^\w\u3400-\u9fff]+")
_LEGAL = re.compile(
    r"\b(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|ag|sa|s a|nv|bv|gmbh|"
    r"kk|holdings?|group)\b"
)
_LEGAL_ZH = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团)$")
_HAN = re.compile(r"[\u3400-\u9fff]")

#: Words that say "a drug company" and nothing about which one (the issue's list).
PHARMA_WORDS_EN = frozenset(
    {"pharma", "pharmaceutical", "pharmaceuticals", "pharmaceutics", "medicine", "medicines"}
)
PHARMA_WORDS_ZH = ("生物医药", "医药", "药业", "制药", "药物")

#: Further generic words dropped from the core (they vary between reports of one company).
GENERIC_WORDS_EN = frozenset(
    {
        "bio", "biotech", "biotechnology", "biotechnologies", "biologic", "biologics",
        "biological", "biologicals", "biology", "bioscience", "biosciences", "biopharma",
        "biopharmaceutical", "biopharmaceuticals", "biotherapeutics", "therapeutics",
        "therapeutic", "science", "sciences", "life", "medical", "health", "healthcare",
        "labs", "laboratories", "laboratory", "technology", "technologies", "tech",
        "international", "industry", "industrial", "development", "the", "and", "of",
        "products", "newco", "cm",
    }
)  # fmt: skip
GENERIC_WORDS_ZH = (
    "股份有限公司", "有限责任公司", "有限公司", "生物科技", "生物技术", "生物工程", "生物",
    "科技", "集团", "控股", "国际", "公司", "产业", "药品", "制品",
)  # fmt: skip

#: Cores too common to identify a company on their own ("Sino", "China", ...).
STOP_CORES = frozenset(
    {
        "sino", "china", "chinese", "zhongguo", "global", "united", "new", "first", "east",
        "west", "asia", "pacific", "american", "america", "euro", "general", "national",
        "biomed", "pharm", "gene", "cell", "immune", "thera",
    }
)  # fmt: skip

#: Place names that often lead a Chinese company's legal name, in Chinese and in pinyin.
PLACES_ZH = (
    "江苏", "上海", "四川", "苏州", "北京", "浙江", "广州", "广东", "深圳", "杭州", "南京",
    "成都", "重庆", "山东", "烟台", "沈阳", "长春", "天津", "武汉", "香港", "台湾", "河北",
    "石家庄", "湖南", "湖北", "安徽", "合肥", "福建", "厦门", "辽宁", "大连", "吉林",
    "黑龙江", "哈尔滨", "陕西", "西安", "山西", "河南", "郑州", "云南", "贵州", "青岛",
    "宁波", "无锡", "泰州", "连云港", "珠海", "济南", "长沙", "海南", "江西", "中国", "美国",
)  # fmt: skip
PLACES_EN = frozenset(
    {
        "jiangsu", "shanghai", "sichuan", "suzhou", "beijing", "zhejiang", "guangzhou",
        "guangdong", "shenzhen", "hangzhou", "nanjing", "chengdu", "chongqing", "shandong",
        "yantai", "shenyang", "changchun", "tianjin", "wuhan", "hong kong", "taiwan", "hebei",
        "shijiazhuang", "hunan", "hubei", "anhui", "hefei", "fujian", "xiamen", "liaoning",
        "dalian", "jilin", "heilongjiang", "harbin", "shaanxi", "xian", "shanxi", "henan",
        "zhengzhou", "yunnan", "guizhou", "qingdao", "ningbo", "wuxi", "taizhou",
        "lianyungang", "zhuhai", "jinan", "changsha", "hainan", "jiangxi", "zhongguo",
        "meiguo",
    }
)  # fmt: skip


#: Names `name_key` remembers. Fewer than the other keys' caches: it also keys every drug
#: name, and nearly every article brings a new drug code, so its cache fills at one entry or
#: two per article (~200 bytes each) until the bound; this one holds the registry's company
#: names and the drugs of the last few thousand articles, which are the ones keyed again.
NAME_KEY_CACHE = 16384


@lru_cache(maxsize=NAME_KEY_CACHE)
def name_key(name: str) -> str:
    """The key two spellings of a name share: case, width, punctuation and legal suffixes removed.

    "Jiangsu Hengrui Medicine Co., Ltd." and "jiangsu hengrui medicine" give the same key;
    words that tell companies apart (Pharma, Bio) are kept, so keys never over-merge.
    Remembered (bounded, `NAME_KEY_CACHE`): the writer and the resolver key the same names
    again and again.
    """
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = _LEGAL_ZH.sub("", text)
    text = _PUNCT.sub(" ", text)
    text = _LEGAL.sub(" ", text)
    return " ".join(text.split())


def has_han(text: str) -> bool:
    """True when `text` contains Chinese characters."""
    return bool(_HAN.search(text))


def _strip_zh(text: str, words: tuple[str, ...]) -> str:
    """Remove Chinese company words wherever they occur (Chinese has no word spaces)."""
    for word in words:
        text = text.replace(word, " ")
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """`name_key` without "Pharma"-type words: "Hengrui Pharma" and "恒瑞医药" lose the suffix.

    Never empty when `name_key` is not: a name made only of such words keeps them.
    Remembered (bounded), like `name_key`: resolution and clustering key the same names often.
    """
    key = name_key(name)
    text = _strip_zh(key, PHARMA_WORDS_ZH) if has_han(key) else key
    words = [w for w in text.split() if w not in PHARMA_WORDS_EN]
    return " ".join(words) or key


def _leading_place(text: str) -> tuple[str | None, str]:
    """Split a leading place name off `text` (already a key); returns (place as pinyin, rest)."""
    for place in PLACES_ZH:
        if text.startswith(place) and len(text) > len(place):
            return pinyin(place), text[len(place) :].strip()
    words = text.split()
    for size in (2, 1):
        head = " ".join(words[:size])
        if len(words) > size and head in PLACES_EN:
            return head.replace(" ", ""), " ".join(words[size:])
    return None, text


def _trailing_place(text: str) -> tuple[str | None, str]:
    """ "Microbio (Shanghai)" / "Lynk Pharmaceuticals (Hangzhou)": a place at the end."""
    words = text.split()
    if len(words) > 1 and words[-1] in PLACES_EN:
        return words[-1], " ".join(words[:-1])
    return None, text


@lru_cache(maxsize=65536)
def core_parts(name: str) -> tuple[str | None, str]:
    """(place, core): a leading or trailing place name, and the name without generic words.

    "Jiangsu Hengrui Pharmaceuticals Co., Ltd." → ("jiangsu", "hengrui");
    "信达生物" → (None, "信达"); "Zenas BioPharma" → (None, "zenas").
    """
    key = name_key(name)
    place, rest = _leading_place(key)
    if place is None:
        place, rest = _trailing_place(rest)
    if has_han(rest):
        rest = _strip_zh(rest, PHARMA_WORDS_ZH + GENERIC_WORDS_ZH)
    words = [w for w in rest.split() if w not in PHARMA_WORDS_EN and w not in GENERIC_WORDS_EN]
    return place, " ".join(words)


def squash(text: str) -> str:
    """Drop spaces: "glaxo smithkline" and "glaxosmithkline" compare equal."""
    return text.replace(" ", "")


def is_distinctive(core: str) -> bool:
    """Whether a core can identify a company on its own: long enough and not a stop word."""
    flat = squash(core)
    if has_han(flat):
        return len(flat) >= 2
    return len(flat) >= 4 and core not in STOP_CORES and not flat.isdigit()


_PLAIN_LEGAL = frozenset(
    {"co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc",
     "plc", "ag", "sa", "s", "a", "nv", "bv", "gmbh", "kk"}
)  # fmt: skip


@lru_cache(maxsize=65536)
def only_generic_extras(name: str) -> bool:
    """True when every word of `name` outside its core is a company word, legal form or place.

    "Zenas BioSciences Inc." qualifies for matching on its core "zenas"; "Legend Holdings" does
    not match Legend Biotech on "legend", because "Holdings" says it is another kind of firm.
    Remembered (bounded): every batch resolves the same mentions again.
    """
    if has_han(name):
        return True
    _, core = core_parts(name)
    words = _PUNCT.sub(" ", unicodedata.normalize("NFKC", name).casefold()).split()
    allowed = PHARMA_WORDS_EN | GENERIC_WORDS_EN | _PLAIN_LEGAL | PLACES_EN | {"group"}
    return all(w in allowed for w in words if w not in core.split())


@lru_cache(maxsize=65536)
def pinyin(text: str) -> str:
    """Toneless pinyin of the Chinese characters in `text`, lower case, no spaces.

    Other characters are kept as they are (lower-cased), so "美国Hercules" → "meiguohercules".
    The import of pypinyin is deferred: it costs ~0.4 s and most commands never need it.
    """
    if not has_han(text):
        return squash(text.casefold())
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.NORMAL)).casefold().replace(" ", "")


def pinyin_core(name: str) -> str:
    """The core of a Chinese name in pinyin ("诺诚健华" → "nuochengjianhua"); "" otherwise."""
    _, core = core_parts(name)
    return pinyin(core) if has_han(core) else ""
