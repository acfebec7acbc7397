"""The speed-ups of the Chinese extractor give what the plain forms they replace give.

Each fast path (a regex rewritten so the engine can skip positions, a search limited to the
stretches that can hold a hit, a lexicon pass that stops early) is compared with the
straightforward form on random texts built from the pieces that matter to it.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dealradar.extract.zh import companies, dates, details, money, parties, terms
from dealradar.extract.zh.lexicon import (
    HAN_SUFFIXES,
    LATIN_CUES,
    LATIN_SUFFIXES,
    MULTINATIONALS,
    NAME_BOUNDARY_WORDS,
    SUBJECT_ADVERBS,
)
from dealradar.extract.zh.numbers import ARABIC, CHINESE
from dealradar.extract.zh.text import SEGMENT_END, segments

_SUBJECT_PLAIN = re.compile(
    r"(?:^|(?<=[,.;:!?。、()\"\s—\-】])|(?<=子公司)|(?<=公司|旗下|药企|企业)|(?<=关联方))"
    r"(?P<name>[\u4e00-\u9fff]{2,5}?)(?:\([^()\n]{1,40}\))?"
    r"(?:" + "|".join(SUBJECT_ADVERBS) + r")?"
    r"(?:宣布|公告|披露|发布公告|将|与|就|拟|已于)",
    re.MULTILINE,
)


def _alternation(words: dict[str, str] | dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_AMOUNT_PLAIN = re.compile(
    rf"""
    (?P<pre>{_alternation(money._PREFIX_CURRENCY)})?\s?
    (?:(?P<low>{ARABIC}|{CHINESE})(?P<low_units>[十百千万亿]*)\s?(?:-|~|－|至|到)\s?)?
    (?P<num>{ARABIC}(?:[十百千万亿]*{ARABIC}(?=[千百十万]))?|{CHINESE})
    (?P<more>多|余)?
    (?:\s(?=[万亿]))?
    (?P<units>[十百千万亿]*)
    \s?(?:(?P<scale>{_alternation(money._ENGLISH_SCALE)})\b)?\s?
    (?P<suf>{_alternation(money._SUFFIX_CURRENCY)})?
    """,
    re.VERBOSE,
)
_DATE_PLAIN = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s?年\s?)?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日"
)
_HAN_SUFFIX_PLAIN = re.compile("(?:" + "|".join(HAN_SUFFIXES) + ")+")
_CODE_PLAIN = re.compile(
    r"(?<![A-Za-z0-9\-])(?:[A-Z]{1,5}(?:-[A-Z]{0,2})?\d[A-Z0-9]{1,7}(?:-\d{1,3})?"
    r"|\d[A-Z]{1,3}\d{3,6})(?![A-Za-z0-9])"
)
_LATIN_NAME_PLAIN = re.compile(
    r"(?<![A-Za-z0-9\-])[A-Z][A-Za-z0-9&'\-]*(?:\.(?=[ ,]))?"
    r"(?:(?:,? )(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][A-Za-z0-9&'\-]*\.?|&(?= [A-Z])))*"
    r"(?: \((?:Singapore|China|Shanghai|Suzhou|Hong Kong|HK|US|USA|UK)\))?"
)


def _hits(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


_SUBJECT_PIECES = [
    "信达生物", "宣布", "今日", "公告", "与", "将", "已于", "子公司", "公司", "旗下", "药企",
    "企业", "关联方", "(Innovent)", ",", "。", "\n", " ", "—", "】", "X", "发布公告", "方",
    "司", "下", "企", "业", "的", "就",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_PIECES), max_size=25))
def test_subject_scan_matches_the_lookbehind_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = [(m.start("name"), m.end(), m["name"]) for m in companies._subjects(text)]
    plain = [(m.start(), m.end(), m["name"]) for m in _SUBJECT_PLAIN.finditer(text)]
    assert fast == plain


_MONEY_PIECES = [
    "1", "12", "2025", "4,500", "1.8", "十", "二", "五", "亿", "万", "千", "百", "美元", "元",
    "人民币", "US$", "$", "HK$", "港元", "欧元", "€", " ", "-", "至", "~", "多", "余", "billion",
    "bn", "m", "million", "年", "首付", ",", ".", "数", "RMB", "USD", "x",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MONEY_PIECES), max_size=20))
def test_amount_scan_matches_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _hits(money._AMOUNT.finditer(text)) == _hits(_AMOUNT_PLAIN.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["2025", "年", "9", "月", "24", "日", " ", "1", "X"]), max_size=15))
def test_date_scan_matches_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _hits(dates._DATE.finditer(text)) == _hits(_DATE_PLAIN.finditer(text))


_NAME_PIECES = [
    *HAN_SUFFIXES, "恒瑞", "生", "药", "HRS-9821", "ADC", "Kite", "Pharma", " ", "-", "1", "A",
    "BL-B01D1", "2MW7141", "Inc.", ",", "(China)", "&", "的",
]  # fmt: skip


_ASIDE_PLAIN = re.compile(r"\s?\([^()\n]{1,60}\)")
_PAREN_LATIN_PLAIN = re.compile(r"\s?[(]([A-Za-z][A-Za-z0-9 &.\-]{1,40})[)]")
_KEYWORD_PLAIN = re.compile("|".join(f"(?P<{k}>{rx})" for k, rx in terms._KEYWORDS))
_DISTRACTOR_SEGMENT_PLAIN = re.compile(
    r"\d+\s*(?:项|笔|起|宗)|[一二三四五六七八九十几数多近]+(?:项|笔|起|宗)[^,;。]{0,6}(?:交易|授权|许可)|"
    r"据统计|据[^,;。]{1,8}?统计|不完全统计|统计显示|数据显示|数据库|盘点|全年|磋商|预告|机构统计|"
    r"行业统计|券商统计"
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*_NAME_PIECES, "(", ")", "\n", "(02509.HK)"]), max_size=15),
    st.integers(0, 40),
    st.integers(0, 200),
)
def test_name_and_code_scans_match_the_plain_patterns(
    pieces: list[str], pos: int, end: int
) -> None:
    text = "".join(pieces)
    pairs = (
        (companies._HAN_SUFFIX, _HAN_SUFFIX_PLAIN),
        (details._CODE, _CODE_PLAIN),
        (companies._LATIN_NAME, _LATIN_NAME_PLAIN),
        (parties._ASIDE, _ASIDE_PLAIN),
        (companies._PAREN_LATIN, _PAREN_LATIN_PLAIN),
    )
    for fast, plain in pairs:
        assert _hits(fast.finditer(text)) == _hits(plain.finditer(text))
        assert _hits(fast.finditer(text, pos, end)) == _hits(plain.finditer(text, pos, end))


_PARTY_PIECES = [
    "\ue000", "\ue001", "\ue002", "授予", "授权", "与", "达成", "合作", "引进", "向", "支付",
    "收购", "。", ";", "\n", "的", "首付款", "获得", "权益", "各自", "海外",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PARTY_PIECES), max_size=30))
def test_run_limited_search_finds_what_a_whole_text_search_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert all(re.fullmatch(parties.G, mark) is None for mark in parties._RUN_END)
    runs = parties._Runs(text, [i for i, ch in enumerate(text) if parties._is_p(ch)])
    rules = [(p, words, 2) for _k, p, _a, _b, _d, words in parties._TWO_PARTY]
    rules += [(p, words, 1) for p, words in parties._ONE_PARTY]
    rules += [(parties._LICENSOR_VOTE[0], parties._LICENSOR_VOTE[1], 1)]
    rules += [(p, words, 1) for p, words in parties._LICENSEE_VOTE]
    for pattern, words, named in rules:
        limited = [
            m.span() for s, e in runs.with_any(words, named) for m in pattern.finditer(text, s, e)
        ]
        assert limited == [m.span() for m in pattern.finditer(text)]


_LEXICON_PIECES = [n for group in MULTINATIONALS for n in group] + [
    "X", "s", " ", "药", "美国", "默", "Merc", "k", "罗氏", "集", "Lil", "&", ".", "Co",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LEXICON_PIECES), max_size=8))
def test_multinationals_pass_finds_each_groups_first_present_name(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = []
    for group in MULTINATIONALS:
        present = [n for n in group if companies._occurs(text, n)]
        if present:
            plain.append((group, present[0]))
    assert companies._multinationals_in(text) == plain


def test_figures_shared_by_deals_classify_as_a_fresh_pass() -> None:
    text = "首付款1亿美元,里程碑付款最高10亿美元;每股10美元的认购价。公司营收5亿元"
    mentions = money.find_money(text)
    shared = terms.Figures(mentions)
    first = terms.collect(text, mentions, mentions[:2], shared)
    again = terms.collect(text, mentions, mentions, shared)
    fresh = terms.collect(text, mentions, mentions)
    assert first.found == {"upfront": [mentions[0]], "milestones": [mentions[1]]}
    assert again.found == fresh.found


_SENTENCE_PIECES = [
    "共同开发", "和", "商业化", "NewCo", "新公司", "选择权协议", "研究合作", "授予", "许可协议",
    "收购", "其", "资产", "分担", "开发成本", "获得", "X公司", "20%", "的", "股权", ",", "A",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=8), max_size=5))
def test_joined_sentences_give_each_sentences_first_hit(sentences: list[list[str]]) -> None:
    spans, text = [], ""
    for pieces in sentences:
        sentence = "".join(pieces)
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence + "。"
    joined = details._Joined(text, spans)
    for pattern in (
        details._NEWCO,
        details._OPTION,
        details._CO_DEVELOPMENT,
        details._COLLABORATION,
        details._LICENSE_WORDS,
        details._ACQUISITION_OF_ASSET,
        details._LICENSEE_SHARES,
    ):
        hits = [(s + m.start(), s + m.end()) for s, e in spans if (m := pattern.search(text[s:e]))]
        assert joined.first(pattern) == (hits[0] if hits else None)
    for licensee in (["X公司"], ["Y"]):
        plain = None
        for s, e in spans:
            for m in details._LICENSEE_SHARES.finditer(text[s:e]):
                if plain is None and any(name in m["whose"] for name in licensee):
                    plain = (s + m.start(), s + m.end())
        assert details._shares_of(joined, licensee) == plain


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["2025", "年", "9", "月", "24", "日", " ", "1", "X", "\n"]), max_size=15
    )
)
def test_date_search_around_months_finds_what_a_whole_text_search_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _hits(dates._dates(text)) == _hits(_DATE_PLAIN.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_MONEY_PIECES, "的", "。", "美国"]), max_size=20))
def test_money_search_around_currencies_finds_the_figures_of_a_whole_text_search(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    plain = [m for m in _AMOUNT_PLAIN.finditer(text) if m["pre"] or m["suf"]]
    assert _hits(money._amounts(text)) == _hits(plain)


def _plain_segments(text: str) -> list[tuple[int, int, str, int]]:
    out, paragraph, start = [], 0, 0
    stops = [i for i, ch in enumerate(text) if ch in SEGMENT_END]
    for i in [*stops, len(text)]:
        s, e = start, i
        while s < e and text[s] in " \t\r-—":
            s += 1
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        if e > s:
            out.append((s, e, text[s:e], paragraph))
        new_line = i < len(text) and text[i] == "\n"
        blank_after = i + 1 < len(text) and text[i + 1] == "\n"
        if new_line and (blank_after or (i > 0 and text[i - 1] != "\n")):
            paragraph += 1
        start = i + 1
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["甲", "A", " ", "\t", "-", "—", "\n", "。", "!", ";", ","]), max_size=25
    )
)
def test_segments_are_stripped_as_a_walk_strips_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [(s.start, s.end, s.text, s.paragraph) for s in segments(text)]
    assert found == _plain_segments(text)


_TERM_PIECES = [
    "首付款", "里程碑", "近期", "付款", "认购", "股份", "总额", "交易", "金额", "收购", "价",
    "认股权证", "营收", "合计", "共", "3", "项", "笔", "一", "几", "起", "授权", "据统计", "数据",
    "库", "全年", "的", ",", "。", " ", "X",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TERM_PIECES), max_size=15))
def test_term_patterns_match_their_plain_forms(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = [(m.span(), m.lastgroup) for m in terms._KEYWORD_RE.finditer(text)]
    assert fast == [(m.span(), m.lastgroup) for m in _KEYWORD_PLAIN.finditer(text)]
    found = terms._DISTRACTOR_SEGMENT.search(text)
    plain = _DISTRACTOR_SEGMENT_PLAIN.search(text)
    assert (found and found.span()) == (plain and plain.span())


_EXCLUSION_PLAIN = re.compile(details._EXCLUSION.pattern.split(")", 1)[1])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["除", "中国", "大中华区", "香港", "、", "和", "以外", "之外", "外", "的",
                         "全球", "地区", "美国", "X", ","]),
        max_size=12,
    )
)  # fmt: skip
def test_exclusion_pattern_matches_its_plain_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _hits(details._EXCLUSION.finditer(text)) == _hits(_EXCLUSION_PLAIN.finditer(text))


def _plain_latin_names(text: str) -> list[str]:
    out = []
    for match in _LATIN_NAME_PLAIN.finditer(text):
        name = match.group().rstrip(",")
        words = companies._LEGAL.sub("", name).split()
        if len(words) == 1 and not companies._LEGAL.search(name) and words[0] in LATIN_SUFFIXES:
            continue  # a kind of company alone ("美国Biotech")
        following = text[match.end() + 2 : match.end() + 3]
        if (
            text[match.end() : match.end() + 2] == "公司"
            and following.isascii()
            and following.isalpha()
        ):
            continue  # "CAR-T公司Interius": a kind before the name
        cue = text.endswith(LATIN_CUES, 0, match.start())
        cue = cue or text.endswith(tuple(c + "的" for c in LATIN_CUES), 0, match.start())
        cue = cue or text[match.end() : match.end() + 2] == "公司"
        cue = cue or (
            text.endswith(companies._LATIN_SLOT_BEFORE, 0, match.start())
            and companies._LATIN_SLOT_AFTER.match(text, match.end()) is not None
        )
        suffixed = len(words) > 1 and words[-1] in LATIN_SUFFIXES
        short_caps = suffixed and words[0].isalpha()
        legal = bool(companies._LEGAL.search(name))
        # "89bio, Inc.", "TRC 2004, Inc.", "DISC MEDICINE, INC.": with a legal form, a name
        numbered = legal and (
            re.fullmatch(r"\d{1,3}[a-z]{2,}", words[0]) is not None
            or (
                len(words) > 1
                and (words[-1].isdigit() or all(w.isalpha() and w.isupper() for w in words))
            )
        )
        if (suffixed or legal or cue) and (
            short_caps or numbered or not companies._code_like(words[0])
        ):
            out.append(name)
    return out


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Kite", " ", "Pharma", "Inc", ".", ",", "Co", "ADC", "LIB", "HRS-1",
                         "美国", "公司", "药企", "Bio", "AG", "X", "的", "Ltd", "Therapeutics"]),
        max_size=12,
    )
)  # fmt: skip
def test_latin_names_match_the_plain_reading(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert companies._latin_names(text) == _plain_latin_names(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["子公司", "公司", "与", "美国", "药企", "X", "旗下", "报道"]), max_size=6
    ),
    st.integers(0, 20),
)
def test_ends_with_any_is_endswith(pieces: list[str], end: int) -> None:
    text = "".join(pieces)
    end = min(end, len(text))
    for words in (NAME_BOUNDARY_WORDS, LATIN_CUES):
        by_last = companies._by_last_character(words)
        assert companies._ends_with_any(text, end, by_last) == text.endswith(words, 0, end)
