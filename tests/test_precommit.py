"""The pre-commit hook, for real: ``pre-commit try-repo`` installs this repository (its
working tree, committed into a temporary clone) into an isolated virtualenv and runs the
``reportlint`` hook on files of another repository. Needs network access to PyPI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pre_commit")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).parents[1]
SKIPPED = shutil.ignore_patterns(
    ".git", ".venv", "venv", "__pycache__", "*.pyc", ".pytest_cache", ".ruff_cache",
    ".hypothesis", "build", "dist", "*.egg-info",
)  # fmt: skip
PLANTED = "Thu ngân sách 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng).\n"
CLEAN = "Hỗ trợ các xã hoàn thành tiêu chí nông thôn mới.\n"


def _repository(directory: Path, environment: dict[str, str]) -> Path:
    """``directory`` made a git repository with everything in it committed."""
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "snapshot", "--no-verify"]):
        subprocess.run(
            ["git", *args], cwd=directory, env=environment, check=True, capture_output=True
        )
    return directory


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
    }  # fmt: skip


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory: pytest.TempPathFactory, environment) -> Path:
    """This repository's working tree, committed into a temporary repository."""
    copy = tmp_path_factory.mktemp("hook") / "reportlint"
    shutil.copytree(ROOT, copy, ignore=SKIPPED)
    return _repository(copy, environment)


def _try_repo(hook: Path, project: Path, name: str, environment) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(hook), "reportlint",
               "--files", name]  # fmt: skip
    return subprocess.run(
        command, cwd=project, env=environment, capture_output=True, text=True, timeout=600
    )


@pytest.mark.parametrize(("content", "passes"), [(PLANTED, False), (CLEAN, True)])
def test_hook_fails_on_a_planted_inconsistency_and_passes_a_clean_file(
    tmp_path: Path, hook_repository: Path, environment, content: str, passes: bool
) -> None:
    (tmp_path / "report.txt").write_text(content, encoding="utf-8")
    _repository(tmp_path, environment)
    finished = _try_repo(hook_repository, tmp_path, "report.txt", environment)
    output = finished.stdout + finished.stderr
    if "Could not find a version" in output or "Network is unreachable" in output:
        pytest.skip("PyPI is not reachable")
    assert (finished.returncode == 0) is passes, output
    if not passes:
        assert "report.txt:1:33: N001" in output
