"""Client-side request validation: every rule of the spec, checked before a byte is sent.

The rules come from the spec, compiled at generate time: `_validators/<namespace>.py` holds each
operation's body schema (JSON Schema 2020-12, the same one downstream tools read, shipped as data
in `_schemas/<namespace>.json`) as plain Python functions, the `x-runapi-rules` met on the way,
and the graph of variants a body can select (by `model`, `input_mode`, ...). This module walks
that graph to the variant the body selects, so each problem can be said in plain words:
"aspect_ratio is required when model is seedance-1.5-pro". Only the group's own validator module
is imported, on the first check in that group; no JSON Schema library is.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, Final

from . import _xrules
from ._exceptions import ValidationError
from ._schema_checks import Branch, Choice, Err, Node, OneOf, Rule, Variant
from ._types import NotGiven

__all__ = ["body_problems", "check_body", "check_payload", "validate_request"]


@cache
def _bodies(namespace: str) -> dict[str, Node]:
    """The variant graph of each body-taking operation of `namespace`, by operationId."""
    module = importlib.import_module(f"{__package__}._validators.{namespace}")
    bodies: dict[str, Node] = module.BODIES
    return bodies


def _describe(selectors: list[tuple[str, Any]]) -> str:
    if not selectors:
        return ""
    return "when " + " and ".join(f"{name} is {value}" for name, value in selectors)


def _select(
    node: Node, body: Any, problems: list[str]
) -> tuple[Variant, list[tuple[str, Any]], list[Rule]] | None:
    """Walk discriminators (and pinned `oneOf` branches) down to the variant `body` selects."""
    selectors: list[tuple[str, Any]] = []
    rules: list[Rule] = []
    for _ in range(16):
        rules.extend(node.rules)
        if isinstance(node, Choice):
            name, mapping = node.name, node.mapping
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
            node = mapping[key]
            continue
        if isinstance(node, OneOf):
            branches = node.branches
            count = len(branches)
            pins = [branch.pins for branch in branches]
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
            matching = [i for i in range(count) if branches[i].valid(body)]
            # With no (or several) matching branches, report against the closest branch.
            index = matching[0] if matching else _closest(branches, body)
            for key in sorted(common):
                if isinstance(body, dict) and key in body:
                    selectors.append((key, pins[index][key]))
            node = branches[index].node
            continue
        return node, selectors, rules
    return None


def _mapping_key(value: Any) -> str | None:
    """A discriminator value as written in an OpenAPI mapping (whose keys are strings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return None


def _closest(branches: tuple[Branch, ...], body: Any) -> int:
    def cost(index: int) -> tuple[int, int]:
        branch = branches[index]
        mismatched = sum(
            1
            for k, v in branch.pins.items()
            if isinstance(body, dict) and k in body and body[k] != v
        )
        return mismatched, len(branch.errors(body))

    return min(range(len(branches)), key=cost)


#: How a `format` the spec uses reads in a problem.
_FORMATS = {
    "uri": "an absolute URI such as https://example.com/file.png",
    "date-time": "an RFC 3339 date-time",
}


def _field(error: Err) -> str:
    return ".".join(str(p) for p in error.absolute_path)


def _phrase(error: Err, variant: Variant, where_selected: str) -> str:
    """One schema error in plain words, with the context the variant was selected in."""
    context = f" {where_selected}" if where_selected else ""
    path = list(error.relative_schema_path)
    if len(path) >= 2 and path[0] == "allOf" and isinstance(path[1], int):
        # An `allOf` entry with a description is a conditional rule: say it in its own words.
        described = variant.all_of[path[1]] if path[1] < len(variant.all_of) else None
        if described is not None:
            return described
    field = _field(error)
    keyword = error.validator
    where = f"{field}" if field else "body"
    if keyword == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else error.message
        name = f"{field}.{missing}" if field else missing
        return f"{name} is required{context}"
    if keyword == "additionalProperties":
        given = error.instance if isinstance(error.instance, dict) else {}
        extras = sorted(set(given) - set(error.declared))
        names = ", ".join(f"{field}.{e}" if field else e for e in extras)
        verb = "is" if len(extras) == 1 else "are"
        return f"{names} {verb} not accepted{context}"
    if keyword in ("enum", "const"):
        allowed = error.validator_value if keyword == "enum" else [error.validator_value]
        shown = ", ".join(str(v) for v in allowed)
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


def _non_finite_number(value: object, path: str = "") -> str | None:
    """Where `value` holds a NaN or infinite float (`shots.0.duration`), if anywhere."""
    if isinstance(value, float) and not math.isfinite(value):
        return path or "the body"
    if isinstance(value, Mapping):
        items: Iterable[tuple[object, object]] = value.items()
    elif isinstance(value, list | tuple):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        found = _non_finite_number(item, f"{path}.{key}" if path else str(key))
        if found is not None:
            return found
    return None


#: Values that hold no float, checked by exact type (subclasses take the general walk).
_NO_FLOAT: Final = frozenset({str, int, bool, type(None)})


def _all_finite(value: Any) -> bool:
    """Whether `value` holds no NaN or infinity anywhere: `_non_finite_number(value) is None`,
    without building a path for every item (every body is checked before it is sent)."""
    kind = type(value)
    if kind in _NO_FLOAT:
        return True
    if kind is float:
        return math.isfinite(value)
    if kind is dict:
        for item in value.values():
            if type(item) not in _NO_FLOAT and not _all_finite(item):
                return False
        return True
    if kind is list:
        for item in value:
            if type(item) not in _NO_FLOAT and not _all_finite(item):
                return False
        return True
    return _non_finite_number(value) is None


def non_finite_problem(body: Any) -> str | None:
    """The problem of a body holding NaN or an infinity, which JSON cannot carry, if it does."""
    if _all_finite(body):
        return None
    where = _non_finite_number(body)
    if where is None:
        return None
    return f"{where} must be a finite number (JSON has no NaN or Infinity)"


def body_problems(namespace: str, operation_id: str, body: Any) -> list[str]:
    """Every rule `body` breaks, in plain words; empty when the API would accept it."""
    root = _bodies(namespace)[operation_id]
    problems: list[str] = []
    selected = _select(root, body, problems)
    if selected is None:
        return problems
    variant, selectors, rules = selected
    if not variant.valid(body):
        # The error list (jsonschema's, keyword by keyword) is built only for an invalid body.
        context = _describe(selectors)
        errors = sorted(variant.errors(body), key=lambda e: list(e.relative_schema_path))
        seen: set[str] = set()
        for error in errors:
            text = _phrase(error, variant, context)
            if text not in seen:
                seen.add(text)
                problems.append(text)
    if rules:
        # A rule met twice on the way (the same schema reached again) counts once.
        unique = list({id(r): r for r in rules}.values())
        for violation in _xrules.evaluate(unique, body):
            problems.append(f"{violation.description} ({violation.detail})")
    return problems


def check_body(namespace: str, operation_id: str, body: Any) -> None:
    """Raise ValidationError naming each broken rule; return when the body is valid.

    Fields set to NOT_GIVEN are left out, as they are when the request is sent.
    """
    if isinstance(body, dict):
        body = {k: v for k, v in body.items() if not isinstance(v, NotGiven)}
    check_payload(namespace, operation_id, body)


def check_payload(namespace: str, operation_id: str, body: Any) -> None:
    """`check_body` for a body already without NOT_GIVEN fields (what the resources send)."""
    unsendable = non_finite_problem(body)
    if unsendable is not None:
        # Before the schema: NaN compares false with every limit, so its problems would mislead.
        raise ValidationError(operation_id, [unsendable])
    problems = body_problems(namespace, operation_id, body)
    if problems:
        raise ValidationError(operation_id, problems)


def validate_request(method: str, path_template: str, body: Any) -> None:
    """Check a body by HTTP identity: `validate_request("POST", "/api/v1/seedance/text_to_video",
    {...})`. Raises ValidationError naming each broken rule, or ValueError for an operation that
    takes no body."""
    from ._operation_index import BODY_OPERATIONS

    found = BODY_OPERATIONS.get((method.upper(), path_template))
    if found is None:
        raise ValueError(f"no operation with a request body is {method.upper()} {path_template}")
    check_body(found[0], found[1], body)
