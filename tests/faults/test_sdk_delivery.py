"""Nothing is paid twice: what held in issue 8, kept held, over real sockets.

Every POST (a billed task, an LLM call, a stream) reaches the server exactly once when the
connection resets after sending, the answer breaks off, the server answers 5xx or 408, or the
client times out; the server counts arrivals, whatever the client saw. Idempotent calls are
retried as the documented policy says. A few hundred concurrent requests, from threads and from
asyncio, all succeed with the right answer each, and closing the client leaves no socket open.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import runapi

from .sdk_servers import (
    MESSAGES_BODY,
    SEEDANCE_BODY,
    SEEDANCE_PATH,
    Action,
    Arrival,
    FaultServer,
    Reply,
    Reset,
    ResetMidBody,
    Stall,
    Truncated,
    json_reply,
    serve,
)
from .sdk_servers import async_client as make_async_client
from .sdk_servers import sync_client as make_sync_client

# A stalled answer never comes, so any read timeout ends the call the same way: it is waited
# for briefly. Everything else gets seconds, so that a loaded machine never turns a prompt
# answer into a timeout.
STALLED_READ = 0.02
PROMPT = 10.0
EVENTS = b'event: message_start\ndata: {"type": "message_start", "message": {"id": "m"'

# A fault, the error the caller gets, and whether the documented policy retries a GET after it.
FAULTS: dict[str, tuple[Action, type[runapi.RunAPIError]]] = {
    "reset-after-request": (Reset(), runapi.APIConnectionError),
    "reset-mid-body": (ResetMidBody(200, b'{"id": "task_1", "st', 64), runapi.APIConnectionError),
    "truncated-body": (Truncated(200, b'{"id": "task_1"', 64), runapi.APIConnectionError),
    "client-timeout": (Stall(), runapi.APITimeoutError),
    "http-500": (json_reply(500, {"error": "internal"}), runapi.InternalServerError),
    "http-502": (
        Reply(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"}),
        runapi.InternalServerError,
    ),
    "http-503": (json_reply(503, {"error": "unavailable"}), runapi.ServiceUnavailableError),
    "http-504": (json_reply(504, {"error": "gateway timeout"}), runapi.InternalServerError),
    "http-408": (json_reply(408, {"error": "request timeout"}), runapi.RequestTimeoutError),
}
# POST operations of each kind: (name, path, call).
POSTS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "task-create": (SEEDANCE_PATH, lambda c: c.seedance.text_to_video.create(**SEEDANCE_BODY)),
    "task-run": (SEEDANCE_PATH, lambda c: c.seedance.text_to_video.run(**SEEDANCE_BODY)),
    "llm-call": ("/v1/messages", lambda c: c.anthropic.messages.create(**MESSAGES_BODY)),
}
FLAVOURS = ("sync", "async")


def _timeout(action: Action) -> httpx.Timeout:
    return httpx.Timeout(PROMPT, read=STALLED_READ if isinstance(action, Stall) else PROMPT)


def _call(server: FaultServer, flavour: str, call: Callable[[Any], Any], **options: Any) -> Any:
    options.setdefault("timeout", httpx.Timeout(PROMPT))
    if flavour == "sync":
        with make_sync_client(server, **options) as client:
            return call(client)

    async def main() -> Any:
        async with make_async_client(server, **options) as client:
            return await call(client)

    return asyncio.run(main())


def _error(
    server: FaultServer, flavour: str, call: Callable[[Any], Any], **options: Any
) -> BaseException:
    try:
        _call(server, flavour, call, **options)
    except BaseException as exc:  # the exception is the subject of the test
        return exc
    raise AssertionError("no exception")


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("post", sorted(POSTS))
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_post_reaches_the_server_exactly_once(fault: str, post: str, flavour: str) -> None:
    action, expected = FAULTS[fault]
    path, call = POSTS[post]
    with serve(lambda arrival: action) as server:
        error = _error(server, flavour, call, timeout=_timeout(action))
        assert server.arrived(1, "POST", path) == 1, f"{server.count('POST', path)} POSTs arrived"
        assert server.count("GET") == 0
    assert type(error) is expected, repr(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_stream_broken_mid_way_is_a_connection_error_and_not_resent(flavour: str) -> None:
    headers = {"Content-Type": "text/event-stream"}
    with serve(lambda arrival: ResetMidBody(200, EVENTS, 4096, headers)) as server:

        def consume(client: Any) -> Any:
            stream = client.anthropic.messages.create(**MESSAGES_BODY, stream=True)
            if flavour == "sync":
                return list(stream)

            async def drain() -> list[Any]:
                return [event async for event in await stream]

            return drain()

        error = _error(server, flavour, consume)
        assert server.count("POST", "/v1/messages") == 1
    # The documented error, not a bare httpx.RemoteProtocolError.
    assert type(error) is runapi.APIConnectionError, repr(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_idempotent_calls_are_retried_as_documented(fault: str, flavour: str) -> None:
    action, expected = FAULTS[fault]
    with serve(lambda arrival: action) as server:
        error = _error(
            server,
            flavour,
            lambda c: c.seedance.text_to_video.get("task_1"),
            timeout=_timeout(action),
        )
        # max_retries=2 (the default): the first try and two retries.
        assert server.arrived(3, "GET", f"{SEEDANCE_PATH}/task_1") == 3
    assert type(error) is expected, repr(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_post_is_retried_after_429_only(flavour: str) -> None:
    limited = json_reply(429, {"error": "slow down"}, {"Retry-After": "0"})
    with serve(lambda arrival: limited) as server:
        error = _error(server, flavour, POSTS["task-create"][1])
        assert server.count("POST", SEEDANCE_PATH) == 3  # the server said it did not act
    assert type(error) is runapi.RateLimitError


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_connect_failures_are_retried_and_nothing_arrives(flavour: str) -> None:
    # A port with nothing listening: the request provably never left.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    attempts: list[httpx.Request] = []

    def record(request: httpx.Request) -> None:
        attempts.append(request)

    async def arecord(request: httpx.Request) -> None:
        attempts.append(request)

    call = POSTS["task-create"][1]
    if flavour == "sync":
        http = httpx.Client(event_hooks={"request": [record]})
        client = runapi.RunAPI(api_key="sk-test-key", base_url=url, http_client=http)
        client._sleep = lambda _seconds: None
        with pytest.raises(runapi.APIConnectionError) as caught:
            call(client)
        http.close()
    else:

        async def main() -> None:
            http = httpx.AsyncClient(event_hooks={"request": [arecord]})
            client = runapi.AsyncRunAPI(api_key="sk-test-key", base_url=url, http_client=http)

            async def no_sleep(_seconds: float) -> None:
                return None

            client._sleep = no_sleep
            try:
                await call(client)
            finally:
                await http.aclose()

        with pytest.raises(runapi.APIConnectionError) as caught:
            asyncio.run(main())
    assert type(caught.value) is runapi.APIConnectionError
    assert len(attempts) == 3


# -- concurrency -------------------------------------------------------------------------------

CONCURRENT = 300


def _echo_task(arrival: Arrival) -> Action:
    task_id = arrival.path.rsplit("/", 1)[1]
    if arrival.method == "POST":
        return json_reply(
            202, {"id": f"created-{arrival.json()['prompt']}", "status": "processing"}
        )
    return json_reply(200, {"id": task_id, "status": "processing"})


def _open_fds() -> int | None:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return None


def _settle(baseline: int | None, slack: int = 8) -> int | None:
    """Open descriptors once sockets the peer closed have been reaped (bounded wait)."""
    if baseline is None:
        return None
    deadline = time.monotonic() + 10
    count = _open_fds()
    while count is not None and count > baseline + slack and time.monotonic() < deadline:
        time.sleep(0.05)
        count = _open_fds()
    return count


def _repeated(server: FaultServer, retries: pytest.LogCaptureFixture) -> str:
    """What arrived more than once, and the SDK's retry log: the story of a count that is off."""
    seen = Counter((a.method, a.path, a.body) for a in server.arrivals)
    twice = [
        f"{method} {path} {body[:60]!r} x{n}" for (method, path, body), n in seen.items() if n > 1
    ]
    log = [record.getMessage() for record in retries.records]
    return f"arrived more than once: {twice or 'nothing'}; retries logged: {log or 'none'}"


def test_hundreds_of_concurrent_requests_from_threads(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="runapi")
    baseline = _open_fds()
    with serve(_echo_task) as server:
        client = make_sync_client(server, timeout=30)

        def one(index: int) -> tuple[str, str]:
            if index % 3 == 0:
                body = {**SEEDANCE_BODY, "prompt": f"prompt {index}"}
                return f"created-prompt {index}", client.seedance.text_to_video.create(**body).id
            return f"t{index}", client.seedance.text_to_video.get(f"t{index}").id

        with ThreadPoolExecutor(max_workers=64) as pool:
            results = list(pool.map(one, range(CONCURRENT)))
        client.close()
        # Never paid twice: every create arrived exactly once. With no fault injected, nothing
        # else should have been retried either.
        assert server.count("POST") == len(range(0, CONCURRENT, 3)), _repeated(server, caplog)
        assert len(server.arrivals) == CONCURRENT, _repeated(server, caplog)
    assert all(expected == got for expected, got in results)
    after = _settle(baseline)
    if baseline is not None and after is not None:
        assert after <= baseline + 8, f"{after - baseline} descriptors left open"


def test_hundreds_of_concurrent_requests_from_asyncio(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="runapi")
    baseline = _open_fds()

    async def main(server: FaultServer) -> list[tuple[str, str]]:
        async with make_async_client(server, timeout=30) as client:

            async def one(index: int) -> tuple[str, str]:
                if index % 3 == 0:
                    body = {**SEEDANCE_BODY, "prompt": f"prompt {index}"}
                    accepted = await client.seedance.text_to_video.create(**body)
                    return f"created-prompt {index}", accepted.id
                status = await client.seedance.text_to_video.get(f"t{index}")
                return f"t{index}", status.id

            return await asyncio.gather(*(one(index) for index in range(CONCURRENT)))

    with serve(_echo_task) as server:
        results = asyncio.run(main(server))
        assert server.count("POST") == len(range(0, CONCURRENT, 3)), _repeated(server, caplog)
        assert len(server.arrivals) == CONCURRENT, _repeated(server, caplog)
    assert all(expected == got for expected, got in results)
    after = _settle(baseline)
    if baseline is not None and after is not None:
        assert after <= baseline + 8, f"{after - baseline} descriptors left open"


# -- whether a failed request may have reached the server --------------------------------------


def test_a_refused_connection_says_nothing_was_sent() -> None:
    import runapi

    from .sdk_servers import SEEDANCE_BODY, json_reply, serve, sync_client

    with serve(lambda arrival: json_reply(202, {"id": "t", "status": "processing"})) as server:
        client = sync_client(server, max_retries=0)
    with client, pytest.raises(runapi.APIConnectionError) as caught:
        client.seedance.text_to_video.create(**SEEDANCE_BODY)
    assert caught.value.may_have_reached_server is False


@pytest.mark.parametrize("fault", ["reset", "stall"])
def test_a_post_cut_off_after_sending_may_have_reached_the_server(fault: str) -> None:
    import runapi

    from .sdk_servers import SEEDANCE_BODY, SEEDANCE_PATH, Reset, Stall, serve, sync_client

    action = Reset() if fault == "reset" else Stall()
    with serve(lambda arrival: action) as server:
        client = sync_client(server, max_retries=2, timeout=_timeout(action))
        with client, pytest.raises(runapi.APIConnectionError) as caught:
            client.seedance.text_to_video.create(**SEEDANCE_BODY)
        assert server.arrived(1, "POST", SEEDANCE_PATH) == 1
    assert caught.value.may_have_reached_server is True
    assert isinstance(caught.value, runapi.APITimeoutError) == (fault == "stall")
