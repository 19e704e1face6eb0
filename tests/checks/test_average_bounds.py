from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number


def text_for(top: int, rest: int, low: int, high: int, average: str) -> str:
    return (
        f"{top} xã đạt 19 tiêu chí, {rest} xã đạt {low}–{high} tiêu chí; "
        f"bình quân {average} tiêu chí/xã."
    )


def test_average_above_the_best_case_fires(lint_text):
    text = text_for(1, 12, 15, 18, "18,6")
    found = lint_text(text, "N009")
    assert [f.span.slice(text) for f in found] == ["18,6"]
    assert "18,08" in found[0].computation


def test_a_single_group_is_not_a_distribution(lint_text):
    assert lint_text("Có 1 xã đạt 19 tiêu chí; bình quân 15,2 tiêu chí/xã.", "N009") == []


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 10), st.integers(1, 20), st.integers(5, 15), st.integers(0, 3), st.data())
def test_averages_inside_the_bounds_are_silent(lint_text, top, rest, low, width, data):
    high = low + width
    lo, hi = (19 * top + low * rest) / (top + rest), (19 * top + high * rest) / (top + rest)
    average = data.draw(st.floats(min_value=lo, max_value=hi))
    decimals = data.draw(st.integers(1, 2))
    assert lint_text(text_for(top, rest, low, high, format_number(average, decimals)), "N009") == []


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 10), st.integers(1, 20), st.integers(5, 15), st.integers(0, 3))
def test_an_average_beyond_the_bounds_fires(lint_text, top, rest, low, width):
    high = low + width
    best = (19 * top + high * rest) / (top + rest)
    assert lint_text(text_for(top, rest, low, high, format_number(best + 0.3, 1)), "N009")
