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


def alternation(words: Iterable[object], spaces: str | None = None) -> str:
    r"""A regex alternation of rule-data words, longest first so that "không đạt" wins over
    "đạt" (then in alphabetical order, so the pattern is the same on every run); each word
    is escaped and listed once. With ``spaces``, a space in a word matches that pattern
    (``r"\s+"``: any run of white space)."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    escaped = (re.escape(w) for w in ordered)
    if spaces is not None:
        escaped = (w.replace(r"\ ", spaces) for w in escaped)
    return "|".join(escaped)
