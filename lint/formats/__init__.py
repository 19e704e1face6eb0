"""Output formats for CI systems and reviewers, beside ``text`` and ``json`` (lint/output.py).

Each module renders the reports of one run as one string: ``sarif`` (SARIF 2.1.0 for GitHub
code scanning), ``github`` (workflow commands that annotate a pull request), ``junit`` (JUnit
XML for GitLab and Jenkins), ``gitlab`` (GitLab Code Quality), ``rdjson`` (reviewdog) and
``html`` (one self-contained page for people). Modules are imported only when chosen.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import PurePath

from lint.findings import Finding
from lint.output import FileReport
from lint.rulepack import Rule

Renderer = Callable[[list[FileReport], dict[str, Rule], str], str]
FORMATS = ("sarif", "github", "junit", "gitlab", "rdjson", "html")
TOOL_NAME = "reportlint"
TOOL_URI = "https://github.com/reportlint/reportlint"


def renderer(name: str) -> Renderer:
    """The ``render(reports, rules, lang)`` function of the format ``name``."""
    return importlib.import_module(f"{__name__}.{name}").render


def quoted(finding: Finding, report: FileReport) -> str:
    """The text of the finding's own span."""
    return finding.span.slice(report.document.source)


def posix_path(path: str) -> str:
    """``path`` with ``/`` separators, as CI systems expect."""
    return PurePath(path).as_posix() if os.sep == "\\" else path


def fingerprints(report: FileReport) -> Iterator[tuple[Finding, str]]:
    """Each finding with a stable fingerprint: a hash of the path, the code, the quoted text
    and how many identical findings come before it, so edits elsewhere in the file keep it."""
    import hashlib  # only the formats that need fingerprints pay for it

    seen: Counter[tuple[str, str, str]] = Counter()
    for finding in report.findings:
        key = (posix_path(finding.path), finding.code, quoted(finding, report))
        text = "\x1f".join((*key, str(seen[key])))
        seen[key] += 1
        yield finding, hashlib.sha256(text.encode("utf-8")).hexdigest()


def all_findings(reports: list[FileReport]) -> Iterator[tuple[FileReport, Finding]]:
    for report in reports:
        for finding in report.findings:
            yield report, finding
