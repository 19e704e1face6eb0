"""What extraction finds in the text: numbers, units, dates, periods, weekdays and relation
words, each with its span. Checks read these; they never re-parse text themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from lint.document import Span
from lint.intervals import Interval
from lint.records import Record

NumberKind = Literal["number", "percent", "fraction", "range"]
UnitKind = Literal["money", "physical", "count"]


@dataclass(frozen=True, repr=False)
class Unit(Record):
    """A unit after a figure: ``key`` is canonical ("đồng", "ha", "hộ"); money keeps its
    currency in ``key`` and its scale in the figure's value."""

    kind: UnitKind
    key: str
    span: Span


@dataclass(frozen=True, repr=False)
class NumberMention(Record):
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


@dataclass(frozen=True, repr=False)
class OrdinalMention(Record):
    span: Span
    text: str
    value: int | None  # None when malformed ("XIIX")
    roman: bool


@dataclass(frozen=True, repr=False)
class DateMention(Record):
    """A calendar date as printed. ``date`` is None when the day does not exist."""

    span: Span
    text: str
    day: int
    month: int
    year: int | None
    date: dt.date | None
    month_first: bool = False  # "6/29/2024": only readable month-first


@dataclass(frozen=True, repr=False)
class WeekdayMention(Record):
    """A weekday name; ``weekday`` follows ``datetime.date.weekday()`` (Monday is 0)."""

    span: Span
    text: str
    weekday: int


PeriodKind = Literal["year", "half", "quarter", "month", "months_to_date", "range", "term"]


@dataclass(frozen=True, repr=False)
class PeriodMention(Record):
    """A reporting period such as "6 tháng đầu năm 2022", "quý I/2024", "năm 2022"."""

    span: Span
    text: str
    kind: PeriodKind
    start: dt.date
    end: dt.date
    year: int  # the year of the period's end
    printed_years: tuple[int, int] | None = None  # a year range's years as printed, in order


DurationUnit = Literal["year", "month"]


@dataclass(frozen=True, repr=False)
class DurationMention(Record):
    """A stated time of implementation: "qua 6 tháng triển khai", "sau 10 năm thực hiện",
    "tổng kết 10 năm" (``review``: a review around an anniversary), "năm thứ ba thực hiện"
    (``ordinal``: the Nth year, not N years). ``qualifier`` is a loosening word ("gần",
    "hơn", …) in lower case."""

    span: Span
    text: str
    count: int
    unit: DurationUnit
    qualifier: str | None = None
    ordinal: bool = False
    review: bool = False


@dataclass(frozen=True, repr=False)
class RangeMention(Record):
    """A range of dates or months, "từ ngày 15/8 đến ngày 10/8/2023", "từ tháng 9 đến tháng
    6 năm 2023": ``start`` and ``end`` are its ends (a month as its first day);
    ``year_inferred`` when the start's year is the end's; ``cyclical`` when the block names
    a season or school year that crosses a year boundary."""

    span: Span
    kind: Literal["date", "month"]
    first: Span
    last: Span
    start: dt.date
    end: dt.date
    year_inferred: bool = False
    cyclical: bool = False


@dataclass(frozen=True, repr=False)
class ReviewMention(Record):
    """Results of a calendar period reviewed as done: "kết quả 9 tháng năm 2023", "sơ kết 6
    tháng đầu năm", "tổng kết năm 2023". ``kind`` "months_to_date" counts ``count`` months
    from January, "quarter" is quarter ``count``, "year" the whole year; ``year`` is None
    when not printed."""

    span: Span
    period: Span
    kind: Literal["months_to_date", "quarter", "year"]
    count: int
    year: int | None


@dataclass(frozen=True, repr=False)
class RelationMention(Record):
    """A relation word with what it links, e.g. "so với cùng kỳ năm 2021" (kind
    ``compare``, ``year`` 2021), "đạt 85% kế hoạch" (kind ``plan``)."""

    span: Span
    kind: str
    text: str
    attrs: dict[str, object] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, repr=False)
class CitationMention(Record):
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


@dataclass(frozen=True, repr=False)
class RepeatMention(Record):
    """The same word twice in a row ("các các"): ``span`` covers both, ``second`` the
    repeat."""

    span: Span
    word: str
    second: Span
    inside_words: bool = False  # a word stands right before and right after the repeat


WordForm = Literal["ascii", "composed", "decomposed"]
ToneStyle = Literal["hoà", "hòa"]


@dataclass(frozen=True, repr=False)
class WordMention(Record):
    """A word (letters with their combining marks) the wording rules look at: every word with
    a tone-mark style and, in a document containing combining marks (the only place forms
    can differ), every non-ASCII word. ``form`` is "decomposed" when the word is not in NFC.
    ``tone_style`` is set for open "oa/oe/uy" syllables with a tone mark ("hoà" or "hòa"
    placement) and ``restyled`` is the word in the other style; ``in_name`` marks syllables
    of a personal name or of a proper name listed in rule data."""

    span: Span
    text: str
    form: WordForm
    tone_style: ToneStyle | None = None
    restyled: str | None = None
    in_name: bool = False


@dataclass(frozen=True, repr=False)
class InvisibleCharMention(Record):
    """A zero-width or invisible character (U+200B, U+200C, U+200D, U+2060, U+FEFF,
    U+00AD) inside the text."""

    span: Span
    char: str


@dataclass(frozen=True, repr=False)
class TermMention(Record):
    """A term that can be spelt several ways ("Covid-19", "COVID 19", "KT-XH"). ``key`` is
    the casefolded spelling without spaces or hyphens; ``joined`` is False for the weak form
    "Covid 19" (word, space, digits), which only counts beside a joined spelling."""

    span: Span
    text: str
    key: str
    joined: bool
    sentence_initial: bool = False


@dataclass(frozen=True, repr=False)
class AcronymMention(Record):
    """An all-capitals acronym: a use ("MTTQ") or a definition ("Mặt trận Tổ quốc (MTTQ)",
    with the expansion whose initials spell it, or "(gọi tắt là MTTQ)" without one)."""

    span: Span
    acronym: str
    definition: bool = False
    expansion: str | None = None
    expansion_key: str | None = None
    expansion_span: Span | None = None


@dataclass(frozen=True, repr=False)
class TitleRole(Record):
    """One position of a title ("Phó Bí thư Thường trực Huyện ủy"): the lexicon family and
    rank of the position and the body it is held in, with a normalised ``body_key``."""

    span: Span
    position: str
    family: str
    rank: str
    body: str
    body_key: str


@dataclass(frozen=True, repr=False)
class PersonTitleMention(Record):
    """A named person with the title attached to the name ("Bí thư Huyện ủy Nguyễn Văn An",
    "ông Trần Văn Bình - Chủ tịch UBND xã")."""

    name_span: Span
    name: str
    name_key: str
    title_span: Span
    roles: tuple[TitleRole, ...]


@dataclass(repr=False)
class Mentions(Record):
    numbers: list[NumberMention] = field(default_factory=list)
    ordinals: list[OrdinalMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    weekdays: list[WeekdayMention] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    repeats: list[RepeatMention] = field(default_factory=list)
    citations: list[CitationMention] = field(default_factory=list)
    words: list[WordMention] = field(default_factory=list)
    invisible_chars: list[InvisibleCharMention] = field(default_factory=list)
    terms: list[TermMention] = field(default_factory=list)
    acronyms: list[AcronymMention] = field(default_factory=list)
    person_titles: list[PersonTitleMention] = field(default_factory=list)
    durations: list[DurationMention] = field(default_factory=list)
    ranges: list[RangeMention] = field(default_factory=list)
    reviews: list[ReviewMention] = field(default_factory=list)
