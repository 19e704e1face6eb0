"""Reading YAML files through a cache of their parsed contents.

Every run reads the rule packs and rule data; importing and running the YAML parser for
them is a third of a short run's time. ``read_yaml`` keeps each parsed file in the user's
cache directory, keyed by the file's bytes (CRC-32 and length) and the Python version, in
``marshal`` form, which loads in well under a millisecond. A file that changes gets a new
entry; a cache that is missing, unreadable, unwritable or corrupt is simply not used.

The directory is ``$REPORTLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/reportlint``, else
``~/.cache/reportlint``; ``REPORTLINT_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any

_FORMAT = 1
_DATE, _DATETIME = "date", "datetime"


def cache_dir() -> Path | None:
    if os.environ.get("REPORTLINT_NO_CACHE"):
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
            return thawed(marshal.loads(entry.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no entry yet, or a damaged one: parse and write it anew
    data = _parse(raw)
    if entry is not None:
        _store(entry, data)
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


def _store(entry: Path, data: Any) -> None:
    """Write the entry atomically; any failure leaves the cache as it was."""
    import tempfile  # only on a cache miss

    try:
        blob = marshal.dumps(frozen(data))
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(blob)
        os.replace(temporary, entry)
    except (OSError, ValueError):
        return


def frozen(data: Any) -> Any:
    """``data`` with dates as tagged tuples, which ``marshal`` can write (a YAML safe load
    never yields a tuple, so the tags cannot be mistaken for data)."""
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
