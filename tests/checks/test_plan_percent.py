from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number


def text_for(actual: float, plan: float, percent: float, decimals: int) -> str:
    return (
        f"Thu ngân sách {format_number(actual, 0)} tỷ đồng, bằng "
        f"{format_number(round(percent, decimals), decimals)}% dự toán "
        f"({format_number(plan, 0)} tỷ đồng)."
    )


def test_fires_with_the_computation(lint_text):
    found = lint_text(text_for(320, 400, 85, 0), "N001")
    assert [f.code for f in found] == ["N001"]
    assert "320" in found[0].computation and "80" in found[0].computation


def test_exceeded_means_hundred_plus(lint_text):
    assert lint_text("Kế hoạch 100 ha; đã trồng 120 ha, vượt 20% kế hoạch.", "N001") == []
    assert lint_text("Kế hoạch 100 ha; đã trồng 120 ha, vượt 120% kế hoạch.", "N001")


def test_two_plans_with_one_unit_are_not_guessed(lint_text):
    text = "Dự toán 400 tỷ đồng, kế hoạch 500 tỷ đồng; thu 320 tỷ đồng, bằng 85% dự toán."
    assert lint_text(text, "N001") == []


def test_percent_without_plan_figure_is_unverifiable(lint_text):
    assert lint_text("Thu 320 tỷ đồng, bằng 85% dự toán năm.", "N001") == []


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 100_000), st.integers(1, 100_000), st.integers(0, 2))
def test_right_percentages_are_silent(lint_text, actual, plan, decimals):
    assert lint_text(text_for(actual, plan, actual / plan * 100, decimals), "N001") == []


@settings(max_examples=80, deadline=None)
@given(st.integers(100, 100_000), st.integers(100, 100_000), st.integers(0, 2))
def test_percentages_off_by_more_than_rounding_fire(lint_text, actual, plan, decimals):
    highest_reading = (actual + 1) / (plan - 0.5) * 100  # rounded or truncated prints
    wrong = highest_reading + 1.1  # beyond the percent's own rounding or truncation
    assert [f.code for f in lint_text(text_for(actual, plan, wrong, decimals), "N001")] == ["N001"]
