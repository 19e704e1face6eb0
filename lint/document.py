"""The document model: decoded text, an exact source map, blocks and sentences.

Every later stage refers to the text by offsets into ``Document.text``; ``Document.position``
turns an offset back into the 1-based line and column (Unicode code points) of the file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "list_item", "table_cell"]


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of offsets into ``Document.text``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def covers(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Block:
    """A paragraph, heading, list item or table cell: sentences never cross a block."""

    kind: BlockKind
    span: Span
    level: int = 0
    table: int | None = None
    row: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class Sentence:
    span: Span
    block: int


@dataclass
class Document:
    path: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        index = self.text.find("\n")
        while index != -1:
            starts.append(index + 1)
            index = self.text.find("\n", index + 1)
        self._line_starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``; columns count code points."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start : end if end != -1 else len(self.text)].rstrip("\r")

    def sentence_index(self, offset: int) -> int | None:
        """Index in ``sentences`` of the sentence holding ``offset``, if any."""
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.span.start for s in self.sentences]
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].span.end:
            return index
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        index = self.sentence_index(offset)
        return None if index is None else self.sentences[index]
