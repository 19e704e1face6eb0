import math

from hypothesis import given
from hypothesis import strategies as st

from lint.intervals import Interval, printed, total


def test_printed_covers_rounding_and_truncation():
    interval = printed(2.58, 2)
    assert interval.contains(2.588)  # truncated
    assert interval.contains(2.575)  # rounded up from below
    assert not interval.contains(2.6)
    assert not interval.contains(2.57)


def test_division_and_meets():
    ratio = printed(320, 0) / printed(400, 0)
    assert ratio.contains(0.8)
    assert not ratio.meets(printed(85, 0).scale(0.01))
    assert ratio.meets(printed(80, 0).scale(0.01))


def test_division_by_interval_containing_zero_is_unbounded():
    assert Interval(1, 2) / Interval(-1, 1) == Interval(-math.inf, math.inf)


@given(
    st.floats(min_value=0, max_value=1e9, allow_nan=False),
    st.integers(min_value=0, max_value=4),
)
def test_any_true_value_lies_in_the_interval_of_its_print(true_value, decimals):
    rounded = round(true_value, decimals)
    truncated = math.floor(true_value * 10**decimals) / 10**decimals
    assert printed(rounded, decimals).contains(true_value)
    assert printed(truncated, decimals).contains(true_value)


@given(st.lists(st.floats(min_value=0, max_value=1e6), min_size=1, max_size=8), st.integers(0, 3))
def test_sum_of_prints_contains_the_true_sum(values, decimals):
    assert total(printed(round(v, decimals), decimals) for v in values).contains(sum(values))
