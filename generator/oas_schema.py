"""The structure the generator accepts: OpenAPI 3.1, with every Schema Object checked too.

The OpenAPI 3.1 schema accepts any object or boolean as a Schema Object (`"$dynamicRef":
"#meta"`). Like the specification's own `schema-base`, the outer schema here binds `meta` to the
JSON Schema 2020-12 meta-schema, so `required: [[x]]` or `allOf: null` is a located error instead
of a crash in a later check. It adds the one restriction of the project's dialect: a schema is an
object, except the `false` / `true` of `additionalProperties` and `unevaluatedProperties` (the
generator reads schemas as mappings everywhere else). Every schema used ships with the installed
libraries: nothing is fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from jsonschema_specifications import REGISTRY as SPECIFICATIONS  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

OAS_SCHEMA = "https://spec.openapis.org/oas/3.1/schema/2022-10-07"
JSON_SCHEMA_2020_12 = "https://json-schema.org/draft/2020-12/schema"

_OBJECT = {"type": "object"}
#: Where a Schema Object holds other schemas, and those must be objects.
_NESTED_OBJECTS: dict[str, Any] = {
    **{key: {"items": _OBJECT} for key in ("allOf", "anyOf", "oneOf", "prefixItems")},
    **{key: _OBJECT for key in ("not", "if", "then", "else", "items", "contains", "propertyNames")},
    **{
        key: {"additionalProperties": _OBJECT}
        for key in ("properties", "patternProperties", "dependentSchemas", "$defs")
    },
}


def _objects_only(node: Any) -> Any:
    """The OpenAPI schema, wanting an object wherever it takes a Schema Object."""
    if isinstance(node, dict):
        copied = {key: _objects_only(value) for key, value in node.items()}
        return {**copied, **_OBJECT} if node.get("$dynamicRef") == "#meta" else copied
    if isinstance(node, list):
        return [_objects_only(item) for item in node]
    return node


BASE_ID = "urn:runapi:oas-3.1-schema-base"
#: Where in the OpenAPI schema a path item and a component schema are described: the document is
#: checked in fragments (below), each against the part of the schema that governs it.
PATH_ITEM = OAS_SCHEMA + "#/$defs/path-item-or-reference"
COMPONENT_SCHEMA = OAS_SCHEMA + "#/$defs/components/properties/schemas/additionalProperties"
#: The paths object's own pattern for path items (its other keys are extensions).
PATH_PATTERN = "^/"


@cache
def _registry() -> Registry[Any]:
    """One registry for every structure check: the (adapted) OpenAPI schema plus the JSON Schema
    meta-schemas, crawled once up front. An uncrawled registry makes jsonschema crawl it again
    on every anchor lookup ($dynamicRef), which used to dominate validation."""
    from openapi_spec_validator.schemas import schema_v31  # a heavy import: only when checking

    oas = DRAFT202012.create_resource(_objects_only(dict(schema_v31)))
    registry: Registry[Any] = SPECIFICATIONS.combine(Registry().with_resource(OAS_SCHEMA, oas))
    return registry.crawl()


@cache
def structure_validator(ref: str = OAS_SCHEMA) -> Draft202012Validator:
    """The validator of the part of an OpenAPI document that the schema at `ref` governs.

    The root always binds `meta` (the Schema Object's dynamic anchor) to the JSON Schema
    meta-schema: a fragment checked on its own sees the same dynamic scope as inside the whole
    document, so it gets the same errors.
    """
    base = {
        "$id": BASE_ID,
        "$schema": JSON_SCHEMA_2020_12,
        "$ref": ref,
        "$defs": {
            "schema": {
                "$dynamicAnchor": "meta",
                "$ref": JSON_SCHEMA_2020_12,
                "properties": _NESTED_OBJECTS,
            }
        },
    }
    return Draft202012Validator(base, registry=_registry())


@dataclass(frozen=True)
class Fragment:
    """A part of the document checked on its own: its place, the schema that governs it."""

    path: tuple[str, ...]
    schema: str
    value: Any


def fragments(document: dict[str, Any]) -> Iterator[Fragment]:
    """The document cut into independently checkable parts: every path item, every component
    schema, and the rest (with those parts replaced by `{}`, which both schemas accept, so the
    rest keeps every key the whole-document check would look at).

    The errors of the fragments, each prefixed with its path, are the errors of the whole
    document: nothing in the OpenAPI schema above a path item or a component schema depends on
    whether that part is valid (`unevaluatedProperties` there counts keys matched by
    `patternProperties`/`properties`, valid or not). tests/generator/test_validation_cache.py
    checks this on broken documents.
    """
    rest = dict(document)
    paths = document.get("paths")
    if isinstance(paths, dict):
        kept: dict[Any, Any] = {}
        for key, item in paths.items():
            if isinstance(key, str) and re.search(PATH_PATTERN, key):
                yield Fragment(("paths", key), PATH_ITEM, item)
                kept[key] = {}
            else:
                kept[key] = item
        rest["paths"] = kept
    components = document.get("components")
    if isinstance(components, dict) and isinstance(components.get("schemas"), dict):
        schemas = components["schemas"]
        for name, schema in schemas.items():
            yield Fragment(("components", "schemas", str(name)), COMPONENT_SCHEMA, schema)
        rest["components"] = {**components, "schemas": {name: {} for name in schemas}}
    yield Fragment((), OAS_SCHEMA, rest)


#: A structure error, ready to report: its path in the document and its message.
StructureError = tuple[tuple[str, ...], str]


def _reported(error: ValidationError) -> tuple[tuple[str, ...], str]:
    # With sub-errors (anyOf, oneOf...) the most relevant one says more than the summary.
    detail = best_match([error]) if getattr(error, "context", None) else error
    return tuple(str(p) for p in detail.absolute_path), detail.message[:400]


def fragment_errors(fragment: Fragment) -> list[StructureError]:
    """The structure errors inside one fragment, located in the whole document."""
    return [
        (fragment.path + path, message)
        for path, message in map(
            _reported, structure_validator(fragment.schema).iter_errors(fragment.value)
        )
    ]
