"""Answers that arrive but cannot be read (issue 8, items 1-3), over real sockets.

The request reached the server (counted on arrival) and the server acted on it, so the SDK must
say so: `APIResponseValidationError` with the status, the raw text and the request id, never a
bare `json.JSONDecodeError` or `AttributeError`, and never a second POST. `wait()`/`run()` never
hand back a completed result without its fields (`IncompleteResultError` names them), and a
value the spec does not describe yet costs no typed access to the rest of the answer.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
import runapi
from runapi.types.shared import MediaUrl
from runapi.types.suno import SunoMusicAudio, SunoMusicCompleted

from .sdk_servers import (
    RUN_WAIT,
    SEEDANCE_BODY,
    SEEDANCE_PATH,
    WAIT,
    Action,
    Arrival,
    FaultServer,
    Reply,
    html,
    json_reply,
    serve,
)
from .sdk_servers import async_client as make_async_client
from .sdk_servers import sync_client as make_sync_client

REQUEST_ID = "req_fault_0001"
TASK_ID = "task_1"
STATUS_PATH = f"{SEEDANCE_PATH}/{TASK_ID}"
JSON = {"Content-Type": "application/json", "x-request-id": REQUEST_ID}
ACCEPTED = json_reply(202, {"id": TASK_ID, "status": "processing"}, {"x-request-id": REQUEST_ID})
VIDEO = [{"url": "https://file.runapi.ai/v.mp4"}]

# Answers no documented model can be read from, whatever the operation.
UNREADABLE: dict[str, Reply] = {
    "html-202": html(202, **{"x-request-id": REQUEST_ID}),
    "html-200": html(
        200, "<!doctype html><title>Captive portal</title>", **{"x-request-id": REQUEST_ID}
    ),
    "empty-200": Reply(200, b"", JSON),
    "cut-json": Reply(202, b'{"id": "task_1", "sta', JSON),
    "not-utf8": Reply(202, b'\xff\xfe{"id": "task_1"}', JSON),
    "plain-text": Reply(200, b"OK", {"Content-Type": "text/plain", "x-request-id": REQUEST_ID}),
    "json-array": json_reply(202, [{"id": TASK_ID}], {"x-request-id": REQUEST_ID}),
    "json-string": json_reply(202, TASK_ID, {"x-request-id": REQUEST_ID}),
    "json-null": json_reply(202, None, {"x-request-id": REQUEST_ID}),
    "bad-gzip": Reply(202, b"this is not gzip", {**JSON, "Content-Encoding": "gzip"}),
}
# Create answers that parse, but name no task to follow.
NO_TASK_ID: dict[str, Reply] = {
    "empty-object": json_reply(202, {}, {"x-request-id": REQUEST_ID}),
    "empty-id": json_reply(202, {"id": "", "status": "processing"}, {"x-request-id": REQUEST_ID}),
    "numeric-id": json_reply(202, {"id": 7, "status": "processing"}, {"x-request-id": REQUEST_ID}),
}
# Status answers of a wait that must not become a result: (answer, the fields named missing).
INCOMPLETE: dict[str, tuple[Any, tuple[str, ...]]] = {
    "no-result": ({"id": TASK_ID, "status": "completed"}, ("videos",)),
    "null-result": ({"id": TASK_ID, "status": "completed", "videos": None}, ("videos",)),
    "result-of-wrong-kind": (
        {"id": TASK_ID, "status": "completed", "videos": "v.mp4"},
        ("videos",),
    ),
    "items-without-url": (
        {"id": TASK_ID, "status": "completed", "videos": [{"url": "a"}, {}]},
        ("videos[1].url",),
    ),
    "no-id": ({"status": "completed", "videos": VIDEO}, ("id",)),
    "empty-object": ({}, ("id", "status")),
    "array": ([{"id": TASK_ID, "status": "completed", "videos": VIDEO}], ("id", "status")),
    "string": ("completed", ("id", "status")),
    "null": (None, ("id", "status")),
    "null-status": ({"id": TASK_ID, "status": None, "videos": VIDEO}, ("status",)),
}


def _routes(create: Action, status: Action | None = None) -> Callable[[Arrival], Action]:
    def scenario(arrival: Arrival) -> Action:
        if arrival.method == "POST":
            return create
        return status if status is not None else json_reply(404, {"error": "no such task"})

    return scenario


def _run(call: Callable[[Any], Any], server: FaultServer, flavour: str) -> Any:
    """`call(client)` with a sync or an async client for `server`; returns what it returned."""
    if flavour == "sync":
        with make_sync_client(server) as client:
            return call(client)

    async def main() -> Any:
        async with make_async_client(server) as client:
            return await call(client)

    return asyncio.run(main())


def _raised(call: Callable[[Any], Any], server: FaultServer, flavour: str) -> BaseException:
    try:
        _run(call, server, flavour)
    except BaseException as exc:  # what was raised is what the test is about
        return exc
    raise AssertionError("no exception")


def _check_unreadable(error: BaseException, reply: Reply) -> None:
    # The documented error, not a JSONDecodeError / AttributeError / httpx exception.
    assert type(error) is runapi.APIResponseValidationError, repr(error)
    assert isinstance(error, runapi.APIError)
    assert error.status_code == reply.status
    assert error.request_id == REQUEST_ID
    assert REQUEST_ID in str(error)
    assert error.response.status_code == reply.status
    if reply.headers.get("Content-Encoding") != "gzip" and reply.body:
        text = reply.body.decode("utf-8", errors="replace")
        assert error.body == text


FLAVOURS = ("sync", "async")


# -- item 1: a create whose answer cannot be read --------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("fault", sorted(UNREADABLE))
def test_create_with_unreadable_answer_is_sent_once_and_says_so(fault: str, flavour: str) -> None:
    reply = UNREADABLE[fault]
    with serve(_routes(reply)) as server:
        error = _raised(
            lambda client: client.seedance.text_to_video.create(**SEEDANCE_BODY), server, flavour
        )
        assert server.count("POST", SEEDANCE_PATH) == 1
    _check_unreadable(error, reply)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("fault", sorted(NO_TASK_ID))
def test_create_answer_without_a_task_id(fault: str, flavour: str) -> None:
    reply = NO_TASK_ID[fault]
    with serve(_routes(reply)) as server:
        error = _raised(
            lambda client: client.seedance.text_to_video.run(**SEEDANCE_BODY, **RUN_WAIT),
            server,
            flavour,
        )
        assert server.count("POST", SEEDANCE_PATH) == 1
        assert server.count("GET") == 0  # nothing to poll: no id
    assert type(error) is runapi.APIResponseValidationError, repr(error)
    assert error.status_code == 202 and error.request_id == REQUEST_ID
    assert "no task id" in str(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("fault", sorted(UNREADABLE))
def test_run_with_unreadable_create_answer_never_polls(fault: str, flavour: str) -> None:
    reply = UNREADABLE[fault]
    with serve(_routes(reply)) as server:
        error = _raised(
            lambda client: client.seedance.text_to_video.run(**SEEDANCE_BODY, **RUN_WAIT),
            server,
            flavour,
        )
        assert server.count("POST", SEEDANCE_PATH) == 1
        assert server.count("GET") == 0
    _check_unreadable(error, reply)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("fault", sorted(UNREADABLE))
def test_get_and_plain_calls_with_unreadable_answer(fault: str, flavour: str) -> None:
    reply = UNREADABLE[fault]
    with serve(lambda arrival: reply) as server:
        task_error = _raised(
            lambda client: client.seedance.text_to_video.get(TASK_ID), server, flavour
        )
        balance_error = _raised(lambda client: client.account.get_balance(), server, flavour)
        # Answered is answered: an unreadable answer is not retried.
        assert server.count("GET", STATUS_PATH) == 1
        assert server.count("GET", "/api/v1/me/balance") == 1
    _check_unreadable(task_error, reply)
    _check_unreadable(balance_error, reply)


# -- item 2: wait() / run() never return a result without its fields ------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("method", ["wait", "run"])
@pytest.mark.parametrize("fault", sorted(INCOMPLETE))
def test_completed_without_result_raises_naming_the_fields(
    fault: str, method: str, flavour: str
) -> None:
    answer, missing = INCOMPLETE[fault]
    status = json_reply(200, answer, {"x-request-id": REQUEST_ID})
    with serve(_routes(ACCEPTED, status)) as server:
        if method == "wait":
            error = _raised(
                lambda client: client.seedance.text_to_video.wait(TASK_ID, **WAIT),
                server,
                flavour,
            )
        else:
            error = _raised(
                lambda client: client.seedance.text_to_video.run(**SEEDANCE_BODY, **RUN_WAIT),
                server,
                flavour,
            )
        assert server.count("POST") == (1 if method == "run" else 0)
        assert server.count("GET", STATUS_PATH) == 1
    assert type(error) is runapi.IncompleteResultError, repr(error)
    assert isinstance(error, runapi.APIResponseValidationError)
    assert error.task_id == TASK_ID
    assert error.missing == missing
    assert error.status_code == 200 and error.request_id == REQUEST_ID
    for name in missing:
        assert name in str(error)
    assert error.body is not None and json.loads(error.body) == answer


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_new_status_keeps_polling_and_the_result_stays_typed(flavour: str) -> None:
    """Item 3 end to end: an off-spec status ("queued") is polled through; a completed answer
    with an off-spec value deep inside still gives models all the way down."""
    audio = {
        "id": "a1",
        "audio_url": "https://file.runapi.ai/a.mp3",
        "duration": "about three minutes",  # documented as a number
        "tags": "pop",  # documented as a list
    }
    answers = iter(
        [
            {"id": TASK_ID, "status": "queued", "audios": [audio]},
            {"id": TASK_ID, "status": "completed", "audios": [audio], "model": 5},
        ]
    )
    with serve(lambda arrival: json_reply(200, next(answers))) as server:
        seen: list[Any] = []
        result = _run(
            lambda client: client.suno.text_to_music.wait(
                TASK_ID, on_progress=lambda status, _elapsed: seen.append(status), **WAIT
            ),
            server,
            flavour,
        )
        assert server.count("GET") == 2
    assert [status.status for status in seen] == ["queued", "completed"]
    assert isinstance(seen[0].audios[0], SunoMusicAudio)
    assert type(result) is SunoMusicCompleted
    track = result.audios[0]
    assert type(track) is SunoMusicAudio
    assert track.audio_url == "https://file.runapi.ai/a.mp3"
    # The off-spec values, kept as sent (the type checker rightly expects otherwise).
    sent: Any = (track.duration, track.tags, result.model)
    assert sent == ("about three minutes", "pop", 5)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_get_with_an_off_spec_status_keeps_nested_models(flavour: str) -> None:
    body = {"id": TASK_ID, "status": "queued", "images": [{"url": "https://f/a.png"}]}
    with serve(lambda arrival: json_reply(200, body)) as server:
        status = _run(lambda client: client.nano_banana.text_to_image.get(TASK_ID), server, flavour)
    assert status.status == "queued"
    assert type(status.images[0]) is MediaUrl
    assert status.images[0].url == "https://f/a.png"
