"""wait() / run() of every generated task resource, and the retry policy end to end (respx).

The status answers are the recorded `processing`, `completed` and `failed` bodies of each task's
status fixture, so every task resource is exercised with data the API reference documents.
Polling uses millisecond intervals and the clients' retry sleep is replaced, so the file runs in
well under a second of waiting.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import respx
import runapi

from ._support import BASE_URL, Exchange, declared_returns, dump, load_exchanges

API_KEY = "YOUR_API_TOKEN"
FAST = {"poll_interval": 0.001, "max_poll_interval": 0.002}


@dataclass(frozen=True)
class Task:
    """A task resource with its recorded create answer and status bodies."""

    resource_path: str  # "seedance.text_to_video"
    create_path: str
    create_body: dict[str, Any]
    accepted: dict[str, Any]
    status_path: str  # concrete path of the recorded status exchanges
    task_id: str
    processing: dict[str, Any]
    completed: dict[str, Any]
    failed: dict[str, Any]


def _first(exchanges: list[Exchange], status: str) -> dict[str, Any]:
    for exchange in exchanges:
        body = exchange.response.get("body")
        if exchange.status == 200 and isinstance(body, dict) and body.get("status") == status:
            return body
    raise AssertionError(f"no recorded {status} status")


def _tasks() -> list[Task]:
    by_operation: dict[str, list[Exchange]] = {}
    for exchange in load_exchanges():
        by_operation.setdefault(exchange.operation_id, []).append(exchange)
    tasks: list[Task] = []
    for operation_id, exchanges in sorted(by_operation.items()):
        accepted = next((e for e in exchanges if e.status == 202), None)
        if accepted is None:
            continue
        resource_path = operation_id.removesuffix(".create")
        statuses = by_operation[f"{resource_path}.get"]
        processing = next(e for e in statuses if e.status == 200)
        status_path = processing.request["path"]
        tasks.append(
            Task(
                resource_path=resource_path,
                create_path=accepted.request["path"],
                create_body=accepted.request["body"],
                accepted=accepted.response["body"],
                status_path=status_path,
                task_id=status_path.rsplit("/", 1)[1],
                processing=_first(statuses, "processing"),
                completed=_first(statuses, "completed"),
                failed=_first(statuses, "failed"),
            )
        )
    return tasks


TASKS = _tasks()
SEEDANCE = next(t for t in TASKS if t.resource_path == "seedance.text_to_video")
TASK_PARAMS = [pytest.param(t, id=t.resource_path) for t in TASKS]


def _resource(client: object, task: Task) -> Any:
    target: Any = client
    for name in task.resource_path.split("."):
        target = getattr(target, name)
    return target


def _sync_client(max_retries: int = 0) -> runapi.RunAPI:
    client = runapi.RunAPI(api_key=API_KEY, base_url=BASE_URL, max_retries=max_retries)
    client._sleep = lambda _seconds: None
    return client


async def _no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


def _async_client(max_retries: int = 0) -> runapi.AsyncRunAPI:
    client = runapi.AsyncRunAPI(api_key=API_KEY, base_url=BASE_URL, max_retries=max_retries)
    client._sleep = _no_sleep
    return client


def _json(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def _status_sequence(task: Task, *states: str) -> list[httpx.Response]:
    bodies = {"processing": task.processing, "completed": task.completed, "failed": task.failed}
    return [_json(200, bodies[state]) for state in states]


def _without_added_nulls(actual: Any, expected: Any) -> Any:
    """`actual` with the null-valued keys `expected` does not have removed (recursively)."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        return {
            key: _without_added_nulls(value, expected.get(key))
            for key, value in actual.items()
            if key in expected or value is not None
        }
    if isinstance(actual, list) and isinstance(expected, list) and len(actual) == len(expected):
        return [_without_added_nulls(a, e) for a, e in zip(actual, expected, strict=True)]
    return actual


def _check_completed(resource: Any, task: Task, result: Any, method: str = "wait") -> None:
    declared = declared_returns(resource, method)
    assert type(result) in declared.models, f"{type(result)} not in {set(declared.models)}"
    # No field lost and no value changed. (Fields the server did not send come back as
    # explicitly set nulls: see test_wait_result_keeps_only_the_fields_received.)
    assert _without_added_nulls(dump(result), task.completed) == task.completed
    assert result.status == "completed"


# ---------------------------------------------------------------------------------------------
# wait(): completed, failed, timeout, on_progress - every task resource, sync and async
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("task", TASK_PARAMS)
def test_wait_returns_completed_model_sync(task: Task) -> None:
    progress: list[tuple[Any, float]] = []
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        route = router.get(task.status_path).mock(
            side_effect=_status_sequence(task, "processing", "processing", "completed")
        )
        client = _sync_client()
        resource = _resource(client, task)
        result = resource.wait(
            task.task_id, timeout=5, on_progress=lambda s, e: progress.append((s, e)), **FAST
        )
    assert route.call_count == 3
    _check_completed(resource, task, result)
    # on_progress receives the status model itself (the README example reads `.status`).
    status_model = resource._status_class()
    assert all(type(status) is status_model for status, _ in progress)
    assert [status.status for status, _ in progress] == ["processing", "processing", "completed"]
    elapsed = [seconds for _, seconds in progress]
    assert elapsed == sorted(elapsed) and all(seconds >= 0 for seconds in elapsed)


@pytest.mark.parametrize("task", TASK_PARAMS)
@pytest.mark.asyncio
async def test_wait_returns_completed_model_async(task: Task) -> None:
    progress: list[Any] = []
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        route = router.get(task.status_path).mock(
            side_effect=_status_sequence(task, "processing", "processing", "completed")
        )
        client = _async_client()
        resource = _resource(client, task)
        result = await resource.wait(
            task.task_id, timeout=5, on_progress=lambda s, _e: progress.append(s), **FAST
        )
    assert route.call_count == 3
    _check_completed(resource, task, result)
    assert all(type(status) is resource._status_class() for status in progress)
    assert [status.status for status in progress] == ["processing", "processing", "completed"]


@pytest.mark.parametrize("task", TASK_PARAMS)
def test_wait_failed_raises_task_failed_sync(task: Task) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        router.get(task.status_path).mock(
            side_effect=_status_sequence(task, "processing", "failed")
        )
        resource = _resource(_sync_client(), task)
        with pytest.raises(runapi.TaskFailedError) as caught:
            resource.wait(task.task_id, timeout=5, **FAST)
    assert caught.value.message == task.failed["error"]
    assert caught.value.task_id == task.failed["id"]
    assert task.failed["error"] in str(caught.value)


@pytest.mark.parametrize("task", TASK_PARAMS)
@pytest.mark.asyncio
async def test_wait_failed_raises_task_failed_async(task: Task) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        router.get(task.status_path).mock(
            side_effect=_status_sequence(task, "processing", "failed")
        )
        resource = _resource(_async_client(), task)
        with pytest.raises(runapi.TaskFailedError) as caught:
            await resource.wait(task.task_id, timeout=5, **FAST)
    assert caught.value.message == task.failed["error"]
    assert caught.value.task_id == task.failed["id"]


def test_wait_result_keeps_only_the_fields_received_sync() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        router.get(task.status_path).mock(side_effect=_status_sequence(task, "completed"))
        result = _sync_client().seedance.text_to_video.wait(
            task.task_id, timeout=5, poll_interval=0.001, max_poll_interval=0.002
        )
    assert dump(result) == task.completed


@pytest.mark.asyncio
async def test_wait_result_keeps_only_the_fields_received_async() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        router.get(task.status_path).mock(side_effect=_status_sequence(task, "completed"))
        client = _async_client()
        result = await client.seedance.text_to_video.wait(
            task.task_id, timeout=5, poll_interval=0.001, max_poll_interval=0.002
        )
    assert dump(result) == task.completed


def test_wait_timeout_raises_task_timeout_sync() -> None:
    task = SEEDANCE
    seen: list[Any] = []
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get(task.status_path).mock(return_value=_json(200, task.processing))
        resource = _resource(_sync_client(), task)
        resource.get(task.task_id)  # warm up (first-use imports), outside the deadline
        with pytest.raises(runapi.TaskTimeoutError) as caught:
            resource.wait(
                task.task_id,
                timeout=0.05,
                poll_interval=0.005,
                max_poll_interval=0.01,
                on_progress=lambda s, _e: seen.append(s),
            )
    assert caught.value.task_id == task.processing["id"]
    assert caught.value.waited >= 0.05
    assert route.call_count - 1 >= 2
    assert [status.status for status in seen] == ["processing"] * (route.call_count - 1)


@pytest.mark.asyncio
async def test_wait_timeout_raises_task_timeout_async() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get(task.status_path).mock(return_value=_json(200, task.processing))
        resource = _resource(_async_client(), task)
        await resource.get(task.task_id)  # warm up (first-use imports), outside the deadline
        with pytest.raises(runapi.TaskTimeoutError) as caught:
            await resource.wait(
                task.task_id, timeout=0.05, poll_interval=0.005, max_poll_interval=0.01
            )
    assert caught.value.waited >= 0.05
    assert route.call_count - 1 >= 2


@pytest.mark.asyncio
async def test_async_wait_does_not_block_the_event_loop() -> None:
    task = SEEDANCE
    ticks = 0
    stop = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            await asyncio.sleep(0.001)

    ticks_at_progress: list[int] = []
    with respx.mock(base_url=BASE_URL) as router:
        router.get(task.status_path).mock(
            side_effect=_status_sequence(
                task, "processing", "processing", "processing", "processing", "completed"
            )
        )
        resource = _resource(_async_client(), task)
        background = asyncio.create_task(ticker())
        result = await resource.wait(
            task.task_id,
            timeout=5,
            poll_interval=0.02,
            max_poll_interval=0.02,
            on_progress=lambda _s, _e: ticks_at_progress.append(ticks),
        )
        stop.set()
        await background
    assert result.videos[0].url == task.completed["videos"][0]["url"]
    # The ticker ran while wait() slept between every pair of polls.
    assert len(ticks_at_progress) == 5
    assert all(b > a for a, b in itertools.pairwise(ticks_at_progress))


# ---------------------------------------------------------------------------------------------
# run(): create + wait
# ---------------------------------------------------------------------------------------------


def _accepted_status_path(task: Task) -> str:
    return task.status_path.rsplit("/", 1)[0] + "/" + str(task.accepted["id"])


@pytest.mark.parametrize("task", TASK_PARAMS)
def test_run_creates_then_waits_sync(task: Task) -> None:
    progress: list[Any] = []
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        create = router.post(task.create_path).mock(return_value=_json(202, task.accepted))
        status = router.get(_accepted_status_path(task)).mock(
            side_effect=_status_sequence(task, "processing", "completed")
        )
        resource = _resource(_sync_client(), task)
        result = resource.run(
            **task.create_body,
            wait_timeout=5,
            on_progress=lambda s, _e: progress.append(s),
            **FAST,
        )
    assert create.call_count == 1 and status.call_count == 2
    sent = create.calls.last.request
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    _check_completed(resource, task, result, method="run")
    assert [status.status for status in progress] == ["processing", "completed"]


@pytest.mark.parametrize("task", TASK_PARAMS)
@pytest.mark.asyncio
async def test_run_creates_then_waits_async(task: Task) -> None:
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        create = router.post(task.create_path).mock(return_value=_json(202, task.accepted))
        status = router.get(_accepted_status_path(task)).mock(
            side_effect=_status_sequence(task, "processing", "completed")
        )
        resource = _resource(_async_client(), task)
        result = await resource.run(**task.create_body, wait_timeout=5, **FAST)
    assert create.call_count == 1 and status.call_count == 2
    _check_completed(resource, task, result, method="run")


def test_seedance_run_result_is_typed() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        create = router.post(task.create_path).mock(return_value=_json(202, task.accepted))
        router.get(_accepted_status_path(task)).mock(
            side_effect=_status_sequence(task, "processing", "processing", "completed")
        )
        client = _sync_client()
        # Spelled out (not **body) so the type checker picks the seedance-1.5-pro overload.
        result = client.seedance.text_to_video.run(
            model="seedance-1.5-pro",
            prompt=task.create_body["prompt"],
            aspect_ratio="16:9",
            output_resolution="720p",
            duration_seconds=8,
            generate_audio=False,
            callback_url=task.create_body["callback_url"],
            wait_timeout=5,
            poll_interval=0.001,
            max_poll_interval=0.002,
        )
    sent = json.loads(create.calls.last.request.content)
    assert sent == task.create_body
    url: str = result.videos[0].url
    assert isinstance(url, str)
    assert result.videos[0].url == task.completed["videos"][0]["url"]


def test_run_failed_raises_task_failed() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        router.post(task.create_path).mock(return_value=_json(202, task.accepted))
        router.get(_accepted_status_path(task)).mock(side_effect=_status_sequence(task, "failed"))
        resource: Any = _sync_client().seedance.text_to_video
        with pytest.raises(runapi.TaskFailedError) as caught:
            resource.run(**task.create_body, wait_timeout=5, **FAST)
    assert caught.value.message == task.failed["error"]


def test_run_validates_before_creating() -> None:
    task = SEEDANCE
    body = {k: v for k, v in task.create_body.items() if k != "prompt"}
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        create = router.post(task.create_path).mock(return_value=_json(202, task.accepted))
        resource: Any = _sync_client().seedance.text_to_video
        with pytest.raises(runapi.ValidationError):
            resource.run(**body, wait_timeout=5, **FAST)
    assert create.call_count == 0


# ---------------------------------------------------------------------------------------------
# Retries end to end
# ---------------------------------------------------------------------------------------------

ERROR_500 = {"error": "Internal server error"}
ERROR_429 = {"error": "Rate limit exceeded"}
ERROR_503 = {"error": "Service temporarily unavailable"}


def test_create_answered_500_is_not_retried_sync() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        create = router.post(task.create_path).mock(
            side_effect=[_json(500, ERROR_500), _json(202, task.accepted)]
        )
        with pytest.raises(runapi.InternalServerError) as caught:
            _sync_client(max_retries=2).seedance.text_to_video.create(**task.create_body)
    assert create.call_count == 1
    assert caught.value.status_code == 500
    assert caught.value.message == ERROR_500["error"]


@pytest.mark.asyncio
async def test_create_answered_500_is_not_retried_async() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        create = router.post(task.create_path).mock(
            side_effect=[_json(500, ERROR_500), _json(202, task.accepted)]
        )
        with pytest.raises(runapi.InternalServerError):
            await _async_client(max_retries=2).seedance.text_to_video.create(**task.create_body)
    assert create.call_count == 1


def test_create_answered_429_with_retry_after_is_retried_sync() -> None:
    task = SEEDANCE
    delays: list[float] = []
    with respx.mock(base_url=BASE_URL) as router:
        create = router.post(task.create_path).mock(
            side_effect=[
                _json(429, ERROR_429, {"Retry-After": "0"}),
                _json(202, task.accepted),
            ]
        )
        client = _sync_client(max_retries=2)
        client._sleep = delays.append
        accepted = client.seedance.text_to_video.create(**task.create_body)
    assert create.call_count == 2
    assert delays == [0.0]
    assert dump(accepted) == task.accepted
    first, second = (call.request for call in create.calls)
    assert first.content == second.content


@pytest.mark.asyncio
async def test_create_answered_429_with_retry_after_is_retried_async() -> None:
    task = SEEDANCE
    delays: list[float] = []

    async def sleep(seconds: float) -> None:
        delays.append(seconds)

    with respx.mock(base_url=BASE_URL) as router:
        create = router.post(task.create_path).mock(
            side_effect=[
                _json(429, ERROR_429, {"Retry-After": "0"}),
                _json(202, task.accepted),
            ]
        )
        client = _async_client(max_retries=2)
        client._sleep = sleep
        accepted = await client.seedance.text_to_video.create(**task.create_body)
    assert create.call_count == 2
    assert delays == [0.0]
    assert dump(accepted) == task.accepted


def test_create_429_retries_stop_at_max_retries() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        create = router.post(task.create_path).mock(
            return_value=_json(429, ERROR_429, {"Retry-After": "0"})
        )
        with pytest.raises(runapi.RateLimitError):
            _sync_client(max_retries=2).seedance.text_to_video.create(**task.create_body)
    assert create.call_count == 3


def test_status_answered_503_then_200_succeeds_after_one_retry_sync() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        status = router.get(task.status_path).mock(
            side_effect=[_json(503, ERROR_503), _json(200, task.completed)]
        )
        result = _sync_client(max_retries=2).seedance.text_to_video.get(task.task_id)
    assert status.call_count == 2
    assert dump(result) == task.completed


@pytest.mark.asyncio
async def test_status_answered_503_then_200_succeeds_after_one_retry_async() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        status = router.get(task.status_path).mock(
            side_effect=[_json(503, ERROR_503), _json(200, task.completed)]
        )
        result = await _async_client(max_retries=2).seedance.text_to_video.get(task.task_id)
    assert status.call_count == 2
    assert dump(result) == task.completed


def test_status_503_without_retries_raises_service_unavailable() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        status = router.get(task.status_path).mock(return_value=_json(503, ERROR_503))
        with pytest.raises(runapi.ServiceUnavailableError) as caught:
            _sync_client(max_retries=0).seedance.text_to_video.get(task.task_id)
    assert status.call_count == 1
    assert isinstance(caught.value, runapi.InternalServerError)
    assert caught.value.message == ERROR_503["error"]


def test_wait_survives_a_transient_503_between_polls() -> None:
    task = SEEDANCE
    with respx.mock(base_url=BASE_URL) as router:
        status = router.get(task.status_path).mock(
            side_effect=[
                _json(200, task.processing),
                _json(503, ERROR_503),
                _json(200, task.completed),
            ]
        )
        client = _sync_client(max_retries=2)
        result = client.seedance.text_to_video.wait(
            task.task_id, timeout=5, poll_interval=0.001, max_poll_interval=0.002
        )
    assert status.call_count == 3
    assert re.fullmatch(r"https?://\S+", result.videos[0].url)
