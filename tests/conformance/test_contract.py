"""The spec and the generated SDK against RunAPI's own request contract.

Bodies are derived from the contract (`generator.conformance`): for every contract action the spec
has and every model both name, a base body, each field dropped, each optional and each forbidden
field added, each enum value and a value outside the enum, each limit at and past its bound, and
each conditional rule met and broken. The contract's verdict is what the API does. Two judges must
give the same verdict on every case that no recorded reference-vs-contract conflict explains:

- the generated SDK (`runapi.validate_request`, what users run), and
- a plain format-checking JSON Schema 2020-12 validator on generated/openapi.json, plus the
  `x-runapi-rules` evaluator (what downstream tools see).

The recorded conflicts (`x-runapi-contract` in the spec) are excluded and listed in
test-artifacts/contract-conflicts.txt.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import pytest
import runapi

from generator import audit
from generator.audit import audit_bundle
from generator.bundle import bundle
from generator.conformance import Case, SpecActions, covering_conflict, derive_cases
from generator.contract import load_contract
from generator.project import DEFAULT_CONTRACT
from generator.requests import RequestChecker
from tests.conftest import BUNDLED_SPEC, PROJECT

CONTRACT_PATH = PROJECT / DEFAULT_CONTRACT
ARTIFACTS = PROJECT / "test-artifacts"

DOCUMENT: dict[str, Any] = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
SPEC = SpecActions.of(DOCUMENT)
CONTRACT = load_contract(CONTRACT_PATH)
CASES = list(derive_cases(CONTRACT, SPEC))


class RememberingChecker(RequestChecker):
    """Judges each (operation, body) once. The TypeScript agreement (run first, in the same
    process) judges every body these tests judge, and the audit (the last test) derives and
    judges every case again."""

    def __init__(self, document: dict[str, Any]) -> None:
        super().__init__(document)
        self._verdicts: dict[tuple[str, str], bool] = {}

    def accepts(self, operation_id: str, body: Any) -> bool:
        key = (operation_id, json.dumps(body, sort_keys=True))
        if key not in self._verdicts:
            self._verdicts[key] = super().accepts(operation_id, body)
        return self._verdicts[key]


# tests/typescript/test_agreement.py judges the same bodies with CHECKER (the same shard).
CHECKER = RememberingChecker(DOCUMENT)
PATHS = {op.operation_id: op.path for op in SPEC.by_action.values()}


def _groups() -> dict[str, list[Case]]:
    found: dict[str, list[Case]] = defaultdict(list)
    for case in CASES:
        if covering_conflict(case, SPEC.conflicts) is None:
            found[f"{case.operation_id}:{case.model or '-'}"].append(case)
    return dict(sorted(found.items()))


GROUPS = _groups()


def _sdk_problems(case: Case) -> list[str]:
    try:
        runapi.validate_request("POST", PATHS[case.operation_id], case.body)
    except runapi.ValidationError as exc:
        return list(exc.problems)
    return []


def _sdk_accepts(case: Case) -> bool:
    return not _sdk_problems(case)


def _schema_accepts(case: Case) -> bool:
    return CHECKER.accepts(case.operation_id, case.body)


def _schema_problems(case: Case) -> list[str]:
    return CHECKER.problems(case.operation_id, case.body)


def _verdict_mismatches(
    cases: list[Case], accepts: Callable[[Case], bool], problems: Callable[[Case], list[str]]
) -> list[str]:
    wrong = []
    for case in cases:
        if accepts(case) != case.legal:
            # Only a wrong verdict needs the judge's words.
            said = (
                f"refused a legal body: {'; '.join(problems(case))}"
                if case.legal
                else f"accepted a body the contract refuses ({'; '.join(case.contract_problems)})"
            )
            wrong.append(f"{case.id}: {said}\n    body: {json.dumps(case.body)[:300]}")
    return wrong


def test_cases_cover_every_shared_action() -> None:
    shared = set(SPEC.by_action) & set(CONTRACT.actions)
    assert len(shared) >= 80
    assert {c.action for c in CASES} == shared
    assert len(CASES) > 2500


@pytest.mark.parametrize("key", list(GROUPS))
def test_sdk_agrees_with_the_contract(key: str) -> None:
    wrong = _verdict_mismatches(GROUPS[key], _sdk_accepts, _sdk_problems)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("key", list(GROUPS))
def test_json_schema_agrees_with_the_contract(key: str) -> None:
    wrong = _verdict_mismatches(GROUPS[key], _schema_accepts, _schema_problems)
    assert not wrong, "\n".join(wrong)


def test_recorded_conflicts_are_listed_and_all_still_needed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bundled = bundle(PROJECT / "spec" / "openapi.yaml", PROJECT)
    if bundled.document == DOCUMENT:
        # The same document: the verdicts the agreement tests reached are the audit's.
        monkeypatch.setattr(audit, "RequestChecker", lambda document: CHECKER)
    report = audit_bundle(bundled, CONTRACT)
    ARTIFACTS.mkdir(exist_ok=True)
    lines = [
        f"{c.operation_id} {','.join(c.models or ['*'])} [{c.kind}] {c.field}: "
        f"reference: {c.reference}; contract: {c.contract}"
        for c in report.conflicts
    ]
    (ARTIFACTS / "contract-conflicts.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert not report.stale, [c.pointer for c in report.stale]
    assert report.conformance() >= 99.0
    assert not report.refused_legal
