"""Shared helpers: run the whole pipeline on a short text with chosen rules."""

from __future__ import annotations

import datetime as dt

import pytest

from lint.engine import Options, lint_document, parse_document
from lint.findings import Finding
from lint.rulepack import load_rules


@pytest.fixture(scope="session", autouse=True)
def _private_yaml_cache(tmp_path_factory):
    """Tests (and the commands they start) keep their parsed-YAML cache to themselves."""
    patch = pytest.MonkeyPatch()
    patch.setenv("REPORTLINT_CACHE_DIR", str(tmp_path_factory.mktemp("yaml-cache")))
    patch.delenv("REPORTLINT_NO_CACHE", raising=False)
    yield
    patch.undo()


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
