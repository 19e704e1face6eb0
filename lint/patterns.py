"""Compiling the scanning patterns of the extractors so that a scan stays fast.

Python's ``re`` skips quickly over text only when a pattern opens with a literal or a
character class and IGNORECASE is off. A pattern that opens with a lookbehind
(``(?<!\\w)``), an optional group or a case-insensitive alternation of words is tried in
full at every position of every block. Two things keep such scans cheap:

- ``starting_with`` puts a lookahead on the characters a match can start with in front of
  the pattern, so every other position costs one class test;
- a ``Scan`` also knows words one of which every match contains ("tháng", "quý"): a block
  or window that holds none of them (case folded) is skipped with a substring search.

Both find exactly what the plain pattern finds. Every pattern made here is recorded in
``COMPILED`` or ``SCANS``, and a test checks on the samples, every rule example and a
generated corpus that each finds the spans of its plain form and that every match of a scan
contains one of its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache

from lint.ruledata import alternation

COMPILED: list[tuple[re.Pattern[str], str, int]] = []
SCANS: list[Scan] = []
_FEW_KEYS = 4  # up to this many words, "in" tests beat compiling an alternation


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


def key_words(words: Iterable[object]) -> tuple[str, ...]:
    """The first word of each of ``words``, case folded: one of them is in every match of
    an alternation of ``words``."""
    return tuple(sorted({str(word).split()[0].casefold() for word in words if str(word).split()}))


def fold(text: str) -> str:
    """``text`` case folded so that whatever IGNORECASE matches holds the same key words:
    "İ" folds to "i" plus a dot and "ı" stays itself, yet both match "i"."""
    return text.casefold().replace("i\u0307", "i").replace("ı", "i")


@lru_cache(maxsize=8)
def _folded_text(text: str) -> tuple[str, bool]:
    """``text`` case folded, and whether every character folded to exactly one: then a
    slice of the folded text is the folded slice (a window needs no folding of its own)."""
    casefolded = text.casefold()
    if len(casefolded) == len(text) and "i\u0307" not in casefolded:
        return casefolded.replace("ı", "i"), True
    return fold(text), False


def folded_window(text: str, start: int, end: int) -> str:
    """``fold(text[start:end])`` of a document's ``text``, sliced from its folded text
    (made once, for the last few documents) when that is the same."""
    folded, aligned = _folded_text(text)
    return folded[start:end] if aligned else fold(text[start:end])


@lru_cache(maxsize=1024)
def _folded_block(text: str, start: int, end: int) -> str:
    """A block case folded (``end`` may pass the text's end), kept while the extractors of
    its document scan it in turn."""
    return folded_window(text, start, end)


class Scan:
    """A pattern that opens with a lookahead on its first characters (as ``starting_with``
    makes it), with the words (case folded) one of which every match contains.
    ``finditer`` and ``search`` take the arguments of ``re.Pattern``'s and skip a stretch
    of text that holds none of the words. The pattern is compiled the first time a stretch
    holds one, so a short document does not pay for the scans it never needs."""

    def __init__(self, keys: Iterable[str], first: str, plain: str, flags: int = 0) -> None:
        self.keys = tuple(keys)
        self.plain = plain
        self.flags = flags
        self._source = f"(?=[{first}])(?:{plain})"
        self._text: str | None = None
        self._text_holds_key = False
        self._many_keys = len(self.keys) > _FEW_KEYS
        SCANS.append(self)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self._source, self.flags)

    @cached_property
    def _any_key(self) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(key) for key in self.keys))

    def _holds_key(self, folded: str) -> bool:
        if self._many_keys:
            return self._any_key.search(folded) is not None
        return any(map(folded.__contains__, self.keys))  # no generator frame: hot path

    def _in_document(self, text: str) -> bool:
        """Whether the whole text holds a key; remembered for the text last asked about."""
        if self._text is not text:
            self._text, self._text_holds_key = text, self._holds_key(_folded_text(text)[0])
        return self._text_holds_key

    def finditer(self, text: str, start: int = 0, end: int = 2**62) -> Iterator[re.Match[str]]:
        """The matches in a block; the block's folded text is cached for the next scan."""
        if not self._in_document(text) or not self._holds_key(_folded_block(text, start, end)):
            return iter(())
        return self.pattern.finditer(text, start, end)

    def search(self, text: str, start: int = 0, end: int = 2**62) -> re.Match[str] | None:
        """The first match in a short window before or after a figure, or in a short string
        (then the window is the whole string, and one key test does)."""
        if start <= 0 and end >= len(text):
            folded = fold(text)  # a short string: kept out of the documents' cache
        elif self._in_document(text):
            folded = folded_window(text, start, end)
        else:
            return None
        if not self._holds_key(folded):
            return None
        return self.pattern.search(text, start, end)


def word_scan(
    words: Iterable[object],
    after: str = r"(?!\w)",
    *,
    group: str | None = None,
    any_spaces: bool = False,
    flags: int = re.IGNORECASE,
) -> Scan:
    """A ``Scan`` for one of the rule-data ``words`` starting at a word boundary, then
    ``after``: its keys and first characters come from ``words``. ``group`` names the
    alternation; with ``any_spaces`` a space in a word matches any run of white space, and
    the keys are the words' first words; without, every match holds a whole listed phrase,
    and the phrases themselves are the keys ("thứ nhất" is much rarer than "thứ")."""
    listed = [str(word) for word in words]
    body = alternation(listed, r"\s+" if any_spaces else None)
    opening = f"(?P<{group}>" if group else "(?:"
    pattern = rf"(?<!\w){opening}{body}){after}"
    keys = key_words(listed) if any_spaces else phrase_keys(listed)
    return scan(keys, initials(listed), pattern, flags)


def phrase_keys(words: Iterable[object]) -> tuple[str, ...]:
    """``words`` case folded, without those that hold another of them: one of them is in
    every match of an alternation of ``words`` with literal spaces."""
    folded = sorted({fold(str(word)) for word in words if str(word).strip()}, key=len)
    kept: list[str] = []
    for phrase in folded:
        if not any(shorter in phrase for shorter in kept):
            kept.append(phrase)
    return tuple(sorted(kept))


def scan(keys: Iterable[str], first: str, pattern: str, flags: int = 0) -> Scan:
    """``pattern`` as a ``Scan`` with the first characters ``first`` (as for
    ``starting_with``) that skips text without ``keys``."""
    return Scan(keys, first, pattern, flags)
