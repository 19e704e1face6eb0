"""Findings: what a check reports, with its evidence, ready for any output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from lint.document import Span

Severity = Literal["info", "warning", "error"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Evidence:
    """A span the finding rests on, with an optional role ("total", "plan", "date")."""

    span: Span
    role: str = ""


@dataclass(frozen=True)
class Edit:
    """Replace ``span`` with ``replacement``. ``safe`` fixes are applied by ``--fix``; the
    others only with ``--unsafe-fixes``. The engine marks every fix that changes a digit
    unsafe: numbers are never changed automatically."""

    span: Span
    replacement: str
    safe: bool = True


@dataclass(frozen=True)
class Num:
    """A number argument of a message, printed the way the message language writes it."""

    value: float
    decimals: int | None = None


@dataclass
class Hit:
    """What a check returns: where, the values for the rule's message and computation
    templates, and the evidence spans. The engine turns it into a ``Finding``."""

    span: Span
    args: dict[str, object] = field(default_factory=dict)  # str, Num or {"vi": …, "en": …}
    evidence: list[Evidence] = field(default_factory=list)
    fix: Edit | None = None


@dataclass(frozen=True)
class Location:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Quote:
    text: str
    role: str
    location: Location


@dataclass(frozen=True)
class Finding:
    path: str
    location: Location
    span: Span
    code: str
    name: str
    severity: Severity
    message: str
    computation: str
    evidence: tuple[Quote, ...]
    fix: Edit | None = None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.location.line, self.location.column, self.code)
