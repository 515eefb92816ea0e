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

from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator.schemas import schema_v31
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


@cache
def structure_validator() -> Draft202012Validator:
    base = {
        "$id": "urn:runapi:oas-3.1-schema-base",
        "$schema": JSON_SCHEMA_2020_12,
        "$ref": OAS_SCHEMA,
        "$defs": {
            "schema": {
                "$dynamicAnchor": "meta",
                "$ref": JSON_SCHEMA_2020_12,
                "properties": _NESTED_OBJECTS,
            }
        },
    }
    oas = DRAFT202012.create_resource(_objects_only(dict(schema_v31)))
    registry: Registry[Any] = Registry().with_resource(OAS_SCHEMA, oas)
    return Draft202012Validator(base, registry=registry)
