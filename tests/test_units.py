import math

import pytest

from lint.document import Span
from lint.mentions import Unit
from lint.units import conversion_factor

NOWHERE = Span(0, 0)


def unit(kind: str, key: str) -> Unit:
    return Unit(kind, key, NOWHERE)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [
        ("hectare", "meter**2", 10_000),
        ("tonne", "quintal", 10),
        ("quintal", "kilogram", 100),
        ("gigawatt_hour", "kilowatt_hour", 1_000_000),
        ("kilometer**2", "hectare", 100),
    ],
)
def test_physical_conversions(source, target, factor):
    result = conversion_factor(unit("physical", source), unit("physical", target))
    assert result is not None and math.isclose(result, factor)


def test_incomparable_units():
    assert conversion_factor(unit("physical", "hectare"), unit("physical", "tonne")) is None
    assert conversion_factor(unit("money", "VND"), unit("money", "USD")) is None
    assert conversion_factor(unit("count", "hộ"), unit("count", "người")) is None
    assert conversion_factor(unit("count", "hộ"), unit("money", "VND")) is None


def test_same_unit_needs_no_registry():
    assert conversion_factor(unit("count", "hộ"), unit("count", "hộ")) == 1.0


def test_every_unit_name_in_rule_data_is_defined():
    from lint.ruledata import load_data

    for key in set(load_data("numbers")["units"]["physical"].values()):
        assert conversion_factor(unit("physical", key), unit("physical", key)) == 1.0
        assert conversion_factor(unit("physical", key), unit("physical", key + "*1")) is not None
