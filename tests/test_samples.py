"""The bundled samples against their gold findings (samples/gold.yaml, the format of the
project's scorer): precision ≥ 0.95 and recall ≥ 0.9 over the rules this version has."""

from __future__ import annotations

import collections
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from lint.engine import Options, lint_document, parse_document
from lint.load import read_text
from lint.rulepack import load_rules

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = yaml.safe_load((SAMPLES / "gold.yaml").read_text(encoding="utf-8"))
RULES = load_rules()
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def _gold_entries(kind: str) -> set[tuple[str, int, str]]:
    return {
        (name, entry["line"], entry["code"])
        for name, document in GOLD.items()
        for entry in (document or {}).get(kind) or []
        if entry["code"] in RULES and "line" in entry
    }


def _found() -> set[tuple[str, int, str]]:
    found = set()
    for name in GOLD:
        path = SAMPLES / name
        if path.suffix not in {".txt", ".md"}:
            continue
        document = parse_document(str(path), read_text(path))
        for finding in lint_document(document, RULES.values(), Options()):
            found.add((name, finding.location.line, finding.code))
    return found


def test_every_gold_document_exists():
    assert all((SAMPLES / name).is_file() for name in GOLD)


def test_precision_and_recall_on_samples():
    required, optional = _gold_entries("required"), _gold_entries("optional")
    found = {f for f in _found() if f[0] in GOLD}
    hits = required & found
    false_positives = found - required - optional
    precision = len(hits) / max(1, len(hits) + len(false_positives))
    recall = len(hits) / max(1, len(required))
    per_code = collections.Counter(code for _, _, code in false_positives)
    assert precision >= 0.95, f"false positives: {sorted(false_positives)} ({dict(per_code)})"
    assert recall >= 0.9, f"missed: {sorted(required - found)}"


@pytest.mark.skipif(not SCORER.is_file(), reason="the shared scorer is not beside this checkout")
def test_shared_scorer_agrees():
    codes = ",".join(sorted(RULES))
    command = f"{shlex.quote(sys.executable)} -m lint check --format json --no-config"
    result = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            str(SAMPLES / "gold.yaml"),
            "--cmd",
            command,
            "--codes",
            codes,
            "--min-precision",
            "0.95",
            "--min-recall",
            "0.9",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
