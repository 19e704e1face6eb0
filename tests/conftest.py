"""Shared helpers: run the whole pipeline on a short text with chosen rules."""

from __future__ import annotations

import datetime as dt

import pytest

from lint.engine import Options, lint_document, parse_document
from lint.findings import Finding
from lint.rulepack import load_rules


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def lint_text(rules):
    def run(
        text: str, *codes: str, report_date: str | None = None, path: str = "t.txt"
    ) -> list[Finding]:
        date = dt.date.fromisoformat(report_date) if report_date else None
        chosen = [rules[c] for c in codes] if codes else list(rules.values())
        return lint_document(parse_document(path, text), chosen, Options(report_date=date))

    return run
