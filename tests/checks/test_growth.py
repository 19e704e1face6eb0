import math

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number


def printed(value: float, decimals: int, truncate: bool) -> str:
    if truncate:
        value = math.floor(value * 10**decimals) / 10**decimals
    return format_number(round(value, decimals), decimals)


def text_for(current: str, prior: int, rate: float, decimals: int) -> str:
    verb = "tăng" if rate >= 0 else "giảm"
    return (
        f"Doanh thu đạt {current} tỷ đồng, năm trước {format_number(prior, 0)} tỷ đồng, "
        f"{verb} {format_number(round(abs(rate), decimals), decimals)}%."
    )


def test_ratio_and_change_disagree(lint_text):
    text = "Doanh thu đạt 450 tỷ đồng, tăng 5,2% so với cùng kỳ, bằng 108,3% so cùng kỳ."
    found = lint_text(text, "N007")
    assert [f.span.slice(text) for f in found] == ["108,3%"]
    assert "105,2%" in found[0].computation and "108,3%" in found[0].computation


def test_decrease_against_ratio_above_hundred(lint_text):
    assert lint_text("Sản lượng đạt 900 tấn, giảm 3% so với cùng kỳ, bằng 103% cùng kỳ.", "N007")


def test_different_baselines_are_not_compared(lint_text):
    text = "Doanh thu đạt 450 tỷ đồng, tăng 5,2% so với cùng kỳ, tăng 50% so với năm 2015."
    assert lint_text(text, "N007") == []


def test_truncated_current_value(lint_text):
    assert (
        lint_text("Thu đạt 2,58 nghìn tỷ đồng, năm trước 2.000 tỷ đồng, tăng 29,4%.", "N007") == []
    )


@settings(max_examples=60, deadline=None)
@given(
    st.integers(100, 5000),
    st.floats(min_value=-60, max_value=200, allow_nan=False),
    st.integers(0, 2),
    st.integers(0, 2),
    st.booleans(),
)
def test_consistent_figures_are_silent(lint_text, prior, rate, decimals, rate_decimals, truncate):
    current = printed(prior * (1 + rate / 100), decimals, truncate)
    assert lint_text(text_for(current, prior, rate, rate_decimals), "N007") == []


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1000, 5000),
    st.floats(min_value=-40, max_value=200, allow_nan=False),
    st.sampled_from([-1.5, 1.5]),
)
def test_a_rate_beyond_rounding_fires(lint_text, prior, rate, offset):
    current = printed(prior * (1 + rate / 100), 2, False)
    stated = rate + offset
    if (stated >= 0) != (rate >= 0):
        stated = rate - offset
    assert lint_text(text_for(current, prior, stated, 1), "N007")
