"""N011 table-arithmetic: a table cell that its own table contradicts.

What it catches: a total row ("Tổng cộng", "Cộng", "Toàn huyện") that is not the sum of the
rows it closes, a section row (I) that is not the sum of its items (1, 2, …), a total column
("Tổng số") that is not the sum of the columns it breaks down into, a "% so KH" cell that is
not Thực hiện ÷ Kế hoạch, and a "% so cùng kỳ" / "Tăng, giảm (%)" cell that disagrees with
the two period columns of its row::

    | Đơn vị | Số hộ |
    |---|---|
    | Xã A | 1.000 |
    | Xã B | 4.200 |
    | Xã C | 1.100 |
    | Tổng cộng | 6.500 |   ← 1.000 + 4.200 + 1.100 = 6.300

Why it matters: tables are copied between drafts and updated one cell at a time; a total
or a percentage that was not updated is the most common figure error in a report.

Precision: every cell is the interval its print allows; a cell is reported only when no
values in those intervals satisfy the relation. Sub-items ("trong đó", "- …"), rows of other
units (ĐVT), rates and unknown cells ("-", "x", "…") are never added. A total whose being a
sum is not certain ("Toàn huyện", a section row, a "Tổng số" column) is reported only when
another row or column of the same table does add up.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import TableRatioClaim, TableSumClaim
from lint.findings import Evidence, Hit, Num
from lint.intervals import Interval, total

_DENOMINATOR_ROLE = {"plan": "plan", "growth": "previous", "ratio": "previous"}
_FORMULA = {
    "plan": "{numerator} ÷ {denominator} × 100",
    "ratio": "{numerator} ÷ {denominator} × 100",
    "growth": "{numerator} ÷ {denominator} × 100 − 100",
}


def _sum_holds(claim: TableSumClaim) -> bool:
    parts = total(c.number.interval for c in claim.components)
    return parts.meets(claim.total.number.interval)


def _readings(claim: TableRatioClaim) -> dict[str, Interval] | None:
    """What the percentage cell should hold under each honest reading of its header."""
    denominator = claim.denominator.number.interval
    if denominator.lo <= 0:
        return None
    ratio = (claim.numerator.number.interval / denominator).scale(100)
    if claim.kind == "plan":
        return {"plan": ratio}
    growth = ratio - Interval.point(100)
    if claim.kind == "ratio":
        return {"ratio": ratio}
    if claim.kind == "growth":
        return {"growth": growth}
    return {"ratio": ratio, "growth": growth}


@check("table_arithmetic")
def table_arithmetic(inputs: CheckInput) -> Iterator[Hit]:
    sums = [c for c in inputs.claims.tables if isinstance(c, TableSumClaim)]
    holding = {claim.support for claim in sums if claim.support and _sum_holds(claim)}
    for claim in sums:
        if (claim.support is None or claim.support in holding) and not _sum_holds(claim):
            yield _sum_hit(claim)
    for ratio in inputs.claims.tables:
        if isinstance(ratio, TableRatioClaim):
            readings = _readings(ratio)
            stated = ratio.cell.number.interval
            if readings and not any(r.meets(stated) for r in readings.values()):
                yield _ratio_hit(ratio, next(iter(readings)))


def _sum_hit(claim: TableSumClaim) -> Hit:
    value = sum(c.number.value for c in claim.components)
    decimals = max(c.number.decimals for c in claim.components)
    parts = " + ".join(c.number.text for c in claim.components)
    return Hit(
        span=claim.total.span,
        args={
            "parts": parts,
            "computed": Num(value / claim.total.number.scale, decimals),
            "stated": claim.total.number.text,
            "label": claim.label,
            "what": {"vi": "ô tổng", "en": "the total cell"},
        },
        evidence=[
            Evidence(claim.total.span, "total"),
            *(Evidence(c.span, "part") for c in claim.components),
        ],
    )


def _ratio_hit(claim: TableRatioClaim, reading: str) -> Hit:
    numerator, denominator = claim.numerator.number, claim.denominator.number
    value = numerator.value / denominator.value * 100
    if reading == "growth":
        value -= 100
    formula = _FORMULA[reading].format(numerator=numerator.text, denominator=denominator.text)
    return Hit(
        span=claim.cell.span,
        args={
            "parts": formula,
            "computed": Num(value, max(1, claim.cell.number.decimals)),
            "stated": claim.cell.number.text,
            "label": claim.label,
            "what": {"vi": "ô tỷ lệ", "en": "the percentage cell"},
        },
        evidence=[
            Evidence(claim.cell.span, "stated"),
            Evidence(claim.numerator.span, "actual"),
            Evidence(claim.denominator.span, _DENOMINATOR_ROLE.get(reading, "previous")),
        ],
    )
