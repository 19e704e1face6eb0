"""GitLab Code Quality: the JSON list that ``artifacts:reports:codequality`` expects.

Each issue has a description (code, message and computation), ``check_name`` (the rule
code), a fingerprint (a hash of path, code and quoted text, stable under edits elsewhere),
a severity (info → ``info``, warning → ``minor``, error → ``major``) and its location
(``path`` and ``lines.begin``/``end``).
"""

from __future__ import annotations

import json
from typing import Any

from lint.findings import Finding
from lint.formats import fingerprints, posix_path
from lint.output import FileReport
from lint.rulepack import Rule

SEVERITIES = {"info": "info", "warning": "minor", "error": "major"}


def issue(finding: Finding, fingerprint: str) -> dict[str, Any]:
    description = f"{finding.code} {finding.message}"
    if finding.computation:
        description += f" ({finding.computation})"
    return {
        "type": "issue",
        "description": description,
        "check_name": finding.code,
        "categories": ["Style" if finding.code.startswith("S") else "Bug Risk"],
        "fingerprint": fingerprint,
        "severity": SEVERITIES[finding.severity],
        "location": {
            "path": posix_path(finding.path).removeprefix("./"),
            "lines": {"begin": finding.location.line, "end": finding.location.end_line},
        },
    }


def render(reports: list[FileReport], rules: dict[str, Rule], lang: str) -> str:
    issues = [
        issue(finding, fingerprint)
        for report in reports
        for finding, fingerprint in fingerprints(report)
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
