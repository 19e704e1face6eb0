"""N012 average-growth: a stated average annual growth rate that the start value, the end
value and the number of years do not give.

What it catches: "năm 2020 ước 380 tỷ đồng, tăng 249,9 tỷ đồng so với năm 2015, bình quân
tăng 20,1%/năm" — the start is 380 − 249,9 = 130,1 and (380 ÷ 130,1)^(1/5) − 1 = 23,9% a
year, not 20,1%. Also "tăng từ 130,1 tỷ đồng năm 2015 lên 380 tỷ đồng năm 2020".

Why it matters: the average rate is what congress documents quote; a rate computed over the
wrong number of years or from an old figure travels from report to report.

Precision: the compound rate is monotonic in both values, so its interval is evaluated at
the ends of the printed figures' intervals (rounding, truncation, "ước"). The years come
from the comparison ("so với năm 2015") and the sentence's own period. A block that lists
several yearly rates is skipped: its "bình quân" may be their plain average.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import AverageGrowthClaim
from lint.findings import Evidence, Hit, Num
from lint.intervals import Interval


def _start(claim: AverageGrowthClaim) -> tuple[Interval, float] | None:
    if claim.start is not None:
        return claim.start.interval, claim.start.value
    if claim.increase is not None:
        start = claim.end.interval - claim.increase.interval
        return start, claim.end.value - claim.increase.value
    return None


def _rate(end: float, start: float, years: int) -> float:
    if start <= 0 or math.isinf(end) or end <= 0:
        return math.inf if end > 0 else -math.inf
    return ((end / start) ** (1 / years) - 1) * 100


@check("average_growth")
def average_growth(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.average_growth:
        found = _start(claim)
        if found is None or found[0].lo <= 0:
            continue
        start, start_value = found
        years = claim.end_year - claim.start_year
        end = claim.end.interval
        computed = Interval(_rate(end.lo, start.hi, years), _rate(end.hi, start.lo, years))
        if computed.meets(claim.rate.interval):
            continue
        value = _rate(claim.end.value, start_value, years)
        start_figure = claim.start or claim.increase
        decimals = max(claim.end.decimals, start_figure.decimals if start_figure else 0)
        yield Hit(
            span=claim.rate.span,
            args={
                "end": Num(claim.end.value / claim.end.scale, claim.end.decimals),
                "start": Num(start_value / claim.end.scale, decimals),
                "years": str(years),
                "start_year": str(claim.start_year),
                "end_year": str(claim.end_year),
                "computed": Num(value, max(1, claim.rate.decimals)),
                "stated": claim.rate.text,
            },
            evidence=[
                Evidence(claim.end.span, "end"),
                *([Evidence(start_figure.span, "start")] if start_figure else []),
                Evidence(claim.rate.span, "stated"),
            ],
        )
