"""The pipeline: document → mentions → context → claims → checks → findings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from lint.checks import CheckInput, registry
from lint.context import ReportContext, build_context
from lint.document import Document, Span
from lint.extract import extract
from lint.findings import Finding, Hit, Location, Num, Quote
from lint.linking import build_claims
from lint.numfmt import format_number
from lint.records import Record
from lint.rulepack import DIRECTIVE_MARKER, UNUSED_SUPPRESSION_KIND, Rule
from lint.segment import segment


@dataclass(frozen=True, repr=False)
class Options(Record):
    lang: str = "vi"
    report_date: dt.date | None = None


def parse_document(path: str, text: str, markdown: bool | None = None) -> Document:
    if markdown is None:
        markdown = path.lower().endswith((".md", ".markdown"))
    return segment(path, text, markdown)


def lint_document(document: Document, rules: Iterable[Rule], options: Options) -> list[Finding]:
    rules = list(rules)
    mentions = extract(document)
    context: ReportContext = build_context(document, mentions, options.report_date)
    claims = build_claims(document, mentions, context)
    checks = registry()
    findings: list[Finding] = []
    for rule in rules:
        function = checks.get(rule.kind)
        if function is None:
            continue
        inputs = CheckInput(document, mentions, claims, context, rule)
        findings.extend(
            _finding(document, rule, _fix_kept(hit, document), options.lang)
            for hit in function(inputs)
        )
    findings = _suppressed(document, _unique(findings), rules, options.lang)
    return sorted(findings, key=Finding.sort_key)


def _digits(text: str) -> list[str]:
    return [character for character in text if character.isdigit()]


def _fix_kept(hit: Hit, document: Document) -> Hit:
    """``hit`` with its fix marked unsafe if the fix changes a digit (numbers are never
    changed automatically), and without it if the file's text differs from the analysed
    text inside it ("**và** và": replacing there would break the Markdown bold)."""
    fix = hit.fix
    if fix is None:
        return hit
    if fix.span.slice(document.source) != fix.span.slice(document.text):
        hit.fix = None
    elif fix.safe and _digits(fix.span.slice(document.text)) != _digits(fix.replacement):
        hit.fix = dataclasses.replace(fix, safe=False)
    return hit


def _suppressed(
    document: Document, findings: list[Finding], rules: list[Rule], lang: str
) -> list[Finding]:
    """The findings that no inline directive suppresses, and the unused directives as
    findings of the unused-suppression rule when it is among ``rules``."""
    if DIRECTIVE_MARKER not in document.text:
        return findings
    from lint.suppressions import apply_suppressions, parse_directives

    directives = parse_directives(document)
    if not directives:
        return findings
    result = apply_suppressions(directives, findings)
    meta = next((rule for rule in rules if rule.kind == UNUSED_SUPPRESSION_KIND), None)
    if meta is None:
        return result.findings
    return result.findings + [_finding(document, meta, hit, lang) for hit in result.unused]


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for finding in findings:
        key = (finding.code, finding.span.start, finding.span.end)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def location(document: Document, span: Span) -> Location:
    line, column = document.position(span.start)
    end_line, end_column = document.position(span.end)
    return Location(line, column, end_line, end_column)


def _argument(value: object, lang: str) -> object:
    if isinstance(value, Num):
        return format_number(value.value, value.decimals, lang)
    if isinstance(value, dict):
        return value.get(lang, value.get("vi", ""))
    return value


def _render(template: str, args: dict[str, object], lang: str) -> str:
    try:
        return template.format(**{key: _argument(v, lang) for key, v in args.items()})
    except (KeyError, IndexError, ValueError):
        return template


def _finding(document: Document, rule: Rule, hit: Hit, lang: str) -> Finding:
    quotes = tuple(
        Quote(ev.span.slice(document.source), ev.role, location(document, ev.span))
        for ev in hit.evidence
    )
    return Finding(
        path=document.path,
        location=location(document, hit.span),
        span=hit.span,
        code=rule.code,
        name=rule.name,
        severity=rule.severity,
        message=_render(rule.text("message", lang), hit.args, lang),
        computation=_render(rule.text("computation", lang), hit.args, lang),
        evidence=quotes,
        fix=hit.fix,
    )
