"""The retry decision and the delay, as pure functions: the whole policy table."""

from __future__ import annotations

import email.utils
import itertools
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st
from runapi._base_client import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    FailureKind,
    retry_delay,
    should_retry,
)

IDEMPOTENT = ["GET", "DELETE", "PATCH", "get", "patch"]
RETRYABLE_STATUSES = {408, 429, 500, 502, 503, 504}
ALL_STATUSES = [*range(400, 432), *range(500, 512), 520, 531, 599]
KINDS: tuple[FailureKind, ...] = get_args(FailureKind)


def expected(method: str, outcome: int | FailureKind) -> bool:
    """The README's policy, written out independently of the implementation."""
    if outcome == "fatal":
        return False
    if method.upper() in {"GET", "DELETE", "PATCH"}:
        return outcome in RETRYABLE_STATUSES or isinstance(outcome, str)
    return outcome in ("connect", 429)


@pytest.mark.parametrize(
    ("method", "outcome"),
    list(itertools.product([*IDEMPOTENT, "POST", "post", "PUT"], [*ALL_STATUSES, *KINDS])),
)
def test_policy_table(method: str, outcome: int | FailureKind) -> None:
    assert should_retry(method, outcome, 0, 2) is expected(method, outcome)


@pytest.mark.parametrize("outcome", ["timeout", "disconnect", 500, 502, 503, 504, 408])
def test_post_is_never_retried_after_the_request_may_have_been_processed(
    outcome: int | FailureKind,
) -> None:
    assert not should_retry("POST", outcome, 0, 10)


@pytest.mark.parametrize("outcome", ["connect", 429])
def test_post_is_retried_when_the_server_provably_did_not_act(outcome: int | FailureKind) -> None:
    assert should_retry("POST", outcome, 0, 2)


@pytest.mark.parametrize(("attempt", "max_retries"), [(0, 0), (1, 1), (2, 2), (5, 2)])
def test_max_retries_is_a_hard_limit(attempt: int, max_retries: int) -> None:
    outcomes: list[int | FailureKind] = ["connect", 429, 503]
    for method, outcome in itertools.product(["GET", "POST"], outcomes):
        assert not should_retry(method, outcome, attempt, max_retries)


def test_retries_below_the_limit() -> None:
    assert should_retry("GET", 503, 0, 2)
    assert should_retry("GET", 503, 1, 2)
    assert not should_retry("GET", 503, 2, 2)


@given(attempt=st.integers(min_value=0, max_value=200), rand=st.floats(0.0, 1.0))
def test_backoff_is_full_jitter_within_bounds(attempt: int, rand: float) -> None:
    ceiling = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2**attempt)
    delay = retry_delay(attempt, None, rand=lambda: rand)
    assert 0.0 <= delay <= ceiling
    assert delay == pytest.approx(ceiling * rand)


def test_backoff_doubles_from_half_a_second_up_to_eight() -> None:
    ceilings = [retry_delay(attempt, rand=lambda: 1.0) for attempt in range(7)]
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


@pytest.mark.parametrize(
    ("header", "delay"),
    [("3", 3.0), ("0", 0.0), (" 2.5 ", 2.5), ("60", 60.0), ("61", 60.0), ("86400", 60.0)],
)
def test_retry_after_seconds(header: str, delay: float) -> None:
    assert retry_delay(0, header, now=0.0, rand=lambda: 1.0) == delay


def test_retry_after_http_date() -> None:
    now = 1_767_225_600.0
    header = email.utils.formatdate(now + 12, usegmt=True)
    assert retry_delay(0, header, now=now) == pytest.approx(12.0)


def test_retry_after_date_is_capped_and_never_negative() -> None:
    now = 1_767_225_600.0
    assert retry_delay(0, email.utils.formatdate(now + 3600, usegmt=True), now=now) == 60.0
    assert retry_delay(0, email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert MAX_RETRY_AFTER == 60.0


@pytest.mark.parametrize("header", ["soon", "", "nan", "inf", "Mon, 99 Foo 2025"])
def test_unreadable_retry_after_falls_back_to_backoff(header: str) -> None:
    assert retry_delay(2, header, now=0.0, rand=lambda: 0.5) == 1.0
