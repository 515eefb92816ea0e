"""schemas/<group>.ts: the request schemas the TypeScript SDK validates bodies against.

The same payload the Python SDK ships (each body schema by operationId, plus the components it
refers to, maintainer notes stripped), as a module the client imports the first time it checks a
body of the group. The SDK's evaluator (templates/typescript/static/jsonschema.ts) interprets
the schemas, so every keyword and format shipped must be one it knows: generation fails otherwise.
"""

from __future__ import annotations

import json
from typing import Any

from ..ir import Namespace
from ..notes import strip_notes
from ..openapi import component_closure, lookup
from ..schemawalk import ANNOTATION_KEYWORDS

#: Keywords the TypeScript evaluator checks (jsonschema.ts, KEYWORDS) and those it may ignore.
CHECKED = frozenset(
    [
        "$ref",
        "properties",
        "patternProperties",
        "additionalProperties",
        "required",
        "dependentRequired",
        "dependentSchemas",
        "propertyNames",
        "minProperties",
        "maxProperties",
        "prefixItems",
        "items",
        "contains",
        "minItems",
        "maxItems",
        "uniqueItems",
        "const",
        "enum",
        "type",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
    ]
)
IGNORED = ANNOTATION_KEYWORDS | {"x-runapi-rules"}
#: Keywords whose value is a schema (or a list of schemas).
SUBSCHEMAS = frozenset(
    [
        "items",
        "contains",
        "not",
        "if",
        "then",
        "else",
        "additionalProperties",
        "propertyNames",
        "allOf",
        "anyOf",
        "oneOf",
        "prefixItems",
    ]
)
#: Formats the evaluator asserts (as Python's jsonschema does with rfc3986-validator) or that
#: Python's validator does not check either.
FORMATS = frozenset({"uri", "binary"})


def _check(node: Any, where: str) -> None:
    if isinstance(node, list):
        for item in node:
            _check(item, where)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key in ("properties", "patternProperties", "dependentSchemas", "$defs"):
            for child in (value or {}).values() if isinstance(value, dict) else ():
                _check(child, where)
            continue
        if key not in CHECKED and key not in IGNORED and not key.startswith("x-"):
            raise ValueError(f"{where}: the TypeScript validator does not know the keyword {key!r}")
        if key == "format" and value not in FORMATS:
            raise ValueError(f"{where}: the TypeScript validator does not know format {value!r}")
        if key in SUBSCHEMAS:
            _check(value, where)


def schemas_payload(document: dict[str, Any], namespace: Namespace) -> dict[str, Any]:
    bodies = {
        op.operation_id: lookup(document, op.body.schema_pointer)
        for op in namespace.operations
        if op.body is not None
    }
    payload = {
        "bodies": bodies,
        "components": {
            "schemas": component_closure(document["components"]["schemas"], list(bodies.values()))
        },
    }
    shipped: dict[str, Any] = strip_notes(payload)
    _check(list(shipped["bodies"].values()), f"schemas of {namespace.name}")
    _check(list(shipped["components"]["schemas"].values()), f"schemas of {namespace.name}")
    return shipped


def schemas_module(document: dict[str, Any], namespace: Namespace) -> str:
    """The module text: JSON.parse of a string literal, which engines load faster than a large
    object literal, and which the type checker reads in no time."""
    payload = schemas_payload(document, namespace)
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return (
        f"// Request schemas of the {namespace.name} operations. Generated from spec/openapi.yaml; "
        "do not edit.\n"
        "import type { SchemaDocument } from '../core/validation.js';\n\n"
        f"const schemas: SchemaDocument = JSON.parse({json.dumps(text, ensure_ascii=False)});\n\n"
        "export default schemas;\n"
    )
