"""Converting physical quantities between the units reports mix ("ha" and "m²", "tấn" and
"tạ"). Figures are parsed by reportlint itself (pint misreads "3,5 tấn" as 35 t); pint only
converts units. Its registry is built on first use from ``rules/data/units.yaml``, so pint
is never imported on the common path."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lint.mentions import Unit
from lint.ruledata import load_data


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint

    registry = pint.UnitRegistry(None)
    for definition in load_data("units")["definitions"]:
        registry.define(definition)
    return registry


def conversion_factor(source: Unit, target: Unit) -> float | None:
    """The factor that turns a figure in ``source`` into ``target``, or None when the two
    cannot be compared (different kinds, currencies, count nouns or dimensions)."""
    if source.kind != target.kind:
        return None
    if source.key == target.key:
        return 1.0
    if source.kind != "physical":
        return None
    registry = _registry()
    quantity = registry.Quantity(1.0, source.key)
    try:
        return float(quantity.to(target.key).magnitude)
    except Exception:  # pint's DimensionalityError: the units measure different things
        return None
