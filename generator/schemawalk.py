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


def walk_request_schemas(document: dict[str, Any]) -> Iterator[SchemaNode]:
    """Every schema object reachable from request bodies (each visited once per operation)."""
    for op, root in request_body_pointers(document):
        seen: set[str] = set()
        stack = [root]
        while stack:
            pointer = stack.pop()
            if pointer in seen:
                continue
            seen.add(pointer)
            schema = lookup(document, pointer)
            if not isinstance(schema, dict):
                continue
            if isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#"):
                stack.append(schema["$ref"][1:])
            yield SchemaNode(op, pointer, schema)
            for key in ("oneOf", "anyOf", "allOf", "prefixItems"):
                for index, _ in enumerate(schema.get(key) or []):
                    stack.append(join_pointer(pointer, key, index))
            for key in ("items", "not", "if", "then", "else", "additionalProperties", "contains"):
                if isinstance(schema.get(key), dict):
                    stack.append(join_pointer(pointer, key))
            for key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
                for name in schema.get(key) or {}:
                    stack.append(join_pointer(pointer, key, name))


def is_rule_entry(schema: Any) -> bool:
    return isinstance(schema, dict) and any(k in schema for k in RULE_KEYWORDS)


def rule_entries(node: SchemaNode) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, entry) for the conditional rules in a schema's `allOf`."""
    for index, entry in enumerate(node.schema.get("allOf") or []):
        if is_rule_entry(entry):
            yield join_pointer(node.pointer, "allOf", index), entry
