"""The checks: one module per rule kind, each registering its function with ``@check``.

A check receives a ``CheckInput`` (the document, its mentions, claims and context, and the
rule with its parameters) and yields ``Hit`` objects; it never re-parses text itself.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lint.claims import Claims
from lint.context import ReportContext
from lint.document import Document
from lint.findings import Hit
from lint.mentions import Mentions, NumberMention
from lint.records import Record
from lint.rulepack import Rule

CheckFunction = Callable[["CheckInput"], Iterable[Hit]]
_REGISTRY: dict[str, CheckFunction] = {}


@dataclass(frozen=True, repr=False)
class CheckInput(Record):
    document: Document
    mentions: Mentions
    claims: Claims
    context: ReportContext
    rule: Rule

    def param(self, name: str, default: object = None) -> object:
        return self.rule.parameters.get(name, default)

    def quote(self, number: NumberMention) -> str:
        """A figure as printed with its unit: "1.250 triệu USD"."""
        end = number.unit.span.end if number.unit else number.span.end
        return self.document.text[number.span.start : max(end, number.span.end)]


def check(kind: str) -> Callable[[CheckFunction], CheckFunction]:
    def register(function: CheckFunction) -> CheckFunction:
        _REGISTRY[kind] = function
        return function

    return register


def registry() -> dict[str, CheckFunction]:
    if not _REGISTRY:
        for module in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{module.name}")
    return _REGISTRY
