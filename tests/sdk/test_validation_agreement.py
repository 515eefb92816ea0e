"""The SDK's client-side validation agrees with a JSON Schema validator on the bundled spec.

For every operation with a request body, hypothesis mutates known bodies (spec examples,
recorded fixtures, rule cases): it drops fields, adds fields (known to some variant, or unknown)
and swaps values (enum members from anywhere in the operation's schemas, numbers, strings,
booleans, nulls, lists). The SDK (`runapi._validation`) must accept exactly the bodies that
`jsonschema` on generated/openapi.json plus the x-runapi-rules evaluator accepts, and name a
problem for every body it refuses.
"""

from __future__ import annotations

import copy
import functools
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from runapi import _validation

from generator.build import build_api
from generator.requests import RequestChecker
from tests.conftest import BUNDLED_SPEC
from tests.spec.support import fixture_files, rule_cases

DOCUMENT: dict[str, Any] = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
API = build_api(DOCUMENT)
OPERATIONS = [op for op in API.operations if op.body is not None]
CHECKER = RequestChecker(DOCUMENT)


def _bases() -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for op in OPERATIONS:
        found[op.operation_id].extend(
            body for _, body in op.request_examples if isinstance(body, dict)
        )
    for fixture in fixture_files():
        for exchange in fixture.data.get("exchanges") or []:
            body = exchange["request"].get("body")
            if isinstance(body, dict):
                found[fixture.data["operation"]].append(body)
    for _, case in rule_cases():
        for body in [*case.get("valid", []), *case.get("invalid", [])]:
            if isinstance(body, dict):
                found[case["operation"]].append(body)
    return found


BASES = _bases()


def _vocabulary(operation_id: str) -> tuple[list[str], list[Any]]:
    """Field names and enum values that appear anywhere in an operation's variants."""
    op = API.operation(operation_id)
    assert op.body is not None
    names: set[str] = set()
    values: list[Any] = []
    for variant in op.body.variants:
        for param in variant.params:
            names.add(param.name)
            schema = param.schema if isinstance(param.schema, dict) else {}
            values.extend(schema.get("enum") or [])
            if "const" in schema:
                values.append(schema["const"])
    unique = list({json.dumps(v, sort_keys=True): v for v in values}.values())
    return sorted(names), unique


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=40),
    st.floats(min_value=-1, max_value=2, allow_nan=False),
    st.text(max_size=6),
    st.lists(st.text(max_size=4), max_size=3),
)
ACTIONS = st.sampled_from(["drop", "set", "add_unknown"])
UNKNOWN_NAMES = st.sampled_from(["colour", "prompt_", "seed_value"])
MUTATION_COUNTS = st.integers(min_value=0, max_value=3)


@dataclass(frozen=True)
class _Mutations:
    """What mutated_bodies draws from for one operation. Built once per operation: building the
    strategies for every draw cost more than drawing from them (the draws are the same)."""

    bases: st.SearchStrategy[dict[str, Any]]
    names: st.SearchStrategy[str] | None
    values: st.SearchStrategy[Any]


@functools.cache
def _mutations(operation_id: str) -> _Mutations:
    names, enum_values = _vocabulary(operation_id)
    return _Mutations(
        bases=st.sampled_from(BASES[operation_id] or [{}]),
        names=st.sampled_from(names) if names else None,
        values=st.one_of(SCALARS, st.sampled_from(enum_values)) if enum_values else SCALARS,
    )


@st.composite
def mutated_bodies(draw: st.DrawFn, operation_id: str) -> dict[str, Any]:
    mutations = _mutations(operation_id)
    body: dict[str, Any] = copy.deepcopy(draw(mutations.bases))
    for _ in range(draw(MUTATION_COUNTS)):
        action = draw(ACTIONS)
        if action == "drop" and body:
            body.pop(draw(st.sampled_from(sorted(body))))
        elif action == "set" and mutations.names is not None:
            body[draw(mutations.names)] = draw(mutations.values)
        elif action == "add_unknown":
            body[draw(UNKNOWN_NAMES)] = draw(mutations.values)
    return body


@pytest.mark.parametrize("operation_id", [op.operation_id for op in OPERATIONS])
def test_client_validation_agrees_with_json_schema(operation_id: str) -> None:
    namespace = operation_id.split(".")[0]

    @settings(
        max_examples=30,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(body=mutated_bodies(operation_id))
    def agree(body: dict[str, Any]) -> None:
        problems = _validation.body_problems(namespace, operation_id, body)
        assert (problems == []) == CHECKER.accepts(operation_id, body), (body, problems)
        assert all(isinstance(p, str) and p for p in problems)

    agree()


def test_every_operation_has_a_known_valid_body() -> None:
    missing = [
        op.operation_id
        for op in OPERATIONS
        if not any(CHECKER.accepts(op.operation_id, b) for b in BASES[op.operation_id])
    ]
    assert missing == []


#: The rule cases' bodies as they are (valid and invalid): many of the invalid ones meet the
#: schema and break only an x-runapi-rules rule, which mutated bodies rarely do.
RULE_BODIES = [
    (case["operation"], body)
    for _, case in rule_cases()
    for body in [*case.get("valid", []), *case.get("invalid", [])]
    if isinstance(body, dict)
]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(data=st.data())
def test_the_verdict_alone_is_the_verdict_of_the_problems(data: st.DataObject) -> None:
    """`RequestChecker.accepts` (what the agreement tests judge with) says yes exactly when
    `problems` names none, on the bodies those tests judge and on the rule cases' bodies."""
    if data.draw(st.booleans()):
        operation_id, body = data.draw(st.sampled_from(RULE_BODIES))
    else:
        operation_id = data.draw(st.sampled_from([op.operation_id for op in OPERATIONS]))
        body = data.draw(mutated_bodies(operation_id))
    assert CHECKER.accepts(operation_id, body) == (CHECKER.problems(operation_id, body) == [])
