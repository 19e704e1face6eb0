"""``check --statistics``: how many findings of each rule, most frequent first (as ruff)."""

from __future__ import annotations

import json
from collections import Counter

from lint.output import FileReport


def rows(reports: list[FileReport]) -> list[dict[str, object]]:
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for report in reports:
        for finding in report.findings:
            counts[finding.code] += 1
            names[finding.code] = finding.name
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [{"code": code, "name": names[code], "count": count} for code, count in ordered]


def render_statistics(reports: list[FileReport], as_json: bool) -> str:
    table = rows(reports)
    if as_json:
        return json.dumps(table, ensure_ascii=False, indent=2) + "\n"
    if not table:
        return ""
    width = max(len(str(row["count"])) for row in table)
    code_width = max(len(str(row["code"])) for row in table)
    return "".join(
        f"{row['count']:>{width}}  {row['code']:<{code_width}}  {row['name']}\n" for row in table
    )
