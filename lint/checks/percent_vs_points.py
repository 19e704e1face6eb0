"""U004 percent-vs-points: a change between two rates written as a percent where the figures
show percentage points, or the reverse.

What it catches: "tỷ lệ hộ nghèo giảm từ 5,2% xuống 4,1%, giảm 1,1%" — 5,2 − 4,1 is 1,1
percentage points, a relative fall of 21,2%; the text means "giảm 1,1 điểm phần trăm". The
reverse, "giảm 21,2 điểm phần trăm" for the same rates, is caught too.

Why it matters: "giảm 1,1%" of a 5,2% rate is a fall to 5,14%; readers and later reports
compute the wrong figure.

Precision: the change must follow the two rates directly; it fires only when the printed
change agrees with the other reading (points for "%", relative for "điểm phần trăm") and
not with its own, each figure taken as the interval its print allows.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import PointChangeClaim
from lint.findings import Edit, Evidence, Hit, Num
from lint.intervals import Interval

_POINTS = {"vi": "điểm phần trăm", "en": "percentage points"}
_PERCENT = {"vi": "%", "en": "%"}


def point_readings(claim: PointChangeClaim) -> tuple[Interval, Interval] | None:
    """(points, relative percent) of the change, signed in the stated direction."""
    difference = claim.start.interval - claim.end.interval
    if claim.direction == "tăng":
        difference = difference.scale(-1)
    if difference.lo <= 0 or claim.start.interval.lo <= 0:
        return None
    return difference, (difference / claim.start.interval).scale(100)


@check("percent_vs_points")
def percent_vs_points(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.point_changes:
        readings = point_readings(claim)
        if readings is None:
            continue
        points, relative = readings
        stated = claim.change.interval
        own, other = (points, relative) if claim.in_points else (relative, points)
        if stated.meets(own) or not stated.meets(other):
            continue
        difference = abs(claim.start.value - claim.end.value)
        fix = None
        if not claim.in_points:
            number = claim.change.text.rstrip("%").rstrip()
            fix = Edit(claim.change.span, f"{number} điểm phần trăm")
        yield Hit(
            span=claim.change.span,
            args={
                "start": claim.start.text,
                "end": claim.end.text,
                "stated": claim.change.text,
                "points": Num(difference, max(claim.start.decimals, claim.end.decimals)),
                "relative": Num(difference / claim.start.value * 100, 1),
                "suggested": _PERCENT if claim.in_points else _POINTS,
            },
            evidence=[
                Evidence(claim.start.span, "from"),
                Evidence(claim.end.span, "to"),
                Evidence(claim.change.span, "stated"),
            ],
            fix=fix,
        )
