from hypothesis import given
from hypothesis import strategies as st

from lint.extract import extract
from lint.numfmt import format_number
from lint.segment import segment


def relations(text: str, kind: str):
    mentions = extract(segment("t.txt", text, markdown=False))
    return mentions, [r for r in mentions.relations if r.kind == kind]


def test_ratio_to_a_baseline_but_not_to_a_plan():
    mentions, found = relations("Doanh thu bằng 108,3% so với cùng kỳ.", "ratio")
    assert [mentions.numbers[r.attrs["number"]].text for r in found] == ["108,3%"]
    assert relations("Thu ngân sách bằng 85% dự toán.", "ratio")[1] == []
    assert relations("Thu ngân sách bằng 85% so với kế hoạch.", "ratio")[1] == []


def test_baseline_keys_are_normalised():
    _, found = relations("tăng 5% so với cùng kỳ năm trước, tăng 9% so năm 2015.", "baseline")
    assert [r.attrs["key"] for r in found] == ["cùng kỳ", "năm 2015"]


def test_times_and_points():
    mentions, times = relations("Vốn huy động gấp 2,5 lần cùng kỳ.", "times")
    assert [mentions.numbers[r.attrs["number"]].value for r in times] == [2.5]
    mentions, points = relations("giảm 1,1 điểm phần trăm; giảm 1,1 điểm", "points")
    assert [mentions.numbers[r.attrs["number"]].text for r in points] == ["1,1"]


def test_from_to_with_years_between():
    text = "tăng từ 30 triệu đồng năm 2015 lên 45 triệu đồng năm 2020; giảm từ 5,2% xuống 4,1%"
    mentions, found = relations(text, "from_to")
    pairs = [
        (mentions.numbers[r.attrs["start"]].text, mentions.numbers[r.attrs["end"]].text)
        for r in found
    ]
    assert pairs == [("30 triệu", "45 triệu"), ("5,2%", "4,1%")]
    assert [r.attrs["direction"] for r in found] == ["tăng", "giảm"]


def test_average_rate_needs_a_per_year_marker():
    assert relations("bình quân tăng 20,1%/năm", "average_rate")[1]
    assert relations("tăng bình quân giai đoạn 2016 – 2020 đạt 7,5%", "average_rate")[1]
    assert relations("lãi suất bình quân 7,5%, giảm 0,2%", "average_rate")[1] == []


def test_periods_and_stock_changes():
    text = "Tháng 8 đạt 65 tỷ đồng; lũy kế 8 tháng đạt 60 tỷ đồng, quý III/2023 đạt 9 tỷ."
    _, cumulative = relations(text, "cumulative_period")
    assert [(r.attrs["months"], r.attrs["year"]) for r in cumulative] == [(8, None)]
    _, parts = relations(text, "subperiod")
    assert [(r.attrs["first"], r.attrs["last"], r.attrs["year"]) for r in parts] == [
        (8, 8, None),
        (7, 9, 2023),
    ]
    text = "thành lập thêm 12 hợp tác xã, nâng tổng số hợp tác xã lên 85 hợp tác xã"
    assert relations(text, "added")[1] and relations(text, "raised_total")[1]


def test_sectors_and_per_average():
    text = "nông, lâm nghiệp và thủy sản đóng góp 0,8; công nghiệp – xây dựng 3,5; dịch vụ 2,6"
    _, sectors = relations(text, "sector")
    assert [r.attrs["sector"] for r in sectors] == ["agriculture", "industry", "services"]
    _, averages = relations("bình quân 18,6 tiêu chí/xã", "per_average")
    assert [r.attrs["per"] for r in averages] == ["xã"]


@given(st.floats(min_value=0.1, max_value=999, allow_nan=False), st.integers(0, 2))
def test_any_printed_ratio_is_read(value: float, decimals: int):
    printed = format_number(round(value, decimals), decimals)
    mentions, found = relations(f"Sản lượng bằng {printed}% so với cùng kỳ.", "ratio")
    assert len(found) == 1
    assert mentions.numbers[found[0].attrs["number"]].text == f"{printed}%"
