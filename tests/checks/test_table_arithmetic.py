"""N011 table-arithmetic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number

COUNTIES = "| Đơn vị | Số hộ |\n|---|---|\n| Xã A | 1.000 |\n| Xã B | 4.200 |\n| Xã C | 1.100 |\n"


def run(lint_text, text: str) -> list[str]:
    return [text[f.span.start : f.span.end] for f in lint_text(text, "N011", path="t.md")]


def test_total_row_that_is_not_the_sum(lint_text):
    text = COUNTIES + "| Tổng cộng | 6.500 |\n"
    (finding,) = lint_text(text, "N011", path="t.md")
    assert text[finding.span.start : finding.span.end] == "6.500"
    assert finding.computation == "1.000 + 4.200 + 1.100 = 6.300 ≠ 6.500"
    assert [q.role for q in finding.evidence] == ["total", "part", "part", "part"]
    assert (finding.location.line, finding.location.column) == (6, 15)


def test_aggregate_row_is_reported_only_when_another_column_adds_up(lint_text):
    alone = "| Đơn vị | Số hộ |\n|---|---|\n| Toàn xã | 300 |\n| Thôn 1 | 100 |\n| Thôn 2 | 250 |\n"
    assert run(lint_text, alone) == []  # "Toàn xã" alone may be an average
    shown = (
        "| Đơn vị | Số hộ | Số khẩu |\n|---|---|---|\n| Toàn xã | 300 | 1.200 |\n"
        "| Thôn 1 | 100 | 400 |\n| Thôn 2 | 250 | 800 |\n"
    )
    assert run(lint_text, shown) == ["300"]


def test_each_bad_cell_is_reported(lint_text):
    text = (
        "| Đơn vị | Nam | Nữ |\n|---|---|---|\n| Xã A | 10 | 12 |\n| Xã B | 20 | 21 |\n"
        "| Cộng | 34 | 37 |\n"
    )
    assert run(lint_text, text) == ["34", "37"]


def test_percent_of_plan_and_growth_cells(lint_text):
    text = (
        "| Chỉ tiêu | Kế hoạch | Thực hiện | % so KH | Cùng kỳ | Tăng, giảm (%) |\n"
        "|---|---|---|---|---|---|\n"
        "| Thu ngân sách | 400 | 320 | 80,0 | 300 | 6,7 |\n"
        "| Vốn đầu tư | 1.250 | 600 | 52,0 | 500 | 120,0 |\n"
    )
    assert run(lint_text, text) == ["52,0", "120,0"]


def test_ratio_or_growth_column_accepts_either_form(lint_text):
    text = (
        "| Chỉ tiêu | Cùng kỳ | Thực hiện | So cùng kỳ (%) |\n|---|---|---|---|\n"
        "| Bán lẻ | 2.500 | 2.800 | 112,0 |\n| Dịch vụ | 400 | 430 | 7,5 |\n"
        "| Vận tải | 100 | 150 | 105 |\n"
    )
    assert run(lint_text, text) == ["105"]


def test_silent_on_sub_items_rounding_and_unknown_cells(lint_text):
    texts = [
        COUNTIES + "| - Thôn Một | 300 |\n| Tổng cộng | 6.300 |\n",
        COUNTIES + "| *Thôn Một* | 300 |\n| Tổng cộng | 6.300 |\n",
        COUNTIES + "| Trong đó: nữ | 3.000 |\n| Tổng cộng | 6.300 |\n",
        COUNTIES.replace("4.200", "…") + "| Tổng cộng | 6.500 |\n",
        "| Đơn vị | Tỷ đồng |\n|---|---|\n| A | 1,24 |\n| B | 2,36 |\n| Cộng | 3,6 |\n",
        "| Đơn vị | Tỷ đồng |\n|---|---|\n| A | 1,26 |\n| B | 2,36 |\n| Cộng | 3,6 |\n",
    ]
    for text in texts:
        assert run(lint_text, text) == [], text


def test_section_row_needs_another_section_that_adds_up(lint_text):
    one_section = (
        "| TT | Nội dung | Kinh phí |\n|---|---|---|\n| I | Khối huyện | 900 |\n"
        "| 1 | Văn phòng | 500 |\n| 2 | Phòng Tài chính | 450 |\n"
    )
    assert run(lint_text, one_section) == []
    two_sections = (
        one_section + "| II | Khối xã | 790 |\n| 1 | Xã Đông | 410 |\n| 2 | Xã Tây | 380 |\n"
    )
    assert run(lint_text, two_sections) == ["900"]


def _table(values: list[str], total: str) -> str:
    rows = [f"| Xã {chr(65 + i)} | {v} |" for i, v in enumerate(values)]
    return "\n".join(["| Đơn vị | Diện tích |", "|---|---|", *rows, f"| Tổng cộng | {total} |"])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 500_000), st.integers(0, 2)), min_size=2, max_size=6),
    st.integers(0, 2),
)
def test_property_consistent_tables_are_silent_and_a_moved_total_is_caught(
    lint_text, components: list[tuple[int, int]], total_decimals: int
) -> None:
    values = [hundredths / 100 for hundredths, _ in components]
    printed = [format_number(v, d, "vi") for v, (_, d) in zip(values, components, strict=True)]
    true_total = sum(values)
    text = _table(printed, format_number(true_total, total_decimals, "vi"))
    assert run(lint_text, text) == []

    slack = sum(10.0**-d for _, d in components) + 10.0**-total_decimals
    moved = format_number(true_total + 2 * slack + 1, total_decimals, "vi")
    text = _table(printed, moved)
    found = lint_text(text, "N011", path="t.md")
    assert [text[f.span.start : f.span.end] for f in found] == [moved]
    assert found[0].span.start == text.rindex(moved)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 10_000), st.integers(1, 10_000), st.integers(0, 2))
def test_property_rounded_percent_of_plan_is_silent(
    lint_text, plan: int, actual: int, decimals: int
) -> None:
    percent = format_number(actual / plan * 100, decimals, "vi")
    text = (
        "| Chỉ tiêu | Kế hoạch | Thực hiện | % so KH |\n|---|---|---|---|\n"
        f"| Thu | {format_number(plan, 0, 'vi')} | {format_number(actual, 0, 'vi')} | {percent} |\n"
    )
    assert run(lint_text, text) == []
