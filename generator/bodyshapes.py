"""The leaf variants of a request body schema, keyed by the selector values that pick them.

The IR (ir.Variant) keeps each variant's fields and rule texts but not where its schema sits;
the release diff needs the schema itself (limits, enums, rule content), so this walks the
bundled document the way build.py does and returns each leaf's schema. Selectors shared by
several values (an `enum` pin, or several mapping values onto one variant) are split into one
key per value, so "model X added" is visible even when X joins an existing variant.
"""

from __future__ import annotations

from typing import Any

from .openapi import lookup, resolve

Json = Any
#: (("model", "seedance-2.0"), ("input_mode", "frames")); () for a plain body.
VariantKey = tuple[tuple[str, Json], ...]


def _pins(schema: dict[str, Any]) -> dict[str, list[Json]]:
    """Properties a branch fixes: `const`, or an `enum` (one key per value)."""
    found: dict[str, list[Json]] = {}
    for name, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, dict):
            if "const" in prop:
                found[name] = [prop["const"]]
            elif isinstance(prop.get("enum"), list) and prop["enum"]:
                found[name] = list(prop["enum"])
    return found


def _expand(prefix: VariantKey, choices: list[tuple[str, list[Json]]]) -> list[VariantKey]:
    keys = [prefix]
    for name, values in choices:
        keys = [(*key, (name, value)) for key in keys for value in values]
    return keys


def leaf_variants(document: dict[str, Any], schema: Json) -> dict[VariantKey, dict[str, Any]]:
    """Every leaf variant below `schema` (refs followed), by its selector key."""
    found: dict[VariantKey, dict[str, Any]] = {}
    _walk(document, schema, (), found, 0)
    return found


def _walk(
    document: dict[str, Any],
    schema: Json,
    prefix: VariantKey,
    found: dict[VariantKey, dict[str, Any]],
    depth: int,
) -> None:
    schema = resolve(document, schema)
    if not isinstance(schema, dict) or depth > 20:
        return
    disc = schema.get("discriminator")
    if isinstance(disc, dict) and schema.get("oneOf"):
        prop = str(disc.get("propertyName"))
        for value, ref in (disc.get("mapping") or {}).items():
            _walk(document, lookup(document, str(ref)[1:]), (*prefix, (prop, value)), found, depth)
        return
    if schema.get("oneOf"):
        branches = [resolve(document, b) or {} for b in schema["oneOf"]]
        pins = [_pins(b) for b in branches]
        known = {name for name, _ in prefix}
        common = set.intersection(*(set(p) for p in pins)) - known if pins else set()
        for branch, branch_pins in zip(branches, pins, strict=True):
            distinct = [
                (name, values)
                for name, values in sorted(branch_pins.items())
                if name in common and any(other.get(name) != values for other in pins)
            ]
            for key in _expand(prefix, distinct):
                _walk(document, branch, key, found, depth + 1)
        return
    found.setdefault(prefix, schema)
