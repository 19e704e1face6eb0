"""Every rule's own examples: each "fires" text gives a finding of that rule where the example
says, and each "silent" text gives none. A rule pack documents and tests itself."""

from __future__ import annotations

import datetime as dt

import pytest

from lint.engine import Options, lint_document, parse_document
from lint.rulepack import Example, Rule, load_rules

RULES = load_rules()
FIRES = [(rule, example) for rule in RULES.values() for example in rule.fires]
SILENT = [(rule, example) for rule in RULES.values() for example in rule.silent]


def _findings(rule: Rule, example: Example) -> list:
    report_date = dt.date.fromisoformat(example.report_date) if example.report_date else None
    path = "example.md" if example.markdown else "example.txt"
    document = parse_document(path, example.text)
    found = lint_document(document, [rule], Options(report_date=report_date))
    return [f for f in found if f.code == rule.code]


def test_every_rule_has_examples_both_ways():
    for rule in RULES.values():
        assert rule.fires, f"{rule.code} has no example that fires"
        assert rule.silent, f"{rule.code} has no example that stays silent"


@pytest.mark.parametrize(
    ("rule", "example"), FIRES, ids=[f"{r.code}-fires-{i}" for i, (r, _) in enumerate(FIRES)]
)
def test_fires(rule: Rule, example: Example) -> None:
    found = _findings(rule, example)
    assert found, f"{rule.code} stayed silent on: {example.text}"
    if example.at:
        start = example.text.index(example.at)
        assert start in {f.span.start for f in found}, (
            f"{rule.code} fired at {[f.span.slice(example.text) for f in found]}, "
            f"expected at {example.at!r}"
        )


@pytest.mark.parametrize(
    ("rule", "example"), SILENT, ids=[f"{r.code}-silent-{i}" for i, (r, _) in enumerate(SILENT)]
)
def test_silent(rule: Rule, example: Example) -> None:
    found = _findings(rule, example)
    assert not found, f"{rule.code} fired on: {example.text}: {[f.message for f in found]}"
