"""R001 citation-conflict."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def spans(findings, text: str) -> list[str]:
    return [text[f.span.start : f.span.end] for f in findings]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Nghị quyết số 18-NQ/TW ngày 25/10/2017 được quán triệt. Sơ kết Nghị quyết số "
            "18-NQ/TW ngày 25/11/2017.",
            "25/11/2017",
        ),
        ("Quyết định số 15/2023/QĐ-UBND ngày 10/3/2022 của UBND tỉnh.", "10/3/2022"),
        (
            "Kết luận số 12-KL/TU của Ban Thường vụ Tỉnh ủy; Kết luận số 12-KL/TU của Tỉnh ủy; "
            "Kết luận số 12-KL/TU của UBND tỉnh.",
            "UBND tỉnh",
        ),
        (
            "Chỉ thị 05-CT/TW ngày 15/5/2016; Chỉ thị 05-CT/TW ngày 15/5/2016; Chỉ thị 05-CT/TW "
            "ngày 5/5/2016.",
            "5/5/2016",
        ),
    ],
)
def test_fires(lint_text, text: str, phrase: str) -> None:
    assert spans(lint_text(text, "R001"), text) == [phrase]


def test_the_odd_date_is_reported_even_when_it_comes_first(lint_text) -> None:
    text = (
        "Nghị quyết số 18-NQ/TW ngày 25/11/2017; Nghị quyết số 18-NQ/TW ngày 25/10/2017; "
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017."
    )
    findings = lint_text(text, "R001")
    assert [f.span.start for f in findings] == [text.index("25/11/2017")]
    assert "25/10/2017" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017; Nghị quyết số 18-NQ/TW ngày 25/10/2017.",
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017; Nghị quyết số 18-NQ/TW.",
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017; Nghị quyết số 19-NQ/TW ngày 25/11/2017.",
        "Quyết định số 123/QĐ-UBND ngày 10/3/2022; Quyết định số 123/QĐ-UBND ngày 5/4/2023.",
        "Nghị quyết số 36-NQ/TW của Trung ương; Nghị quyết số 36-NQ/TW của Bộ Chính trị.",
        "Quyết định số 15/2023/QĐ-UBND ngày 10/3/2023 của UBND tỉnh.",
    ],
)
def test_silent(lint_text, text: str) -> None:
    assert lint_text(text, "R001") == []


@settings(max_examples=40, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=2000, max_value=2030),
    repeats=st.integers(min_value=2, max_value=4),
    with_year_in_symbol=st.booleans(),
)
def test_never_fires_when_every_citation_carries_the_same_date(
    lint_text, day: int, month: int, year: int, repeats: int, with_year_in_symbol: bool
) -> None:
    symbol = f"7/{year}/QĐ-UBND" if with_year_in_symbol else "7-NQ/TU"
    text = " ".join(
        f"Thực hiện văn bản số {symbol} ngày {day}/{month}/{year} của UBND tỉnh."
        for _ in range(repeats)
    )
    assert lint_text(text, "R001") == []
