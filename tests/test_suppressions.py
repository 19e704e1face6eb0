"""Inline suppression directives: disable / enable / disable-next-line in Markdown comments and
plain-text comment lines, and RL100 unused-suppression."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.cli import main
from lint.engine import parse_document
from lint.suppressions import parse_directives

DOUBLED = "Hỗ trợ các các xã."


def codes(lint_text, text: str, path: str, *selected: str) -> list[tuple[str, int]]:
    return [(f.code, f.location.line) for f in lint_text(text, *selected, path=path)]


@pytest.mark.parametrize(
    ("path", "directive"),
    [
        ("r.md", "<!-- reportlint: disable-next-line=S001 -->"),
        ("r.txt", "# reportlint: disable-next-line=S001"),
        ("r.txt", "// reportlint: disable-next-line=S"),
        ("r.txt", "  % reportlint: disable-next-line"),
        ("r.txt", "<!-- reportlint: disable-next-line=S001 -->"),
    ],
)
def test_disable_next_line_covers_only_the_next_line(lint_text, path, directive):
    text = f"{DOUBLED}\n{directive}\n{DOUBLED}\n{DOUBLED}\n"
    assert codes(lint_text, text, path, "S001") == [("S001", 1), ("S001", 4)]


def test_disable_until_enable_by_code(lint_text):
    text = (
        f"<!-- reportlint: disable=S001,N001 -->\n\n{DOUBLED}\n\n"
        f"<!-- reportlint: enable=S001 -->\n\n{DOUBLED}\n"
    )
    assert codes(lint_text, text, "r.md", "S001") == [("S001", 7)]


def test_bare_disable_covers_every_rule_to_the_end(lint_text):
    plan = "Thu ngân sách 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng)."
    text = f"{DOUBLED}\n\n{plan}\n# reportlint: disable\n{DOUBLED}\n\n{plan}\n"
    assert codes(lint_text, text, "r.txt", "S001", "N001") == [("S001", 1), ("N001", 3)]


def test_bare_enable_ends_every_disable(lint_text):
    text = f"% reportlint: disable=S001\n% reportlint: disable=N\n% reportlint: enable\n{DOUBLED}\n"
    assert codes(lint_text, text, "r.txt", "S001") == [("S001", 4)]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("r.md", f"# reportlint: disable=S001\n\n{DOUBLED}\n"),  # a heading in Markdown
        ("r.md", f"```\n<!-- reportlint: disable -->\n```\n\n{DOUBLED}\n"),  # fenced code
        ("r.md", f"Xem `<!-- reportlint: disable -->` để tắt.\n\n{DOUBLED}\n"),  # not alone
        ("r.txt", f"# reportlint: disabled=S001\n{DOUBLED}\n"),  # misspelt
        ("r.txt", f"# reportlint: disable=S-1\n{DOUBLED}\n"),  # not a code
    ],
)
def test_what_is_not_a_directive(lint_text, path, text):
    assert [c for c, _ in codes(lint_text, text, path, "S001")] == ["S001"]


def test_word_documents_have_no_directives():
    document = parse_document("r.txt", "# reportlint: disable\n")
    assert len(parse_directives(document)) == 1
    document.origins = []
    assert parse_directives(document) == []


def test_unused_suppression_names_the_unused_codes_and_fixes_only_whole_directives(lint_text):
    text = f"<!-- reportlint: disable-next-line=S001,N001 -->\n{DOUBLED}\n"
    (unused,) = lint_text(text, "S001", "N001", "RL100", path="r.md")
    assert unused.code == "RL100" and unused.location.line == 1
    assert "N001" in unused.message and "S001" not in unused.message
    assert unused.fix is None
    text = "Mở đầu.\n<!-- reportlint: disable-next-line=S001 -->\nHỗ trợ các xã.\n"
    (whole,) = lint_text(text, "S001", "RL100", path="r.md")
    assert whole.fix is not None and whole.fix.safe
    assert whole.fix.span.slice(text) == "<!-- reportlint: disable-next-line=S001 -->\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".reportlint.yaml").write_text("")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_rl100_only_with_report_unused_suppressions(workdir, capsys):
    (workdir / "r.txt").write_text("# reportlint: disable-next-line=S001\nHỗ trợ các xã.\n")
    assert main(["check", "r.txt", "-q"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", "r.txt", "-q", "--report-unused-suppressions"]) == 1
    assert capsys.readouterr().out.startswith("r.txt:1:1: RL100 ")
    assert main(["check", "r.txt", "--report-unused-suppressions", "--ignore", "RL100"]) == 0


def test_unused_directive_is_removed_by_fix(workdir, capsys):
    (workdir / "r.txt").write_text("# reportlint: disable-next-line=S001\nHỗ trợ các xã.\n")
    assert main(["check", "r.txt", "--report-unused-suppressions", "--fix"]) == 0
    assert (workdir / "r.txt").read_text() == "Hỗ trợ các xã.\n"
