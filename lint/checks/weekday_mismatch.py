"""T002 weekday-mismatch: a weekday printed beside a date that falls on another day.

Why it matters: "Thứ Sáu, ngày 12/7/2020" cannot both be right — 12/7/2020 is a Sunday — so
a reader cannot tell when the meeting is. Drafts copied from an earlier notice keep the old
weekday.

The weekday must be attached to the date: "Thứ Sáu, ngày 12/7/2020", "Thứ năm - 28/09/2023",
"(Thứ 2, 10/7/2023)", "CN 12/7". A yearless date is tried in the year of the document's
date and of its period, and in every year within half a year of the document's date; the
rule fires only when the weekday is wrong in all of them. Silent when the year cannot be
inferred, and for lunar dates ("ngày 10/3 âm lịch", "… năm Giáp Thìn"), which extraction
leaves out.

Example::

    Hội nghị tổ chức vào Thứ Sáu, ngày 12/7/2020.   ← T002 (12/7/2020 is a Sunday)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache

from lint.checks import CheckInput, check
from lint.context import ReportContext
from lint.document import Span
from lint.extract.dates import attached_dates, calendar_date
from lint.findings import Evidence, Hit
from lint.mentions import DateMention
from lint.ruledata import load_data


@lru_cache(maxsize=1)
def _names() -> dict[str, list[str]]:
    return {lang: list(names) for lang, names in load_data("dates")["weekday_display"].items()}


def _readings(date: DateMention, context: ReportContext, window: dt.timedelta) -> list[dt.date]:
    """Every calendar date the printed date may stand for: a yearless one in the year of the
    document's date or period ("ngày 18 tháng 8" in a plan for 2024 dated 10/01/2024), and
    in every year that puts it within ``window`` of the document's date."""
    if date.year is not None:
        return [date.date] if date.date else []
    year = context.report_year
    if year is None:
        return []
    if context.report_date is None:
        found = calendar_date(year, date.month, date.day)
        return [found] if found else []
    own = {year} | ({context.document_period.year} if context.document_period else set())
    dates = [(y, calendar_date(y, date.month, date.day)) for y in (year, year - 1, year + 1)]
    return [d for y, d in dates if d and (y in own or abs(d - context.report_date) <= window)]


def _weekday_name(weekday: int) -> dict[str, str]:
    return {lang: names[weekday] for lang, names in _names().items()}


@check("weekday_mismatch")
def weekday_mismatch(inputs: CheckInput) -> Iterator[Hit]:
    window = dt.timedelta(days=int(inputs.param("year_window_days", 183)))  # type: ignore[arg-type]
    for weekday, date in attached_dates(inputs.document, inputs.mentions):
        readings = _readings(date, inputs.context, window)
        if not readings or any(d.weekday() == weekday.weekday for d in readings):
            continue
        actual = readings[0]
        inferred = {"vi": "", "en": ""}
        if date.year is None:
            inferred = {"vi": f" (năm {actual.year} suy từ văn bản)",
                        "en": f" (year {actual.year} taken from the document)"}
        yield Hit(
            span=Span(weekday.span.start, date.span.end),
            args={
                "weekday": weekday.text,
                "date": f"{actual.day}/{actual.month}/{actual.year}",
                "stated": _weekday_name(weekday.weekday),
                "actual": _weekday_name(actual.weekday()),
                "inferred": inferred,
            },
            evidence=[Evidence(weekday.span, "weekday"), Evidence(date.span, "date")],
        )
