"""Request bodies derived from the vendor contract, to measure the spec against it.

For every contract action the spec has, and every model both name, this builds a base body that
both sources accept, then one case per contract fact: each field in the body dropped, each optional
or forbidden field added, each enum value and a value outside the enum, each limit at and past its
bound, and each conditional rule met and broken. The contract's verdict on a case (`legal`) is what
the API does; `generator.audit` and `tests/conformance` compare the spec's verdict with it.

Disagreements the spec records on purpose (`x-runapi-contract` conflicts, spec/README.md) mark the
cases they explain, so they are listed instead of counted.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .contract import Action, Contract, Field, Rule
from .openapi import OperationRef, iter_operations, lookup, resolve
from .schemawalk import request_body_pointers

#: The operation-level extension that ties an operation to its contract action and records the
#: places where the reference and the contract disagree (the reference wins; spec/README.md).
EXTENSION = "x-runapi-contract"

CONFLICT_KINDS = {
    "required": "drop",  # the reference requires the field, the contract does not
    "optional": "drop",  # the contract requires the field, the reference does not
    "forbidden": "add",  # the reference refuses the field for the model, the contract takes it
    "accepted": "add",  # the reference takes the field, the contract refuses it
    "enum": "value",  # the allowed values differ
    "range": "value",  # numeric, length or item-count limits differ
    "type": "value",  # the types differ
    "rule": "rule",  # a conditional rule differs
}


@dataclass(frozen=True)
class Conflict:
    """One recorded disagreement between the reference and the contract."""

    operation_id: str
    pointer: str  # of the entry in the bundled document
    kind: str
    field: str
    models: tuple[str, ...] | None  # None: every model of the operation
    values: tuple[Any, ...] | None
    reference: str
    contract: str

    def covers(self, case: Case) -> bool:
        if case.operation_id != self.operation_id:
            return False
        if self.models is not None and case.model not in self.models:
            return False
        if self.kind == "rule":
            # A conditional rule of one source that the other lacks shows wherever the field is
            # varied: added, dropped, set, or named by a contract rule.
            return case.target != "base" and (
                case.field == self.field or self.field in case.rule_fields
            )
        targets = {CONFLICT_KINDS[self.kind]}
        if self.kind == "forbidden":
            targets.add("value")  # a field refused for the model is refused with any value
        if case.target not in targets:
            return False
        if case.field != self.field:
            return False
        if self.values is not None and case.target == "value":
            return any(_same(case.value, v) for v in self.values)
        return True


@dataclass(frozen=True)
class Case:
    """One body and the contract's verdict on it."""

    action: str
    operation_id: str
    model: str | None
    label: str  # base, drop, add, enum-value, enum-invalid, at-min, ..., rule0-met, rule0-broken
    target: str  # what the case varies: base, drop, add, value, rule
    field: str | None
    value: Any
    body: dict[str, Any]
    legal: bool
    contract_problems: tuple[str, ...]
    rule_fields: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        parts = [self.action, self.model or "-", self.label]
        if self.field is not None:
            parts.append(self.field)
        if self.target == "value" or self.label.startswith("rule"):
            parts.append(repr(self.value)[:40])
        return ":".join(parts)


@dataclass
class SpecActions:
    """The spec's operations that have a contract action, and their recorded conflicts."""

    document: dict[str, Any]
    by_action: dict[str, OperationRef] = field(default_factory=dict)
    body_pointer: dict[str, str] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    @classmethod
    def of(cls, document: dict[str, Any]) -> SpecActions:
        found = cls(document)
        for op, pointer in request_body_pointers(document):
            if "/application~1json/" in pointer + "/":
                found.body_pointer.setdefault(op.operation_id, pointer)
        for op in iter_operations(document):
            key = action_key(op)
            if key is not None:
                found.by_action[key] = op
            found.conflicts.extend(_conflicts(op))
        return found

    def body_schema_at(
        self, operation_id: str, body: Mapping[str, Any]
    ) -> list[tuple[str, dict[str, Any]]]:
        """(pointer, schema) of the object schemas that describe `body`: the variant it selects
        first, then its parents."""
        pointer = self.body_pointer.get(operation_id)
        if pointer is None:
            return []
        found: list[tuple[str, dict[str, Any]]] = []
        self._collect(pointer, body, found, 0)
        return found

    def property_pointer(
        self, operation_id: str, body: Mapping[str, Any], name: str
    ) -> tuple[str, dict[str, Any]] | None:
        """Where the schema of one field of `body` is, and the schema (refs followed)."""
        for pointer, schema in self.body_schema_at(operation_id, body):
            if isinstance((schema.get("properties") or {}).get(name), dict):
                at, prop = self._follow(f"{pointer}/properties/{_escape(name)}")
                return (at, prop) if isinstance(prop, dict) else None
        return None

    def property_schema(
        self, operation_id: str, body: Mapping[str, Any], name: str
    ) -> dict[str, Any] | None:
        found = self.property_pointer(operation_id, body, name)
        return found[1] if found else None

    def _follow(self, pointer: str) -> tuple[str, Any]:
        schema = lookup(self.document, pointer)
        for _ in range(32):
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            if not isinstance(ref, str) or not ref.startswith("#"):
                break
            pointer = ref[1:]
            schema = lookup(self.document, pointer)
        return pointer, schema

    def models(self, operation_id: str) -> list[str] | None:
        """The `model` values the spec names for an operation (None when it has no model)."""
        pointer = self.body_pointer.get(operation_id)
        if pointer is None:
            return None
        values: list[str] = []
        self._model_values(lookup(self.document, pointer), values, 0)
        return list(dict.fromkeys(values)) or None

    def _model_values(self, schema: Any, values: list[str], depth: int) -> None:
        schema = resolve(self.document, schema)
        if not isinstance(schema, dict) or depth > 20:
            return
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and disc.get("propertyName") == "model":
            values.extend(str(k) for k in (disc.get("mapping") or {}))
            return
        prop = resolve(self.document, (schema.get("properties") or {}).get("model"))
        if isinstance(prop, dict):
            if "const" in prop:
                values.append(str(prop["const"]))
            values.extend(str(v) for v in prop.get("enum") or ())
        for key in ("oneOf", "anyOf", "allOf"):
            for branch in schema.get(key) or ():
                self._model_values(branch, values, depth + 1)

    def _collect(
        self, pointer: str, body: Mapping[str, Any], out: list[tuple[str, Any]], depth: int
    ) -> None:
        pointer, schema = self._follow(pointer)
        if not isinstance(schema, dict) or depth > 20:
            return
        disc = schema.get("discriminator") or {}
        mapping = disc.get("mapping") or {}
        if mapping:
            key = _mapping_key(body.get(disc.get("propertyName", "")))
            if key in mapping:
                self._collect(mapping[key][1:], body, out, depth + 1)
            out.append((pointer, schema))
            return
        if "properties" in schema:
            out.append((pointer, schema))
        for keyword in ("oneOf", "anyOf"):
            branches = [f"{pointer}/{keyword}/{i}" for i in range(len(schema.get(keyword) or ()))]
            ranked = sorted(
                branches, key=lambda b: -_pin_score(self.document, self._follow(b)[1], body)
            )
            for branch in ranked:
                self._collect(branch, body, out, depth + 1)
        for index, entry in enumerate(schema.get("allOf") or ()):
            if isinstance(entry, dict) and ("properties" in entry or "$ref" in entry):
                self._collect(f"{pointer}/allOf/{index}", body, out, depth + 1)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def action_key(op: OperationRef) -> str | None:
    """The contract action of a POST operation: `x-runapi-contract.action`, or by convention
    `POST /api/v1/<group>/<endpoint>` is `<group>/<endpoint>` with dashes for underscores."""
    if op.method != "post":
        return None
    extension = op.operation.get(EXTENSION)
    if isinstance(extension, dict) and isinstance(extension.get("action"), str):
        return str(extension["action"])
    parts = op.path.strip("/").split("/")
    if len(parts) != 4 or parts[:2] != ["api", "v1"] or "{" in op.path:
        return None
    return f"{parts[2].replace('_', '-')}/{parts[3].replace('_', '-')}"


def _conflicts(op: OperationRef) -> Iterator[Conflict]:
    extension = op.operation.get(EXTENSION)
    if not isinstance(extension, dict):
        return
    for index, entry in enumerate(extension.get("conflicts") or ()):
        if not isinstance(entry, dict) or entry.get("kind") not in CONFLICT_KINDS:
            continue  # the lint reports malformed entries
        values = entry.get("values")
        models = entry.get("models", [entry["model"]] if "model" in entry else None)
        yield Conflict(
            operation_id=op.operation_id,
            pointer=f"{op.pointer}/{EXTENSION}/conflicts/{index}",
            kind=str(entry["kind"]),
            field=str(entry.get("field", "")),
            models=tuple(str(m) for m in models) if isinstance(models, list) else None,
            values=tuple(values) if isinstance(values, list) else None,
            reference=str(entry.get("reference", "")),
            contract=str(entry.get("contract", "")),
        )


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    return bool(left == right)


def _mapping_key(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return None


def _pin_score(document: dict[str, Any], schema: Any, body: Mapping[str, Any]) -> int:
    """How well a oneOf branch's const/enum pins match the body (for choosing a branch)."""
    if not isinstance(schema, dict):
        return 0
    score = 0
    for name, prop in (schema.get("properties") or {}).items():
        prop = resolve(document, prop)
        if not isinstance(prop, dict) or name not in body:
            continue
        if "const" in prop:
            score += 2 if _same(prop["const"], body[name]) else -5
        elif "enum" in prop:
            score += 1 if any(_same(v, body[name]) for v in prop["enum"]) else -5
        else:
            score += 1
    score -= sum(1 for name in schema.get("required") or () if name not in body)
    return score


# --- Values -----------------------------------------------------------------------------------

_MEDIA_HINTS = (
    ("video", "mp4"),
    ("audio", "mp3"),
    ("music", "mp3"),
    ("voice", "mp3"),
    ("mask", "png"),
    ("image", "png"),
    ("frame", "png"),
)


def _url_for(name: str) -> str:
    extension = next((ext for hint, ext in _MEDIA_HINTS if hint in name), "png")
    return f"https://example.com/media/{name}.{extension}"


def _looks_like_url(name: str, spec: Mapping[str, Any] | None) -> bool:
    if spec and (spec.get("format") == "uri" or str(spec.get("pattern", "")).startswith("^http")):
        return True
    return "url" in name or name in ("image", "images")


def _spec_enum(spec: Mapping[str, Any] | None) -> list[Any] | None:
    if not spec:
        return None
    if "const" in spec:
        return [spec["const"]]
    if isinstance(spec.get("enum"), list):
        return list(spec["enum"])
    return None


def _bounds(
    cfield: Mapping[str, Any] | None, spec: Mapping[str, Any] | None, low_key: str, high_key: str
) -> tuple[float | None, float | None]:
    lows, highs = [], []
    if cfield:
        if isinstance(cfield.get("min"), int | float):
            lows.append(cfield["min"])
        if isinstance(cfield.get("max"), int | float):
            highs.append(cfield["max"])
    if spec:
        if isinstance(spec.get(low_key), int | float):
            lows.append(spec[low_key])
        if isinstance(spec.get(high_key), int | float):
            highs.append(spec[high_key])
        if isinstance(spec.get("exclusiveMinimum"), int | float) and low_key == "minimum":
            lows.append(spec["exclusiveMinimum"] + 1)
        if isinstance(spec.get("exclusiveMaximum"), int | float) and high_key == "maximum":
            highs.append(spec["exclusiveMaximum"] - 1)
    return (max(lows) if lows else None), (min(highs) if highs else None)


def synthesize(
    name: str,
    cfield: Mapping[str, Any] | None,
    spec: Mapping[str, Any] | None,
    deref: Callable[[Any], Any] = lambda schema: schema,
) -> Any:
    """A value for a field that both the contract entry and the spec schema accept, if any.

    `deref` follows a `$ref` in a nested spec schema (array items, object properties)."""
    kind = str((cfield or {}).get("type") or _spec_type(spec) or "string")
    c_enum = (cfield or {}).get("enum")
    s_enum = _spec_enum(spec)
    candidates: list[Any] = []
    if cfield and "default" in cfield:
        candidates.append(cfield["default"])
    if spec and "default" in spec:
        candidates.append(spec["default"])
    candidates.extend(c_enum or [])
    candidates.extend(s_enum or [])
    allowed_sets = [s for s in (c_enum, s_enum) if s is not None]
    for candidate in candidates:
        listed = all(any(_same(candidate, v) for v in allowed) for allowed in allowed_sets)
        if listed and (kind not in ("integer", "number") or _within(candidate, cfield, spec)):
            return candidate
    if allowed_sets:
        return allowed_sets[0][0]
    if kind == "boolean":
        return False
    if kind in ("integer", "number"):
        low, high = _bounds(cfield, spec, "minimum", "maximum")
        words = set(name.split("_"))
        if {"end", "ends"} & words:
            # A window's end lies after its start (both sources say so in prose): 10 s, after a
            # start of 0, meets "at least 10 s" (Suno's infill) and "at most 10 s" (Gemini clips).
            end = max(10, low or 0)
            return end if high is None or end <= high else high
        if "start" in words:
            return low if low is not None else 0
        if low is not None:
            return int(low) if kind == "integer" else low
        if high is not None:
            return int(high) if kind == "integer" and high < 1 else (1 if high >= 1 else high)
        return 1
    if kind == "array":
        items = (cfield or {}).get("items")
        items_spec = deref(resolve_items(spec))
        low, high = _bounds(
            {"min": (cfield or {}).get("min_items"), "max": (cfield or {}).get("max_items")},
            spec,
            "minItems",
            "maxItems",
        )
        count = max(1, int(low or 0))
        if high is not None:
            count = min(count, int(high))
        item_name = name[:-1] if name.endswith("s") else name
        return [
            synthesize(item_name, items if isinstance(items, dict) else None, items_spec, deref)
            for _ in range(count)
        ]
    if kind == "object":
        return _synth_object(cfield, spec, deref)
    return _synth_string(name, cfield, spec)


def resolve_items(spec: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    items = (spec or {}).get("items")
    return items if isinstance(items, Mapping) else None


def _spec_type(spec: Mapping[str, Any] | None) -> str | None:
    if not spec:
        return None
    kind = spec.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and "const" in spec:
        value = spec["const"]
        return "boolean" if isinstance(value, bool) else None
    return str(kind) if kind else None


def _within(value: Any, cfield: Mapping[str, Any] | None, spec: Mapping[str, Any] | None) -> bool:
    low, high = _bounds(cfield, spec, "minimum", "maximum")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return True
    return (low is None or value >= low) and (high is None or value <= high)


def _synth_string(
    name: str, cfield: Mapping[str, Any] | None, spec: Mapping[str, Any] | None
) -> str:
    if _looks_like_url(name, cfield) or _looks_like_url(name, spec):
        return _url_for(name)
    if name.endswith("_id") or name == "id":
        return f"{name.replace('_', '-')}-123"
    text = "A quiet harbor at dawn, soft light on the water"
    low, high = None, None
    if cfield and cfield.get("length"):
        low, high = cfield.get("min"), cfield.get("max")
    if spec:
        if isinstance(spec.get("minLength"), int):
            low = max(low or 0, spec["minLength"])
        if isinstance(spec.get("maxLength"), int):
            high = min(high, spec["maxLength"]) if high is not None else spec["maxLength"]
    if low is not None and len(text) < low:
        text = (text + " ") * (int(low) // len(text) + 1)
    if high is not None and len(text) > high:
        text = text[: int(high)]
    return text


def _synth_object(
    cfield: Mapping[str, Any] | None,
    spec: Mapping[str, Any] | None,
    deref: Callable[[Any], Any],
) -> Any:
    result: dict[str, Any] = {}
    props = (cfield or {}).get("properties") or {}
    spec_props = (spec or {}).get("properties") or {}
    for prop, prop_spec in props.items():
        if isinstance(prop_spec, Mapping) and prop_spec.get("required"):
            result[prop] = synthesize(prop, prop_spec, deref(spec_props.get(prop)), deref)
    for prop in (spec or {}).get("required") or ():
        if prop not in result:
            result[prop] = synthesize(prop, props.get(prop), deref(spec_props.get(prop)), deref)
    return result


def _fraction_between(low: float | None, high: float | None) -> float:
    """A non-integer number inside [low, high] (either bound may be open)."""
    if low is not None and high is not None:
        middle = (low + high) / 2
        return middle if not float(middle).is_integer() else middle + min(0.5, (high - low) / 4)
    if low is not None:
        return low + 0.5
    if high is not None:
        return high - 0.5
    return 2.5


def invalid_enum_value(values: list[Any]) -> Any:
    """A value of the enum's own type that the enum does not list."""
    if all(isinstance(v, bool) for v in values):
        return not values[0] if len(values) == 1 else "not-a-valid-value"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        candidate = max(values) + 1
        while any(_same(candidate, v) for v in values):
            candidate += 1
        return candidate
    return "not-a-valid-value"


# --- Cases ------------------------------------------------------------------------------------


@dataclass
class _Builder:
    action: Action
    operation_id: str
    model: str | None
    spec: SpecActions
    conflicts: list[Conflict]

    @property
    def fields(self) -> Mapping[str, Field]:
        return self.action.fields_for(self.model)

    def value_for(self, body: Mapping[str, Any], name: str) -> Any:
        cfield = self.fields.get(name)
        probe = {**body, name: None} if name not in body else body
        return synthesize(
            name,
            cfield.raw if cfield else None,
            self.spec.property_schema(self.operation_id, probe, name),
            lambda schema: resolve(self.spec.document, schema),
        )

    def close(self, body: dict[str, Any], keep: str | None = None) -> dict[str, Any]:
        """Add what the contract's rules and the recorded reference requirements ask for."""
        for _ in range(8):
            changed = False
            for rule in self.action.rules:
                if not rule.applies(body):
                    continue
                for name in rule.required:
                    if name not in body:
                        body[name] = self.value_for(body, name)
                        changed = True
                if rule.required_any and not any(n in body for n in rule.required_any):
                    name = rule.required_any[0]
                    body[name] = self.value_for(body, name)
                    changed = True
                for name, allowed in rule.enum.items():
                    if (
                        name in body
                        and name != keep
                        and not any(_same(body[name], v) for v in allowed)
                    ):
                        body[name] = allowed[0]
                        changed = True
            for conflict in self.conflicts:
                if (
                    conflict.kind == "required"
                    and (conflict.models is None or self.model in conflict.models)
                    and conflict.field not in body
                ):
                    body[conflict.field] = self.value_for(body, conflict.field)
                    changed = True
            if not changed:
                break
        return body

    def base(self) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if self.model is not None:
            body["model"] = self.model
        for name, cfield in self.fields.items():
            if cfield.required and name not in body:
                body[name] = self.value_for(body, name)
        return self.close(body)

    def case(
        self,
        label: str,
        target: str,
        body: dict[str, Any],
        *,
        name: str | None = None,
        value: Any = None,
        rule: Rule | None = None,
    ) -> Case:
        problems = tuple(self.action.problems(body))
        return Case(
            action=self.action.key,
            operation_id=self.operation_id,
            model=self.model,
            label=label,
            target=target,
            field=name,
            value=value,
            body=body,
            legal=not problems,
            contract_problems=problems,
            rule_fields=rule.fields if rule else (),
        )

    def cases(self) -> Iterator[Case]:
        base = self.base()
        yield self.case("base", "base", copy.deepcopy(base))
        for name in base:
            body = {k: v for k, v in base.items() if k != name}
            yield self.case("drop", "drop", body, name=name)
        for name, cfield in self.fields.items():
            if name not in base:
                body = self.close({**copy.deepcopy(base), name: self.value_for(base, name)})
                yield self.case("add", "add", body, name=name)
            yield from self.value_cases(base, name, cfield)
        for rule in self.action.rules:
            if rule.applies(base):
                for name in rule.forbidden:
                    if name not in self.fields and name not in base:
                        body = {**copy.deepcopy(base), name: self.value_for(base, name)}
                        yield self.case("add-forbidden", "add", body, name=name)
        for index, rule in enumerate(self.action.rules):
            yield from self.rule_cases(base, index, rule)

    def value_cases(self, base: dict[str, Any], name: str, cfield: Field) -> Iterator[Case]:
        def with_value(value: Any) -> dict[str, Any]:
            body = copy.deepcopy(base)
            body[name] = value
            return self.close(body, keep=name)

        enum = cfield.enum
        if enum:
            for value in enum:
                yield self.case("enum-value", "value", with_value(value), name=name, value=value)
            bad = invalid_enum_value(enum)
            yield self.case("enum-invalid", "value", with_value(bad), name=name, value=bad)
        kind = cfield.type
        low, high = cfield.minimum, cfield.maximum
        if kind in ("integer", "number") and not enum:
            step = 1
            for label, value in (
                ("at-min", low),
                ("below-min", None if low is None else low - step),
                ("at-max", high),
                ("above-max", None if high is None else high + step),
            ):
                if value is not None:
                    value = int(value) if kind == "integer" else value
                    yield self.case(label, "value", with_value(value), name=name, value=value)
            if low is not None and high is not None and high - low >= 2:
                # Inside the range too: a source that lists values where the other gives a range
                # (4, 8 or 12 against 4-12) disagrees only there.
                inside = (
                    sorted({int(low) + 1, int((low + high) // 2), int(high) - 1})
                    if kind == "integer"
                    else [(low + high) / 2]
                )
                for value in inside:
                    yield self.case("in-range", "value", with_value(value), name=name, value=value)
        if kind in ("integer", "number"):
            # The other numeric type: 2.5 where the contract says integer (refused), and where
            # it says number (accepted by the contract; refused by an integer schema).
            spec_schema = self.spec.property_schema(self.operation_id, {**base, name: 0}, name)
            both_low, both_high = _bounds(cfield.raw, spec_schema, "minimum", "maximum")
            current = base.get(name)
            if isinstance(current, int | float) and not isinstance(current, bool):
                # Next to the base value, which satisfies the other rules; a window's start moves
                # down and anything else up, so the window only grows.
                at_top = both_high is not None and current >= both_high
                down = "start" in name.split("_") or at_top
                probe = current - 0.5 if down else current + 0.5
            else:
                probe = _fraction_between(both_low, both_high)
            yield self.case("type-probe", "value", with_value(probe), name=name, value=probe)
        if cfield.measures_length:
            for label, size in (
                ("at-min", low),
                ("below-min", None if not low else low - 1),
                ("at-max", high),
                ("above-max", None if high is None else high + 1),
            ):
                if size is not None and size >= 0:
                    text = ("abcdefghij" * (int(size) // 10 + 1))[: int(size)]
                    yield self.case(label, "value", with_value(text), name=name, value=len(text))
        if kind == "array":
            sample = self.value_for(base, name)
            item = sample[0] if isinstance(sample, list) and sample else "item"
            for label, count in (
                ("at-min-items", cfield.min_items),
                ("below-min-items", None if not cfield.min_items else cfield.min_items - 1),
                ("at-max-items", cfield.max_items),
                ("above-max-items", None if cfield.max_items is None else cfield.max_items + 1),
            ):
                if count is not None:
                    value = [copy.deepcopy(item) for _ in range(count)]
                    yield self.case(label, "value", with_value(value), name=name, value=count)

    def rule_cases(self, base: dict[str, Any], index: int, rule: Rule) -> Iterator[Case]:
        model_cond = rule.when.get("model")
        if model_cond is not None and model_cond != self.model:
            return
        body = copy.deepcopy(base)
        for name, cond in rule.when.items():
            if name == "model":
                continue
            if isinstance(cond, Mapping) and "present" in cond:
                if cond["present"]:
                    body.setdefault(name, self.value_for(body, name))
                else:
                    body.pop(name, None)
            else:
                body[name] = cond
        for name in rule.forbidden:
            body.pop(name, None)
        body = self.close(body)
        if not rule.applies(body):
            return  # the rule's condition cannot be met together with the others
        label = f"rule{index}"
        yield self.case(f"{label}-met", "rule", copy.deepcopy(body), value=index, rule=rule)
        for name in rule.required:
            broken = {k: v for k, v in body.items() if k != name}
            yield self.case(f"{label}-broken", "rule", broken, name=name, value=index, rule=rule)
        for name in rule.forbidden:
            broken = {**copy.deepcopy(body), name: self.value_for(body, name)}
            yield self.case(f"{label}-broken", "rule", broken, name=name, value=index, rule=rule)
        if rule.required_any:
            broken = {k: v for k, v in body.items() if k not in rule.required_any}
            yield self.case(f"{label}-broken", "rule", broken, value=index, rule=rule)
        for name, allowed in rule.enum.items():
            general = (self.fields.get(name) and self.fields[name].enum) or []
            outside = [v for v in general if not any(_same(v, a) for a in allowed)]
            if name in body and outside:
                broken = {**copy.deepcopy(body), name: outside[0]}
                yield self.case(
                    f"{label}-broken", "rule", broken, name=name, value=index, rule=rule
                )


def derive_cases(contract: Contract, spec: SpecActions) -> Iterator[Case]:
    """Every case for every contract action the spec has, for every model both name."""
    for key, action in sorted(contract.actions.items()):
        op = spec.by_action.get(key)
        if op is None:
            continue
        conflicts = [c for c in spec.conflicts if c.operation_id == op.operation_id]
        spec_models = spec.models(op.operation_id)
        if action.models:
            models: list[str | None] = [
                m for m in action.models if spec_models is None or m in spec_models
            ]
        else:
            models = [None]
        for model in models:
            builder = _Builder(action, op.operation_id, model, spec, conflicts)
            yield from builder.cases()


def covering_conflict(case: Case, conflicts: list[Conflict]) -> Conflict | None:
    return next((c for c in conflicts if c.covers(case)), None)
