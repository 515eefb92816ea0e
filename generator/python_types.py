"""Python type annotations for request schemas, as callers write them.

Scalars become `str`/`int`/`float`/`bool`, enums and consts `Literal[...]`, arrays
`Sequence[X]` (of strings: `list[str] | tuple[str, ...]`, since a `str` is a Sequence[str]), and
objects with declared properties become TypedDicts of their own, so a type checker holds nested
items (a video clip, a model budget, a dialogue line) to the spec as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .names import pascal
from .openapi import COMPONENT_REF as COMPONENTS
from .openapi import resolve


@dataclass
class NestedTypedDict:
    name: str
    fields: list[tuple[str, str, bool, str]]  # (name, annotation without prefix, required, doc)


def _literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def _union(parts: list[str]) -> str:
    unique = list(dict.fromkeys(parts))
    return " | ".join(sorted(unique, key=lambda p: p == "None"))


class PythonTypes:
    """Annotations for one module's request schemas; collects the nested TypedDicts they need."""

    def __init__(self, document: dict[str, Any], *, typed_objects: bool = True) -> None:
        self.document = document
        # Without typed objects, every object is `Mapping[str, object]` (for docs and the IR).
        self.typed_objects = typed_objects
        self.nested: dict[str, NestedTypedDict] = {}

    def annotation(self, schema: Any, owner: str, prefix: str = "", depth: int = 0) -> str:
        """The annotation of `schema`; nested TypedDicts are named after `owner`.

        A schema that is a named component gives its TypedDict the component's name (plus
        `Param`), so operations sharing a shape share a type.
        """
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith(COMPONENTS):
            owner = ref[len(COMPONENTS) :] + "Param"
        schema = resolve(self.document, schema)
        if not isinstance(schema, dict) or depth > 8:
            return "object"
        if "const" in schema and not isinstance(schema["const"], float):
            return _literal([schema["const"]])
        if "enum" in schema and not any(isinstance(v, float) for v in schema["enum"]):
            values = [v for v in schema["enum"] if v is not None]
            parts = [_literal(values)] if values else []
            return _union([*parts, *(["None"] if None in schema["enum"] else [])])
        for key in ("oneOf", "anyOf"):
            if schema.get(key) and "type" not in schema:
                members = [
                    self.annotation(s, self._member_name(owner, s, index), prefix, depth + 1)
                    for index, s in enumerate(schema[key])
                ]
                return _union([part for m in members for part in split_union(m)])
        kinds = schema.get("type")
        names = kinds if isinstance(kinds, list) else [kinds]
        parts = [self._kind(schema, k, owner, prefix, depth) for k in names if k != "null"]
        if not parts:
            return "None" if "null" in names else "object"
        return _union([*parts, *(["None"] if "null" in names else [])])

    def _member_name(self, owner: str, member: Any, index: int) -> str:
        """A union member is named by the constant it pins (`type: text` -> ...Text)."""
        resolved = resolve(self.document, member) or {}
        for prop in (resolved.get("properties") or {}).values():
            pinned = (resolve(self.document, prop) or {}).get("const")
            if isinstance(pinned, str):
                return owner + pascal(pinned)
        return f"{owner}{index}" if index else owner

    def _kind(self, schema: dict[str, Any], kind: Any, owner: str, prefix: str, depth: int) -> str:
        if kind == "string":
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            item = self.annotation(schema.get("items", {}), f"{owner}Item", prefix, depth + 1)
            if item != "str" and not item.startswith("Literal["):
                return f"Sequence[{item}]"
            # A `str` is itself a Sequence[str]: lists of strings must be lists (or tuples). In a
            # stub's class body `list` may name a method of the class (`models.list`).
            sequence = "builtins.list" if prefix else "list"
            return f"{sequence}[{item}] | tuple[{item}, ...]"
        if kind == "object" and schema.get("properties") and self.typed_objects:
            return prefix + self._typed_dict(schema, owner, depth)
        return "Mapping[str, object]"

    def _typed_dict(self, schema: dict[str, Any], name: str, depth: int) -> str:
        if name not in self.nested:
            required = set(schema.get("required") or [])
            fields: list[tuple[str, str, bool, str]] = []
            self.nested[name] = NestedTypedDict(name, fields)
            for field, raw in schema["properties"].items():
                prop = resolve(self.document, raw) or {}
                fields.append(
                    (
                        field,
                        self.annotation(prop, name + pascal(field), "", depth + 1),
                        field in required,
                        str(prop.get("description") or "").strip(),
                    )
                )
        return name


def split_union(text: str) -> list[str]:
    """`A | B[C | D] | None` -> ["A", "B[C | D]", "None"]: a union's members at its top level."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += char == "["
        depth -= char == "]"
        if depth == 0 and text.startswith(" | ", index):
            parts.append(text[start:index])
            start = index + 3
    parts.append(text[start:])
    return parts
