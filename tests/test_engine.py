"""The engine imports what a document needs: the command starts on every commit."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

LAZY = ("lint.suppressions", "lint.linking.tables", "dateparser", "pint")
_PROGRAM = """
import json, sys
from lint.engine import Options, lint_document, parse_document
from lint.rulepack import load_rules
document = parse_document(sys.argv[1], sys.argv[2])
findings = lint_document(document, load_rules().values(), Options())
print(json.dumps({"codes": [f.code for f in findings], "loaded": sorted(
    name for name in sys.argv[3:] if name in sys.modules)}))
"""


def lint_in_new_process(path: str, text: str) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", _PROGRAM, path, text, *LAZY],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_a_short_plain_text_loads_none_of_the_lazy_modules():
    run = lint_in_new_process("r.txt", "Thứ Sáu, ngày 12/7/2020, hỗ trợ các các xã.\n")
    assert run["codes"] == ["T002", "S001"]
    assert run["loaded"] == []


@pytest.mark.parametrize(
    ("path", "text", "module", "codes"),
    [
        (
            "r.md",
            "<!-- reportlint: disable-next-line=S001 -->\nHỗ trợ các các xã.\n",
            "lint.suppressions",
            [],
        ),
        (
            "r.md",
            "| Chỉ tiêu | KH | TH | % KH |\n|---|---:|---:|---:|\n| Thu | 200 | 150 | 80,0 |\n",
            "lint.linking.tables",
            ["N011"],
        ),
    ],
)
def test_a_document_that_needs_a_lazy_module_loads_it(path, text, module, codes):
    run = lint_in_new_process(path, text)
    assert run["codes"] == codes
    assert run["loaded"] == [module]
