"""TypeScript types of JSON Schemas: request bodies as callers write them, answers as they arrive.

Scalars become `string`/`number`/`boolean`, `const` and `enum` literal unions, arrays `Array<T>`,
objects with declared properties object types (optional fields marked `?`), `oneOf`/`anyOf`
unions and `allOf` intersections. A named component gets a named declaration (requests add
`Param` to the name, as the Python SDK's TypedDicts do, since a request type and an answer type of
one schema differ); `format: binary` is an upload. Conditions (`if`, `not`, ...) are left to
runtime validation, which says them in words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..openapi import COMPONENT_REF, resolve
from ..schemawalk import RULE_KEYWORDS

IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
MAX_DEPTH = 12


def literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def property_key(name: str) -> str:
    return name if IDENTIFIER.match(name) else literal(name)


def doc_comment(text: str, indent: str) -> str:
    """A JSDoc block (empty when there is nothing to say); `*/` cannot end it early."""
    text = text.strip().replace("*/", "*\\/")
    if not text:
        return ""
    lines = text.splitlines()
    if len(lines) == 1:
        return f"{indent}/** {lines[0]} */\n"
    body = "".join(f"{indent} *{' ' + line if line.strip() else ''}\n" for line in lines)
    return f"{indent}/**\n{body}{indent} */\n"


def union(parts: list[str]) -> str:
    unique = list(dict.fromkeys(parts))
    if not unique:
        return "never"
    # `null` last reads best; a one-member union needs no parentheses.
    ordered = sorted(unique, key=lambda p: p == "null")
    return " | ".join(f"({p})" if " => " in p else p for p in ordered)


@dataclass
class Declaration:
    name: str
    text: str  # the full `export ...` statement


@dataclass
class TsTypes:
    """Type expressions for one module; collects the named declarations they refer to.

    `home(component)` says which module declares a component (this one, or `shared`);
    `imports` collects the names this module takes from elsewhere.
    """

    document: dict[str, Any]
    module: str
    home: dict[str, str]
    declarations: dict[str, Declaration] = field(default_factory=dict)
    imports: dict[str, set[str]] = field(default_factory=dict)
    wanted: list[tuple[str, bool]] = field(default_factory=list)  # components still to declare

    # -- names -------------------------------------------------------------------------------

    def component_type(self, component: str, request: bool) -> str:
        name = component + ("Param" if request else "")
        where = self.home.get(component, self.module)
        if where != self.module:
            self.imports.setdefault(where, set()).add(name)
        elif name not in self.declarations:
            self.declarations[name] = Declaration(name, "")  # reserved; filled by `declare_all`
            self.wanted.append((component, request))
        return name

    def declare_all(self) -> None:
        """Declare every component referred to so far (and those they refer to)."""
        while self.wanted:
            component, request = self.wanted.pop(0)
            name = component + ("Param" if request else "")
            schema = self.document["components"]["schemas"][component]
            self.declarations[name] = Declaration(name, self.declaration(name, schema, request))

    def declaration(self, name: str, schema: Any, request: bool) -> str:
        resolved = resolve(self.document, schema) or {}
        doc = doc_comment(str(resolved.get("description") or ""), "")
        body = self.expression(schema, request, 0, top=True)
        if body.startswith("{\n") and body.endswith("\n}"):
            return f"{doc}export interface {name} {body}\n"
        return f"{doc}export type {name} = {body};\n"

    # -- expressions ---------------------------------------------------------------------------

    def expression(self, schema: Any, request: bool, depth: int, top: bool = False) -> str:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith(COMPONENT_REF) and not top:
            return self.component_type(ref[len(COMPONENT_REF) :], request)
        schema = resolve(self.document, schema)
        if schema is True or schema == {}:
            return "unknown"
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return "unknown"
        if "const" in schema:
            return literal(schema["const"])
        if isinstance(schema.get("enum"), list):
            return union([literal(v) if v is not None else "null" for v in schema["enum"]])
        if schema.get("format") == "binary" or ("contentMediaType" in schema and request):
            return "Uploadable"
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                members = [self.expression(s, request, depth + 1) for s in schema[key]]
                own = self._typed(schema, request, depth, skip_object_without_properties=True)
                combined = union(members)
                return combined if own in ("unknown", "") else f"({own}) & ({combined})"
        if schema.get("allOf"):
            parts = [
                self.expression(s, request, depth + 1)
                for s in schema["allOf"]
                if not _is_condition(s)
            ]
            own = self._typed(schema, request, depth, skip_object_without_properties=True)
            parts = [p for p in [*parts, own] if p not in ("unknown", "")]
            if not parts:
                return "unknown"
            return parts[0] if len(parts) == 1 else " & ".join(_wrap(p) for p in parts)
        return self._typed(schema, request, depth) or "unknown"

    def _typed(
        self,
        schema: dict[str, Any],
        request: bool,
        depth: int,
        skip_object_without_properties: bool = False,
    ) -> str:
        kinds = schema.get("type")
        names = kinds if isinstance(kinds, list) else [kinds] if kinds else []
        if not names and ("properties" in schema or "additionalProperties" in schema):
            names = ["object"]
        parts = []
        for kind in names:
            if kind == "null":
                parts.append("null")
            elif kind == "string":
                parts.append("string")
            elif kind in ("integer", "number"):
                parts.append("number")
            elif kind == "boolean":
                parts.append("boolean")
            elif kind == "array":
                item = self.expression(schema.get("items", {}), request, depth + 1)
                parts.append(f"Array<{_wrap(item)}>")
            elif kind == "object":
                if skip_object_without_properties and not schema.get("properties"):
                    continue
                parts.append(self.object_type(schema, request, depth))
        return union(parts) if parts else ""

    def object_type(self, schema: dict[str, Any], request: bool, depth: int) -> str:
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        if not properties:
            if isinstance(extra, dict) and extra:
                return f"Record<string, {self.expression(extra, request, depth + 1)}>"
            return "Record<string, unknown>"
        required = set(schema.get("required") or [])
        indent = "  " * (depth + 1)
        lines = ["{"]
        for name, raw in properties.items():
            prop = resolve(self.document, raw) or {}
            lines.append(doc_comment(str(prop.get("description") or ""), indent).rstrip("\n"))
            optional = "" if name in required else "?"
            kind = self.expression(raw, request, depth + 1)
            lines.append(f"{indent}{property_key(name)}{optional}: {kind};")
        if request and extra is not False:
            lines.append(f"{indent}[key: string]: unknown;")
        lines.append("  " * depth + "}")
        return "\n".join(line for line in lines if line)


def _wrap(expression: str) -> str:
    return f"({expression})" if " | " in expression or " & " in expression else expression


def _is_condition(schema: Any) -> bool:
    """An allOf entry that states a rule (if/then, not, exactly-one-of, ...), not a shape."""
    return (
        isinstance(schema, dict)
        and any(k in schema for k in RULE_KEYWORDS)
        and not any(k in schema for k in ("properties", "$ref", "type"))
    )
