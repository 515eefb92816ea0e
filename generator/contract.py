"""The vendor's request contract, and the verdict it gives on a request body.

RunAPI publishes a machine-readable contract of its task and tool endpoints (runapi-ai/mcp,
`data/contract.json`; the project reads it from `../shared/reference/runapi-contract.json`). It is
the second source of the spec (spec/README.md, "Sources"): where the reference is silent, the
contract decides. This module gives the contract's own meaning, as its validator applies it:

- the body picks its field list by `model` (actions without models have one list, keyed `_`);
- a listed field must have its type, enum, limits (`min`/`max` are lengths when `length` is set),
  item counts, item shape and pattern; a `required` field must be present;
- each rule whose `when` matches the body adds `required`, `forbidden`, `required_any` and
  per-field `enum` constraints;
- fields the contract does not list pass through.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Key of the one field list of an action that has no models.
NO_MODEL = "_"


@dataclass(frozen=True)
class Field:
    """One request field of one model, as the contract states it."""

    name: str
    type: str
    required: bool
    raw: Mapping[str, Any]  # the contract's own entry, for limits and item shapes

    @property
    def enum(self) -> list[Any] | None:
        values = self.raw.get("enum")
        return list(values) if isinstance(values, list) else None

    @property
    def default(self) -> Any:
        return self.raw.get("default")

    @property
    def has_default(self) -> bool:
        return "default" in self.raw

    @property
    def measures_length(self) -> bool:
        return self.type == "string" and bool(self.raw.get("length"))

    @property
    def minimum(self) -> float | None:
        return _number(self.raw.get("min"))

    @property
    def maximum(self) -> float | None:
        return _number(self.raw.get("max"))

    @property
    def min_items(self) -> int | None:
        value = self.raw.get("min_items")
        return value if isinstance(value, int) else None

    @property
    def max_items(self) -> int | None:
        value = self.raw.get("max_items")
        return value if isinstance(value, int) else None

    @property
    def items(self) -> Mapping[str, Any] | None:
        value = self.raw.get("items")
        return value if isinstance(value, Mapping) else None

    @property
    def pattern(self) -> str | None:
        value = self.raw.get("pattern")
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Rule:
    """A conditional rule: when every `when` entry matches, the constraints apply."""

    when: Mapping[str, Any]
    required: tuple[str, ...]
    forbidden: tuple[str, ...]
    required_any: tuple[str, ...]
    enum: Mapping[str, tuple[Any, ...]]

    def applies(self, body: Mapping[str, Any]) -> bool:
        return all(_condition_holds(body, name, cond) for name, cond in self.when.items())

    def problems(self, body: Mapping[str, Any]) -> Iterator[str]:
        where = self.describe_when()
        for name in self.required:
            if name not in body:
                yield f"{name} is required {where}"
        for name in self.forbidden:
            if name in body:
                yield f"{name} is not accepted {where}"
        if self.required_any and not any(name in body for name in self.required_any):
            yield f"one of {', '.join(self.required_any)} is required {where}"
        for name, allowed in self.enum.items():
            if name in body and not _in_values(body[name], allowed):
                yield f"{name} must be one of {list(allowed)} {where}"

    def describe_when(self) -> str:
        if not self.when:
            return "(always)"
        parts = []
        for name, cond in self.when.items():
            if isinstance(cond, Mapping) and "present" in cond:
                parts.append(f"{name} is {'given' if cond['present'] else 'absent'}")
            else:
                parts.append(f"{name} is {json.dumps(cond)}")
        return "when " + " and ".join(parts)

    @property
    def fields(self) -> tuple[str, ...]:
        """Every field the rule constrains (not the ones it is conditioned on)."""
        names = [*self.required, *self.forbidden, *self.required_any, *self.enum]
        return tuple(dict.fromkeys(names))


@dataclass(frozen=True)
class Action:
    """One contract action: an endpoint, its models, their fields and the rules."""

    key: str  # "seedance/text-to-video"
    endpoint: str
    task_type: str
    models: tuple[str, ...]
    rules: tuple[Rule, ...]
    fields_by_model: Mapping[str, Mapping[str, Field]]

    def fields_for(self, model: str | None) -> Mapping[str, Field]:
        if not self.models:
            return next(iter(self.fields_by_model.values()), {})
        return self.fields_by_model.get(model or "", {})

    def model_required(self) -> bool:
        return any(
            "model" in fields and fields["model"].required
            for fields in self.fields_by_model.values()
        )

    def select_model(self, body: Mapping[str, Any]) -> str | None:
        """The model whose field list applies to `body` (None when the action has no models).

        Without `model`, the contract's validator takes the first model (runapi-ai/mcp-core,
        `findModelForAction`: `model || entry.models[0]`); whether `model` may be left out is then
        that model's own `required` flag."""
        if not self.models:
            return None
        given = body.get("model")
        if isinstance(given, str):
            return given
        return self.models[0]

    def problems(self, body: Any) -> list[str]:
        """Every constraint of the contract that `body` breaks; empty when it is accepted."""
        if not isinstance(body, Mapping):
            return ["the body must be a JSON object"]
        found: list[str] = []
        model = self.select_model(body)
        if self.models:
            given = body.get("model")
            if given is not None and given not in self.models:
                return [f"model must be one of {list(self.models)} (got {given!r})"]
        for name, spec in self.fields_for(model).items():
            if name not in body:
                if spec.required:
                    found.append(f"{name} is required")
                continue
            found.extend(value_problems(name, spec.raw, body[name]))
        for rule in self.rules:
            if rule.applies(body):
                found.extend(rule.problems(body))
        return found


@dataclass(frozen=True)
class Contract:
    path: Path
    actions: Mapping[str, Action]


def load_contract(path: Path) -> Contract:
    data = json.loads(path.read_text(encoding="utf-8"))
    actions = {}
    for key, raw in sorted((data.get("actions") or {}).items()):
        actions[key] = _action(key, raw)
    return Contract(path, actions)


def _action(key: str, raw: Mapping[str, Any]) -> Action:
    fields_by_model = {
        model: {
            name: Field(name, str(entry.get("type", "")), bool(entry.get("required")), entry)
            for name, entry in fields.items()
        }
        for model, fields in (raw.get("fields_by_model") or {}).items()
    }
    rules = tuple(
        Rule(
            when=dict(rule.get("when") or {}),
            required=tuple(rule.get("required") or ()),
            forbidden=tuple(rule.get("forbidden") or ()),
            required_any=tuple(rule.get("required_any") or ()),
            enum={k: tuple(v) for k, v in (rule.get("enum") or {}).items()},
        )
        for rule in raw.get("rules") or ()
    )
    return Action(
        key=key,
        endpoint=str(raw.get("endpoint", "")),
        task_type=str(raw.get("task_type", "")),
        models=tuple(raw.get("models") or ()),
        rules=rules,
        fields_by_model=fields_by_model,
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _condition_holds(body: Mapping[str, Any], name: str, cond: Any) -> bool:
    if isinstance(cond, Mapping) and "present" in cond:
        return (name in body) == bool(cond["present"])
    return name in body and _same(body[name], cond)


def _same(left: Any, right: Any) -> bool:
    """JSON equality: booleans are not numbers, 5 equals 5.0."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    return bool(left == right)


def _in_values(value: Any, allowed: Any) -> bool:
    return any(_same(value, candidate) for candidate in allowed)


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        if isinstance(value, float):
            return math.isfinite(value) and value.is_integer()
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def value_problems(name: str, spec: Mapping[str, Any], value: Any) -> list[str]:
    """What is wrong with one value of a field (or of an array item), by the contract."""
    kind = str(spec.get("type", ""))
    if kind and not _type_ok(kind, value):
        return [f"{name} must be of type {kind} (got {value!r})"]
    found = []
    enum = spec.get("enum")
    if isinstance(enum, list) and not _in_values(value, enum):
        found.append(f"{name} must be one of {enum} (got {value!r})")
    low, high = _number(spec.get("min")), _number(spec.get("max"))
    measured: float | None = None
    if kind == "string" and spec.get("length"):
        measured = len(value)
    elif kind in ("integer", "number"):
        measured = value
    if measured is not None:
        if low is not None and measured < low:
            found.append(f"{name} must be at least {low:g}")
        if high is not None and measured > high:
            found.append(f"{name} must be at most {high:g}")
    if isinstance(value, list):
        count = len(value)
        if isinstance(spec.get("min_items"), int) and count < spec["min_items"]:
            found.append(f"{name} needs at least {spec['min_items']} items")
        if isinstance(spec.get("max_items"), int) and count > spec["max_items"]:
            found.append(f"{name} takes at most {spec['max_items']} items")
        items = spec.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                found.extend(value_problems(f"{name}[{index}]", items, item))
    properties = spec.get("properties")
    if isinstance(value, dict) and isinstance(properties, Mapping):
        for prop, prop_spec in properties.items():
            if prop not in value:
                if isinstance(prop_spec, Mapping) and prop_spec.get("required"):
                    found.append(f"{name}.{prop} is required")
            elif isinstance(prop_spec, Mapping):
                found.extend(value_problems(f"{name}.{prop}", prop_spec, value[prop]))
    pattern = spec.get("pattern")
    if isinstance(value, str) and isinstance(pattern, str) and not re.search(pattern, value):
        found.append(f"{name} must match {pattern}")
    return found
