from lint.claims import Component
from lint.engine import parse_document
from lint.extract import extract
from lint.linking.totals import drop_nested, link_totals


def part(label: str) -> Component:
    document = parse_document("t.txt", "1 tỷ đồng")
    return Component(extract(document).numbers[0], 1.0, label)


def test_child_dropped_when_parent_listed():
    kept = drop_nested([part("thu nội địa"), part("thu tiền sử dụng đất")])
    assert [p.label for p in kept] == ["thu nội địa"]


def test_child_kept_without_parent():
    assert len(drop_nested([part("thu tiền sử dụng đất"), part("thu xổ số")])) == 2


def test_claim_sums_top_level_parts_only():
    text = (
        "Tổng thu ngân sách 412,7 tỷ đồng, trong đó thu nội địa 398,2 tỷ đồng, "
        "thu tiền sử dụng đất 150 tỷ đồng."
    )
    document = parse_document("t.txt", text)
    [claim] = link_totals(document, extract(document))
    assert [c.label for c in claim.components] == ["thu nội địa"]
