"""Per-model (per-mode) rules implied by discriminated variants, checked mechanically.

For every variant of every discriminated request schema, a valid body is taken from the spec's
examples, the recorded fixtures or the rule cases; then each rule the variant states is broken
once: drop a field the variant requires, add a field only a sibling variant accepts, or use an
enum value only a sibling accepts. A plain JSON Schema validator on the bundled spec must reject
every such body and accept the original.
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from typing import Any

import pytest

from generator.openapi import iter_operations, json_body_schema, resolve
from generator.requests import RequestChecker
from tests.conftest import BUNDLED_SPEC

from .support import fixture_files, rule_cases


def _known_bodies(document: dict[str, Any]) -> dict[str, list[Any]]:
    bodies: dict[str, list[Any]] = defaultdict(list)
    for op in iter_operations(document):
        media = ((op.operation.get("requestBody") or {}).get("content") or {}).get(
            "application/json"
        ) or {}
        for example in (media.get("examples") or {}).values():
            if "value" in example:
                bodies[op.operation_id].append(example["value"])
    for fixture in fixture_files():
        for exchange in fixture.data.get("exchanges") or []:
            if "body" in exchange["request"] and exchange["response"]["status"] < 400:
                bodies[fixture.data["operation"]].append(exchange["request"]["body"])
    for _, case in rule_cases():
        bodies[case["operation"]].extend(case.get("valid") or [])
    return bodies


def _variant_mutations(document: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(operation, description of the broken rule, body) for every implied variant rule."""
    known = _known_bodies(document)
    checker = RequestChecker(document)
    mutations: list[tuple[str, str, Any]] = []
    for op in iter_operations(document):
        schema = resolve(document, json_body_schema(document, op.operation))
        disc = (schema or {}).get("discriminator")
        if not isinstance(disc, dict):
            continue
        prop, mapping = disc["propertyName"], disc["mapping"]
        variants = {value: resolve(document, {"$ref": ref}) for value, ref in mapping.items()}
        for value, variant in variants.items():
            base = next(
                (
                    b
                    for b in known[op.operation_id]
                    if isinstance(b, dict)
                    and b.get(prop) == value
                    and not checker.problems(op.operation_id, b)
                ),
                None,
            )
            mutations.append((op.operation_id, f"{prop}={value}: has a valid body", base))
            if base is None or "properties" not in variant:
                continue
            own = variant["properties"]
            for field in variant.get("required") or []:
                if field != prop and field in base:
                    body = {k: v for k, v in base.items() if k != field}
                    mutations.append(
                        (op.operation_id, f"{field} is required when {prop} is {value}", body)
                    )
            for other_value, other in variants.items():
                for field, field_schema in (other.get("properties") or {}).items():
                    if field not in own:
                        body = {**base, field: "x"}
                        mutations.append(
                            (
                                op.operation_id,
                                f"{field} is not accepted when {prop} is {value}",
                                body,
                            )
                        )
                    else:
                        mine = set(resolve(document, own[field]).get("enum") or [])
                        theirs = set(resolve(document, field_schema).get("enum") or [])
                        for extra in sorted(theirs - mine, key=str) if mine else []:
                            body = copy.deepcopy(base)
                            body[field] = extra
                            mutations.append(
                                (
                                    op.operation_id,
                                    f"{field}={extra!r} is not accepted when {prop} is "
                                    f"{value} (only for {other_value})",
                                    body,
                                )
                            )
    unique: dict[str, tuple[str, str, Any]] = {f"{m[0]}: {m[1]}": m for m in mutations}
    return list(unique.values())


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "variant_rule" in metafunc.fixturenames:
        document = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
        rules = _variant_mutations(document)
        metafunc.parametrize("variant_rule", rules, ids=[f"{r[0]}: {r[1]}" for r in rules])


def test_variant_rule(variant_rule: tuple[str, str, Any], checker: RequestChecker) -> None:
    operation, rule, body = variant_rule
    if rule.endswith("has a valid body"):
        assert body is not None, f"{operation}: no valid example, fixture or rule case for {rule}"
        assert checker.problems(operation, body) == []
    else:
        assert checker.problems(operation, body), f"{operation}: accepted a body breaking: {rule}"
