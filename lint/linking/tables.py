"""Reading tables: which cells are totals of which, and which are percentages of which.

A ``Table`` is built from the ``table_cell`` blocks (row 0 is the header) and the figures
found in them. Header words (``rules/data/tables.yaml``) give each column a role: row
numbers (STT), units (ĐVT), plan, actual, same period, percent of plan, growth; the first
other column holding text is the row label. Row labels give each row a role: total ("Tổng
cộng"), aggregate ("Toàn huyện": a total only when another column shows it), sub-item
("trong đó", "- …", italics: never added), heading (no figures) or normal, and a level from
the row number (I → 1, 1 → 2, 1.1 or a → 3).

Claims built:

- a total row sums the rows of the top level it heads or closes (only when it is the first or
  the last row of its group, and every part has the same unit in the ĐVT column);
- a section row (I) sums its children (1, 2, …) when the table shows it in another section;
- a total column ("Tổng số" followed by ≥ 2 columns) sums them in each row, when another row
  shows it;
- a "% so KH" cell is its row's actual ÷ plan, a "% so cùng kỳ" cell this period ÷ same period.

A cell that is not exactly one figure ("-", "x", "…", text, two figures) is unknown: no claim
uses it. Whenever the structure is ambiguous no claim is built.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, NamedTuple

from lint.claims import TableCell, TableRatioClaim, TableRatioKind, TableSumClaim
from lint.document import Block, Document, Span
from lint.mentions import Mentions, NumberMention, PeriodMention
from lint.records import Record
from lint.ruledata import load_data

_PUNCTUATION = re.compile(r"[*_():,;/+\-–—.\[\]]")
_PERCENT_SIGN = re.compile(r"\s*%\s*")
_SPACES = re.compile(r"\s+")
_HEADER_UNIT = re.compile(r"\(([^()]*)\)\s*$")
_ROW_MARKER = re.compile(r"(?P<marker>[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]?$")
_LABEL_MARKER = re.compile(r"(?P<marker>[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]\s")
_ROMAN = re.compile(r"[IVXL]{1,5}")
_NUMBERING_CELL = re.compile(r"[()\dA-Z=+\-*/x×:.\s]{1,20}")
_NUMBERING_TOKEN = re.compile(r"\d+|[A-Za-z]+")
_EMPHASIS = "*_ "
_SECTION_LEVEL = 1  # I, II: only these are checked as sums of their items (1, 2, …)

ColumnRole = Literal[
    "number",
    "unit",
    "label",
    "plan",
    "actual",
    "same_period",
    "plan_percent",
    "growth_percent",
    "percent",
    "value",
]
Period = tuple[dt.date, dt.date]
RowRole = Literal["total", "aggregate", "sub_item", "marker", "heading", "normal"]


def normalize(text: str) -> str:
    """Lowercased text with punctuation turned into spaces and "%" kept as its own word."""
    text = _PERCENT_SIGN.sub(" % ", _PUNCTUATION.sub(" ", text.lower()))
    return _SPACES.sub(" ", text).strip()


def _has(normalized: str, phrases: frozenset[str]) -> bool:
    padded = f" {normalized} "
    return any(f" {phrase} " in padded for phrase in phrases)


class _Lexicon(NamedTuple):
    total_labels: frozenset[str]
    aggregate_labels: frozenset[str]
    sub_item_prefixes: tuple[str, ...]
    partial_markers: tuple[str, ...]
    italic_markers: tuple[str, ...]
    number_headers: frozenset[str]
    unit_headers: frozenset[str]
    percent_words: frozenset[str]
    plan_words: frozenset[str]
    actual_words: frozenset[str]
    same_period_words: frozenset[str]
    growth_words: frozenset[str]
    ratio_words: frozenset[str]
    non_additive_words: frozenset[str]
    non_additive_headers: frozenset[str]
    percent_units: frozenset[str]
    rate_label_words: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_data("tables")

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(str(w)) for w in data[key])

    def prefixes(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in data[key])

    return _Lexicon(
        total_labels=words("total_labels"),
        aggregate_labels=words("aggregate_labels"),
        sub_item_prefixes=prefixes("sub_item_prefixes"),
        partial_markers=prefixes("partial_markers"),
        italic_markers=tuple(str(w) for w in data["italic_markers"]),
        number_headers=words("number_column_headers"),
        unit_headers=words("unit_column_headers"),
        percent_words=words("percent_words"),
        plan_words=words("plan_words"),
        actual_words=words("actual_words"),
        same_period_words=words("same_period_words"),
        growth_words=words("growth_words"),
        ratio_words=words("ratio_words"),
        non_additive_words=words("non_additive_words"),
        non_additive_headers=words("non_additive_headers"),
        percent_units=frozenset(str(w).lower() for w in data["percent_units"]),
        rate_label_words=words("rate_label_words"),
    )


@dataclass(repr=False)
class Column(Record):
    index: int
    header: str
    role: ColumnRole = "value"
    ratio_kind: TableRatioKind | None = None
    additive: bool = True
    period: Period | None = None  # the one period its header names ("Quý I/2024")
    unit: str = ""  # the unit in the header's last parentheses, "(tỷ đồng)"
    partial: bool = False  # "Trong đó: …"


@dataclass(repr=False)
class Row(Record):
    index: int
    label: str
    role: RowRole = "normal"
    level: int | None = None
    unit: str = ""  # its ĐVT cell, else the unit in its label's last parentheses


@dataclass(repr=False)
class Table(Record):
    index: int
    columns: list[Column]
    rows: list[Row]  # data rows only, in order
    cells: dict[tuple[int, int], Span] = field(default_factory=dict)
    values: dict[tuple[int, int], NumberMention] = field(default_factory=dict)
    label_column: int | None = None

    def cell(self, row: int, column: int) -> TableCell | None:
        number = self.values.get((row, column))
        if number is None:
            return None
        return TableCell(self.index, row, column, self.cells[(row, column)], number)

    def numeric_columns(self) -> list[Column]:
        return [c for c in self.columns if c.role not in ("number", "unit", "label")]

    def has_content(self, row: int) -> bool:
        return any((row, c.index) in self.cells for c in self.numeric_columns())


def _strip_emphasis(text: str) -> str:
    text = text.strip()
    while text.startswith("**") and text.endswith("**") and len(text) > 4:
        text = text[2:-2].strip()
    return text


def _is_italic(text: str) -> bool:
    return any(
        len(text) > 2 and text.startswith(m) and text.endswith(m) and not text.startswith(m * 2)
        for m in _lexicon().italic_markers
    )


def _column(index: int, header: str, period: Period | None) -> Column:
    lexicon = _lexicon()
    words = normalize(header)
    unit_match = _HEADER_UNIT.search(header)
    column = Column(
        index, header, period=period, unit=unit_match.group(1).strip() if unit_match else ""
    )
    column.partial = _strip_emphasis(header).lower().startswith(lexicon.partial_markers)
    column.additive = not (
        _has(words, lexicon.non_additive_words) or words in lexicon.non_additive_headers
    )
    if words in lexicon.number_headers:
        column.role, column.additive = "number", False
    elif words in lexicon.unit_headers:
        column.role, column.additive = "unit", False
    elif "%" in words.split() or _has(words, lexicon.percent_words):
        column.role, column.additive = "percent", False
        if _has(words, lexicon.same_period_words) or _has(words, lexicon.growth_words):
            column.role = "growth_percent"
            column.ratio_kind = _comparison_kind(words)
        elif _has(words, lexicon.plan_words):
            column.role, column.ratio_kind = "plan_percent", "plan"
    elif _has(words, lexicon.same_period_words):
        column.role = "same_period"
    elif _has(words, lexicon.plan_words):
        column.role = "plan"
    elif _has(words, lexicon.actual_words):
        column.role = "actual"
    return column


def _comparison_kind(words: str) -> TableRatioKind:
    lexicon = _lexicon()
    if _has(words, lexicon.growth_words):
        return "growth"
    if _has(words, lexicon.ratio_words):
        return "ratio"
    return "ratio_or_growth"


def _level(marker: str) -> int:
    if _ROMAN.fullmatch(marker):
        return 1
    if marker.isdigit():
        return 2
    return 3


def _row(index: int, label: str, number_cell: str | None, unit: str) -> Row:
    lexicon = _lexicon()
    plain = _strip_emphasis(label)
    words = normalize(plain)
    label_unit = _HEADER_UNIT.search(plain)
    unit = unit.strip() or (label_unit.group(1).strip() if label_unit else "")
    row = Row(index, plain, unit=unit.lower())
    if words in lexicon.total_labels:
        row.role = "total"
    elif words in lexicon.aggregate_labels:
        row.role = "aggregate"
    elif _is_italic(plain) or plain.lower().startswith(lexicon.sub_item_prefixes):
        row.role = "sub_item"
    if number_cell is not None:
        number_text = _strip_emphasis(number_cell)
        marker = _ROW_MARKER.fullmatch(number_text)
        if marker:
            row.level = _level(marker.group("marker"))
        elif row.role == "normal" and number_text.startswith(lexicon.sub_item_prefixes):
            row.role = "sub_item"
    else:
        marker = _LABEL_MARKER.match(plain)
        if marker:
            row.level = _level(marker.group("marker"))
    return row


class _CellNumbers:
    """The figures inside a span, found by bisecting the document's figures."""

    def __init__(self, numbers: list[NumberMention]) -> None:
        self._numbers = sorted(numbers, key=lambda n: n.span.start)
        self._starts = [n.span.start for n in self._numbers]

    def within(self, span: Span) -> list[NumberMention]:
        first = bisect.bisect_left(self._starts, span.start)
        last = bisect.bisect_left(self._starts, span.end)
        return [n for n in self._numbers[first:last] if n.span.end <= span.end]


def _single_figure(text: str, span: Span, numbers: list[NumberMention]) -> NumberMention | None:
    """The cell's figure when the cell is exactly one plain figure (maybe with its unit)."""
    if len(numbers) != 1:
        return None
    number = numbers[0]
    if number.kind not in ("number", "percent") or number.ambiguous:
        return None
    rest = text[span.start : number.span.start] + text[number.span.end : span.end]
    if number.unit is not None:
        unit_text = number.unit.span.slice(text)
        rest = rest.replace(unit_text, "", 1)
    return number if not rest.strip(_EMPHASIS) else None


def _header_period(
    span: Span, numbers: list[NumberMention], periods: list[PeriodMention]
) -> Period | None:
    """The one period a header names ("Quý I/2024", "Năm 2023", a bare "2023")."""
    found = {(p.start, p.end) for p in periods if span.covers(p.span)}
    found |= {
        (dt.date(int(n.value), 1, 1), dt.date(int(n.value), 12, 31))
        for n in numbers
        if n.kind == "number" and n.text.isdigit() and 1990 <= n.value <= 2100
    }
    return found.pop() if len(found) == 1 else None


def _year_before(period: Period) -> Period | None:
    try:
        return period[0].replace(year=period[0].year - 1), period[1].replace(
            year=period[1].year - 1
        )
    except ValueError:  # 29 February
        return None


def _is_numbering_row(document: Document, spans: list[Span]) -> bool:
    """A row of column numbers under the header: "A | B | 1 | 2 | 3=1/2"."""
    return bool(spans) and all(_is_numbering_cell(s.slice(document.text)) for s in spans)


def _is_numbering_cell(text: str) -> bool:
    if not _NUMBERING_CELL.fullmatch(text):
        return False
    tokens = _NUMBERING_TOKEN.findall(text)
    return all(
        (t.isdigit() and (len(t) <= 2 or t == "100")) or (len(t) == 1 and t.isupper()) or t == "x"
        for t in tokens
    )


def build_tables(document: Document, mentions: Mentions) -> list[Table]:
    by_table: dict[int, list[Block]] = {}
    for block in document.blocks:
        if block.kind == "table_cell" and block.table is not None:
            by_table.setdefault(block.table, []).append(block)
    finder = _CellNumbers(mentions.numbers)
    tables = []
    for index, blocks in by_table.items():
        table = _build_table(document, mentions, finder, index, blocks)
        if table is not None:
            tables.append(table)
    return tables


def _build_table(
    document: Document,
    mentions: Mentions,
    finder: _CellNumbers,
    index: int,
    blocks: list[Block],
) -> Table | None:
    text = document.text
    cells = {(b.row or 0, b.column or 0): b.span for b in blocks}
    width = max(b.column or 0 for b in blocks) + 1
    headers = {c: s for (r, c), s in cells.items() if r == 0}
    columns = [
        _column(
            c,
            headers[c].slice(text) if c in headers else "",
            _header_period(headers[c], finder.within(headers[c]), mentions.periods)
            if c in headers
            else None,
        )
        for c in range(width)
    ]
    row_indices = sorted({r for r, _ in cells if r > 0})
    if row_indices and _is_numbering_row(
        document, [s for (r, _), s in cells.items() if r == row_indices[0]]
    ):
        row_indices = row_indices[1:]
    table = Table(index, columns, [], cells=cells)
    for (r, c), span in cells.items():
        if r > 0:
            number = _single_figure(text, span, finder.within(span))
            if number is not None:
                table.values[(r, c)] = number
    table.label_column = _label_column(table, row_indices)
    if table.label_column is None:
        return None
    columns[table.label_column].role = "label"
    columns[table.label_column].additive = False
    _mark_rows(document, table, row_indices)
    return table


def _label_column(table: Table, rows: list[int]) -> int | None:
    for column in table.columns:
        if column.role in ("number", "unit"):
            continue
        filled = [r for r in rows if (r, column.index) in table.cells]
        figures = [r for r in filled if (r, column.index) in table.values]
        if filled and len(figures) * 2 < len(filled):
            return column.index
    return None


def _mark_rows(document: Document, table: Table, row_indices: list[int]) -> None:
    number_column = next((c.index for c in table.columns if c.role == "number"), None)
    unit_column = next((c.index for c in table.columns if c.role == "unit"), None)

    def text_at(row: int, column: int | None) -> str | None:
        if column is None:
            return None
        span = table.cells.get((row, column))
        return span.slice(document.text) if span else ""

    for r in row_indices:
        label = text_at(r, table.label_column) or ""
        number_text = text_at(r, number_column)
        if not label and number_text:
            label, number_text = number_text, ""
        row = _row(r, label, number_text, text_at(r, unit_column) or "")
        if not table.has_content(r):
            partial = row.label.lower().startswith(_lexicon().partial_markers)
            row.role = "marker" if partial else ("heading" if row.role == "normal" else row.role)
        table.rows.append(row)


# Claims ---------------------------------------------------------------------------------


def _is_rate_row(row: Row) -> bool:
    """A row of rates or averages ("%" in its ĐVT, "Tỷ lệ …" in its label): never a sum,
    and its percentages of plan may be read either way."""
    lexicon = _lexicon()
    return row.unit in lexicon.percent_units or _has(normalize(row.label), lexicon.rate_label_words)


def _sum_cells(
    table: Table, total: Row, parts: list[Row], label: str, support: str | None
) -> Iterator[TableSumClaim]:
    units = {p.unit for p in parts} | ({total.unit} if total.unit else set())
    if len(units) > 1 or _is_rate_row(total):
        return
    for column in table.numeric_columns():
        if not column.additive:
            continue
        cell = table.cell(total.index, column.index)
        components = [table.cell(p.index, column.index) for p in parts]
        if cell is None or cell.number.is_percent or any(c is None for c in components):
            continue
        known = [c for c in components if c is not None]
        if any(c.number.is_percent for c in known) or not _same_units([cell, *known]):
            continue
        yield TableSumClaim(cell, tuple(known), "rows", label, support)


def _same_units(cells: list[TableCell]) -> bool:
    units = {(c.number.unit.kind, c.number.unit.key) for c in cells if c.number.unit}
    return len(units) <= 1


def _top_level(rows: list[Row]) -> list[Row] | None:
    """The rows of the highest level among ``rows`` (headings without figures are passed
    over), or None when the levels are mixed in a way that hides the structure."""
    rows = [r for r in rows if r.level is not None or r.role != "heading"]
    if any(r.level is None for r in rows) and any(r.level is not None for r in rows):
        return None
    while rows:
        top = min((r.level or 0) for r in rows)
        level_rows = [r for r in rows if (r.level or 0) == top]
        headings = [r for r in level_rows if r.role == "heading"]
        if not headings:
            return level_rows
        if len(headings) != len(level_rows):
            return None
        rows = [r for r in rows if (r.level or 0) != top]
    return None


def _total_groups(table: Table) -> Iterator[tuple[Row, list[Row]]]:
    """Each total row with the rows it adds (before normal rows are ranked by level)."""
    rows = table.rows
    totals = [i for i, r in enumerate(rows) if r.role in ("total", "aggregate")]
    body = [i for i, r in enumerate(rows) if r.role in ("normal", "heading", "marker")]
    if not totals or not body:
        return
    if len(totals) == 1:
        position = totals[0]
        before = [i for i in body if i < position]
        after = [i for i in body if i > position]
        if before and after:
            return
        yield rows[position], [rows[i] for i in before or after]
        return
    # several totals: only subtotals of one label closing their groups ("Cộng" at the bottom
    # of each); a grand total right after the last subtotal is not checked
    if body[0] > totals[0] or body[-1] > totals[-1]:
        return
    groups = []
    for previous, position in zip([-1, *totals[:-1]], totals, strict=True):
        group = [rows[i] for i in body if previous < i < position]
        if group:
            groups.append((rows[position], group))
    if len({normalize(total.label) for total, _ in groups}) == 1:
        yield from groups


def _total_claims(table: Table) -> Iterator[TableSumClaim]:
    for total, group in _total_groups(table):
        if any(r.role == "marker" for r in group):
            continue
        parts = _top_level([r for r in group if r.role != "marker"])
        if not parts or len(parts) < 2:
            continue
        support = f"row:{table.index}:{total.index}" if total.role == "aggregate" else None
        yield from _sum_cells(table, total, parts, total.label, support)


def _section_claims(table: Table) -> Iterator[TableSumClaim]:
    rows = table.rows
    for position, section in enumerate(rows):
        if section.role != "normal" or section.level != _SECTION_LEVEL:
            continue
        children: list[Row] = []
        for row in rows[position + 1 :]:
            if row.role in ("total", "aggregate"):
                break
            if row.level is not None and row.level <= section.level:
                break
            children.append(row)
        if any(r.role == "marker" for r in children):
            continue
        parts = _top_level([r for r in children if r.role != "sub_item"])
        if parts and len(parts) >= 2 and parts[0].level == _SECTION_LEVEL + 1:
            yield from _sum_cells(table, section, parts, section.label, f"section:{table.index}")


def _total_column_claims(table: Table) -> Iterator[TableSumClaim]:
    lexicon = _lexicon()
    numeric = table.numeric_columns()
    for position, column in enumerate(numeric):
        if normalize(_strip_emphasis(column.header)) not in lexicon.total_labels:
            continue
        parts = _adjacent_parts(numeric[position + 1 :])
        if len(parts) < 2 and position == len(numeric) - 1:
            parts = _adjacent_parts(numeric[:position][::-1])
        if len(parts) < 2 or any(p.partial for p in parts):
            continue
        if len({p.unit for p in parts} | {column.unit}) > 1:
            continue
        for row in table.rows:
            if row.role in ("heading", "marker") or _is_rate_row(row):
                continue
            cell = table.cell(row.index, column.index)
            components = [table.cell(row.index, p.index) for p in parts]
            if cell is None or any(c is None for c in components):
                continue
            known = [c for c in components if c is not None]
            if any(c.number.is_percent for c in [cell, *known]) or not _same_units([cell, *known]):
                continue
            support = f"column:{table.index}:{column.index}"
            label = f"{row.label}, {_strip_emphasis(column.header)}"
            yield TableSumClaim(cell, tuple(known), "columns", label, support)


def _adjacent_parts(columns: list[Column]) -> list[Column]:
    parts = []
    for column in columns:
        if column.role != "value" or not column.additive:
            break
        parts.append(column)
    return parts


def _operands(table: Table, column: Column) -> tuple[Column, Column] | None:
    """The numerator and denominator columns of a percentage column: the one candidate of
    each role since the previous percentage column of its kind (else in the whole table to
    its left)."""
    left = [c for c in table.columns if c.index < column.index]
    previous = max((c.index for c in left if c.role == column.role), default=-1)
    segment = [c for c in left if c.index > previous]
    wanted = ("actual", "plan") if column.role == "plan_percent" else ("actual", "same_period")

    def unique(role: str) -> Column | None:
        for candidates in (segment, left):
            found = [c for c in candidates if c.role == role]
            if found:
                return found[0] if len(found) == 1 else None
        return None

    numerator, denominator = unique(wanted[0]), unique(wanted[1])
    if numerator is not None and denominator is not None:
        return numerator, denominator
    for candidates in (segment, left):
        if column.role == "growth_percent":
            pairs = _year_apart(candidates, denominator)
        else:
            pairs = _plan_year(candidates, denominator)
        if pairs:
            return pairs[0] if len(pairs) == 1 else None
    return None


def _year_apart(columns: list[Column], previous: Column | None) -> list[tuple[Column, Column]]:
    """Pairs of columns whose periods are one year apart ("Quý I/2024", "Quý I/2023"); only
    with ``previous`` when the same-period column is known."""
    dated = [c for c in columns if c.role in ("actual", "same_period", "value")]
    earlier = [previous] if previous is not None else dated
    pairs = []
    for later in dated:
        if later.period is None or later.role == "same_period":
            continue
        before = _year_before(later.period)
        pairs += [(later, e) for e in earlier if e.period is not None and e.period == before]
    return pairs


def _plan_year(columns: list[Column], plan: Column | None) -> list[tuple[Column, Column]]:
    """The columns of the plan's year ("Quý I/2024" for "Kế hoạch năm 2024")."""
    if plan is None or plan.period is None:
        return []
    year = plan.period[1].year
    return [
        (c, plan)
        for c in columns
        if c.role in ("actual", "value") and c.period and c.period[1].year == year
    ]


def _ratio_claims(table: Table) -> Iterator[TableRatioClaim]:
    for column in table.columns:
        if column.ratio_kind is None:
            continue
        operands = _operands(table, column)
        if operands is None:
            continue
        numerator_column, denominator_column = operands
        units = {numerator_column.unit, denominator_column.unit} - {""}
        if len(units) > 1:
            continue
        for row in table.rows:
            if _is_rate_row(row):
                continue
            cell = table.cell(row.index, column.index)
            numerator = table.cell(row.index, numerator_column.index)
            denominator = table.cell(row.index, denominator_column.index)
            if cell is None or numerator is None or denominator is None:
                continue
            if numerator.number.is_percent or denominator.number.is_percent:
                continue
            if not _same_units([numerator, denominator]):
                continue
            yield TableRatioClaim(cell, numerator, denominator, column.ratio_kind, row.label)


def link_tables(document: Document, mentions: Mentions) -> list[TableSumClaim | TableRatioClaim]:
    claims: list[TableSumClaim | TableRatioClaim] = []
    for table in build_tables(document, mentions):
        claims.extend(_total_claims(table))
        claims.extend(_section_claims(table))
        claims.extend(_total_column_claims(table))
        claims.extend(_ratio_claims(table))
    return claims
