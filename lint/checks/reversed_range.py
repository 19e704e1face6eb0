"""T004 reversed-range: a range of years, dates or months that ends before it starts.

Why it matters: "nhiệm kỳ 2025 – 2020" or "từ ngày 15/8 đến ngày 10/8/2023" cannot be meant
as printed; one end is a typo, and a reader cannot tell which period the text is about.

Year ranges ("nhiệm kỳ 2025 – 2020", "giai đoạn 2025-2021", "từ năm 2025 đến năm 2021") are
compared as printed. A date or month range whose start has no year takes the end's year
("từ 15/8 đến 10/8/2023" starts on 15/8/2023); it is honest, and silent, when the start read
in the previous year makes a short range across the new year ("từ 25/12 đến 5/1/2024",
at most ``max_cross_year_days`` days), or when its block names a season or school year.

Example::

    Đại hội Đảng bộ huyện nhiệm kỳ 2025 – 2020.      ← T004
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Evidence, Hit
from lint.mentions import PeriodMention, RangeMention


def _formatted(date: dt.date, kind: str) -> str:
    return (
        f"{date.month}/{date.year}" if kind == "month" else f"{date.day}/{date.month}/{date.year}"
    )


def _crosses_new_year(found: RangeMention, max_days: int) -> bool:
    """True when the start read in the previous year gives a range of at most ``max_days``."""
    try:
        start = found.start.replace(year=found.start.year - 1)
    except ValueError:  # 29/2 has no previous-year reading
        return False
    return 0 <= (found.end - start).days <= max_days


def _year_hit(period: PeriodMention, first: int, last: int) -> Hit:
    return Hit(
        span=period.span,
        args={
            "range": period.text,
            "start": str(first),
            "end": str(last),
            "note": "",
        },
        evidence=[Evidence(period.span, "range")],
    )


def _range_hit(text: str, found: RangeMention) -> Hit:
    note = (
        {"vi": " (năm của đầu kỳ lấy theo cuối kỳ)", "en": " (the start takes the end's year)"}
        if found.year_inferred
        else ""
    )
    return Hit(
        span=found.span,
        args={
            "range": found.span.slice(text),
            "start": _formatted(found.start, found.kind),
            "end": _formatted(found.end, found.kind),
            "note": note,
        },
        evidence=[Evidence(found.first, "start"), Evidence(found.last, "end")],
    )


@check("reversed_range")
def reversed_range(inputs: CheckInput) -> Iterator[Hit]:
    max_days = int(str(inputs.param("max_cross_year_days", 183)))
    for period in inputs.mentions.periods:
        years = period.printed_years
        if years is not None and years[0] > years[1]:
            yield _year_hit(period, *years)
    for found in inputs.mentions.ranges:
        if found.start <= found.end:
            continue
        if found.year_inferred and (found.cyclical or _crosses_new_year(found, max_days)):
            continue
        yield _range_hit(inputs.document.text, found)
