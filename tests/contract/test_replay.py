"""Replay every recorded exchange through the generated client, sync and async.

For each exchange the client is called at the attribute path of its operationId with the
recorded path parameters, query parameters and body; a mock transport answers with the recorded
response. The test checks what was sent (method, path, query, auth header, body) and what came
back (the declared typed model with no field lost, the stream's typed events, None for 204, or
the right exception for an error status).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
import pydantic
import pytest
import runapi

from generator.requests import RequestChecker

from ._support import (
    BASE_URL,
    Call,
    Exchange,
    assert_sent,
    build_call,
    bundled_spec,
    declared_returns,
    dump,
    expected_error_class,
    load_exchanges,
    request_body_for_checker,
    resolve_attribute,
    response_for,
    sse_payloads,
)

Flavour = Literal["sync", "async"]
FLAVOURS: tuple[Flavour, ...] = ("sync", "async")

# Failures caused by the generated SDK, keyed by test id; each is reported to the lead.
# Known SDK problems, as "<operationId>[<exchange>]-<flavour>": reason. Each is an xfail(strict)
# so that fixing it makes the suite say so. None are open.
SDK_PROBLEMS: dict[str, str] = {}
SDK_VALIDATION_PROBLEMS: dict[str, str] = {}


@dataclass(frozen=True)
class Case:
    exchange: Exchange
    flavour: Flavour

    @property
    def id(self) -> str:
        return f"{self.exchange.id}-{self.flavour}"


CASES: list[Case] = [Case(e, f) for e in load_exchanges() for f in FLAVOURS]


def _param(case: Case) -> Any:
    reason = SDK_PROBLEMS.get(case.id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.id, marks=marks)


def _param_validation(case: Case) -> Any:
    reason = SDK_VALIDATION_PROBLEMS.get(case.id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.id, marks=marks)


@dataclass
class Outcome:
    result: Any = None
    events: list[Any] | None = None
    error: BaseException | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)


def _sync_replay(exchange: Exchange, call: Call, *, validate: bool) -> Outcome:
    outcome = Outcome()

    def handler(request: httpx.Request) -> httpx.Response:
        outcome.requests.append(request)
        outcome.bodies.append(request.read())
        return response_for(exchange)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = runapi.RunAPI(
        api_key=call.api_key,
        management_key=call.management_key,
        base_url=BASE_URL,
        max_retries=0,
        http_client=http,
        validate_requests=validate,
    )
    resource, method = resolve_attribute(client, exchange.operation_id)
    function: Callable[..., Any] = getattr(resource, method)
    try:
        result = function(*call.args, extra_headers=call.extra_headers, **call.kwargs)
        if isinstance(result, runapi.Stream):
            outcome.events = list(result)
        outcome.result = result
    except (runapi.RunAPIError, runapi.APIError) as exc:
        outcome.error = exc
    finally:
        http.close()
    return outcome


async def _async_replay(exchange: Exchange, call: Call, *, validate: bool) -> Outcome:
    outcome = Outcome()

    async def handler(request: httpx.Request) -> httpx.Response:
        outcome.requests.append(request)
        outcome.bodies.append(await request.aread())
        return response_for(exchange)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = runapi.AsyncRunAPI(
        api_key=call.api_key,
        management_key=call.management_key,
        base_url=BASE_URL,
        max_retries=0,
        http_client=http,
        validate_requests=validate,
    )
    resource, method = resolve_attribute(client, exchange.operation_id)
    function: Callable[..., Awaitable[Any]] = getattr(resource, method)
    assert inspect.iscoroutinefunction(function), f"{method} of the async client is not async"
    try:
        result = await function(*call.args, extra_headers=call.extra_headers, **call.kwargs)
        if isinstance(result, runapi.AsyncStream):
            outcome.events = [event async for event in result]
        outcome.result = result
    except (runapi.RunAPIError, runapi.APIError) as exc:
        outcome.error = exc
    finally:
        await http.aclose()
    return outcome


def _replay(case: Case, call: Call, *, validate: bool) -> Outcome:
    if case.flavour == "sync":
        return _sync_replay(case.exchange, call, validate=validate)
    return asyncio.run(_async_replay(case.exchange, call, validate=validate))


def _resource_of(case: Case) -> tuple[object, str]:
    client: runapi.RunAPI | runapi.AsyncRunAPI
    if case.flavour == "sync":
        client = runapi.RunAPI(api_key="unused", base_url=BASE_URL)
    else:
        client = runapi.AsyncRunAPI(api_key="unused", base_url=BASE_URL)
    return resolve_attribute(client, case.exchange.operation_id)


def _check_success(case: Case, outcome: Outcome) -> None:
    exchange = case.exchange
    resource, method = _resource_of(case)
    declared = declared_returns(resource, method)
    if exchange.status == 204:
        assert outcome.result is None
        assert declared.returns_none, f"the stub of {method} does not declare None"
        return
    if exchange.is_stream:
        stream_type = runapi.Stream if case.flavour == "sync" else runapi.AsyncStream
        assert isinstance(outcome.result, stream_type), type(outcome.result)
        assert outcome.events is not None
        expected = sse_payloads(str(exchange.response["body_raw"]))
        for index, event in enumerate(outcome.events):
            assert type(event) in declared.stream_events, (
                f"event {index} is a {type(event)}, the stub declares {set(declared.stream_events)}"
            )
        assert [dump(event) for event in outcome.events] == expected
        return
    result = outcome.result
    assert isinstance(result, pydantic.BaseModel), f"untyped result {type(result)}"
    assert type(result) in declared.models, f"{type(result)} not in {set(declared.models)}"
    body = exchange.response["body"]
    # The model accepts the recorded body (no silent fallback to an unvalidated model).
    type(result).model_validate(body)
    assert dump(result) == body


def _check_error(case: Case, outcome: Outcome) -> None:
    exchange = case.exchange
    error = outcome.error
    expected_class = expected_error_class(exchange.status)
    assert type(error) is expected_class, f"{type(error)} is not {expected_class}"
    assert isinstance(error, runapi.APIStatusError)
    assert error.status_code == exchange.status
    body = exchange.response.get("body")
    assert error.body == body
    recorded_error = body.get("error") if isinstance(body, dict) else None
    if isinstance(recorded_error, str):
        assert error.message == recorded_error
    elif isinstance(recorded_error, dict) and "message" in recorded_error:
        assert error.message == recorded_error["message"]
    headers = {str(k).lower(): str(v) for k, v in (exchange.response.get("headers") or {}).items()}
    assert error.request_id == headers.get("x-request-id")


@pytest.fixture(scope="module")
def checker() -> RequestChecker:
    return RequestChecker(bundled_spec())


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_replay(case: Case) -> None:
    exchange = case.exchange
    call = build_call(exchange)
    is_error = exchange.status >= 400
    # Error exchanges may carry a body the server rejects: send it as recorded.
    outcome = _replay(case, call, validate=not is_error)

    if outcome.error is not None and not isinstance(outcome.error, runapi.APIStatusError):
        raise outcome.error
    assert len(outcome.requests) == 1, f"{len(outcome.requests)} requests sent"
    assert_sent(exchange, call, outcome.requests[0], outcome.bodies[0])

    if is_error:
        assert outcome.error is not None, "no exception for an error status"
        _check_error(case, outcome)
    else:
        assert outcome.error is None, repr(outcome.error)
        _check_success(case, outcome)


VALIDATION_CASES = [c for c in CASES if c.exchange.status >= 400 and c.exchange.has_request_body]


@pytest.mark.parametrize("case", [_param_validation(c) for c in VALIDATION_CASES])
def test_default_client_validates_error_bodies(case: Case, checker: RequestChecker) -> None:
    """The error exchanges above were replayed with `validate_requests=False`. The default
    (validating) client refuses a body that breaks a spec rule before sending anything, and
    sends a valid one unchanged (then raises the recorded error)."""
    exchange = case.exchange
    call = build_call(exchange)
    body = request_body_for_checker(exchange)
    outcome = _replay(case, call, validate=True)
    if not checker.accepts(exchange.operation_id, body):
        # The problems are phrased only for a failure's message.
        assert isinstance(outcome.error, runapi.ValidationError), (
            f"body breaks {checker.problems(exchange.operation_id, body)} "
            f"but the client raised {outcome.error!r}"
        )
        assert outcome.error.operation_id == exchange.operation_id
        assert outcome.requests == [], "a request was sent despite the validation error"
    else:
        assert len(outcome.requests) == 1, f"valid body: {outcome.error!r}"
        assert_sent(exchange, call, outcome.requests[0], outcome.bodies[0])
        _check_error(case, outcome)
