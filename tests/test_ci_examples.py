"""The CI examples in examples/ are valid YAML with the structure their systems expect."""

from __future__ import annotations

from pathlib import Path

import yaml

EXAMPLES = Path(__file__).parents[1] / "examples"


def load(name: str) -> dict:
    return yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))


def test_github_actions_lints_reports_and_uploads_sarif():
    workflow = load("github-actions.yml")
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["reportlint"]["steps"]
    commands = [step["run"] for step in steps if "run" in step]
    lint = next(command for command in commands if command.startswith("reportlint check"))
    assert "reports/" in lint and "--format sarif > reportlint.sarif" in lint
    upload = next(step for step in steps if step.get("uses", "").startswith("github/codeql"))
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert upload["with"]["sarif_file"] == "reportlint.sarif"
    assert upload["if"] == "always()"


def test_gitlab_ci_publishes_a_code_quality_report():
    job = load("gitlab-ci.yml")["reportlint"]
    lint = next(line for line in job["script"] if line.startswith("reportlint check"))
    assert "--format gitlab > gl-code-quality-report.json" in lint
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert job["artifacts"]["when"] == "always"
