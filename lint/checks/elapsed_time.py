"""T005 elapsed-time: a stated duration that the dates contradict.

Why it matters: "qua 6 tháng triển khai" for a model started on 01/3/2023 in a text dated
15/5/2023 (two and a half months), "sơ kết 5 năm thực hiện Nghị quyết … ngày 25/10/2017" in
2020, or "năm thứ ba thực hiện Nghị quyết Đại hội XIII" in 2022 (the congress was held in
2021, so 2022 is the second year) tell the reader a wrong story of how long something has run;
often a sentence was copied from an older report.

The time elapsed runs from the duration's anchor to its end (see lint/linking/durations.py);
both ends may be windows, so the elapsed time is an interval, in months counted by calendar
(day differences as fractions of a month) or in years of twelve such months. A plain "N năm"
or "N tháng" fits when some elapsed time lies in [N − tolerance, N + tolerance) units
(``tolerance``; ``review_tolerance`` for "sơ kết / tổng kết N năm", which are held around the
anniversary); a loosened one by the range of its qualifier in rule data ("gần 5 năm" is [4, 5],
"hơn 5 năm" from 5 on), widened by ``qualifier_slack`` units. "năm thứ N" fits when the
sentence's year is the Nth counting from a year that may be the first of implementation (for
a local congress both the year it was held and the next), or when N − 1 whole years may have
passed. Silent when the anchor or the end is unknown (no report date).

Example::

    Hà Nội, ngày 15 tháng 5 năm 2023
    Từ 01/3/2023, mô hình được triển khai tại 5 xã; qua 6 tháng triển khai, …   ← T005
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from functools import lru_cache

from lint.checks import CheckInput, check
from lint.claims import DurationClaim
from lint.findings import Evidence, Hit
from lint.ruledata import load_data

_UNIT_WORDS = {
    "year": {"vi": "năm", "en": "years"},
    "month": {"vi": "tháng", "en": "months"},
}


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, tuple[float, float]]:
    raw = load_data("durations")["qualifiers"]
    return {str(k): (float(v[0]), float(v[1])) for k, v in raw.items()}


def _months(start: dt.date, end: dt.date) -> float:
    """Calendar months from ``start`` to ``end``: 25/10/2017 → 25/10/2022 is 60."""
    return (end.year - start.year) * 12 + (end.month - start.month) + (end.day - start.day) / 31


def _elapsed(claim: DurationClaim) -> tuple[float, float]:
    """The shortest and longest time elapsed, in the duration's unit."""
    per_unit = 12 if claim.duration.unit == "year" else 1
    return (
        _months(claim.start[1], claim.end[0]) / per_unit,
        _months(claim.start[0], claim.end[1]) / per_unit,
    )


def _allowed(inputs: CheckInput, claim: DurationClaim) -> tuple[float, float]:
    """The true durations the statement allows, as [low, high)."""
    duration = claim.duration
    count = float(duration.count)
    if duration.qualifier in _qualifiers():
        below, above = _qualifiers()[duration.qualifier]
        slack = float(str(inputs.param("qualifier_slack", 0.25)))
        return count + below - slack, count + above + slack
    name = "review_tolerance" if duration.review else "tolerance"
    tolerance = float(str(inputs.param(name, 1)))
    return count - tolerance, count + tolerance


def _ordinals(claim: DurationClaim) -> set[int] | None:
    """Every N for which "năm thứ N" fits, or None when the sentence's year is unclear."""
    year = claim.end[0].year
    if claim.end[1].year != year:
        return None
    low, high = _elapsed(claim)
    fitting = {year - first + 1 for first in claim.first_years}
    fitting.update(range(math.floor(low) + 1, math.floor(high) + 2))
    return fitting


def _number(value: float, lang: str) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "vi" else text


def _span_text(low: float, high: float, unit: str) -> dict[str, str]:
    texts = {}
    for lang in ("vi", "en"):
        value = _number(low, lang)
        if _number(high, lang) != value:
            value += f"–{_number(high, lang)}"
        texts[lang] = f"{value} {_UNIT_WORDS[unit][lang]}"
    return texts


def _window(window: tuple[dt.date, dt.date]) -> dict[str, str]:
    first, last = window
    if first == last:
        text = f"{first.day}/{first.month}/{first.year}"
        return {"vi": text, "en": text}
    if first.year == last.year and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return {"vi": f"năm {first.year}", "en": str(first.year)}
    text = f"{first.day}/{first.month}/{first.year} – {last.day}/{last.month}/{last.year}"
    return {"vi": text, "en": text}


def _allowed_text(claim: DurationClaim, allowed: tuple[float, float]) -> dict[str, str]:
    if claim.duration.ordinal:
        fitting = sorted(n for n in _ordinals(claim) or set() if n > 0)
        return {
            "vi": "năm thứ " + " hoặc ".join(map(str, fitting)),
            "en": "year " + " or ".join(map(str, fitting)),
        }
    unit = claim.duration.unit
    low = _number(max(allowed[0], 0), "vi"), _number(max(allowed[0], 0), "en")
    if math.isinf(allowed[1]):
        return {
            "vi": f"từ {low[0]} {_UNIT_WORDS[unit]['vi']} trở lên",
            "en": f"{low[1]} {_UNIT_WORDS[unit]['en']} or more",
        }
    return {
        "vi": f"{low[0]}–{_number(allowed[1], 'vi')} {_UNIT_WORDS[unit]['vi']}",
        "en": f"{low[1]}–{_number(allowed[1], 'en')} {_UNIT_WORDS[unit]['en']}",
    }


def _fits(inputs: CheckInput, claim: DurationClaim) -> bool:
    low, high = _elapsed(claim)
    if high < 0:
        return True  # the anchor is after the end: not an elapsed time
    if claim.duration.ordinal:
        fitting = _ordinals(claim)
        return fitting is None or claim.duration.count in fitting
    allowed = _allowed(inputs, claim)
    return high >= allowed[0] and low < allowed[1]


def _hit(inputs: CheckInput, claim: DurationClaim) -> Hit:
    low, high = _elapsed(claim)
    duration = claim.duration
    evidence = [Evidence(duration.span, "duration"), Evidence(claim.anchor, "start")]
    if claim.end_span is not None:
        evidence.append(Evidence(claim.end_span, "end"))
    return Hit(
        span=duration.span,
        args={
            "stated": duration.text,
            "start": _window(claim.start),
            "end": _window(claim.end),
            "elapsed": _span_text(max(low, 0), high, "year" if duration.ordinal else duration.unit),
            "allowed": _allowed_text(claim, _allowed(inputs, claim)),
        },
        evidence=evidence,
    )


@check("elapsed_time")
def elapsed_time(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.durations:
        if not _fits(inputs, claim):
            yield _hit(inputs, claim)
