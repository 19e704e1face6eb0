from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.engine import parse_document
from lint.extract.citations import _SYMBOL_HINT, _lexicon, extract_citations, symbol_key
from lint.extract.dates import extract_dates
from lint.mentions import Mentions


def citations_in(text: str):
    mentions = Mentions()
    document = parse_document("t.txt", text)
    extract_dates(document, mentions)
    extract_citations(document, mentions)
    return mentions.citations


def only_citation(text: str):
    found = citations_in(text)
    assert len(found) == 1, [c.symbol for c in found]
    return found[0]


def test_party_resolution_with_date_and_body():
    citation = only_citation(
        "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về bộ máy."
    )
    assert (citation.symbol, citation.doc_type, citation.number) == ("18-NQ/TW", "Nghị quyết", "18")
    assert citation.year is None
    assert (citation.codes, citation.issuer) == (("NQ", "TW"), "TW")
    assert citation.date is not None and citation.date.text == "25/10/2017"
    assert citation.body == "Ban Chấp hành Trung ương"


def test_symbol_with_year_and_issuer_after_type_code():
    citation = only_citation("Căn cứ Nghị định số 15/2023/NĐ-CP của Chính phủ.")
    assert (citation.year, citation.issuer, citation.body) == (2023, "CP", "Chính phủ")
    assert citation.date is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [("Luật số 59/2020/QH14 được ban hành.", "QH14"), ("Công văn số 1234/UBND-KT.", "UBND")],
)
def test_issuer_without_type_code(text: str, issuer: str):
    assert only_citation(text).issuer == issuer


def test_worded_date_in_parentheses():
    citation = only_citation("Kết luận số 12-KL/TU (ngày 5 tháng 3 năm 2021) của Tỉnh ủy.")
    assert citation.date is not None and (citation.date.day, citation.date.month) == (5, 3)
    assert citation.body == "Tỉnh ủy"


def test_date_after_the_body():
    citation = only_citation("Chỉ thị số 05-CT/TW của Bộ Chính trị ngày 15/5/2016.")
    assert citation.date is not None and citation.date.text == "15/5/2016"


def test_date_of_the_next_clause_is_not_the_citation_date():
    citation = only_citation("Thực hiện Nghị quyết 18-NQ/TW, ngày 15/3/2023 UBND huyện họp.")
    assert citation.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết 18 đi vào cuộc sống.",
        "Dịch COVID-19 có 1.200 ca F0, tăng 5-6%.",
        "Đạt 12/20 tiêu chí; mã 3-A.",
        "Quyết định số 123/QĐ được ký.",
    ],
)
def test_short_forms_and_other_figures_are_not_citations(text: str):
    assert citations_in(text) == []


def test_symbol_key_ignores_leading_zeros_diacritics_and_separators():
    first = only_citation("Thông tư số 05/2022/TT-BTC.")
    second = only_citation("Thông tư 5/2022/TT/BTC.")
    assert symbol_key(first) == symbol_key(second)
    assert symbol_key(only_citation("123/QĐ-UBND")) == symbol_key(only_citation("123/QD-UBND"))


@given(
    number=st.integers(min_value=1, max_value=9999),
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=1990, max_value=2030),
)
def test_every_dated_resolution_is_read_back(number: int, day: int, month: int, year: int):
    citation = only_citation(f"Nghị quyết số {number}-NQ/TU ngày {day}/{month}/{year} của Tỉnh ủy.")
    assert int(citation.number) == number
    assert citation.date is not None
    assert (citation.date.day, citation.date.month, citation.date.year) == (day, month, year)


PIECES = ["05", "123", "18", "2023", "/", "-", "NQ", "TW", "QĐ", "UBND", "ĐU", "Nghị quyết", " "]


@given(st.lists(st.sampled_from([*PIECES, "số ", "a", "x"]), max_size=12).map("".join))
def test_every_citation_holds_the_hint_a_document_is_first_searched_for(text):
    if _lexicon().citation.pattern.search(text):
        assert _SYMBOL_HINT.search(text)
