"""Dates, weekdays and reporting periods as Vietnamese reports print them.

Dates: "29/6/2022", "29-6-2022", "10.7.2023", "ngày 29 tháng 6 năm 2022"; without a year
("29/6", "10.7") only after a date word ("ngày", "sáng", "chiều", …), after a weekday, or as
one end of a range whose other end has a year ("từ 15/8 đến 10/8/2023") — elsewhere "12/20"
is a fraction. An impossible date keeps ``date=None``; "6/29/2024" is read month-first.

Periods: "tháng 9/2023" (also "tháng 9-2023", "tháng 9.2023", "tháng 9 năm 2023"), "quý
I/2024", "6 tháng đầu năm 2022", "9 tháng năm 2023", "6 tháng cuối năm 2022", "năm 2022",
"cuối năm 2022" (the last day of 2022), "nhiệm kỳ 2020 – 2025", "giai đoạn 2021-2025", "từ
năm 2021 đến năm 2025". Weekdays: "Thứ Hai", "thứ 2", "Chủ nhật", and "T2"…"T7", "CN" right
before a date. The spans cover exactly the printed date or period, so the number extractor
can skip them. No dateparser: these patterns cover the forms reports use, and every pattern
has bounded repetition only, so extraction is linear in the text.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from lint.document import Document, Span
from lint.mentions import DateMention, Mentions, PeriodKind, PeriodMention, WeekdayMention
from lint.patterns import Scan, scan, starting_with, word_scan
from lint.ruledata import alternation, load_data

_OPEN_PARENTHESIS_BEFORE = re.compile(r"\s?\(\s?$")
_CLOSE_PARENTHESIS = re.compile(r"\s?\)")
_GAP = r"\s{1,3}"  # a space between words, possibly a line break
_YEAR = r"(?P<year>[0-9]{4})"
_DAY_MONTH = r"(?P<day>[0-9]{1,2})[/.](?P<month>[0-9]{1,2})"
_END = r"(?![\w/]|[.,][0-9])"  # a figure ends here: not "29/6/20225", not "10.7,5"
_SHORT = r"[0-9]{1,2}[/.][0-9]{1,2}(?:[/.][0-9]{4})?"

_NUMERIC_DATE = starting_with(
    "0-9",
    r"(?<![\w/])(?<![0-9][.,-])(?P<day>[0-9]{1,2})(?P<sep>[/.-])(?P<month>[0-9]{1,2})"
    rf"(?P=sep){_YEAR}{_END}",
)
_WORDED_DATE = scan(
    ("tháng",),
    "n",
    rf"(?<!\w)ngày{_GAP}(?P<day>[0-9]{{1,2}}){_GAP}tháng{_GAP}(?P<month>[0-9]{{1,2}})"
    rf"(?:\s{{0,2}},?{_GAP}năm{_GAP}{_YEAR})?(?![0-9])",
    re.IGNORECASE,
)
_DATE_RANGE = scan(
    ("từ",),
    "t",
    rf"(?<!\w)từ{_GAP}(?:ngày{_GAP})?(?P<first>{_SHORT}){_END}\s{{0,3}}(?:đến|tới|[-–—])"
    rf"\s{{0,3}}(?:ngày{_GAP})?(?P<second>{_SHORT}){_END}",
    re.IGNORECASE,
)
_SHORT_DATE = re.compile(rf"{_DAY_MONTH}{_END}")
_BEFORE_DATE = re.compile(r"\s{0,2}(?:[,(–—-]\s{0,2})?", re.IGNORECASE)
_DATE_WORD_AFTER_WEEKDAY = re.compile(rf"ngày{_GAP}", re.IGNORECASE)

_TERM = scan(
    ("nhiệm", "giai", "thời"),
    "ngt",
    r"(?<!\w)(?P<word>nhiệm kỳ|giai đoạn|thời kỳ)\s{1,3}(?P<first>[0-9]{4})\s{0,3}[-–—]"
    r"\s{0,3}(?P<last>[0-9]{4})(?![0-9])",
    re.IGNORECASE,
)
_YEAR_RANGE = scan(
    ("từ",),
    "t",
    rf"(?<!\w)từ{_GAP}năm{_GAP}(?P<first>[0-9]{{4}})\s{{0,3}}(?:đến|tới|[-–—])\s{{0,3}}"
    rf"(?:năm{_GAP})?(?P<last>[0-9]{{4}})(?![0-9])",
    re.IGNORECASE,
)
_MONTHS_OF_YEAR = scan(
    ("tháng",),
    "0-9",
    rf"(?<![\w.,/])(?P<count>[0-9]{{1,2}}){_GAP}tháng{_GAP}(?:(?P<part>đầu|cuối){_GAP})?"
    rf"năm{_GAP}{_YEAR}(?![0-9]|[.,][0-9])",
    re.IGNORECASE,
)
_QUARTER = scan(
    ("quý",),
    "q",
    rf"(?<!\w)quý{_GAP}(?P<quarter>IV|I{{1,3}}|[1-4])(?:\s{{0,2}}[/.-]\s{{0,2}}|{_GAP}năm{_GAP})"
    rf"{_YEAR}(?![0-9]|[.,][0-9])",
    re.IGNORECASE,
)
_MONTH = scan(
    ("tháng",),
    "t",
    rf"(?<!\w)tháng{_GAP}(?P<month>[0-9]{{1,2}})(?:\s{{0,2}}[/.-]\s{{0,2}}|{_GAP}năm{_GAP})"
    rf"{_YEAR}(?![0-9]|[.,][0-9])",
    re.IGNORECASE,
)
_END_OF_YEAR = scan(
    ("cuối",), "c", rf"(?<!\w)cuối{_GAP}năm{_GAP}{_YEAR}(?![0-9]|[.,][0-9])", re.IGNORECASE
)
_YEAR_ONLY = scan(("năm",), "n", rf"(?<!\w)năm{_GAP}{_YEAR}(?![0-9]|[.,][0-9])", re.IGNORECASE)

_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIOD_YEARS = range(1900, 2101)


class _Lexicon(NamedTuple):
    after_thu: dict[str, int]
    short_weekdays: dict[str, int]
    weekday_prefixes: frozenset[str]
    capitalised_prefixes: frozenset[str]
    enumeration: Scan
    weekday: Scan
    short_weekday: Scan
    dated: Scan


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_data("dates")
    after_thu = {str(k).lower(): int(v) for k, v in data["weekday_after_thu"].items()}
    short = {str(k): int(v) for k, v in data["weekday_short"].items()}
    return _Lexicon(
        after_thu=after_thu,
        short_weekdays=short,
        weekday_prefixes=frozenset(str(w).lower() for w in data["weekday_prefixes"]),
        capitalised_prefixes=frozenset(
            str(w).lower() for w in data["weekday_prefixes_capitalised"]
        ),
        enumeration=word_scan(data["enumeration_words"]),
        weekday=scan(
            ("thứ", "chủ"),
            "tc",
            rf"(?<!\w)(?:thứ{_GAP}(?P<name>{alternation(list(after_thu))})|chủ{_GAP}nhật)(?!\w)",
            re.IGNORECASE,
        ),
        short_weekday=word_scan(short, group="name", flags=0),
        dated=word_scan(data["date_words"], rf"{_GAP}(?=[0-9])"),
    )


class _Claimed:
    """Non-overlapping spans already taken by a date, period or weekday."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, span: Span) -> bool:
        index = bisect.bisect_left(self._starts, span.end)
        return index == 0 or self._ends[index - 1] <= span.start

    def take(self, span: Span) -> bool:
        if not self.free(span):
            return False
        index = bisect.bisect_left(self._starts, span.start)
        self._starts.insert(index, span.start)
        self._ends.insert(index, span.end)
        return True


def calendar_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_mention(
    text: str, span: Span, day: int, month: int, year: int | None, numeric: bool = True
) -> DateMention:
    printed = text[span.start : span.end]
    if numeric and year is not None and month > 12 and 1 <= day <= 12:
        return DateMention(span, printed, month, day, year, None, month_first=True)
    date = calendar_date(year, month, day) if year is not None else None
    return DateMention(span, printed, day, month, year, date)


def _is_short_date(day: int, month: int) -> bool:
    """A day and month that exist in some year: a yearless "d/m" is a date only then."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]


def _full_dates(text: str, span: Span) -> Iterator[DateMention]:
    for match in _WORDED_DATE.finditer(text, span.start, span.end):
        year = int(match.group("year")) if match.group("year") else None
        day, month = int(match.group("day")), int(match.group("month"))
        if 1 <= day <= 31 and month >= 1:
            yield _date_mention(text, _span(match), day, month, year, numeric=False)
    for match in _NUMERIC_DATE.finditer(text, span.start, span.end):
        day, month = int(match.group("day")), int(match.group("month"))
        if 1 <= day <= 31 and 1 <= month <= 31:
            yield _date_mention(text, _span(match), day, month, int(match.group("year")))


def _short_date(text: str, start: int, end: int, strict: bool = True) -> DateMention | None:
    """A yearless "d/m" at ``start``. After a date word ("ngày 31/6") any day 1–31 of a
    month 1–12 is a date, possibly an impossible one; elsewhere (``strict``) only a day
    that exists in some year."""
    match = _SHORT_DATE.match(text, start, end)
    if not match:
        return None
    day, month = int(match.group("day")), int(match.group("month"))
    if not (_is_short_date(day, month) if strict else 1 <= day <= 31 and 1 <= month <= 12):
        return None
    return _date_mention(text, _span(match), day, month, None)


def _yearless_dates(text: str, span: Span) -> Iterator[DateMention]:
    """ "ngày 29/6", "Chiều 10.7", and the yearless end of "từ 15/8 đến 10/8/2023"."""
    for match in _lexicon().dated.finditer(text, span.start, span.end):
        date = _short_date(text, match.end(), span.end, strict=False)
        if date:
            yield date
    for match in _DATE_RANGE.finditer(text, span.start, span.end):
        first, second = match.group("first"), match.group("second")
        if first.count("/") + first.count(".") == 2:
            date = _short_date(text, match.start("second"), match.end("second"))
        elif second.count("/") + second.count(".") == 2:
            date = _short_date(text, match.start("first"), match.end("first"))
        else:
            date = None
        if date:
            yield date


def _period(text: str, span: Span, kind: PeriodKind, start: dt.date, end: dt.date) -> PeriodMention:
    return PeriodMention(span, text[span.start : span.end], kind, start, end, end.year)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _periods(text: str, span: Span) -> Iterator[PeriodMention]:
    """Every period in ``span``, longest forms first so "năm 2022" inside "6 tháng đầu năm
    2022" is not read on its own."""
    for match in _TERM.finditer(text, span.start, span.end):
        kind: PeriodKind = "term" if match.group("word").lower() == "nhiệm kỳ" else "range"
        yield _year_range(text, match, kind)
    for match in _YEAR_RANGE.finditer(text, span.start, span.end):
        yield _year_range(text, match, "range")
    for match in _MONTHS_OF_YEAR.finditer(text, span.start, span.end):
        period = _months_of_year(text, match)
        if period:
            yield period
    for match in _QUARTER.finditer(text, span.start, span.end):
        year, quarter = int(match.group("year")), _QUARTERS[match.group("quarter").upper()]
        if year in _PERIOD_YEARS:
            start = dt.date(year, 3 * quarter - 2, 1)
            yield _period(text, _span(match), "quarter", start, _month_end(year, 3 * quarter))
    for match in _MONTH.finditer(text, span.start, span.end):
        year, month = int(match.group("year")), int(match.group("month"))
        if year in _PERIOD_YEARS and 1 <= month <= 12:
            start = dt.date(year, month, 1)
            yield _period(text, _span(match), "month", start, _month_end(year, month))
    for match in _END_OF_YEAR.finditer(text, span.start, span.end):
        year = int(match.group("year"))
        if year in _PERIOD_YEARS:
            yield _period(text, _span(match), "year", dt.date(year, 12, 31), dt.date(year, 12, 31))
    for match in _YEAR_ONLY.finditer(text, span.start, span.end):
        year = int(match.group("year"))
        if year in _PERIOD_YEARS:
            yield _period(text, _span(match), "year", dt.date(year, 1, 1), dt.date(year, 12, 31))


def _span(match: re.Match[str]) -> Span:
    return Span(match.start(), match.end())


def _year_range(text: str, match: re.Match[str], kind: PeriodKind) -> PeriodMention:
    """A range of years; a reversed one ("2025 – 2020") keeps its text but spans min…max."""
    first, last = int(match.group("first")), int(match.group("last"))
    low, high = min(first, last), max(first, last)
    start, end = dt.date(low, 1, 1), dt.date(high, 12, 31)
    span = _span(match)
    return PeriodMention(span, text[span.start : span.end], kind, start, end, high, (first, last))


def _months_of_year(text: str, match: re.Match[str]) -> PeriodMention | None:
    count, year = int(match.group("count")), int(match.group("year"))
    if not 1 <= count <= 12 or year not in _PERIOD_YEARS:
        return None
    if (match.group("part") or "").lower() == "cuối":
        kind: PeriodKind = "half" if count == 6 else "quarter" if count == 3 else "range"
        start = dt.date(year, 13 - count, 1)
        return _period(text, _span(match), kind, start, dt.date(year, 12, 31))
    return _period(
        text, _span(match), "months_to_date", dt.date(year, 1, 1), _month_end(year, count)
    )


def _weekdays(
    text: str, span: Span, date_starts: set[int], enumerates: bool
) -> Iterator[WeekdayMention]:
    lexicon = _lexicon()
    for match in lexicon.weekday.finditer(text, span.start, span.end):
        name = match.group("name")
        capitalised = name is None or name[:1].isupper()
        if not _follows_weekday_prefix(text, match.start(), span.start, capitalised):
            continue
        mention = WeekdayMention(
            _span(match), match.group(0), lexicon.after_thu[name.lower()] if name else 6
        )
        if not (enumerates and _is_ordinal_like(mention) and text.startswith(",", match.end())):
            yield mention
    for match in lexicon.short_weekday.finditer(text, span.start, span.end):
        mention = WeekdayMention(
            _span(match), match.group(0), lexicon.short_weekdays[match.group("name")]
        )
        position = _date_start_after(text, mention, span.end)
        if position is not None and (
            position in date_starts
            or _worded_start(text, mention, position) in date_starts
            or _short_date(text, position, span.end)
        ):
            yield mention


def _follows_weekday_prefix(text: str, start: int, block_start: int, capitalised: bool) -> bool:
    """True unless "thứ …" follows a word that makes it an ordinal ("lần thứ hai"); after
    "ngày" only a capitalised name ("ngày thứ Sáu") is a weekday."""
    before = text[max(block_start, start - 12) : start].rstrip()
    if not before or not before[-1].isalpha():
        return True
    word = before.split()[-1].lower()
    lexicon = _lexicon()
    if word in lexicon.weekday_prefixes:
        return True
    return capitalised and word in lexicon.capitalised_prefixes


def _date_start_after(text: str, weekday: WeekdayMention, block_end: int) -> int | None:
    """Where a date attached to ``weekday`` would start ("Thứ Sáu, ngày 12/7", "(Thứ 2,
    10/7)", "Thứ năm - 28/09/2023"): the offset of its first digit, or None."""
    gap = _BEFORE_DATE.match(text, weekday.span.end, block_end)
    position = gap.end() if gap else weekday.span.end
    if position < block_end and text[position].isdigit():
        return position
    word = _DATE_WORD_AFTER_WEEKDAY.match(text, position, block_end)
    if word and word.end() < block_end and text[word.end()].isdigit():
        return word.end()
    return None


def attached_dates(
    document: Document, mentions: Mentions
) -> Iterator[tuple[WeekdayMention, DateMention]]:
    """Each weekday with its date: printed right after it ("Thứ Sáu, 12/7/2020") or right
    before it, the weekday in parentheses ("26/9/2023 (thứ 4)")."""
    by_start = {date.span.start: date for date in mentions.dates}
    by_end = {date.span.end: date for date in mentions.dates}
    text = document.text
    for weekday in mentions.weekdays:
        position = _date_start_after(text, weekday, len(text))
        date = None
        if position is not None:
            date = by_start.get(position) or by_start.get(_worded_start(text, weekday, position))
        if date is None:
            date = _date_before_parenthesis(text, weekday, by_end)
        if date:
            yield weekday, date


def _date_before_parenthesis(
    text: str, weekday: WeekdayMention, by_end: dict[int, DateMention]
) -> DateMention | None:
    opening = _OPEN_PARENTHESIS_BEFORE.search(
        text, max(0, weekday.span.start - 4), weekday.span.start
    )
    if opening is None or not _CLOSE_PARENTHESIS.match(text, weekday.span.end):
        return None
    return by_end.get(opening.start())


def _worded_start(text: str, weekday: WeekdayMention, digit: int) -> int:
    """The start of "ngày" before ``digit``, where a worded date's span begins."""
    return text.rfind("ngày", weekday.span.end, digit) if digit > weekday.span.end else -1


def _weekday_dates(text: str, span: Span, weekdays: list[WeekdayMention]) -> Iterator[DateMention]:
    """A yearless date right after a weekday ("Thứ Hai, 10/7", "CN 12/7"). After a weekday
    spelled in words, not when a lowercase word follows, as in the enumeration "Thứ ba, 3/5
    xã …"."""
    for weekday in weekdays:
        position = _date_start_after(text, weekday, span.end)
        date = _short_date(text, position, span.end) if position is not None else None
        if date and not (
            _is_ordinal_like(weekday) and _lowercase_word_follows(text, date.span.end, span.end)
        ):
            yield date


def _is_ordinal_like(weekday: WeekdayMention) -> bool:
    """ "Thứ hai" can also be "secondly"; "Thứ 2", "T2" and "Chủ nhật" cannot."""
    return weekday.text[:3].lower() == "thứ" and weekday.text[-1].isalpha()


def _lowercase_word_follows(text: str, position: int, block_end: int) -> bool:
    rest = text[position : min(block_end, position + 4)]
    stripped = rest.lstrip()
    return len(stripped) < len(rest) and bool(stripped) and stripped[0].islower()


@lru_cache(maxsize=1)
def _lunar_after() -> re.Pattern[str]:
    data = load_data("dates")
    markers = alternation(data["lunar_markers"], r"\s+")
    year = (
        rf"năm\s+(?:{alternation(data['lunar_stems'])})\s+(?:{alternation(data['lunar_branches'])})"
    )
    return re.compile(rf"\s{{0,3}}\(?\s{{0,2}}(?:{markers}|{year})(?!\w)", re.IGNORECASE)


def _lunar(text: str, date: DateMention) -> bool:
    """Whether ``date`` is a lunar date: "ngày 10/3 âm lịch", "ngày 15 tháng 01 năm Giáp Thìn"."""
    return date.year is None and _lunar_after().match(text, date.span.end) is not None


def extract_dates(document: Document, mentions: Mentions) -> None:
    text = document.text
    enumerates = bool(_lexicon().enumeration.search(text))
    for block in document.blocks:
        claimed = _Claimed()
        found = (*_full_dates(text, block.span), *_yearless_dates(text, block.span))
        dates = [date for date in found if claimed.take(date.span) and not _lunar(text, date)]
        mentions.periods.extend(p for p in _periods(text, block.span) if claimed.take(p.span))
        date_starts = {date.span.start for date in dates}
        weekdays = [
            w for w in _weekdays(text, block.span, date_starts, enumerates) if claimed.take(w.span)
        ]
        dates += [d for d in _weekday_dates(text, block.span, weekdays) if claimed.take(d.span)]
        mentions.dates.extend(dates)
        mentions.weekdays.extend(weekdays)
    mentions.dates.sort(key=lambda d: d.span.start)
    mentions.periods.sort(key=lambda p: p.span.start)
    mentions.weekdays.sort(key=lambda w: w.span.start)
