"""T003 invalid-date."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "printed", "reason"),
    [
        ("Hạn nộp là ngày 31/6/2022.", "31/6/2022", "tháng 6 chỉ có 30 ngày"),
        ("Hiệu lực từ 29/02/2023.", "29/02/2023", "năm 2023 không nhuận, tháng 2 chỉ có 28 ngày"),
        ("Hà Nội, ngày 5 tháng 13 năm 2022", "ngày 5 tháng 13 năm 2022", "không có tháng 13"),
        ("Hạn chót 15/13/2022.", "15/13/2022", "không có tháng 13"),
        ("Sáng 31.4, đoàn làm việc.", "31.4", "tháng 4 chỉ có 30 ngày"),
    ],
)
def test_fires(lint_text, text: str, printed: str, reason: str) -> None:
    (finding,) = lint_text(text, "T003")
    assert text[finding.span.start : finding.span.end] == printed
    assert finding.computation == reason


@pytest.mark.parametrize(
    "text",
    [
        "Hiệu lực từ 29/02/2024.",
        "Họp vào 6/29/2024 theo giờ địa phương.",
        "Hằng năm, ngày 29/2 được tính vào tháng 2.",
        "Có 12/20 xã đạt chuẩn, 31/6 thôn có nhà văn hóa.",
        "Ngày 30/6/2022, UBND huyện họp.",
    ],
)
def test_silent(lint_text, text: str) -> None:
    assert lint_text(text, "T003") == []
