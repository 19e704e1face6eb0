"""N010 contribution: sector contributions in percentage points that do not add up to the
total growth they explain.

What it catches: "GRDP tăng 7,5%; trong đó khu vực nông nghiệp đóng góp 3,9 điểm phần trăm,
công nghiệp – xây dựng 2,1, dịch vụ 0,5 điểm phần trăm" — 3,9 + 2,1 + 0,5 = 6,5, not 7,5.

Why it matters: contributions are computed from the sector table; when they do not add up,
either the total or a sector figure was changed without the other.

Precision: the sum is checked against the total only when the three economic sectors are
all listed (product taxes may be added); a partial list is checked only for exceeding the
total. Each figure is the interval its print allows; contributions "giảm" count negative.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Evidence, Hit, Num
from lint.intervals import total


@check("contribution")
def contribution(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.contributions:
        parts = total(p.number.interval.scale(p.sign) for p in claim.parts)
        stated = claim.total.interval.scale(claim.total_sign)
        if claim.exhaustive and parts.meets(stated):
            continue
        if not claim.exhaustive and parts.lo <= stated.hi:
            continue
        value = sum(p.number.value * p.sign for p in claim.parts)
        yield Hit(
            span=claim.total.span,
            args={
                "parts": " + ".join(p.number.text for p in claim.parts),
                "sum": Num(value, max(p.number.decimals for p in claim.parts)),
                "total": claim.total.text,
            },
            evidence=[Evidence(claim.total.span, "total")]
            + [Evidence(p.number.span, p.sector) for p in claim.parts],
        )
