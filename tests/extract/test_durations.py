"""Durations, date and month ranges, and reviewed periods (lint/extract/durations.py)."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.engine import parse_document
from lint.extract import durations, extract


def mentions(text: str):
    return extract(parse_document("t.txt", text))


@pytest.mark.parametrize(
    ("text", "phrase", "count", "unit", "qualifier", "ordinal", "review"),
    [
        (
            "Qua 6 tháng triển khai, mô hình phát huy hiệu quả.",
            "Qua 6 tháng triển khai",
            6,
            "month",
            None,
            False,
            False,
        ),
        (
            "Sau hơn 10 năm thực hiện, kết quả rõ nét.",
            "Sau hơn 10 năm thực hiện",
            10,
            "year",
            "hơn",
            False,
            False,
        ),
        (
            "Hội nghị sơ kết 5 năm thực hiện Nghị quyết.",
            "sơ kết 5 năm thực hiện",
            5,
            "year",
            None,
            False,
            True,
        ),
        ("Hội nghị tổng kết 10 năm.", "tổng kết 10 năm", 10, "year", None, False, True),
        (
            "Năm 2022 là năm thứ ba thực hiện Nghị quyết.",
            "năm thứ ba thực hiện",
            3,
            "year",
            None,
            True,
            False,
        ),
        (
            "Năm 2021 là năm đầu tiên thực hiện Kế hoạch.",
            "năm đầu tiên thực hiện",
            1,
            "year",
            None,
            True,
            False,
        ),
        (
            "Sau hai năm triển khai, dự án hoàn thành.",
            "Sau hai năm triển khai",
            2,
            "year",
            None,
            False,
            False,
        ),
    ],
)
def test_durations(text, phrase, count, unit, qualifier, ordinal, review) -> None:
    (found,) = mentions(text).durations
    assert (found.span.slice(text), found.count, found.unit) == (phrase, count, unit)
    assert (found.qualifier, found.ordinal, found.review) == (qualifier, ordinal, review)


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị sơ kết 6 tháng đầu năm 2022.",  # the first half-year, not a duration
        "Quyết định có hiệu lực sau 6 tháng kể từ ngày ký.",  # a deadline
        "Năm 2022 là năm thứ hai liên tiếp huyện về đích sớm.",  # no implementation verb
        "Kế hoạch 5 năm thực hiện chương trình đã được ban hành.",  # a plan's length
        "Kế hoạch phát triển 5 năm 2021 – 2025.",
    ],
)
def test_not_durations(text: str) -> None:
    assert mentions(text).durations == []


@pytest.mark.parametrize(
    ("text", "start", "end", "inferred"),
    [
        (
            "Kiểm tra từ ngày 15/8 đến ngày 10/8/2023.",
            dt.date(2023, 8, 15),
            dt.date(2023, 8, 10),
            True,
        ),
        ("Hội chợ từ 20/9/2023 - 15/9/2023.", dt.date(2023, 9, 20), dt.date(2023, 9, 15), False),
        ("Mở lớp từ tháng 9 đến tháng 6 năm 2023.", dt.date(2023, 9, 1), dt.date(2023, 6, 1), True),
        (
            "Chiến dịch từ tháng 11/2023 đến tháng 2/2024.",
            dt.date(2023, 11, 1),
            dt.date(2024, 2, 1),
            False,
        ),
    ],
)
def test_ranges(text: str, start: dt.date, end: dt.date, inferred: bool) -> None:
    (found,) = mentions(text).ranges
    assert (found.start, found.end, found.year_inferred) == (start, end, inferred)
    assert found.span.slice(text).startswith("từ")


def test_cyclical_block() -> None:
    (found,) = mentions("Năm học 2022 – 2023 học từ tháng 9 đến tháng 5 năm 2023.").ranges
    assert found.cyclical


def test_year_range_keeps_printed_order() -> None:
    (period,) = mentions("Đại hội nhiệm kỳ 2025 – 2020.").periods
    assert period.printed_years == (2025, 2020)
    assert (period.start.year, period.end.year) == (2020, 2025)


@pytest.mark.parametrize(
    ("text", "period", "kind", "count", "year"),
    [
        ("Chiều 10.7, họp đánh giá kết quả 9 tháng.", "9 tháng", "months_to_date", 9, None),
        ("BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2023", "9 THÁNG NĂM 2023", "months_to_date", 9, 2023),
        ("Sơ kết công tác quý III/2023.", "quý III/2023", "quarter", 3, 2023),
        ("Hội nghị tổng kết công tác năm 2023.", "năm 2023", "year", 12, 2023),
        (
            "Sơ kết 6 tháng đầu năm, triển khai nhiệm vụ.",
            "6 tháng đầu năm",
            "months_to_date",
            6,
            None,
        ),
    ],
)
def test_reviews(text: str, period: str, kind: str, count: int, year: int | None) -> None:
    (found,) = mentions(text).reviews
    assert (found.period.slice(text), found.kind, found.count, found.year) == (
        period,
        kind,
        count,
        year,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Triển khai nhiệm vụ 3 tháng cuối năm 2023.",
        "Báo cáo kế hoạch phát triển năm 2024.",
        "Kết quả 9 tháng triển khai mô hình rất khả quan.",
        "Dự báo tình hình năm 2024 còn nhiều khó khăn.",
        "Đánh giá tình hình, triển khai nhiệm vụ 6 tháng cuối năm.",
    ],
)
def test_not_reviews(text: str) -> None:
    assert mentions(text).reviews == []


@given(
    st.integers(1, 28),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(1, 12),
    st.integers(2000, 2030),
)
def test_date_ranges_read_as_printed(d1: int, m1: int, d2: int, m2: int, year: int) -> None:
    text = f"Tổ chức từ ngày {d1}/{m1} đến ngày {d2}/{m2}/{year} tại xã."
    (found,) = mentions(text).ranges
    assert (found.start, found.end) == (dt.date(year, m1, d1), dt.date(year, m2, d2))


DURATION_PIECES = [
    "Sau",
    "5",
    "3",
    "năm",
    "tháng",
    "thực hiện",
    "triển khai",
    "sơ kết",
    "Nghị quyết",
    "hơn",
    "gần",
    ",",
    ".",
    "năm thứ",
    "hai",
    "ba",
    "đầu",
    "qua",
]


@given(st.lists(st.sampled_from(DURATION_PIECES), max_size=14).map(" ".join))
def test_blocks_without_a_verb_or_review_word_are_skipped_without_losing_a_duration(text):
    document = parse_document("t.txt", text)

    def found() -> list:
        return [d for b in document.blocks for d in durations._durations(text, b.span)]

    gated = found()
    every_block_passes = durations._lexicon()._replace(duration_keys=("",))
    with mock.patch.object(durations, "_lexicon", lambda: every_block_passes):
        assert found() == gated
