"""N009 average-bounds: an average that the stated distribution cannot produce.

What it catches: "1 xã đạt 19 tiêu chí, 12 xã đạt 15–18 tiêu chí; bình quân 18,6 tiêu
chí/xã" — even if all twelve reached 18, the average is (19 + 12 × 18) ÷ 13 = 18,08.

Why it matters: an average above the best case of its own breakdown is a typing error or a
figure from another year, and it is usually the headline number.

Precision: only complete distributions are checked (a stated total equal to the groups'
sum, or at least two groups listed in one enumeration); each group's value is its printed
value or range (exact for whole counts, otherwise the interval its print allows); the rule
fires only when the stated average lies outside the bounds.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import AverageBoundsClaim
from lint.findings import Evidence, Hit, Num
from lint.intervals import Interval
from lint.mentions import NumberMention

_BELOW = {"vi": "thấp hơn", "en": "below"}
_ABOVE = {"vi": "cao hơn", "en": "above"}


def _value_bounds(value: NumberMention) -> Interval:
    exact = value.decimals == 0 and not value.qualifier and value.unit is not None
    if exact and value.unit and value.unit.kind == "count":
        return Interval(value.value, value.high if value.high is not None else value.value)
    return value.interval


def _bounds(claim: AverageBoundsClaim) -> Interval:
    population = sum(count.value for count, _ in claim.groups)
    lo = sum(count.value * _value_bounds(value).lo for count, value in claim.groups)
    hi = sum(count.value * _value_bounds(value).hi for count, value in claim.groups)
    return Interval(lo / population, hi / population)


@check("average_bounds")
def average_bounds(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.average_bounds:
        bounds = _bounds(claim)
        if bounds.meets(claim.average.interval):
            continue
        below = claim.average.interval.hi < bounds.lo
        yield Hit(
            span=claim.average.span,
            args={
                "average": claim.average.text,
                "groups": ", ".join(f"{c.text} × {v.text}" for c, v in claim.groups),
                "low": Num(bounds.lo, 2),
                "high": Num(bounds.hi, 2),
                "side": _BELOW if below else _ABOVE,
            },
            evidence=[Evidence(c.span, "group") for c, _ in claim.groups]
            + [Evidence(claim.average.span, "average")],
        )
