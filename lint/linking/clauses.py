"""Clause structure shared by the linkers: a sentence cut at ",", ";" and ":" outside
parentheses, and the numbers each clause holds."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lint.document import Span
from lint.mentions import Mentions, NumberMention
from lint.records import Record

_PUNCTUATION = re.compile(r"[()\[\],;:]")
_PARENTHESES = re.compile(r"[()]")


def clauses(text: str, span: Span) -> list[Span]:
    """The clauses of ``span``: pieces between top-level ",", ";" and ":"; a comma inside a
    number ("1.009,3") is not a cut because a digit follows it."""
    pieces: list[Span] = []
    depth, start = 0, span.start
    for match in _PUNCTUATION.finditer(text, span.start, span.end):
        char, index = match.group(), match.start()
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and not _inside_number(text, index, span.end):
            pieces.append(Span(start, index))
            start = index + 1
    pieces.append(Span(start, span.end))
    return [p for p in pieces if text[p.start : p.end].strip()]


def first_top_level(text: str, span: Span, stops: str) -> int | None:
    """The offset of the first of ``stops`` in ``span`` outside parentheses and brackets (a
    comma inside a number, "1.009,3", does not count), or None."""
    depth = 0
    for index in range(span.start, span.end):
        char = text[index]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in stops and depth == 0 and not _inside_number(text, index, span.end):
            return index
    return None


def in_parentheses(text: str, span: Span, within: Span) -> bool:
    """True when ``span`` lies inside an open parenthesis of ``within``."""
    depth = 0
    for match in _PARENTHESES.finditer(text, within.start, span.start):
        depth = depth + 1 if match.group() == "(" else max(0, depth - 1)
    return depth > 0


def split_at_conjunction(text: str, span: Span) -> list[Span]:
    """``span`` cut before every top-level " và " ("700 hộ ở xã A và 450 hộ ở xã B")."""
    pieces, start = [], span.start
    index = text.find(" và ", span.start, span.end)
    while index != -1:
        if not in_parentheses(text, Span(index, index), span):
            pieces.append(Span(start, index))
            start = index + 1
        index = text.find(" và ", index + 1, span.end)
    pieces.append(Span(start, span.end))
    return pieces


def _inside_number(text: str, index: int, end: int) -> bool:
    return index > 0 and text[index - 1].isdigit() and index + 1 < end and text[index + 1].isdigit()


@dataclass(repr=False)
class NumberIndex(Record):
    """Numbers ordered by position, for finding those inside a span quickly."""

    numbers: list[NumberMention]

    def __post_init__(self) -> None:
        self._starts = [n.span.start for n in self.numbers]

    def within(self, span: Span) -> Iterator[tuple[int, NumberMention]]:
        first = bisect.bisect_left(self._starts, span.start)
        for index in range(first, len(self.numbers)):
            number = self.numbers[index]
            if number.span.start >= span.end:
                break
            if number.span.end <= span.end:
                yield index, number


def relation_objects(mentions: Mentions, kinds: set[str]) -> set[int]:
    """Indexes of numbers that are the object of a relation of one of ``kinds``."""
    return {
        int(r.attrs["number"])  # type: ignore[call-overload]
        for r in mentions.relations
        if r.kind in kinds and "number" in r.attrs
    }
