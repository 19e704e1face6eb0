"""N001 plan-percent: a stated share of a plan that the figures themselves contradict.

What it catches: "thu ngân sách 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng)" — 320 ÷ 400
is 80%, not 85%. "vượt X% kế hoạch" is read as 100 + X percent of the plan.

Why it matters: the percentage of plan is the headline of every report section; when it
disagrees with the figures printed beside it, one of the three numbers is wrong.

Precision: every figure is the interval its print allows (rounded or truncated, widened by
"ước", "khoảng", "hơn"); the rule fires only when no value in those intervals gives the
stated percentage. Claims whose plan figure is not printed are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Evidence, Hit, Num
from lint.intervals import Interval


@check("plan_percent")
def plan_percent(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.plans:
        computed = (claim.actual.interval / claim.plan.interval).scale(100)
        exceeded = claim.relation.attrs.get("mode") == "exceeded"
        stated = claim.percent.interval + Interval.point(100 if exceeded else 0)
        if computed.meets(stated):
            continue
        ratio = claim.actual.value / claim.plan.value * 100 if claim.plan.value else 0.0
        yield Hit(
            span=claim.percent.span,
            args={
                "actual": inputs.quote(claim.actual),
                "plan": inputs.quote(claim.plan),
                "ratio": Num(ratio, max(1, claim.percent.decimals)),
                "computed": Num(ratio - 100 if exceeded else ratio, max(1, claim.percent.decimals)),
                "verb": {"vi": "vượt", "en": "over by"} if exceeded else {"vi": "bằng", "en": "at"},
                "stated": claim.percent.text,
                "target": claim.relation.attrs.get("target", ""),
            },
            evidence=[
                Evidence(claim.actual.span, "actual"),
                Evidence(claim.plan.span, "plan"),
                Evidence(claim.percent.span, "stated"),
            ],
        )
