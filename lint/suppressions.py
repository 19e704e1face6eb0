"""Inline suppressions: directives in the text that switch rules off for some lines.

A directive is a line of its own. In Markdown it is an HTML comment; in plain text it may
also be a comment line starting with ``#``, ``//`` or ``%``::

    <!-- reportlint: disable-next-line=S001 -->      the next line only
    <!-- reportlint: disable=N002,N003 -->           from this line on ...
    <!-- reportlint: enable=N002 -->                 ... to this line (for N002)
    # reportlint: disable                            every rule, to the end or a bare enable

Codes may be prefixes ("N" is every N rule). A finding is suppressed when the line it
starts on is covered. ``enable=X`` ends an open ``disable`` that names X; a bare ``enable``
ends every open ``disable``. Directives inside fenced code in Markdown are not directives,
and Word documents have none.

A directive (or one of its codes) that suppresses nothing is *unused*; the engine reports it
as RL100 unused-suppression when that rule is selected (``--report-unused-suppressions``),
as ruff's RUF100 reports unused ``noqa`` comments — also when the named rule did not run.

Every directive holds ``DIRECTIVE_MARKER``; the engine imports this module only for texts
that hold it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lint.config import ConfigError, parse_selectors
from lint.document import Document, Span
from lint.findings import Edit, Evidence, Finding, Hit
from lint.records import Record
from lint.rulepack import DIRECTIVE_MARKER

DISABLE, ENABLE, DISABLE_NEXT_LINE = "disable", "enable", "disable-next-line"
_BODY = re.compile(
    re.escape(DIRECTIVE_MARKER) + r"\s*(disable-next-line|disable|enable)\s*(?:=([A-Za-z0-9,\s]+))?"
)
_FENCE = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})")
_TEXT_COMMENT_MARKERS = ("#", "//", "%")


@dataclass(frozen=True, repr=False)
class Directive(Record):
    action: str
    codes: tuple[str, ...]  # empty: every rule
    line: int
    span: Span  # the directive's own text
    line_span: Span  # its whole line with the line break: what removing it deletes


@dataclass(repr=False)
class _Scope(Record):
    """The lines one code of one directive covers; ``last`` None: to the end."""

    directive: Directive
    code: str | None  # None: every rule
    first: int
    last: int | None
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        line = finding.location.line
        if line < self.first or (self.last is not None and line > self.last):
            return False
        return self.code is None or finding.code.startswith(self.code)


def _is_markdown(document: Document) -> bool:
    return document.path.lower().endswith((".md", ".markdown"))


def _comment_body(line: str, markdown: bool) -> str | None:
    stripped = line.strip()
    if stripped.startswith("<!--") and stripped.endswith("-->") and len(stripped) >= 7:
        return stripped[4:-3]
    if not markdown:
        for marker in _TEXT_COMMENT_MARKERS:
            if stripped.startswith(marker):
                return stripped[len(marker) :]
    return None


def _lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(number, start, end with the line break) of every line."""
    start = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        yield number, start, start + len(line)
        start += len(line)


def parse_directives(document: Document) -> list[Directive]:
    """The directives of a text or Markdown document, in order; none in a Word document."""
    if document.origins is not None:
        return []
    markdown = _is_markdown(document)
    text = document.text
    directives: list[Directive] = []
    in_fence = False
    for number, start, end in _lines(text):
        line = text[start:end]
        if markdown and _FENCE.match(line):
            in_fence = not in_fence
        body = None if in_fence else _comment_body(line, markdown)
        match = _BODY.fullmatch(body.strip()) if body is not None else None
        if match is None:
            continue
        try:
            codes = parse_selectors(match[2], "directive") if match[2] else ()
        except ConfigError:
            continue
        content = line.rstrip("\r\n")
        indent = len(content) - len(content.lstrip())
        span = Span(start + indent, start + len(content.rstrip()))
        directives.append(Directive(match[1], codes, number, span, Span(start, end)))
    return directives


def _scopes(directives: list[Directive]) -> list[_Scope]:
    scopes: list[_Scope] = []
    open_scopes: list[_Scope] = []
    for directive in directives:
        codes: tuple[str | None, ...] = directive.codes or (None,)
        if directive.action == DISABLE_NEXT_LINE:
            scopes += [_Scope(directive, c, directive.line + 1, directive.line + 1) for c in codes]
        elif directive.action == DISABLE:
            opened = [_Scope(directive, code, directive.line, None) for code in codes]
            scopes += opened
            open_scopes += opened
        else:
            for scope in open_scopes:
                if not directive.codes or scope.code in directive.codes:
                    scope.last = directive.line
            open_scopes = [scope for scope in open_scopes if scope.last is None]
    return scopes


@dataclass(repr=False)
class Suppressed(Record):
    """The findings left after the directives, and the unused directives as hits."""

    findings: list[Finding]
    unused: list[Hit] = field(default_factory=list)


def _unused_hit(directive: Directive, scopes: list[_Scope]) -> Hit:
    every = {"vi": "mọi quy tắc", "en": "every rule"}
    codes = ", ".join(scope.code for scope in scopes if scope.code) or every
    whole = len(scopes) == len(directive.codes or (None,))
    return Hit(
        span=directive.span,
        args={"codes": codes, "directive": directive.action},
        evidence=[Evidence(directive.span, "directive")],
        fix=Edit(directive.line_span, "") if whole else None,
    )


def apply_suppressions(directives: list[Directive], findings: list[Finding]) -> Suppressed:
    """Drop the findings the directives cover; every directive code that covered none is
    unused (one hit per directive, naming its unused codes)."""
    scopes = _scopes(directives)
    kept = []
    for finding in findings:
        covering = [scope for scope in scopes if scope.covers(finding)]
        for scope in covering:
            scope.used = True
        if not covering:
            kept.append(finding)
    result = Suppressed(kept)
    for directive in directives:
        unused = [s for s in scopes if s.directive is directive and not s.used]
        if unused:
            result.unused.append(_unused_hit(directive, unused))
    return result
