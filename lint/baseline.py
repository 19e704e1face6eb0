"""``check --baseline FILE``: record today's findings once, then report only new ones.

The file is JSON::

    {"version": 1, "findings": [
      {"path": "reports/q1.md", "code": "N001", "text": "85%", "count": 1}, ...]}

A finding is matched by its path (relative to the baseline file's directory), its code and
the text of its span, never by its line, so edits elsewhere in a file do not bring
baselined findings back. A record with ``count`` N absorbs at most N findings.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

from lint.config import ConfigError
from lint.findings import Finding
from lint.output import FileReport

VERSION = 1
Key = tuple[str, str, str]


def _key(finding: Finding, report: FileReport, root: Path) -> Key:
    path = Path(os.path.relpath(os.path.abspath(finding.path), root)).as_posix()
    return path, finding.code, finding.span.slice(report.document.source)


def _root(baseline: Path) -> Path:
    return Path(os.path.abspath(baseline)).parent


def write_baseline(baseline: Path, reports: list[FileReport]) -> int:
    """Record the findings of ``reports`` in ``baseline``; returns how many."""
    root = _root(baseline)
    counts = Counter(_key(f, report, root) for report in reports for f in report.findings)
    records = [
        {"path": path, "code": code, "text": text, "count": count}
        for (path, code, text), count in sorted(counts.items())
    ]
    import json  # only with --baseline: keeps the cold start short

    content = json.dumps({"version": VERSION, "findings": records}, ensure_ascii=False, indent=2)
    try:
        baseline.write_text(content + "\n", encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{baseline}: cannot write the baseline ({error})") from None
    return sum(counts.values())


def _record(item: Any, where: str) -> tuple[Key, int]:
    fields = ("path", "code", "text")
    if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in fields):
        raise ConfigError(f"{where}: each finding needs the strings path, code and text")
    count = item.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ConfigError(f"{where}: count must be a positive integer")
    return (item["path"], item["code"], item["text"]), count


def read_baseline(baseline: Path) -> Counter[Key]:
    import json  # only with --baseline: keeps the cold start short

    try:
        data = json.loads(baseline.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(f"{baseline}: cannot read the baseline ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{baseline}: not a reportlint baseline (no 'findings' list)")
    counts: Counter[Key] = Counter()
    for number, item in enumerate(data["findings"]):
        key, count = _record(item, f"{baseline}: findings[{number}]")
        counts[key] += count
    return counts


def new_findings(baseline: Path, reports: list[FileReport]) -> list[FileReport]:
    """``reports`` without the findings that ``baseline`` records."""
    remaining = read_baseline(baseline)
    root = _root(baseline)
    filtered = []
    for report in reports:
        kept = []
        for finding in report.findings:
            key = _key(finding, report, root)
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                kept.append(finding)
        filtered.append(FileReport(report.document, kept))
    return filtered
