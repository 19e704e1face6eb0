"""Reading YAML files through a cache of their parsed contents.

Every run reads the rule packs and rule data; importing and running the YAML parser for
them is a third of a short run's time. ``read_yaml`` keeps each parsed file in the user's
cache directory in ``marshal`` form, which loads in well under a millisecond. An entry is
found by the file's CRC-32, length and the Python version, and holds the file's bytes: it is
used only when they are the file's bytes now, so a changed file (or one whose CRC happens
to match another's) is parsed anew. A cache that is missing, unreadable, unwritable or
corrupt is simply not used, and data ``marshal`` cannot hold as parsed (ordered pairs,
self-references) is not cached.

The directory is ``$REPORTLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/reportlint``, else
``~/.cache/reportlint``; ``REPORTLINT_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any

_FORMAT = 2
_DATE, _DATETIME = "date", "datetime"


def cache_dir() -> Path | None:
    if os.environ.get("REPORTLINT_NO_CACHE", "").strip().lower() not in ("", "0", "false", "no"):
        return None
    if chosen := os.environ.get("REPORTLINT_CACHE_DIR"):
        return Path(chosen)
    if xdg := os.environ.get("XDG_CACHE_HOME"):
        return Path(xdg) / "reportlint"
    try:
        return Path.home() / ".cache" / "reportlint"
    except RuntimeError:  # no home directory
        return None


def read_yaml(path: Path) -> Any:
    """The YAML file at ``path``, parsed (safe loader); I/O, decoding and YAML errors are
    raised as they come."""
    raw = path.read_bytes()
    entry = _entry(raw)
    if entry is not None:
        try:
            stored, data = marshal.loads(entry.read_bytes())
            if stored == raw:
                return thawed(data)
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no entry yet, or a damaged one: parse and write it anew
    data = _parse(raw)
    if entry is not None:
        _store(entry, raw, data)
    return data


def _parse(raw: bytes) -> Any:
    import yaml  # only on a cache miss

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(raw.decode("utf-8"), Loader=loader)


def _entry(raw: bytes) -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    version = f"{sys.version_info.major}{sys.version_info.minor}"
    return directory / f"yaml-{_FORMAT}-py{version}-{zlib.crc32(raw):08x}-{len(raw)}.marshal"


def _store(entry: Path, raw: bytes, data: Any) -> None:
    """Write the entry atomically; any failure leaves the cache as it was."""
    import tempfile  # only on a cache miss

    try:
        blob = marshal.dumps((raw, frozen(data)))
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
    except (OSError, ValueError, RecursionError):
        return  # not writable, or data marshal cannot hold: simply not cached
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(blob)
        os.replace(temporary, entry)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def frozen(data: Any) -> Any:
    """``data`` with dates as tagged tuples, which ``marshal`` can write. Data that holds a
    tuple itself (YAML ordered pairs) raises ValueError: its tuples would read as tags."""
    if isinstance(data, tuple):
        raise ValueError("YAML pairs are not cached")
    if isinstance(data, dict):
        return {frozen(key): frozen(value) for key, value in data.items()}
    if isinstance(data, list):
        return [frozen(item) for item in data]
    if isinstance(data, dt.datetime):
        return (_DATETIME, data.isoformat())
    if isinstance(data, dt.date):
        return (_DATE, data.isoformat())
    return data


def thawed(data: Any) -> Any:
    """The inverse of ``frozen``."""
    if isinstance(data, dict):
        return {thawed(key): thawed(value) for key, value in data.items()}
    if isinstance(data, list):
        return [thawed(item) for item in data]
    if isinstance(data, tuple):
        kind, text = data
        return dt.datetime.fromisoformat(text) if kind == _DATETIME else dt.date.fromisoformat(text)
    return data
