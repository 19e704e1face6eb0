"""Configuration: discovery by walking up, pyproject.toml against YAML, per-file ignores,
excludes, severities, and the command line overriding files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from lint.cli import main
from lint.config import ConfigError, ConfigFinder, glob_matches, read_config

PLANTED = "Thu ngân sách 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng).\nHỗ trợ các các xã.\n"
EXTRA_RULES = Path(__file__).parent / "fixtures" / "rules_extra"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def check_codes(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, list[str]]:
    """Run ``check --format json`` and return the codes found per path."""
    main(["check", "--format", "json", *argv])
    found: dict[str, list[str]] = {}
    for finding in json.loads(capsys.readouterr().out):
        found.setdefault(finding["path"], []).append(finding["code"])
    return found


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose pyproject.toml selects only N rules, with a planted report at the
    top and one in ``sub/deeper``."""
    write(tmp_path / "pyproject.toml", '[tool.reportlint]\nselect = ["N"]\n')
    write(tmp_path / "top.txt", PLANTED)
    write(tmp_path / "sub" / "deeper" / "low.txt", PLANTED)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_config_is_found_by_walking_up(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = check_codes(capsys, "top.txt", "sub/deeper/low.txt")
    assert found == {"top.txt": ["N001"], "sub/deeper/low.txt": ["N001"]}


def test_nearest_config_wins(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "sub" / ".reportlint.yaml", "select: [S]\n")
    found = check_codes(capsys, ".")
    assert found == {"top.txt": ["N001"], "sub/deeper/low.txt": ["S001"]}


def test_yaml_wins_over_pyproject_in_the_same_directory(project: Path) -> None:
    write(project / "reportlint.yaml", "select: [S]\n")
    config = ConfigFinder().for_file(project / "top.txt")
    assert config.source == str(project / "reportlint.yaml")
    assert config.selection.select == ("S",)


def test_pyproject_without_a_reportlint_table_is_passed_over(project: Path) -> None:
    write(project / "sub" / "pyproject.toml", '[project]\nname = "other"\n')
    config = ConfigFinder().for_file(project / "sub" / "deeper" / "low.txt")
    assert config.source == str(project / "pyproject.toml")


def test_per_file_ignores(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        project / "pyproject.toml",
        '[tool.reportlint]\nper-file-ignores = { "sub/**" = ["N00"], "top.txt" = ["S"] }\n',
    )
    found = check_codes(capsys, ".")
    assert found == {"top.txt": ["N001"], "sub/deeper/low.txt": ["S001"]}


def test_exclude_skips_walked_files_but_not_named_ones(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "pyproject.toml", '[tool.reportlint]\nexclude = ["sub/**"]\n')
    assert set(check_codes(capsys, ".")) == {"top.txt"}
    assert set(check_codes(capsys, "sub/deeper/low.txt")) == {"sub/deeper/low.txt"}


def test_include_chooses_what_a_walk_takes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "pyproject.toml", '[tool.reportlint]\ninclude = ["*.rst"]\n')
    write(project / "notes.rst", PLANTED)
    assert set(check_codes(capsys, ".")) == {"notes.rst"}


def test_command_line_overrides_config(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check_codes(capsys, "top.txt", "--select", "S") == {"top.txt": ["S001"]}
    assert check_codes(capsys, "top.txt", "--extend-select", "S") == {"top.txt": ["N001", "S001"]}
    assert check_codes(capsys, "top.txt", "--no-config") == {"top.txt": ["N001", "S001"]}


def test_explicit_config_replaces_discovery(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write(project / "elsewhere" / "strict.yaml", "select: [S]\nlang: en\n")
    main(["check", "sub/deeper/low.txt", "--config", str(other)])
    out = capsys.readouterr().out
    assert "S001 The word" in out
    assert "N001" not in out


def test_lang_from_config_and_from_the_command_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "pyproject.toml", '[tool.reportlint]\nlang = "en"\n')
    main(["check", "top.txt"])
    assert capsys.readouterr().out.endswith("Found 2 problems in 1 file.\n")
    main(["check", "top.txt", "--lang", "vi"])
    assert capsys.readouterr().out.endswith("Phát hiện 2 vấn đề trong 1 tệp.\n")


def test_severities_and_threshold(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        project / "pyproject.toml",
        '[tool.reportlint]\nseverity = "error"\nseverities = { S001 = "error", N = "info" }\n',
    )
    main(["check", "top.txt", "--format", "json"])
    [finding] = json.loads(capsys.readouterr().out)
    assert (finding["code"], finding["severity"]) == ("S001", "error")
    assert check_codes(capsys, "top.txt", "--severity", "info") == {"top.txt": ["N001", "S001"]}


def test_rule_directories_are_relative_to_the_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "team" / "rules" / "extra.yaml", (EXTRA_RULES / "extra.yaml").read_text())
    write(tmp_path / "team" / ".reportlint.yaml", "rules: [rules]\nselect: [X]\n")
    write(tmp_path / "team" / "a.txt", PLANTED)
    monkeypatch.chdir(tmp_path)
    assert check_codes(capsys, "team") == {"team/a.txt": ["X901"]}


def test_report_date_from_toml_and_yaml(tmp_path: Path) -> None:
    toml = write(tmp_path / "pyproject.toml", "[tool.reportlint]\nreport-date = 2022-06-30\n")
    yaml = write(tmp_path / ".reportlint.yaml", "report-date: '2022-06-30'\n")
    assert read_config(toml).report_date == dt.date(2022, 6, 30)
    assert read_config(yaml).report_date == dt.date(2022, 6, 30)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("selct: [S]\n", "unknown key 'selct'"),
        ("severity: fatal\n", "severity must be one of info, warning, error"),
        ("lang: fr\n", "lang must be one of vi, en"),
        ("select: [S-1]\n", "'S-1' is not a rule code or prefix"),
        ("report-date: 30/6/2022\n", "expected a date written YYYY-MM-DD"),
        ("- select\n", "must be a mapping"),
        ("select: [\n", "cannot read YAML"),
    ],
)
def test_bad_configuration_is_reported_with_its_file(
    tmp_path: Path, content: str, message: str
) -> None:
    path = write(tmp_path / ".reportlint.yaml", content)
    with pytest.raises(ConfigError, match=str(path)) as raised:
        read_config(path)
    assert message in str(raised.value)


def test_bad_configuration_exits_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "pyproject.toml", '[tool.reportlint]\nselect = ["Q"]\n')
    assert main(["check", "top.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"reportlint: error: {project / 'pyproject.toml'}: select: 'Q' matches")


@pytest.mark.parametrize(
    ("pattern", "path", "parents", "expected"),
    [
        ("*.md", "docs/a/readme.md", False, True),
        ("*.md", "docs/a/readme.txt", False, False),
        ("docs/*.md", "docs/readme.md", False, True),
        ("docs/*.md", "docs/a/readme.md", False, False),
        ("docs/**/*.md", "docs/a/b/readme.md", False, True),
        ("docs/**/*.md", "docs/readme.md", False, True),
        ("**/annex.txt", "a/b/annex.txt", False, True),
        ("tests/**", "tests", True, True),
        ("tests", "tests/fixtures/a.md", True, True),
        ("tests", "tests/fixtures/a.md", False, False),
        ("drafts/old", "drafts/old/q1/a.txt", True, True),
        ("/drafts/?.txt", "drafts/a.txt", False, True),
        ("draft[1].txt", "draft[1].txt", False, True),
    ],
)
def test_glob_matches(pattern: str, path: str, parents: bool, expected: bool) -> None:
    assert glob_matches(pattern, path, parents=parents) is expected
