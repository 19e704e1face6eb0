"""T007 period-not-over: a text dated well before the end of a period whose results it
reviews as done.

Why it matters: a meeting on 10 July cannot assess "kết quả 9 tháng", and a report dated
15/8/2023 cannot give the results of "9 tháng năm 2023". Either the date or the period is
wrong, often because last year's text was reused.

A reviewed period is a review word ("kết quả", "sơ kết", "tổng kết", "đánh giá", "tình
hình", "báo cáo") followed closely by a calendar period ("9 tháng", "6 tháng đầu năm
2023", "quý III/2023", "năm 2023"); a period without a year takes the report date's. Reports
are routinely written shortly before their period ends with estimated figures ("ước thực
hiện"), so the rule fires only when the report date lies more than the tolerance before the
period's end: ``estimate_days`` (per period kind, ``default`` for the others) when the
document marks figures as estimates ("ước"), else ``plain_days``. Silent when the report
date is unknown, for periods that have not started (plans for a coming period) or are over,
and for plans and targets ("nhiệm vụ 3 tháng cuối năm", "kế hoạch năm 2024").

Example::

    Chiều 10.7, UBND tỉnh họp đánh giá kết quả 9 tháng năm 2023.      ← T007
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import PeriodReviewClaim
from lint.findings import Evidence, Hit, Num


def _formatted(date: dt.date) -> str:
    return f"{date.day}/{date.month}/{date.year}"


def _tolerance(inputs: CheckInput, claim: PeriodReviewClaim) -> int:
    if not claim.estimated:
        return int(str(inputs.param("plain_days", 20)))
    by_kind = inputs.param("estimate_days", {})
    table = by_kind if isinstance(by_kind, dict) else {}
    return int(table.get(claim.review.kind, table.get("default", 31)))


@check("period_not_over")
def period_not_over(inputs: CheckInput) -> Iterator[Hit]:
    date = inputs.context.report_date
    if date is None:
        return
    reported: set[tuple[dt.date, dt.date]] = set()
    for claim in inputs.claims.period_reviews:
        if date < claim.start or (claim.start, claim.end) in reported:
            continue
        days_left = (claim.end - date).days
        tolerance = _tolerance(inputs, claim)
        if days_left <= tolerance:
            continue
        reported.add((claim.start, claim.end))
        period = claim.review.period
        yield Hit(
            span=claim.review.span,
            args={
                "period": period.slice(inputs.document.text),
                "date": _formatted(date),
                "end": _formatted(claim.end),
                "days": Num(days_left, 0),
                "tolerance": Num(tolerance, 0),
            },
            evidence=[Evidence(claim.review.span, "review"), Evidence(period, "period")],
        )
