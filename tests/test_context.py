"""The inferred context: the document's date, its period and each sentence's period."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from lint.context import ReportContext, build_context
from lint.engine import parse_document
from lint.extract import extract

REPORT = """UBND HUYỆN A
Huyện A, ngày 29 tháng 6 năm 2022

BÁO CÁO
Tình hình kinh tế - xã hội 6 tháng đầu năm 2022

I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2022
Thu ngân sách đạt 52% dự toán năm 2022, tăng 9% so với cùng kỳ năm 2021.
Quý II/2022, sản lượng tăng 3%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022
Tiếp tục thu ngân sách.
"""


def context_of(text: str, report_date: dt.date | None = None, path: str = "t.txt") -> tuple:
    document = parse_document(path, text)
    mentions = extract(document)
    return document, build_context(document, mentions, report_date)


def sentence_index(document, fragment: str) -> int:
    return next(
        i for i, s in enumerate(document.sentences) if fragment in s.span.slice(document.text)
    )


def period_text(context: ReportContext, index: int) -> str | None:
    period = context.period_of_sentence(index)
    return period.text if period else None


def test_date_line_and_title() -> None:
    _, context = context_of(REPORT)
    assert context.report_date == dt.date(2022, 6, 29)
    assert context.report_date_source == "date line"
    assert context.document_period is not None
    assert context.document_period.text == "6 tháng đầu năm 2022"


def test_sentence_periods() -> None:
    document, context = context_of(REPORT)
    budget = sentence_index(document, "Thu ngân sách đạt")
    assert period_text(context, budget) == "6 THÁNG ĐẦU NĂM 2022"  # the heading's
    assert period_text(context, sentence_index(document, "sản lượng")) == "Quý II/2022"
    assert period_text(context, sentence_index(document, "Tiếp tục")) == "6 THÁNG CUỐI NĂM 2022"


def test_periods_in_comparisons_and_plans_are_not_the_sentences_own() -> None:
    document, context = context_of(REPORT)
    budget = sentence_index(document, "Thu ngân sách đạt")
    assert context.own_periods.get(budget, []) == []


def test_a_baselines_value_in_an_aside_is_not_the_sentences_period() -> None:
    text = (
        "Sản lượng đạt 3.450 tấn, tăng 4,2% so với năm 2022 (năm 2022 đạt 3.200 tấn).\n"
        "Vốn đầu tư (năm 2022: 5.200 tỷ đồng) tăng mạnh.\n"
        "Kết quả thu ngân sách (năm 2023) đạt 52% dự toán."
    )
    _, context = context_of(text)
    own = [[p.text for p in context.own_periods.get(i, [])] for i in range(3)]
    assert own == [[], [], ["năm 2023"]]


def test_option_wins() -> None:
    _, context = context_of(REPORT, dt.date(2022, 7, 5))
    assert (context.report_date, context.report_date_source) == (dt.date(2022, 7, 5), "option")


def test_news_opening_date() -> None:
    _, context = context_of("Ngày 29/6/2022, UBND huyện tổ chức hội nghị sơ kết 6 tháng đầu năm.")
    assert context.report_date == dt.date(2022, 6, 29)


def test_page_header_date() -> None:
    _, context = context_of("Thứ năm - 28/09/2023 05:22\n\nSở tổ chức hội nghị.")
    assert context.report_date == dt.date(2023, 9, 28)


def test_yearless_date_takes_the_period_year() -> None:
    text = "Chiều 10.7, HĐND tỉnh đánh giá kết quả 9 tháng năm 2023."
    _, context = context_of(text)
    assert context.report_date == dt.date(2023, 7, 10)


def test_unknown_year_stays_unknown() -> None:
    _, context = context_of("Chiều 10.7, HĐND tỉnh họp phiên bế mạc.")
    assert context.report_date is None
    assert context.report_year is None
    assert context.document_period is None


def test_most_common_period_without_a_title() -> None:
    text = "Năm 2023 thu ngân sách tăng. Năm 2023 chi ngân sách giảm. Tháng 9/2023 tăng."
    _, context = context_of(text)
    assert context.document_period is not None
    assert context.document_period.text == "Năm 2023"


def test_markdown_heading_period() -> None:
    text = "# Báo cáo quý I/2024\n\n## Kinh tế\n\nGiá trị sản xuất tăng 6%.\n"
    document, context = context_of(text, path="t.md")
    assert period_text(context, sentence_index(document, "Giá trị")) == "quý I/2024"


@given(st.text())
def test_never_raises(text: str) -> None:
    context_of(text)
