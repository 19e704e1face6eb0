"""Reading Markdown tables into a Table model and sum/ratio claims."""

from __future__ import annotations

from lint.claims import TableRatioClaim, TableSumClaim
from lint.engine import parse_document
from lint.extract import extract
from lint.linking.tables import Table, build_tables, link_tables, normalize


def tables(text: str) -> list[Table]:
    document = parse_document("t.md", text)
    return build_tables(document, extract(document))


def claims(text: str) -> list[TableSumClaim | TableRatioClaim]:
    document = parse_document("t.md", text)
    return link_tables(document, extract(document))


def sums(text: str) -> list[tuple[str, list[str]]]:
    return [
        (c.total.number.text, [p.number.text for p in c.components])
        for c in claims(text)
        if isinstance(c, TableSumClaim)
    ]


SECTIONS = """| STT | Đơn vị | ĐVT | Kinh phí |
|---|---|---|---|
| (1) | (2) | (3) | (4) |
| I | Khối huyện | triệu đồng | 950 |
| 1 | Văn phòng | triệu đồng | 500 |
| 2 | Phòng Tài chính | triệu đồng | 450 |
| II | Khối xã | triệu đồng | 830 |
| 1 | Xã Đông | triệu đồng | 410 |
|  | Trong đó: thôn Một | triệu đồng | 100 |
| 2 | Xã Tây | triệu đồng | 380 |
|  | **Tổng cộng** | triệu đồng | 1.780 |
"""


def test_normalize_splits_percent_and_drops_punctuation():
    assert normalize("So KH (%)") == "so kh %"
    assert normalize("Tăng/giảm (%)") == "tăng giảm %"
    assert normalize("**Tổng cộng:**") == "tổng cộng"


def test_column_roles_from_header_words():
    text = (
        "| STT | Chỉ tiêu | ĐVT | KH năm 2024 | Ước TH 6 tháng | % so KH | Cùng kỳ |"
        " So cùng kỳ (%) | Tăng, giảm (%) |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
        "| 1 | Thu ngân sách | tỷ đồng | 400 | 210 | 52,5 | 190 | 110,5 | 10,5 |\n"
    )
    (table,) = tables(text)
    roles = [c.role for c in table.columns]
    assert roles == [
        "number",
        "label",
        "unit",
        "plan",
        "actual",
        "plan_percent",
        "same_period",
        "growth_percent",
        "growth_percent",
    ]
    assert [c.ratio_kind for c in table.columns[5:]] == [
        "plan",
        None,
        "ratio_or_growth",
        "growth",
    ]


def test_row_roles_levels_and_numbering_row():
    (table,) = tables(SECTIONS)
    assert table.rows[0].index == 2  # the "(1) | (2)" row is not data
    assert [(r.role, r.level) for r in table.rows] == [
        ("normal", 1),
        ("normal", 2),
        ("normal", 2),
        ("normal", 1),
        ("normal", 2),
        ("sub_item", None),
        ("normal", 2),
        ("total", None),
    ]
    assert table.rows[-1].label == "Tổng cộng"


def test_total_adds_sections_and_sections_add_items():
    assert sums(SECTIONS) == [
        ("1.780", ["950", "830"]),
        ("950", ["500", "450"]),
        ("830", ["410", "380"]),
    ]
    section_claims = [c for c in claims(SECTIONS) if isinstance(c, TableSumClaim)]
    assert [c.support for c in section_claims] == [None, "section:0", "section:0"]


def test_unknown_part_and_other_unit_build_no_claim():
    unknown = "| Đơn vị | Số hộ |\n|---|---|\n| Xã A | 10 |\n| Xã B | x |\n| Cộng | 30 |\n"
    units = (
        "| Chỉ tiêu | ĐVT | Số |\n|---|---|---|\n| Lúa | ha | 10 |\n| Ngô | tấn | 20 |\n"
        "| Tổng cộng | ha | 30 |\n"
    )
    assert sums(unknown) == []
    assert sums(units) == []


def test_total_in_the_middle_is_ambiguous():
    text = "| Đơn vị | Số |\n|---|---|\n| Xã A | 10 |\n| Tổng | 30 |\n| Xã B | 20 |\n"
    assert sums(text) == []


def test_subtotals_close_their_groups():
    text = (
        "| Đơn vị | Số |\n|---|---|\n| Xã A | 10 |\n| Xã B | 20 |\n| Cộng | 30 |\n"
        "| Xã C | 5 |\n| Xã D | 6 |\n| Cộng | 11 |\n"
    )
    assert sums(text) == [("30", ["10", "20"]), ("11", ["5", "6"])]


def test_percent_and_rate_columns_are_not_added():
    text = (
        "| Đơn vị | Số hộ | Tỷ lệ (%) |\n|---|---|---|\n| Xã A | 10 | 5,2 |\n"
        "| Xã B | 20 | 4,1 |\n| Tổng cộng | 30 | 4,5 |\n"
    )
    assert sums(text) == [("30", ["10", "20"])]


def test_total_column_needs_two_parts_and_is_supported_by_rows():
    text = "| Đơn vị | Tổng số | Nam | Nữ |\n|---|---|---|---|\n| Xã A | 30 | 10 | 20 |\n"
    (claim,) = claims(text)
    assert isinstance(claim, TableSumClaim)
    assert claim.axis == "columns" and claim.support == "column:0:1"
    partial = (
        "| Đơn vị | Tổng số | Trong đó: nữ | Dân tộc |\n|---|---|---|---|\n| Xã A | 30 | 10 | 2 |\n"
    )
    assert claims(partial) == []


def test_ratio_claims_pick_the_columns_of_their_segment():
    text = (
        "| Chỉ tiêu | KH năm | TH quý I | % so KH | Lũy kế 6 tháng | % so KH |\n"
        "|---|---|---|---|---|---|\n| Thu ngân sách | 400 | 100 | 25,0 | 210 | 52,5 |\n"
    )
    found = [
        (c.cell.number.text, c.numerator.number.text, c.denominator.number.text, c.kind)
        for c in claims(text)
        if isinstance(c, TableRatioClaim)
    ]
    assert found == [("25,0", "100", "400", "plan"), ("52,5", "210", "400", "plan")]


def test_two_plan_columns_leave_the_ratio_unlinked():
    text = (
        "| Chỉ tiêu | KH năm | KH 6 tháng | TH 6 tháng | % so KH |\n"
        "|---|---|---|---|---|\n| Thu ngân sách | 400 | 200 | 190 | 95 |\n"
    )
    assert claims(text) == []


def test_year_columns_give_the_periods_of_a_growth_column():
    text = (
        "| Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng, giảm (%) |\n|---|---|---|---|\n"
        "| Khách du lịch | 640 | 720 | 12,5 |\n"
    )
    (claim,) = claims(text)
    assert isinstance(claim, TableRatioClaim)
    assert (claim.numerator.number.text, claim.denominator.number.text) == ("720", "640")
    assert claim.kind == "growth"


def test_rate_rows_are_not_ratio_checked():
    text = (
        "| Chỉ tiêu | ĐVT | KH | TH | % so KH |\n|---|---|---|---|---|\n"
        "| Tỷ lệ hộ nghèo | % | 3,5 | 3,2 | 109,4 |\n| Hộ nghèo giảm | hộ | 100 | 80 | 80 |\n"
    )
    assert [c.label for c in claims(text)] == ["Hộ nghèo giảm"]


def test_quarter_columns_pair_by_period():
    text = (
        "| Chỉ tiêu | Kế hoạch năm 2024 | Quý I/2023 | Quý I/2024 | % so KH | % so cùng kỳ |\n"
        "|---|---|---|---|---|---|\n| Trồng rừng | 4.200 | 1.062 | 1.134 | 27,0 | 106,8 |\n"
    )
    found = [
        (c.cell.number.text, c.numerator.number.text, c.denominator.number.text)
        for c in claims(text)
        if isinstance(c, TableRatioClaim)
    ]
    assert found == [("27,0", "1.134", "4.200"), ("106,8", "1.134", "1.062")]


def test_same_period_column_picks_the_matching_actual_column():
    text = (
        "| Sản phẩm | Ước tháng 8/2023 | Lũy kế 8 tháng 2023 | Cùng kỳ 8 tháng 2022 |"
        " % so cùng kỳ |\n|---|---|---|---|---|\n| Xi măng | 186.400 | 1.452.300 | 1.398.600 |"
        " 103,8 |\n"
    )
    (claim,) = claims(text)
    assert isinstance(claim, TableRatioClaim)
    assert claim.numerator.number.text == "1.452.300"


def test_items_of_different_units_in_their_labels_are_not_added():
    text = (
        "| STT | Chỉ tiêu | Năm 2024 |\n|---|---|---|\n| I | Nông nghiệp | 5.000 |\n"
        "| 1 | Diện tích lúa (ha) | 3.000 |\n| 2 | Sản lượng (tấn) | 20.000 |\n"
    )
    assert sums(text) == []


def test_a_grand_total_after_an_unclosed_group_is_not_read_as_its_subtotal():
    text = (
        "| Đơn vị | Số |\n|---|---|\n| Xã A | 10 |\n| Xã B | 20 |\n| Cộng | 30 |\n"
        "| Xã C | 5 |\n| Xã D | 6 |\n| Tổng cộng | 41 |\n"
    )
    assert sums(text) == []
