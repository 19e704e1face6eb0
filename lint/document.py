"""The document model: decoded text, an exact source map, blocks and sentences.

Every later stage refers to the text by offsets into ``Document.text``; ``Document.position``
turns an offset back into the 1-based line and column (Unicode code points) of the file.

A Word document (lint/docx.py) has no lines of its own: its text is synthetic, one line per
paragraph, and ``line_numbers`` maps each line to the paragraph's number, so positions name
paragraphs; ``origins`` says where each block comes from (a paragraph, a table cell, a
header, footer or footnote).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

from lint.records import Record

BlockKind = Literal["paragraph", "heading", "list_item", "table_cell"]
WordPart = Literal["body", "header", "footer", "footnote"]


@dataclass(frozen=True, order=True, repr=False)
class Span(Record):
    """A half-open range ``[start, end)`` of offsets into ``Document.text``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def covers(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, repr=False)
class Block(Record):
    """A paragraph, heading, list item or table cell: sentences never cross a block."""

    kind: BlockKind
    span: Span
    level: int = 0
    table: int | None = None
    row: int | None = None
    column: int | None = None


@dataclass(frozen=True, repr=False)
class Sentence(Record):
    span: Span
    block: int


@dataclass(frozen=True, repr=False)
class WordOrigin(Record):
    """Where a block of a Word document comes from. Numbers are 1-based: ``paragraph`` counts
    every paragraph in reading order (body, then headers, footers and footnotes), empty ones
    and those inside table cells included."""

    part: WordPart
    paragraph: int
    table: int | None = None
    row: int | None = None
    column: int | None = None
    footnote: int | None = None

    def label(self, paragraph: int, column: int) -> str:
        """Where a position is, for people: "¶12:5", "table 2, row 4, col 5", "header:3"."""
        if self.table is not None:
            return f"table {self.table}, row {self.row}, col {self.column}"
        if self.part == "footnote":
            return f"footnote {self.footnote}:{column}"
        if self.part != "body":
            return f"{self.part}:{column}"
        return f"¶{paragraph}:{column}"

    def fields(self, paragraph: int) -> dict[str, object]:
        """Where a position is, for tools (the JSON output)."""
        fields: dict[str, object] = {"part": self.part}
        if self.part == "body":
            fields["paragraph"] = paragraph
        if self.table is not None:
            fields.update(table=self.table, row=self.row, column_index=self.column)
        if self.footnote is not None:
            fields["footnote"] = self.footnote
        return fields


@dataclass(repr=False)
class Document(Record):
    path: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    origins: list[WordOrigin] | None = None  # one per block, for a Word document
    line_numbers: list[int] | None = None  # the number each line is reported as
    original: str | None = None  # the file's text when ``text`` reads it otherwise
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _origin_of_line: dict[int, WordOrigin] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        index = self.text.find("\n")
        while index != -1:
            starts.append(index + 1)
            index = self.text.find("\n", index + 1)
        self._line_starts = starts

    @property
    def source(self) -> str:
        """The file's own text, which quotes, fixes and baselines use: ``text`` with Markdown
        bold markers, which ``text`` reads as spaces (offsets are the same in both)."""
        return self.text if self.original is None else self.original

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``; columns count code points."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        column = offset - self._line_starts[line] + 1
        return (self.line_numbers[line] if self.line_numbers else line + 1), column

    def origin_at(self, line: int) -> WordOrigin | None:
        """The origin of the block on reported line ``line``; None for text files."""
        if self.origins is None:
            return None
        if not self._origin_of_line:
            for block, origin in zip(self.blocks, self.origins, strict=True):
                first, last = self.position(block.span.start)[0], self.position(block.span.end)[0]
                for number in range(first, last + 1):
                    self._origin_of_line[number] = origin
        return self._origin_of_line.get(line)

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self.source.find("\n", start)
        return self.source[start : end if end != -1 else len(self.source)].rstrip("\r")

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
