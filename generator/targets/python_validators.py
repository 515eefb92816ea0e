"""runapi/_validators/<group>.py: each group's request validation, compiled to plain Python.

The input is the payload the package ships in `_schemas/<group>.json` (each body schema by
operationId plus the components it refers to). Every schema in it becomes two functions:

- `_v<n>(x) -> bool`: valid or not, nothing else; small leaf schemas (a string with a length, an
  enum) are inlined into their parent, so a valid body costs a few dictionary and type checks;
- `_e<n>(x) -> list[Err]`: the errors `jsonschema`'s `iter_errors` would yield for the same
  instance (same keyword order, instance and schema paths, messages), for the phrasing in
  `_validation`. Only a body already known to be invalid gets here.

Then the variant graph: from each operation's body schema, where the discriminators and `oneOf`
branches lead, which `x-runapi-rules` are met on the way (inlined as data, evaluated by the one
evaluator `_xrules`), and the `allOf` descriptions each variant's problems are phrased with.

A keyword or format the compiler does not know fails generation (never a silent pass).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..schemawalk import ANNOTATION_KEYWORDS
from ..xrules import EXTENSION

#: runapi/_validators/__init__.py
VALIDATORS_DOC = (
    '"""Each group\'s request validation, compiled from its schemas at generate time; see '
    '_validation."""\n'
)

#: Keywords with nothing to check (annotations, or read by another keyword).
ANNOTATIONS = ANNOTATION_KEYWORDS
#: Formats jsonschema asserts (uri, with rfc3986-validator) or leaves alone (binary).
FORMATS = frozenset({"uri", "binary"})

_TYPE_TESTS = {
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "string": "isinstance({v}, str)",
    "boolean": "isinstance({v}, bool)",
    "null": "{v} is None",
    "number": "is_number({v})",
    "integer": "is_integer({v})",
}
#: Which instance type each keyword applies to (others pass it by).
_APPLIES_TO = {
    "minLength": "string",
    "maxLength": "string",
    "pattern": "string",
    "format": "string",
    "minimum": "number",
    "maximum": "number",
    "exclusiveMinimum": "number",
    "exclusiveMaximum": "number",
    "multipleOf": "number",
    "minItems": "array",
    "maxItems": "array",
    "uniqueItems": "array",
    "items": "array",
    "prefixItems": "array",
    "contains": "array",
    "required": "object",
    "properties": "object",
    "patternProperties": "object",
    "additionalProperties": "object",
    "dependentRequired": "object",
    "dependentSchemas": "object",
    "propertyNames": "object",
    "minProperties": "object",
    "maxProperties": "object",
}
#: Keywords an inlined leaf schema may use (no subschemas, no loops).
_LEAF = frozenset(
    [
        "type",
        "enum",
        "const",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "required",
        "minProperties",
        "maxProperties",
    ]
)
_COMPARE = {
    "minimum": (">=", "is less than the minimum of"),
    "maximum": ("<=", "is greater than the maximum of"),
    "exclusiveMinimum": (">", "is less than or equal to the minimum of"),
    "exclusiveMaximum": ("<", "is greater than or equal to the maximum of"),
}
_SIZES = {
    "minLength": (">=", "should be non-empty", "is too short", 1),
    "maxLength": ("<=", "is expected to be empty", "is too long", 0),
    "minItems": (">=", "should be non-empty", "is too short", 1),
    "maxItems": ("<=", "is expected to be empty", "is too long", 0),
    "minProperties": (">=", "should be non-empty", "does not have enough properties", 1),
    "maxProperties": ("<=", "is expected to be empty", "has too many properties", 0),
}


def _lit(value: Any) -> str:
    """A Python literal equal to a JSON value (as json.loads returns it)."""
    return repr(value)


def _indent(lines: list[str], depth: int = 1) -> list[str]:
    return ["    " * depth + line if line else line for text in lines for line in text.split("\n")]


#: Keywords that never change what a schema accepts or how its errors read.
_INERT = frozenset(
    [
        *("$comment", "title", "description", "default", "examples", "example", "deprecated"),
        *("readOnly", "writeOnly", "contentMediaType", "contentEncoding", "nullable", "xml"),
        *("externalDocs", "discriminator"),
    ]
)
#: Keywords whose subschemas appear verbatim (repr) in jsonschema's messages.
_QUOTED = frozenset(["not", "oneOf"])
_SCHEMA_MAPS = frozenset(["properties", "patternProperties", "dependentSchemas", "$defs"])
_SCHEMA_LISTS = frozenset(["allOf", "anyOf", "prefixItems"])
_SCHEMA_VALUES = frozenset(
    ["items", "contains", "if", "then", "else", "additionalProperties", "propertyNames"]
)


def _behaviour(schema: Any) -> Any:
    """`schema` without what cannot change its verdicts or messages: two schemas that differ
    only in descriptions share their compiled functions."""
    if not isinstance(schema, dict):
        return schema
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _INERT or key.startswith("x-"):
            continue
        if key in _QUOTED:
            kept[key] = value
        elif key in _SCHEMA_MAPS and isinstance(value, dict):
            kept[key] = {name: _behaviour(sub) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            kept[key] = [_behaviour(sub) for sub in value]
        elif key in _SCHEMA_VALUES:
            kept[key] = _behaviour(value)
        else:
            kept[key] = value
    return kept


@dataclass
class _Module:
    """The text of one generated module, built up as schemas are compiled."""

    document: dict[str, Any]
    where: str
    constants: dict[str, str] = field(default_factory=dict)  # literal -> name
    functions: list[str] = field(default_factory=list)
    compiled: dict[str, int] = field(default_factory=dict)  # schema JSON -> index
    uses: set[str] = field(default_factory=set)  # runtime helpers the code calls

    # --- shared pieces ------------------------------------------------------------------------

    def constant(self, literal: str) -> str:
        name = self.constants.get(literal)
        if name is None:
            name = f"_C{len(self.constants)}"
            self.constants[literal] = name
        return name

    def helper(self, name: str) -> str:
        self.uses.add(name)
        return name

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"{self.where}: $ref {ref!r} does not point into the document")
        node: Any = self.document
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list):
                node = node[int(token)]
            elif isinstance(node, dict) and token in node:
                node = node[token]
            else:
                raise ValueError(f"{self.where}: $ref {ref!r} names nothing")
        return node

    # --- schemas --------------------------------------------------------------------------------

    def schema(self, schema: Any) -> int:
        """The index n of `_v<n>` / `_e<n>` for `schema`, compiling it on first sight."""
        if not isinstance(schema, dict | bool):
            raise ValueError(f"{self.where}: a schema must be an object or a boolean: {schema!r}")
        behaviour = _behaviour(schema)
        if isinstance(behaviour, dict) and list(behaviour) == ["$ref"]:
            return self.schema(self.resolve(behaviour["$ref"]))  # a bare $ref adds no path
        key = json.dumps(behaviour, ensure_ascii=False)
        found = self.compiled.get(key)
        if found is not None:
            return found
        index = len(self.compiled)
        self.compiled[key] = index  # before compiling the inside: refs may lead back here
        self._check_keywords(schema)
        self.functions.append(self._valid_function(index, schema))
        self.functions.append(self._errors_function(index, schema))
        return index

    def _check_keywords(self, schema: Any) -> None:
        if not isinstance(schema, dict):
            return
        for key, value in schema.items():
            if key in ANNOTATIONS or key.startswith("x-"):
                continue
            if key not in _KEYWORDS:
                raise ValueError(
                    f"{self.where}: the Python validator does not know keyword {key!r}"
                )
            if key == "format" and value not in FORMATS:
                raise ValueError(
                    f"{self.where}: the Python validator does not know format {value!r}"
                )

    # --- validity -----------------------------------------------------------------------------

    def _known_type(self, schema: dict[str, Any]) -> str | None:
        kind = schema.get("type")
        return kind if isinstance(kind, str) else None

    def conditions(self, schema: Any, v: str) -> list[str]:
        """Expressions that must all be true for `v` (a variable name) to be valid."""
        if schema is True:
            return []
        if schema is False:
            return ["False"]
        assert isinstance(schema, dict)
        known = self._known_type(schema)
        out: list[str] = []
        if "type" in schema:
            types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            tests = [self._type_test(str(t), v) for t in types]
            out.append(tests[0] if len(tests) == 1 else "(" + " or ".join(tests) + ")")
        for key, value in schema.items():
            if key == "type" or key in ANNOTATIONS or key.startswith("x-"):
                continue
            condition = self._keyword_condition(key, value, schema, v)
            if condition is None:
                continue
            applies = _APPLIES_TO.get(key)
            if applies is not None and not _implies(known, applies):
                condition = f"(not {self._type_test(applies, v)} or {condition})"
            out.append(condition)
        return out

    def _type_test(self, kind: str, v: str) -> str:
        test = _TYPE_TESTS.get(kind)
        if test is None:
            raise ValueError(f"{self.where}: unknown type {kind!r}")
        if kind in ("number", "integer"):
            self.helper(f"is_{kind}")
        return test.format(v=v)

    def _sub(self, schema: Any, v: str) -> str:
        """Validity of a subschema: inlined when it is a small leaf, else a call."""
        if schema is True:
            return "True"
        if isinstance(schema, dict) and set(schema) <= _LEAF | ANNOTATIONS:
            parts = self.conditions(schema, v)
            if len(parts) <= 3:
                return "(" + " and ".join(parts) + ")" if parts else "True"
        return f"_v{self.schema(schema)}({v})"

    def _keyword_condition(
        self, key: str, value: Any, schema: dict[str, Any], v: str, typed: bool = True
    ) -> str | None:
        """`typed`: the schema's own `type` is checked first (in a validity check, not in the
        error list, where every keyword stands alone)."""
        if key == "enum":
            known = self._known_type(schema) if typed else None
            if value and all(isinstance(item, str) for item in value):
                members = self.constant("frozenset(" + _lit(sorted(set(value))) + ")")
                if known == "string":
                    return f"{v} in {members}"
                return f"(isinstance({v}, str) and {v} in {members})"
            numeric = all(isinstance(i, int | float) and not isinstance(i, bool) for i in value)
            if value and numeric and known in ("integer", "number"):
                # A number (never a bool, by its type) equals an enum member as jsonschema
                # compares them (1 == 1.0): a set lookup decides it.
                members = self.constant("frozenset(" + _lit(sorted(set(value))) + ")")
                return f"{v} in {members}"
            values = self.constant(_lit(value))
            return f"any({self.helper('equal')}(each, {v}) for each in {values})"
        if key == "const":
            if isinstance(value, str):
                return f"{v} == {_lit(value)}"
            return f"{self.helper('equal')}({v}, {self.constant(_lit(value))})"
        if key in _COMPARE:
            return f"{v} {_COMPARE[key][0]} {_lit(value)}"
        if key in _SIZES:
            return f"len({v}) {_SIZES[key][0]} {_lit(value)}"
        if key == "multipleOf":
            return f"not {self.helper('not_multiple')}({v}, {_lit(value)})"
        if key == "pattern":
            return f"re.search({_lit(value)}, {v}) is not None"
        if key == "format":
            return f"{self.helper('is_uri')}({v})" if value == "uri" else None
        if key == "uniqueItems":
            return f"{self.helper('unique')}({v})" if value else None
        if key == "required":
            names = [f"{_lit(name)} in {v}" for name in value]
            if not names:
                return None
            return "(" + " and ".join(names) + ")" if len(names) > 1 else names[0]
        if key == "$ref":
            return f"_v{self.schema(self.resolve(value))}({v})"
        if key == "allOf":
            return "(" + " and ".join(self._sub(sub, v) for sub in value) + ")" if value else None
        if key == "anyOf":
            return "(" + " or ".join(self._sub(sub, v) for sub in value) + ")"
        if key == "oneOf":
            calls = ", ".join(self._sub(sub, v) for sub in value)
            return f"[{calls}].count(True) == 1"
        if key == "not":
            return f"not {self._sub(value, v)}"
        if key == "if":
            then = self._sub(schema.get("then", True), v)
            otherwise = self._sub(schema.get("else", True), v)
            return f"({then} if {self._sub(value, v)} else {otherwise})"
        if key == "properties":
            return f"_p{self.schema(schema)}({v})"
        if key == "additionalProperties" and value is True:
            return None
        if key == "additionalProperties" and value is False and "patternProperties" not in schema:
            names = sorted((schema.get("properties") or {}).keys())
            return f"{v}.keys() <= {self.constant('frozenset(' + _lit(names) + ')')}"
        # The remaining keywords loop over items or keys: a call to the schema's own function.
        return f"_x{self.schema(schema)}_{key.lower()}({v})"

    def _valid_function(self, index: int, schema: Any) -> str:
        lines = [f"def _v{index}(x: Any) -> bool:"]
        body = [f"return {' and '.join(self.conditions(schema, 'x')) or 'True'}"]
        extra: list[str] = []
        if isinstance(schema, dict):
            if "properties" in schema:
                extra += self._properties_function(index, schema)
            for key in ("patternProperties", "dependentRequired", "dependentSchemas"):
                if key in schema:
                    extra += self._loop_function(index, key, schema)
            if isinstance(schema.get("additionalProperties"), dict) or (
                schema.get("additionalProperties") is False and "patternProperties" in schema
            ):
                extra += self._loop_function(index, "additionalProperties", schema)
            for key in ("propertyNames", "items", "prefixItems", "contains"):
                if key in schema:
                    extra += self._loop_function(index, key, schema)
        return "\n".join(lines + _indent(body) + extra)

    def _properties_function(self, index: int, schema: dict[str, Any]) -> list[str]:
        lines = ["", "", f"def _p{index}(x: dict[str, Any]) -> bool:"]
        body: list[str] = []
        for name, sub in schema["properties"].items():
            test = self._sub(sub, "y")
            if test == "True":
                continue
            body += [f"if {_lit(name)} in x:", f"    y = x[{_lit(name)}]", f"    if not {test}:"]
            body += ["        return False"]
        return lines + _indent([*body, "return True"])

    def _loop_function(self, index: int, key: str, schema: dict[str, Any]) -> list[str]:
        head = ["", "", f"def _x{index}_{key.lower()}(x: Any) -> bool:"]
        value = schema[key]
        if key == "patternProperties":
            body = [
                f"if not all({self._sub(sub, 'y')} for k, y in x.items() "
                f"if re.search({_lit(pattern)}, k)):\n    return False"
                for pattern, sub in value.items()
            ]
        elif key == "dependentRequired":
            body = [
                f"if {_lit(name)} in x and not all(n in x for n in {_lit(list(needed))}):\n"
                "    return False"
                for name, needed in value.items()
            ]
        elif key == "dependentSchemas":
            body = [
                f"if {_lit(name)} in x and not {self._sub(sub, 'x')}:\n    return False"
                for name, sub in value.items()
            ]
        elif key == "additionalProperties":
            names = self.constant("frozenset(" + _lit(sorted(schema.get("properties") or {})) + ")")
            patterns = list(schema.get("patternProperties") or {})
            joined = _lit("|".join(patterns))
            extra = f"k not in {names}" + (f" and not re.search({joined}, k)" if patterns else "")
            check = "False" if value is False else self._sub(value, "y")
            body = [f"if not all({check} for k, y in x.items() if {extra}):\n    return False"]
        elif key == "propertyNames":
            body = [f"if not all({self._sub(value, 'k')} for k in x):\n    return False"]
        elif key == "items":
            start = len(schema.get("prefixItems") or [])
            items = f"x[{start}:]" if start else "x"
            body = [f"if not all({self._sub(value, 'y')} for y in {items}):\n    return False"]
        elif key == "prefixItems":
            body = [
                f"if len(x) > {i} and not {self._sub(sub, f'x[{i}]')}:\n    return False"
                for i, sub in enumerate(value)
            ]
        else:  # contains
            low = schema.get("minContains", 1)
            high = schema.get("maxContains")
            count = f"sum(1 for y in x if {self._sub(value, 'y')})"
            limit = f" or matches > {_lit(high)}" if high is not None else ""
            body = [f"matches = {count}", f"if matches < {_lit(low)}{limit}:", "    return False"]
        return head + _indent([*body, "return True"])

    # --- errors ---------------------------------------------------------------------------------

    def _errors_function(self, index: int, schema: Any) -> str:
        lines = [f"def _e{index}(x: Any) -> list[Err]:"]
        if schema is True:
            return "\n".join([*lines, "    return []"])
        if schema is False:
            message = "'False schema does not allow ' + repr(x)"
            return "\n".join([*lines, f"    return [Err(None, None, x, {message})]"])
        body = ["out: list[Err] = []"]
        for key, value in schema.items():
            if key in ANNOTATIONS or key.startswith("x-"):
                continue
            part = self._keyword_errors(key, value, schema)
            applies = _APPLIES_TO.get(key)
            if applies is not None and part:
                part = [f"if {self._type_test(applies, 'x')}:", *_indent(part)]
            body += part
        return "\n".join(lines + _indent([*body, "return out"]))

    def _err(self, key: str, value: Any, message: str, declared: str = "") -> str:
        value_literal = (
            _lit(value)
            if isinstance(value, bool | int | float | str)
            else self.constant(_lit(value))
        )
        extra = f", {declared}" if declared else ""
        return f"out.append(Err({_lit(key)}, {value_literal}, x, {message}{extra}))"

    def _e(self, schema: Any, v: str) -> str:
        return f"_e{self.schema(schema)}({v})"

    def _keyword_errors(self, key: str, value: Any, schema: dict[str, Any]) -> list[str]:
        prefixed = self.helper("prefixed")
        if key == "type":
            types = value if isinstance(value, list) else [value]
            test = " or ".join(self._type_test(str(t), "x") for t in types)
            text = _lit(" is not of type " + ", ".join(repr(t) for t in types))
            return [f"if not ({test}):", "    " + self._err(key, value, f"repr(x) + {text}")]
        if key == "enum":
            test = str(self._keyword_condition(key, value, schema, "x", typed=False))
            text = _lit(f" is not one of {value!r}")
            return [f"if not {test}:", "    " + self._err(key, value, f"repr(x) + {text}")]
        if key == "const":
            test = str(self._keyword_condition(key, value, schema, "x", typed=False))
            return [
                f"if not {test}:",
                "    " + self._err(key, value, _lit(f"{value!r} was expected")),
            ]
        if key in _COMPARE:
            operator, words = _COMPARE[key]
            text = _lit(f" {words} {value!r}")
            return [
                f"if not x {operator} {_lit(value)}:",
                "    " + self._err(key, value, f"repr(x) + {text}"),
            ]
        if key in _SIZES:
            operator, edge_words, words, edge = _SIZES[key]
            text = _lit(" " + (edge_words if value == edge else words))
            return [
                f"if not len(x) {operator} {_lit(value)}:",
                "    " + self._err(key, value, f"repr(x) + {text}"),
            ]
        if key == "multipleOf":
            text = _lit(f" is not a multiple of {value}")
            test = f"{self.helper('not_multiple')}(x, {_lit(value)})"
            return [f"if {test}:", "    " + self._err(key, value, f"repr(x) + {text}")]
        if key == "pattern":
            text = _lit(f" does not match {value!r}")
            return [
                f"if re.search({_lit(value)}, x) is None:",
                "    " + self._err(key, value, f"repr(x) + {text}"),
            ]
        if key == "format":
            if value != "uri":
                return []
            text = _lit(f" is not a {value!r}")
            return [
                f"if not {self.helper('is_uri')}(x):",
                "    " + self._err(key, value, f"repr(x) + {text}"),
            ]
        if key == "uniqueItems":
            if not value:
                return []
            text = _lit(" has non-unique elements")
            return [
                f"if not {self.helper('unique')}(x):",
                "    " + self._err(key, value, f"repr(x) + {text}"),
            ]
        if key == "required":
            return [
                line
                for name in value
                for line in (
                    f"if {_lit(name)} not in x:",
                    "    " + self._err(key, value, _lit(f"{name!r} is a required property")),
                )
            ]
        if key == "dependentRequired":
            lines: list[str] = []
            for name, needed in value.items():
                lines.append(f"if {_lit(name)} in x:")
                for each in needed:
                    message = _lit(f"{each!r} is a dependency of {name!r}")
                    lines += [
                        f"    if {_lit(each)} not in x:",
                        "        " + self._err(key, value, message),
                    ]
            return lines
        if key == "properties":
            lines = []
            for name, sub in value.items():
                lines += [
                    f"if {_lit(name)} in x:",
                    f"    out += {prefixed}({self._e(sub, f'x[{_lit(name)}]')}, "
                    f"({_lit(key)}, {_lit(name)}), {_lit(name)})",
                ]
            return lines
        if key == "patternProperties":
            return [
                line
                for pattern, sub in value.items()
                for line in (
                    "for k, y in x.items():",
                    f"    if re.search({_lit(pattern)}, k):",
                    f"        out += {prefixed}({self._e(sub, 'y')}, "
                    f"({_lit(key)}, {_lit(pattern)}), k)",
                )
            ]
        if key == "additionalProperties":
            names = sorted((schema.get("properties") or {}).keys())
            declared = self.constant(_lit(tuple(names)))
            members = self.constant("frozenset(" + _lit(names) + ")")
            patterns = list(schema.get("patternProperties") or {})
            joined = "|".join(patterns)
            test = f"k not in {members}" + (
                f" and not re.search({_lit(joined)}, k)" if patterns else ""
            )
            lines = [f"extras = [k for k in x if {test}]"]
            if isinstance(value, dict):
                lines += [
                    "for k in extras:",
                    f"    out += {prefixed}({self._e(value, 'x[k]')}, ({_lit(key)},), k)",
                ]
            elif value is False:
                if patterns:
                    regexes = _lit(", ".join(repr(p) for p in sorted(patterns)))
                    message = f"{self.helper('unmatched_message')}(extras, {regexes})"
                else:
                    message = f"{self.helper('additional_message')}(extras)"
                lines += ["if extras:", "    " + self._err(key, value, message, declared)]
            return lines
        if key == "dependentSchemas":
            return [
                line
                for name, sub in value.items()
                for line in (
                    f"if {_lit(name)} in x:",
                    f"    out += {prefixed}({self._e(sub, 'x')}, ({_lit(key)}, {_lit(name)}))",
                )
            ]
        if key == "propertyNames":
            return ["for k in x:", f"    out += {prefixed}({self._e(value, 'k')}, ({_lit(key)},))"]
        if key == "prefixItems":
            return [
                line
                for i, sub in enumerate(value)
                for line in (
                    f"if len(x) > {i}:",
                    f"    out += {prefixed}({self._e(sub, f'x[{i}]')}, ({_lit(key)}, {i}), {i})",
                )
            ]
        if key == "items":
            start = len(schema.get("prefixItems") or [])
            if value is False:
                noun = "items" if start != 1 else "item"
                return [
                    f"if len(x) > {start}:",
                    f"    extra = len(x) - {start}",
                    f"    rest = x[{start}:] if extra != 1 else x[{start}]",
                    "    "
                    + self._err(
                        key,
                        value,
                        f"'Expected at most {start} {noun} but found ' + str(extra) + "
                        "' extra: ' + repr(rest)",
                    ),
                ]
            return [
                f"for i in range({start}, len(x)):",
                f"    out += {prefixed}({self._e(value, 'x[i]')}, ({_lit(key)},), i)",
            ]
        if key == "contains":
            low = schema.get("minContains", 1)
            high = schema.get("maxContains")
            high_text = _lit(high) if high is not None else "len(x)"
            return [
                "matches = 0",
                f"most = {high_text}",
                "for y in x:",
                f"    if {self._sub(value, 'y')}:",
                "        matches += 1",
                "        if matches > most:",
                "            out.append(Err('maxContains', most, x, "
                "'Too many items match the given schema (expected at most ' + str(most) + ')'))",
                "            out[-1].schema_path[0] = 'contains'",
                "            break",
                f"if matches <= most and matches < {_lit(low)}:",
                "    if not matches:",
                "        "
                + self._err(
                    key, value, "repr(x) + ' does not contain items matching the given schema'"
                ),
                "    else:",
                f"        out.append(Err('minContains', {_lit(low)}, x, "
                f"'Too few items match the given schema (expected at least {low} but only ' "
                "+ str(matches) + ' matched)'))",
                "        out[-1].schema_path[0] = 'contains'",
            ]
        if key == "$ref":
            return [f"out += {self._e(self.resolve(value), 'x')}"]
        if key == "allOf":
            return [
                f"out += {prefixed}({self._e(sub, 'x')}, ({_lit(key)}, {i}))"
                for i, sub in enumerate(value)
            ]
        if key == "anyOf":
            test = " or ".join(self._sub(sub, "x") for sub in value)
            text = _lit(" is not valid under any of the given schemas")
            return [f"if not ({test}):", "    " + self._err(key, value, f"repr(x) + {text}")]
        if key == "oneOf":
            valid = ", ".join(self._sub(sub, "x") for sub in value)
            reprs = self.constant(_lit([repr(sub) for sub in value]))
            none = _lit(" is not valid under any of the given schemas")
            return [
                f"matched = [i for i, ok in enumerate(({valid},)) if ok]",
                "if not matched:",
                "    " + self._err(key, value, f"repr(x) + {none}"),
                "elif len(matched) > 1:",
                f"    shown = ', '.join({reprs}[i] for i in [*matched[1:], matched[0]])",
                "    " + self._err(key, value, "repr(x) + ' is valid under each of ' + shown"),
            ]
        if key == "not":
            text = _lit(f" should not be valid under {value!r}")
            return [
                f"if {self._sub(value, 'x')}:",
                "    " + self._err(key, value, f"repr(x) + {text}"),
            ]
        if key == "if":
            lines = [f"if {self._sub(value, 'x')}:"]
            then = schema.get("then")
            otherwise = schema.get("else")
            lines.append(
                f"    out += {prefixed}({self._e(then, 'x')}, ('then',))"
                if "then" in schema
                else "    pass"
            )
            if "else" in schema:
                lines += ["else:", f"    out += {prefixed}({self._e(otherwise, 'x')}, ('else',))"]
            return lines
        raise ValueError(f"{self.where}: the Python validator does not know keyword {key!r}")


def _implies(known: str | None, applies: str) -> bool:
    """Whether a schema's single `type` guarantees the instance type a keyword applies to."""
    return known == applies or (known == "integer" and applies == "number")


_KEYWORDS = frozenset(
    [
        "$ref",
        "type",
        "enum",
        "const",
        *_COMPARE,
        *_SIZES,
        "multipleOf",
        "pattern",
        "format",
        "uniqueItems",
        "required",
        "dependentRequired",
        "dependentSchemas",
        "properties",
        "patternProperties",
        "additionalProperties",
        "propertyNames",
        "prefixItems",
        "items",
        "contains",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
    ]
)


# ---------------------------------------------------------------------------------------------
# The variant graph, laid out as `_validation` walks it
# ---------------------------------------------------------------------------------------------


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _at(document: dict[str, Any], pointer: str) -> Any:
    node: Any = document
    try:
        for token in pointer.lstrip("/").split("/") if pointer else []:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
    except (KeyError, IndexError, ValueError, TypeError):
        raise ValueError(f"#{pointer} names nothing in the shipped schemas") from None
    return node


def _follow(document: dict[str, Any], pointer: str) -> tuple[str, Any]:
    """Follow a chain of local `$ref`s (at most 32, as the runtime always has)."""
    schema = _at(document, pointer)
    for _ in range(32):
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#"):
            break
        pointer = ref[1:]
        schema = _at(document, pointer)
    return pointer, schema


def _pins(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        name: prop["const"]
        for name, prop in (schema.get("properties") or {}).items()
        if isinstance(prop, dict) and "const" in prop
    }


@dataclass
class _Graph:
    module: _Module
    nodes: dict[str, str] = field(default_factory=dict)  # followed pointer -> node name
    lines: list[str] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)  # pointer -> rules constant
    rule_lines: list[str] = field(default_factory=list)
    visiting: set[str] = field(default_factory=set)

    def node(self, pointer: str) -> str:
        pointer, schema = _follow(self.module.document, pointer)
        found = self.nodes.get(pointer)
        if found is not None:
            return found
        if pointer in self.visiting:
            raise ValueError(f"{self.module.where}: the variants of {pointer} lead back to it")
        self.visiting.add(pointer)
        rules = self._rules(pointer, schema)
        disc = schema.get("discriminator") if isinstance(schema, dict) else None
        branches = schema.get("oneOf") if isinstance(schema, dict) else None
        if isinstance(disc, dict) and branches:
            mapping = disc.get("mapping") or {}
            choices = ", ".join(
                f"{_lit(key)}: {self.node(ref[1:])}" for key, ref in mapping.items()
            )
            text = f"Choice({rules}, {_lit(disc['propertyName'])}, {{{choices}}})"
        elif branches:
            parts = []
            for index in range(len(branches)):
                where = f"{pointer}/oneOf/{index}"
                compiled = self.module.schema(_at(self.module.document, where))
                pins = _lit(_pins(_follow(self.module.document, where)[1]))
                node = self.node(where)
                parts.append(f"Branch(_v{compiled}, _e{compiled}, {pins}, {node}, {_lit(where)})")
            text = f"OneOf({rules}, ({', '.join(parts)},))"
        else:
            compiled = self.module.schema(schema)
            entries = schema.get("allOf") if isinstance(schema, dict) else None
            descriptions: list[str | None] = [
                str(entry["description"])
                if isinstance(entry, dict) and "description" in entry
                else None
                for entry in (entries or [])
            ]
            all_of = "".join(f"{_lit(d)}, " for d in descriptions)
            text = f"Variant({rules}, _v{compiled}, _e{compiled}, ({all_of}), {_lit(pointer)})"
        self.visiting.discard(pointer)
        name = f"_N{len(self.nodes)}"
        self.nodes[pointer] = name
        self.lines.append(f"{name} = {text}")
        return name

    def _rules(self, pointer: str, schema: Any) -> str:
        found = schema.get(EXTENSION) if isinstance(schema, dict) else None
        if not found:
            return "()"
        name = self.rules.get(pointer)
        if name is None:
            # One object per place in the document, as the runtime deduplicates rules by identity.
            name = f"_R{len(self.rules)}"
            self.rules[pointer] = name
            self.rule_lines.append(
                f"{name}: tuple[Rule, ...] = ({', '.join(_lit(r) for r in found)},)"
            )
        return name


def validator_module(payload: dict[str, Any], namespace: str) -> str:
    """The module text of `runapi/_validators/<namespace>.py` for the shipped schema payload."""
    # Compile what the package ships, as JSON reads it back (1.0 stays a float, and so on).
    document = json.loads(json.dumps(payload))
    module = _Module(document, f"request schemas of {namespace}")
    graph = _Graph(module)
    roots = {
        operation_id: graph.node("/bodies/" + _escape(operation_id))
        for operation_id in document["bodies"]
    }
    functions = _used(module.functions, "\n".join(graph.lines))
    called = {name for f in functions for name in _CALLED.findall(f)}
    helpers = sorted(n for n in module.uses if n in called)
    runtime = ", ".join(["Branch", "Choice", "Err", "Node", "OneOf", "Rule", "Variant", *helpers])
    constants = [f"{name} = {literal}" for literal, name in module.constants.items()]
    bodies = ", ".join(f"{_lit(op)}: {node}" for op, node in roots.items())
    parts = [
        f'"""Request validation of the {namespace} operations, compiled from their schemas.\n\n'
        "Generated from spec/openapi.yaml by generator/targets/python_validators.py. "
        'Do not edit."""',
        "from __future__ import annotations",
        "import re\nfrom typing import Any",
        f"from .._schema_checks import {runtime}",
        "\n".join(constants),
        "\n\n\n".join(functions),
        "\n".join(graph.rule_lines),
        "\n".join(graph.lines),
        f"BODIES: dict[str, Node] = {{{bodies}}}",
    ]
    return "\n\n\n".join(part for part in parts if part) + "\n"


#: Identifiers (a name `n` matches `\bn\b` exactly where it is one of these tokens).
_WORD = re.compile(r"\w+")
#: Identifiers followed by a call's parenthesis.
_CALLED = re.compile(r"\b(\w+)\(")


def _used(functions: list[str], roots: str) -> list[str]:
    """The functions the graph reaches (a schema's validity check is often inlined into its
    parent and never called)."""
    names = [chunk.split("(", 1)[0].removeprefix("def ") for chunk in functions]
    chunks = dict(zip(names, functions, strict=True))
    needed: set[str] = set()
    todo = [roots]
    while todo:
        # One scan of each reached text for its identifiers, not one search per function.
        for word in _WORD.findall(todo.pop()):
            if word in chunks and word not in needed:
                needed.add(word)
                todo.append(chunks[word])
    return [chunk for name, chunk in zip(names, functions, strict=True) if name in needed]
