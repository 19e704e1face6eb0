from lint.engine import parse_document
from lint.extract import extract
from lint.linking.totals import link_structures, link_totals, match_partition, normalise


def totals(text: str):
    document = parse_document("t.txt", text)
    return link_totals(document, extract(document))


def test_three_sectors_form_a_partition():
    labels = ["nông nghiệp", "công nghiệp - xây dựng", "dịch vụ"]
    assert match_partition(labels, "giá trị sản xuất") is not None


def test_grdp_needs_product_taxes_to_be_complete():
    labels = ["nông nghiệp", "công nghiệp - xây dựng", "dịch vụ"]
    assert match_partition(labels, "grdp ước đạt") is None
    assert match_partition([*labels, "thuế sản phẩm"], "grdp ước đạt") is not None


def test_a_repeated_member_is_not_a_partition():
    assert match_partition(["nông nghiệp", "nông nghiệp", "dịch vụ"], "") is None


def test_normalise_unifies_dashes_and_tone_marks():
    assert normalise("Công nghiệp–Xây dựng") == "công nghiệp - xây dựng"
    assert normalise("thuỷ sản") == "thủy sản"


def test_claim_reads_total_parts_and_exhaustiveness():
    [claim] = totals("Tổng vốn 500 tỷ đồng, gồm vốn ngân sách 300 tỷ đồng, vốn vay 200 tỷ đồng.")
    assert claim.total.value == 500e9
    assert [c.number.value for c in claim.components] == [300e9, 200e9]
    assert claim.exhaustive


def test_nested_in_which_ends_the_list_and_is_not_exhaustive():
    text = "Tổng thu 900 tỷ đồng, gồm thu nội địa 600 tỷ đồng, trong đó thu từ đất 100 tỷ đồng."
    claims = totals(text)
    outer = next(c for c in claims if c.total.value == 900e9)
    assert [c.number.value for c in outer.components] == [600e9]
    assert not outer.exhaustive


def test_two_figures_in_one_clause_are_ambiguous():
    assert totals("Tổng vốn 500 tỷ đồng, trong đó vốn ngân sách 300 tỷ đồng 200 tỷ đồng.") == []


def test_structure_claim():
    document = parse_document(
        "t.txt", "Cơ cấu: nông nghiệp 25%, công nghiệp - xây dựng 40%, dịch vụ 35%."
    )
    [claim] = link_structures(document, extract(document))
    assert claim.complete and len(claim.shares) == 3


def test_a_part_counted_in_another_unit_makes_the_list_incomplete():
    (claim,) = totals("Toàn tỉnh có 125 xã, phường, thị trấn, gồm 98 xã, 18 phường và 9 thị trấn.")
    assert [c.number.text for c in claim.components] == ["98"]
    assert not claim.exhaustive


def test_parts_in_the_totals_unit_stay_exhaustive():
    (claim,) = totals("Diện tích 12.500 ha, gồm lúa 8.200 ha, ngô 2.100 ha, rau màu 2.200 ha.")
    assert claim.exhaustive


def test_a_semicolon_after_a_comma_list_starts_a_new_statement():
    (claim,) = totals(
        "Tổng số 9.845 đảng viên, gồm 9.427 đảng viên chính thức và 418 đảng viên dự bị; "
        "đảng viên nữ có 3.548 đảng viên, chiếm 36,0%."
    )
    assert [c.number.text for c in claim.components] == ["9.427", "418"]


def test_a_semicolon_list_keeps_commas_in_its_labels():
    (claim,) = totals(
        "GRDP đạt 68.420 tỷ đồng, gồm: nông, lâm nghiệp và thủy sản 15.362 tỷ đồng; công "
        "nghiệp - xây dựng 26.428 tỷ đồng; dịch vụ 22.697 tỷ đồng; thuế sản phẩm 3.933 tỷ đồng."
    )
    assert len(claim.components) == 4


def test_a_colon_introduces_a_breakdown_only_when_the_parts_form_a_partition():
    (claim,) = totals(
        "Đối với 52 tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ 7 tổ chức, chiếm 13,5%; "
        "hoàn thành tốt nhiệm vụ 37 tổ chức, chiếm 71,2%; hoàn thành nhiệm vụ 6 tổ chức, chiếm "
        "11,5%; không hoàn thành nhiệm vụ 2 tổ chức, chiếm 3,8%."
    )
    assert [c.number.text for c in claim.components] == ["7", "37", "6", "2"]
    assert claim.exhaustive and claim.partition is not None
    assert (
        totals("Năm 2023 có 175 tổ chức được đánh giá: 42 tổ chức hoàn thành tốt nhiệm vụ.") == []
    )


def test_a_longer_member_name_wins_over_one_inside_it():
    labels = ["hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ"]
    assert match_partition([*labels, "không hoàn thành nhiệm vụ"], "") is not None
