"""T005 elapsed-time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.engine import Options, lint_document, parse_document
from lint.rulepack import load_rules

RULE = load_rules()["T005"]

TEN_YEARS = "Sau 10 năm thực hiện Quyết định số 1956/QĐ-TTg ngày 27/11/2009, huyện đã đào tạo nghề."
FIVE_YEARS = (
    "Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Trung ương."
)
FROM_MARCH = "Từ 01/3/2023, mô hình được triển khai tại 5 xã; qua 6 tháng triển khai, có 320 hộ."


@pytest.mark.parametrize(
    ("text", "report_date", "phrase"),
    [
        (FROM_MARCH, "2023-05-15", "qua 6 tháng triển khai"),
        (FIVE_YEARS, "2020-09-10", "sơ kết 5 năm thực hiện"),
        (FIVE_YEARS, "2024-01-10", "sơ kết 5 năm thực hiện"),
        (TEN_YEARS, "2016-06-01", "Sau 10 năm thực hiện"),
        (
            "Năm 2022 là năm thứ ba thực hiện Nghị quyết Đại hội XIII của Đảng.",
            None,
            "năm thứ ba thực hiện",
        ),
        (
            "Năm 2023 là năm thứ năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, "
            "nhiệm kỳ 2020 – 2025.",
            None,
            "năm thứ năm thực hiện",
        ),
        (
            "Sau gần 5 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2021 của Tỉnh ủy.",
            "2023-03-20",
            "Sau gần 5 năm thực hiện",
        ),
    ],
)
def test_fires(lint_text, text: str, report_date: str | None, phrase: str) -> None:
    found = lint_text(text, "T005", report_date=report_date)
    assert [f.span.slice(text) for f in found] == [phrase]


@pytest.mark.parametrize(
    ("text", "report_date"),
    [
        (FROM_MARCH, "2023-09-05"),
        (FROM_MARCH, None),  # no report date: the end is unknown
        (FIVE_YEARS, "2022-01-05"),
        (FIVE_YEARS, "2023-03-30"),
        (TEN_YEARS, "2019-11-27"),
        ("Năm 2022 là năm thứ hai thực hiện Nghị quyết Đại hội XIII của Đảng.", None),
        (
            "Năm 2022 là năm thứ hai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, "
            "nhiệm kỳ 2020 – 2025.",
            None,
        ),
        (
            "Năm 2022 là năm thứ ba thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, "
            "nhiệm kỳ 2020 – 2025.",
            None,
        ),
        (
            "Sau hơn 5 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2017 của Tỉnh ủy.",
            "2023-03-20",
        ),
        (
            "Sau gần 5 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2018 của Tỉnh ủy.",
            "2023-01-20",
        ),
        ("Năm 2021 là năm đầu thực hiện Kế hoạch giai đoạn 2021 – 2025.", None),
        ("Năm 2022 là năm thứ hai liên tiếp huyện về đích sớm.", None),
        ("Dự kiến sau 6 tháng triển khai từ 01/3/2023 sẽ tổ chức sơ kết.", "2023-04-10"),
        ("Năm 2022 là năm thứ hai thực hiện Nghị quyết Đại hội XIX của Hội.", None),
    ],
)
def test_silent(lint_text, text: str, report_date: str | None) -> None:
    assert lint_text(text, "T005", report_date=report_date) == []


def test_message_and_computation(lint_text) -> None:
    (finding,) = lint_text(FROM_MARCH, "T005", report_date="2023-05-15")
    assert finding.computation == (
        '1/3/2023 → 15/5/2023 = 2,5 tháng; "qua 6 tháng triển khai" cần 5–7 tháng'
    )
    assert [q.role for q in finding.evidence] == ["duration", "start"]


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 28)), st.integers(1, 15))
def test_never_fires_when_the_years_are_exact(start: dt.date, years: int) -> None:
    report = start.replace(year=start.year + years, day=min(start.day, 28))
    text = (
        f"Sau {years} năm thực hiện Nghị quyết số 05-NQ/TU ngày "
        f"{start.day}/{start.month}/{start.year} của Tỉnh ủy, nông thôn đổi mới."
    )
    found = lint_document(parse_document("t.txt", text), [RULE], Options(report_date=report))
    assert found == []
