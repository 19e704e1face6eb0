import math

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numfmt import format_number

SECTORS = ("nông nghiệp", "công nghiệp - xây dựng", "dịch vụ")


def printed(value: float, decimals: int, truncate: bool) -> str:
    if truncate:
        value = math.floor(value * 10**decimals) / 10**decimals
    return format_number(round(value, decimals), decimals, "vi")


def report(total: str, parts: list[str], marker: str = "gồm") -> str:
    listed = ", ".join(f"{name} {part} tỷ đồng" for name, part in zip(SECTORS, parts, strict=False))
    return f"Giá trị sản xuất đạt {total} tỷ đồng, {marker}: {listed}."


def test_exhaustive_parts_short_of_total(lint_text):
    found = lint_text(report("6.500", ["1.000", "4.200", "1.100"], "trong đó"), "N002")
    assert [f.code for f in found] == ["N002"]
    assert "6.300" in found[0].computation and "6.500" in found[0].computation


def test_partial_list_below_total_is_silent(lint_text):
    text = "Tổng vốn 900 tỷ đồng, trong đó vốn ngân sách 300 tỷ đồng, vốn vay 200 tỷ đồng."
    assert lint_text(text, "N002") == []


def test_parts_above_a_partial_total_fire(lint_text):
    text = "Tổng vốn 400 tỷ đồng, trong đó vốn ngân sách 300 tỷ đồng, vốn vay 200 tỷ đồng."
    assert [f.code for f in lint_text(text, "N002")] == ["N002"]


def test_units_are_converted(lint_text):
    text = "Tổng thu 1,2 tỷ đồng, gồm thu thuế 700 triệu đồng và thu phí 500 triệu đồng."
    assert lint_text(text, "N002") == []


def test_changes_and_parentheses_are_not_parts(lint_text):
    text = (
        "Tổng thu 1.000 tỷ đồng, gồm: thu nội địa 800 tỷ đồng (tăng 100 tỷ đồng so với cùng kỳ),"
        " thu xuất nhập khẩu 200 tỷ đồng."
    )
    assert lint_text(text, "N002") == []


def test_parts_as_list_items(lint_text):
    text = "Tổng số hộ nghèo 500 hộ, gồm:\n- Xã An Bình: 200 hộ;\n- Xã An Phú: 250 hộ.\n"
    found = lint_text(text, "N002")
    assert [(f.code, f.location.line) for f in found] == [("N002", 1)]


parts_strategy = st.lists(st.floats(min_value=1, max_value=50_000), min_size=3, max_size=3)


@settings(max_examples=60, deadline=None)
@given(parts_strategy, st.integers(0, 2), st.booleans())
def test_consistent_values_printed_any_way_are_silent(lint_text, parts, decimals, truncate):
    text = report(
        printed(sum(parts), decimals, truncate),
        [printed(p, decimals, truncate) for p in parts],
    )
    assert lint_text(text, "N002") == []


@settings(max_examples=60, deadline=None)
@given(parts_strategy, st.integers(0, 2), st.sampled_from([-1, 1]))
def test_a_total_beyond_its_rounding_fires_once(lint_text, parts, decimals, direction):
    step = 10.0**-decimals
    wrong_total = sum(parts) + direction * (6 * step + 0.01 * sum(parts))
    text = report(
        printed(wrong_total, decimals, False), [printed(p, decimals, False) for p in parts]
    )
    assert [f.code for f in lint_text(text, "N002")] == ["N002"]
