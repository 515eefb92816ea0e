"""Compare two versions of a schema field by field, graded for an SDK user.

Direction matters (as in oasdiff): in a request the user writes the value, so whatever the SDK
now refuses is breaking and whatever it now accepts is a feature; in a response (status and
callback payloads too) the user reads the value, so a field that disappears, may now be absent,
or takes a wider type is breaking, while narrowing is safe.

A new enum value in a response is a feature: the SDK's response models accept it (they are
built to keep what the API sends), code that handles the known values keeps working, and the
release that types it is worth a minor bump so users can see it. Removing one is a fix.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from .openapi import json_type, lookup, refs_in, resolve
from .schemawalk import RULE_KEYWORDS
from .semver import Severity

Json = Any
Direction = Literal["request", "response"]

LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
#: Keywords compared one by one below; any other difference is graded conservatively.
HANDLED = {
    *LOWER_BOUNDS,
    *UPPER_BOUNDS,
    "type",
    "enum",
    "const",
    "properties",
    "required",
    "items",
    "allOf",
    "pattern",
    "format",
    "default",
    "deprecated",
    "additionalProperties",
    "description",
    "title",
    "examples",
    "example",
    "$ref",
}


@dataclass(frozen=True)
class FieldChange:
    """One change of one field (`path` is dotted, `[]` steps into array items)."""

    kind: str
    path: str
    detail: str
    severity: Severity
    reason: str
    migration: str = ""


def canonical(value: Json) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _is_rule(entry: Json) -> bool:
    return isinstance(entry, dict) and any(k in entry for k in RULE_KEYWORDS)


def flatten(document: dict[str, Any], schema: Json, depth: int = 0) -> dict[str, Any]:
    """An object schema with its `allOf` parts (not its rule entries) merged in."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return {}
    if not schema.get("allOf") or depth > 10:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties = dict(schema.get("properties") or {})
    required = list(schema.get("required") or [])
    rules = []
    for part in schema["allOf"]:
        if _is_rule(part):
            rules.append(part)
            continue
        flat = flatten(document, part, depth + 1)
        for name, prop in (flat.get("properties") or {}).items():
            properties.setdefault(name, prop)
        required += [r for r in flat.get("required") or [] if r not in required]
        for key, value in flat.items():
            if key not in ("properties", "required", "allOf", "description", "title"):
                merged.setdefault(key, value)
    merged["properties"] = properties
    merged["required"] = required
    if rules:
        merged["allOf"] = rules
    return merged


def accepted_types(document: dict[str, Any], schema: Json, depth: int = 0) -> set[str]:
    """JSON types a value may have ("number" includes integers); empty means any."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict) or depth > 10:
        return set()
    declared = schema.get("type")
    if declared:
        found = set(declared) if isinstance(declared, list) else {declared}
        return found | ({"integer"} if "number" in found else set())
    if "const" in schema:
        return {json_type(schema["const"])}
    if isinstance(schema.get("enum"), list):
        return {json_type(v) for v in schema["enum"]}
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            members = [accepted_types(document, m, depth + 1) for m in schema[key]]
            return set() if any(not m for m in members) else set().union(*members)
    if schema.get("properties"):
        return {"object"}
    return set()


def _values(schema: dict[str, Any]) -> list[Json] | None:
    if "const" in schema:
        return [schema["const"]]
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    return None


def _show(values: list[Json]) -> str:
    return ", ".join(canonical(v) for v in values)


class SchemaDiff:
    """Compares schemas of two documents; one instance per direction."""

    def __init__(self, old_doc: dict[str, Any], new_doc: dict[str, Any], direction: Direction):
        self.old_doc = old_doc
        self.new_doc = new_doc
        self.direction = direction
        self.request = direction == "request"
        self._same_refs: dict[str, bool] = {}

    # -- what did not change ---------------------------------------------------------

    def unchanged(self, old: Json, new: Json) -> bool:
        """Whether `old` and `new` are equal and so is everything their `$ref`s reach in either
        document: then no comparison of them can find a change (most of a spec is untouched by
        an edit, and comparing it field by field is most of a diff's cost)."""
        return old == new and all(self._same_ref(ref) for ref in refs_in(old))

    def _same_ref(self, ref: str) -> bool:
        """Whether `ref`, and every ref its target reaches (transitively), names equal nodes
        in both documents."""
        if ref not in self._same_refs:
            seen: set[str] = set()
            pending = [ref]
            same = True
            while pending and same:
                current = pending.pop()
                if current in seen or not current.startswith("#"):
                    continue  # (a ref out of the document is a string both sides hold alike)
                seen.add(current)
                target = lookup(self.old_doc, current[1:])
                same = target == lookup(self.new_doc, current[1:])
                pending.extend(refs_in(target))
            self._same_refs[ref] = same
        return self._same_refs[ref]

    # -- objects ---------------------------------------------------------------------

    def objects(self, old: Json, new: Json, path: str = "", depth: int = 0) -> list[FieldChange]:
        """Fields added, removed, made required or optional, and each kept field compared."""
        if self.unchanged(old, new):
            return []
        old_flat, new_flat = flatten(self.old_doc, old), flatten(self.new_doc, new)
        old_props = old_flat.get("properties") or {}
        new_props = new_flat.get("properties") or {}
        old_required = set(old_flat.get("required") or [])
        new_required = set(new_flat.get("required") or [])
        changes: list[FieldChange] = []
        for name in [*new_props, *(n for n in old_props if n not in new_props)]:
            where = f"{path}.{name}" if path else name
            if name not in old_props:
                changes.append(self._added(where, name in new_required))
            elif name not in new_props:
                changes.append(self._removed(where))
            else:
                changes += self._required(where, name in old_required, name in new_required)
                changes += self.values(old_props[name], new_props[name], where, depth + 1)
        return changes

    def _added(self, where: str, required: bool) -> FieldChange:
        if not self.request:
            return FieldChange(
                "response-field-added",
                where,
                f"response field `{where}` added",
                "feature",
                "new data to read; existing code ignores it",
            )
        if required:
            return FieldChange(
                "request-field-added",
                where,
                f"new required field `{where}`",
                "breaking",
                "calls that do not pass it are refused",
                f"pass `{where}` in every call",
            )
        return FieldChange(
            "request-field-added",
            where,
            f"new optional field `{where}`",
            "feature",
            "an optional field adds a capability; existing calls are unchanged",
        )

    def _removed(self, where: str) -> FieldChange:
        if not self.request:
            return FieldChange(
                "response-field-removed",
                where,
                f"response field `{where}` removed",
                "breaking",
                "code that reads it fails",
                f"stop reading `{where}`",
            )
        return FieldChange(
            "request-field-removed",
            where,
            f"field `{where}` removed",
            "breaking",
            "calls that pass it are refused by validation and rejected by the type stubs",
            f"stop passing `{where}`",
        )

    def _required(self, where: str, was: bool, now: bool) -> list[FieldChange]:
        if was == now:
            return []
        if self.request:
            if now:
                return [
                    FieldChange(
                        "request-field-required",
                        where,
                        f"`{where}` is now required",
                        "breaking",
                        "calls without it are refused",
                        f"pass `{where}` in every call",
                    )
                ]
            return [
                FieldChange(
                    "request-field-optional",
                    where,
                    f"`{where}` is now optional",
                    "feature",
                    "calls may now leave it out; existing calls are unchanged",
                )
            ]
        if now:
            return [
                FieldChange(
                    "response-field-required",
                    where,
                    f"response field `{where}` is now always present",
                    "fix",
                    "a stronger guarantee; code that checks for it keeps working",
                )
            ]
        return [
            FieldChange(
                "response-field-optional",
                where,
                f"response field `{where}` may now be absent",
                "breaking",
                "code that reads it unconditionally can fail",
                f"check `{where}` for None before using it",
            )
        ]

    # -- one value ---------------------------------------------------------------------

    def values(self, old: Json, new: Json, path: str, depth: int = 0) -> list[FieldChange]:
        if self.unchanged(old, new):
            return []
        old_s, new_s = resolve(self.old_doc, old), resolve(self.new_doc, new)
        if not isinstance(old_s, dict) or not isinstance(new_s, dict) or depth > 12:
            return []
        changes = self._types(old_s, new_s, path)
        changes += self._enum(old_s, new_s, path)
        changes += self._limits(old_s, new_s, path)
        changes += self._text_constraints(old_s, new_s, path)
        changes += self._default_and_docs(old_s, new_s, path)
        items_old, items_new = old_s.get("items"), new_s.get("items")
        if isinstance(items_old, dict) and isinstance(items_new, dict):
            changes += self.values(items_old, items_new, f"{path}[]", depth + 1)
        elif (old_s.get("properties") or old_s.get("allOf")) and (
            new_s.get("properties") or new_s.get("allOf")
        ):
            changes += self.objects(old_s, new_s, path, depth + 1)
        union = self._union(old_s, new_s, path, depth)
        if union is not None:
            changes += union
        if not changes:
            changes += self._unclassified(old_s, new_s, path, union is not None)
        return changes

    def _union(
        self, old: dict[str, Any], new: dict[str, Any], path: str, depth: int
    ) -> list[FieldChange] | None:
        """`oneOf`/`anyOf` of named schemas: members added, removed, and each kept one compared.

        None when the union is not made of component references (left to _unclassified).
        """
        key = "oneOf" if "oneOf" in old or "oneOf" in new else "anyOf"
        before, after = old.get(key), new.get(key)
        if not isinstance(before, list) or not isinstance(after, list):
            return None
        old_names, new_names = _ref_names(before), _ref_names(after)
        if old_names is None or new_names is None:
            return None
        changes = []
        for name in (n for n in new_names if n not in old_names):
            where = f"{path}<{name}>"
            if self.request:
                changes.append(
                    FieldChange(
                        "union-member-added",
                        where,
                        f"accepts {name}",
                        "feature",
                        "accepts another shape",
                    )
                )
            else:
                changes.append(
                    FieldChange(
                        "union-member-added",
                        where,
                        f"may be {name}",
                        "feature",
                        "a new shape to read; the others are unchanged",
                    )
                )
        for name in (n for n in old_names if n not in new_names):
            where = f"{path}<{name}>"
            if self.request:
                changes.append(
                    FieldChange(
                        "union-member-removed",
                        where,
                        f"no longer accepts {name}",
                        "breaking",
                        "values of that shape are refused",
                        f"stop sending {name}",
                    )
                )
            else:
                changes.append(
                    FieldChange(
                        "union-member-removed",
                        where,
                        f"is no longer {name}",
                        "fix",
                        "code that handles it keeps working",
                    )
                )
        for name in (n for n in new_names if n in old_names):
            ref = {"$ref": f"#/components/schemas/{name}"}
            changes += self.values(ref, ref, f"{path}<{name}>", depth + 1)
        return changes

    def _types(self, old: dict[str, Any], new: dict[str, Any], path: str) -> list[FieldChange]:
        before, after = accepted_types(self.old_doc, old), accepted_types(self.new_doc, new)
        if before == after:
            return []
        shown = f"type of `{path}` changed from {_types_text(before)} to {_types_text(after)}"
        wider = not after or (bool(before) and before <= after)
        narrower = bool(after) and (not before or after <= before)
        if self.request:
            if wider:
                return [FieldChange("type-widened", path, shown, "feature", "accepts more values")]
            return [
                FieldChange(
                    "type-changed",
                    path,
                    shown,
                    "breaking",
                    "values of the old type are refused",
                    f"pass `{path}` as {_types_text(after)}",
                )
            ]
        if narrower:
            return [
                FieldChange(
                    "type-narrowed", path, shown, "fix", "every new value fits the old type"
                )
            ]
        return [
            FieldChange(
                "type-changed",
                path,
                shown,
                "breaking",
                "code that reads it may get a type it does not handle",
                f"handle `{path}` as {_types_text(after)}",
            )
        ]

    def _enum(self, old: dict[str, Any], new: dict[str, Any], path: str) -> list[FieldChange]:
        before, after = _values(old), _values(new)
        if before == after:
            return []
        if before is None or after is None:
            # A whole enum appears or disappears: the field becomes restricted or free.
            restricted = after is not None
            text = (
                f"`{path}` is now limited to {_show(after or [])}"
                if restricted
                else f"`{path}` is no longer limited to {_show(before or [])}"
            )
            if self.request:
                if restricted:
                    return [
                        FieldChange(
                            "enum-added",
                            path,
                            text,
                            "breaking",
                            "other values are refused",
                            f"pass one of {_show(after or [])}",
                        )
                    ]
                return [FieldChange("enum-dropped", path, text, "feature", "accepts any value")]
            return [FieldChange("enum-changed", path, text, "fix" if restricted else "feature", "")]
        added = [v for v in after if v not in before]
        removed = [v for v in before if v not in after]
        changes = []
        if added:
            text = (
                f"`{path}` accepts {_show(added)}"
                if self.request
                else f"`{path}` may be {_show(added)}"
            )
            reason = (
                "a new value adds a capability; existing calls are unchanged"
                if self.request
                else "a new value to read; the models accept it, the old values are unchanged"
            )
            changes.append(FieldChange("enum-value-added", path, text, "feature", reason))
        if removed:
            if self.request:
                changes.append(
                    FieldChange(
                        "enum-value-removed",
                        path,
                        f"`{path}` no longer accepts {_show(removed)}",
                        "breaking",
                        "calls that pass it are refused",
                        f"replace {_show(removed)} with one of {_show(after)}",
                    )
                )
            else:
                changes.append(
                    FieldChange(
                        "enum-value-removed",
                        path,
                        f"`{path}` is no longer {_show(removed)}",
                        "fix",
                        "a value the response no longer takes; code that handles it keeps working",
                    )
                )
        return changes

    def _limits(self, old: dict[str, Any], new: dict[str, Any], path: str) -> list[FieldChange]:
        changes = []
        for key in (*LOWER_BOUNDS, *UPPER_BOUNDS):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            lower = key in LOWER_BOUNDS
            if before is None:
                tightened = True
            elif after is None:
                tightened = False
            else:
                tightened = after > before if lower else after < before
            text = f"`{path}` {key} {_bound(before)} -> {_bound(after)}"
            changes.append(self._graded_limit(path, text, tightened, key, after))
        return changes

    def _graded_limit(
        self, path: str, text: str, tightened: bool, key: str, after: Json
    ) -> FieldChange:
        if not self.request:
            return FieldChange(
                "limit-" + ("tightened" if tightened else "loosened"),
                path,
                text + " (response)",
                "fix",
                "a documented range of a value the SDK reads; code is unaffected",
            )
        if tightened:
            return FieldChange(
                "limit-tightened",
                path,
                text,
                "breaking",
                "values that were accepted are now refused",
                f"keep `{path}` within {key} {after}",
            )
        return FieldChange(
            "limit-loosened", path, text, "feature", "accepts values it refused before"
        )

    def _text_constraints(
        self, old: dict[str, Any], new: dict[str, Any], path: str
    ) -> list[FieldChange]:
        changes = []
        for key in ("pattern", "format"):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            text = f"`{path}` {key} {_bound(before)} -> {_bound(after)}"
            changes.append(self._graded_limit(path, text, after is not None, key, after))
        closed_before = old.get("additionalProperties") is False
        closed_after = new.get("additionalProperties") is False
        if closed_before != closed_after and self.request:
            text = f"`{path or 'body'}` {'refuses' if closed_after else 'accepts'} unknown fields"
            changes.append(self._graded_limit(path, text, closed_after, "known fields", "only"))
        return changes

    def _default_and_docs(
        self, old: dict[str, Any], new: dict[str, Any], path: str
    ) -> list[FieldChange]:
        changes = []
        if old.get("default") != new.get("default") and ("default" in old or "default" in new):
            changes.append(
                FieldChange(
                    "default-changed",
                    path,
                    f"default of `{path}` {_bound(old.get('default'))} -> "
                    f"{_bound(new.get('default'))}",
                    "fix",
                    "the API's value when the field is left out; calls are unchanged "
                    "(pass it explicitly to keep the old behaviour)",
                )
            )
        if bool(new.get("deprecated")) and not old.get("deprecated"):
            changes.append(
                FieldChange(
                    "deprecated",
                    path,
                    f"`{path}` is deprecated",
                    "feature",
                    "a deprecation announces a future removal; calls still work",
                )
            )
        for key in ("description", "title"):
            if (old.get(key) or "") != (new.get(key) or ""):
                changes.append(
                    FieldChange("docs", path, f"`{path}` {key} updated", "fix", "documentation")
                )
        return changes

    def _unclassified(
        self, old: dict[str, Any], new: dict[str, Any], path: str, union_handled: bool
    ) -> list[FieldChange]:
        """Differences in keywords this diff does not grade: breaking, to be safe."""
        handled = HANDLED | ({"oneOf", "anyOf", "discriminator"} if union_handled else set())
        rest_old = {k: v for k, v in old.items() if k not in handled and not k.startswith("x-")}
        rest_new = {k: v for k, v in new.items() if k not in handled and not k.startswith("x-")}
        if canonical(rest_old) == canonical(rest_new):
            return []
        keys = sorted(k for k in {*rest_old, *rest_new} if rest_old.get(k) != rest_new.get(k))
        return [
            FieldChange(
                "schema-changed",
                path,
                f"`{path}` schema changed ({', '.join(keys)})",
                "breaking",
                "a change this diff cannot grade; treated as breaking to be safe",
                f"check the new schema of `{path}`",
            )
        ]


def _ref_names(members: list[Json]) -> list[str] | None:
    prefix = "#/components/schemas/"
    names = [m.get("$ref", "") if isinstance(m, dict) else "" for m in members]
    if not all(isinstance(n, str) and n.startswith(prefix) for n in names):
        return None
    return [n[len(prefix) :] for n in names]


def _types_text(types: set[str]) -> str:
    shown = sorted(types - {"integer"} if "number" in types else types)
    return " or ".join(shown) if shown else "any"


def _bound(value: Json) -> str:
    return "none" if value is None else canonical(value)
