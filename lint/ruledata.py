"""Finding and loading the built-in rule packs and rule data (``rules/`` in the source tree,
``lint/_rules`` inside an installed wheel)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from lint.yamlcache import read_yaml

_PACKAGE = Path(__file__).resolve().parent


def builtin_rules_dir() -> Path:
    installed = _PACKAGE / "_rules"
    return installed if installed.is_dir() else _PACKAGE.parent / "rules"


@cache
def load_data(name: str) -> dict[str, Any]:
    """The rule-data file ``rules/data/<name>.yaml`` as a mapping."""
    return read_yaml(builtin_rules_dir() / "data" / f"{name}.yaml") or {}


def alternation(words: Iterable[object]) -> str:
    """A regex alternation of rule-data words, longest first so that "không đạt" wins over
    "đạt"; each word is escaped and listed once."""
    return "|".join(re.escape(w) for w in sorted({str(w) for w in words}, key=len, reverse=True))
