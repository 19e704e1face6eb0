"""Duration and reviewed-period claims (lint/linking/durations.py)."""

from __future__ import annotations

import datetime as dt

from lint.context import build_context
from lint.engine import parse_document
from lint.extract import extract
from lint.linking import build_claims


def claims(text: str, report_date: dt.date | None = None):
    document = parse_document("t.txt", text)
    mentions = extract(document)
    return build_claims(document, mentions, build_context(document, mentions, report_date))


def test_from_date_in_previous_sentence() -> None:
    text = "Từ 01/3/2023, mô hình được triển khai tại 5 xã. Qua 6 tháng triển khai, có 300 hộ."
    (claim,) = claims(text, dt.date(2023, 5, 15)).durations
    assert claim.start == (dt.date(2023, 3, 1),) * 2
    assert claim.end == (dt.date(2023, 5, 15),) * 2 and claim.end_span is None


def test_end_date_after_den() -> None:
    text = "Từ 01/3/2023 đến 31/8/2023, qua 6 tháng triển khai, có 300 hộ tham gia."
    (claim,) = claims(text, dt.date(2023, 12, 1)).durations
    assert claim.end == (dt.date(2023, 8, 31),) * 2
    assert claim.end_span is not None and claim.end_span.slice(text) == "31/8/2023"


def test_cited_document_date() -> None:
    text = "Sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Trung ương."
    (claim,) = claims(text, dt.date(2022, 11, 1)).durations
    assert claim.start == (dt.date(2017, 10, 25),) * 2
    assert claim.first_years == (2017, 2018)


def test_undated_citation_leaves_no_anchor() -> None:
    text = "Ngày 12/3/2019, sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW của Trung ương."
    assert claims(text, dt.date(2019, 11, 1)).durations == []


def test_national_congress_from_rule_data() -> None:
    text = "Năm 2022 là năm thứ ba thực hiện Nghị quyết Đại hội XIII của Đảng."
    (claim,) = claims(text).durations
    assert claim.start == (dt.date(2021, 1, 25), dt.date(2021, 2, 1))
    assert claim.end == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert claim.first_years == (2021,)


def test_local_congress_dated_by_its_term() -> None:
    text = (
        "Năm 2022 là năm thứ ba thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, "
        "nhiệm kỳ 2020 – 2025."
    )
    (claim,) = claims(text).durations
    assert claim.first_years == (2020, 2021)


def test_future_sentence_makes_no_claim() -> None:
    text = "Dự kiến sau 6 tháng triển khai từ 01/3/2023 sẽ tổ chức sơ kết."
    assert claims(text, dt.date(2023, 4, 1)).durations == []


def test_review_takes_report_year_and_estimates() -> None:
    text = "Chiều 10.7, họp đánh giá kết quả 9 tháng; thu ngân sách ước đạt 900 tỷ đồng."
    (claim,) = claims(text, dt.date(2023, 7, 10)).period_reviews
    assert (claim.start, claim.end, claim.estimated) == (
        dt.date(2023, 1, 1),
        dt.date(2023, 9, 30),
        True,
    )


def test_review_without_year_needs_report_date() -> None:
    assert claims("Họp đánh giá kết quả 9 tháng.").period_reviews == []
