"""Every conditional rule: bodies that satisfy it pass, bodies that break it are rejected.

The judge is a plain JSON Schema 2020-12 validator on generated/openapi.json plus the
reference evaluator of `x-runapi-rules` (generator/xrules.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from generator import xrules
from generator.requests import RequestChecker
from generator.schemawalk import rule_entries, walk_request_schemas

from .support import rule_cases

CASES = rule_cases()


@pytest.mark.parametrize(("case_id", "case"), CASES, ids=[c[0] for c in CASES])
def test_rule_case(case_id: str, case: dict[str, Any], checker: RequestChecker) -> None:
    operation = case["operation"]
    assert case.get("valid") and case.get("invalid"), "a rule needs valid and invalid bodies"
    for body in case["valid"]:
        assert checker.problems(operation, body) == [], f"rejected valid body {body}"
    for body in case["invalid"]:
        assert checker.problems(operation, body), f"accepted invalid body {body}"


def test_every_described_rule_has_cases(bundled: dict[str, Any]) -> None:
    covered = {(c["operation"], str(c["rule"]).strip()) for _, c in CASES}
    missing = []
    for node in walk_request_schemas(bundled):
        descriptions = [str(e["description"]).strip() for _, e in rule_entries(node)]
        descriptions += [
            str(r["description"]).strip() for r in node.schema.get(xrules.EXTENSION) or []
        ]
        for description in descriptions:
            if (node.operation.operation_id, description) not in covered:
                missing.append(f"{node.operation.operation_id}: {description}")
    assert sorted(set(missing)) == []
