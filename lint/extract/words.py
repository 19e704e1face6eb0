"""Words written twice in a row ("các các xã"): every immediate repeat of a word within a
block, separated only by spaces or tabs. Whether a repeat is an error (or Vietnamese
reduplication such as "người người") is the duplicated-word check's decision."""

from __future__ import annotations

import re

from lint.document import Document, Span
from lint.mentions import Mentions, RepeatMention

_WORD = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"[ \t\u00a0]+")


def extract_repeats(document: Document, mentions: Mentions) -> None:
    text = document.text
    for block in document.blocks:
        words = list(_WORD.finditer(text, block.span.start, block.span.end))
        for index in range(1, len(words)):
            previous, match = words[index - 1], words[index]
            if match.group().lower() != previous.group().lower():
                continue
            if not _GAP.fullmatch(text, previous.end(), match.start()):
                continue
            mentions.repeats.append(
                RepeatMention(
                    Span(previous.start(), match.end()),
                    match.group(),
                    Span(match.start(), match.end()),
                    inside_words=_joined(text, words, index - 1)
                    and _joined(text, words, index + 1, before=True),
                )
            )


def _joined(text: str, words: list[re.Match[str]], index: int, before: bool = False) -> bool:
    """True when word ``index - 1`` (or, with ``before``, ``index``) is separated from its
    neighbour only by spaces: "thi công công trình" has words on both sides."""
    if before:
        if index >= len(words):
            return False
        left, right = words[index - 1], words[index]
    else:
        if index < 1:
            return False
        left, right = words[index - 1], words[index]
    return bool(_GAP.fullmatch(text, left.end(), right.start()))
