"""Claims: mentions linked into statements a check can verify, e.g. "this figure is X% of
that plan" or "this sentence about the first half of 2022 compares with 2022".

Each claim is one statement found in one place, so claims compare by identity
(``eq=False``), and they are not frozen: Python would compile a guard against assignment
for every class at every start. Checks only read them; tests/test_claims.py checks that on
the samples."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from lint.document import Span
from lint.mentions import (
    CitationMention,
    DurationMention,
    NumberMention,
    OrdinalMention,
    PeriodMention,
    RelationMention,
    ReviewMention,
    Unit,
)
from lint.records import Record


@dataclass(eq=False, repr=False)
class ComparisonClaim(Record):
    """A comparison with a baseline ("so với cùng kỳ năm 2021") made in a sentence whose
    own period is ``period`` (None when unknown)."""

    sentence: int
    relation: RelationMention
    baseline_year: int
    period: PeriodMention | None
    is_target: bool  # a plan or target for a coming period ("phấn đấu", "kế hoạch")


@dataclass(eq=False, repr=False)
class PlanClaim(Record):
    """A figure achieved, its plan's figure and the stated percentage of plan:
    "<actual>, đạt/bằng <percent> kế hoạch (<plan>)"."""

    sentence: int
    relation: RelationMention
    actual: NumberMention
    percent: NumberMention
    plan: NumberMention


@dataclass(eq=False, repr=False)
class Component(Record):
    """One part of a breakdown: its figure (``factor`` converts it to the total's unit), the
    label before it and the share stated with it ("chiếm 25%"), if any."""

    number: NumberMention
    factor: float
    label: str
    share: NumberMention | None = None


@dataclass(eq=False, repr=False)
class TotalClaim(Record):
    """A total and the parts listed after "trong đó", "gồm", ...; ``partition`` names the
    known partition the parts form, if they form one."""

    total: NumberMention
    marker: RelationMention
    components: tuple[Component, ...]
    exhaustive: bool
    partition: dict[str, str] | None = None


@dataclass(eq=False, repr=False)
class StructureClaim(Record):
    """Shares of one whole listed as a structure ("cơ cấu kinh tế: nông nghiệp 25,3%, ..."),
    complete when they form a known partition."""

    shares: tuple[Component, ...]
    complete: bool
    partition: dict[str, str] | None = None


@dataclass(eq=False, repr=False)
class CountOf(Record):
    """ "18/20 chỉ tiêu đạt": a count of a set of ``denominator`` things (``noun``) with an
    outcome ("achievement:achieved", "presence:absent", or "" when none is stated)."""

    fraction: NumberMention
    noun: str
    outcome: str
    block: int


@dataclass(eq=False, repr=False)
class DisjointCounts(Record):
    """Counts of one set (same noun, same paragraph) whose outcomes exclude each other:
    together they cannot exceed the set, and they must agree on its size."""

    counts: tuple[NumberMention, ...]


@dataclass(eq=False, repr=False)
class FractionPercentClaim(Record):
    """A fraction and the percentage stated as equal to it ("9/13 xã (69,2%)")."""

    fraction: NumberMention
    percent: NumberMention


@dataclass(eq=False, repr=False)
class CountShareClaim(Record):
    """A count and its share of a whole ("1.200 hộ nghèo, chiếm 5%"); ``whole`` is the
    whole's wording after the share ("" when the text does not say)."""

    count: NumberMention
    share: NumberMention
    root: str
    whole: str
    block: int
    group: int  # claims with the same group are not separated by "trong đó"


@dataclass(eq=False, repr=False)
class StatedWholeClaim(Record):
    """A count and its share ("1.230 hộ, chiếm 3,1%") of a whole whose figure is printed:
    the total the count is listed under ("Toàn huyện có 45.600 hộ, trong đó …") or a figure
    in parentheses after the share's wording ("chiếm 3,1% tổng số hộ (45.600 hộ)")."""

    pair: CountShareClaim
    whole: NumberMention


@dataclass(eq=False, repr=False)
class TableCell(Record):
    """A table cell holding one figure: ``span`` is the whole cell."""

    table: int
    row: int
    column: int
    span: Span
    number: NumberMention


@dataclass(eq=False, repr=False)
class TableSumClaim(Record):
    """A table cell that is the sum of other cells: a total row ("Tổng cộng"), a section row
    (I, II over 1, 2, 3) or a total column; ``axis`` is "rows" or "columns". A claim with a
    ``support`` key is only reported when another claim with that key adds up (the table
    shows that its rows or columns are sums)."""

    total: TableCell
    components: tuple[TableCell, ...]
    axis: Literal["rows", "columns"]
    label: str
    support: str | None = None


TableRatioKind = Literal["plan", "growth", "ratio", "ratio_or_growth"]


@dataclass(eq=False, repr=False)
class TableRatioClaim(Record):
    """A percentage cell computed from two cells of its row: "plan" is numerator ÷ plan × 100,
    "ratio" this period ÷ same period × 100, "growth" that minus 100, and "ratio_or_growth"
    either one when the header does not say which."""

    cell: TableCell
    numerator: TableCell
    denominator: TableCell
    kind: TableRatioKind
    label: str


@dataclass(eq=False, repr=False)
class BareFigureClaim(Record):
    """A figure printed without a unit although ``unit`` is expected: the same indicator
    (``label``) carries it elsewhere, or its neighbours in the list do (``because``)."""

    number: NumberMention
    unit: Unit
    because: str  # "indicator" or "neighbours"
    label: str


@dataclass(eq=False, repr=False)
class CitedDocument(Record):
    """Every citation of one legal document (one symbol, however printed). ``issuers`` holds,
    per citation, the key of the body its "của …" words name followed by the broader bodies
    that one falls within (empty when no known body is printed)."""

    key: str
    citations: tuple[CitationMention, ...]
    issuers: tuple[tuple[str, ...], ...]


@dataclass(eq=False, repr=False)
class NumberedBody(Record):
    """The congress and term ordinals of one body: ``congresses`` from "Đại hội … lần thứ N"
    or "Đại hội N", ``terms`` from "khóa N" or "nhiệm kỳ thứ N". ``body`` is a key of rule
    data, or "" for ordinals whose body is not named (grouped only when no body is named)."""

    body: str
    congresses: tuple[OrdinalMention, ...]
    terms: tuple[OrdinalMention, ...]


@dataclass(eq=False, repr=False)
class ChangeStatement(Record):
    """How a figure changed: "tăng 5,2%" (form ``change``), "bằng 108,3% so với cùng kỳ"
    (``ratio``), "gấp 2 lần" (``times``), "tăng 50 tỷ đồng" (``absolute``). ``baseline`` is
    the baseline's key ("" when not said)."""

    relation: RelationMention
    number: NumberMention
    form: str
    direction: str
    baseline: str


@dataclass(eq=False, repr=False)
class GrowthClaim(Record):
    """Change statements about one figure ``subject``, with the baseline's own figure
    (``prior``) when printed; ``prior_baseline`` is the key of the baseline that figure is
    of ("cùng kỳ" for "năm trước", "cùng kỳ năm 2021"; "năm 2022" for "(năm 2022 đạt …)")."""

    sentence: int
    subject: NumberMention
    prior: NumberMention | None
    statements: tuple[ChangeStatement, ...]
    prior_baseline: str = "cùng kỳ"


@dataclass(eq=False, repr=False)
class CumulativeClaim(Record):
    """A figure for a period inside a cumulative one: "tháng 8 đạt 65 tỷ; lũy kế 8 tháng 60 tỷ"."""

    sentence: int
    part: NumberMention
    part_period: RelationMention
    cumulative: NumberMention
    cumulative_period: RelationMention


@dataclass(eq=False, repr=False)
class TotalUpdateClaim(Record):
    """An earlier total, an addition and the new total: "có 70 …; thêm 12, nâng tổng số lên 85"."""

    previous: NumberMention
    added: NumberMention
    total: NumberMention


@dataclass(eq=False, repr=False)
class AverageBoundsClaim(Record):
    """An average over a population whose complete distribution is stated: ``groups`` pairs a
    count ("12 xã") with its value or range ("15–18 tiêu chí")."""

    sentence: int
    average: NumberMention
    groups: tuple[tuple[NumberMention, NumberMention], ...]


@dataclass(eq=False, repr=False)
class ContributionPart(Record):
    sector: str
    relation: RelationMention
    number: NumberMention
    sign: int


@dataclass(eq=False, repr=False)
class ContributionClaim(Record):
    """A total growth rate and the sectors' contributions in percentage points."""

    sentence: int
    total: NumberMention
    total_sign: int
    parts: tuple[ContributionPart, ...]
    exhaustive: bool


@dataclass(eq=False, repr=False)
class AverageGrowthClaim(Record):
    """A stated average annual growth rate with the end value and either the start value or
    the absolute increase (start = end − increase) over ``years`` years."""

    sentence: int
    rate: NumberMention
    end: NumberMention
    start: NumberMention | None
    increase: NumberMention | None
    start_year: int
    end_year: int


@dataclass(eq=False, repr=False)
class PointChangeClaim(Record):
    """A change between two rates: "giảm từ 5,2% xuống 4,1%, giảm 1,1%"; ``in_points`` when
    the change is written in percentage points."""

    sentence: int
    start: NumberMention
    end: NumberMention
    direction: str
    change: NumberMention
    change_relation: RelationMention
    in_points: bool


@dataclass(eq=False, repr=False)
class DurationClaim(Record):
    """A stated duration and the days it is counted between: from its ``anchor`` (a date
    after "từ", a cited document's date, a congress, a plan's first year) to its end (a
    date after "đến", the year the sentence is about, else the report date). Each end is a
    window of possible days; ``first_years`` are the years that may count as the first year
    of implementation, for "năm thứ N"."""

    duration: DurationMention
    anchor: Span
    start: tuple[dt.date, dt.date]
    end: tuple[dt.date, dt.date]
    end_span: Span | None  # None: the end is the report date
    first_years: tuple[int, ...]


@dataclass(eq=False, repr=False)
class PeriodReviewClaim(Record):
    """A calendar period whose results the text reviews as done, with its days (a printed
    year, else the report's) and whether the document marks its figures as estimates."""

    review: ReviewMention
    start: dt.date
    end: dt.date
    estimated: bool


@dataclass(repr=False)
class Claims(Record):
    comparisons: list[ComparisonClaim] = field(default_factory=list)
    plans: list[PlanClaim] = field(default_factory=list)
    totals: list[TotalClaim] = field(default_factory=list)
    structures: list[StructureClaim] = field(default_factory=list)
    tables: list[TableSumClaim | TableRatioClaim] = field(default_factory=list)
    counts: list[CountOf] = field(default_factory=list)
    disjoint_counts: list[DisjointCounts] = field(default_factory=list)
    fraction_percents: list[FractionPercentClaim] = field(default_factory=list)
    count_shares: list[CountShareClaim] = field(default_factory=list)
    stated_wholes: list[StatedWholeClaim] = field(default_factory=list)
    bare_figures: list[BareFigureClaim] = field(default_factory=list)
    cited_documents: list[CitedDocument] = field(default_factory=list)
    numbered_bodies: list[NumberedBody] = field(default_factory=list)
    durations: list[DurationClaim] = field(default_factory=list)
    period_reviews: list[PeriodReviewClaim] = field(default_factory=list)
    growth: list[GrowthClaim] = field(default_factory=list)
    cumulatives: list[CumulativeClaim] = field(default_factory=list)
    total_updates: list[TotalUpdateClaim] = field(default_factory=list)
    average_bounds: list[AverageBoundsClaim] = field(default_factory=list)
    contributions: list[ContributionClaim] = field(default_factory=list)
    average_growth: list[AverageGrowthClaim] = field(default_factory=list)
    point_changes: list[PointChangeClaim] = field(default_factory=list)
