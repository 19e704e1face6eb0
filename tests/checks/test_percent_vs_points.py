from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number


def text_for(start: float, end: float, change: str) -> str:
    return (
        f"Tỷ lệ hộ nghèo giảm từ {format_number(start, 1)}% xuống {format_number(end, 1)}%, "
        f"giảm {change}."
    )


def test_points_written_as_percent_fires_with_fix(lint_text):
    text = text_for(5.2, 4.1, "1,1%")
    found = lint_text(text, "U004")
    assert [f.span.slice(text) for f in found] == ["1,1%"]
    assert found[0].fix is not None and found[0].fix.replacement == "1,1 điểm phần trăm"


def test_relative_change_written_as_points_fires(lint_text):
    assert lint_text(text_for(5.2, 4.1, "21,2 điểm phần trăm"), "U004")


def test_a_wrong_figure_is_not_this_rule(lint_text):
    assert lint_text(text_for(5.2, 4.1, "3%"), "U004") == []


@settings(max_examples=60, deadline=None)
@given(st.integers(20, 500), st.integers(5, 150))
def test_both_honest_readings_are_silent_and_the_mixup_fires(lint_text, start_tenths, fall):
    start, end = start_tenths / 10, max(start_tenths - fall, 1) / 10
    points = round(start - end, 1)
    relative = (start - end) / start * 100
    assert (
        lint_text(text_for(start, end, f"{format_number(points, 1)} điểm phần trăm"), "U004") == []
    )
    assert lint_text(text_for(start, end, f"{format_number(relative, 1)}%"), "U004") == []
    if points >= 0.5:
        assert lint_text(text_for(start, end, f"{format_number(points, 1)}%"), "U004")
