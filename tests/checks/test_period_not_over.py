"""T007 period-not-over."""

from __future__ import annotations

import pytest

ESTIMATE = " Thu ngân sách ước đạt 980 tỷ đồng."


@pytest.mark.parametrize(
    ("text", "report_date", "phrase"),
    [
        (
            "Chiều 10.7, UBND tỉnh họp đánh giá kết quả 9 tháng.",
            "2023-07-10",
            "đánh giá kết quả 9 tháng",
        ),
        (
            "BÁO CÁO\nKết quả 9 tháng năm 2023\n\nHà Lương, ngày 15/8/2023\n\n" + ESTIMATE,
            None,
            "Kết quả 9 tháng năm 2023",
        ),
        (
            "Ngày 02/3/2024, Đảng ủy xã sơ kết công tác quý I năm 2024.",
            None,
            "sơ kết công tác quý I năm 2024",
        ),
        (
            "Hội nghị sơ kết 6 tháng đầu năm 2023." + ESTIMATE,
            "2023-05-20",
            "sơ kết 6 tháng đầu năm 2023",
        ),
        ("Hội nghị tổng kết công tác năm 2023.", "2023-12-01", "tổng kết công tác năm 2023"),
    ],
)
def test_fires(lint_text, text: str, report_date: str | None, phrase: str) -> None:
    found = lint_text(text, "T007", report_date=report_date)
    assert [f.span.slice(text) for f in found] == [phrase]


@pytest.mark.parametrize(
    ("text", "report_date"),
    [
        ("Ngày 29/6/2022, huyện sơ kết 6 tháng đầu năm 2022." + ESTIMATE, None),
        ("Hội nghị sơ kết 6 tháng đầu năm 2023." + ESTIMATE, "2023-06-12"),
        ("Ngày 02/10/2023, UBND huyện triển khai nhiệm vụ 3 tháng cuối năm 2023.", None),
        (
            "BÁO CÁO\nKế hoạch phát triển kinh tế - xã hội năm 2024\n\nHà Lương, ngày 10/12/2023",
            None,
        ),
        ("Ngày 05/10/2023, UBND huyện báo cáo kết quả 9 tháng năm 2023.", None),
        ("Tình hình kinh tế - xã hội năm 2023." + ESTIMATE, "2023-11-15"),
        ("Họp đánh giá kết quả 9 tháng.", None),  # no report date
        ("Dự báo tình hình năm 2023 còn nhiều khó khăn.", "2023-02-01"),
    ],
)
def test_silent(lint_text, text: str, report_date: str | None) -> None:
    assert lint_text(text, "T007", report_date=report_date) == []


def test_tolerance_without_estimates(lint_text) -> None:
    text = "Hội nghị tổng kết công tác năm 2023."
    assert lint_text(text, "T007", report_date="2023-12-15") == []
    assert lint_text(text + ESTIMATE, "T007", report_date="2023-11-01") == []


def test_reports_each_period_once(lint_text) -> None:
    text = "BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2023\n\nUBND huyện báo cáo kết quả 9 tháng năm 2023."
    (finding,) = lint_text(text, "T007", report_date="2023-07-01")
    assert finding.computation == "30/9/2023 − 1/7/2023 = 91 ngày > 20 ngày cho phép"
