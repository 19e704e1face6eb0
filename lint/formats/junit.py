"""JUnit XML, for GitLab (``artifacts:reports:junit``), Jenkins and other CI test views.

One ``testsuite`` per checked file; each finding is a failing ``testcase`` named by its
code and position, and a file without findings has one passing test case. Characters that
XML 1.0 cannot hold (control characters) are replaced by U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from lint.findings import Finding
from lint.formats import TOOL_NAME, posix_path
from lint.output import FileReport, format_finding, location_label
from lint.rulepack import Rule

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _testcase(suite: ET.Element, finding: Finding, report: FileReport, lang: str) -> None:
    path = posix_path(finding.path)
    where = location_label(finding.location, report.document)
    case = ET.SubElement(
        suite,
        "testcase",
        name=xml_text(f"{finding.code} {finding.name} at {where}"),
        classname=xml_text(path),
        file=xml_text(path),
        line=str(finding.location.line),
    )
    failure = ET.SubElement(case, "failure", message=xml_text(finding.message), type=finding.code)
    details = format_finding(finding, report.document, lang, colour=False)
    failure.text = xml_text("\n".join(details))


def render(reports: list[FileReport], rules: dict[str, Rule], lang: str) -> str:
    failures = sum(len(report.findings) for report in reports)
    tests = sum(max(1, len(report.findings)) for report in reports)
    root = ET.Element(
        "testsuites", name=TOOL_NAME, tests=str(tests), failures=str(failures), errors="0"
    )
    for report in reports:
        suite = ET.SubElement(
            root,
            "testsuite",
            name=xml_text(posix_path(report.document.path)),
            tests=str(max(1, len(report.findings))),
            failures=str(len(report.findings)),
            errors="0",
            skipped="0",
        )
        for finding in report.findings:
            _testcase(suite, finding, report, lang)
        if not report.findings:
            name = xml_text(posix_path(report.document.path))
            ET.SubElement(suite, "testcase", name=TOOL_NAME, classname=name)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
