"""Rule packs: YAML files that declare rules (code, name, kind, severity, messages in
Vietnamese and English, parameters, examples). The built-in packs live in ``rules/``; users
add their own directories with ``--rules DIR`` or the ``rules`` config key.

A rule pack file looks like::

    rules:
      - code: T002
        name: weekday-mismatch
        kind: weekday_mismatch        # the check in lint/checks/ that implements it
        severity: error
        summary: {vi: "...", en: "..."}
        description: {vi: "...", en: "..."}
        message: {vi: "... {stated} ...", en: "... {stated} ..."}
        computation: {vi: "...", en: "..."}
        parameters: {}
        examples:
          fires: [{text: "...", at: "Thứ Sáu"}]
          silent: [{text: "..."}]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.findings import SEVERITY_ORDER, Severity
from lint.records import Record
from lint.ruledata import builtin_rules_dir
from lint.yamlcache import read_yaml

LANGUAGES = ("vi", "en")
# Inline suppressions (lint/suppressions.py): every directive holds the marker, and RL100
# unused-suppression is of a kind the engine implements with them, not a check.
DIRECTIVE_MARKER = "reportlint:"
UNUSED_SUPPRESSION_KIND = "unused_suppression"


class RulePackError(Exception):
    """A rule pack that cannot be used; the message names the file and the rule."""


@dataclass(frozen=True, repr=False)
class Example(Record):
    text: str
    at: str | None = None
    report_date: str | None = None
    markdown: bool = False


@dataclass(repr=False)
class Rule(Record):
    code: str
    name: str
    kind: str
    severity: Severity
    summary: dict[str, str]
    description: dict[str, str]
    message: dict[str, str]
    computation: dict[str, str]
    parameters: dict[str, Any] = field(default_factory=dict)
    fires: list[Example] = field(default_factory=list)
    silent: list[Example] = field(default_factory=list)
    source: str = ""

    def text(self, field_name: str, lang: str) -> str:
        texts: dict[str, str] = getattr(self, field_name)
        return texts.get(lang) or texts.get("vi") or ""


def _texts(raw: Any, key: str, where: str, required: bool = True) -> dict[str, str]:
    value = raw.get(key)
    if value is None and not required:
        return {}
    if isinstance(value, str):
        return {"vi": value, "en": value}
    if not isinstance(value, dict) or not all(lang in value for lang in LANGUAGES):
        raise RulePackError(f"{where}: '{key}' needs both 'vi' and 'en' texts")
    return {str(k): str(v) for k, v in value.items()}


def _examples(raw: Any) -> list[Example]:
    return [
        Example(
            text=item["text"],
            at=item.get("at"),
            report_date=item.get("report_date"),
            markdown=bool(item.get("markdown", False)),
        )
        for item in raw or []
    ]


def parse_rule(raw: dict[str, Any], source: str) -> Rule:
    where = f"{source}: rule {raw.get('code', '?')}"
    for key in ("code", "name", "kind"):
        if not raw.get(key):
            raise RulePackError(f"{where}: missing '{key}'")
    severity = raw.get("severity", "warning")
    if severity not in SEVERITY_ORDER:
        raise RulePackError(f"{where}: unknown severity '{severity}'")
    examples = raw.get("examples") or {}
    return Rule(
        code=str(raw["code"]),
        name=str(raw["name"]),
        kind=str(raw["kind"]),
        severity=severity,
        summary=_texts(raw, "summary", where),
        description=_texts(raw, "description", where, required=False),
        message=_texts(raw, "message", where),
        computation=_texts(raw, "computation", where, required=False),
        parameters=dict(raw.get("parameters") or {}),
        fires=_examples(examples.get("fires")),
        silent=_examples(examples.get("silent")),
        source=source,
    )


def load_pack(path: Path) -> list[Rule]:
    try:
        raw = read_yaml(path)
    except Exception as error:  # a broken pack must name itself, whatever the YAML error
        raise RulePackError(f"{path}: not a readable YAML rule pack ({error})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("rules"), list):
        raise RulePackError(f"{path}: a rule pack needs a top-level 'rules' list")
    return [parse_rule(item, str(path)) for item in raw["rules"]]


def pack_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise RulePackError(f"{directory}: rule pack directory not found")
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())


def load_rules(extra_dirs: list[Path] | None = None) -> dict[str, Rule]:
    """Every rule of the built-in packs and of ``extra_dirs``; a later pack that reuses a
    code replaces the earlier rule, so a project can override a built-in rule."""
    rules: dict[str, Rule] = {}
    for directory in [builtin_rules_dir(), *(extra_dirs or [])]:
        for path in pack_files(directory):
            for rule in load_pack(path):
                rules[rule.code] = rule
    return dict(sorted(rules.items()))
