"""check --fix / --unsafe-fixes / --diff: fixes change the file only at the findings' spans,
are idempotent, keep the encoding, byte-order mark, line breaks and mode, never change a
number unless asked, and leave files alone without --fix."""

from __future__ import annotations

import codecs
import difflib
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.cli import main
from lint.document import Span
from lint.engine import Options, lint_document, parse_document
from lint.findings import Edit, Finding, Location
from lint.fixes import apply_edits, chosen_edits, fix_text
from lint.rulepack import load_rules

RULES = load_rules()
PLANTED = (
    "Thu ngân sách 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng).\n"
    "Hỗ trợ các các xã và và thôn.\n"
    "Kết quả của của các chương trình được được đánh giá.\n"
)
FIXED = (
    "Thu ngân sách 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng).\n"
    "Hỗ trợ các xã và thôn.\n"
    "Kết quả của các chương trình được đánh giá.\n"
)
DATE_FORMAT = "Ngày 6/29/2024, huyện tổ chức hội nghị sơ kết.\n"  # U003: month and day swapped
SAMPLES = Path(__file__).parents[1] / "samples"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".reportlint.yaml").write_text("")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(text: str, path: str = "r.txt") -> list[Finding]:
    return lint_document(parse_document(path, text), RULES.values(), Options())


def _span(text: str, location: Location) -> Span:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return Span(
        starts[location.line - 1] + location.column - 1,
        starts[location.end_line - 1] + location.end_column - 1,
    )


def _tokens(text: str) -> list[tuple[str, int]]:
    """Words and the runs of spaces between them, with their offsets, for a word diff."""
    return [(match[0], match.start()) for match in re.finditer(r"\S+|\s+", text)]


def _hull(spans: list[Span]) -> Span:
    """The spans' extent and one character beyond each end: a diff may show the deletion of
    " các" from "các các xã" as the deletion of "các " (the same result, shifted by one)."""
    return Span(min(s.start for s in spans) - 1, max(s.end for s in spans) + 1)


def test_fix_changes_the_file_only_inside_the_fixes_spans(workdir, capsys):
    (workdir / "r.txt").write_text(PLANTED)
    spans = [  # each fixable finding's whole extent: its span, its fix and its evidence
        _hull([f.span, f.fix.span, *(_span(PLANTED, q.location) for q in f.evidence)])
        for f in lint(PLANTED)
        if f.fix is not None and f.fix.safe
    ]
    code = main(["check", "r.txt", "--fix"])
    out = capsys.readouterr().out
    fixed = (workdir / "r.txt").read_text()
    assert fixed == FIXED
    old, new = _tokens(PLANTED), _tokens(fixed)
    matcher = difflib.SequenceMatcher(None, [t for t, _ in old], [t for t, _ in new])
    for tag, first, last, _, _ in matcher.get_opcodes():
        if tag != "equal":
            start, end = old[first][1], old[last - 1][1] + len(old[last - 1][0])
            assert any(s.start <= start and end <= s.end for s in spans), (tag, start, end)
    assert code == 1  # N001 has no fix and remains
    assert "r.txt:1:33: N001" in out and "S001" not in out


def test_second_fix_run_changes_nothing_and_does_not_touch_the_file(workdir, capsys):
    (workdir / "r.txt").write_text(PLANTED)
    main(["check", "r.txt", "--fix"])
    capsys.readouterr()
    before = os.stat(workdir / "r.txt")
    assert main(["check", "r.txt", "--fix"]) == 1
    after = os.stat(workdir / "r.txt")
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert "applied" not in capsys.readouterr().err


def test_fixing_markdown_keeps_its_bold_markers(workdir, capsys):
    (workdir / "r.md").write_text("**Hỗ trợ các các xã** và **thôn**.\n")
    main(["check", "r.md", "--fix"])
    assert (workdir / "r.md").read_text() == "**Hỗ trợ các xã** và **thôn**.\n"


def test_a_fix_across_a_bold_marker_is_dropped(workdir, capsys):
    text = "Kết quả các chỉ tiêu **và** và nhiệm vụ.\n"
    (workdir / "r.md").write_text(text)
    assert main(["check", "r.md", "--fix", "--unsafe-fixes"]) == 1
    assert "S001" in capsys.readouterr().out
    assert (workdir / "r.md").read_text() == text


def test_without_fix_files_are_unchanged(workdir, capsys):
    (workdir / "r.txt").write_text(PLANTED)
    for argv in ([], ["--format", "json"], ["--statistics"], ["--diff"]):
        main(["check", "r.txt", *argv])
        assert (workdir / "r.txt").read_text() == PLANTED


def test_diff_shows_the_fix_and_exits_1(workdir, capsys):
    (workdir / "r.txt").write_text(PLANTED)
    assert main(["check", "r.txt", "--diff"]) == 1
    diff = capsys.readouterr().out
    assert diff.startswith("--- a/r.txt\n+++ b/r.txt\n")
    assert "\n-Hỗ trợ các các xã và và thôn.\n" in diff
    assert "\n+Hỗ trợ các xã và thôn.\n" in diff
    (workdir / "clean.txt").write_text(FIXED)
    assert main(["check", "clean.txt", "--diff"]) == 0
    assert capsys.readouterr().out == ""


def test_numbers_are_changed_only_with_unsafe_fixes(workdir, capsys):
    (finding,) = [f for f in lint(DATE_FORMAT) if f.code == "U003"]
    assert finding.fix is not None and not finding.fix.safe
    (workdir / "d.txt").write_text(DATE_FORMAT)
    main(["check", "d.txt", "--fix"])
    assert (workdir / "d.txt").read_text() == DATE_FORMAT
    assert "(gợi ý, cần xem lại)" in capsys.readouterr().out
    main(["check", "d.txt", "--fix", "--unsafe-fixes"])
    assert (workdir / "d.txt").read_text() == "Ngày 29/6/2024, huyện tổ chức hội nghị sơ kết.\n"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")],
)
def test_fix_keeps_encoding_bom_line_breaks_and_mode(workdir, capsys, bom, encoding):
    path = workdir / "r.txt"
    path.write_bytes(bom + PLANTED.replace("\n", "\r\n").encode(encoding))
    path.chmod(0o640)
    main(["check", "r.txt", "--fix"])
    assert path.read_bytes() == bom + FIXED.replace("\n", "\r\n").encode(encoding)
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in workdir.iterdir()) == [".reportlint.yaml", "r.txt"]


def test_a_file_that_cannot_be_written_is_an_error(workdir, capsys, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("lint.fixes.tempfile.mkstemp", refuse)
    (workdir / "r.txt").write_text(PLANTED)
    assert main(["check", "r.txt", "--fix"]) == 2
    err = capsys.readouterr().err
    assert "reportlint: error: r.txt: cannot write the fixed file (Permission denied)" in err
    assert (workdir / "r.txt").read_text() == PLANTED


def test_a_failed_rename_leaves_no_temporary_file(workdir, capsys, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("lint.fixes.os.replace", refuse)
    (workdir / "r.txt").write_text(PLANTED)
    assert main(["check", "r.txt", "--fix"]) == 2
    assert sorted(p.name for p in workdir.iterdir()) == [".reportlint.yaml", "r.txt"]
    assert (workdir / "r.txt").read_text() == PLANTED


def test_word_documents_and_stdin_are_not_fixed(workdir, capsys, monkeypatch):
    shutil.copy(SAMPLES / "bao-cao-xa-docx-2023.docx", workdir / "r.docx")
    original = (workdir / "r.docx").read_bytes()
    main(["check", "r.docx", "--fix"])
    assert (workdir / "r.docx").read_bytes() == original
    assert "r.docx: Word documents are not fixed" in capsys.readouterr().err


def _edit(start: int, end: int, replacement: str = "", safe: bool = True) -> Finding:
    fix = Edit(Span(start, end), replacement, safe)
    return Finding("r", Location(1, 1, 1, 1), Span(start, end), "X", "x", "info", "", "", (), fix)


def test_overlapping_fixes_first_wins_and_unsafe_ones_need_asking():
    findings = [_edit(4, 8, "b"), _edit(0, 5, "a"), _edit(9, 10, "", safe=False), _edit(5, 6)]
    assert [e.replacement for e in chosen_edits(findings, unsafe=False)] == ["a", ""]
    assert [e.span.start for e in chosen_edits(findings, unsafe=True)] == [0, 5, 9]
    assert apply_edits("0123456789", chosen_edits(findings, unsafe=True)) == "a678"


CLEAN_SENTENCES = [
    "Ủy ban nhân dân huyện chỉ đạo các phòng và các xã triển khai kế hoạch của tỉnh.",
    "Kết quả của các chương trình được đánh giá và báo cáo kịp thời.",
    "Công tác tuyên truyền và vận động nhân dân được đẩy mạnh.",
    "Huyện hỗ trợ các hộ nghèo cải thiện điều kiện sống.",
]
FUNCTION_WORDS = {"các", "và", "của", "được"}


@st.composite
def doubled_texts(draw: st.DrawFn) -> tuple[str, str]:
    sentences = draw(st.lists(st.sampled_from(CLEAN_SENTENCES), min_size=1, max_size=4))
    original = " ".join(sentences) + "\n"
    words = []
    for word in original.split(" "):
        words.append(word)
        if word in FUNCTION_WORDS and draw(st.booleans()):
            words.append(word)
    return original, " ".join(words)


@settings(max_examples=40, deadline=None)
@given(doubled_texts())
def test_doubled_function_words_are_fixed_back_to_the_original(texts):
    original, doubled = texts
    assert lint(original) == []
    fixed = fix_text(doubled, lint(doubled), lint, unsafe=False)
    assert fixed.text == original
    assert fixed.findings == []
    assert fix_text(fixed.text, fixed.findings, lint, unsafe=False).applied == 0
