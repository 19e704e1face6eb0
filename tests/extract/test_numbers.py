import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.extract.numbers import extract_numbers, parse_vietnamese, roman_value
from lint.mentions import Mentions
from lint.numfmt import format_number
from lint.segment import segment


def numbers_in(text: str):
    mentions = Mentions()
    extract_numbers(segment("t.txt", text, markdown=False), mentions)
    return mentions


def only_number(text: str):
    found = numbers_in(text).numbers
    assert len(found) == 1, [n.text for n in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "decimals"),
    [("1.009,3", 1009.3, 1), ("6.566", 6566, 0), ("52,5", 52.5, 1), ("02", 2, 0)],
)
def test_parse_vietnamese(text, value, decimals):
    assert parse_vietnamese(text) == (value, decimals)


def test_percent_interval_follows_printed_precision():
    number = only_number("tăng 52,5% so với cùng kỳ")
    assert number.kind == "percent"
    assert number.interval.contains(52.45) and number.interval.contains(52.59)
    assert not number.interval.contains(52.4)


def test_scale_word_and_money_unit():
    number = only_number("thu 2.430 tỷ đồng")
    assert number.value == 2430e9
    assert number.unit is not None and (number.unit.kind, number.unit.key) == ("money", "VND")


def test_count_noun_is_the_unit():
    number = only_number("có 54 doanh nghiệp mới")
    assert number.unit is not None and number.unit.key == "doanh nghiệp"


def test_physical_unit():
    number = only_number("diện tích 1.250,5 ha lúa")
    assert number.unit is not None and number.unit.key == "hectare"


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("hơn 6.566 hộ", 6566, math.inf),
        ("dưới 5%", 0.0, 5.6),
        ("khoảng 200 lao động", 180, 220),
        ("gần 100 tỷ đồng", 89.9e9, 101e9),
    ],
)
def test_qualifiers_widen_the_interval(text, lo, hi):
    interval = only_number(text).interval
    assert interval.lo <= lo * (1 + 1e-9)
    assert interval.hi >= hi * (1 - 1e-9)


def test_range_and_fraction():
    assert only_number("đạt 15 – 18 tiêu chí").kind == "range"
    fraction = only_number("18/20 chỉ tiêu đạt")
    assert (fraction.kind, fraction.value, fraction.denominator) == ("fraction", 18, 20)
    grouped = only_number("đã giải quyết 1.245/1.250 hồ sơ")
    assert (grouped.kind, grouped.value, grouped.denominator) == ("fraction", 1245, 1250)
    spread = only_number("thu nhập 5-6 triệu đồng")
    assert (spread.value, spread.high) == (5e6, 6e6)


def test_legal_symbols_and_terms_are_not_figures():
    assert numbers_in("Nghị quyết số 18-NQ/TW và Nghị định 15/2023/NĐ-CP").numbers == []
    assert numbers_in("phòng chống Covid-19").numbers == []


def test_english_and_ambiguous_formats_are_flagged():
    assert only_number("1,282,217 người").english_format
    assert only_number("41,250 ha").ambiguous


def test_leading_zero():
    assert only_number("có 02 xã").leading_zero


def test_ordinals():
    ordinals = numbers_in("Đại hội lần thứ 27, khóa XXVIII, khóa XIIX").ordinals
    assert [(o.text, o.value) for o in ordinals] == [
        ("XXVIII", 28),
        ("XIIX", None),
        ("27", 27),
    ]


@pytest.mark.parametrize(("roman", "value"), [("XIV", 14), ("XXVIII", 28), ("IIII", None)])
def test_roman_value(roman, value):
    assert roman_value(roman) == value


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=3))
def test_printed_number_parses_back(units, decimals):
    value = units / 10**decimals
    printed = format_number(value, decimals, "vi")
    text = f"Tổng giá trị {printed} tỷ đồng."
    number = only_number(text)
    assert text[number.span.start : number.span.end].startswith(printed)
    assert math.isclose(number.value, value * 1e9, rel_tol=1e-12, abs_tol=1e-6)
    assert number.interval.contains(value * 1e9)


@given(st.text())
def test_extraction_never_raises_and_spans_slice_the_text(text):
    mentions = numbers_in(text)
    for number in mentions.numbers:
        assert text[number.span.start : number.span.end] == number.text


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [("1.850 lao động", 1850, 1850), ("125.000 người", 124_500, 125_500), ("20 xã", 20, 20)],
)
def test_counts_are_exact_unless_rounded_to_thousands(text, lo, hi):
    interval = only_number(text).interval
    assert (interval.lo, interval.hi) == (lo, hi)


def test_money_keeps_rounding_and_truncation():
    interval = only_number("320 tỷ đồng").interval
    assert interval.lo < 320e9 < interval.hi
