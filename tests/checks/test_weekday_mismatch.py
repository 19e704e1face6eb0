"""T002 weekday-mismatch."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "start", "report_date"),
    [
        ("Họp vào Thứ Sáu, ngày 12/7/2020.", "Thứ Sáu", None),
        ("Thứ tư - 28/09/2023 05:22", "Thứ tư", None),
        ("Lịch: (Thứ 2, 11/7/2023) họp giao ban.", "Thứ 2", None),
        ("thứ hai, ngày 29 tháng 6 năm 2022, đoàn làm việc.", "thứ hai", None),
        ("Trực ban: T3 12/7/2020.", "T3", None),
        ("Trực ban: CN 13/7.", "CN", "2020-07-01"),
        ("Chiều Thứ Ba, 10.7, HĐND tỉnh họp đánh giá 6 tháng đầu năm 2023.", "Thứ Ba", None),
    ],
)
def test_fires(lint_text, text: str, start: str, report_date: str | None) -> None:
    findings = lint_text(text, "T002", report_date=report_date)
    assert [f.span.start for f in findings] == [text.index(start)]


@pytest.mark.parametrize(
    ("text", "report_date"),
    [
        ("Chủ nhật, ngày 12/7/2020, ra quân dọn vệ sinh.", None),
        ("Thứ năm - 28/09/2023 05:22", None),
        ("Thứ Sáu tuần trước họp; ngày 12/7/2020 tổng kết.", None),
        ("Trực ban: CN 13/7.", None),
        ("Thứ hai, 3/5 xã chưa hoàn thành.", "2022-06-30"),
        ("Bế mạc Kỳ họp thứ năm, ngày 12/7/2020.", None),
        ("Thứ Hai, 2/1 họp đầu năm.", "2022-12-20"),  # 2/1/2023 is a Monday
    ],
)
def test_silent(lint_text, text: str, report_date: str | None) -> None:
    assert lint_text(text, "T002", report_date=report_date) == []


def test_message_names_the_real_weekday(lint_text, rules) -> None:
    (finding,) = lint_text("Họp vào Thứ Sáu, ngày 12/7/2020.", "T002")
    assert finding.message == '"Thứ Sáu" không khớp với ngày 12/7/2020: ngày này là Chủ nhật'
    assert finding.computation == "12/7/2020 là Chủ nhật, không phải Thứ Sáu"
    assert [q.text for q in finding.evidence] == ["Thứ Sáu", "12/7/2020"]


def test_inferred_year_is_shown(lint_text) -> None:
    (finding,) = lint_text("Trực ban: CN 13/7.", "T002", report_date="2020-07-01")
    assert "suy từ văn bản" in finding.computation


def test_enumeration_is_not_a_weekday(lint_text) -> None:
    text = "Thứ nhất, rà soát hồ sơ. Thứ hai, ngày 15/3/2022 UBND ban hành kế hoạch."
    assert lint_text(text, "T002") == []
    assert lint_text("Thứ hai, ngày 15/3/2022 UBND ban hành kế hoạch.", "T002")
