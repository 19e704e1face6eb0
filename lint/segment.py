"""Splitting a decoded text into blocks (paragraphs, headings, list items, table cells) and
sentences, without breaking numbers ("1.009,3", "29/6/2022") or abbreviations ("TP.", "v.v.").

Plain text: a block is a run of non-blank lines; a line that starts a list item or looks like
a heading starts a new block, and so does a line that starts with a capital or a digit after
a line ending a sentence (".", "!", "?"), or with a capital after a numbered title line
("1. Tăng trưởng kinh tế"): drafts pasted from Word hold one paragraph per line.

Markdown: front matter, fenced code and HTML comments are skipped; headings, list items and
pipe-table cells (with their row and column) are kept; bold markers read as spaces.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from lint.document import Block, BlockKind, Document, Sentence, Span
from lint.ruledata import load_data

_LIST_MARKER = re.compile(
    r"[ \t]*(?:[-+*•–]\s|\d{1,2}(?:\.\d{1,2}){0,2}[.)]\s|[a-zđ][.)]\s|[IVXL]{1,5}[.)]\s)"
)
_MD_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]+")
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
_TABLE_ROW = re.compile(r"[ \t]*\|")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“(\[]?[\w\d–-])|[.!?…]+[\"”’)\]]*\s*$")
_NUMBERING = re.compile(r"\s*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_SECTION_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVXL]{1,5})[.)]\s+\S")
_TITLE_LENGTH = 100
# Markdown bold ("**52,8 triệu đồng**", "__…__"): read as spaces, so that "đạt **52,8 …**"
# reads as "đạt 52,8 …". Offsets stay those of the file; fixes apply to the file itself.
_EMPHASIS = re.compile(r"\*{2,3}|_{2,3}")
_LINE_END = re.compile(r"[.!?…][\"”’)\]]*$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(load_data("segmentation")["abbreviations"])


@lru_cache(maxsize=1)
def _connectives() -> frozenset[str]:
    return frozenset(str(word).lower() for word in load_data("segmentation")["connectives"])


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, the end excluding the line break."""
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line.rstrip("\r\n"))
        yield start, end
        start += len(line)


def _is_plain_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 120 or stripped[-1] in ".;,":
        return False
    letters = [c for c in stripped if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _is_section_title(line: str) -> bool:
    """A numbered title on a line of its own: "1. Tăng trưởng kinh tế", "II. NHIỆM VỤ" —
    short, and ending in a word that is no connective ("… 1.086 tỷ đồng và" goes on)."""
    line = line.rstrip()
    if len(line) > _TITLE_LENGTH or not _SECTION_NUMBER.match(line) or not line[-1:].isalpha():
        return False
    return line.rsplit(None, 1)[-1].lower() not in _connectives()


def _ends_paragraph(previous: str, single: bool, line: str) -> bool:
    """Whether ``line`` opens a new paragraph after the line ``previous`` (the block's only
    line when ``single``): it ends a sentence, not with an abbreviation ("TP."), and
    ``line`` starts with a capital or a digit; or it is a numbered title and ``line`` starts
    with a capital letter."""
    previous = previous.rstrip()
    first = line.lstrip()[:1]
    if single and first.isupper() and _is_section_title(previous):
        return True
    if not (first.isupper() or first.isdigit()) or not _LINE_END.search(previous):
        return False
    return not (previous.endswith(".") and _ends_with_abbreviation(previous, len(previous) - 1))


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def plain_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: tuple[int, int] | None = None

    def flush() -> None:
        nonlocal current
        if current:
            span = _trimmed(text, *current)
            if span:
                kind: BlockKind = "paragraph"
                first = text[span.start : span.end]
                if _LIST_MARKER.match(first):
                    kind = "list_item"
                elif "\n" not in first and _is_plain_heading(first):
                    kind = "heading"
                blocks.append(Block(kind, span))
        current = None

    previous = (0, 0)  # the last line of the current block
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            flush()
            continue
        starts_new = bool(_LIST_MARKER.match(line)) or _is_plain_heading(line)
        if current is not None and not starts_new:
            single = current[0] == previous[0]
            starts_new = _ends_paragraph(text[previous[0] : previous[1]], single, line)
        previous = (start, end)
        if current is None or starts_new or _is_plain_heading(text[current[0] : current[1]]):
            flush()
            current = (start, end)
        else:
            current = (current[0], end)
    flush()
    return blocks


def _front_matter_end(text: str) -> int:
    if not text.startswith("---"):
        return 0
    match = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[3:], re.MULTILINE)
    if not match or text[3:4] not in ("\n", "\r"):
        return 0
    end = 3 + match.end()
    return end


def _table_cells(text: str, start: int, end: int, table: int, row: int) -> Iterator[Block]:
    line = text[start:end]
    positions = [i for i, c in enumerate(line) if c == "|" and (i == 0 or line[i - 1] != "\\")]
    if positions and line[: positions[0]].strip():
        positions.insert(0, -1)
    if positions and line[positions[-1] + 1 :].strip():
        positions.append(len(line))
    for column, (left, right) in enumerate(itertools.pairwise(positions)):
        span = _trimmed(text, start + left + 1, start + right)
        if span:
            yield Block("table_cell", span, table=table, row=row, column=column)


def markdown_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: tuple[int, int] | None = None
    fence: str | None = None
    in_comment = False
    table, row = -1, 0
    in_table = False
    skip_until = _front_matter_end(text)

    def flush() -> None:
        nonlocal paragraph
        if paragraph:
            span = _trimmed(text, *paragraph)
            if span:
                kind: BlockKind = (
                    "list_item" if _LIST_MARKER.match(text[span.start : span.end]) else "paragraph"
                )
                blocks.append(Block(kind, span))
        paragraph = None

    for start, end in _lines(text):
        if end <= skip_until:
            continue
        line = text[start:end]
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        fence_match = _FENCE.match(line)
        if fence_match:
            flush()
            fence = fence_match.group(1)
            continue
        if line.lstrip().startswith("<!--"):
            flush()
            in_comment = "-->" not in line
            continue
        if _TABLE_ROW.match(line):
            flush()
            if not in_table:
                in_table, table, row = True, table + 1, 0
            if _TABLE_RULE.match(line):
                continue
            blocks.extend(_table_cells(text, start, end, table, row))
            row += 1
            continue
        in_table = False
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            span = _trimmed(text, start + heading.end(), end)
            if span:
                blocks.append(Block("heading", span, level=len(heading.group(1))))
            continue
        if not line.strip():
            flush()
            continue
        if paragraph is None or _LIST_MARKER.match(line):
            flush()
            paragraph = (start, end)
        else:
            paragraph = (paragraph[0], end)
    flush()
    return blocks


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1)
    return (
        word in _abbreviations()
        or word.rstrip(".") in _abbreviations()
        or (len(word) == 1 and word.isupper())
    )


def _ends_numbering(text: str, span: Span, dot: int) -> bool:
    """True for the dot of a section number opening a block: "II. PHƯƠNG HƯỚNG", "1. Thu"."""
    return bool(_NUMBERING.fullmatch(text, span.start, dot))


def split_sentences(text: str, span: Span) -> Iterator[Span]:
    start = span.start
    for match in _SENTENCE_END.finditer(text, span.start, span.end):
        dot = match.start()
        if text[dot] == "." and (
            _ends_with_abbreviation(text, dot) or _ends_numbering(text, span, dot)
        ):
            continue
        piece = _trimmed(text, start, match.end())
        if piece:
            yield piece
        start = match.end()
    piece = _trimmed(text, start, span.end)
    if piece:
        yield piece


def segment(path: str, text: str, markdown: bool) -> Document:
    read = _EMPHASIS.sub(lambda match: " " * len(match.group()), text) if markdown else text
    document = Document(path=path, text=read, original=None if read == text else text)
    document.blocks = markdown_blocks(read) if markdown else plain_blocks(read)
    document.sentences = [
        Sentence(piece, index)
        for index, block in enumerate(document.blocks)
        for piece in split_sentences(read, block.span)
    ]
    return document
