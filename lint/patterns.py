"""Compiling the scanning patterns of the extractors so that a scan stays fast.

Python's ``re`` skips quickly over text only when a pattern opens with a literal or a
character class and IGNORECASE is off. A pattern that opens with a lookbehind
(``(?<!\\w)``), an optional group or a case-insensitive alternation of words is tried in
full at every position of every block. ``starting_with`` puts a lookahead on the
characters a match can start with in front of such a pattern, so every other position
costs one class test: scans run two to seven times faster and find exactly the same
matches. Every pattern compiled here is recorded in ``COMPILED`` with its plain form, and
a test checks on the samples and a generated corpus that both find the same spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

COMPILED: list[tuple[re.Pattern[str], str, int]] = []


def starting_with(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead on ``first``, the body of a character class
    holding every character a match can start with (with IGNORECASE in ``flags``, either
    case of a letter is enough)."""
    compiled = re.compile(f"(?=[{first}])(?:{pattern})", flags)
    COMPILED.append((compiled, pattern, flags))
    return compiled


def initials(words: Iterable[object]) -> str:
    """The first characters of ``words`` in both cases, escaped for a character class."""
    firsts = {str(word)[:1] for word in words} - {""}
    both = {case for first in firsts for case in (first.lower(), first.upper(), first)}
    return "".join(re.escape(char) for char in sorted(both) if len(char) == 1)
