"""U003 number-format: a figure or date printed the English way in a Vietnamese text.

What it catches: "1,282,217" (English thousands commas; Vietnamese writes "1.282.217"), a
month-first date "6/29/2024" (read as 29/6/2024), and "41,250 hộ", which reads as 41,25 in
Vietnamese but as 41 250 in English — a count of households cannot be 41,25.

Why it matters: the same digits mean a thousand times more or less depending on the reader's
convention; every later sum or comparison inherits the misreading.

Precision: the message says which reading the linter assumed. A figure that reads two ways is
reported only when its unit is a count (a decimal count is impossible) with no scale word
("2,704 triệu lượt" is a whole count either way), the document prints
its other figures the Vietnamese way (thousands dots or decimal commas) and no figure the
English way. Vietnamese "1.282.217" and "52,5%" are never reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.document import Span
from lint.findings import Edit, Evidence, Hit
from lint.mentions import DateMention, NumberMention
from lint.numfmt import format_number


def _english_hit(number: NumberMention) -> Hit:
    reading = format_number(number.value / number.scale, number.decimals, "vi")
    return Hit(
        span=number.span,
        args={
            "figure": number.text,
            "detail": {
                "vi": f"viết theo kiểu tiếng Anh; đã hiểu là {reading}",
                "en": f"uses English separators; read as {reading} (Vietnamese style)",
            },
            "computation": {"vi": f"đọc là {reading}", "en": f"read as {reading}"},
        },
        evidence=[Evidence(number.span, "figure")],
    )


def _month_first_hit(date: DateMention) -> Hit:
    year = "" if date.year is None else f"/{date.year}"
    reading = f"{date.day}/{date.month}{year}"
    fix = None
    if date.text == f"{date.month}/{date.day}{year}":
        fix = Edit(date.span, reading)
    return Hit(
        span=date.span,
        args={
            "figure": date.text,
            "detail": {
                "vi": f"ghi tháng trước ngày; đã hiểu là ngày {reading}",
                "en": f"puts the month first; read as {reading} (day first)",
            },
            "computation": {
                "vi": f"tháng {date.day} không tồn tại → ngày {date.day}, tháng {date.month}",
                "en": f"there is no month {date.day} → day {date.day}, month {date.month}",
            },
        },
        evidence=[Evidence(date.span, "date")],
        fix=fix,
    )


def _ambiguous_hit(number: NumberMention) -> Hit:
    printed = number.value / number.scale
    decimal = format_number(printed, None, "vi")
    whole = format_number(printed * 10**number.decimals, 0, "vi")
    unit = number.unit.key if number.unit else ""
    return Hit(
        span=number.span,
        args={
            "figure": number.text,
            "detail": {
                "vi": f'đọc được là {decimal} hoặc {whole}; đơn vị đếm "{unit}" không thể lẻ '
                f"nên đã hiểu là {whole} — nên viết {whole}",
                "en": f'reads as {decimal} or {whole}; a count of "{unit}" cannot be '
                f"fractional, so it was read as {whole} — write {whole}",
            },
            "computation": {
                "vi": f"{decimal} {unit} không phải số nguyên → {whole}",
                "en": f"{decimal} {unit} is not a whole count → {whole}",
            },
        },
        evidence=[Evidence(number.span, "figure")],
    )


def _vietnamese_style(number: NumberMention) -> bool:
    return not number.english_format and (
        number.grouped or (number.decimals > 0 and not number.ambiguous)
    )


def _ambiguous_counts(numbers: list[NumberMention], count_kinds: set[str]) -> list[Span]:
    if any(n.english_format for n in numbers) or not any(_vietnamese_style(n) for n in numbers):
        return []
    return [
        n.span
        for n in numbers
        if n.ambiguous and n.unit is not None and n.unit.kind in count_kinds and n.scale == 1.0
    ]  # with a scale word ("2,704 triệu lượt") the decimal reading is a whole count too


@check("number_format")
def number_format(inputs: CheckInput) -> Iterator[Hit]:
    numbers = inputs.mentions.numbers
    count_kinds = set(inputs.param("count_unit_kinds", ["count"]) or [])  # type: ignore[call-overload]
    ambiguous = set(_ambiguous_counts(numbers, count_kinds))
    for number in numbers:
        if number.english_format:
            yield _english_hit(number)
        elif number.span in ambiguous:
            yield _ambiguous_hit(number)
    for date in inputs.mentions.dates:
        if date.month_first:
            yield _month_first_hit(date)
