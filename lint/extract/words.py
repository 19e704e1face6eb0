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
        previous: re.Match[str] | None = None
        for match in _WORD.finditer(text, block.span.start, block.span.end):
            if (
                previous is not None
                and match.group().lower() == previous.group().lower()
                and _GAP.fullmatch(text, previous.end(), match.start())
            ):
                mentions.repeats.append(
                    RepeatMention(
                        Span(previous.start(), match.end()),
                        match.group(),
                        Span(match.start(), match.end()),
                    )
                )
            previous = match
