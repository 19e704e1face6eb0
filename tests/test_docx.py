"""Word documents: reading paragraphs, tables, headers, footers, footnotes and tracked changes
(lint/docx.py), positions in the text and JSON outputs, ``--annotate`` (lint/annotate.py), and
files named .docx that cannot be read. Test documents are built with python-docx."""

from __future__ import annotations

import collections
import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from hypothesis import given, settings
from hypothesis import strategies as st
from schema_validator import validate

import lint.docx
from lint.annotate import split_at
from lint.cli import main
from lint.document import Document
from lint.docx import layout, paragraph_pieces, read_docx
from lint.engine import Options, lint_document
from lint.rulepack import load_rules

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "json-schema.json").read_text())
SAMPLE = ROOT / "samples" / "bao-cao-xa-docx-2023.docx"
RULES = load_rules()
DOUBLED = "Ban Chỉ đạo đã hỗ trợ các các hộ dân sửa chữa nhà ở."
PLAN = "Thu ngân sách đạt 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng)."
TABLE = [
    ("STT", "Đơn vị", "Số hộ được hỗ trợ"),
    ("1", "Xã Tân Lập", "1.000"),
    ("2", "Xã Hòa Bình", "4.200"),
    ("", "Tổng cộng", "6.500"),
]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".reportlint.yaml").write_text("")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def to_bytes(word: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def read(word: docx.document.Document) -> Document:
    return read_docx(to_bytes(word), "t.docx")


def findings(document: Document, *codes: str) -> list:
    return lint_document(document, [RULES[code] for code in codes], Options())


def tracked(paragraph: Paragraph, kind: str, text: str) -> None:
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(len(paragraph._p)))
    change.set(qn("w:author"), "Người soát")
    run = OxmlElement("w:r")
    content = OxmlElement("w:delText" if kind == "del" else "w:t")
    content.set(qn("xml:space"), "preserve")
    content.text = text
    run.append(content)
    change.append(run)
    paragraph._p.append(change)


def add_table(word: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def add_footnote(word: docx.document.Document, paragraph: Paragraph, text: str) -> None:
    """A footnotes part holding one footnote, referenced at the end of ``paragraph``."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (
        f'<w:footnotes xmlns:w="{namespace}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        CONTENT_TYPE.WML_FOOTNOTES,
        xml.encode(),
        word.part.package,
    )
    word.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), "1")
    paragraph.add_run()._r.append(reference)


def comments(path: Path) -> list[tuple[str, str, str, str]]:
    """(author, initials, text, anchored words) of each comment of the .docx at ``path``."""
    word = docx.Document(str(path))
    anchored: dict[str, list[str]] = {}
    words: dict[str, str] = {}
    for element in word.element.body.iter():
        identifier = element.get(qn("w:id"))
        if element.tag == qn("w:commentRangeStart"):
            anchored[identifier] = []
        elif element.tag == qn("w:commentRangeEnd"):
            words[identifier] = "".join(anchored.pop(identifier))
        elif element.tag == qn("w:t"):
            for parts in anchored.values():
                parts.append(element.text or "")
    return [(c.author, c.initials, c.text, words[str(c.comment_id)]) for c in word.comments]


# --- reading -------------------------------------------------------------------------------


def test_paragraphs_are_blocks_numbered_in_reading_order() -> None:
    word = docx.Document()
    word.add_heading("Kết quả thực hiện", 2)
    word.add_paragraph("Đoạn thứ nhất.")
    word.add_paragraph("")
    word.add_paragraph("- Đoạn thứ hai.")
    document = read(word)
    kinds = [(b.kind, b.level, b.span.slice(document.text)) for b in document.blocks]
    assert kinds == [
        ("heading", 2, "Kết quả thực hiện"),
        ("paragraph", 0, "Đoạn thứ nhất."),
        ("list_item", 0, "- Đoạn thứ hai."),
    ]
    last = document.blocks[-1].span
    assert document.position(last.start + 2) == (4, 3)  # the empty paragraph counts
    assert [len(document.sentences), document.sentences[-1].block] == [3, 2]


def test_table_cells_have_row_and_column_and_merged_cells_count_once() -> None:
    word = docx.Document()
    word.add_paragraph("Bảng tổng hợp:")
    table = word.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Đơn vị"
    table.cell(0, 2).text = "Số hộ"
    table.cell(1, 0).text = "1"
    table.cell(1, 1).text = "Xã Tân Lập"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "320"
    table.cell(2, 1).text = "Xã Hòa Bình"
    document = read(word)
    assert document.origins is not None
    cells = [
        (b.span.slice(document.text), (b.table, b.row, b.column), (o.table, o.row, o.column))
        for b, o in zip(document.blocks, document.origins, strict=True)
        if b.kind == "table_cell"
    ]
    assert cells == [
        ("Đơn vị", (0, 0, 0), (1, 1, 1)),
        ("Số hộ", (0, 0, 2), (1, 1, 3)),
        ("1", (0, 1, 0), (1, 2, 1)),
        ("Xã Tân Lập", (0, 1, 1), (1, 2, 2)),
        ("320", (0, 1, 2), (1, 2, 3)),
        ("Xã Hòa Bình", (0, 2, 1), (1, 3, 2)),
    ]


def test_headers_footers_and_footnotes_are_read_after_the_body() -> None:
    word = docx.Document()
    section = word.sections[0]
    section.header.paragraphs[0].text = "Ủy ban nhân dân xã Tân Lập"
    section.footer.paragraphs[0].text = "Trang báo cáo"
    add_footnote(word, word.add_paragraph("Theo số liệu của Chi cục Thống kê."), "Số ước tính.")
    document = read(word)
    assert document.origins is not None
    read_back = [
        (o.part, o.footnote, b.span.slice(document.text))
        for b, o in zip(document.blocks, document.origins, strict=True)
    ]
    assert read_back == [
        ("body", None, "Theo số liệu của Chi cục Thống kê."),
        ("header", None, "Ủy ban nhân dân xã Tân Lập"),
        ("footer", None, "Trang báo cáo"),
        ("footnote", 1, "Số ước tính."),
    ]


def test_tracked_insertions_are_read_and_deletions_are_not() -> None:
    word = docx.Document()
    paragraph = word.add_paragraph("Ban Chỉ đạo đã hỗ trợ ")
    tracked(paragraph, "del", "các các ")
    paragraph.add_run("hộ dân")
    tracked(paragraph, "ins", " và và gia đình chính sách")
    paragraph.add_run(".")
    document = read(word)
    assert document.text == "Ban Chỉ đạo đã hỗ trợ hộ dân và và gia đình chính sách."
    assert [f.location.column for f in findings(document, "S001")] == [33]


def test_text_boxes_and_tab_stops_add_no_text() -> None:
    word = docx.Document()
    paragraph = word.add_paragraph("Thu ngân sách\tđạt 320 tỷ đồng.")
    box = OxmlElement("w:txbxContent")
    inner = OxmlElement("w:p")
    inner.append(OxmlElement("w:r"))
    inner[0].append(OxmlElement("w:t"))
    inner[0][0].text = "chữ trong hộp"
    box.append(inner)
    paragraph.runs[0]._r.append(box)
    assert read(word).text == "Thu ngân sách\tđạt 320 tỷ đồng."


def test_rules_find_errors_in_word_paragraphs_and_tables() -> None:
    word = docx.Document()
    word.add_paragraph(PLAN)
    add_table(word, TABLE)
    located = [(f.code, f.location.line) for f in findings(read(word), "N001", "N011")]
    assert located == [("N001", 1), ("N011", 13)]


_LETTERS = "aăbcđêôơưáàảãạ 0123456789\t,."


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.text(_LETTERS, max_size=6), min_size=1, max_size=4), max_size=4),
    st.data(),
)
def test_positions_name_each_paragraph_and_splitting_runs_keeps_the_text(
    paragraphs: list[list[str]], data: st.DataObject
) -> None:
    word = docx.Document()
    for runs in paragraphs:
        paragraph = word.add_paragraph()
        for text in runs:
            paragraph.add_run(text)
    word_layout = layout(word)
    document = read(word)
    assert document.text == word_layout.text
    for start, paragraph in word_layout.paragraph_starts:
        assert document.position(start) == (paragraph.number, 1)
        offset = data.draw(st.integers(0, len(paragraph.text)))
        before = paragraph.text
        split_at(paragraph.element, offset)
        pieces = paragraph_pieces(paragraph.element)
        assert "".join(piece.text for piece in pieces) == before
        boundaries = {0, len(before)}
        position = 0
        for previous, piece in zip([None, *pieces], pieces, strict=False):
            if previous is not None and previous.run is not piece.run:
                boundaries.add(position)
            position += len(piece.text)
        assert offset in boundaries


# --- output --------------------------------------------------------------------------------


@pytest.fixture
def report(workdir: Path) -> Path:
    word = docx.Document()
    word.add_paragraph(DOUBLED)
    add_table(word, TABLE)
    path = workdir / "report.docx"
    word.save(str(path))
    return path


def test_text_output_names_the_paragraph_and_the_table_cell(
    report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", "report.docx", "--select", "S001,N011")
    assert (code, err) == (1, "")
    headers = [line.split(" ", 1)[0] for line in out.splitlines() if line.startswith("report")]
    assert headers == ["report.docx:¶1:27:", "report.docx:table"]
    assert "report.docx:table 1, row 4, col 3: N011" in out
    assert "    ¶1:23  “các các” (repeat)" in out
    assert "    table 1, row 2, col 3  “1.000” (part)" in out


def test_json_output_carries_the_paragraph_and_the_table_cell(
    report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", "report.docx", "--select", "S001,N011", "--format", "json")
    records = json.loads(out)
    assert code == 1 and validate(records, SCHEMA) == []
    doubled, total = records
    assert (doubled["line"], doubled["part"], doubled["paragraph"]) == (1, "body", 1)
    assert "table" not in doubled
    assert {key: total[key] for key in ("line", "table", "row", "column_index")} == {
        "line": 13,
        "table": 1,
        "row": 4,
        "column_index": 3,
    }
    assert total["evidence"][1]["row"] == 2


# --- annotate ------------------------------------------------------------------------------


def test_annotate_comments_on_the_exact_words_and_keeps_the_original(
    report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = report.read_bytes()
    code, _, err = run(capsys, "check", "report.docx", "--annotate", "reviewed.docx")
    assert (code, err) == (1, "")
    assert report.read_bytes() == original
    notes = comments(report.parent / "reviewed.docx")
    assert [(author, initials, words) for author, initials, _, words in notes] == [
        ("reportlint", "RL", "các"),
        ("reportlint", "RL", "6.500"),
    ]
    assert notes[0][2] == 'S001 Từ "các" bị lặp: "các các"\nbỏ một từ "các"'
    assert notes[1][2].startswith("N011 Tổng cộng: 1.000 + 4.200 = 5.200")
    assert (
        read_docx((report.parent / "reviewed.docx").read_bytes(), "r").text
        == read_docx(original, "o").text
    )


def test_annotate_splits_runs_inside_tracked_insertions(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    word = docx.Document()
    paragraph = word.add_paragraph("Hội nghị họp vào ")
    tracked(paragraph, "ins", "Thứ Sáu, ngày 12/7/2020 tại xã")
    paragraph.add_run(".")
    word.save("draft.docx")
    code, _, _ = run(capsys, "check", "draft.docx", "--select", "T002", "--annotate", "out.docx")
    assert code == 1
    [(_, _, text, words)] = comments(workdir / "out.docx")
    assert words == "Thứ Sáu, ngày 12/7/2020"
    assert text.startswith("T002")


def test_findings_in_headers_get_no_comment_and_a_note(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = DOUBLED
    word.add_paragraph(DOUBLED)
    word.save("draft.docx")
    code, out, err = run(capsys, "check", "draft.docx", "--select", "S001", "--annotate", "o.docx")
    assert code == 1 and "draft.docx:header:27: S001" in out
    assert (
        err.startswith("reportlint: note: o.docx: 1 finding(s) in headers") and err.count("\n") == 1
    )
    assert [words for *_, words in comments(workdir / "o.docx")] == ["các"]


def test_annotate_writes_into_a_directory_for_several_documents(
    report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = docx.Document()
    other.add_paragraph(PLAN)
    other.save("other.docx")
    Path("notes.txt").write_text(DOUBLED)
    code, _, err = run(capsys, "check", ".", "--annotate", "reviewed")
    assert (code, err) == (1, "")
    assert sorted(p.name for p in Path("reviewed").iterdir()) == ["other.docx", "report.docx"]
    assert [words for *_, words in comments(Path("reviewed/other.docx"))] == ["85%"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report.docx", "copy.docx", "--annotate", "one.docx"], "name a directory"),
        (["notes.txt", "--annotate", "one.docx"], "no Word document"),
        (["report.docx", "--annotate", "report.docx"], "would overwrite report.docx"),
    ],
)
def test_impossible_annotate_requests_exit_2_before_checking(
    report: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    (report.parent / "copy.docx").write_bytes(report.read_bytes())
    Path("notes.txt").write_text(DOUBLED)
    code, out, err = run(capsys, "check", *argv)
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1


# --- files that cannot be read -------------------------------------------------------------


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "encrypted or legacy Word file"),
        ("Báo cáo viết bằng văn bản thường.".encode(), "not a .docx zip package"),
        (b"PK\x03\x04" + bytes(100), "not a .docx zip package"),
        (zip_of({"word/document.xml": b"x"}), "cannot read Word document"),
        (zip_of({"word/document.xml": bytes(20 * 1024 * 1024)}), "refusing to open"),
    ],
    ids=["encrypted", "text", "broken-zip", "not-word", "zip-bomb"],
)
def test_unreadable_docx_is_one_line_error_and_others_are_checked(
    workdir: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    (workdir / "bad.docx").write_bytes(content)
    (workdir / "good.txt").write_text(DOUBLED)
    code, out, err = run(capsys, "check", "bad.docx", "good.txt", "--select", "S001")
    assert code == 2
    assert err.startswith("reportlint: error: bad.docx: ") and message in err
    assert err.count("\n") == 1
    assert "good.txt:1:27: S001" in out


def test_a_package_too_large_when_expanded_is_refused(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lint.docx, "MAX_UNCOMPRESSED", 1000)
    word = docx.Document()
    word.add_paragraph(DOUBLED)
    with pytest.raises(lint.docx.InputError, match=r"^big\.docx: refusing to open"):
        read_docx(to_bytes(word), "big.docx")


def test_directories_are_walked_for_docx_but_not_word_lock_files(
    report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (report.parent / "~$report.docx").write_bytes(b"\x0bNguoi soat" + bytes(150))
    code, out, err = run(capsys, "check", ".", "--select", "S001")
    assert (code, err) == (1, "")
    assert out.startswith("report.docx:¶1:27: S001")


def test_word_document_on_standard_input(
    report: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(report.read_bytes())))
    code, out, _ = run(capsys, "check", "-", "--stdin-filename", "in.docx", "--select", "S001")
    assert code == 1 and out.startswith("in.docx:¶1:27: S001")


# --- the bundled sample --------------------------------------------------------------------


def test_sample_has_exactly_its_gold_findings() -> None:
    gold = yaml.safe_load((ROOT / "samples" / "gold.yaml").read_text(encoding="utf-8"))
    wanted = collections.Counter(entry["code"] for entry in gold[SAMPLE.name]["required"])
    document = read_docx(SAMPLE.read_bytes(), SAMPLE.name)
    found = collections.Counter(f.code for f in lint_document(document, RULES.values(), Options()))
    assert found == wanted
    assert "các các" not in document.text  # the tracked deletion
    assert "31/11/2024" in document.text  # the tracked insertion
