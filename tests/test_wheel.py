"""The built wheel works on its own: installed into a fresh virtualenv (offline, the runtime
dependencies borrowed from this interpreter through a .pth file), its ``reportlint`` finds
the built-in rules and reports what the source tree reports, from another directory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from lint.engine import Options, lint_document, parse_document
from lint.rulepack import load_rules

ROOT = Path(__file__).resolve().parents[1]
PLANTED = Path(__file__).parent / "fixtures" / "planted.txt"
BIN = "Scripts" if os.name == "nt" else "bin"


def _run(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd, env=environment, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin directory of a fresh virtualenv with only the wheel installed in it."""
    base = tmp_path_factory.mktemp("wheel")
    _ok(_run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
             "--no-index", "-w", base / "dist", ROOT))  # fmt: skip
    [wheel] = (base / "dist").glob("reportlint-*.whl")
    _ok(_run(sys.executable, "-m", "venv", base / "venv"))
    python = base / "venv" / BIN / "python"
    _ok(_run(python, "-m", "pip", "install", "--no-deps", "--no-index", wheel))
    purelib = _ok(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"))
    (Path(purelib.strip()) / "borrowed_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    return base / "venv" / BIN


@pytest.mark.slow
def test_wheel_lists_the_built_in_rules(installed: Path, tmp_path: Path) -> None:
    out = _ok(_run(installed / "reportlint", "rules", "--format", "json", cwd=tmp_path))
    assert [row["code"] for row in json.loads(out)] == list(load_rules())


@pytest.mark.slow
def test_wheel_uses_its_own_copy_of_the_package(installed: Path, tmp_path: Path) -> None:
    code = "import lint.ruledata as r; print(r.builtin_rules_dir())"
    rules_dir = Path(_ok(_run(installed / "python", "-c", code, cwd=tmp_path)).strip())
    assert rules_dir.parts[-2:] == ("lint", "_rules")
    assert installed.parent in rules_dir.parents


@pytest.mark.slow
def test_wheel_finds_what_the_source_tree_finds(installed: Path, tmp_path: Path) -> None:
    report = tmp_path / "drafts" / "report.txt"
    report.parent.mkdir()
    shutil.copy(PLANTED, report)
    result = _run(installed / "reportlint", "check", "--format", "json", "drafts", cwd=tmp_path)
    found = [(f["code"], f["line"], f["column"]) for f in json.loads(result.stdout)]
    text = PLANTED.read_text(encoding="utf-8")
    expected = lint_document(parse_document("report.txt", text), load_rules().values(), Options())
    assert result.returncode == 1, result.stderr
    assert ("S001", 4, 12) in found
    assert found == [(f.code, f.location.line, f.location.column) for f in expected]
