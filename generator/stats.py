"""Counts reported by `make validate`: operations, task wiring, conditional rules, examples."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import xrules
from .openapi import CALLBACK_EXPRESSION, iter_operations, resolve
from .reference import ReferenceOperation
from .schemawalk import rule_entries, walk_request_schemas


@dataclass(frozen=True)
class SpecStats:
    operations: int
    task_creates: int
    task_creates_wired: int  # with both the status link and the callback
    discriminators: int
    variants: int
    schema_rules: int  # described allOf entries (if/then, not, oneOf, anyOf, dependentRequired)
    x_rules: int
    examples: int
    reference_total: int | None = None  # operations in the reference list, when there is one

    def lines(self) -> list[str]:
        return [
            f"operations: {self.operations}"
            + (
                f" ({self.operations}/{self.reference_total} of the reference list)"
                if self.reference_total is not None
                else ""
            ),
            "task creates with callback and status link: "
            f"{self.task_creates_wired}/{self.task_creates}",
            "conditional rules: "
            f"{self.variants + self.schema_rules} in JSON Schema ({self.variants} discriminated "
            f"variants in {self.discriminators} schemas, {self.schema_rules} allOf rules), "
            f"{self.x_rules} in x-runapi-rules",
            f"examples: {self.examples} (all validate against their schemas)",
        ]


def spec_stats(
    document: dict[str, Any], examples: int, reference: list[ReferenceOperation] | None = None
) -> SpecStats:
    operations = list(iter_operations(document))
    creates = [op for op in operations if "202" in (op.operation.get("responses") or {})]
    wired = 0
    for op in creates:
        accepted = resolve(document, op.operation["responses"]["202"]) or {}
        callback = (op.operation.get("callbacks") or {}).get("taskStatus") or {}
        if "getTaskStatus" in (accepted.get("links") or {}) and CALLBACK_EXPRESSION in callback:
            wired += 1
    discriminators = variants = schema_rules = x_rules = 0
    seen: set[str] = set()
    for node in walk_request_schemas(document):
        if node.pointer in seen:
            continue
        seen.add(node.pointer)
        if isinstance(node.schema.get("discriminator"), dict):
            discriminators += 1
            variants += len(node.schema.get("oneOf") or [])
        schema_rules += sum(1 for _ in rule_entries(node))
        x_rules += len(node.schema.get(xrules.EXTENSION) or [])
    return SpecStats(
        len(operations),
        len(creates),
        wired,
        discriminators,
        variants,
        schema_rules,
        x_rules,
        examples,
        len(reference) if reference is not None else None,
    )
