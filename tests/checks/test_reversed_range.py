"""T004 reversed-range."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.engine import Options, lint_document, parse_document
from lint.rulepack import load_rules

RULE = load_rules()["T004"]


def findings(text: str) -> list:
    return lint_document(parse_document("t.txt", text), [RULE], Options())


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Đại hội nhiệm kỳ 2025 – 2020.", "nhiệm kỳ 2025 – 2020"),
        ("Chương trình giai đoạn 2025-2021.", "giai đoạn 2025-2021"),
        ("Dự án thực hiện từ năm 2025 đến năm 2021.", "từ năm 2025 đến năm 2021"),
        ("Kiểm tra từ ngày 15/8 đến ngày 10/8/2023.", "từ ngày 15/8 đến ngày 10/8/2023"),
        ("Mở lớp từ tháng 9 đến tháng 6 năm 2023.", "từ tháng 9 đến tháng 6 năm 2023"),
    ],
)
def test_fires(text: str, phrase: str) -> None:
    assert [f.span.slice(text) for f in findings(text)] == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch giai đoạn 2021 – 2025.",
        "Chiến dịch từ tháng 11/2023 đến tháng 2/2024.",
        "Cao điểm từ 25/12 đến 5/1/2024.",
        "Vụ Đông Xuân gieo cấy từ tháng 11 đến tháng 4 năm 2024.",
        "Năm học mới học từ tháng 9 đến tháng 5 năm 2024.",
        "Hội chợ từ ngày 15/9 đến ngày 15/9/2023.",
    ],
)
def test_silent(text: str) -> None:
    assert findings(text) == []


def test_message_and_computation() -> None:
    text = "Kiểm tra từ ngày 15/8 đến ngày 10/8/2023."
    (finding,) = findings(text)
    assert finding.computation == (
        "đầu kỳ 15/8/2023 > cuối kỳ 10/8/2023 (năm của đầu kỳ lấy theo cuối kỳ)"
    )
    assert [q.role for q in finding.evidence] == ["start", "end"]


@settings(max_examples=60, deadline=None)
@given(st.integers(1990, 2040), st.integers(0, 30))
def test_never_fires_on_ordered_year_ranges(first: int, length: int) -> None:
    assert findings(f"Giai đoạn {first} – {first + length} đạt nhiều kết quả.") == []


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1)), st.integers(0, 400))
def test_never_fires_on_ordered_date_ranges(start, days: int) -> None:
    end = start + dt.timedelta(days=days)
    text = (
        f"Tổ chức từ {start.day}/{start.month}/{start.year} đến {end.day}/{end.month}/{end.year}."
    )
    assert findings(text) == []
