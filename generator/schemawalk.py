"""Walk the schemas of request bodies: variants, conditional `allOf` rules, x-runapi-rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .diagnostics import join_pointer
from .openapi import OperationRef, iter_operations, lookup

#: Keywords that make an `allOf` entry a conditional rule (spec/README.md).
RULE_KEYWORDS = ("if", "not", "oneOf", "anyOf", "dependentRequired")
#: Keywords a request validator has nothing to check for: annotations, and keywords another
#: keyword reads (`then`/`else` by `if`, the contains bounds by `contains`). Both SDKs' schema
#: compilers skip them.
ANNOTATION_KEYWORDS = frozenset(
    [
        "$schema",
        "$id",
        "$comment",
        "$defs",
        "title",
        "description",
        "default",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "contentMediaType",
        "contentEncoding",
        "then",
        "else",
        "minContains",
        "maxContains",
        "discriminator",
        "nullable",
        "xml",
        "externalDocs",
    ]
)


@dataclass(frozen=True)
class SchemaNode:
    """A schema reached from an operation's request body, with its pointer in the bundle."""

    operation: OperationRef
    pointer: str
    schema: dict[str, Any]


def request_body_pointers(document: dict[str, Any]) -> Iterator[tuple[OperationRef, str]]:
    """(operation, pointer of its request schema) for every media type of every request body."""
    for op in iter_operations(document):
        body = op.operation.get("requestBody")
        if not isinstance(body, dict):
            continue
        body_pointer = join_pointer(op.pointer, "requestBody")
        if "$ref" in body:
            body_pointer = body["$ref"][1:]
            body = lookup(document, body_pointer)
        for media_type, media in (body.get("content") or {}).items():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                yield op, join_pointer(body_pointer, "content", media_type, "schema")


_SUBSCHEMA_LISTS = ("oneOf", "anyOf", "allOf", "prefixItems")
_SUBSCHEMAS = ("items", "not", "if", "then", "else", "additionalProperties", "contains")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")


def walk_request_schemas(document: dict[str, Any]) -> Iterator[SchemaNode]:
    """Every schema object reachable from request bodies (each visited once per operation)."""
    for op, root in request_body_pointers(document):
        seen: set[str] = set()
        # Each pointer travels with its node: only a `$ref` is looked up from the root.
        stack: list[tuple[str, Any]] = [(root, lookup(document, root))]
        while stack:
            pointer, schema = stack.pop()
            if pointer in seen:
                continue
            seen.add(pointer)
            if not isinstance(schema, dict):
                continue
            ref = schema.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                stack.append((ref[1:], lookup(document, ref[1:])))
            yield SchemaNode(op, pointer, schema)
            for key in _SUBSCHEMA_LISTS:
                if schema.get(key):
                    _push_children(stack, document, pointer, key, schema[key])
            for key in _SUBSCHEMAS:
                if isinstance(schema.get(key), dict):
                    stack.append((join_pointer(pointer, key), schema[key]))
            for key in _SUBSCHEMA_MAPS:
                if schema.get(key):
                    _push_children(stack, document, pointer, key, schema[key])


def _push_children(
    stack: list[tuple[str, Any]], document: Any, pointer: str, key: str, children: Any
) -> None:
    """The members of a list or map of subschemas (anything else, malformed, is looked up by
    its names as a pointer would be)."""
    if isinstance(children, dict):
        stack.extend((join_pointer(pointer, key, name), sub) for name, sub in children.items())
    elif isinstance(children, list):
        stack.extend((join_pointer(pointer, key, index), sub) for index, sub in enumerate(children))
    else:
        for name in children:
            at = join_pointer(pointer, key, name)
            stack.append((at, lookup(document, at)))


def is_rule_entry(schema: Any) -> bool:
    return isinstance(schema, dict) and any(k in schema for k in RULE_KEYWORDS)


def rule_entries(node: SchemaNode) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, entry) for the conditional rules in a schema's `allOf`."""
    for index, entry in enumerate(node.schema.get("allOf") or []):
        if is_rule_entry(entry):
            yield join_pointer(node.pointer, "allOf", index), entry
