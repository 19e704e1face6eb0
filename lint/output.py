"""Output formats for findings: text for people, JSON for tools.

Text::

    report.txt:3:1: T002 "Thứ Sáu" does not match 12/7/2020, which is a Sunday
        3:1  “Thứ Sáu” (weekday)
        3:10  “12/7/2020” (date)
        computation: 12/7/2020 → Sunday
        fix: replace “Thứ Sáu” with “Chủ nhật”

    Found 1 problem in 1 file.

In a Word document a position names the paragraph or the table cell instead of the line:
``report.docx:¶12:5:`` (paragraph 12, column 5), ``report.docx:table 2, row 4, col 5:``.

JSON: a list of findings; ``docs/json-schema.json`` describes one (for a Word document, with
the paragraph or table cell beside ``line``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lint.document import Document
from lint.findings import Finding, Location
from lint.records import Record

_COLOURS = {"error": "31", "warning": "33", "info": "36"}  # red, yellow, cyan
_LABELS = {
    "vi": {"computation": "phép tính", "delete": "sửa: xóa “{old}”",
           "replace": "sửa: thay “{old}” bằng “{new}”", "unsafe": " (gợi ý, cần xem lại)"},
    "en": {"computation": "computation", "delete": "fix: delete “{old}”",
           "replace": "fix: replace “{old}” with “{new}”", "unsafe": " (suggestion, review it)"},
}  # fmt: skip


@dataclass(frozen=True, repr=False)
class FileReport(Record):
    """One checked file: its document (for positions) and its findings."""

    document: Document
    findings: list[Finding]


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def _position(location: Location) -> str:
    return f"{location.line}:{location.column}"


def location_label(location: Location, document: Document) -> str:
    """``line:column``; in a Word document the paragraph or table cell ("¶12:5")."""
    origin = document.origin_at(location.line)
    return origin.label(location.line, location.column) if origin else _position(location)


def word_location_fields(location: Location, document: Document) -> dict[str, object]:
    """The paragraph or table cell of a position in a Word document, for JSON; {} otherwise."""
    origin = document.origin_at(location.line)
    return origin.fields(location.line) if origin else {}


def format_finding(finding: Finding, document: Document, lang: str, colour: bool) -> list[str]:
    """The lines of one finding: the header, its evidence, computation and fix."""
    labels = _LABELS.get(lang, _LABELS["en"])
    where = f"{finding.path}:{location_label(finding.location, document)}:"
    code = _paint(finding.code, "1;" + _COLOURS[finding.severity], colour)
    lines = [f"{_paint(where, '1', colour)} {code} {finding.message}"]
    for quote in finding.evidence:
        role = f" ({quote.role})" if quote.role else ""
        at = location_label(quote.location, document)
        lines.append(_paint(f"    {at}  “{quote.text}”{role}", "2", colour))
    if finding.computation:
        lines.append(f"    {labels['computation']}: {finding.computation}")
    if finding.fix is not None:
        old, new = finding.fix.span.slice(document.source), finding.fix.replacement
        line = "    " + labels["replace" if new else "delete"].format(old=old, new=new)
        lines.append(line if finding.fix.safe else line + labels["unsafe"])
    return lines


def summary(problems: int, files_with_problems: int, files_checked: int, lang: str) -> str:
    if lang == "vi":
        if problems == 0:
            return f"Không phát hiện vấn đề nào trong {files_checked} tệp."
        return f"Phát hiện {problems} vấn đề trong {files_with_problems} tệp."
    if problems == 0:
        return f"No problems found in {files_checked} {_plural(files_checked, 'file')}."
    return (
        f"Found {problems} {_plural(problems, 'problem')} in "
        f"{files_with_problems} {_plural(files_with_problems, 'file')}."
    )


def _plural(count: int, word: str) -> str:
    return word if count == 1 else f"{word}s"


def render_text(reports: list[FileReport], lang: str, colour: bool, quiet: bool) -> str:
    lines: list[str] = []
    for report in reports:
        for finding in report.findings:
            lines.extend(format_finding(finding, report.document, lang, colour))
    if not quiet:
        problems = sum(len(report.findings) for report in reports)
        with_problems = sum(1 for report in reports if report.findings)
        if lines:
            lines.append("")
        lines.append(summary(problems, with_problems, len(reports), lang))
    return "\n".join(lines) + "\n" if lines else ""


def _location_fields(location: Location) -> dict[str, int]:
    return {
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
    }


def finding_record(finding: Finding, document: Document) -> dict[str, Any]:
    """One finding as the JSON object that ``docs/json-schema.json`` describes."""
    fix = None
    if finding.fix is not None:
        start = document.position(finding.fix.span.start)
        end = document.position(finding.fix.span.end)
        fix = {
            **_location_fields(Location(*start, *end)),
            "replacement": finding.fix.replacement,
            "safe": finding.fix.safe,
        }
    return {
        "path": finding.path,
        **_location_fields(finding.location),
        **word_location_fields(finding.location, document),
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity,
        "message": finding.message,
        "computation": finding.computation,
        "evidence": [
            {
                "text": quote.text,
                "role": quote.role,
                **_location_fields(quote.location),
                **word_location_fields(quote.location, document),
            }
            for quote in finding.evidence
        ],
        "fix": fix,
    }


def render_json(reports: list[FileReport]) -> str:
    import json  # only for --format json: keeps the cold start short

    records = [
        finding_record(finding, report.document)
        for report in reports
        for finding in report.findings
    ]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
