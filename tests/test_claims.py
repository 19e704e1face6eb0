"""Claims are not frozen (see lint/claims.py), so this checks that no check changes one: on
every sample report, every claim reads the same after all rules have run as before."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import lint.engine
from lint.claims import Claims
from lint.engine import Options, lint_document, parse_document
from lint.load import read_text
from lint.rulepack import load_rules

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _snapshot(claims: Claims) -> list[str]:
    return [
        repr(claim) for field in dataclasses.fields(claims) for claim in getattr(claims, field.name)
    ]


REPORTS = sorted(p for p in SAMPLES.glob("*.[tm][xd]*") if p.name != "README.md")


@pytest.mark.parametrize("path", REPORTS, ids=lambda path: path.name)
def test_no_check_changes_a_claim(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[tuple[Claims, list[str]]] = []
    build_claims = lint.engine.build_claims

    def recording(*args: object) -> Claims:
        claims = build_claims(*args)  # type: ignore[arg-type]
        built.append((claims, _snapshot(claims)))
        return claims

    monkeypatch.setattr(lint.engine, "build_claims", recording)
    findings = lint_document(
        parse_document(path.name, read_text(path)), load_rules().values(), Options()
    )
    [(claims, before)] = built
    assert findings and before
    assert _snapshot(claims) == before
