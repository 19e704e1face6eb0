"""N007 growth: one figure described by change statements that contradict each other.

What it catches: "doanh thu 450 tỷ đồng, tăng 5,2% so với cùng kỳ, bằng 108,3% so cùng kỳ"
— 5,2% more is 105,2% of the baseline, not 108,3%; "giảm 3%" beside "bằng 103%"; "450 tỷ
đồng, năm trước 400 tỷ đồng, tăng 15%" (450 ÷ 400 is 112,5%). An absolute change ("tăng 50
tỷ đồng") gives the baseline (450 − 50 = 400); "(+5,2%)" is "tăng 5,2%"; "gấp 2 lần" is
200% of the baseline. A rate that moves "từ 12,4% xuống 11,8%" with "giảm 0,8 điểm phần
trăm" is caught too (0,6 points; a change that fits the relative reading is U004's).

Why it matters: a growth rate is read before the figures; when two statements about one
figure disagree, a reader cannot tell which is right.

Precision: each statement becomes the interval of ratios to the baseline that its printed
figures allow (rounded or truncated, widened by "ước", "khoảng", "hơn"); statements with
different baselines ("so với cùng kỳ" vs "so với năm 2015") are not compared. The rule
fires only when two intervals cannot meet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from lint.checks import CheckInput, check
from lint.checks.percent_vs_points import point_readings
from lint.claims import ChangeStatement, GrowthClaim, PointChangeClaim
from lint.findings import Evidence, Hit, Num
from lint.intervals import Interval

_ONE = Interval.point(1.0)


def _statement_ratio(statement: ChangeStatement, subject: Interval) -> Interval | None:
    """The figure as a multiple of its baseline according to ``statement``."""
    stated = statement.number.interval
    if statement.form == "ratio":
        return stated.scale(0.01)
    if statement.form == "times":
        return stated
    if statement.form == "absolute":
        change = stated if statement.direction == "tăng" else stated.scale(-1)
        baseline = subject - change
        return None if baseline.lo <= 0 else subject / baseline
    if statement.number.value < 0 or statement.direction == "tăng":
        return _ONE + stated.scale(0.01)
    return _ONE - stated.scale(0.01)


def _comparable(a: str, b: str, previous_year: str) -> bool:
    """Whether two baseline keys name one baseline. An unsaid one ("tăng 5,2%") is the same
    period a year before: "cùng kỳ", "năm trước" or ``previous_year`` ("năm 2022" in a 2023
    sentence), never an older year ("gấp 1,5 lần năm 2020") or "đầu năm"."""
    if a == b:
        return True
    if "" not in (a, b):
        return False
    return (a or b) in ("cùng kỳ", "năm trước", previous_year)


def _sources(claim: GrowthClaim) -> list[tuple[str, Interval, float, str, ChangeStatement | None]]:
    """(baseline key, ratio interval, ratio at printed values, description, statement)."""
    subject = claim.subject.interval
    found = []
    if claim.prior is not None and claim.prior.interval.lo > 0:
        ratio = subject / claim.prior.interval
        value = claim.subject.value / claim.prior.value
        label = f"{claim.subject.text} ÷ {claim.prior.text}"
        found.append((claim.prior_baseline, ratio, value, label, None))
    for statement in claim.statements:
        ratio = _statement_ratio(statement, subject)
        if ratio is None:
            continue
        point = _statement_ratio(_at_value(statement), Interval.point(claim.subject.value))
        value = point.mid if point else ratio.mid
        words = statement.relation.text
        label = statement.number.text if words.startswith("(") else words
        found.append((statement.baseline, ratio, value, label, statement))
    return found


def _at_value(statement: ChangeStatement) -> ChangeStatement:
    exact = replace(statement.number, interval=Interval.point(statement.number.value))
    return replace(statement, number=exact)


@check("growth")
def growth(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.growth:
        period = inputs.context.period_of_sentence(claim.sentence)
        previous_year = f"năm {period.year - 1}" if period and period.year else "?"
        hit = _conflict(claim, previous_year)
        if hit is not None:
            yield hit
    for change in inputs.claims.point_changes:
        hit = _wrong_point_change(change)
        if hit is not None:
            yield hit


def _wrong_point_change(claim: PointChangeClaim) -> Hit | None:
    """ "giảm từ 12,4% xuống 11,8%, giảm 0,8 điểm phần trăm": the stated change fits neither
    the points (0,6) nor the relative change (4,8%) between the two rates. A change that
    fits the other reading is U004's."""
    readings = point_readings(claim)
    if readings is None:
        return None
    stated = claim.change.interval
    if any(stated.meets(reading) for reading in readings):
        return None
    start, end, change = claim.start.value, claim.end.value, claim.change.value
    sign = -1 if claim.direction != "tăng" else 1
    stated_end = start + sign * change if claim.in_points else start * (1 + sign * change / 100)
    return Hit(
        span=claim.change.span,
        args={
            "figure": claim.end.text,
            "first": f"{claim.end.text} ÷ {claim.start.text}",
            "first_ratio": Num(end / start * 100, 1),
            "second": claim.change_relation.text + (" điểm phần trăm" if claim.in_points else ""),
            "second_ratio": Num(stated_end / start * 100, 1),
        },
        evidence=[
            Evidence(claim.start.span, "from"),
            Evidence(claim.end.span, "to"),
            Evidence(claim.change.span, "stated"),
        ],
    )


def _absolute_against_prior(claim: GrowthClaim, previous_year: str) -> Hit | None:
    """ "56,3 triệu đồng, tăng 4,6 triệu đồng so với năm 2022 (52,2 triệu đồng)": the figure
    minus the change is the baseline's own figure. Compared as values, the one figure's
    rounding counts once (as ratios it would count twice and hide the contradiction)."""
    prior = claim.prior
    if prior is None:
        return None
    for statement in claim.statements:
        if statement.form != "absolute" or not _comparable(
            statement.baseline, claim.prior_baseline, previous_year
        ):
            continue
        change = statement.number.interval
        if statement.direction != "tăng":
            change = change.scale(-1)
        if (claim.subject.interval - change).meets(prior.interval):
            continue
        signed = statement.number.value * (1 if statement.direction == "tăng" else -1)
        stated_base = claim.subject.value - signed
        return Hit(
            span=statement.number.span,
            args={
                "figure": claim.subject.text,
                "first": f"{claim.subject.text} ÷ {prior.text}",
                "first_ratio": Num(claim.subject.value / prior.value * 100, 1),
                "second": statement.relation.text,
                "second_ratio": Num(claim.subject.value / stated_base * 100, 1),
            },
            evidence=[
                Evidence(claim.subject.span, "figure"),
                Evidence(prior.span, "prior"),
                Evidence(statement.number.span, "stated"),
            ],
        )
    return None


def _conflict(claim: GrowthClaim, previous_year: str) -> Hit | None:
    found = _absolute_against_prior(claim, previous_year)
    if found is not None:
        return found
    sources = _sources(claim)
    for later, (key, ratio, value, text, statement) in enumerate(sources):
        for other_key, other, other_value, other_text, other_statement in sources[:later]:
            if not _comparable(key, other_key, previous_year) or ratio.meets(other):
                continue
            span = statement.number.span if statement else claim.subject.span
            evidence = [Evidence(claim.subject.span, "figure"), Evidence(span, "stated")]
            if claim.prior is not None and None in (statement, other_statement):
                evidence.insert(1, Evidence(claim.prior.span, "prior"))
            return Hit(
                span=span,
                args={
                    "figure": claim.subject.text,
                    "first": other_text,
                    "first_ratio": Num(other_value * 100, 1),
                    "second": text,
                    "second_ratio": Num(value * 100, 1),
                },
                evidence=evidence,
            )
    return None
