from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number


def text_for(total: str, parts: list[str]) -> str:
    return (
        f"GRDP tăng {total}%; trong đó nông nghiệp đóng góp {parts[0]} điểm phần trăm, "
        f"công nghiệp – xây dựng {parts[1]}, dịch vụ {parts[2]} điểm phần trăm."
    )


def test_parts_that_miss_the_total_fire(lint_text):
    text = text_for("7,5", ["3,9", "2,1", "0,5"])
    found = lint_text(text, "N010")
    assert [f.span.slice(text) for f in found] == ["7,5%"]
    assert "6,5" in found[0].computation


def test_partial_list_below_the_total_is_silent(lint_text):
    text = "GRDP tăng 7,5%, trong đó dịch vụ đóng góp 3,9 điểm phần trăm."
    assert lint_text(text, "N010") == []
    assert lint_text("GRDP tăng 3,5%, trong đó dịch vụ đóng góp 3,9 điểm phần trăm.", "N010")


parts_strategy = st.lists(
    st.floats(min_value=0.1, max_value=5, allow_nan=False), min_size=3, max_size=3
)


@settings(max_examples=60, deadline=None)
@given(parts_strategy, st.integers(1, 2))
def test_consistent_contributions_are_silent(lint_text, parts, decimals):
    printed = [format_number(round(p, decimals), decimals) for p in parts]
    total = format_number(round(sum(parts), 1), 1)
    assert lint_text(text_for(total, printed), "N010") == []


@settings(max_examples=60, deadline=None)
@given(parts_strategy)
def test_a_total_beyond_rounding_fires(lint_text, parts):
    printed = [format_number(round(p, 2), 2) for p in parts]
    total = format_number(round(sum(parts) + 0.5, 1), 1)
    assert lint_text(text_for(total, printed), "N010")
