"""GitHub Actions workflow commands: one annotation per finding on the pull request::

    ::error file=report.md,line=3,col=5,endLine=3,endColumn=9,title=N001::message

Levels: error → ``error``, warning → ``warning``, info → ``notice``. In the message ``%``,
CR and LF are escaped (``%25``, ``%0D``, ``%0A``); in the properties ``:`` and ``,`` too.
GitHub columns are 1-based; reportlint counts them in Unicode code points.
"""

from __future__ import annotations

from lint.findings import Finding
from lint.formats import all_findings, posix_path
from lint.output import FileReport
from lint.rulepack import Rule

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(finding: Finding) -> str:
    location = finding.location
    properties = {
        "file": posix_path(finding.path),
        "line": location.line,
        "col": location.column,
        "endLine": location.end_line,
        "endColumn": location.end_column,
        "title": finding.code,
    }
    fields = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    message = (
        f"{finding.message}\n{finding.computation}" if finding.computation else finding.message
    )
    return f"::{COMMANDS[finding.severity]} {fields}::{escape_data(message)}"


def render(reports: list[FileReport], rules: dict[str, Rule], lang: str) -> str:
    return "".join(workflow_command(finding) + "\n" for _, finding in all_findings(reports))
