"""Reading input files: bytes in, decoded text out, or one clear error.

Accepts UTF-8 with or without a byte-order mark and UTF-16 with a byte-order mark. Anything
else (binary data, another encoding, an unreadable path) raises ``InputError`` whose message
is one line naming the file, so the command line can report it and go on with other files.
"""

from __future__ import annotations

import codecs
from pathlib import Path


class InputError(Exception):
    """An input that cannot be read as a document; ``str()`` is a one-line message."""


def decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name).lstrip("\ufeff")
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text document")
    return _strict(data, "utf-8", name)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid {encoding.upper()} text "
            f"(byte 0x{data[error.start]:02x} at offset {error.start}); "
            "save the file as UTF-8"
        ) from None


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read file ({error.strerror or error})") from None
    return decode(data, str(path))
