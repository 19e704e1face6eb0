"""Dates, weekdays and periods: the printed forms, their spans, and what is left alone."""

from __future__ import annotations

import datetime as dt
import itertools
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.engine import parse_document
from lint.extract.dates import attached_dates, extract_dates
from lint.mentions import Mentions


def extracted(text: str, markdown: bool = False) -> Mentions:
    document = parse_document("test.md" if markdown else "test.txt", text)
    mentions = Mentions()
    extract_dates(document, mentions)
    return mentions


def only_date(text: str):
    dates = extracted(text).dates
    assert len(dates) == 1, [d.text for d in dates]
    return dates[0]


@pytest.mark.parametrize(
    ("text", "printed", "expected"),
    [
        ("Ký ngày 29/6/2022 tại huyện.", "29/6/2022", dt.date(2022, 6, 29)),
        ("Ký ngày 09/06/2022.", "09/06/2022", dt.date(2022, 6, 9)),
        ("Hạn chót 29-6-2022.", "29-6-2022", dt.date(2022, 6, 29)),
        ("Khai mạc 10.7.2023 tại hội trường.", "10.7.2023", dt.date(2023, 7, 10)),
        ("Hà Nội, ngày 29 tháng 6 năm 2022", "ngày 29 tháng 6 năm 2022", dt.date(2022, 6, 29)),
    ],
)
def test_dates_with_a_year(text: str, printed: str, expected: dt.date) -> None:
    date = only_date(text)
    assert (date.text, date.date, date.year) == (printed, expected, expected.year)


@pytest.mark.parametrize(
    ("text", "printed", "day_month"),
    [
        ("Chiều 10.7, hội nghị khai mạc.", "10.7", (10, 7)),
        ("Sáng ngày 29/6 đoàn làm việc.", "29/6", (29, 6)),
        ("Thứ Hai, 10/7, họp giao ban.", "10/7", (10, 7)),
        ("Trực ban: CN 12/7.", "12/7", (12, 7)),
        ("Từ 15/8 đến 10/8/2023 tạm dừng.", "15/8", (15, 8)),
    ],
)
def test_yearless_dates_after_a_date_word(
    text: str, printed: str, day_month: tuple[int, int]
) -> None:
    dates = [d for d in extracted(text).dates if d.year is None]
    assert [(d.text, (d.day, d.month)) for d in dates] == [(printed, day_month)]


@pytest.mark.parametrize(
    "text",
    [
        "Có 12/20 xã đạt chuẩn nông thôn mới.",
        "Tỷ lệ 7,5% và 3/5 thôn.",
        "Tỷ lệ giảm từ 1/3 đến 1/2 số hộ.",
        "Thứ hai, 3/5 xã chưa hoàn thành tiêu chí.",
        "Đạt 18/20 chỉ tiêu, 1.009,3 tỷ đồng.",
    ],
)
def test_fractions_and_figures_are_not_dates(text: str) -> None:
    assert extracted(text).dates == []


def test_impossible_dates_are_kept_without_a_date() -> None:
    dates = extracted("Ngày 31/6/2022, ngày 29/02/2023 và ngày 5 tháng 13 năm 2022.").dates
    assert [(d.text, d.date) for d in dates] == [
        ("31/6/2022", None), ("29/02/2023", None), ("ngày 5 tháng 13 năm 2022", None)
    ]
    assert not any(d.month_first for d in dates)


def test_month_first_date() -> None:
    date = only_date("Họp vào 6/29/2024 theo giờ địa phương.")
    assert (date.month_first, date.date, date.day, date.month) == (True, None, 29, 6)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("tháng 9/2023", "month", dt.date(2023, 9, 1), dt.date(2023, 9, 30)),
        ("tháng 9-2023", "month", dt.date(2023, 9, 1), dt.date(2023, 9, 30)),
        ("tháng 9.2023", "month", dt.date(2023, 9, 1), dt.date(2023, 9, 30)),
        ("tháng 2 năm 2024", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("quý I/2024", "quarter", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("quý II năm 2024", "quarter", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        ("6 tháng đầu năm 2022", "months_to_date", dt.date(2022, 1, 1), dt.date(2022, 6, 30)),
        ("9 tháng năm 2023", "months_to_date", dt.date(2023, 1, 1), dt.date(2023, 9, 30)),
        ("6 tháng cuối năm 2022", "half", dt.date(2022, 7, 1), dt.date(2022, 12, 31)),
        ("năm 2022", "year", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ("cuối năm 2022", "year", dt.date(2022, 12, 31), dt.date(2022, 12, 31)),
        ("nhiệm kỳ 2020 – 2025", "term", dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
        ("giai đoạn 2021-2025", "range", dt.date(2021, 1, 1), dt.date(2025, 12, 31)),
        ("nhiệm kỳ 2025 – 2020", "term", dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
    ],
)
def test_periods(text: str, kind: str, start: dt.date, end: dt.date) -> None:
    periods = extracted(f"Kết quả {text} được đánh giá cao.").periods
    assert [(p.text, p.kind, p.start, p.end, p.year) for p in periods] == [
        (text, kind, start, end, end.year)
    ]


def test_uppercase_heading_period() -> None:
    periods = extracted("I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2022").periods
    assert [p.kind for p in periods] == ["months_to_date"]


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Thứ Hai, ngày 10/7/2023", 0),
        ("thứ 3, 11/7/2023", 1),
        ("Thứ tư - 12/7/2023", 2),
        ("vào thứ Bảy 15/7/2023", 5),
        ("Chủ Nhật, 16/7/2023", 6),
        ("T6, 14/7/2023", 4),
        ("CN 16/7/2023", 6),
    ],
)
def test_weekday_attached_to_its_date(text: str, weekday: int) -> None:
    document = parse_document("test.txt", text)
    mentions = Mentions()
    extract_dates(document, mentions)
    pairs = list(attached_dates(document, mentions))
    assert [(w.weekday, d.date) for w, d in pairs] == [(weekday, pairs[0][1].date)]
    assert pairs[0][1].date is not None


@pytest.mark.parametrize(
    "text",
    ["Kỳ họp thứ năm, ngày 12/7/2020.", "Lần thứ hai tổ chức.", "Khóa CN 2023 tuyển sinh."],
)
def test_ordinals_and_abbreviations_are_not_weekdays(text: str) -> None:
    assert extracted(text).weekdays == []


def test_markdown_code_is_skipped() -> None:
    mentions = extracted("Ngày 29/6/2022 họp.\n\n```\n31/6/2022\n```\n", markdown=True)
    assert [d.text for d in mentions.dates] == ["29/6/2022"]


def test_long_input_stays_linear() -> None:
    text = "ngày " * 20000 + "thứ " * 20000 + "1/" * 20000 + "tháng 1 năm " * 5000
    started = time.perf_counter()
    extracted(text)
    assert time.perf_counter() - started < 2.0


def _printed(date: dt.date, form: str) -> str:
    return {
        "d/m/yyyy": f"{date.day}/{date.month}/{date.year}",
        "dd/mm/yyyy": f"{date.day:02d}/{date.month:02d}/{date.year}",
        "d.m.yyyy": f"{date.day}.{date.month}.{date.year}",
        "words": f"ngày {date.day} tháng {date.month} năm {date.year}",
    }[form]


@given(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)),
    st.sampled_from(["d/m/yyyy", "dd/mm/yyyy", "d.m.yyyy", "words"]),
)
def test_printed_dates_parse_back(date: dt.date, form: str) -> None:
    printed = _printed(date, form)
    text = f"Văn bản ban hành {printed} tại Hà Nội."
    found = only_date(text)
    assert found.date == date
    assert text[found.span.start : found.span.end] == printed == found.text


@given(st.text())
def test_extraction_never_raises_and_spans_slice_the_text(text: str) -> None:
    for markdown in (False, True):
        document = parse_document("test.md" if markdown else "test.txt", text)
        mentions = Mentions()
        extract_dates(document, mentions)
        for mention in (*mentions.dates, *mentions.periods, *mentions.weekdays):
            assert document.text[mention.span.start : mention.span.end] == mention.text


@given(st.lists(st.sampled_from(
    ["ngày ", "29", "/", "6", ".", "2022", " tháng ", " năm ", "Thứ Hai", ", ", "quý ", "I",
     "CN ", "từ ", " đến ", "-", "giai đoạn ", "12", "6 tháng đầu năm "]
)).map("".join))
def test_date_like_noise_never_raises(text: str) -> None:
    mentions = extracted(text)
    spans = sorted(m.span for m in (*mentions.dates, *mentions.periods, *mentions.weekdays))
    for left, right in itertools.pairwise(spans):
        assert left.end <= right.start
