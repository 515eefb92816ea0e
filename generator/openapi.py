"""Navigation helpers over a bundled OpenAPI document: operations, local refs, validators."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .diagnostics import join_pointer, split_pointer

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from referencing import Registry

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_REF = "#/components/schemas/"
#: The runtime expression of every task callback (spec/README.md).
CALLBACK_EXPRESSION = "{$request.body#/callback_url}"
BUNDLE_URI = "urn:runapi:openapi"


@dataclass(frozen=True)
class OperationRef:
    """One operation of the document and the pointer to it."""

    path: str
    method: str
    pointer: str
    operation: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.operation.get("operationId", ""))


def iter_operations(document: dict[str, Any]) -> Iterator[OperationRef]:
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield OperationRef(path, method, join_pointer("/paths", path, method), operation)


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (as left by the bundler) until a node without one.

    A broken ref resolves to None: the bundler has already reported it.
    """
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            return node
        seen.add(ref)
        node = lookup(document, ref[1:])
    return node


def get_pointer(document: Any, pointer: str) -> Any:
    node = document
    for token in split_pointer(pointer):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def lookup(document: Any, pointer: str) -> Any:
    """Like get_pointer, but None when the pointer names nothing (a broken, reported ref)."""
    try:
        return get_pointer(document, pointer)
    except (KeyError, IndexError, ValueError, TypeError):
        return None


def refs_in(node: Any) -> set[str]:
    """Every `$ref` string found in `node`, at any depth (refs are not followed)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                found.add(ref)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def component_refs(node: Any) -> set[str]:
    """Names of the component schemas `node` refers to directly (at any depth inside it)."""
    return {ref[len(COMPONENT_REF) :] for ref in refs_in(node) if ref.startswith(COMPONENT_REF)}


def component_closure(schemas: dict[str, Any], roots: list[Any]) -> dict[str, Any]:
    """Every component schema reachable from `roots`, by name, sorted."""
    found: dict[str, Any] = {}
    todo = sorted(component_refs(roots))
    while todo:
        name = todo.pop()
        if name not in found:
            found[name] = schemas[name]
            todo.extend(component_refs(schemas[name]))
    return dict(sorted(found.items()))


def json_type(value: Any) -> str:
    """The JSON Schema type name of a JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def json_body_schema(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    """The JSON request body schema of an operation, or None."""
    body = resolve(document, operation.get("requestBody"))
    if not isinstance(body, dict):
        return None
    media = (body.get("content") or {}).get("application/json")
    return media.get("schema") if isinstance(media, dict) else None


class SchemaValidators:
    """JSON Schema 2020-12 validators for subschemas of one bundled document.

    The document is registered as a resource, so `#/components/...` refs inside any subschema
    resolve exactly as they would for a downstream tool reading the bundled file. Formats are
    asserted (`uri` through rfc3986-validator, as jsonschema's format-nongpl extra does), as
    format-checking tools such as Prism do.

    jsonschema is imported here, not with the module: generating a spec whose verdict is
    remembered never validates against a schema, and does not pay for loading it.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012

        resource = DRAFT202012.create_resource(document)
        self._registry: Registry[Any] = Registry().with_resource(BUNDLE_URI, resource)
        self._cache: dict[str, Draft202012Validator] = {}

    def for_pointer(self, pointer: str) -> Draft202012Validator:
        from jsonschema import Draft202012Validator

        validator = self._cache.get(pointer)
        if validator is None:
            schema = {"$ref": f"{BUNDLE_URI}#{pointer}"}
            validator = Draft202012Validator(
                schema,
                registry=self._registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self._cache[pointer] = validator
        return validator
