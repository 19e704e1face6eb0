"""The context a claim is read in: the document's own date and, for every sentence, the
period it reports on (sentence → heading → paragraph → document).

A sentence's own periods are the periods printed in it, except those inside a comparison
("so với cùng kỳ năm 2021") or right after a word that makes them someone else's period
("kế hoạch năm 2022", "từ năm 2021 đến nay"). The document's period comes from its title
(the first headings and the line after them), else it is the period sentences report on
most often. The document's date comes from ``--report-date``, else from a date line near the
top ("Hà Nội, ngày 29 tháng 6 năm 2022", "Ngày 29/6/2022, …", "Thứ năm - 28/09/2023 05:22",
"Chiều 10.7, …" with the year of the document's period). Whatever cannot be inferred stays
None, and the rules that need it stay silent.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from lint.document import Block, Document, Span
from lint.mentions import DateMention, Mentions, PeriodMention
from lint.records import Record
from lint.ruledata import alternation, load_data

_TITLE_BLOCKS = 10  # the title and date line sit within the first blocks
_SHORT_BLOCK = 200  # a title line under "BÁO CÁO" is short
_PREFIX_WINDOW = 32
_TITLE_LENGTH = 160
_DATE_LINE = re.compile(r"ngày[\s.…_]{0,40}tháng", re.IGNORECASE)  # "ngày …… tháng 6 năm 2022"


@dataclass(repr=False)
class ReportContext(Record):
    report_date: dt.date | None = None
    report_date_source: str = ""  # "option", "date line", ...
    document_period: PeriodMention | None = None
    sentence_periods: dict[int, PeriodMention] = field(default_factory=dict)
    # The periods printed in each sentence outside comparisons, in text order, and those
    # of them the sentence itself reports on (not "kế hoạch năm 2022", "từ năm 2021").
    printed_periods: dict[int, list[PeriodMention]] = field(default_factory=dict)
    own_periods: dict[int, list[PeriodMention]] = field(default_factory=dict)
    # For a sentence without its own period: every period it may inherit (its heading's,
    # its paragraph's, the document's), so a rule can stay silent unless all readings agree.
    inherited_periods: dict[int, list[PeriodMention]] = field(default_factory=dict)
    # The block indices of the headings a sentence sits under, innermost first.
    headings: dict[int, tuple[int, ...]] = field(default_factory=dict)

    @property
    def report_year(self) -> int | None:
        if self.report_date:
            return self.report_date.year
        return self.document_period.year if self.document_period else None

    def period_of_sentence(self, index: int) -> PeriodMention | None:
        return self.sentence_periods.get(index, self.document_period)


_BASELINE_BEFORE = re.compile(
    r"(?<!\w)so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+(?P<year>\d{4})\s*\(\s{0,2}$", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _aside() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the opening parenthesis before, the figure after) of a period given as the value of
    a baseline in an aside: "(năm 2022 đạt 3.200 tỷ đồng)"."""
    words = alternation(load_data("dates")["aside_value_words"], r"\s+")
    return (
        re.compile(r"\(\s{0,2}$"),
        re.compile(rf"\s{{0,2}}(?:(?:{words})(?!\w)\s{{0,2}})?:?\s{{0,2}}[0-9]", re.IGNORECASE),
    )


def _is_aside(text: str, period: PeriodMention, sentence_start: int) -> bool:
    """A period opening an aside that gives a baseline's value ("(năm 2022 đạt 3.200 tỷ
    đồng)"), or that opens right after a comparison with that same year ("so với năm 2023
    (năm 2023 làm rõ 48/58 vụ, …)")."""
    opening, figure = _aside()
    before = opening.search(text, max(sentence_start, period.span.start - 3), period.span.start)
    if before is None:
        return False
    if figure.match(text, period.span.end):
        return True
    baseline = _BASELINE_BEFORE.search(text, max(sentence_start, before.start() - 40), before.end())
    return baseline is not None and int(baseline.group("year")) == period.year


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a word before a period that makes it foreign, the prefix of a date line)."""
    data = load_data("dates")
    foreign = alternation(data["foreign_period_prefixes"])
    date_words = "|".join(re.escape(w) for w in data["date_line_words"])
    return (
        re.compile(
            rf"(?<!\w)(?:{foreign})\s{{1,3}}(?:giao\s{{1,3}}|đề ra\s{{1,3}})?$", re.IGNORECASE
        ),
        re.compile(
            r"[\s(#>*_]{0,8}(?:[^\W\d][^\d\n,]{0,40},\s{0,3})?"
            r"(?:(?:thứ\s{1,3}\w{1,4}|chủ\s{1,3}nhật|CN|T[2-7])\s{0,2}[,–—-]?\s{0,2})?"
            rf"(?:(?:{date_words})\s{{1,3}})?",
            re.IGNORECASE,
        ),
    )


def _sentence_index(document: Document, starts: list[int], span: Span) -> int | None:
    index = bisect.bisect_right(starts, span.start) - 1
    if index >= 0 and span.end <= document.sentences[index].span.end:
        return index
    return None


def printed_periods(document: Document, mentions: Mentions) -> dict[int, list[PeriodMention]]:
    """The periods printed in each sentence outside its comparison phrases, by sentence."""
    starts = [sentence.span.start for sentence in document.sentences]
    comparisons: dict[int, list[Span]] = {}
    for relation in mentions.relations:
        if relation.kind == "compare":
            index = _sentence_index(document, starts, relation.span)
            if index is not None:
                comparisons.setdefault(index, []).append(relation.span)
    printed: dict[int, list[PeriodMention]] = {}
    for period in mentions.periods:
        index = _sentence_index(document, starts, period.span)
        if index is not None and not any(
            span.overlaps(period.span) for span in comparisons.get(index, [])
        ):
            printed.setdefault(index, []).append(period)
    return printed


def _own(
    document: Document, printed: dict[int, list[PeriodMention]]
) -> dict[int, list[PeriodMention]]:
    """The printed periods a sentence reports on itself: not "kế hoạch năm 2022", not the
    baseline's value in an aside ("(năm 2022 đạt 3.200 tỷ đồng)")."""
    foreign = _patterns()[0]
    text = document.text
    own: dict[int, list[PeriodMention]] = {}
    for index, periods in printed.items():
        sentence_start = document.sentences[index].span.start
        for period in periods:
            start = period.span.start
            if foreign.search(text, max(sentence_start, start - _PREFIX_WINDOW), start):
                continue
            if not _is_aside(text, period, sentence_start):
                own.setdefault(index, []).append(period)
    return own


def _document_period(
    document: Document,
    printed: dict[int, list[PeriodMention]],
    own: dict[int, list[PeriodMention]],
) -> PeriodMention | None:
    """The period of the title ("BÁO CÁO … 6 tháng đầu năm 2022"), else the period that
    sentences report on most often."""
    first_of_block: dict[int, PeriodMention] = {}
    for index in sorted(printed):
        first_of_block.setdefault(document.sentences[index].block, printed[index][0])
    blocks = document.blocks
    for number in range(min(_TITLE_BLOCKS, len(blocks))):
        block = blocks[number]
        under_heading = number > 0 and _is_heading(document, blocks[number - 1])
        is_title = _is_heading(document, block) or (
            under_heading and block.span.end - block.span.start <= _SHORT_BLOCK
        )
        if (
            is_title
            and number in first_of_block
            and not _DATE_LINE.search(document.text, block.span.start, block.span.end)
        ):
            return first_of_block[number]
    counts = Counter((p.kind, p.start, p.end) for periods in own.values() for p in periods)
    if not counts:
        return None
    kind, start, end = counts.most_common(1)[0][0]
    return next(
        p
        for periods in own.values()
        for p in periods
        if (p.kind, p.start, p.end) == (kind, start, end)
    )


def _date_line(document: Document, mentions: Mentions, year: int | None) -> dt.date | None:
    """The date of a date line or a news opening within the first blocks."""
    if not document.blocks:
        return None
    limit = document.blocks[min(_TITLE_BLOCKS, len(document.blocks)) - 1].span.end
    prefix = _patterns()[1]
    for date in mentions.dates:
        if date.span.start >= limit:
            break
        line_start = document.text.rfind("\n", 0, date.span.start) + 1
        if not prefix.fullmatch(document.text, line_start, date.span.start):
            continue
        found = _resolved(date, year)
        if found:
            return found
    return None


def _resolved(date: DateMention, year: int | None) -> dt.date | None:
    if date.year is not None:
        return date.date
    if year is None:
        return None
    try:
        return dt.date(year, date.month, date.day)
    except ValueError:
        return None


def _is_heading(document: Document, block: Block) -> bool:
    """A heading, or a numbered title in capitals ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ …"), which
    plain text reads as a list item."""
    if block.kind == "heading":
        return True
    text = block.span.slice(document.text)
    if len(text) > _TITLE_LENGTH or "\n" in text or text.endswith((".", ";", ",")):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _heading_stacks(document: Document) -> list[tuple[int, ...]]:
    """For every block, the headings it sits under (block indices, innermost first)."""
    stacks: list[tuple[int, ...]] = []
    stack: list[int] = []
    for number, block in enumerate(document.blocks):
        if _is_heading(document, block):
            while stack and document.blocks[stack[-1]].level >= block.level:
                stack.pop()
            stack.append(number)
            stacks.append(tuple(reversed(stack[:-1])))
        else:
            stacks.append(tuple(reversed(stack)))
    return stacks


def _assign_sentence_periods(document: Document, context: ReportContext) -> None:
    stacks = _heading_stacks(document)
    heading_period: dict[int, PeriodMention] = {}
    for index in sorted(context.printed_periods):
        block = document.sentences[index].block
        if _is_heading(document, document.blocks[block]):
            heading_period.setdefault(block, context.printed_periods[index][0])
    paragraph: tuple[int, PeriodMention] | None = None
    for index, sentence in enumerate(document.sentences):
        stack = stacks[sentence.block]
        context.headings[index] = stack
        own = context.own_periods.get(index)
        if paragraph and paragraph[0] != sentence.block:
            paragraph = None
        inherited = [
            next((heading_period[h] for h in stack if h in heading_period), None),
            paragraph[1] if paragraph else None,
            context.document_period,
        ]
        candidates = [p for p in inherited if p is not None]
        context.inherited_periods[index] = candidates
        period = own[0] if own else (candidates[0] if candidates else None)
        if period is not None:
            context.sentence_periods[index] = period
        if own:
            paragraph = (sentence.block, own[0])


def build_context(
    document: Document, mentions: Mentions, report_date: dt.date | None
) -> ReportContext:
    printed = printed_periods(document, mentions)
    context = ReportContext(printed_periods=printed, own_periods=_own(document, printed))
    context.document_period = _document_period(document, printed, context.own_periods)
    if report_date is not None:
        context.report_date, context.report_date_source = report_date, "option"
    else:
        year = context.document_period.year if context.document_period else None
        context.report_date = _date_line(document, mentions, year)
        context.report_date_source = "date line" if context.report_date else ""
    _assign_sentence_periods(document, context)
    return context
