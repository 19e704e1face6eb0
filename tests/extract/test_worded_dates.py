import datetime as dt
import sys

import pytest

from lint.engine import parse_document
from lint.extract.worded_dates import extract_worded_dates
from lint.mentions import Mentions


def dates_in(text: str):
    mentions = Mentions()
    extract_worded_dates(parse_document("t.txt", text), mentions)
    return mentions.dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ngày 02 tháng mười năm 2023, huyện họp.", dt.date(2023, 10, 2)),
        ("Thứ Sáu, ngày 5 tháng Mười Hai năm 2023.", dt.date(2023, 12, 5)),
        ("Hôm nay 2 tháng chín 2023.", dt.date(2023, 9, 2)),
    ],
)
def test_months_in_words(text, date):
    [found] = dates_in(text)
    assert found.date == date
    assert text[found.span.start : found.span.end] == found.text


def test_numeric_text_never_loads_dateparser():
    sys.modules.pop("dateparser", None)
    assert dates_in("Ngày 29/6/2022, thu 320 tỷ đồng, tăng 7,5%.") == []
    assert "dateparser" not in sys.modules
