"""poll / apoll: immediate first check, growing capped intervals, deadline, failure, progress."""

from __future__ import annotations

import asyncio
import enum
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from runapi._exceptions import TaskFailedError, TaskTimeoutError
from runapi._polling import apoll, poll


@dataclass
class Status:
    id: str
    status: str
    error: str | None = None


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # yield to the loop like a real sleep would


class Fetcher:
    def __init__(self, time: FakeTime, states: Sequence[Status]) -> None:
        self.time = time
        self.states = list(states)
        self.calls_at: list[float] = []

    def __call__(self) -> Status:
        self.calls_at.append(self.time.now)
        return self.states[min(len(self.calls_at), len(self.states)) - 1]

    async def fetch_async(self) -> Status:
        return self()


def processing(n: int) -> list[Status]:
    return [Status("t1", "processing")] * n


def test_first_check_is_immediate_and_returns_completed() -> None:
    time = FakeTime()
    fetch = Fetcher(time, [Status("t1", "completed")])
    result = poll(fetch, sleep=time.sleep, clock=time.clock)
    assert result.status == "completed"
    assert fetch.calls_at == [1000.0]
    assert time.sleeps == []


def test_intervals_start_at_five_seconds_and_grow_to_the_cap() -> None:
    time = FakeTime()
    fetch = Fetcher(time, [*processing(9), Status("t1", "completed")])
    poll(fetch, sleep=time.sleep, clock=time.clock)
    assert time.sleeps == pytest.approx([5.0, 7.5, 11.25, 16.875, 25.3125, 30.0, 30.0, 30.0, 30.0])


def test_custom_schedule() -> None:
    time = FakeTime()
    fetch = Fetcher(time, [*processing(4), Status("t1", "completed")])
    poll(fetch, interval=1, max_interval=3, backoff=2, sleep=time.sleep, clock=time.clock)
    assert time.sleeps == [1, 2, 3, 3]


def test_failed_raises_with_the_server_message() -> None:
    time = FakeTime()
    failed = Status("t1", "failed", "Content policy violation")
    with pytest.raises(TaskFailedError, match="Content policy violation") as caught:
        poll(Fetcher(time, [*processing(2), failed]), sleep=time.sleep, clock=time.clock)
    assert caught.value.task_id == "t1"
    assert caught.value.message == "Content policy violation"
    assert caught.value.status is failed


def test_failed_without_a_message() -> None:
    time = FakeTime()
    with pytest.raises(TaskFailedError, match="without an error message"):
        poll(Fetcher(time, [Status("t1", "failed")]), sleep=time.sleep, clock=time.clock)


def test_timeout_never_sleeps_past_the_deadline() -> None:
    time = FakeTime()
    fetch = Fetcher(time, processing(1))
    with pytest.raises(TaskTimeoutError) as caught:
        poll(fetch, timeout=20, sleep=time.sleep, clock=time.clock)
    # 5 + 7.5 = 12.5, then only the 7.5 s left instead of 11.25, then a last check at 20 s.
    assert time.sleeps == [5.0, 7.5, 7.5]
    assert fetch.calls_at[-1] == 1020.0
    assert caught.value.waited == 20.0
    assert caught.value.task_id == "t1"
    assert caught.value.last_status == Status("t1", "processing")


def test_no_timeout_waits_until_done() -> None:
    time = FakeTime()
    fetch = Fetcher(time, [*processing(100), Status("t1", "completed")])
    poll(fetch, timeout=None, sleep=time.sleep, clock=time.clock)
    assert len(fetch.calls_at) == 101


def test_progress_after_every_check() -> None:
    time = FakeTime()
    seen: list[tuple[Status, float]] = []
    fetch = Fetcher(time, [*processing(2), Status("t1", "completed")])
    poll(fetch, on_progress=lambda s, e: seen.append((s, e)), sleep=time.sleep, clock=time.clock)
    # The status payload itself, so a callback can read `.status` (and anything else it carries).
    assert [(status.status, elapsed) for status, elapsed in seen] == [
        ("processing", 0.0),
        ("processing", 5.0),
        ("completed", 12.5),
    ]
    assert seen[-1][0] is fetch.states[-1]


def test_enum_statuses_and_unknown_states() -> None:
    class State(enum.Enum):
        PROCESSING = "processing"
        COMPLETED = "completed"

    @dataclass
    class EnumStatus:
        id: str
        status: State

    time = FakeTime()
    states = iter([EnumStatus("t", State.PROCESSING), EnumStatus("t", State.COMPLETED)])
    assert poll(lambda: next(states), sleep=time.sleep, clock=time.clock).status is State.COMPLETED
    queued = Fetcher(time, [Status("t", "queued"), Status("t", "completed")])
    assert poll(queued, sleep=time.sleep, clock=time.clock).status == "completed"


@pytest.mark.parametrize(
    ("interval", "max_interval", "backoff"), [(0, 30, 1.5), (5, 4, 1.5), (5, 30, 0.5)]
)
def test_bad_settings(interval: float, max_interval: float, backoff: float) -> None:
    with pytest.raises(ValueError):
        poll(
            lambda: Status("t", "completed"),
            interval=interval,
            max_interval=max_interval,
            backoff=backoff,
        )


def test_apoll_matches_poll() -> None:
    time = FakeTime()
    seen: list[tuple[Status, float]] = []
    fetch = Fetcher(time, [*processing(3), Status("t1", "completed")])

    async def progress(status: Status, elapsed: float) -> None:
        seen.append((status, elapsed))

    result = asyncio.run(
        apoll(fetch.fetch_async, on_progress=progress, sleep=time.asleep, clock=time.clock)
    )
    assert result.status == "completed"
    assert time.sleeps == pytest.approx([5.0, 7.5, 11.25])
    assert [status.status for status, _ in seen] == ["processing"] * 3 + ["completed"]


def test_apoll_failure_and_timeout() -> None:
    time = FakeTime()
    failed = Fetcher(time, [Status("t1", "failed", "boom")])
    with pytest.raises(TaskFailedError, match="boom"):
        asyncio.run(apoll(failed.fetch_async, sleep=time.asleep, clock=time.clock))
    stuck = Fetcher(time, processing(1))
    with pytest.raises(TaskTimeoutError):
        asyncio.run(apoll(stuck.fetch_async, timeout=10, sleep=time.asleep, clock=time.clock))
    assert time.sleeps[-2:] == [5.0, 5.0]


def test_apoll_does_not_block_the_event_loop() -> None:
    """While one task waits between checks, other coroutines keep running."""
    ticks: list[int] = []

    async def ticker() -> None:
        while True:
            ticks.append(len(ticks))
            await asyncio.sleep(0.001)

    states = iter([*processing(3), Status("t1", "completed")])
    ticks_at_fetch: list[int] = []

    async def fetch() -> Status:
        ticks_at_fetch.append(len(ticks))
        return next(states)

    async def main() -> Status:
        background = asyncio.create_task(ticker())
        try:
            return await apoll(fetch, interval=0.02, max_interval=0.02)
        finally:
            background.cancel()

    assert asyncio.run(main()).status == "completed"
    # The ticker advanced during every wait between two checks.
    assert all(a < b for a, b in itertools.pairwise(ticks_at_fetch))


@pytest.mark.parametrize(
    "settings",
    [
        {"timeout": float("nan")},
        {"timeout": float("inf")},
        {"timeout": -1.0},
        {"interval": float("nan")},
        {"interval": float("inf"), "max_interval": float("inf")},
        {"interval": -1.0},
        {"max_interval": float("nan")},
        {"backoff": float("nan")},
    ],
    ids=str,
)
def test_settings_that_would_never_end_are_refused_before_the_first_check(
    settings: dict[str, float],
) -> None:
    # NaN compares false with everything: unchecked, `timeout=nan` would poll forever. (Here the
    # task completes on the third check, so code that accepts the setting returns instead.)
    time = FakeTime()
    fetch = Fetcher(time, [*processing(2), Status("t", "completed")])
    with pytest.raises(ValueError, match=r"finite|> 0"):
        poll(fetch, sleep=time.sleep, clock=time.clock, **settings)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"finite|> 0"):
        asyncio.run(
            apoll(fetch.fetch_async, sleep=time.asleep, clock=time.clock, **settings)  # type: ignore[arg-type]
        )
    assert fetch.calls_at == []
