"""Check a request body against an operation: JSON Schema 2020-12 plus `x-runapi-rules`.

This is the reference for "would the API accept this body": the schema part is exactly what any
JSON Schema validator does with the bundled spec; the extension part follows the discriminator
(or, without one, the variants the body matches) to the rules that apply to the body.
"""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError, best_match

from . import xrules
from .diagnostics import join_pointer
from .openapi import SchemaValidators, get_pointer
from .schemawalk import request_body_pointers


class RequestChecker:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.validators = SchemaValidators(document)
        self.body_schema: dict[str, str] = {}
        self._schemas: dict[str, Any] = {}
        for op, pointer in request_body_pointers(document):
            media_type = pointer.split("/content/")[-1].split("/")[0].replace("~1", "/")
            if media_type in ("application/json", "multipart/form-data"):
                self.body_schema.setdefault(op.operation_id, pointer)

    def accepts(self, operation_id: str, body: Any) -> bool:
        """Whether the API would accept `body`: the verdict of `problems(...) == []` without
        phrasing a refused body's problems (the first schema error decides; the rules are
        evaluated only for a schema-valid body)."""
        validator = self.validators.for_pointer(self.body_schema[operation_id])
        return validator.is_valid(body) and not self.rule_violations(operation_id, body)

    def schema_errors(self, operation_id: str, body: Any) -> list[ValidationError]:
        validator = self.validators.for_pointer(self.body_schema[operation_id])
        return list(validator.iter_errors(body))

    def rule_violations(self, operation_id: str, body: Any) -> list[xrules.Violation]:
        rules: list[dict[str, Any]] = []
        self._collect(self.body_schema[operation_id], body, rules, 0)
        return xrules.evaluate(rules, body)

    def problems(self, operation_id: str, body: Any) -> list[str]:
        """Plain-words problems with `body`; empty when the API would accept it."""
        found = []
        errors = self.schema_errors(operation_id, body)
        if errors:
            best = best_match(errors)
            where = "/".join(str(p) for p in best.absolute_path) or "body"
            found.append(f"{where}: {best.message}")
        found.extend(
            f"{v.description} ({v.detail})" for v in self.rule_violations(operation_id, body)
        )
        return found

    def _collect(self, pointer: str, body: Any, rules: list[dict[str, Any]], depth: int) -> None:
        schema = self._schema_at(pointer)
        if not isinstance(schema, dict) or depth > 30:
            return
        if isinstance(schema.get("$ref"), str):
            self._collect(schema["$ref"][1:], body, rules, depth + 1)
        rules.extend(schema.get(xrules.EXTENSION) or [])
        for index, _ in enumerate(schema.get("allOf") or []):
            self._collect(join_pointer(pointer, "allOf", index), body, rules, depth + 1)
        discriminator = schema.get("discriminator") or {}
        mapping = discriminator.get("mapping") or {}
        chosen = body.get(discriminator.get("propertyName")) if isinstance(body, dict) else None
        if isinstance(chosen, str) and chosen in mapping:
            self._collect(mapping[chosen][1:], body, rules, depth + 1)
            return
        for key in ("oneOf", "anyOf"):
            for index, _ in enumerate(schema.get(key) or []):
                branch = join_pointer(pointer, key, index)
                if self.validators.for_pointer(branch).is_valid(body):
                    self._collect(branch, body, rules, depth + 1)

    def _schema_at(self, pointer: str) -> Any:
        # The rules are collected for every body checked; walking the same pointers from the
        # document's root each time was a fifth of the checking time.
        if pointer not in self._schemas:
            self._schemas[pointer] = get_pointer(self.document, pointer)
        return self._schemas[pointer]
