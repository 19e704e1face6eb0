"""Words written twice in a row ("các các xã"): every immediate repeat of a word within a
block, separated only by spaces or tabs. Whether a repeat is an error (or Vietnamese
reduplication such as "người người") is the duplicated-word check's decision."""

from __future__ import annotations

import re

from lint.document import Document, Span
from lint.mentions import Mentions, RepeatMention

# A word followed, after spaces only, by the same word in any case. The repeat sits in a
# lookahead so that "các các các" gives two overlapping repeats.
_REPEAT = re.compile(
    r"(?<![^\W\d_])(?P<first>[^\W\d_]+)(?=[ \t\u00a0]+(?P<second>(?P=first))(?![^\W\d_]))",
    re.IGNORECASE,
)
_SPACES = " \t\u00a0"
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_AFTER_SPACES = re.compile(r"[ \t\u00a0]+[^\W\d_]")


def extract_repeats(document: Document, mentions: Mentions) -> None:
    text = document.text
    for block in document.blocks:
        start, end = block.span.start, block.span.end
        for match in _REPEAT.finditer(text, start, end):
            second = Span(match.start("second"), match.end("second"))
            mentions.repeats.append(
                RepeatMention(
                    Span(match.start(), second.end),
                    second.slice(text),
                    second,
                    inside_words=_word_before(text, match.start(), start)
                    and bool(_LETTER_AFTER_SPACES.match(text, second.end, end)),
                )
            )


def _word_before(text: str, position: int, floor: int) -> bool:
    """True when a word ends right before the spaces before ``position``: "thi công công
    trình" has words on both sides of its repeat."""
    index = position
    while index > floor and text[index - 1] in _SPACES:
        index -= 1
    return floor < index < position and bool(_LETTER.match(text, index - 1))
