"""Annotated copies of Word documents: a Word comment on the exact words of each finding.

``reportlint check report.docx --annotate reviewed.docx`` writes a copy of the document with
one comment per finding (author "reportlint", initials "RL"; the text is the rule code, the
message and the computation), anchored on the finding's words. The original file is not
touched. Runs are split where a finding starts and ends, so the comment covers exactly its
words, also inside tracked insertions and hyperlinks.

Word allows no comments in headers and footers, so findings there (and in footnotes) are
reported by the command but get no comment.
"""

from __future__ import annotations

import copy
import os
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint.document import Document
from lint.docx import RPR, Layout, T, WordParagraph, layout, open_docx, paragraph_pieces
from lint.findings import Finding
from lint.load import InputError
from lint.records import Record

AUTHOR, INITIALS = "reportlint", "RL"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True, repr=False)
class Annotated(Record):
    """What ``annotate`` did: comments written, and findings outside the body left out."""

    comments: int
    skipped: int


def comment_text(finding: Finding) -> str:
    text = f"{finding.code} {finding.message}"
    return f"{text}\n{finding.computation}" if finding.computation else text


def annotate(data: bytes, document: Document, findings: list[Finding], target: Path) -> Annotated:
    """Write to ``target`` the .docx ``data`` with a comment on each of ``findings`` (found in
    ``document``, which was read from ``data``). Raises ``InputError`` or ``OSError``."""
    word = open_docx(data, document.path)
    word_layout = layout(word)
    if word_layout.text != document.text:
        raise InputError(f"{document.path}: the file changed while it was checked; not annotated")
    anchors = _Anchors(word_layout)
    comments = 0
    for finding in findings:
        runs = anchors.runs(finding.span.start, finding.span.end, word)
        if runs is not None:
            word.add_comment(runs, text=comment_text(finding), author=AUTHOR, initials=INITIALS)
            comments += 1
    _save(word, target)
    return Annotated(comments, len(findings) - comments)


def _save(word: Any, target: Path) -> None:
    partial = target.with_name(f".{target.name}.partial")
    try:
        word.save(str(partial))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


class _Anchors:
    """Finds, and splits out, the runs that hold a span of the synthetic text."""

    def __init__(self, word_layout: Layout) -> None:
        self.starts = [offset for offset, _ in word_layout.paragraph_starts]
        self.paragraphs = [paragraph for _, paragraph in word_layout.paragraph_starts]
        self.body = {
            id(paragraph)
            for block in word_layout.blocks
            if block.origin.part == "body"
            for paragraph in block.paragraphs
        }

    def locate(self, offset: int) -> tuple[WordParagraph, int]:
        """The paragraph holding the character at ``offset``, and the offset within it."""
        index = max(0, bisect_right(self.starts, offset) - 1)
        return self.paragraphs[index], offset - self.starts[index]

    def runs(self, start: int, end: int, parent: Any) -> list[Any] | None:
        """The first and last python-docx runs of the span, split out; None outside the body."""
        from docx.text.run import Run

        first, first_offset = self.locate(start)
        last, last_offset = self.locate(max(start, end - 1))
        if id(first) not in self.body or id(last) not in self.body:
            return None
        split_at(first.element, first_offset)
        split_at(last.element, last_offset + 1)
        first_run = _run_at(first.element, first_offset)
        last_run = _run_at(last.element, last_offset)
        if first_run is None or last_run is None:
            return None
        return [Run(first_run, parent), Run(last_run, parent)]


def _run_at(paragraph: Any, offset: int) -> Any:
    position = 0
    for piece in paragraph_pieces(paragraph):
        if position <= offset < position + len(piece.text):
            return piece.run
        position += len(piece.text)
    return None


def split_at(paragraph: Any, offset: int) -> None:
    """Make a run boundary at ``offset`` in ``paragraph``'s text, splitting a run if needed."""
    pieces = paragraph_pieces(paragraph)
    position = 0
    for index, piece in enumerate(pieces):
        if position <= offset < position + len(piece.text):
            inside = offset - position
            same_run = index > 0 and pieces[index - 1].run is piece.run
            if inside or same_run:
                _split_run(piece.run, piece.child, inside)
            return
        position += len(piece.text)


def _split_run(run: Any, child: Any, chars: int) -> None:
    """Split ``run`` in two so that the second run starts at character ``chars`` of
    ``child`` (a ``w:t``, or a character element when ``chars`` is 0)."""
    right = copy.deepcopy(run)
    children, copies = list(run), list(right)
    index = children.index(child)
    for element in children[index + 1 :]:
        run.remove(element)
    for element in copies[:index]:
        if element.tag != RPR:
            right.remove(element)
    if chars == 0:
        run.remove(child)
    else:
        text = child.text or ""
        child.text, copies[index].text = text[:chars], text[chars:]
        for element in (child, copies[index]):
            if element.tag == T:
                element.set(_XML_SPACE, "preserve")
    run.addnext(right)
