"""Waiting and streaming as documented (issue 8, item 12, the SDK side), over real sockets.

Per-request options reach every poll of `wait()` and both the create and the polls of `run()`;
`on_progress` gets the status model; wait settings that would never end (NaN, infinity) or spin
(a zero interval) are refused before anything is sent, so `run()` never creates a task it then
refuses to wait for. Streaming calls accept JSON as well as SSE, so an error is answered (and
raised) as the documented status error.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import runapi
from runapi.types.seedance import SeedanceTextToVideoStatus

from .sdk_servers import (
    MESSAGES_BODY,
    RUN_WAIT,
    SEEDANCE_BODY,
    SEEDANCE_PATH,
    WAIT,
    Action,
    Arrival,
    FaultServer,
    Reply,
    Stall,
    json_reply,
    serve,
)
from .sdk_servers import async_client as make_async_client
from .sdk_servers import sync_client as make_sync_client

TASK_ID = "task_1"
STATUS_PATH = f"{SEEDANCE_PATH}/{TASK_ID}"
DONE = {"id": TASK_ID, "status": "completed", "videos": [{"url": "https://f/v.mp4"}]}
FLAVOURS = ("sync", "async")


class Task:
    """A task that completes on its `polls`-th status check (or stalls on the ones listed)."""

    def __init__(self, polls: int = 3, stall_on: frozenset[int] = frozenset()) -> None:
        self.polls = polls
        self.stall_on = stall_on
        self.checks = 0

    def __call__(self, arrival: Arrival) -> Action:
        if arrival.method == "POST":
            return json_reply(202, {"id": TASK_ID, "status": "processing"})
        self.checks += 1
        if self.checks in self.stall_on:
            return Stall()
        if self.checks >= self.polls:
            return json_reply(200, DONE)
        return json_reply(200, {"id": TASK_ID, "status": "processing"})


def _run(server: FaultServer, flavour: str, call: Callable[[Any], Any], **options: Any) -> Any:
    if flavour == "sync":
        with make_sync_client(server, **options) as client:
            return call(client)

    async def main() -> Any:
        async with make_async_client(server, **options) as client:
            return await call(client)

    return asyncio.run(main())


# -- per-request options on every poll ---------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_wait_sends_extra_headers_with_every_poll(flavour: str) -> None:
    with serve(Task(polls=3)) as server:
        result = _run(
            server,
            flavour,
            lambda c: c.seedance.text_to_video.wait(
                TASK_ID, extra_headers={"X-Trace": "wait-1"}, request_timeout=5.0, **WAIT
            ),
        )
        polls = server.arrivals
    assert result.videos[0].url == "https://f/v.mp4"
    assert len(polls) == 3
    assert all(poll.headers.get("x-trace") == "wait-1" for poll in polls)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_run_sends_extra_headers_with_the_create_and_every_poll(flavour: str) -> None:
    with serve(Task(polls=2)) as server:
        _run(
            server,
            flavour,
            lambda c: c.seedance.text_to_video.run(
                **SEEDANCE_BODY, extra_headers={"X-Trace": "run-1"}, **RUN_WAIT
            ),
        )
        arrivals = server.arrivals
    assert [a.method for a in arrivals] == ["POST", "GET", "GET"]
    assert all(a.headers.get("x-trace") == "run-1" for a in arrivals)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_run_applies_its_request_timeout_to_the_polls(flavour: str) -> None:
    # The second poll never answers: the per-request timeout of run() must cut it short (the
    # client's own timeout is ten minutes).
    with serve(Task(polls=5, stall_on=frozenset({2}))) as server:
        with pytest.raises(runapi.APITimeoutError):
            _run(
                server,
                flavour,
                lambda c: c.seedance.text_to_video.run(**SEEDANCE_BODY, timeout=0.3, **RUN_WAIT),
                max_retries=0,
            )
        assert server.count("POST") == 1 and server.arrived(2, "GET") == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_wait_applies_request_timeout_to_the_polls(flavour: str) -> None:
    # The only poll never answers, so any read timeout cuts it short the same way.
    request_timeout = httpx.Timeout(10.0, read=0.02)
    with serve(Task(polls=5, stall_on=frozenset({1}))) as server:
        with pytest.raises(runapi.APITimeoutError):
            _run(
                server,
                flavour,
                lambda c: c.seedance.text_to_video.wait(
                    TASK_ID, request_timeout=request_timeout, **WAIT
                ),
                max_retries=0,
            )
        assert server.arrived(1, "GET") == 1  # cut short by request_timeout, not retried


# -- on_progress gets the status model ---------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_on_progress_receives_the_status_model(flavour: str) -> None:
    seen: list[tuple[Any, float]] = []
    with serve(Task(polls=3)) as server:
        _run(
            server,
            flavour,
            lambda c: c.seedance.text_to_video.wait(
                TASK_ID,
                on_progress=lambda status, elapsed: seen.append((status, elapsed)),
                **WAIT,
            ),
        )
    assert all(type(status) is SeedanceTextToVideoStatus for status, _ in seen)
    assert [status.status for status, _ in seen] == ["processing", "processing", "completed"]
    assert seen[-1][0].videos[0].url == "https://f/v.mp4"


def test_async_on_progress_may_be_a_coroutine() -> None:
    seen: list[str] = []

    async def report(status: SeedanceTextToVideoStatus, elapsed: float) -> None:
        seen.append(status.status)

    with serve(Task(polls=2)) as server:
        _run(
            server,
            "async",
            lambda c: c.seedance.text_to_video.wait(TASK_ID, on_progress=report, **WAIT),
        )
    assert seen == ["processing", "completed"]


# -- settings that would never end are refused before anything is sent ------------------------

NEVER_ENDING = {
    "timeout-nan": {"timeout": math.nan},
    "timeout-inf": {"timeout": math.inf},
    "timeout-negative": {"timeout": -1.0},
    "interval-zero": {"poll_interval": 0.0},
    "interval-negative": {"poll_interval": -5.0},
    "interval-nan": {"poll_interval": math.nan},
    "interval-inf": {"poll_interval": math.inf, "max_poll_interval": math.inf},
    "max-interval-nan": {"max_poll_interval": math.nan},
}


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("setting", sorted(NEVER_ENDING))
def test_wait_refuses_settings_that_never_end(setting: str, flavour: str) -> None:
    options = {**WAIT, **NEVER_ENDING[setting]}
    # The task completes on the third check, so code that accepts the setting returns a result
    # here instead of hanging.
    with serve(Task(polls=3)) as server:
        with pytest.raises(ValueError, match=r"finite|> 0"):
            _run(server, flavour, lambda c: c.seedance.text_to_video.wait(TASK_ID, **options))
        assert server.arrivals == []


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("setting", sorted(NEVER_ENDING))
def test_run_refuses_them_before_creating_the_task(setting: str, flavour: str) -> None:
    options = {**WAIT, **NEVER_ENDING[setting]}
    options["wait_timeout"] = options.pop("timeout")
    with serve(Task(polls=3)) as server:
        with pytest.raises(ValueError, match=r"finite|> 0"):
            _run(
                server, flavour, lambda c: c.seedance.text_to_video.run(**SEEDANCE_BODY, **options)
            )
        assert server.count("POST") == 0, "a task was created that run() then refused to wait for"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("timeout", [math.nan, math.inf, -1.0], ids=["nan", "inf", "negative"])
def test_request_timeouts_that_never_end_are_refused(timeout: float, flavour: str) -> None:
    with serve(lambda arrival: json_reply(200, {"balance_cents": 1, "currency": "USD"})) as server:
        with pytest.raises(ValueError, match="finite"):
            _run(server, flavour, lambda c: c.account.get_balance(timeout=timeout))
        with pytest.raises(ValueError, match="finite"):
            _run(server, flavour, lambda c: c.account.get_balance(), timeout=timeout)
        assert server.arrivals == []


# -- streaming calls negotiate JSON errors -----------------------------------------------------


def _negotiating(arrival: Arrival) -> Action:
    """Answers a streaming call's error in a format the client accepts, as servers do."""
    accepted = arrival.headers.get("accept", "")
    if "application/json" in accepted:
        return json_reply(400, {"type": "error", "error": {"message": "max_tokens: too large"}})
    return Reply(406, b"Not Acceptable", {"Content-Type": "text/plain"})


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_streaming_call_accepts_json_and_raises_the_documented_error(flavour: str) -> None:
    with serve(_negotiating) as server:
        with pytest.raises(runapi.BadRequestError) as caught:
            _run(
                server, flavour, lambda c: c.anthropic.messages.create(**MESSAGES_BODY, stream=True)
            )
        (arrival,) = server.arrivals
    assert arrival.headers["accept"] == "text/event-stream, application/json"
    assert caught.value.status_code == 400
    assert caught.value.message == "max_tokens: too large"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_2xx_that_is_not_an_event_stream_is_an_unreadable_answer(flavour: str) -> None:
    page = Reply(
        200, b"<html>maintenance</html>", {"Content-Type": "text/html", "x-request-id": "r1"}
    )
    with serve(lambda arrival: page) as server:
        with pytest.raises(runapi.APIResponseValidationError) as caught:
            _run(
                server, flavour, lambda c: c.anthropic.messages.create(**MESSAGES_BODY, stream=True)
            )
        assert server.count("POST") == 1
    assert caught.value.body == "<html>maintenance</html>" and caught.value.request_id == "r1"
