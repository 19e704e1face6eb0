"""Numbers as Vietnamese reports print them, each read as the interval it stands for.

Thousands are separated by dots and decimals by a comma ("1.009,3"); a scale word may follow
("5 triệu", "2.430 tỷ đồng", "1,5 nghìn tỷ"); a qualifier may precede ("hơn 6.566", "khoảng
200", "ước đạt 320"). Ranges ("15 – 18", "5-6 triệu"), percentages ("52,5%"), fractions
("18/20") and ordinals ("khóa XXVIII", "lần thứ 27") are kept with their kind. Figures inside
dates, periods and legal-document symbols ("18-NQ/TW") are not numbers. A figure printed the
English way ("1,282,217") or readable both ways ("41,250") is kept but flagged.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from functools import lru_cache
from typing import NamedTuple

from lint.document import Document, Span
from lint.intervals import Interval, printed
from lint.mentions import Mentions, NumberKind, NumberMention, OrdinalMention, Unit
from lint.patterns import Scan, initials, key_words, scan, starting_with
from lint.ruledata import alternation, load_data

_VI_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_EN_NUMBER = r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3},\d{3}\.\d+"
_CORE = rf"(?:{_EN_NUMBER}|{_VI_NUMBER})"
_DASH = r"\s?[-–—]\s?"
_FIGURE = starting_with(
    "0-9+\\-−",
    rf"(?<![\w.,/])(?<![^\W\d_][-–])(?P<sign>[-−+](?=\d))?"
    rf"(?P<first>{_CORE})"
    rf"(?:(?P<range>{_DASH})(?P<second>{_CORE})|/(?P<denominator>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d/]))?"
    rf"(?![\w]|[.,]\d|/\d)",
)
_LIST_GAP = re.compile(r"\s*(?:,|;|và)\s*(?:[^\W\d][^,;.:()\d]{0,60})?")
_PERCENT = re.compile(r"\s?(?:%|phần trăm)")
_SYMBOL = starting_with(
    "0-9", r"(?<![\w/])\d+(?:/\d{2,4})?[/-][A-ZĐ]{1,}[\wĐđ]*(?:[/-][A-ZĐ][\wĐđ]*)*"
)
_ROMAN = starting_with(
    "IVXLCDM",
    r"(?:(?<=khóa )|(?<=khoá )|(?<=Khóa )|(?<=Khoá )|(?<=Đại hội )|(?<=lần )|(?<=thứ )|(?<=Kỳ họp )"
    r"|(?<=kỳ họp ))(?P<roman>[IVXLCDM]+)(?![\w])",
)
_ARABIC_ORDINAL = scan(
    ("thứ",), "lkn", r"(?<![\w])(?:lần|khóa|khoá|kỳ họp|nhiệm kỳ) thứ (?P<value>\d{1,3})(?!\d)"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_VALID_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


class _Lexicon(NamedTuple):
    scales: dict[str, float]
    scale_pattern: re.Pattern[str]
    qualifiers: dict[str, dict[str, object]]
    qualifier_pattern: Scan
    units: dict[str, Unit]
    unit_pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_data("numbers")
    scales = {str(k): float(v) for k, v in data["scales"].items()}
    qualifiers = {str(k).lower(): dict(v) for k, v in data["qualifiers"].items()}
    units: dict[str, Unit] = {}
    for name, key in data["units"]["money"].items():
        units[str(name)] = Unit("money", str(key), Span(0, 0))
    for name, key in data["units"]["physical"].items():
        units[str(name)] = Unit("physical", str(key), Span(0, 0))
    synonyms = {str(k): str(v) for k, v in data.get("count_synonyms", {}).items()}
    for name in data["units"]["count"]:
        units[str(name)] = Unit("count", synonyms.get(str(name), str(name)), Span(0, 0))
    not_after = "".join(rf"(?<!{re.escape(str(w))}\s)" for w in data["qualifier_not_after"])
    return _Lexicon(
        scales=scales,
        scale_pattern=re.compile(rf"\s(?P<scale>{alternation(list(scales))})(?![\w])"),
        qualifiers=qualifiers,
        qualifier_pattern=scan(
            key_words(qualifiers),
            r"\s(,;:" + initials(qualifiers),
            rf"(?:^|[\s(,;:]){not_after}(?P<qualifier>{alternation(list(qualifiers))})\s+$",
            re.IGNORECASE,
        ),
        units=units,
        unit_pattern=re.compile(rf"\s?(?P<unit>{alternation(list(units))})(?![\w²³])"),
    )


def parse_vietnamese(text: str) -> tuple[float, int]:
    """Value and number of decimals of a Vietnamese-printed figure: "1.009,3" → (1009.3, 1)."""
    whole, _, fraction = text.partition(",")
    value = float(whole.replace(".", "") + ("." + fraction if fraction else ""))
    return value, len(fraction)


def _parse_core(text: str) -> tuple[float, int, bool, bool]:
    """(value, decimals, english_format, ambiguous) of one figure."""
    if "," in text and ("." in text.split(",")[-1] or text.count(",") > 1):
        whole, _, fraction = text.partition(".")
        return (
            float(whole.replace(",", "") + ("." + fraction if fraction else "")),
            len(fraction),
            True,
            False,
        )
    value, decimals = parse_vietnamese(text)
    ambiguous = decimals == 3 and "." not in text and len(text.split(",")[0]) <= 3
    return value, decimals, False, ambiguous


def _qualify(interval: Interval, rule: dict[str, object]) -> Interval:
    lo, hi = interval.lo, interval.hi
    relative = float(rule.get("relative", 0.0))  # type: ignore[arg-type]
    lower_relative = float(rule.get("lower_relative", relative))  # type: ignore[arg-type]
    lo = -math.inf if rule.get("lower") == "open" else lo - abs(lo) * lower_relative
    hi = math.inf if rule.get("upper") == "open" else hi + abs(hi) * relative
    if rule.get("lower") == "open" and interval.lo >= 0:
        lo = 0.0
    return Interval(lo, hi)


class _Taken:
    """Spans already claimed by dates, periods, weekdays, symbols and ordinals."""

    def __init__(self, spans: list[Span]) -> None:
        self._spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in self._spans]

    def overlaps(self, span: Span) -> bool:
        index = bisect.bisect_left(self._starts, span.end)
        return any(self._spans[i].end > span.start for i in range(max(0, index - 8), index))


def _read_figure(text: str, match: re.Match[str], block_end: int) -> NumberMention | None:
    lexicon = _lexicon()
    first = match.group("first")
    value, decimals, english, ambiguous = _parse_core(first)
    sign = -1.0 if match.group("sign") in ("-", "−") else 1.0
    kind: NumberKind = "number"
    high = denominator = None
    end = match.end()
    if match.group("second"):
        high, high_decimals, english2, _ = _parse_core(match.group("second"))
        if high < value:  # "2020-12" is no range; such a string is not a figure at all
            return None
        kind, english = "range", english or english2
        decimals = max(decimals, high_decimals)
    elif match.group("denominator"):
        kind, denominator = "fraction", int(match.group("denominator").replace(".", ""))
    scale = 1.0
    scale_match = lexicon.scale_pattern.match(text, end, block_end)
    if scale_match and kind != "fraction":
        scale = lexicon.scales[scale_match.group("scale")]
        end = scale_match.end()
    percent = _PERCENT.match(text, end, block_end)
    unit = None
    if percent and kind != "fraction":
        kind = "range" if kind == "range" else "percent"
        end = percent.end()
    else:
        unit_match = lexicon.unit_pattern.match(text, end, block_end)
        if unit_match:
            known = lexicon.units[unit_match.group("unit")]
            unit = Unit(known.kind, known.key, Span(unit_match.start("unit"), unit_match.end()))
    interval = printed(value, decimals, scale)
    if unit is not None and unit.kind == "count" and kind == "number" and scale == 1.0:
        interval = counted(value, decimals)
    if high is not None:
        interval = Interval(interval.lo, printed(high, decimals, scale).hi)
    if sign < 0:
        interval = Interval(-interval.hi, -interval.lo)
    qualifier = None
    before = lexicon.qualifier_pattern.search(text, max(0, match.start() - 16), match.start())
    if before:
        qualifier = before.group("qualifier").lower()
        interval = _qualify(interval, lexicon.qualifiers[qualifier])
    return NumberMention(
        span=Span(match.start(), end),
        text=text[match.start() : end],
        kind="percent" if kind == "percent" else kind,
        value=sign * value * scale,
        interval=interval,
        decimals=decimals,
        scale=scale,
        qualifier=qualifier,
        unit=unit,
        denominator=denominator,
        high=None if high is None else high * scale,
        leading_zero=len(first) > 1 and first[0] == "0" and first[1].isdigit(),
        ambiguous=ambiguous,
        english_format=english,
        percent_range=kind == "range" and bool(percent),
        grouped=english or "." in first,
    )


def counted(value: float, decimals: int) -> Interval:
    """A count of things ("1.850 lao động", a target of "2.000 lao động") is exact, unless
    it is large and its trailing zeros say it was rounded: "125.000 người" may be any count
    that rounds to the thousand."""
    if decimals or value != int(value):
        return printed(value, decimals)
    rounded_to_thousands = value >= 10_000 and value % 1000 == 0
    half = 500.0 if rounded_to_thousands else 0.0
    return Interval(value - half, value + half)


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral, or None when it is malformed ("XIIX")."""
    if not text or not _VALID_ROMAN.fullmatch(text):
        return None
    total = 0
    for index, letter in enumerate(text):
        value = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def _extract_ordinals(text: str, span: Span, mentions: Mentions) -> None:
    for match in _ROMAN.finditer(text, span.start, span.end):
        roman = match.group("roman")
        mentions.ordinals.append(
            OrdinalMention(Span(match.start(), match.end()), roman, roman_value(roman), True)
        )
    for match in _ARABIC_ORDINAL.finditer(text, span.start, span.end):
        value_span = Span(match.start("value"), match.end("value"))
        mentions.ordinals.append(
            OrdinalMention(value_span, match.group("value"), int(match.group("value")), False)
        )


def extract_numbers(document: Document, mentions: Mentions) -> None:
    text = document.text
    for block in document.blocks:
        _extract_ordinals(text, block.span, mentions)
    taken = [m.span for m in (*mentions.dates, *mentions.periods, *mentions.weekdays)]
    taken += [o.span for o in mentions.ordinals]
    for block in document.blocks:
        start, end = block.span.start, block.span.end
        taken += [Span(m.start(), m.end()) for m in _SYMBOL.finditer(text, start, end)]
    claimed = _Taken(taken)
    for block in document.blocks:
        found = [
            figure
            for match in _FIGURE.finditer(text, block.span.start, block.span.end)
            if not claimed.overlaps(Span(match.start(), match.end()))
            and (figure := _read_figure(text, match, block.span.end)) is not None
        ]
        mentions.numbers.extend(_share_trailing_units(text, found))


def _shares_unit_with(text: str, figure: NumberMention, following: NumberMention) -> bool:
    """True for "1.000" in "nông nghiệp 1.000, dịch vụ 1.100 tỷ đồng": a bare figure that a
    comma or "và" separates from the next figure of the same list."""
    return (
        figure.kind == "number"
        and figure.unit is None
        and figure.scale == 1.0
        and following.unit is not None
        and following.kind == "number"
        and bool(_LIST_GAP.fullmatch(text, figure.span.end, following.span.start))
    )


def _share_trailing_units(text: str, figures: list[NumberMention]) -> list[NumberMention]:
    """Figures of one list printed with the unit only on the last ("1.000, 4.200 và 1.100 tỷ
    đồng") take that unit and scale."""
    for index in range(len(figures) - 2, -1, -1):
        figure, following = figures[index], figures[index + 1]
        if _shares_unit_with(text, figure, following):
            figures[index] = dataclasses.replace(
                figure,
                value=figure.value * following.scale,
                interval=figure.interval.scale(following.scale),
                scale=following.scale,
                unit=following.unit,
                shared_unit=True,
            )
    return figures
