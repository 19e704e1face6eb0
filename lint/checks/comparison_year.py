"""T001 comparison-year: a comparison whose baseline is not earlier than the period the
sentence reports on.

Why it matters: in a report on the first half of 2022, "tăng 12,5% so với cùng kỳ năm 2022"
compares the period with itself; the writer meant 2021. The slip is common when last year's
report is reused as a template.

A year baseline ("so với cùng kỳ năm Y", "so với năm Y") must be a year before the period's
year; a point baseline ("so với cuối năm Y", "so với 31/12/Y") must fall before the period
ends, so a report on six months of 2023 may compare with the end of 2022 but not with the end
of 2023. Silent on plans and targets for a coming period ("Năm 2023 phấn đấu tăng 8% so với
năm 2022"), when the period is unknown, and unless every period the sentence may be about
gives the same verdict.

Example::

    Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2022
    Tổng thu ngân sách tăng 12,5% so với cùng kỳ năm 2022.   ← T001
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import ComparisonClaim
from lint.document import Span
from lint.findings import Evidence, Hit
from lint.linking.comparisons import candidate_periods
from lint.mentions import PeriodMention


def _point_baseline(claim: ComparisonClaim) -> dt.date | None:
    """The day a point baseline stands for ("cuối năm 2022" → 31/12/2022), else None."""
    attrs = claim.relation.attrs
    if attrs.get("baseline") == "end_of_year":
        return dt.date(claim.baseline_year, 12, 31)
    date = attrs.get("date")
    return date if isinstance(date, dt.date) else None


def _unreadable_date(claim: ComparisonClaim) -> bool:
    """"so với 31/6/2022": an impossible date is T003's business, not a baseline."""
    return claim.relation.attrs.get("baseline") == "date" and _point_baseline(claim) is None


def _not_earlier(claim: ComparisonClaim, end: dt.date) -> bool:
    """True when the baseline is not before ``end``, the end of the period reported on."""
    point = _point_baseline(claim)
    if point is not None:
        return point >= end
    return claim.baseline_year >= end.year


class _SentenceDates:
    """The dates printed in a sentence outside its comparisons ("Đến 31/3/2023, …"): each is
    another reading of when the sentence's figure stands."""

    def __init__(self, inputs: CheckInput) -> None:
        self._document = inputs.document
        self._dates = inputs.mentions.dates
        self._starts = [date.span.start for date in self._dates]
        self._comparisons: dict[int, list[Span]] = {}
        for claim in inputs.claims.comparisons:
            self._comparisons.setdefault(claim.sentence, []).append(claim.relation.span)

    def of(self, sentence: int) -> list[dt.date]:
        span = self._document.sentences[sentence].span
        comparisons = self._comparisons.get(sentence, [])
        first = bisect.bisect_left(self._starts, span.start)
        last = bisect.bisect_left(self._starts, span.end)
        return [
            date.date for date in self._dates[first:last]
            if date.date is not None and not any(c.overlaps(date.span) for c in comparisons)
        ]


def _formatted(date: dt.date) -> str:
    return f"{date.day}/{date.month}/{date.year}"


def _points(claim: ComparisonClaim, period: PeriodMention) -> dict[str, object]:
    point = _point_baseline(claim)
    if point is not None:
        return {
            "baseline_point": _formatted(point),
            "period_point": {
                "vi": f"ngày kết thúc kỳ {_formatted(period.end)}",
                "en": f"the end of the period, {_formatted(period.end)}",
            },
        }
    return {
        "baseline_point": {"vi": f"năm {claim.baseline_year}", "en": str(claim.baseline_year)},
        "period_point": {
            "vi": f"năm của kỳ {period.year}",
            "en": f"the period's year {period.year}",
        },
    }


@check("comparison_year")
def comparison_year(inputs: CheckInput) -> Iterator[Hit]:
    document = inputs.document
    sentence_dates = _SentenceDates(inputs)
    for claim in inputs.claims.comparisons:
        if claim.is_target or _unreadable_date(claim):
            continue
        periods = candidate_periods(document, inputs.context, claim)
        if not periods or not all(_not_earlier(claim, p.end) for p in periods):
            continue
        if not all(_not_earlier(claim, d) for d in sentence_dates.of(claim.sentence)):
            continue
        period = claim.period if claim.period in periods else periods[0]
        yield Hit(
            span=claim.relation.span,
            args={"baseline": claim.relation.text, "period": period.text,
                  **_points(claim, period)},
            evidence=[Evidence(claim.relation.span, "baseline"), Evidence(period.span, "period")],
        )
