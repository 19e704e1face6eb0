"""What extraction finds in the text: numbers, units, dates, periods, weekdays and relation
words, each with its span. Checks read these; they never re-parse text themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from lint.document import Span
from lint.intervals import Interval

NumberKind = Literal["number", "percent", "fraction", "range"]
UnitKind = Literal["money", "physical", "count"]


@dataclass(frozen=True)
class Unit:
    """A unit after a figure: ``key`` is canonical ("đồng", "ha", "hộ"); money keeps its
    currency in ``key`` and its scale in the figure's value."""

    kind: UnitKind
    key: str
    span: Span


@dataclass(frozen=True)
class NumberMention:
    """One printed figure. ``value`` is the printed value times its scale word;
    ``interval`` is every true value the print (precision and qualifier) allows."""

    span: Span
    text: str
    kind: NumberKind
    value: float
    interval: Interval
    decimals: int = 0
    scale: float = 1.0
    qualifier: str | None = None
    unit: Unit | None = None
    denominator: int | None = None  # for fractions "18/20": value 18, denominator 20
    high: float | None = None  # for ranges "15 – 18": value 15, high 18
    leading_zero: bool = False
    ambiguous: bool = False  # "41,250": read as 41,25 but could be English 41 250
    english_format: bool = False  # "1,282,217"
    percent_range: bool = False  # "5-6%": a range of percentages
    grouped: bool = False  # printed with thousands separators ("3.000", "1,282,217")
    shared_unit: bool = False  # unit and scale from the list's last figure ("1.000, 4.200 tỷ")

    @property
    def is_percent(self) -> bool:
        return self.kind == "percent"


@dataclass(frozen=True)
class OrdinalMention:
    span: Span
    text: str
    value: int | None  # None when malformed ("XIIX")
    roman: bool


@dataclass(frozen=True)
class DateMention:
    """A calendar date as printed. ``date`` is None when the day does not exist."""

    span: Span
    text: str
    day: int
    month: int
    year: int | None
    date: dt.date | None
    month_first: bool = False  # "6/29/2024": only readable month-first


@dataclass(frozen=True)
class WeekdayMention:
    """A weekday name; ``weekday`` follows ``datetime.date.weekday()`` (Monday is 0)."""

    span: Span
    text: str
    weekday: int


PeriodKind = Literal["year", "half", "quarter", "month", "months_to_date", "range", "term"]


@dataclass(frozen=True)
class PeriodMention:
    """A reporting period such as "6 tháng đầu năm 2022", "quý I/2024", "năm 2022"."""

    span: Span
    text: str
    kind: PeriodKind
    start: dt.date
    end: dt.date
    year: int  # the year of the period's end


@dataclass(frozen=True)
class RelationMention:
    """A relation word with what it links, e.g. "so với cùng kỳ năm 2021" (kind
    ``compare``, ``year`` 2021), "đạt 85% kế hoạch" (kind ``plan``)."""

    span: Span
    kind: str
    text: str
    attrs: dict[str, object] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class CitationMention:
    """A legal document cited by its symbol: "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban
    Chấp hành Trung ương". ``number`` is the printed number ("18", "05", "30a"), ``codes``
    the letter parts after it (("NQ", "TW"), ("QĐ", "UBND")), ``issuer`` the part naming the
    issuing body ("TW", "UBND"); ``date`` and ``body`` (the issuing body's words) are None
    when not printed."""

    span: Span
    symbol: str
    doc_type: str | None
    number: str
    year: int | None
    codes: tuple[str, ...]
    issuer: str
    date: DateMention | None = None
    body: str | None = None
    body_span: Span | None = None


@dataclass(frozen=True)
class RepeatMention:
    """The same word twice in a row ("các các"): ``span`` covers both, ``second`` the
    repeat."""

    span: Span
    word: str
    second: Span
    inside_words: bool = False  # a word stands right before and right after the repeat


@dataclass
class Mentions:
    numbers: list[NumberMention] = field(default_factory=list)
    ordinals: list[OrdinalMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    weekdays: list[WeekdayMention] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    repeats: list[RepeatMention] = field(default_factory=list)
    citations: list[CitationMention] = field(default_factory=list)
