"""Every recorded exchange matches the spec: requests, responses, streams and callbacks."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from generator.openapi import OperationRef, SchemaValidators, get_pointer, resolve
from generator.requests import RequestChecker
from tests.tools.sign_fixtures import callback_body_bytes, sign

from .support import FixtureFile, fixture_files, operations_by_id, path_regex

FIXTURES = fixture_files()
CALLBACK = "{$request.body#/callback_url}"
PLACEHOLDER_SECRET = re.compile(r"^(Bearer )?[A-Z][A-Z_]*(TOKEN|KEY)$")
SECRET_HEADERS = ("authorization", "x-api-key", "x-goog-api-key")


def _response_schema_pointer(
    document: dict[str, Any], op: OperationRef, status: int, media_type: str
) -> str | None:
    responses = op.operation["responses"]
    code = next(
        (c for c in (str(status), f"{str(status)[0]}XX", "default") if c in responses), None
    )
    assert code is not None, f"{op.operation_id} documents no response for {status}"
    pointer = f"{op.pointer}/responses/{code}"
    response = responses[code]
    if "$ref" in response:
        pointer = response["$ref"][1:]
        response = get_pointer(document, pointer)
    if media_type not in (response.get("content") or {}):
        return None
    escaped = media_type.replace("~", "~0").replace("/", "~1")
    return f"{pointer}/content/{escaped}/schema"


def _sse_payloads(raw: str) -> list[Any]:
    payloads = []
    for line in raw.splitlines():
        if line.startswith("data:"):
            data = line[5:].strip()
            if data and data != "[DONE]":
                payloads.append(json.loads(data))
    return payloads


def _request_body(request: dict[str, Any]) -> Any:
    if "form" in request:
        form = request["form"]
        body = dict(form.get("fields") or {})
        body.update({f["name"]: f.get("content", "") for f in form.get("files") or []})
        return body
    return request.get("body")


@pytest.fixture(scope="module")
def operations(bundled: dict[str, Any]) -> dict[str, OperationRef]:
    """The bundled spec's operations by id, found once for every fixture."""
    return operations_by_id(bundled)


@pytest.fixture(scope="module")
def validators(bundled: dict[str, Any]) -> SchemaValidators:
    """One set of validators for every fixture: each schema's validator is built once (a
    validator holds no state between validations)."""
    return SchemaValidators(bundled)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.id)
def test_fixture_matches_spec(
    fixture: FixtureFile,
    bundled: dict[str, Any],
    checker: RequestChecker,
    operations: dict[str, OperationRef],
    validators: SchemaValidators,
) -> None:
    op = operations.get(fixture.data["operation"])
    assert op is not None, f"unknown operation {fixture.data['operation']}"
    assert fixture.path.name == f"{op.operation_id}.yaml"
    exchanges = fixture.data.get("exchanges") or []
    assert exchanges, "a fixture records at least one exchange"
    for exchange in exchanges:
        request, response = exchange["request"], exchange["response"]
        assert request["method"].lower() == op.method, exchange["name"]
        assert path_regex(op.path).match(request["path"].split("?")[0]), exchange["name"]
        for name, value in (request.get("headers") or {}).items():
            if name.lower() in SECRET_HEADERS:
                assert PLACEHOLDER_SECRET.match(str(value)), f"{name} must be a placeholder"
        body = _request_body(request)
        if body is not None and response["status"] < 400:
            assert checker.problems(op.operation_id, body) == [], exchange["name"]
        media = (response.get("headers") or {}).get("Content-Type", "application/json")
        media = media.split(";")[0].strip()
        pointer = _response_schema_pointer(bundled, op, response["status"], media)
        if "body_raw" in response:
            assert pointer is not None, f"{exchange['name']}: no schema for {media}"
            payloads = _sse_payloads(response["body_raw"])
            assert payloads, f"{exchange['name']}: stream has no data events"
            for payload in payloads:
                validators.for_pointer(pointer).validate(payload)
        elif "body" in response:
            assert pointer is not None, (
                f"{exchange['name']}: no {media} schema for {response['status']}"
            )
            validators.for_pointer(pointer).validate(response["body"])
        else:
            assert response["status"] == 204 or pointer is None, exchange["name"]


@pytest.mark.parametrize(
    "fixture", [f for f in FIXTURES if f.data.get("callbacks")], ids=lambda f: f.id
)
def test_recorded_callbacks_match_spec_and_signature(
    fixture: FixtureFile, operations: dict[str, OperationRef], validators: SchemaValidators
) -> None:
    op = operations[fixture.data["operation"]]
    callback = op.operation["callbacks"]["taskStatus"][CALLBACK]["post"]
    schema = callback["requestBody"]["content"]["application/json"]["schema"]
    pointer = schema["$ref"][1:]
    for recorded in fixture.data["callbacks"]:
        validators.for_pointer(pointer).validate(recorded["body"])
        headers = recorded["headers"]
        expected = sign(
            headers["X-Callback-Id"],
            str(headers["X-Callback-Timestamp"]),
            callback_body_bytes(recorded["body"]),
        )
        assert expected in headers["X-Callback-Signature"].split(","), recorded["name"]


def test_every_operation_has_a_fixture(bundled: dict[str, Any]) -> None:
    recorded = {f.data["operation"] for f in FIXTURES}
    assert sorted(set(operations_by_id(bundled)) - recorded) == []


def test_task_fixtures_record_every_state(bundled: dict[str, Any]) -> None:
    ops = operations_by_id(bundled)
    for fixture in FIXTURES:
        op = ops[fixture.data["operation"]]
        responses = op.operation["responses"]
        if "202" in responses:
            names = {c["body"]["status"] for c in fixture.data.get("callbacks") or []}
            assert {"completed", "failed"} <= names, fixture.id
        elif op.method == "get" and op.path.endswith("/{id}") and "200" in responses:
            schema = resolve(bundled, responses["200"])["content"]["application/json"]["schema"]
            if "TaskEnvelope" not in json.dumps(resolve(bundled, schema)):
                continue
            states = {
                e["response"]["body"].get("status")
                for e in fixture.data["exchanges"]
                if e["response"]["status"] == 200
            }
            assert {"processing", "completed", "failed"} <= states, fixture.id
