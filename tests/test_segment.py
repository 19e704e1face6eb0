"""Segmentation: sentences do not break inside numbers, dates or abbreviations; Markdown
front matter and code are skipped; table cells keep their row and column."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.document import Document
from lint.segment import segment


def sentences(text: str, markdown: bool = False) -> list[str]:
    document = segment("report.md" if markdown else "report.txt", text, markdown)
    return [sentence.span.slice(text) for sentence in document.sentences]


@pytest.mark.parametrize(
    "kept",
    [
        "Tổng thu ngân sách đạt 1.009,3 tỷ đồng.",
        "Ngày 29/6/2022, Huyện ủy tổ chức hội nghị.",
        "Đoàn đã làm việc tại TP. Hồ Chí Minh và Hà Nội.",
        "Các ngành nông nghiệp, công nghiệp, dịch vụ v.v. đều tăng trưởng khá.",
    ],
)
def test_numbers_dates_and_abbreviations_do_not_end_a_sentence(kept: str) -> None:
    text = f"{kept} Kết quả được đánh giá cao."
    assert sentences(text) == [kept, "Kết quả được đánh giá cao."]


def blocks(text: str) -> list[tuple[str, str]]:
    document = segment("report.txt", text, False)
    return [(block.kind, block.span.slice(text)) for block in document.blocks]


def test_plain_text_lines_that_end_a_sentence_or_an_item_end_their_paragraph() -> None:
    text = "Vốn gồm:\n- Vốn tỉnh: 20 tỷ đồng;\n- Vốn huyện: 5 tỷ đồng.\nGiải ngân 18 tỷ đồng.\n"
    assert blocks(text) == [
        ("paragraph", "Vốn gồm:"),
        ("list_item", "- Vốn tỉnh: 20 tỷ đồng;"),
        ("list_item", "- Vốn huyện: 5 tỷ đồng."),
        ("paragraph", "Giải ngân 18 tỷ đồng."),
    ]


def test_a_numbered_title_line_is_a_block_of_its_own() -> None:
    text = "1. Tăng trưởng và cơ cấu kinh tế\nGiá trị sản xuất tăng 7,4%, đạt 100,3% kế hoạch.\n"
    assert blocks(text) == [
        ("list_item", "1. Tăng trưởng và cơ cấu kinh tế"),
        ("paragraph", "Giá trị sản xuất tăng 7,4%, đạt 100,3% kế hoạch."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng vốn 1.000 tỷ đồng, gồm: vốn ngân sách 400 tỷ đồng;\nVốn dân cư 600 tỷ đồng.\n",
        "1. Tổng thu đạt 1.386 tỷ đồng, gồm thu nội địa 1.086 tỷ đồng và\n300 tỷ đồng khác.\n",
        "1. Tổng thu đạt 1.386 tỷ đồng, gồm thu nội địa và\nThu tiền sử dụng đất.\n",
    ],
)
def test_a_line_ending_mid_sentence_does_not_end_its_paragraph(text: str) -> None:
    assert len(blocks(text)) == 1


def test_plain_text_lines_wrapped_inside_a_sentence_stay_one_paragraph() -> None:
    text = "Đoàn làm việc tại TP.\nHồ Chí Minh, rồi về\nHà Nội. Sau đó họp;\nmọi việc ổn.\n"
    assert blocks(text) == [("paragraph", text.strip())]


def test_markdown_bold_reads_as_spaces_and_keeps_every_offset() -> None:
    text = "Thu **320 tỷ đồng**, bằng __80%__ dự toán.\n"
    document = segment("report.md", text, True)
    assert document.text == "Thu   320 tỷ đồng  , bằng   80%   dự toán.\n"
    assert len(document.text) == len(text) and document.source == text


def test_markdown_front_matter_and_fenced_code_are_skipped() -> None:
    text = (
        "---\ntitle: Báo cáo. Bản nháp.\n---\n"
        "# Kết quả\n\nThu 320 tỷ đồng.\n\n```\nmã. không phải câu.\n```\nChi 200 tỷ đồng.\n"
    )
    assert sentences(text, markdown=True) == ["Kết quả", "Thu 320 tỷ đồng.", "Chi 200 tỷ đồng."]


def test_table_cells_keep_their_row_and_column() -> None:
    text = "| Chỉ tiêu | Kết quả |\n|---|---:|\n| Thu ngân sách | 320 |\n| Chi | 200 |\n"
    document = segment("report.md", text, markdown=True)
    cells = {(b.row, b.column): b.span.slice(text) for b in document.blocks}
    assert all(b.kind == "table_cell" and b.table == 0 for b in document.blocks)
    assert cells == {
        (0, 0): "Chỉ tiêu", (0, 1): "Kết quả",
        (1, 0): "Thu ngân sách", (1, 1): "320",
        (2, 0): "Chi", (2, 1): "200",
    }  # fmt: skip


def _assert_sentences_inside_blocks(document: Document) -> None:
    for sentence in document.sentences:
        block = document.blocks[sentence.block]
        assert block.span.covers(sentence.span)
        assert sentence.span.start < sentence.span.end


@given(st.text(), st.booleans())
def test_segmentation_never_raises_and_sentences_stay_in_their_block(
    text: str, markdown: bool
) -> None:
    _assert_sentences_inside_blocks(segment("x", text, markdown))


REPORT_PIECES = [
    *'aăâđeêioôơuưy AĐTXQ0123456789.,;:!?…-–|#*`~>\n\r\t/()%"“”',
    "TP.",
    "v.v.",
    "\n\n",
]


@given(st.lists(st.sampled_from(REPORT_PIECES), max_size=200).map("".join), st.booleans())
def test_report_like_text_segments_into_blocks_and_sentences(text: str, markdown: bool) -> None:
    _assert_sentences_inside_blocks(segment("x", text, markdown))
