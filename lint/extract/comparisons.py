"""Comparisons with a baseline year: "so với cùng kỳ năm 2021", "so cùng kỳ năm 2021", "so
với năm 2022", "so với cuối năm 2022", "so với 31/12/2022", "so với cùng kỳ năm trước".

Each becomes a ``RelationMention`` of kind ``compare`` whose span covers the whole phrase,
with attrs ``year`` (None for "năm trước"), ``same_period`` ("cùng kỳ"), ``baseline``
("year", "end_of_year", "date" or "previous") and, for a date baseline, ``date``. Baselines
that are plans or periods inside a year ("so với kế hoạch", "so với quý I/2023") are not
year baselines and are left alone, and "giá so sánh năm 2010" is a price base (constant
prices), not a comparison.
"""

from __future__ import annotations

import re

from lint.document import Document, Span
from lint.extract.dates import calendar_date
from lint.mentions import Mentions, RelationMention
from lint.patterns import scan

_GAP = r"\s{1,3}"
_COMPARE = scan(
    ("so",),
    "s",
    rf"(?<!\w)(?<!giá\s)so(?:{_GAP}sánh)?(?:{_GAP}với)?{_GAP}(?:thời{_GAP}điểm{_GAP})?(?:"
    rf"(?P<same>cùng{_GAP}kỳ)(?:{_GAP}(?:năm{_GAP})?(?P<same_year>[0-9]{{4}})"
    rf"|{_GAP}năm{_GAP}(?:trước|ngoái))?"
    rf"|cuối{_GAP}năm{_GAP}(?P<end_year>[0-9]{{4}})"
    rf"|năm{_GAP}(?:(?P<year>[0-9]{{4}})|trước|ngoái)"
    rf"|(?:ngày{_GAP})?(?P<day>[0-9]{{1,2}})[/.-](?P<month>[0-9]{{1,2}})[/.-]"
    rf"(?P<date_year>[0-9]{{4}})"
    r")(?![\w/]|[.,][0-9])",
    re.IGNORECASE,
)


def _attrs(match: re.Match[str]) -> dict[str, object]:
    same_period = match.group("same") is not None
    if match.group("end_year"):
        return {
            "year": int(match.group("end_year")),
            "same_period": False,
            "baseline": "end_of_year",
        }
    if match.group("date_year"):
        year = int(match.group("date_year"))
        date = calendar_date(year, int(match.group("month")), int(match.group("day")))
        return {"year": year, "same_period": False, "baseline": "date", "date": date}
    year_text = match.group("same_year") or match.group("year")
    if year_text:
        return {"year": int(year_text), "same_period": same_period, "baseline": "year"}
    return {"year": None, "same_period": same_period, "baseline": "previous"}


def extract_comparisons(document: Document, mentions: Mentions) -> None:
    text = document.text
    for block in document.blocks:
        for match in _COMPARE.finditer(text, block.span.start, block.span.end):
            mentions.relations.append(
                RelationMention(
                    Span(match.start(), match.end()), "compare", match.group(0), _attrs(match)
                )
            )
