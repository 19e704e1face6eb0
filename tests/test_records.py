import dataclasses
import inspect

import pytest

import lint.claims
import lint.document
import lint.findings
import lint.intervals
import lint.mentions
from lint.document import Document, Span
from lint.mentions import Unit
from lint.records import Record

RECORD_CLASSES = [
    cls
    for module in (lint.claims, lint.document, lint.findings, lint.intervals, lint.mentions)
    for _, cls in inspect.getmembers(module, inspect.isclass)
    if issubclass(cls, Record) and cls.__module__ == module.__name__
]


def test_the_pipeline_records_are_found():
    names = {cls.__name__ for cls in RECORD_CLASSES}
    assert {"Span", "NumberMention", "GrowthClaim", "Finding", "Interval"} <= names


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
def test_every_record_is_a_dataclass_with_the_shared_repr(cls):
    assert dataclasses.is_dataclass(cls)
    assert cls.__repr__ is Record.__repr__


def _generated_repr(instance: object) -> str:
    """What ``dataclass(repr=True)`` would print for ``instance``."""
    cls = type(instance)
    twin = dataclasses.make_dataclass(
        cls.__name__,
        [(f.name, f.type, dataclasses.field(repr=f.repr)) for f in dataclasses.fields(cls)],
    )
    twin.__qualname__ = cls.__qualname__
    return repr(twin(**{f.name: getattr(instance, f.name) for f in dataclasses.fields(cls)}))


@pytest.mark.parametrize(
    "instance",
    [
        Span(3, 9),
        Unit("money", "đồng", Span(0, 4)),
        Document("a.txt", "Thu 5 tỷ đồng.", blocks=[], sentences=[]),
    ],
    ids=lambda instance: type(instance).__name__,
)
def test_the_shared_repr_prints_what_the_generated_one_would(instance):
    assert repr(instance) == _generated_repr(instance)
