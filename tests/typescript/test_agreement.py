"""The TypeScript SDK's validation agrees with the Python SDK's, body for body and word for word.

The corpus is what the Python side already trusts: the hypothesis-mutated bodies of
tests/sdk/test_validation_agreement.py (same strategy, same derandomized draws), every body the
contract conformance cases derive (tests/conformance), and `format: uri` probes. For each body
the TypeScript validator (run once, in one node process) must give the same verdict as the
Python SDK and as a plain JSON Schema validator, and name the same problems in the same words;
inside it, the plain check a valid body takes must give the verdict of the error walk.

The contract's bodies and their verdicts are tests/conformance/test_contract.py's: the Makefile
runs both in one pytest process (one shard), so each body is derived and judged once.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from runapi import _validation

from tests.conformance import test_contract as conformance
from tests.sdk.test_validation_agreement import OPERATIONS, mutated_bodies

from ._support import HERE, PACKAGE, run_node

URI_PROBES = [
    "https://example.com/a.png",
    "http://[::1]:8080/x?y=1#z",
    "mailto:someone@example.com",
    "urn:isbn:0451450523",
    "https://example.com/a b.png",
    "https://example.com/%zz",
    "//example.com/a.png",
    "/relative/path.png",
    "example.com/a.png",
    "https://exa mple.com",
    "https://example.com/a.png\n",
    "https://example.com/\u00e9",
    "ftp://user:pass@host:21/file",
    "",
    "1http://x",
    "https://192.168.0.1/x",
    "https://[v1.fe]/",
]


def _hypothesis_bodies(operation_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    @settings(
        max_examples=30,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
        database=None,
    )
    @given(body=mutated_bodies(operation_id))
    def collect(body: dict[str, Any]) -> None:
        found.append(body)

    collect()
    return found


def _contract_bodies() -> list[tuple[str, Any]]:
    return [(case.operation_id, case.body) for case in conformance.CASES]


def _has_whole_float(value: Any) -> bool:
    """A float such as 1.0 reads back in JavaScript as the integer 1 (messages quote it so)."""
    if isinstance(value, float):
        return value.is_integer()
    if isinstance(value, dict):
        return any(_has_whole_float(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_whole_float(v) for v in value)
    return False


# The judge of the conformance tests (a RequestChecker on the same bundled spec, remembering its
# verdicts): the bodies both modules judge are judged once.
CHECKER = conformance.CHECKER


def _corpus() -> list[tuple[str, Any]]:
    bodies: list[tuple[str, Any]] = []
    for op in OPERATIONS:
        bodies += [(op.operation_id, body) for body in _hypothesis_bodies(op.operation_id)]
    bodies += _contract_bodies()
    # JSON round trip: what both SDKs would see of the same request.
    return [(op_id, json.loads(json.dumps(body))) for op_id, body in bodies]


def test_typescript_validation_agrees_with_python() -> None:
    corpus = _corpus()
    payload = [[op_id.split(".")[0], op_id, body] for op_id, body in corpus]
    found = run_node(HERE / "validate_bodies.mjs", payload, str(PACKAGE / "src"))
    typescript = found["answers"]
    assert len(typescript) == len(corpus)
    assert found["walks_disagree"] == [], [corpus[i] for i in found["walks_disagree"][:20]]
    disagreements = []
    compared_words = refused = 0
    for (op_id, body), ts_problems in zip(corpus, typescript, strict=True):
        group = op_id.split(".")[0]
        py_problems = _validation.body_problems(group, op_id, body)
        schema_ok = CHECKER.accepts(op_id, body)
        refused += bool(py_problems)
        if (ts_problems == []) != (py_problems == []) or (ts_problems == []) != schema_ok:
            disagreements.append(
                f"{op_id} verdicts differ: {body!r}\n  ts: {ts_problems}\n  py: {py_problems}"
            )
        elif not _has_whole_float(body):
            compared_words += 1
            if ts_problems != py_problems:
                disagreements.append(
                    f"{op_id} words differ: {body!r}\n  ts: {ts_problems}\n  py: {py_problems}"
                )
    print(
        f"\nagreement: {len(corpus)} bodies ({refused} refused), same verdicts; "
        f"{compared_words} compared word for word"
    )
    assert disagreements == [], "\n".join(disagreements[:20]) + f"\n({len(disagreements)} in all)"
    assert len(corpus) > 3000 and refused > 1000


def test_uri_format_agrees_with_rfc3986_validator() -> None:
    from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped]

    probes = [[None, None, p] for p in URI_PROBES]
    answers = run_node(HERE / "validate_bodies.mjs", probes, str(PACKAGE / "src"))["answers"]
    expected = [bool(validate_rfc3986(p, rule="URI")) for p in URI_PROBES]
    assert answers == expected
