"""Wait for an asynchronous task by polling its status operation.

The first check happens at once; the wait between checks starts at the API reference's 5 s
cadence and grows geometrically (capped), so long video jobs cost few requests while quick
image jobs still return promptly. No sleep ever runs past the overall deadline.
"""

from __future__ import annotations

import inspect
import math
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from ._exceptions import TaskFailedError, TaskTimeoutError

__all__ = ["apoll", "check_schedule", "poll"]


# A status payload: any object with `id` and `status` attributes (`error` is read when present).
# Not a bound Protocol, so generic callers can pass their own model TypeVars through.
_T = TypeVar("_T")

# Called with the status payload itself (read `.status`, or anything else it carries).
ProgressCallback = Callable[[Any, float], object]


async def _asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, imported on first use: asyncio costs an import that `poll` never needs."""
    import asyncio

    await asyncio.sleep(seconds)


def _finite(value: object) -> bool:
    return (
        isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    )


def check_schedule(
    *, interval: float, max_interval: float, backoff: float = 1.5, timeout: float | None
) -> None:
    """Refuse settings that would poll in a busy loop or never stop: NaN compares false with
    everything, so without these checks `timeout=nan` would wait forever."""
    if not _finite(interval) or interval <= 0:
        raise ValueError(f"poll interval must be a finite number of seconds > 0, not {interval!r}")
    if not _finite(max_interval) or max_interval < interval:
        raise ValueError(
            f"max poll interval must be a finite number >= the poll interval ({interval!r}), "
            f"not {max_interval!r}"
        )
    if not _finite(backoff) or backoff < 1:
        raise ValueError(f"backoff must be a finite number >= 1, not {backoff!r}")
    if timeout is not None and (not _finite(timeout) or timeout < 0):
        raise ValueError(f"timeout must be a finite number of seconds >= 0, not {timeout!r}")


def _state(task: Any) -> str:
    # Models may carry the state as a plain string or as an Enum of strings.
    status = task.status
    return str(getattr(status, "value", status))


def _task_id(task: Any) -> str:
    return str(task.id)


def _failure(task: Any) -> TaskFailedError:
    error = getattr(task, "error", None)
    message = str(error) if error else "the task failed without an error message"
    return TaskFailedError(_task_id(task), message, task)


class _Schedule:
    """Interval growth and deadline arithmetic shared by `poll` and `apoll`."""

    def __init__(
        self,
        *,
        interval: float,
        max_interval: float,
        backoff: float,
        timeout: float | None,
        clock: Callable[[], float],
    ) -> None:
        check_schedule(
            interval=interval, max_interval=max_interval, backoff=backoff, timeout=timeout
        )
        self._clock = clock
        self._delay = interval
        self._max_interval = max_interval
        self._backoff = backoff
        self.started = clock()
        self._deadline = None if timeout is None else self.started + timeout

    def elapsed(self) -> float:
        return self._clock() - self.started

    def next_wait(self) -> float | None:
        """Seconds to sleep before the next check, or None when the deadline has passed."""
        wait = self._delay
        if self._deadline is not None:
            remaining = self._deadline - self._clock()
            if remaining <= 0:
                return None
            wait = min(wait, remaining)
        self._delay = min(self._delay * self._backoff, self._max_interval)
        return wait


def poll(
    fetch: Callable[[], _T],
    *,
    interval: float = 5.0,
    max_interval: float = 30.0,
    backoff: float = 1.5,
    timeout: float | None = 900.0,
    on_progress: ProgressCallback | None = None,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> _T:
    """Call `fetch` until the task completes (returns it), fails or `timeout` seconds pass.

    Raises `TaskFailedError` with the server's message when the task fails, and
    `TaskTimeoutError` when it is still running at the deadline (``timeout=None``: wait forever).
    `on_progress(status, elapsed_seconds)` runs after every check, with the status payload
    `fetch` returned.
    """
    schedule = _Schedule(
        interval=interval, max_interval=max_interval, backoff=backoff, timeout=timeout, clock=clock
    )
    while True:
        task = fetch()
        state = _state(task)
        if on_progress is not None:
            on_progress(task, schedule.elapsed())
        if state == "completed":
            return task
        if state == "failed":
            raise _failure(task)
        wait = schedule.next_wait()
        if wait is None:
            raise TaskTimeoutError(_task_id(task), schedule.elapsed(), task)
        sleep(wait)


async def apoll(
    fetch: Callable[[], Awaitable[_T]],
    *,
    interval: float = 5.0,
    max_interval: float = 30.0,
    backoff: float = 1.5,
    timeout: float | None = 900.0,
    on_progress: ProgressCallback | None = None,
    sleep: Callable[[float], Awaitable[object]] = _asyncio_sleep,
    clock: Callable[[], float] = time.monotonic,
) -> _T:
    """The async twin of `poll`; waits with `asyncio.sleep`, so the event loop keeps running.

    `on_progress` may be a plain function or a coroutine function.
    """
    schedule = _Schedule(
        interval=interval, max_interval=max_interval, backoff=backoff, timeout=timeout, clock=clock
    )
    while True:
        task = await fetch()
        state = _state(task)
        if on_progress is not None:
            outcome = on_progress(task, schedule.elapsed())
            if inspect.isawaitable(outcome):
                await outcome
        if state == "completed":
            return task
        if state == "failed":
            raise _failure(task)
        wait = schedule.next_wait()
        if wait is None:
            raise TaskTimeoutError(_task_id(task), schedule.elapsed(), task)
        await sleep(wait)
