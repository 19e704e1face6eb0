"""SARIF 2.1.0, for GitHub code scanning (``github/codeql-action/upload-sarif``) and other
SARIF viewers.

One run; ``tool.driver.rules`` describes every loaded rule (summary, description, the
documentation that ``reportlint explain`` prints, default level). Each result has the rule,
the level, the message with its computation, the finding's region, its evidence as
``relatedLocations``, a ``partialFingerprints`` entry that survives edits elsewhere, and the
fix when there is one. Lines and columns are 1-based and count Unicode code points
(``columnKind: unicodeCodePoints``); ``endColumn`` is the column after the last character.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from lint import __version__
from lint.findings import Finding, Location
from lint.formats import TOOL_NAME, TOOL_URI, fingerprints, posix_path
from lint.output import FileReport
from lint.rulepack import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_FIX_WORDS = {
    "vi": ("Sửa an toàn (--fix)", "Gợi ý sửa, cần xem lại (--unsafe-fixes)"),
    "en": ("Safe fix (--fix)", "Suggested fix, review it (--unsafe-fixes)"),
}


def _text(value: str) -> dict[str, str]:
    return {"text": value}


def _rule_descriptor(rule: Rule, lang: str) -> dict[str, Any]:
    from lint.cli import describe_rule

    summary = rule.text("summary", lang)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": _text(summary),
        "fullDescription": _text(rule.text("description", lang) or summary),
        "help": _text(describe_rule(rule, lang)),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.kind]},
    }


def artifact_uri(path: str) -> str:
    """A relative URI reference for a path (``reports/báo cáo.md`` → percent-encoded)."""
    return quote(posix_path(path).removeprefix("./"), safe="/")


def _region(location: Location) -> dict[str, int]:
    return {
        "startLine": location.line,
        "startColumn": location.column,
        "endLine": location.end_line,
        "endColumn": location.end_column,
    }


def _physical(path: str, location: Location) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(path)},
            "region": _region(location),
        }
    }


def _fix(finding: Finding, report: FileReport, lang: str) -> dict[str, Any]:
    assert finding.fix is not None
    document = report.document
    start = document.position(finding.fix.span.start)
    end = document.position(finding.fix.span.end)
    safe, unsafe = _FIX_WORDS.get(lang, _FIX_WORDS["en"])
    return {
        "description": _text(safe if finding.fix.safe else unsafe),
        "artifactChanges": [
            {
                "artifactLocation": {"uri": artifact_uri(finding.path)},
                "replacements": [
                    {
                        "deletedRegion": _region(Location(*start, *end)),
                        "insertedContent": _text(finding.fix.replacement),
                    }
                ],
            }
        ],
    }


def _result(
    finding: Finding, report: FileReport, index: int, fingerprint: str, lang: str
) -> dict[str, Any]:
    message = finding.message
    if finding.computation:
        message = f"{message} ({finding.computation})"
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": _text(message),
        "locations": [_physical(finding.path, finding.location)],
        "partialFingerprints": {"reportlintFingerprint/v1": fingerprint},
    }
    if finding.evidence:
        result["relatedLocations"] = [
            {
                "id": number,
                **_physical(finding.path, quote_.location),
                "message": _text(
                    f"“{quote_.text}” ({quote_.role})" if quote_.role else quote_.text
                ),
            }
            for number, quote_ in enumerate(finding.evidence)
        ]
    if finding.fix is not None:
        result["fixes"] = [_fix(finding, report, lang)]
    return result


def sarif_log(reports: list[FileReport], rules: dict[str, Rule], lang: str) -> dict[str, Any]:
    """The SARIF log as a dictionary."""
    used = {finding.code: finding for report in reports for finding in report.findings}
    descriptors = dict(rules)
    for code, finding in used.items():  # a rule outside ``rules`` still needs a descriptor
        if code not in descriptors:
            descriptors[code] = Rule(
                code, finding.name, "", finding.severity, {"vi": finding.name}, {}, {}, {}
            )
    codes = sorted(descriptors)
    indexes = {code: number for number, code in enumerate(codes)}
    results = [
        _result(finding, report, indexes[finding.code], fingerprint, lang)
        for report in reports
        for finding, fingerprint in fingerprints(report)
    ]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": __version__,
                        "informationUri": TOOL_URI,
                        "rules": [_rule_descriptor(descriptors[code], lang) for code in codes],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(reports: list[FileReport], rules: dict[str, Rule], lang: str) -> str:
    return json.dumps(sarif_log(reports, rules, lang), ensure_ascii=False, indent=2) + "\n"
