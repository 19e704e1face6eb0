import datetime as dt

from lint.context import build_context
from lint.engine import parse_document
from lint.extract import extract
from lint.linking.growth import (
    link_average_bounds,
    link_average_growth,
    link_contributions,
    link_cumulatives,
    link_growth,
    link_point_changes,
    link_total_updates,
)


def parsed(text: str):
    document = parse_document("t.txt", text)
    return document, extract(document)


def test_statements_chain_to_their_figure():
    text = "Doanh thu đạt 450 tỷ đồng, tăng 5,2% so với cùng kỳ, bằng 108,3% so cùng kỳ (+5,2%)."
    claims = link_growth(*parsed(text))
    assert len(claims) == 1
    assert claims[0].subject.text == "450 tỷ"
    assert [(s.form, s.baseline) for s in claims[0].statements] == [
        ("change", "cùng kỳ"),
        ("ratio", "cùng kỳ"),
        ("change", ""),
    ]


def test_a_new_noun_breaks_the_chain():
    text = "Xuất khẩu đạt 450 triệu USD, tăng 5,2%; nhập khẩu bằng 108,3% so cùng kỳ."
    assert link_growth(*parsed(text)) == []


def test_prior_and_absolute_change():
    claims = link_growth(*parsed("Thu 450 tỷ đồng, năm trước 400 tỷ đồng, tăng 15%."))
    assert claims[0].prior is not None and claims[0].prior.text == "400 tỷ"
    claims = link_growth(*parsed("Thu 450 tỷ đồng, tăng 50 tỷ đồng so với năm 2021 (tăng 15%)."))
    assert [s.form for s in claims[0].statements] == ["absolute", "change"]


def test_the_figure_of_an_earlier_year_in_the_clause_before_is_the_prior():
    text = "Năm 2021 đạt 86 tỷ đồng, tăng 4%; năm 2022 ước đạt 97 tỷ đồng, tăng 12,8%."
    claims = link_growth(*parsed(text))
    assert [(c.subject.text, c.prior and c.prior.text) for c in claims] == [("97 tỷ", "86 tỷ")]
    assert claims[0].prior_baseline == "cùng kỳ"  # the year before, as "tăng 12,8%" means


def test_figures_of_two_years_are_not_paired_across_other_words_or_backwards():
    for text in (
        "Năm 2022 thu đạt 3.200 tỷ đồng; năm 2023 chi đạt 3.500 tỷ đồng, tăng 9,4%.",
        "Năm 2022 đạt 3.200 tỷ đồng, riêng quý IV năm 2023 đạt 3.500 tỷ đồng, tăng 9,4%.",
        "Năm 2023 đạt 3.500 tỷ đồng; năm 2022 đạt 3.200 tỷ đồng, tăng 9,4%.",
        "Năm 2022 đạt 3.200 tỷ đồng; năm 2023 đạt 3.500 tỷ đồng, tăng 9,4% so với năm 2021.",
    ):
        assert all(claim.prior is None for claim in link_growth(*parsed(text))), text


def test_point_change_after_two_rates():
    claims = link_point_changes(*parsed("Tỷ lệ hộ nghèo giảm từ 5,2% xuống 4,1%, giảm 1,1%."))
    assert [(c.start.text, c.end.text, c.change.text, c.in_points) for c in claims] == [
        ("5,2%", "4,1%", "1,1%", False)
    ]


def test_cumulative_needs_one_period_of_each_kind():
    document, mentions = parsed("Tháng 8 đạt 65 tỷ đồng; lũy kế 8 tháng đạt 60 tỷ đồng.")
    assert [(c.part.text, c.cumulative.text) for c in link_cumulatives(document, mentions)] == [
        ("65 tỷ", "60 tỷ")
    ]
    text = "Tháng 8 đạt 65 tỷ đồng, tháng 7 đạt 50 tỷ đồng; lũy kế 8 tháng đạt 60 tỷ đồng."
    assert link_cumulatives(*parsed(text)) == []


def test_total_update_needs_an_earlier_stated_total():
    text = (
        "Toàn tỉnh có 70 hợp tác xã. Thành lập thêm 12 hợp tác xã, nâng tổng số lên 85 hợp tác xã."
    )
    claims = updates(text)
    assert [(c.previous.text, c.added.text, c.total.text) for c in claims] == [("70", "12", "85")]
    assert updates("Thành lập thêm 12 hợp tác xã, nâng tổng số lên 85 hợp tác xã.") == []


def updates(text: str, report_date: dt.date | None = None):
    document, mentions = parsed(text)
    return link_total_updates(document, mentions, build_context(document, mentions, report_date))


def test_an_earlier_total_in_parentheses_is_dated_at_the_start_of_the_year():
    added = "Trong năm 2023 thành lập thêm 24 HTX, nâng tổng số lên 386 HTX "
    for aside in ("(31/12/2022: 372 HTX)", "(cuối năm 2022: 372 HTX)", "(đầu năm 2023: 372 HTX)"):
        [claim] = updates(added + aside + ".")
        assert claim.previous.text == "372"
    for aside in ("(năm 2020: 318 HTX)", "(31/12/2021: 372 HTX)", "(kế hoạch năm 2023: 400 HTX)"):
        assert updates(added + aside + ".") == [], aside


def test_average_bounds_needs_a_complete_distribution():
    text = "1 xã đạt 19 tiêu chí, 12 xã đạt 15–18 tiêu chí; bình quân 18,6 tiêu chí/xã."
    claims = link_average_bounds(*parsed(text))
    assert [len(c.groups) for c in claims] == [2]
    assert (
        link_average_bounds(*parsed("Có 1 xã đạt 19 tiêu chí; bình quân 15,2 tiêu chí/xã.")) == []
    )
    text = (
        "Toàn huyện có 20 xã, 1 xã đạt 19 tiêu chí, 12 xã đạt 15–18 tiêu chí; "
        "bình quân 18,6 tiêu chí/xã."
    )
    assert link_average_bounds(*parsed(text)) == []


def test_contributions_are_exhaustive_only_with_three_sectors():
    text = (
        "GRDP tăng 7,5%; trong đó nông nghiệp đóng góp 3,9 điểm phần trăm, công nghiệp – xây "
        "dựng 2,1, dịch vụ 0,5 điểm phần trăm."
    )
    claims = link_contributions(*parsed(text))
    assert [(c.total.text, len(c.parts), c.exhaustive) for c in claims] == [("7,5%", 3, True)]
    text = "GRDP tăng 7,5%, trong đó dịch vụ đóng góp 3,9 điểm phần trăm."
    assert [c.exhaustive for c in link_contributions(*parsed(text))] == [False]


def test_average_growth_years_from_comparison_and_period():
    text = (
        "Năm 2020, thu ước 380 tỷ đồng, tăng 249,9 tỷ đồng so với năm 2015, "
        "bình quân tăng 20,1%/năm."
    )
    document, mentions = parsed(text)
    context = build_context(document, mentions, dt.date(2020, 12, 15))
    claims = link_average_growth(document, mentions, context)
    assert [(c.start_year, c.end_year, c.end.text) for c in claims] == [(2015, 2020, "380 tỷ")]


def test_listed_yearly_rates_are_not_compounded():
    text = (
        "Năm 2016 tăng 8%, năm 2017 tăng 10%, năm 2018 tăng 12%; bình quân tăng 10%/năm, năm "
        "2018 đạt 300 tỷ đồng, tăng 100 tỷ đồng so với năm 2015."
    )
    document, mentions = parsed(text)
    context = build_context(document, mentions, dt.date(2018, 12, 15))
    assert link_average_growth(document, mentions, context) == []


def test_yearly_rates_on_the_line_before_are_listed_too():
    text = (
        "Năm 2016 tăng 8%, năm 2017 tăng 10%, năm 2018 tăng 12%.\nNăm 2018 đạt 300 tỷ đồng, "
        "tăng 100 tỷ đồng so với năm 2015, bình quân tăng 10%/năm."
    )
    document, mentions = parsed(text)
    assert len(document.blocks) == 2
    context = build_context(document, mentions, dt.date(2018, 12, 15))
    assert link_average_growth(document, mentions, context) == []
    alone = text.split("\n")[1]
    document, mentions = parsed(alone)
    context = build_context(document, mentions, dt.date(2018, 12, 15))
    assert len(link_average_growth(document, mentions, context)) == 1
