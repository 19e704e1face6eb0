"""Reading Word documents (.docx) into the same ``Document`` model as text files.

Every paragraph and every table cell becomes one block of a synthetic text: one line per Word
paragraph, blocks separated by a blank line, so every rule works on Word input unchanged.
Reading order: the body (paragraphs, and tables cell by cell with their row and column;
a merged cell counts once, at its first row and column), then headers, footers and
footnotes. Paragraphs are numbered 1, 2, … in that order, empty ones and those inside table
cells included; ``Document.line_numbers`` maps each line of the text to its paragraph's
number and ``Document.origins`` gives each block's origin, so findings name paragraphs and
cells ("¶12:5", "table 2, row 4, col 5").

Text is read from the XML, not from python-docx's ``paragraph.text``, so that tracked
changes read as the draft would after accepting them: inserted text (``w:ins``) is read,
deleted text (``w:del``, ``w:moveFrom``) is not. Text boxes are left out.

A file that is not a usable .docx (an encrypted or legacy OLE file, not a zip, a zip that
would expand beyond ``MAX_UNCOMPRESSED`` bytes or ``MAX_RATIO`` times its size, or a package
python-docx cannot open) raises ``InputError`` with a one-line message naming the file.

python-docx is imported only when a .docx file is read: text files keep a fast cold start.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.document import Block, BlockKind, Document, Sentence, Span, WordOrigin, WordPart
from lint.load import InputError
from lint.records import Record
from lint.segment import _LIST_MARKER, _is_plain_heading, split_sentences

if TYPE_CHECKING:
    from docx.document import Document as WordFile

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes the package may expand to
MAX_RATIO = 100  # uncompressed ÷ compressed size beyond which a package is a zip bomb
RATIO_FLOOR = 1024 * 1024  # below this many bytes a high ratio is harmless
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # encrypted .docx files and legacy .doc files

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, R, RPR, T, TBL, TR, TC, SDT = (
    f"{_W}{n}" for n in ("p", "r", "rPr", "t", "tbl", "tr", "tc", "sdt")
)
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}br": " ", f"{_W}cr": " ", f"{_W}noBreakHyphen": "-"}
_PIECE_TAGS = (T, *_CHARACTERS)
_REMOVED = frozenset({f"{_W}del", f"{_W}moveFrom", P})  # deleted text; a text box's paragraphs
_PARAGRAPH = frozenset({P})
_HEADING_STYLE = re.compile(r"(?i)heading\s*(\d)|title")


@dataclass(frozen=True, repr=False)
class Piece(Record):
    """A run's child that shows text: a ``w:t`` or a character (tab, line break)."""

    run: Any  # the w:r element
    child: Any
    text: str


@dataclass(repr=False)
class WordParagraph(Record):
    element: Any  # the w:p element
    number: int
    pieces: list[Piece]

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


@dataclass(repr=False)
class WordBlock(Record):
    """One block to be: a paragraph, or a table cell's paragraphs."""

    kind: BlockKind
    origin: WordOrigin
    paragraphs: list[WordParagraph]
    level: int = 0
    cell: tuple[int, int, int] | None = None  # table, row, column, 0-based


@dataclass(repr=False)
class Layout(Record):
    """The synthetic text of a Word file and where each block and paragraph starts in it."""

    text: str
    blocks: list[WordBlock]
    block_spans: list[Span]
    line_numbers: list[int]
    paragraph_starts: list[tuple[int, WordParagraph]] = field(default_factory=list)


# --- opening -------------------------------------------------------------------------------


def check_package(data: bytes, name: str) -> None:
    """Raise ``InputError`` unless ``data`` is a zip package that is safe to open."""
    if data.startswith(OLE_SIGNATURE):
        raise InputError(
            f"{name}: encrypted or legacy Word file (OLE compound document), not a .docx; "
            "save it as an unprotected .docx"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(f"{name}: not a Word document (not a .docx zip package)") from None
    expanded = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if expanded > MAX_UNCOMPRESSED or (expanded > RATIO_FLOOR and expanded > MAX_RATIO * packed):
        raise InputError(
            f"{name}: refusing to open a .docx that expands to {expanded:,} bytes "
            f"from {packed:,} (limit {MAX_UNCOMPRESSED:,} bytes, ratio {MAX_RATIO}:1)"
        )


def open_docx(data: bytes, name: str) -> WordFile:
    """The python-docx document in ``data``, or ``InputError``."""
    check_package(data, name)
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx reports a broken package in many ways
        raise InputError(f"{name}: cannot read Word document ({_reason(error)})") from None


def _reason(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


# --- reading paragraphs and tables ---------------------------------------------------------


def paragraph_pieces(paragraph: Any) -> list[Piece]:
    """The text-showing children of ``paragraph``'s runs in order, tracked deletions and
    text boxes left out."""
    pieces = []
    for child in paragraph.iter(*_PIECE_TAGS):
        run = child.getparent()
        if run.tag != R or not _inside(child, paragraph, _REMOVED):
            continue
        text = _CHARACTERS.get(child.tag) or (child.text or "")
        pieces.append(Piece(run, child, text.replace("\n", " ").replace("\r", " ")))
    return pieces


def _inside(element: Any, container: Any, barriers: frozenset[str]) -> bool:
    """True if ``element`` is inside ``container`` with no barrier element in between."""
    for ancestor in element.iterancestors():
        if ancestor is container:
            return True
        if ancestor.tag in barriers:
            return False
    return False


class _Reader:
    """Walks a Word file in reading order, numbering paragraphs and tables."""

    def __init__(self, word: WordFile) -> None:
        self.word = word
        self.paragraphs = 0
        self.tables = 0
        self.styles = {style.style_id: style.name or "" for style in word.styles}

    def paragraph(self, element: Any) -> WordParagraph:
        self.paragraphs += 1
        return WordParagraph(element, self.paragraphs, paragraph_pieces(element))

    def body(self, container: Any) -> Iterator[WordBlock]:
        for element in container.iterchildren(P, TBL, SDT):
            if element.tag == P:
                paragraph = self.paragraph(element)
                yield self.paragraph_block(paragraph, WordOrigin("body", paragraph.number))
            elif element.tag == TBL:
                yield from self.table(element)
            else:
                content = element.find(f"{_W}sdtContent")
                if content is not None:
                    yield from self.body(content)

    def table(self, table: Any) -> Iterator[WordBlock]:
        index = self.tables
        self.tables += 1
        rows = [row for row in table.iter(TR) if next(row.iterancestors(TBL)) is table]
        for row_index, row in enumerate(rows):
            column = _int_attribute(row.find(f"{_W}trPr/{_W}gridBefore"), 0)
            for cell in row.iterchildren(TC):
                span = _int_attribute(cell.find(f"{_W}tcPr/{_W}gridSpan"), 1)
                paragraphs = [self.paragraph(p) for p in _own_paragraphs(cell)]
                if not _continues_merge(cell):
                    yield self.cell_block(paragraphs, index, row_index, column)
                column += max(span, 1)

    def cell_block(
        self, paragraphs: list[WordParagraph], table: int, row: int, column: int
    ) -> WordBlock:
        number = paragraphs[0].number if paragraphs else self.paragraphs
        origin = WordOrigin("body", number, table + 1, row + 1, column + 1)
        return WordBlock("table_cell", origin, paragraphs, cell=(table, row, column))

    def paragraph_block(self, paragraph: WordParagraph, origin: WordOrigin) -> WordBlock:
        kind, level = self.kind(paragraph)
        return WordBlock(kind, origin, [paragraph], level)

    def kind(self, paragraph: WordParagraph) -> tuple[BlockKind, int]:
        style = paragraph.element.find(f"{_W}pPr/{_W}pStyle")
        name = self.styles.get(style.get(f"{_W}val"), "") if style is not None else ""
        heading = _HEADING_STYLE.fullmatch(name.strip())
        if heading:
            return "heading", int(heading.group(1) or 1)
        text = paragraph.text
        numbered = paragraph.element.find(f"{_W}pPr/{_W}numPr") is not None
        if numbered or name.lower().startswith("list") or _LIST_MARKER.match(text):
            return "list_item", 0
        if _is_plain_heading(text):
            return "heading", 0
        return "paragraph", 0

    def part(self, root: Any, part: WordPart, footnote: int | None = None) -> Iterator[WordBlock]:
        for element in _own_paragraphs(root):
            paragraph = self.paragraph(element)
            origin = WordOrigin(part, paragraph.number, footnote=footnote)
            yield self.paragraph_block(paragraph, origin)

    def headers_and_footers(self) -> Iterator[WordBlock]:
        for part in ("header", "footer"):
            seen: set[int] = set()
            for section in self.word.sections:
                for story in _stories(section, part):
                    if story.is_linked_to_previous:
                        continue
                    element = story.part.element
                    if id(element) not in seen:
                        seen.add(id(element))
                        yield from self.part(element, part)

    def footnotes(self) -> Iterator[WordBlock]:
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml.parser import parse_xml

        document_part = self.word.part
        targets = [
            rel.target_part
            for rel in document_part.rels.values()
            if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not rel.is_external
        ]
        if not targets:
            return
        root = parse_xml(targets[0].blob)
        order = _footnote_numbers(document_part.element)
        notes = [
            note
            for note in root.iterchildren(f"{_W}footnote")
            if note.get(f"{_W}type", "normal") == "normal"
        ]
        for position, note in enumerate(notes, 1):
            number = order.get(note.get(f"{_W}id", ""), len(order) + position)
            yield from self.part(note, "footnote", number)

    def blocks(self) -> list[WordBlock]:
        body = self.word.element.body
        return [
            *self.body(body),
            *self.headers_and_footers(),
            *self.footnotes(),
        ]


def _stories(section: Any, part: str) -> tuple[Any, ...]:
    if part == "header":
        return (section.header, section.first_page_header, section.even_page_header)
    return (section.footer, section.first_page_footer, section.even_page_footer)


def _footnote_numbers(document: Any) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for reference in document.iter(f"{_W}footnoteReference"):
        numbers.setdefault(reference.get(f"{_W}id", ""), len(numbers) + 1)
    return numbers


def _own_paragraphs(container: Any) -> Iterator[Any]:
    """The paragraphs inside ``container`` (nested tables included), not those of text boxes
    (which sit inside another paragraph)."""
    for paragraph in container.iter(P):
        if _inside(paragraph, container, _PARAGRAPH):
            yield paragraph


def _int_attribute(element: Any, default: int) -> int:
    value = element.get(f"{_W}val") if element is not None else None
    return int(value) if value and value.isdigit() else default


def _continues_merge(cell: Any) -> bool:
    """True for the lower cells of a vertical merge and the right cells of a legacy one."""
    for tag in ("vMerge", "hMerge"):
        merge = cell.find(f"{_W}tcPr/{_W}{tag}")
        if merge is not None and merge.get(f"{_W}val", "continue") == "continue":
            return True
    return False


# --- the synthetic text --------------------------------------------------------------------


def layout(word: WordFile) -> Layout:
    """The synthetic text of ``word``: its blocks, one line per non-empty paragraph."""
    lines: list[str] = []
    numbers: list[int] = []
    blocks: list[WordBlock] = []
    spans: list[Span] = []
    starts: list[tuple[int, WordParagraph]] = []
    offset = 0
    for block in _Reader(word).blocks():
        paragraphs = [p for p in block.paragraphs if p.text.strip()]
        if not paragraphs:
            continue
        if lines:
            lines.append("")
            numbers.append(numbers[-1])
            offset += 1
        first = offset
        for paragraph in paragraphs:
            starts.append((offset, paragraph))
            lines.append(paragraph.text)
            numbers.append(paragraph.number)
            offset += len(paragraph.text) + 1
        blocks.append(block)
        spans.append(Span(first, offset - 1))
    return Layout("\n".join(lines), blocks, spans, numbers, starts)


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def to_document(name: str, word_layout: Layout) -> Document:
    text = word_layout.text
    document = Document(path=name, text=text, line_numbers=word_layout.line_numbers)
    document.origins = [block.origin for block in word_layout.blocks]
    for block, span in zip(word_layout.blocks, word_layout.block_spans, strict=True):
        table, row, column = block.cell or (None, None, None)
        trimmed = _trimmed(text, span)
        document.blocks.append(Block(block.kind, trimmed, block.level, table, row, column))
    document.sentences = [
        Sentence(piece, index)
        for index, block in enumerate(document.blocks)
        for piece in split_sentences(text, block.span)
    ]
    return document


def read_docx(data: bytes, name: str) -> Document:
    """The document in the .docx bytes ``data``; ``name`` is used in messages and findings."""
    word = open_docx(data, name)
    try:
        word_layout = layout(word)
    except Exception as error:  # a package python-docx opened but whose parts are broken
        raise InputError(f"{name}: cannot read Word document ({_reason(error)})") from None
    return to_document(name, word_layout)
