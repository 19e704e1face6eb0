"""Duration claims: each stated duration with the days it is counted between, and each
reviewed calendar period with its days.

A duration counts from its anchor: a date or period after "từ"/"kể từ" in its sentence or the
sentence before ("Từ 01/3/2023, … Qua 6 tháng triển khai"), else what is implemented, printed
after it in its clause: a cited document with its date ("5 năm thực hiện Nghị quyết số
18-NQ/TW ngày 25/10/2017"), a congress ("năm thứ ba thực hiện Nghị quyết Đại hội XIII"; the
days it was held are rule data, rules/data/congresses.yaml; a local congress is dated by the
term printed after it), or a plan's years ("năm đầu thực hiện Kế hoạch 5 năm 2021 – 2025"). An
undated citation or an unknown congress leaves the duration without an anchor. It counts to
a date after "đến"/"tới" in its sentence, else to the year the sentence is about ("Năm 2021
là năm đầu …"), else to the report date. Sentences about the future ("sẽ", "dự kiến") make
no claim.

A reviewed period without a year ("kết quả 9 tháng") takes the report date's year, unless
the document's period is of another year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from lint.claims import DurationClaim, PeriodReviewClaim
from lint.context import ReportContext
from lint.document import Document, Span
from lint.linking.ordinals import link_ordinals
from lint.mentions import (
    CitationMention,
    DateMention,
    DurationMention,
    Mentions,
    OrdinalMention,
    PeriodMention,
    ReviewMention,
)
from lint.ruledata import alternation, load_data

Window = tuple[dt.date, dt.date]
_CLAUSE_LENGTH = 160
_TERM_DISTANCE = 40  # "Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 – 2025"
_WORD_WINDOW = 16
_YEARS = range(1900, 2101)


class _Lexicon(NamedTuple):
    national: dict[int, Window]
    national_body: str
    national_offsets: tuple[int, ...]
    local_offsets: tuple[int, ...]
    start_word: re.Pattern[str]
    end_word: re.Pattern[str]
    future: re.Pattern[str]
    estimate: re.Pattern[str]


class _Anchor(NamedTuple):
    span: Span
    start: Window
    first_years: tuple[int, ...]


def _before_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?:{alternation(words)})\s{{1,3}}(?:ngày\s{{1,3}})?$", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    words = load_data("durations")
    congresses = load_data("congresses")
    return _Lexicon(
        national={
            int(k): (dt.date.fromisoformat(str(v[0])), dt.date.fromisoformat(str(v[1])))
            for k, v in congresses["national"].items()
        },
        national_body=str(load_data("references")["national_body"]),
        national_offsets=tuple(int(o) for o in congresses["national_first_year_offsets"]),
        local_offsets=tuple(int(o) for o in congresses["local_first_year_offsets"]),
        start_word=_before_pattern(words["start_words"]),
        end_word=_before_pattern(words["end_words"]),
        future=re.compile(rf"(?<!\w)(?:{alternation(words['future_words'])})(?!\w)", re.I),
        estimate=re.compile(rf"(?<!\w)(?:{alternation(words['estimate_words'])})(?!\w)", re.I),
    )


def _after_word(pattern: re.Pattern[str], text: str, start: int) -> bool:
    return bool(pattern.search(text, max(0, start - _WORD_WINDOW), start))


def _year_window(year: int) -> Window:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _term_anchor(span: Span, period: PeriodMention) -> _Anchor:
    """A term opened by a local congress held in its first year."""
    first = period.start.year
    return _Anchor(span, _year_window(first), tuple(first + o for o in _lexicon().local_offsets))


class _Linker:
    def __init__(self, document: Document, mentions: Mentions, context: ReportContext) -> None:
        self.document = document
        self.text = document.text
        self.mentions = mentions
        self.context = context
        lexicon = _lexicon()
        self.congresses: dict[Span, tuple[OrdinalMention, str]] = {
            ordinal.span: (ordinal, body.body)
            for body in link_ordinals(document, mentions)
            for ordinal in body.congresses
        }
        self.full_dates = [
            (d.span, d.date) for d in mentions.dates if d.date is not None and d.year is not None
        ]
        self.lexicon = lexicon

    # -- where the duration starts -------------------------------------------------------

    def _marked(self, pattern: re.Pattern[str], span: Span) -> list[tuple[Span, Window]]:
        """Dates and periods inside ``span`` printed right after a word of ``pattern``."""
        found: list[tuple[Span, Window]] = []
        for date_span, date in self.full_dates:
            if span.covers(date_span) and _after_word(pattern, self.text, date_span.start):
                found.append((date_span, (date, date)))
        for period in self.mentions.periods:
            if span.covers(period.span) and _after_word(pattern, self.text, period.span.start):
                found.append((period.span, (period.start, period.end)))
        return sorted(found, key=lambda item: item[0].start)

    def _from_anchor(self, duration: DurationMention, sentence: int) -> _Anchor | None:
        """The nearest "từ <date>" before the duration in its sentence or the one before,
        else the first after it in its sentence."""
        current = self.document.sentences[sentence]
        first = sentence - 1 if sentence > 0 else sentence
        if self.document.sentences[first].block != current.block:
            first = sentence
        before = Span(self.document.sentences[first].span.start, duration.span.start)
        after = Span(duration.span.end, current.span.end)
        marked = self._marked(self.lexicon.start_word, before)
        if marked:
            span, window = marked[-1]
        else:
            marked = self._marked(self.lexicon.start_word, after)
            if not marked:
                return None
            span, window = marked[0]
        return _Anchor(span, window, (window[0].year, window[0].year + 1))

    def _object_anchor(self, duration: DurationMention, clause: Span) -> _Anchor | None:
        """What the duration implements, the first anchor printed after it in its clause."""
        candidates: list[tuple[int, _Anchor | None]] = []
        for citation in self.mentions.citations:
            if clause.covers(citation.span):
                candidates.append((citation.span.start, _citation_anchor(citation)))
        for span, (ordinal, body) in self.congresses.items():
            if clause.covers(span):
                candidates.append((span.start, self._congress_anchor(ordinal, body, clause)))
        for period in self.mentions.periods:
            if clause.covers(period.span) and period.kind in ("range", "term"):
                candidates.append((period.span.start, _plan_anchor(period)))
        if not candidates:
            return None
        return min(candidates, key=lambda item: item[0])[1]

    def _congress_anchor(self, ordinal: OrdinalMention, body: str, clause: Span) -> _Anchor | None:
        lexicon = self.lexicon
        if body == lexicon.national_body:
            held = lexicon.national.get(ordinal.value or 0)
            if held is None:
                return None
            offsets = lexicon.national_offsets
            return _Anchor(ordinal.span, held, tuple(held[0].year + o for o in offsets))
        term = next(
            (
                p
                for p in self.mentions.periods
                if p.kind == "term"
                and clause.covers(p.span)
                and 0 <= p.span.start - ordinal.span.end <= _TERM_DISTANCE
            ),
            None,
        )
        return _term_anchor(Span(ordinal.span.start, term.span.end), term) if term else None

    # -- where it ends ---------------------------------------------------------------------

    def _end(
        self, duration: DurationMention, sentence: int, anchor: _Anchor
    ) -> tuple[Window, Span | None] | None:
        span = self.document.sentences[sentence].span
        date = self.context.report_date
        marked = [
            item
            for item in self._marked(self.lexicon.end_word, span)
            if item[0].start > anchor.span.start and (date is None or item[1][0] <= date)
        ]  # an end after the document's date is a horizon ("định hướng đến năm 2030")
        if marked:
            return marked[0][1], marked[0][0]
        years = [
            p
            for p in self.context.own_periods.get(sentence, [])
            if p.kind == "year" and p.span.end <= duration.span.start
        ]
        if years:
            return (years[-1].start, years[-1].end), years[-1].span
        return ((date, date), None) if date else None

    def claim(self, duration: DurationMention) -> DurationClaim | None:
        sentence = self.document.sentence_index(duration.span.start)
        if sentence is None:
            return None
        span = self.document.sentences[sentence].span
        if self.lexicon.future.search(self.text, span.start, span.end):
            return None
        anchor = self._from_anchor(duration, sentence) or self._object_anchor(
            duration, _clause_after(self.text, duration.span.end, span.end)
        )
        if anchor is None:
            return None
        end = self._end(duration, sentence, anchor)
        if end is None or anchor.start[0] > end[0][1]:
            return None
        return DurationClaim(
            duration, anchor.span, anchor.start, end[0], end[1], anchor.first_years
        )


def _clause_after(text: str, start: int, sentence_end: int) -> Span:
    end = min(sentence_end, start + _CLAUSE_LENGTH)
    cut = text.find(";", start, end)
    return Span(start, cut if cut != -1 else end)


def _citation_anchor(citation: CitationMention) -> _Anchor | None:
    date: DateMention | None = citation.date
    if date is None or date.date is None or date.year is None:
        return None
    return _Anchor(citation.span, (date.date, date.date), (date.year, date.year + 1))


def _plan_anchor(period: PeriodMention) -> _Anchor | None:
    years = period.printed_years
    if years is None or years[0] > years[1]:
        return None
    if period.kind == "term":
        return _term_anchor(period.span, period)
    first = dt.date(years[0], 1, 1)
    return _Anchor(period.span, (first, first), (years[0],))


def link_durations(
    document: Document, mentions: Mentions, context: ReportContext
) -> list[DurationClaim]:
    if not mentions.durations:
        return []
    linker = _Linker(document, mentions, context)
    return [c for c in (linker.claim(d) for d in mentions.durations) if c is not None]


def _review_window(review: ReviewMention, year: int) -> Window:
    if review.kind == "year":
        return _year_window(year)
    if review.kind == "quarter":
        first, last = 3 * review.count - 2, 3 * review.count
    else:
        first, last = 1, review.count
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def _review_year(review: ReviewMention, context: ReportContext) -> int | None:
    if review.year is not None:
        return review.year if review.year in _YEARS else None
    date, period = context.report_date, context.document_period
    if date is None or (period is not None and period.year != date.year):
        return None
    return date.year


def _reviews(
    mentions: Mentions, context: ReportContext, estimated: bool
) -> Iterator[PeriodReviewClaim]:
    for review in mentions.reviews:
        year = _review_year(review, context)
        if year is not None:
            start, end = _review_window(review, year)
            yield PeriodReviewClaim(review, start, end, estimated)


def link_period_reviews(
    document: Document, mentions: Mentions, context: ReportContext
) -> list[PeriodReviewClaim]:
    if not mentions.reviews:
        return []
    estimated = bool(_lexicon().estimate.search(document.text))
    return list(_reviews(mentions, context, estimated))
