"""One self-contained HTML page for people: every checked document's text, line by line,
with each finding's span highlighted (its evidence more lightly) and, beside the line where
it starts, the finding explained: code, message, computation, evidence and fix.

No external resources and no JavaScript: the CSS is inline and every text is escaped.
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections.abc import Iterator

from lint.document import Document, Span
from lint.findings import Finding, Location
from lint.output import FileReport, location_label, summary
from lint.rulepack import Rule

_WORDS = {
    "vi": {"title": "Kết quả kiểm tra reportlint", "computation": "Phép tính",
           "evidence": "Căn cứ", "fix": "Sửa", "suggestion": "Gợi ý sửa (cần xem lại)",
           "delete": "xóa", "none": "Không có vấn đề nào."},
    "en": {"title": "reportlint results", "computation": "Computation",
           "evidence": "Evidence", "fix": "Fix", "suggestion": "Suggested fix (review it)",
           "delete": "delete", "none": "No problems."},
}  # fmt: skip

_STYLE = """
body { font: 15px/1.5 system-ui, "Segoe UI", Arial, sans-serif; margin: 1.5em; color: #1b1b1b; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
table.doc { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.doc td { vertical-align: top; padding: 1px 8px; border-top: 1px solid #eee; }
td.ln { width: 3.5em; color: #888; text-align: right; font-family: monospace; }
td.src { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; }
td.notes { width: 42%; }
mark { padding: 0 1px; border-radius: 2px; }
mark.hit.error { background: #ffc9c9; border-bottom: 2px solid #c92a2a; }
mark.hit.warning { background: #ffe8a3; border-bottom: 2px solid #e67700; }
mark.hit.info { background: #c5f6fa; border-bottom: 2px solid #0b7285; }
mark.ev { background: #e7f5ff; }
div.finding { border-left: 4px solid #999; background: #fafafa; margin: 2px 0 6px;
  padding: 4px 8px; font-size: 0.92em; }
div.finding.error { border-color: #c92a2a; } div.finding.warning { border-color: #e67700; }
div.finding.info { border-color: #0b7285; }
.code { font-weight: bold; font-family: monospace; }
ul { margin: 2px 0; padding-left: 1.2em; } .muted { color: #666; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line.rstrip("\r\n"))
        start += len(line)
    if not text or text.endswith(("\n", "\r")):
        yield start, start


def _marked(text: str, line: Span, hits: list[Finding], evidence: list[Span]) -> str:
    """The line's text with the findings' spans and the evidence spans marked."""
    cuts = {line.start, line.end}
    for span in [finding.span for finding in hits] + evidence:
        cuts.update(offset for offset in (span.start, span.end) if line.start < offset < line.end)
    ordered = sorted(cuts)
    pieces = []
    for start, end in itertools.pairwise(ordered):
        piece = Span(start, end)
        covering = [f for f in hits if f.span.overlaps(piece)]
        content = _e(piece.slice(text))
        if covering:
            worst = max(covering, key=lambda f: ("info", "warning", "error").index(f.severity))
            title = "; ".join(f"{f.code} {f.message}" for f in covering)
            classes = f"hit {worst.severity}"
            content = f'<mark class="{classes}" title="{_e(title)}">{content}</mark>'
        elif any(span.overlaps(piece) for span in evidence):
            content = f'<mark class="ev">{content}</mark>'
        pieces.append(content)
    return "".join(pieces)


def _note(finding: Finding, document: Document, anchor: str, words: dict[str, str]) -> str:
    where = location_label(finding.location, document)
    parts = [
        f'<div class="finding {finding.severity}" id="{anchor}">',
        f'<span class="code">{_e(finding.code)}</span> <span class="muted">{_e(finding.name)}'
        f" · {_e(where)}</span><br>{_e(finding.message)}",
    ]
    if finding.computation:
        parts.append(f"<br><i>{words['computation']}:</i> {_e(finding.computation)}")
    if finding.evidence:
        items = "".join(
            f"<li>{_e(location_label(q.location, document))} “{_e(q.text)}”"
            + (f" <span class='muted'>({_e(q.role)})</span>" if q.role else "")
            + "</li>"
            for q in finding.evidence
        )
        parts.append(f"<br><i>{words['evidence']}:</i><ul>{items}</ul>")
    if finding.fix is not None:
        label = words["fix"] if finding.fix.safe else words["suggestion"]
        old = finding.fix.span.slice(document.source)
        new = finding.fix.replacement
        change = f"“{_e(old)}” → “{_e(new)}”" if new else f"{words['delete']} “{_e(old)}”"
        parts.append(f"<i>{label}:</i> {change}")
    parts.append("</div>")
    return "".join(parts)


def _document_table(report: FileReport, number: int, words: dict[str, str]) -> list[str]:
    document = report.document
    text = document.source
    lines = [Span(*bounds) for bounds in _lines(text)]
    starts = [line.start for line in lines]
    numbers = document.line_numbers or list(range(1, len(lines) + 1))
    row_of_number = {reported: row for row, reported in enumerate(numbers)}

    def offset(location: Location, end: bool) -> int:
        line, column = (
            (location.end_line, location.end_column) if end else (location.line, location.column)
        )
        return starts[row_of_number.get(line, 0)] + column - 1

    evidence = [
        Span(offset(q.location, False), offset(q.location, True))
        for f in report.findings
        for q in f.evidence
    ]
    notes: dict[int, list[str]] = {}
    for index, finding in enumerate(report.findings):
        row = bisect.bisect_right(starts, finding.span.start) - 1
        notes.setdefault(row, []).append(_note(finding, document, f"f{number}-{index}", words))
    rows = ['<table class="doc">']
    for row, line in enumerate(lines):
        touching = [f for f in report.findings if _touches(f.span, line)]
        marked = _marked(text, line, touching, [s for s in evidence if _touches(s, line)])
        rows.append(
            f'<tr><td class="ln">{numbers[row]}</td><td class="src">{marked}</td>'
            f'<td class="notes">{"".join(notes.get(row, []))}</td></tr>'
        )
    rows.append("</table>")
    return rows


def _touches(span: Span, line: Span) -> bool:
    return span.overlaps(line) or (span.start == span.end and line.start <= span.start < line.end)


def render(reports: list[FileReport], rules: dict[str, Rule], lang: str) -> str:
    words = _WORDS.get(lang, _WORDS["en"])
    problems = sum(len(report.findings) for report in reports)
    with_problems = sum(1 for report in reports if report.findings)
    body = [
        f"<h1>{_e(words['title'])}</h1>",
        f"<p>{_e(summary(problems, with_problems, len(reports), lang))}</p>",
    ]
    for number, report in enumerate(reports):
        count = len(report.findings)
        body.append(f"<h2>{_e(report.document.path)} <span class='muted'>({count})</span></h2>")
        if count:
            body += _document_table(report, number, words)
        else:
            body.append(f"<p class='muted'>{_e(words['none'])}</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(words['title'])}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
