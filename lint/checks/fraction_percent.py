"""N004 fraction-percent: a fraction and the percentage that restates it disagree.

What it catches: "12/20 doanh nghiệp, đạt 65%" (12/20 is 60%); "9/13 xã (79,2%)".

Why it matters: the percentage is what readers quote; it must be the fraction printed
beside it.

Precision: the fraction is exact; the percentage is the interval its print allows
(rounded or truncated). Percentages of a plan ("đạt 90% kế hoạch") are not restatements.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Evidence, Hit, Num


@check("fraction_percent")
def fraction_percent(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.fraction_percents:
        fraction, percent = claim.fraction, claim.percent
        if not fraction.denominator:
            continue
        computed = fraction.value / fraction.denominator * 100
        if percent.interval.contains(computed):
            continue
        yield Hit(
            span=percent.span,
            args={
                "fraction": fraction.text,
                "computed": Num(computed, max(1, percent.decimals)),
                "stated": percent.text,
            },
            evidence=[Evidence(fraction.span, "fraction"), Evidence(percent.span, "stated")],
        )
