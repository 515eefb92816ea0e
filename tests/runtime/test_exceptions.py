"""Error answers map to one exception class per documented status."""

from __future__ import annotations

import httpx
import pytest
from runapi._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    RunAPIError,
    ServiceUnavailableError,
    TaskFailedError,
    TaskTimeoutError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
    ValidationError,
    make_status_error,
)

from ._helpers import API_KEY

REQUEST = httpx.Request(
    "POST", "https://runapi.ai/api/v1/x", headers={"Authorization": f"Bearer {API_KEY}"}
)


def response(status: int, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, request=REQUEST, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, InsufficientCreditsError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (408, RequestTimeoutError),
        (413, PayloadTooLargeError),
        (415, UnsupportedMediaTypeError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, ServiceUnavailableError),
        (504, InternalServerError),
        (531, InternalServerError),
        (409, APIStatusError),
        (418, APIStatusError),
    ],
)
def test_every_status_maps_to_its_class(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error(response(status, json={"error": "server says no"}))
    assert type(error) is cls
    assert isinstance(error, RunAPIError)
    assert error.status_code == status
    assert error.message == "server says no"
    assert error.request is REQUEST
    assert str(error) == f"HTTP {status}: server says no"


def test_service_unavailable_is_an_internal_server_error() -> None:
    assert issubclass(ServiceUnavailableError, InternalServerError)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"error": "Insufficient credits"}, "Insufficient credits"),
        ({"error": {"message": "bad model", "type": "invalid_request_error"}}, "bad model"),
        ({"type": "error", "error": {"type": "overloaded", "message": "Overloaded"}}, "Overloaded"),
        ({"message": "plain"}, "plain"),
    ],
)
def test_message_shapes(body: object, message: str) -> None:
    assert make_status_error(response(400, json=body)).message == message


def test_non_json_body_is_quoted_and_truncated() -> None:
    error = make_status_error(response(502, text="<html>" + "x" * 5000))
    assert error.message.startswith("Bad Gateway - <html>")
    assert len(error.message) < 600
    assert error.body is not None


def test_empty_body() -> None:
    error = make_status_error(response(500))
    assert error.message == "Internal Server Error"
    assert error.body is None


def test_request_id_header() -> None:
    error = make_status_error(response(429, json={"error": "slow"}, headers={"x-request-id": "r1"}))
    assert error.request_id == "r1"
    assert str(error) == "HTTP 429: slow (request id r1)"
    assert make_status_error(response(429, json={})).request_id is None


def test_the_key_never_appears() -> None:
    error = make_status_error(response(401, json={"error": "Unauthorized"}))
    assert API_KEY not in str(error) + repr(error) + repr(error.request) + repr(error.args)


def test_validation_error_lists_every_problem() -> None:
    error = ValidationError("kling.text_to_video.create", ["prompt is required", "duration > 10"])
    assert isinstance(error, ValueError) and isinstance(error, RunAPIError)
    assert error.problems == ["prompt is required", "duration > 10"]
    text = str(error)
    assert "kling.text_to_video.create" in text and "2 problems" in text
    assert "  - prompt is required" in text and "  - duration > 10" in text
    assert "1 problem)" in str(ValidationError("x.y", ["one"]))


def test_task_errors() -> None:
    payload = {"id": "t1", "status": "failed", "error": "Content policy"}
    failed = TaskFailedError("t1", "Content policy", payload)
    assert (failed.task_id, failed.message, failed.status) == ("t1", "Content policy", payload)
    assert "Content policy" in str(failed) and "t1" in str(failed)
    timed_out = TaskTimeoutError("t2", 900.0, {"status": "processing"})
    assert (timed_out.task_id, timed_out.waited) == ("t2", 900.0)
    assert timed_out.last_status == {"status": "processing"}
    assert "900.0 s" in str(timed_out)


def test_an_unreadable_answer_keeps_status_request_id_and_a_clipped_body() -> None:
    from runapi._exceptions import APIError, APIResponseValidationError

    page = "<html>" + "x" * 10_000 + "</html>"
    answer = response(202, text=page, headers={"x-request-id": "req_42"})
    error = APIResponseValidationError("the answer is not JSON", response=answer, body=page)
    assert isinstance(error, APIError) and not isinstance(error, APIStatusError)
    assert error.status_code == 202 and error.request_id == "req_42"
    assert error.response is answer and error.request is REQUEST
    assert error.body is not None
    assert error.body.startswith("<html>xxx") and error.body.endswith("(6013 more characters)")
    assert str(error) == "HTTP 202: the answer is not JSON (request id req_42)"


def test_an_incomplete_result_names_the_task_and_what_it_lacks() -> None:
    from runapi._exceptions import APIResponseValidationError, IncompleteResultError

    answer = response(200, json={"id": "t1", "status": "completed"})
    error = IncompleteResultError(
        task_id="t1", missing=("videos", "id"), response=answer, status="completed"
    )
    assert isinstance(error, APIResponseValidationError)
    assert (error.task_id, error.missing, error.task_status) == (
        "t1",
        ("videos", "id"),
        "completed",
    )
    assert str(error) == "HTTP 200: task t1 is completed but its answer lacks videos, id"
    unread = IncompleteResultError(task_id="t1", missing=("status",), response=answer)
    assert "has no readable status" in str(unread)
