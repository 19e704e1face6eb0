"""``Record``: the base of every dataclass of the package (spans, mentions, claims,
findings, settings), with one ``__repr__`` for all of them.

Python compiles every method a dataclass generates when its module is imported, on every
run of the command. The repr is the one generated method nothing in the pipeline calls, so
the classes share this one instead (it prints exactly what the generated one prints)::

    @dataclass(frozen=True, repr=False)
    class Evidence(Record):
        span: Span
        role: str = ""
"""

from __future__ import annotations

from dataclasses import fields


class Record:
    """Give a dataclass subclass, declared with ``repr=False``, the dataclass repr."""

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{each.name}={getattr(self, each.name)!r}" for each in fields(self) if each.repr
        )
        return f"{type(self).__qualname__}({shown})"
