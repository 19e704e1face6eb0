"""U001 scale-suspicious."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Giải quyết việc làm cho 3.000 nghìn lao động.", "3.000 nghìn", "3.000.000"),
        ("Có 2.500 ngàn hộ dùng điện lưới.", "2.500 ngàn", "2.500.000"),
        ("Dân số đạt 1.050 triệu người.", "1.050 triệu", "1.050.000.000"),
    ],
)
def test_fires(lint_text, text: str, figure: str, value: str) -> None:
    (finding,) = lint_text(text, "U001")
    assert text[finding.span.start : finding.span.end] == figure
    assert value in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Giải quyết việc làm cho 5 nghìn lao động.",
        "Dân số đạt 1,5 triệu người.",
        "Tổng vốn đạt 2.430 tỷ đồng.",
        "Dự toán chi 1.200 triệu đồng.",
        "Sản lượng thủy sản đạt 9.108 nghìn tấn.",
        "Chi 3.000 nghìn cho mỗi lớp.",
        "Quy mô 10.221,8 nghìn tỷ đồng.",
    ],
)
def test_silent(lint_text, text: str) -> None:
    assert lint_text(text, "U001") == []
