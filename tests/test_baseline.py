"""check --baseline FILE / --update-baseline: findings recorded once are not reported again,
matched by path, code and quoted text rather than by line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint.cli import main

PLANTED = "Thu ngân sách 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng).\nHỗ trợ các các xã.\n"
DOUBLED = "Hỗ trợ các các xã.\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".reportlint.yaml").write_text("")
    (tmp_path / "reports").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(capsys, *argv: str) -> tuple[int, str]:
    code = main(["check", "reports", "-q", *argv])
    return code, capsys.readouterr().out


def test_missing_baseline_is_written_and_the_run_passes(workdir, capsys):
    (workdir / "reports" / "a.txt").write_text(PLANTED)
    assert check(capsys, "--baseline", "baseline.json") == (0, "")
    recorded = json.loads((workdir / "baseline.json").read_text())
    assert recorded["findings"] == [
        {"path": "reports/a.txt", "code": "N001", "text": "85%", "count": 1},
        {"path": "reports/a.txt", "code": "S001", "text": "các", "count": 1},
    ]
    assert check(capsys, "--baseline", "baseline.json") == (0, "")


def test_edits_elsewhere_do_not_bring_baselined_findings_back(workdir, capsys):
    (workdir / "reports" / "a.txt").write_text(PLANTED)
    check(capsys, "--baseline", "baseline.json")
    (workdir / "reports" / "a.txt").write_text("Mở đầu báo cáo.\n\n" + PLANTED)
    assert check(capsys, "--baseline", "baseline.json") == (0, "")


def test_a_record_absorbs_at_most_its_count(workdir, capsys):
    (workdir / "reports" / "a.txt").write_text(DOUBLED)
    check(capsys, "--baseline", "baseline.json")
    (workdir / "reports" / "a.txt").write_text(DOUBLED + "\n" + DOUBLED)
    code, out = check(capsys, "--baseline", "baseline.json", "--select", "S001")
    assert code == 1
    assert out.splitlines()[0].startswith("reports/a.txt:3:12: S001 ")


def test_update_baseline_rewrites_it(workdir, capsys):
    (workdir / "reports" / "a.txt").write_text(DOUBLED)
    check(capsys, "--baseline", "baseline.json")
    (workdir / "reports" / "a.txt").write_text(PLANTED)
    assert check(capsys, "--baseline", "baseline.json")[0] == 1  # the N001 is new
    assert check(capsys, "--baseline", "baseline.json", "--update-baseline") == (0, "")
    assert check(capsys, "--baseline", "baseline.json") == (0, "")


def test_paths_are_relative_to_the_baseline_file(workdir, capsys, monkeypatch):
    (workdir / "reports" / "a.txt").write_text(DOUBLED)
    check(capsys, "--baseline", "baseline.json")
    monkeypatch.chdir(workdir / "reports")
    assert main(["check", "a.txt", "-q", "--baseline", "../baseline.json"]) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot read the baseline"),
        ('{"findings": [{"path": "a"}]}', "needs the strings path, code and text"),
        ('{"findings": [{"path": "a", "code": "S001", "text": "x", "count": 0}]}', "count"),
        ("[]", "not a reportlint baseline"),
    ],
)
def test_a_broken_baseline_is_an_error(workdir, capsys, content, message):
    (workdir / "reports" / "a.txt").write_text(DOUBLED)
    (workdir / "baseline.json").write_text(content)
    assert main(["check", "reports", "--baseline", "baseline.json"]) == 2
    assert message in capsys.readouterr().err


def test_update_baseline_needs_a_baseline(workdir, capsys):
    assert main(["check", "reports", "--update-baseline"]) == 2
    assert "--update-baseline needs --baseline FILE" in capsys.readouterr().err
