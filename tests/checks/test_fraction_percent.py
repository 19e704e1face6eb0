from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number


def test_parenthesised_percent(lint_text):
    assert [f.code for f in lint_text("Có 9/13 xã đạt chuẩn (79,2%).", "N004")] == ["N004"]


def test_plan_percent_is_not_a_restatement(lint_text):
    assert lint_text("Có 9/13 xã, đạt 90% kế hoạch.", "N004") == []


def test_signed_change_is_not_a_restatement(lint_text):
    assert lint_text("Có 9/13 xã đạt chuẩn (+5,2%).", "N004") == []


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 500), st.integers(1, 500), st.integers(0, 2))
def test_right_percentages_are_silent(lint_text, numerator, extra, decimals):
    denominator = numerator + extra
    percent = format_number(round(numerator / denominator * 100, decimals), decimals)
    assert lint_text(f"Có {numerator}/{denominator} xã đạt chuẩn ({percent}%).", "N004") == []
