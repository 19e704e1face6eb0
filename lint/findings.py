"""Findings: what a check reports, with its evidence, ready for any output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from lint.document import Span
from lint.records import Record

Severity = Literal["info", "warning", "error"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, repr=False)
class Evidence(Record):
    """A span the finding rests on, with an optional role ("total", "plan", "date")."""

    span: Span
    role: str = ""


@dataclass(frozen=True, repr=False)
class Edit(Record):
    """Replace ``span`` with ``replacement``. ``safe`` fixes are applied by ``--fix``; the
    others only with ``--unsafe-fixes``. The engine marks every fix that changes a digit
    unsafe: numbers are never changed automatically."""

    span: Span
    replacement: str
    safe: bool = True


@dataclass(frozen=True, repr=False)
class Num(Record):
    """A number argument of a message, printed the way the message language writes it."""

    value: float
    decimals: int | None = None


@dataclass(repr=False)
class Hit(Record):
    """What a check returns: where, the values for the rule's message and computation
    templates, and the evidence spans. The engine turns it into a ``Finding``."""

    span: Span
    args: dict[str, object] = field(default_factory=dict)  # str, Num or {"vi": …, "en": …}
    evidence: list[Evidence] = field(default_factory=list)
    fix: Edit | None = None


@dataclass(frozen=True, repr=False)
class Location(Record):
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, repr=False)
class Quote(Record):
    text: str
    role: str
    location: Location


@dataclass(frozen=True, repr=False)
class Finding(Record):
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
