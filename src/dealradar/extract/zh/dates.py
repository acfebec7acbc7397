"""Dates in Chinese deal news: `2025年9月24日`, and `9月24日` resolved to a year.

A date without a year takes the year of the published date (the year before when that would
put it after publication). Without a published date, the year is the earliest that keeps the
date after every dated event the text reports in the past ("2024年12月完成首例给药" makes
"1月2日" 2025); future events ("预计2024年第一季度完成") are not anchors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

_DATE = re.compile(  # the (?=\d) is implied; it dismisses the positions without a digit at once
    r"(?=\d)(?:(?P<year>(?:19|20)\d{2})\s?年\s?)?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日"
)
_ANCHOR = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s?年\s?(?:(?P<month>\d{1,2})\s?月|(?P<quarter>一|二|三|四|第一|第二|第三|"
    r"第四)季度|(?P<half>上半年|下半年)|(?P<close>底|末|年底|年末))?"
)
#: ("PDUFA日期定在2024年5月": a date set for a future decision)
_FUTURE = re.compile(
    r"(?:预计|将于|将在|有望|计划|到期|延长至|到|定在|定于|(?<!截)至)[^,;。]{0,6}$"
)
#: A day written in figures: "2025.6.2", "2025/06/02", "2025-06-02".
_NUMERIC_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})[./-](\d{1,2})[./-](\d{1,2})(?![\d.])")
_QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12}
_CN_DIGIT = "〇零一二三四五六七八九"
_CN_VALUE = {c: max(0, i - 1) for i, c in enumerate(_CN_DIGIT)}
#: A full date in Chinese numerals, as a 公告 is signed: "二〇二六年一月十日".
_CN_DATE = re.compile(
    rf"(?P<year>[{_CN_DIGIT}]{{4}})年(?P<month>十[一二]?|[一二三四五六七八九])月"
    r"(?P<day>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
)
#: A full date in figures: "2025-10-23", "2025/10/23", "2025年10月23日".
_FULL_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?:[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})(?!\d)|"
    r"\s?年\s?(?P<m2>\d{1,2})\s?月\s?(?P<d2>\d{1,2})\s?日)"
)
#: How far into the text a dateline may sit, and how far from the end a 公告 is signed.
_HEAD, _TAIL = 160, 60
_SIGNED = re.compile(r"特此公告|董事会")
#: Words after a date that make it the date of an announcement or a signing. A parenthesis
#: ("宜明昂科(ImmuneOnco Biopharmaceuticals)宣布") and a run of Latin letters ("与Aditum Bio
#: 孵化的Clavis Bio达成") count as one step of the 30, however long: a name does not move the
#: verb away from the date. The steps are disjoint and a run is possessive, so no backtracking
#: splits a run. So does the topic of "X与Y就Z达成协议": Z names what the deal is about.
ANNOUNCE = re.compile(
    r"^(?:就[^。;,!?]{1,50}?(?=达成|签署|签订|订立)|[^。;(A-Za-z0-9 .&\-]|[A-Za-z0-9 .&\-]++"
    r"|\([^()。;]{0,60}\)){0,30}?"
    r"(?:宣布|公告|披露|讯|发布|签署|签订|订立|达成|联合宣布|共同宣布)"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A day-precise date `[start, end)` in the text; `year` is None when not written."""

    start: int
    end: int
    year: int | None
    month: int
    day: int


def _cn_number(written: str) -> int:
    """ "二〇二六" → 2026 (digit by digit), "十" → 10, "二十三" → 23."""
    if "十" not in written:
        return int("".join(str(_CN_VALUE[c]) for c in written))
    tens, _, ones = written.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)


def _checked(start: int, end: int, year: int, month: int, day: int) -> DateMention | None:
    try:
        date(year, month, day)
    except ValueError:
        return None
    return DateMention(start, end, year, month, day)


_RELEASE_PLACES = re.compile(r"\s*,?[^,。;\n]{0,30}?(?:——|—|--)")
#: ("报告日期:2024年5月6日": a broker's note dated on a labelled line of its own)
_LINE_LABELS = re.compile(
    r"\d{1,2}:\d\d|(?:来源|作者|编辑|记者|文|报告日期|发布日期|发布时间|日期)\s?:"
)


#: A release's places before its date on the lead's line: "中国上海及丹麦哥本哈根,".
_PLACES_BEFORE = re.compile(r"[^,。;:\n]{2,30},\s?")
#: The opening of an outlet's stamp before its date: "【医药观察 ".
_BRACKETED_STAMP = re.compile(r"【[^【】\n]{0,12}?\s?$")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _dateline(text: str, start: int, end: int) -> bool:
    """A date on a short line of its own below the headline ("证券时报网 2025-10-23")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    # ("2021-03-19 09:12 来源:医药观察家": a time and a source label are no sentence marks)
    marks = _LINE_LABELS.sub("", line)
    if line_start == 0 or len(line) > 40 or any(c in marks for c in "。;:"):
        return False
    # a press release's "中国上海及美国宾夕法尼亚州纽敦广场,2025年1月21日": places, then the date
    # that ends the line (a comma elsewhere makes the line a sentence)
    return "," not in line or not text[end : line_start + len(line)].strip(" /")


def dateline(text: str) -> DateMention | None:
    """The date a news text is dated with near its top ("证券时报网 2025-10-23"), if any."""
    head = _FULL_DATE.search(text, 0, min(len(text), _HEAD))
    if head and (
        _dateline(text, head.start(), head.end())
        # a wire's "中国财经网讯(2026年1月10日)": the date the item was filed
        or text.endswith(("讯(", "讯 ", "讯"), 0, head.start())
        # an outlet's bracketed stamp opening the lead: "【医药观察 2025年12月23日】圣诞前夕,…"
        or (
            _BRACKETED_STAMP.match(text, _line_start(text, head.start()), head.start()) is not None
            and text.startswith("】", head.end())
        )
        # a release's "2025年6月22日,中国上海/美国剑桥——X今日宣布": the date opens the lead,
        # or follows its places ("中国上海及丹麦哥本哈根,2024年8月22日 ——")
        or (
            (
                head.start() == 0
                or text[head.start() - 1] == "\n"
                or _PLACES_BEFORE.fullmatch(text, _line_start(text, head.start()), head.start())
                is not None
            )
            and _RELEASE_PLACES.match(text, head.end()) is not None
        )
    ):
        m, d = head["m1"] or head["m2"], head["d1"] or head["d2"]
        return _checked(head.start(), head.end(), int(head["year"]), int(m), int(d))
    return None


def signature_date(text: str) -> DateMention | None:
    """The date a 公告 is signed with at its end ("…董事会\n二〇二六年一月十日"), if any."""
    tail_start = max(0, len(text.rstrip()) - _TAIL)
    if not _SIGNED.search(text, max(0, tail_start - _TAIL)):
        return None
    for pattern in (_CN_DATE, _FULL_DATE):
        for match in pattern.finditer(text, tail_start):
            if pattern is _CN_DATE:
                parts = (match["year"], match["month"], match["day"])
                year, month, day = (_cn_number(p) for p in parts)
            else:
                year = int(match["year"])
                month, day = int(match["m1"] or match["m2"]), int(match["d1"] or match["d2"])
            found = _checked(match.start(), match.end(), year, month, day)
            if found:
                return found
    return None


def _in_date(ch: str) -> bool:
    """Whether `ch` may be part of a `_DATE` hit: a digit (`\\d`), a space (`\\s`), 年, 月, 日."""
    return ch in "年月日" or ch.isdecimal() or ch.isspace()


def _dates(text: str) -> Iterator[re.Match[str]]:
    """The hits of `_DATE.finditer(text)`, in order, searching only around each "月".

    A hit holds a "月" and lies inside one stretch of characters `_in_date` accepts; a search
    started at the start of a stretch finds what a search of the whole text finds there, since
    no hit runs over the character before it. The search ends one character past the stretch,
    so the engine sees what follows it as in the whole text.
    """
    end = 0  # where the last stretch searched ends
    month = text.find("月")
    while month >= 0:
        start = month
        while start > end and _in_date(text[start - 1]):
            start -= 1
        end = month + 1
        while end < len(text) and _in_date(text[end]):
            end += 1
        yield from _DATE.finditer(text, start, end + 1)
        month = text.find("月", end)


def find_dates(text: str) -> list[DateMention]:
    """Every day-precise date in folded `text` that is a real calendar date."""
    out: list[DateMention] = []
    for match in _dates(text):
        year = int(match["year"]) if match["year"] else None
        month, day = int(match["month"]), int(match["day"])
        try:
            date(year or 2000, month, day)
        except ValueError:
            continue
        out.append(DateMention(match.start(), match.end(), year, month, day))
    return out


#: How many days before the latest dated event in a text a day without a year may still fall
#: in that event's year ("8月20日" beside "2024年8月22日" is two days before it, not next year).
_SAME_YEAR_DAYS = 60


def resolve(mention: DateMention, text: str, published: date | None) -> date | None:
    """The calendar date a mention stands for, or None when its year cannot be told."""
    if mention.year is not None:
        return date(mention.year, mention.month, mention.day)
    if published is not None:
        guess = date(published.year, mention.month, mention.day)
        return guess if guess <= published else date(published.year - 1, mention.month, mention.day)
    anchors = _past_anchors(text)
    if not anchors:
        return None
    latest = max(anchors)
    year = latest.year
    if (latest - date(year, mention.month, mention.day)).days > _SAME_YEAR_DAYS:
        year += 1  # "3月5日" after a dated event of November: the next March
    return date(year, mention.month, mention.day)


def _past_anchors(text: str) -> list[date]:
    """The latest day each dated past event in the text could have happened on."""
    out: list[date] = []
    for match in _ANCHOR.finditer(text):
        if _FUTURE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        if text.startswith(("之前", "以前"), match.end()):
            continue  # "在2028年之前,BMS还将分期支付…": a deadline, not a day passed
        year = int(match["year"])
        if match["month"]:
            month = int(match["month"])
            if not 1 <= month <= 12:
                continue
            day = _day_after(text, match.end())
            out.append(date(year, month, day or 1))
        elif match["quarter"]:
            out.append(date(year, _QUARTER_END[match["quarter"][-1]], 1))
        elif match["half"]:
            out.append(date(year, 6 if match["half"] == "上半年" else 12, 1))
        elif match["close"]:  # "截至2023年底": the last month of the year
            out.append(date(year, 12, 1))
        else:
            out.append(date(year, 1, 1))
    if "." in text or "/" in text or "-" in text:
        # a digest's "一周医药产业交易速览(2025.6.2-6.6)", "2025/06/02": numeric dates
        for match in _NUMERIC_DATE.finditer(text):
            year, month, day = (int(g) for g in match.groups())
            try:
                out.append(date(year, month, day))
            except ValueError:
                continue
    return out


def _day_after(text: str, pos: int) -> int | None:
    match = re.match(r"\s?(\d{1,2})\s?日", text[pos:])
    if match and 1 <= int(match.group(1)) <= 28:
        return int(match.group(1))
    return None


def announced_in(
    text: str,
    start: int,
    end: int,
    published: date | None,
    dates: Sequence[DateMention] | None = None,
) -> tuple[date, DateMention] | None:
    """The first announcement or signing date in `text[start:end]`, resolved to a year.

    Args:
        text: the folded text.
        start: where the stretch begins.
        end: where it ends.
        published: the date of the text, for dates written without a year.
        dates: `find_dates(text)`, when the caller looks in many stretches of one text.
    """
    if dates is None:
        found = [
            DateMention(start + m.start, start + m.end, m.year, m.month, m.day)
            for m in find_dates(text[start:end])
        ]
    else:
        first = bisect_left(dates, start, key=lambda m: m.start)
        found = []
        for mention in dates[first:]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
    every = dates if dates is not None else found
    for mention in found:
        verb = ANNOUNCE.search(text[mention.end : mention.end + 100])
        if verb is not None and text.endswith("快讯", 0, mention.end + verb.end()):
            continue  # "2025年1月21日 快讯": a column's label under the item's date, no verb
        if verb is not None:
            k = bisect_left(every, mention.end, key=lambda m: m.start)
            if k < len(every) and every[k].start < mention.end + verb.end():
                # "中国财经网讯(2026年1月10日)海思科…1月9日晚间公告", "2025年1月21日 快讯\n\n
                # X于1月20日晚间公告": the date right before the verb is the announcement's; the
                # first is the news item's
                continue
            when = resolve(mention, text, published)
            if when is not None and _YESTERDAY_AFTER.match(text, mention.end + verb.end()):
                # "2025年5月16日讯 石药集团昨日晚间发布公告": the day before the item's date
                when -= timedelta(days=1)
            if when is not None:
                return when, mention
    return None


_YESTERDAY_AFTER = re.compile(
    r"[^。;\n]{0,30}?(?:昨日|昨晚|昨天)(?:晚间|晚)?(?:发布|宣布|公告|披露)"
)
