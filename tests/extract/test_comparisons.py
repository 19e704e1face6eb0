"""Comparison phrases with a baseline year: "so với (cùng kỳ) năm Y" and its variants."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.engine import parse_document
from lint.extract.comparisons import extract_comparisons
from lint.mentions import Mentions


def comparisons(text: str) -> list:
    document = parse_document("test.txt", text)
    mentions = Mentions()
    extract_comparisons(document, mentions)
    return mentions.relations


@pytest.mark.parametrize(
    ("phrase", "attrs"),
    [
        ("so với cùng kỳ năm 2021", {"year": 2021, "same_period": True, "baseline": "year"}),
        ("so cùng kỳ năm 2021", {"year": 2021, "same_period": True, "baseline": "year"}),
        ("so với năm 2022", {"year": 2022, "same_period": False, "baseline": "year"}),
        ("so với cuối năm 2022",
         {"year": 2022, "same_period": False, "baseline": "end_of_year"}),
        ("so với 31/12/2022", {"year": 2022, "same_period": False, "baseline": "date",
                               "date": dt.date(2022, 12, 31)}),
        ("so với cùng kỳ năm trước",
         {"year": None, "same_period": True, "baseline": "previous"}),
        ("so với năm trước", {"year": None, "same_period": False, "baseline": "previous"}),
        ("So với cùng kỳ", {"year": None, "same_period": True, "baseline": "previous"}),
    ],
)
def test_comparison_phrases(phrase: str, attrs: dict) -> None:
    found = comparisons(f"Thu ngân sách tăng 12,5% {phrase}, đạt kết quả tốt.")
    assert [(r.kind, r.text, r.attrs) for r in found] == [("compare", phrase, attrs)]


@pytest.mark.parametrize(
    "text",
    [
        "Tăng 5% so với kế hoạch năm 2022.",
        "Tăng 5% so với quý I/2023.",
        "Tăng 5% so với 2.021 tỷ đồng.",
        "Số vốn so le năm 2022.",
    ],
)
def test_baselines_that_are_not_years(text: str) -> None:
    assert comparisons(text) == []


def test_span_covers_the_whole_phrase() -> None:
    text = "Doanh thu tăng 8% so với cùng kỳ năm 2021."
    relation = comparisons(text)[0]
    assert text[relation.span.start : relation.span.end] == "so với cùng kỳ năm 2021"


@given(st.text())
def test_never_raises(text: str) -> None:
    document = parse_document("test.txt", text)
    mentions = Mentions()
    extract_comparisons(document, mentions)
    for relation in mentions.relations:
        assert document.text[relation.span.start : relation.span.end] == relation.text
