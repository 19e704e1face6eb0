"""The command line, run in-process: exit codes, inputs that cannot be read, standard input,
rule selection, severity, languages, JSON output, and the ``rules`` / ``explain`` commands."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from schema_validator import validate

from lint import __version__
from lint.cli import main
from lint.document import Document
from lint.engine import Options
from lint.rulepack import Rule

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA = json.loads((Path(__file__).parents[1] / "docs" / "json-schema.json").read_text())
# N001 (error) on line 1 at "85%", S001 (warning) on line 2 at the second "các".
PLANTED = "Thu ngân sách 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng).\nHỗ trợ các các xã.\n"
CLEAN = "Hỗ trợ các xã hoàn thành tiêu chí nông thôn mới.\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project directory, made the working directory; its empty config file stops
    the search for configuration from wandering above it."""
    (tmp_path / ".reportlint.yaml").write_text("")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def codes_in(output: str) -> list[str]:
    return [line.split()[1] for line in output.splitlines() if line and not line[0].isspace()
            and line.count(":") >= 3]  # fmt: skip


def test_clean_file_exits_0(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "clean.txt").write_text(CLEAN)
    code, out, err = run(capsys, "check", "clean.txt")
    assert (code, err) == (0, "")
    assert out == "Không phát hiện vấn đề nào trong 1 tệp.\n"


def test_findings_exit_1_with_position_code_evidence_and_fix(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "report.txt").write_text(PLANTED)
    code, out, _ = run(capsys, "check", "report.txt")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("report.txt:1:33: N001 ")
    assert "    1:33  “85%” (stated)" in lines
    assert any(line.startswith("report.txt:2:12: S001 ") for line in lines)
    assert "    sửa: xóa “ các”" in lines
    assert lines[-1] == "Phát hiện 2 vấn đề trong 1 tệp."
    assert "\x1b[" not in out  # not a terminal: no colour


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("scan.txt", b"%PDF\x00\x01\x02binary", "binary file"),
        ("latin1.txt", "Báo cáo tình hình".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_unreadable_file_gives_one_line_error_and_others_are_still_checked(
    workdir: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, reason: str
) -> None:
    (workdir / name).write_bytes(content)
    (workdir / "report.txt").write_text(PLANTED)
    code, out, err = run(capsys, "check", name, "report.txt")
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith(f"reportlint: error: {name}: ") and reason in err
    assert codes_in(out) == ["N001", "S001"]


def test_a_crash_on_one_file_is_reported_and_the_others_are_still_checked(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import lint.engine

    real_lint = lint.engine.lint_document

    def crash_on_bad_file(document: Document, rules: list[Rule], options: Options) -> list:
        if document.path == "bad.txt":
            raise ValueError("empty interval")
        return real_lint(document, rules, options)

    monkeypatch.setattr(lint.engine, "lint_document", crash_on_bad_file)
    (workdir / "bad.txt").write_text(CLEAN)
    (workdir / "report.txt").write_text(PLANTED)
    code, out, err = run(capsys, "check", "bad.txt", "report.txt")
    assert code == 2
    assert err == (
        "reportlint: error: bad.txt: internal error, please report it: "
        "ValueError('empty interval')\n"
    )
    assert codes_in(out) == ["N001", "S001"]


def test_missing_path_is_an_error(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "nowhere.txt")
    assert code == 2
    assert err == "reportlint: error: nowhere.txt: no such file or directory\n"


def test_stdin_is_named_by_stdin_filename(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PLANTED.encode())))
    code, out, _ = run(capsys, "check", "-", "--stdin-filename", "draft/report.md")
    assert code == 1
    assert out.startswith("draft/report.md:1:33: N001 ")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], ["N001", "S001"]),
        (["--select", "S"], ["S001"]),
        (["--select", "n001,s"], ["N001", "S001"]),
        (["--ignore", "N00"], ["S001"]),
        (["--select", "N", "--extend-select", "S001"], ["N001", "S001"]),
        (["--ignore", "N", "--ignore", "S"], []),
        (["--severity", "error"], ["N001"]),
        (["--severity", "warning"], ["N001", "S001"]),
    ],
)
def test_selection_and_severity_threshold(
    workdir: Path, capsys: pytest.CaptureFixture[str], options: list[str], expected: list[str]
) -> None:
    (workdir / "report.txt").write_text(PLANTED)
    code, out, _ = run(capsys, "check", "report.txt", *options)
    assert codes_in(out) == expected
    assert code == (1 if expected else 0)


def test_lang_en_translates_messages_and_summary(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "report.txt").write_text(PLANTED)
    _, out, _ = run(capsys, "check", "report.txt", "--lang", "en")
    assert 'S001 The word "các" is repeated' in out
    assert "    fix: delete “ các”" in out
    assert out.endswith("\nFound 2 problems in 1 file.\n")


@pytest.mark.parametrize(("no_color", "coloured"), [(None, True), ("1", False)])
def test_colour_only_on_a_terminal_without_no_color(
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_color: str | None,
    coloured: bool,
) -> None:
    (workdir / "report.txt").write_text(PLANTED)
    if no_color is not None:
        monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    _, out, _ = run(capsys, "check", "report.txt", "--select", "S")
    assert ("\x1b[1;33mS001\x1b[0m" in out) is coloured
    assert ("report.txt:2:12: S001 " in out) is not coloured


def test_quiet_drops_the_summary(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "clean.txt").write_text(CLEAN)
    assert run(capsys, "check", "clean.txt", "--quiet") == (0, "", "")


def test_json_output_parses_and_validates_against_the_schema(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "report.txt").write_text(PLANTED)
    code, out, _ = run(capsys, "check", "report.txt", "--format", "json")
    findings = json.loads(out)
    assert code == 1
    assert validate(findings, SCHEMA) == []
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [
        ("N001", 1, 33),
        ("S001", 2, 12),
    ]
    assert findings[1]["fix"] == {
        "line": 2, "column": 11, "end_line": 2, "end_column": 15, "replacement": "", "safe": True
    }  # fmt: skip


def test_schema_validator_rejects_a_malformed_finding() -> None:
    bad = [{"path": "a.txt", "line": 0, "code": "N001", "severity": "fatal", "extra": 1}]
    problems = validate(bad, SCHEMA)
    assert "$[0]: missing 'message'" in problems
    assert "$[0]: unexpected 'extra'" in problems
    assert "$[0].line: 0 is below 1" in problems
    assert any(p.startswith("$[0].severity: 'fatal' is not one of") for p in problems)


def test_directory_walk_takes_txt_and_md_and_explicit_files_of_any_name(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = workdir / "reports"
    (reports / "q1").mkdir(parents=True)
    (reports / "q1" / "a.md").write_text(PLANTED)
    (reports / "b.txt").write_text(PLANTED)
    (reports / "notes.csv").write_text(PLANTED)
    (reports / ".git").mkdir()
    (reports / ".git" / "c.txt").write_text(PLANTED)
    (workdir / "draft.rst").write_text(PLANTED)
    _, out, _ = run(capsys, "check", "reports", "draft.rst", "--select", "S")
    paths = [line.split(":")[0] for line in out.splitlines() if " S001 " in line]
    assert paths == ["reports/b.txt", "reports/q1/a.md", "draft.rst"]


def test_usage_errors_exit_2(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "report.txt").write_text(PLANTED)
    assert main(["check", "report.txt", "--format", "xml"]) == 2
    assert main(["check", "report.txt", "--report-date", "30/6/2022"]) == 2
    assert main(["check", "report.txt", "--select", "N-1"]) == 2
    assert main(["check", "report.txt", "--config", "a.toml", "--no-config"]) == 2
    assert main([]) == 2
    assert "expected YYYY-MM-DD" in capsys.readouterr().err


def test_selector_that_matches_no_rule_is_an_error(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "report.txt").write_text(PLANTED)
    code, out, err = run(capsys, "check", "report.txt", "--ignore", "Q9")
    assert (code, out) == (2, "")
    assert err.startswith("reportlint: error: command line: --ignore: 'Q9' matches no rule")


def test_extra_rule_pack(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "report.txt").write_text(PLANTED)
    extra = str(FIXTURES / "rules_extra")
    code, out, _ = run(capsys, "check", "report.txt", "--rules", extra, "--select", "X")
    assert code == 1
    assert codes_in(out) == ["X901"]
    assert 'X901 Lặp "các"' in out


def test_broken_rule_pack_exits_2_naming_the_file(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "report.txt").write_text(PLANTED)
    code, out, err = run(capsys, "check", "report.txt", "--rules", str(FIXTURES / "rules_broken"))
    assert (code, out) == (2, "")
    assert "broken.yaml: rule X902: missing 'kind'" in err


def test_rules_lists_code_name_severity_and_summary(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "rules", "--lang", "en")
    assert code == 0
    s001 = next(line for line in out.splitlines() if line.startswith("S001"))
    assert s001.split()[1:3] == ["duplicated-word", "warning"]
    assert s001.endswith('A word accidentally written twice in a row ("các các xã").')


def test_rules_as_json_includes_extra_packs(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "rules", "--format", "json", "--rules", str(FIXTURES / "rules_extra")
    )
    rows = {row["code"]: row for row in json.loads(out)}
    assert code == 0
    assert rows["X901"] == {
        "code": "X901",
        "name": "doubled-word-info",
        "severity": "info",
        "summary": "Từ lặp (thông tin).",
    }
    assert {"N001", "S001"} <= set(rows)


def test_explain_prints_the_documentation_with_examples(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "explain", "s001", "--lang", "en")
    assert code == 0
    assert out.startswith("S001 duplicated-word (warning)\n")
    assert "Message: The word" in out
    assert "Fires on:\n  - Hỗ trợ các các xã" in out
    assert "Stays silent on:\n  - Người người thi đua" in out


def test_explain_accepts_a_rule_name_and_rejects_unknown_rules(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "explain", "duplicated-word")
    assert code == 0
    assert out.startswith("S001 duplicated-word (warning)\n")
    assert "Báo lỗi với:" in out
    code, out, err = run(capsys, "explain", "Z999")
    assert (code, out) == (2, "")
    assert "unknown rule 'Z999'" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"reportlint {__version__}\n", "")
