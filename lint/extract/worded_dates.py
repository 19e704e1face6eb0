"""The long tail of dates: months written in words ("ngày 02 tháng mười năm 2023", "5 tháng
Mười Hai năm 2023"). A cheap pattern finds the candidates; only when a document has one is
dateparser (languages=['vi'], day-month-year order) imported to read them, so the common
path never pays for it. A candidate dateparser cannot read is left alone: it may be a date
that does not exist, but then nothing certain can be said about it."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from lint.document import Document, Span
from lint.mentions import DateMention, Mentions
from lint.patterns import scan

_MONTH_WORDS = r"(?:giêng|chạp|mười\smột|mười\shai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
_CANDIDATE = scan(
    ("tháng",),
    "n0-9",
    rf"(?<!\w)(?:ngày\s)?(?P<day>\d{{1,2}})\stháng\s(?P<month>{_MONTH_WORDS})"
    rf"(?:,?\s(?:năm\s)?(?P<year>\d{{4}}))(?!\w)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _parser() -> Any:
    import dateparser

    return dateparser.DateDataParser(
        languages=["vi"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True}
    )


def _read(text: str) -> dt.date | None:
    found = _parser().get_date_data(text)
    return found.date_obj.date() if found and found.date_obj else None


def extract_worded_dates(document: Document, mentions: Mentions) -> None:
    text = document.text
    taken = [d.span for d in mentions.dates]
    for block in document.blocks:
        for match in _CANDIDATE.finditer(text, block.span.start, block.span.end):
            span = Span(match.start(), match.end())
            if any(span.overlaps(other) for other in taken):
                continue
            date = _read(match.group())
            if date is None or date.day != int(match.group("day")):
                continue
            mentions.dates.append(
                DateMention(span, match.group(), date.day, date.month, date.year, date)
            )
    mentions.dates.sort(key=lambda d: d.span.start)
