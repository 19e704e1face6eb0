"""Stated durations, date and month ranges, and reviews of a calendar period.

Durations of implementation: "qua 6 tháng triển khai", "sau hơn 10 năm thực hiện", "5 năm
thực hiện", "tổng kết 10 năm" (a review around an anniversary) and "năm thứ ba thực hiện",
"năm đầu thực hiện" (the Nth year). Without a verb of implementation after it a count is
not a duration ("sau 6 tháng" may be a deadline, "sơ kết 6 tháng" is the first half-year).

Ranges: "từ ngày 15/8 đến ngày 10/8/2023", "từ 20/9/2023 - 15/9/2023", "từ tháng 9 đến
tháng 6 năm 2023" (a start without a year takes the end's). Year ranges are periods
(lint/extract/dates.py keeps their printed order).

Reviews: a review word ("kết quả", "sơ kết", "tổng kết", "đánh giá", "tình hình", "báo cáo")
followed, within a few words and no punctuation, by a calendar period: "9 tháng", "6 tháng
đầu năm 2022", "quý III/2023", "năm 2023". The lexicons are rule data
(rules/data/durations.yaml); every pattern has bounded repetition only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from lint.document import Document, Span
from lint.extract.dates import calendar_date
from lint.mentions import DurationMention, Mentions, RangeMention, ReviewMention
from lint.patterns import Scan, folded_window, initials, phrase_keys, scan, word_scan
from lint.ruledata import alternation, load_data

_GAP = r"\s{1,3}"
_END = r"(?![\w/]|[.,][0-9])"
_TO = r"\s{0,3}(?:đến|tới|[-–—])\s{0,3}"
_SHORT_DATE = r"(?P<{d}>[0-9]{{1,2}})[/.](?P<{m}>[0-9]{{1,2}})(?:[/.](?P<{y}>[0-9]{{4}}))?"
_DATE_RANGE = scan(
    ("từ",),
    "t",
    rf"(?<!\w)từ{_GAP}(?:ngày{_GAP})?{_SHORT_DATE.format(d='d1', m='m1', y='y1')}{_END}{_TO}"
    rf"(?:ngày{_GAP})?{_SHORT_DATE.format(d='d2', m='m2', y='y2')}{_END}",
    re.IGNORECASE,
)
_MONTH_YEAR = r"(?:\s{{0,2}}[/.-]\s{{0,2}}(?P<{a}>[0-9]{{4}})|{gap}năm{gap}(?P<{b}>[0-9]{{4}}))"
_MONTH_RANGE = scan(
    ("từ",),
    "t",
    rf"(?<!\w)từ{_GAP}tháng{_GAP}(?P<m1>[0-9]{{1,2}})"
    rf"{_MONTH_YEAR.format(a='y1', b='y1b', gap=_GAP)}?{_TO}(?:tháng{_GAP})?(?P<m2>[0-9]{{1,2}})"
    rf"{_MONTH_YEAR.format(a='y2', b='y2b', gap=_GAP)}(?![0-9])",
    re.IGNORECASE,
)
_REVIEW_PERIOD = (
    rf"(?:(?P<count>[0-9]{{1,2}}){_GAP}tháng(?!{_GAP}cuối)(?P<first>{_GAP}đầu{_GAP}năm)?"
    rf"(?:{_GAP}(?:năm{_GAP})?(?P<year1>[0-9]{{4}}))?(?![0-9])"
    rf"|quý{_GAP}(?P<quarter>IV|I{{1,3}}|[1-4])"
    rf"(?:\s{{0,2}}[/.-]\s{{0,2}}(?P<year2>[0-9]{{4}})|{_GAP}năm{_GAP}(?P<year3>[0-9]{{4}}))?"
    rf"(?!\w)|năm{_GAP}(?P<year4>[0-9]{{4}})(?![0-9]))"
)
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_CLAUSE_CUTS = ",;:.!?\n"
_LOOKBACK = 40


class _Lexicon(NamedTuple):
    duration_keys: tuple[str, ...]
    duration: Scan
    ordinal: Scan
    review: Scan
    counts: dict[str, int]
    ordinals: dict[str, int]
    review_leads: frozenset[str]
    blocked_before: Scan
    gap_blockers: Scan
    review_blockers: Scan
    month_followers: re.Pattern[str]
    cyclical: Scan


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_data("durations")
    counts = {str(k): int(v) for k, v in data["number_words"].items()}
    ordinals = {str(k): int(v) for k, v in data["ordinal_words"].items()}
    leads = [*data["duration_leads"], *data["review_leads"]]
    verbs = alternation(data["implementation_verbs"])
    qualifiers = alternation(list(data["qualifiers"]))
    return _Lexicon(
        duration_keys=phrase_keys([*data["implementation_verbs"], *data["review_leads"]]),
        duration=scan(
            ("năm", "tháng"),
            "0-9" + initials([*leads, *data["qualifiers"], *counts]),
            rf"(?<!\w)(?:(?P<lead>{alternation(leads)}){_GAP})?(?:(?P<qualifier>{qualifiers})"
            rf"{_GAP})?(?P<count>[0-9]{{1,3}}|{alternation(list(counts))}){_GAP}"
            rf"(?P<unit>năm|tháng)(?!\w)(?:{_GAP}(?P<verb>{verbs})(?!\w))?",
            re.IGNORECASE,
        ),
        ordinal=scan(
            ("năm",),
            "n",
            rf"(?<!\w)năm{_GAP}(?:thứ{_GAP}(?P<ordinal>[0-9]{{1,2}}|{alternation(list(ordinals))})"
            rf"|(?P<first>{alternation(data['first_year_words'])})){_GAP}(?:{verbs})(?!\w)",
            re.IGNORECASE,
        ),
        review=word_scan(
            data["review_words"],
            rf"(?!\w)(?P<gap>[^.,;:!?()\n0-9]{{0,60}}?)(?<!\w){_REVIEW_PERIOD}",
        ),
        counts=counts,
        ordinals=ordinals,
        review_leads=frozenset(str(w).lower() for w in data["review_leads"]),
        blocked_before=word_scan(data["blocked_before"], r"\s{0,3}$"),
        gap_blockers=word_scan(data["review_gap_blockers"]),
        review_blockers=word_scan(data["review_blockers"]),
        month_followers=re.compile(
            rf"{_GAP}(?:{alternation(data['month_count_followers'])})(?!\w)", re.IGNORECASE
        ),
        cyclical=word_scan(data["cyclical_words"]),
    )


def _span(match: re.Match[str], group: int | str = 0) -> Span:
    return Span(match.start(group), match.end(group))


def _number(text: str, words: dict[str, int]) -> int | None:
    return int(text) if text.isdigit() else words.get(text.lower())


def _clause_before(text: str, start: int, floor: int) -> str:
    before = text[max(floor, start - _LOOKBACK) : start]
    cut = max(before.rfind(c) for c in _CLAUSE_CUTS)
    return before[cut + 1 :]


def _clause_after(text: str, end: int, ceiling: int) -> str:
    after = text[end : min(ceiling, end + _LOOKBACK)]
    cuts = [index for index in (after.find(c) for c in _CLAUSE_CUTS) if index != -1]
    return after[: min(cuts, default=len(after))]


def _durations(text: str, span: Span) -> Iterator[DurationMention]:
    """The durations of a block; each is kept only beside a verb of implementation or a
    review word, so a block with none of those has none."""
    lexicon = _lexicon()
    folded = folded_window(text, span.start, span.end)
    if not any(map(folded.__contains__, lexicon.duration_keys)):
        return
    for match in lexicon.duration.finditer(text, span.start, span.end):
        lead = (match.group("lead") or "").lower()
        unit = "year" if match.group("unit").lower() == "năm" else "month"
        review = lead in lexicon.review_leads
        if not (match.group("verb") or (review and unit == "year")):
            continue
        if not lead and lexicon.blocked_before.search(
            _clause_before(text, match.start(), span.start)
        ):
            continue
        count = _number(match.group("count"), lexicon.counts)
        if not count:
            continue
        qualifier = match.group("qualifier")
        yield DurationMention(
            _span(match),
            match.group(0),
            count,
            unit,
            qualifier.lower() if qualifier else None,
            review=review,
        )
    for match in lexicon.ordinal.finditer(text, span.start, span.end):
        count = 1 if match.group("first") else _number(match.group("ordinal"), lexicon.ordinals)
        if count:
            yield DurationMention(_span(match), match.group(0), count, "year", ordinal=True)


def _date_range(match: re.Match[str], cyclical: bool) -> RangeMention | None:
    if match.group("y2") is None:
        return None
    end_year = int(match.group("y2"))
    start_year = int(match.group("y1")) if match.group("y1") else end_year
    start = calendar_date(start_year, int(match.group("m1")), int(match.group("d1")))
    end = calendar_date(end_year, int(match.group("m2")), int(match.group("d2")))
    if start is None or end is None:
        return None
    return RangeMention(
        _span(match),
        "date",
        Span(match.start("d1"), match.end("y1" if match["y1"] else "m1")),
        Span(match.start("d2"), match.end()),
        start,
        end,
        year_inferred=match.group("y1") is None,
        cyclical=cyclical,
    )


def _last_group(match: re.Match[str], *groups: str) -> str:
    return next(group for group in groups if match.group(group))


def _month_range(match: re.Match[str], cyclical: bool) -> RangeMention | None:
    first, last = int(match.group("m1")), int(match.group("m2"))
    end_year = int(match.group("y2") or match.group("y2b"))
    printed = match.group("y1") or match.group("y1b")
    if not (1 <= first <= 12 and 1 <= last <= 12):
        return None
    start_year = int(printed) if printed else end_year
    return RangeMention(
        _span(match),
        "month",
        Span(match.start(), match.end(_last_group(match, "y1", "y1b", "m1"))),
        Span(match.start("m2"), match.end()),
        dt.date(start_year, first, 1),
        dt.date(end_year, last, 1),
        year_inferred=printed is None,
        cyclical=cyclical,
    )


def _ranges(text: str, span: Span) -> Iterator[RangeMention]:
    matches = [
        *((m, _date_range) for m in _DATE_RANGE.finditer(text, span.start, span.end)),
        *((m, _month_range) for m in _MONTH_RANGE.finditer(text, span.start, span.end)),
    ]
    if not matches:
        return
    cyclical = bool(_lexicon().cyclical.search(text, span.start, span.end))
    for match, read in matches:
        found = read(match, cyclical)
        if found:
            yield found


def _review(text: str, match: re.Match[str]) -> ReviewMention | None:
    year_text = next(
        (match.group(g) for g in ("year1", "year2", "year3", "year4") if match.group(g)), None
    )
    year = int(year_text) if year_text else None
    period = Span(match.end("gap"), match.end())
    if match.group("year4"):
        return ReviewMention(_span(match), period, "year", 12, year)
    if match.group("quarter"):
        return ReviewMention(
            _span(match), period, "quarter", _QUARTERS[match["quarter"].upper()], year
        )
    count = int(match.group("count"))
    if not 1 <= count <= 12:
        return None
    if (
        year is None
        and not match.group("first")
        and _lexicon().month_followers.match(text, match.end())
    ):
        return None  # "kết quả 9 tháng triển khai": a duration
    return ReviewMention(_span(match), period, "months_to_date", count, year)


def _reviews(text: str, span: Span) -> Iterator[ReviewMention]:
    lexicon = _lexicon()
    for match in lexicon.review.finditer(text, span.start, span.end):
        if lexicon.gap_blockers.search(match.group("gap")):
            continue
        if lexicon.review_blockers.search(_clause_before(text, match.start(), span.start)):
            continue
        if lexicon.review_blockers.search(_clause_after(text, match.end(), span.end)):
            continue  # "sơ kết công tác quý IV/2024 dự kiến từ ngày 23/12": a meeting to come
        found = _review(text, match)
        if found:
            yield found


def extract_durations(document: Document, mentions: Mentions) -> None:
    text = document.text
    for block in document.blocks:
        mentions.durations.extend(_durations(text, block.span))
        mentions.ranges.extend(_ranges(text, block.span))
        mentions.reviews.extend(_reviews(text, block.span))
    mentions.durations.sort(key=lambda d: d.span.start)
