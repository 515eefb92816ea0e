"""Reference evaluator for the `x-runapi-rules` extension (spec/README.md).

The extension states the few request rules JSON Schema cannot: comparisons between fields and
weighted sums over fields (counts, text lengths, values). Each rule is data; this module is the
one place that gives the vocabulary meaning, so the SDK, the tests and the docs agree.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

EXTENSION = "x-runapi-rules"

_PATH_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*(\[\*\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[\*\])?)*$"

#: JSON Schema of the extension itself; `make validate` checks every use against it.
META_SCHEMA: dict[str, Any] = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "required": ["description"],
        "additionalProperties": False,
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "x-runapi-reading": {"type": "string", "minLength": 1},
            "compare": {
                "type": "object",
                "required": ["left", "op"],
                "additionalProperties": False,
                "properties": {
                    "each": {"type": "string", "pattern": _PATH_PATTERN},
                    "left": {"type": "string", "pattern": _PATH_PATTERN},
                    "op": {"enum": ["lt", "le", "gt", "ge", "eq", "ne"]},
                    "right": {"type": "string", "pattern": _PATH_PATTERN},
                    "value": {"type": ["number", "string", "boolean"]},
                },
                "oneOf": [{"required": ["right"]}, {"required": ["value"]}],
            },
            "sum": {
                "type": "object",
                "required": ["terms"],
                "additionalProperties": False,
                "anyOf": [{"required": ["min"]}, {"required": ["max"]}],
                "properties": {
                    "terms": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["path", "measure"],
                            "additionalProperties": False,
                            "properties": {
                                "path": {"type": "string", "pattern": _PATH_PATTERN},
                                "measure": {"enum": ["count", "length", "value"]},
                                "weight": {"type": "number"},
                            },
                        },
                    },
                    "min": {"type": "number"},
                    "max": {"type": "number"},
                },
            },
        },
        "oneOf": [{"required": ["compare"]}, {"required": ["sum"]}],
    },
}

_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
    "eq": operator.eq,
    "ne": operator.ne,
}


class Violation(NamedTuple):
    """A broken rule: its plain-words description, and what was found."""

    description: str
    detail: str


def path_steps(path: str) -> list[tuple[str, bool]]:
    """`a.b[*].c` -> [("a", False), ("b", True), ("c", False)]; True means "every item"."""
    steps = []
    for part in path.split("."):
        many = part.endswith("[*]")
        steps.append((part[:-3] if many else part, many))
    return steps


def select(value: Any, path: str) -> Iterator[Any]:
    """Every value `path` reaches in `value`; absent fields yield nothing."""
    current: list[Any] = [value]
    for name, many in path_steps(path):
        following: list[Any] = []
        for node in current:
            if not isinstance(node, dict) or node.get(name) is None:
                continue
            child = node[name]
            if many:
                following.extend(child if isinstance(child, list) else [])
            else:
                following.append(child)
        current = following
    yield from current


def _measure(value: Any, measure: str) -> float:
    if measure == "count":
        return float(len(value)) if isinstance(value, list) else 1.0
    if measure == "length":
        return float(len(value)) if isinstance(value, str) else 0.0
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if is_number else 0.0


def _first(value: Any, path: str) -> tuple[bool, Any]:
    for found in select(value, path):
        return True, found
    return False, None


def _compare(rule: dict[str, Any], body: Any) -> str | None:
    spec = rule["compare"]
    if "each" in spec:
        scopes = [
            item
            for found in select(body, spec["each"])
            if isinstance(found, list)
            for item in found
        ]
    else:
        scopes = [body]
    test = _OPERATORS[spec["op"]]
    for index, scope in enumerate(scopes):
        has_left, left = _first(scope, spec["left"])
        if "value" in spec:
            has_right, right = True, spec["value"]
        else:
            has_right, right = _first(scope, spec["right"])
        if not (has_left and has_right):
            continue
        try:
            holds = test(left, right)
        except TypeError:
            holds = False
        if not holds:
            where = f"{spec['each']}[{index}]: " if "each" in spec else ""
            other = spec.get("right", repr(spec.get("value")))
            return f"{where}{spec['left']}={left!r} is not {spec['op']} {other}={right!r}"
    return None


def _sum(rule: dict[str, Any], body: Any) -> str | None:
    spec = rule["sum"]
    total = 0.0
    for term in spec["terms"]:
        weight = float(term.get("weight", 1))
        total += sum(weight * _measure(v, term["measure"]) for v in select(body, term["path"]))
    shown = int(total) if total.is_integer() else total
    if "max" in spec and total > spec["max"]:
        return f"total is {shown}, above the maximum {spec['max']}"
    if "min" in spec and total < spec["min"]:
        return f"total is {shown}, below the minimum {spec['min']}"
    return None


def evaluate(rules: list[dict[str, Any]], body: Any) -> list[Violation]:
    """Check `body` against a schema's `x-runapi-rules` list; empty means every rule holds."""
    violations = []
    for rule in rules:
        detail = _compare(rule, body) if "compare" in rule else _sum(rule, body)
        if detail is not None:
            violations.append(Violation(rule["description"], detail))
    return violations


def rule_paths(rule: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(key, path) for every field path a rule mentions; `each`-relative paths are joined."""
    if "compare" in rule:
        spec = rule["compare"]
        prefix = spec["each"] + "[*]." if "each" in spec else ""
        if "each" in spec:
            yield "each", spec["each"]
        for key in ("left", "right"):
            if key in spec:
                yield key, prefix + spec[key]
    else:
        for term in rule["sum"]["terms"]:
            yield "path", term["path"]
