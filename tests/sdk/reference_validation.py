"""The SDK's request validation as it was before it was compiled: `jsonschema` on the shipped
schemas (`runapi/_schemas/<group>.json`), the problems phrased from its errors.

Kept verbatim (bar the imports) as the reference the compiled validators are held to:
tests/sdk/test_compiled_validation.py checks they give the same verdicts and the same problems,
word for word.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from runapi import _xrules
from runapi._exceptions import ValidationError
from runapi._types import NotGiven

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError

__all__ = ["body_problems", "check_body"]


@dataclass(frozen=True)
class _Variant:
    schema: dict[str, Any]
    pointer: str
    context: str  # "when model is seedance-1.5-pro", or "" for a plain body
    rules: list[dict[str, Any]]  # x-runapi-rules met on the way to the variant


class _NamespaceSchemas:
    """The body schemas of one namespace, loaded on first validation in that namespace."""

    def __init__(self, namespace: str) -> None:
        from importlib import resources

        from jsonschema import Draft202012Validator
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012

        text = resources.files("runapi").joinpath(f"_schemas/{namespace}.json").read_text()
        self.document: dict[str, Any] = json.loads(text)
        self._uri = f"urn:runapi:{namespace}"
        resource = DRAFT202012.create_resource(self.document)
        self._registry: Registry[Any] = Registry().with_resource(self._uri, resource)
        self._validator_class = Draft202012Validator
        self._validators: dict[str, Draft202012Validator] = {}

    def validator(self, pointer: str) -> Draft202012Validator:
        found = self._validators.get(pointer)
        if found is None:
            schema = {"$ref": f"{self._uri}#{pointer}"}
            found = self._validator_class(
                schema,
                registry=self._registry,
                format_checker=self._validator_class.FORMAT_CHECKER,
            )
            self._validators[pointer] = found
        return found

    def at(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer.lstrip("/").split("/") if pointer else []:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node


@cache
def _schemas(namespace: str) -> _NamespaceSchemas:
    return _NamespaceSchemas(namespace)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _follow(schemas: _NamespaceSchemas, pointer: str) -> tuple[str, dict[str, Any]]:
    schema = schemas.at(pointer)
    for _ in range(32):
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#"):
            break
        pointer = ref[1:]
        schema = schemas.at(pointer)
    return pointer, schema


def _describe(selectors: list[tuple[str, Any]]) -> str:
    if not selectors:
        return ""
    return "when " + " and ".join(f"{name} is {value}" for name, value in selectors)


def _select(
    schemas: _NamespaceSchemas, pointer: str, body: Any, problems: list[str]
) -> _Variant | None:
    """Walk discriminators (and pinned `oneOf` branches) down to the variant `body` selects."""
    selectors: list[tuple[str, Any]] = []
    rules: list[dict[str, Any]] = []
    for _ in range(16):
        pointer, schema = _follow(schemas, pointer)
        rules.extend(schema.get(_xrules.EXTENSION) or [])
        disc = schema.get("discriminator")
        branches = schema.get("oneOf")
        if isinstance(disc, dict) and branches:
            name, mapping = disc["propertyName"], disc.get("mapping") or {}
            value = body.get(name) if isinstance(body, dict) else None
            key = _mapping_key(value)
            if key not in mapping:
                allowed = ", ".join(str(v) for v in mapping)
                where = _describe(selectors)
                if value is None:
                    problems.append(f"{name} is required {where}".strip() + f" (one of: {allowed})")
                else:
                    problems.append(
                        f"{name} must be one of: {allowed} {where}".rstrip() + f" (got {value!r})"
                    )
                return None
            selectors.append((name, value))
            pointer = mapping[key][1:]
            continue
        if branches:
            count = len(branches)
            pins = [_pins(_follow(schemas, f"{pointer}/oneOf/{i}")[1]) for i in range(count)]
            common = set.intersection(*(set(p) for p in pins)) - {k for k, _ in selectors}
            for key in sorted(common):
                values = [p[key] for p in pins]
                given = body.get(key) if isinstance(body, dict) else None
                if key in (body if isinstance(body, dict) else {}) and given not in values:
                    allowed = ", ".join(str(v) for v in dict.fromkeys(values))
                    where = _describe(selectors)
                    problems.append(
                        f"{key} must be one of: {allowed} {where}".rstrip() + f" (got {given!r})"
                    )
                    return None
            matching = [
                i for i in range(count) if schemas.validator(f"{pointer}/oneOf/{i}").is_valid(body)
            ]
            # With no (or several) matching branches, report against the closest branch.
            index = matching[0] if matching else _closest(schemas, pointer, count, body)
            for key in sorted(common):
                if isinstance(body, dict) and key in body:
                    selectors.append((key, pins[index][key]))
            pointer = f"{pointer}/oneOf/{index}"
            continue
        return _Variant(schema, pointer, _describe(selectors), rules)
    return None


def _mapping_key(value: Any) -> str | None:
    """A discriminator value as written in an OpenAPI mapping (whose keys are strings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return None


def _pins(schema: dict[str, Any]) -> dict[str, Any]:
    pins = {}
    for name, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, dict) and "const" in prop:
            pins[name] = prop["const"]
    return pins


def _closest(schemas: _NamespaceSchemas, pointer: str, count: int, body: Any) -> int:
    def cost(index: int) -> tuple[int, int]:
        branch = _follow(schemas, f"{pointer}/oneOf/{index}")[1]
        pinned = _pins(branch)
        mismatched = sum(
            1 for k, v in pinned.items() if isinstance(body, dict) and k in body and body[k] != v
        )
        errors = sum(1 for _ in schemas.validator(f"{pointer}/oneOf/{index}").iter_errors(body))
        return mismatched, errors

    return min(range(count), key=cost)


#: How a `format` the spec uses reads in a problem.
_FORMATS = {
    "uri": "an absolute URI such as https://example.com/file.png",
    "date-time": "an RFC 3339 date-time",
}


def _field(error: SchemaError) -> str:
    return ".".join(str(p) for p in error.absolute_path)


def _phrase(error: SchemaError, variant: _Variant) -> str:
    """One jsonschema error in plain words, with the variant's context."""
    context = f" {variant.context}" if variant.context else ""
    path = list(error.relative_schema_path)
    if len(path) >= 2 and path[0] == "allOf" and isinstance(path[1], int):
        entries = variant.schema.get("allOf") or []
        entry = entries[path[1]] if path[1] < len(entries) else {}
        if isinstance(entry, dict) and "description" in entry:
            return str(entry["description"])
    field = _field(error)
    keyword = error.validator
    where = f"{field}" if field else "body"
    if keyword == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else error.message
        name = f"{field}.{missing}" if field else missing
        return f"{name} is required{context}"
    if keyword == "additionalProperties":
        declared = error.schema.get("properties") if isinstance(error.schema, dict) else None
        given = error.instance if isinstance(error.instance, dict) else {}
        extras = sorted(set(given) - set(declared or {}))
        names = ", ".join(f"{field}.{e}" if field else e for e in extras)
        verb = "is" if len(extras) == 1 else "are"
        return f"{names} {verb} not accepted{context}"
    if keyword in ("enum", "const"):
        allowed = error.validator_value if keyword == "enum" else [error.validator_value]
        shown = ", ".join(str(v) for v in allowed)  # type: ignore[union-attr]
        return f"{where} must be one of: {shown}{context} (got {error.instance!r})"
    if keyword == "type":
        return f"{where} must be of type {error.validator_value}{context} (got {error.instance!r})"
    limits = {
        "minLength": "at least {} characters long",
        "maxLength": "at most {} characters long",
        "minimum": "at least {}",
        "maximum": "at most {}",
        "exclusiveMinimum": "greater than {}",
        "exclusiveMaximum": "less than {}",
        "minItems": "a list of at least {} items",
        "maxItems": "a list of at most {} items",
        "pattern": "a string matching {}",
    }
    if keyword == "format":
        kind = _FORMATS.get(str(error.validator_value), f"a valid {error.validator_value}")
        return f"{where} must be {kind}{context} (got {error.instance!r})"
    if keyword in limits:
        return f"{where} must be {limits[keyword].format(error.validator_value)}{context}"
    return f"{where}: {error.message}{context}"


def body_problems(namespace: str, operation_id: str, body: Any) -> list[str]:
    """Every rule `body` breaks, in plain words; empty when the API would accept it."""
    schemas = _schemas(namespace)
    root = "/bodies/" + _escape(operation_id)
    problems: list[str] = []
    variant = _select(schemas, root, body, problems)
    if variant is None:
        return problems
    validator = schemas.validator(variant.pointer)
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.relative_schema_path))
    seen: set[str] = set()
    for error in errors:
        text = _phrase(error, variant)
        if text not in seen:
            seen.add(text)
            problems.append(text)
    rules = variant.rules + list(variant.schema.get(_xrules.EXTENSION) or [])
    for violation in _xrules.evaluate(list({id(r): r for r in rules}.values()), body):
        problems.append(f"{violation.description} ({violation.detail})")
    return problems


def check_body(namespace: str, operation_id: str, body: Any) -> None:
    """Raise ValidationError naming each broken rule; return when the body is valid.

    Fields set to NOT_GIVEN are left out, as they are when the request is sent.
    """
    if isinstance(body, dict):
        body = {k: v for k, v in body.items() if not isinstance(v, NotGiven)}
    problems = body_problems(namespace, operation_id, body)
    if problems:
        raise ValidationError(operation_id, problems)
