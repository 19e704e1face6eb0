"""T006 ordinal-mismatch."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.extract.numbers import roman_value


def spans(findings, text: str) -> list[str]:
    return [text[f.span.start : f.span.end] for f in findings]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Đại hội Đảng bộ huyện lần thứ 27 bầu Ban Chấp hành Đảng bộ huyện khóa XXVIII.", "XXVIII"),
        ("Đại hội lần thứ 27 thành công; Ban Chấp hành khóa XXVIII ra mắt.", "XXVIII"),
        ("Đại hội Đảng bộ tỉnh lần thứ XX; Tỉnh ủy khóa XXII họp phiên đầu.", "XXII"),
        ("Ban Chấp hành Đảng bộ xã khóa IIX.", "IIX"),
    ],
)
def test_fires(lint_text, text: str, phrase: str) -> None:
    assert spans(lint_text(text, "T006"), text) == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội Đảng bộ huyện lần thứ 28 bầu Ban Chấp hành Đảng bộ huyện khóa XXVIII.",
        "Ban Chấp hành Đảng bộ tỉnh khóa XIX trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.",
        "Nghị quyết Đại hội XIII của Đảng; Tỉnh ủy khóa XX họp.",
        "Nghị quyết Đại hội XIII; Ban Chấp hành Đảng bộ tỉnh khóa XX họp.",
        "Đại hội Đảng bộ tỉnh lần thứ XIX và lần thứ XX; Tỉnh ủy khóa XXII.",
        "Quốc hội khóa XV; Đại hội Hội Nông dân lần thứ VII.",
    ],
)
def test_silent(lint_text, text: str) -> None:
    assert lint_text(text, "T006") == []


def _roman(value: int) -> str:
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for size, letters in numerals:
        count, value = divmod(value, size)
        out += letters * count
    return out


@settings(max_examples=30, deadline=None)
@given(congress=st.integers(min_value=2, max_value=39), offset=st.sampled_from([0, -1]))
def test_never_fires_when_the_term_matches_its_congress(lint_text, congress: int, offset: int):
    term = _roman(congress + offset)
    assert roman_value(term) == congress + offset
    text = f"Đại hội Đảng bộ huyện lần thứ {congress}; Ban Chấp hành Đảng bộ huyện khóa {term}."
    assert lint_text(text, "T006") == []
