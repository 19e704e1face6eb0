"""Reviewdog Diagnostic Format (rdjson), for ``reviewdog -f=rdjson``.

One ``DiagnosticResult`` with a diagnostic per finding: message, location (lines 1-based;
columns 1-based and counted in UTF-8 bytes, as the format defines), severity, code, and the
fix as a suggestion.
"""

from __future__ import annotations

import json
from typing import Any

from lint.document import Document
from lint.findings import Finding
from lint.formats import TOOL_NAME, TOOL_URI, all_findings, posix_path
from lint.output import FileReport
from lint.rulepack import Rule

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _position(document: Document, offset: int) -> dict[str, int]:
    """Line and UTF-8 byte column of ``offset``."""
    line, column = document.position(offset)
    line_start = offset - (column - 1)
    prefix = document.text[line_start:offset]
    return {"line": line, "column": len(prefix.encode("utf-8")) + 1}


def _range(document: Document, start: int, end: int) -> dict[str, Any]:
    return {"start": _position(document, start), "end": _position(document, end)}


def diagnostic(finding: Finding, document: Document) -> dict[str, Any]:
    path = posix_path(finding.path)
    message = finding.message
    if finding.computation:
        message += f" ({finding.computation})"
    result: dict[str, Any] = {
        "message": message,
        "location": {"path": path, "range": _range(document, finding.span.start, finding.span.end)},
        "severity": SEVERITIES[finding.severity],
        "code": {"value": finding.code},
    }
    if finding.fix is not None:
        fix = finding.fix
        result["suggestions"] = [
            {"range": _range(document, fix.span.start, fix.span.end), "text": fix.replacement}
        ]
    return result


def render(reports: list[FileReport], rules: dict[str, Rule], lang: str) -> str:
    result = {
        "source": {"name": TOOL_NAME, "url": TOOL_URI},
        "diagnostics": [
            diagnostic(finding, report.document) for report, finding in all_findings(reports)
        ],
    }
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
