"""Applying fixes: ``check --fix`` (safe fixes), ``--unsafe-fixes`` (all) and ``--diff``.

Fixes of one pass that overlap: the first (by position) is applied and the others are left
for the next pass. After each pass the text is linted again and the new fixes applied, until
nothing changes (at most ``MAX_PASSES`` passes), so a second ``--fix`` run changes nothing.
A fixed file is written atomically (a temporary file in the same directory, flushed to
disk, then renamed over the original), keeps its mode, its encoding and its byte-order mark,
and a file without fixes is never touched. Word documents and standard input are not fixed.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lint.findings import Edit, Finding
from lint.records import Record

MAX_PASSES = 10
_ENCODINGS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def chosen_edits(findings: list[Finding], unsafe: bool) -> list[Edit]:
    """The fixes to apply in one pass, in order: safe ones (and unsafe ones with
    ``unsafe``), skipping any that overlaps one already chosen."""
    candidates = sorted(
        {f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)},
        key=lambda edit: (edit.span.start, edit.span.end, edit.replacement),
    )
    chosen: list[Edit] = []
    for edit in candidates:
        if chosen:
            last = chosen[-1].span
            if edit.span.start < last.end or edit.span.start == last.start:
                continue
        chosen.append(edit)
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with ``edits`` (sorted, not overlapping) applied."""
    pieces = []
    position = 0
    for edit in edits:
        pieces += [text[position : edit.span.start], edit.replacement]
        position = edit.span.end
    pieces.append(text[position:])
    return "".join(pieces)


@dataclass(frozen=True, repr=False)
class Fixed(Record):
    text: str
    findings: list[Finding]  # what remains, from linting ``text``
    applied: int  # how many fixes were applied


def fix_text(
    text: str, findings: list[Finding], relint: Callable[[str], list[Finding]], unsafe: bool
) -> Fixed:
    """Apply fixes pass after pass until none is left (or ``MAX_PASSES``)."""
    applied = 0
    seen = {text}
    for _ in range(MAX_PASSES):
        edits = chosen_edits(findings, unsafe)
        if not edits:
            break
        text = apply_edits(text, edits)
        applied += len(edits)
        findings = relint(text)
        if text in seen:  # fixes that undo each other: stop
            break
        seen.add(text)
    return Fixed(text, findings, applied)


def split_encoding(data: bytes) -> tuple[bytes, str]:
    """The byte-order mark of ``data`` (or b"") and the encoding of the rest."""
    for bom, encoding in _ENCODINGS:
        if data.startswith(bom):
            return bom, encoding
    return b"", "utf-8"


def encoded_like(original: bytes, text: str) -> bytes:
    """``text`` encoded as ``original`` was, with its byte-order mark."""
    bom, encoding = split_encoding(original)
    return bom + text.encode(encoding)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace the file ``path`` with ``data``: written to a temporary file beside it,
    flushed to disk, given the original's mode, then renamed over it. Raises OSError."""
    target = Path(os.path.realpath(path))
    mode = stat.S_IMODE(target.stat().st_mode)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where possible
        directory = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff of ``old`` → ``new``, marking a last line without a line break."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    return "".join(
        line if line.endswith("\n") else f"{line}\n\\ No newline at end of file\n" for line in lines
    )
