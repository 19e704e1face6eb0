"""A small JSON Schema validator for the subset that ``docs/json-schema.json`` uses: type,
enum, required, properties, additionalProperties, items, oneOf, minimum, pattern and local
``$ref``. It returns the list of problems, empty when the instance is valid."""

from __future__ import annotations

import re
from typing import Any

_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "null": type(None),
    "boolean": bool,
}


def _has_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        schema = target
    return schema


def _object_problems(value: dict, schema: dict, root: dict, where: str) -> list[str]:
    problems = [
        f"{where}: missing '{key}'" for key in schema.get("required", []) if key not in value
    ]
    properties = schema.get("properties", {})
    for key, item in value.items():
        if key in properties:
            problems += validate(item, properties[key], root, f"{where}.{key}")
        elif schema.get("additionalProperties") is False:
            problems.append(f"{where}: unexpected '{key}'")
    return problems


def validate(value: Any, schema: dict, root: dict | None = None, where: str = "$") -> list[str]:
    root = root if root is not None else schema
    schema = _resolve(schema, root)
    if "oneOf" in schema:
        passing = [s for s in schema["oneOf"] if not validate(value, s, root, where)]
        return [] if len(passing) == 1 else [f"{where}: matches {len(passing)} of oneOf"]
    if "type" in schema and not _has_type(value, schema["type"]):
        return [f"{where}: expected {schema['type']}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} is not one of {schema['enum']}"]
    if "minimum" in schema and value < schema["minimum"]:
        return [f"{where}: {value} is below {schema['minimum']}"]
    if "pattern" in schema and not re.search(schema["pattern"], value):
        return [f"{where}: {value!r} does not match {schema['pattern']}"]
    if isinstance(value, dict):
        return _object_problems(value, schema, root, where)
    if isinstance(value, list) and "items" in schema:
        return [
            p
            for i, item in enumerate(value)
            for p in validate(item, schema["items"], root, f"{where}[{i}]")
        ]
    return []
