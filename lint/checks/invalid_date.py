"""T003 invalid-date: a date that does not exist in the calendar.

Why it matters: "31/6/2022" or "29/02/2023" is a typing slip, and nobody can tell which day
was meant; a deadline or a meeting date printed that way is unusable.

Fires on a day past the end of its month ("31/6/2022", "ngày 31/4"), on 29 February of a
common year ("29/02/2023"), and on a month above 12 ("ngày 5 tháng 13 năm 2022"). Not on
"6/29/2024", which is a valid date written month-first (U003 reports that), and not on a
yearless "29/2", which exists in leap years.

Example::

    Hạn nộp báo cáo là ngày 31/6/2022.   ← T003 (June has 30 days)
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Evidence, Hit
from lint.mentions import DateMention

_LEAP_YEAR = 2000  # a yearless date exists if it exists in a leap year


def _reason(date: DateMention) -> dict[str, str] | None:
    """Why the date cannot exist, or None when it can (or its year is unreadable)."""
    if not 1 <= date.month <= 12:
        return {"vi": f"không có tháng {date.month}", "en": f"there is no month {date.month}"}
    if date.year is not None and date.year < 1:
        return None
    days = calendar.monthrange(date.year or _LEAP_YEAR, date.month)[1]
    if date.day <= days:
        return None
    if date.month == 2 and date.day == 29:
        return {
            "vi": f"năm {date.year} không nhuận, tháng 2 chỉ có 28 ngày",
            "en": f"{date.year} is not a leap year: February has 28 days",
        }
    return {
        "vi": f"tháng {date.month} chỉ có {days} ngày",
        "en": f"month {date.month} has only {days} days",
    }


@check("invalid_date")
def invalid_date(inputs: CheckInput) -> Iterator[Hit]:
    for date in inputs.mentions.dates:
        if date.month_first or date.date is not None:
            continue
        reason = _reason(date)
        if reason is not None:
            yield Hit(
                span=date.span,
                args={"date": date.text, "reason": reason},
                evidence=[Evidence(date.span, "date")],
            )
