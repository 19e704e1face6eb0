import dataclasses
import importlib
import inspect
import pkgutil

import pytest

import lint
from lint.document import Document, Span
from lint.mentions import Unit
from lint.records import Record

MODULES = [
    importlib.import_module(info.name)
    for info in pkgutil.walk_packages(lint.__path__, "lint.")
    if info.name != "lint.__main__"
]
DATACLASSES = [
    cls
    for module in MODULES
    for _, cls in inspect.getmembers(module, inspect.isclass)
    if dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__
]


def test_the_dataclasses_of_every_stage_are_found():
    names = {cls.__name__ for cls in DATACLASSES}
    assert {"Span", "NumberMention", "GrowthClaim", "Finding", "Rule", "Config"} <= names


@pytest.mark.parametrize("cls", DATACLASSES, ids=lambda cls: cls.__qualname__)
def test_every_dataclass_of_the_package_is_a_record_with_the_shared_repr(cls):
    assert issubclass(cls, Record)
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
