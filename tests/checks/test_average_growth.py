from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number


def text_for(start: str, end: str, rate: str) -> str:
    return (
        f"Thu nhập tăng từ {start} triệu đồng năm 2015 lên {end} triệu đồng năm 2020, "
        f"bình quân tăng {rate}%/năm."
    )


def test_increase_and_comparison_year(lint_text):
    text = (
        "Năm 2020, thu ngân sách ước 380 tỷ đồng, tăng 249,9 tỷ đồng so với năm 2015, "
        "bình quân tăng 20,1%/năm."
    )
    found = lint_text(text, "N012", report_date="2020-12-20")
    assert [f.span.slice(text) for f in found] == ["20,1%"]
    assert "23,9%" in found[0].computation


def test_without_the_years_it_is_silent(lint_text):
    text = "Thu ngân sách 380 tỷ đồng, tăng 249,9 tỷ đồng, bình quân tăng 20,1%/năm."
    assert lint_text(text, "N012") == []


@settings(max_examples=60, deadline=None)
@given(
    st.floats(min_value=10, max_value=500, allow_nan=False),
    st.floats(min_value=1, max_value=40, allow_nan=False),
    st.integers(0, 2),
    st.integers(1, 2),
)
def test_compound_rates_are_silent(lint_text, start, rate, decimals, rate_decimals):
    end = start * (1 + rate / 100) ** 5
    text = text_for(
        format_number(round(start, decimals), decimals),
        format_number(round(end, decimals), decimals),
        format_number(round(rate, rate_decimals), rate_decimals),
    )
    assert lint_text(text, "N012") == []


@settings(max_examples=60, deadline=None)
@given(
    st.floats(min_value=100, max_value=500, allow_nan=False),
    st.floats(min_value=3, max_value=40, allow_nan=False),
)
def test_a_rate_beyond_rounding_fires(lint_text, start, rate):
    end = start * (1 + rate / 100) ** 5
    text = text_for(format_number(start, 1), format_number(end, 1), format_number(rate - 2, 1))
    assert lint_text(text, "N012")
