"""U003 number-format."""

from __future__ import annotations

import pytest


def spans(findings, text: str) -> list[str]:
    return [text[f.span.start : f.span.end] for f in findings]


def test_english_separators_name_the_vietnamese_reading(lint_text) -> None:
    text = "Số lượt khách đạt 1,282,217 lượt."
    (finding,) = lint_text(text, "U003")
    assert spans([finding], text) == ["1,282,217"]
    assert "1.282.217" in finding.message


def test_month_first_date_is_fixed_day_first(lint_text) -> None:
    text = "Ngày 6/29/2024, huyện họp."
    (finding,) = lint_text(text, "U003")
    assert spans([finding], text) == ["6/29/2024"]
    assert finding.fix is not None and finding.fix.replacement == "29/6/2024"


def test_ambiguous_count_says_both_readings(lint_text) -> None:
    text = "Có 41,250 hộ được hỗ trợ; kinh phí 1.234,5 triệu đồng."
    (finding,) = lint_text(text, "U003")
    assert spans([finding], text) == ["41,250"]
    assert "41,25" in finding.message and "41.250" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Số lượt khách đạt 1.282.217 lượt, tăng 52,5%.",
        "Có 41,250 hộ được hỗ trợ.",
        "Diện tích 41,250 ha; kinh phí 1.234,5 triệu đồng.",
        "Có 41,250 hộ; doanh thu 1,234,567 đồng.",
        "Ngày 29/6/2024, huyện họp.",
    ],
)
def test_silent_or_only_the_english_figure(lint_text, text: str) -> None:
    found = spans(lint_text(text, "U003"), text)
    assert found in ([], ["1,234,567"])
