from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number


def text_for(month: str, cumulative: str) -> str:
    return f"Thu ngân sách tháng 8 đạt {month} tỷ đồng; lũy kế 8 tháng đạt {cumulative} tỷ đồng."


def test_cumulative_below_its_month_fires(lint_text):
    text = text_for("65", "60")
    found = lint_text(text, "N008")
    assert [f.span.slice(text) for f in found] == ["60 tỷ"]


def test_month_outside_the_cumulative_period_is_silent(lint_text):
    assert lint_text("Tháng 9 đạt 65 tỷ đồng; lũy kế 8 tháng đạt 60 tỷ đồng.", "N008") == []


def test_running_total(lint_text):
    base = (
        "Toàn tỉnh có 70 hợp tác xã. Thành lập thêm 12 hợp tác xã, nâng tổng số lên {} hợp tác xã."
    )
    assert lint_text(base.format(85), "N008")
    assert lint_text(base.format(82), "N008") == []


@settings(max_examples=50, deadline=None)
@given(st.floats(min_value=1, max_value=900, allow_nan=False), st.integers(0, 2))
def test_equal_true_values_printed_differently_are_silent(lint_text, value, decimals):
    month = format_number(round(value, decimals), decimals)
    assert lint_text(text_for(month, format_number(value, 3)), "N008") == []


@settings(max_examples=50, deadline=None)
@given(st.floats(min_value=10, max_value=900, allow_nan=False), st.integers(0, 2))
def test_a_cumulative_clearly_below_fires(lint_text, value, decimals):
    month = format_number(round(value, decimals), decimals)
    below = format_number(value * 0.8, decimals)
    assert lint_text(text_for(month, below), "N008")
