"""Reading answers: anything but the documented JSON is an `APIResponseValidationError`.

The request was sent (and may have started billed work) even when its answer is unusable, so
the caller must hear that, with the status, the raw text and the request id, rather than get a
bare `json.JSONDecodeError` or an `AttributeError` later.
"""

from __future__ import annotations

import functools
import types
from typing import TYPE_CHECKING, Any, TypeVar

from ._exceptions import APIResponseValidationError

if TYPE_CHECKING:
    import httpx
    import pydantic

    from .types.shared import TaskAccepted

__all__ = [
    "accepted_task",
    "answer_text",
    "is_event_stream",
    "json_of",
    "not_an_event_stream",
    "parse_answer",
]

ModelT = TypeVar("ModelT", bound="pydantic.BaseModel")

# Characters of an unreadable answer quoted in the message (all of it, clipped, is on `.body`).
_PREVIEW = 200


def answer_text(response: httpx.Response) -> str | None:
    """The answer's text, or None when its charset cannot decode it."""
    try:
        return response.text
    except Exception:  # an unknown or broken charset: no text to show
        return None


def json_of(response: httpx.Response) -> Any:
    """The answer's JSON value."""
    try:
        return response.json()
    except ValueError:  # JSONDecodeError, or bytes that are not UTF-8
        text = answer_text(response)
        content_type = response.headers.get("content-type", "no Content-Type")
        what = f"not JSON ({content_type}): {text[:_PREVIEW]!r}" if text else "empty"
        raise APIResponseValidationError(
            f"the answer is {what}", response=response, body=text
        ) from None


@functools.cache
def _parsing() -> types.ModuleType:
    """`_models` (and with it pydantic), imported on the first answer to parse; a cached
    lookup after that, where an import statement costs a microsecond on every call."""
    from . import _models

    return _models


def parse_answer(model: type[ModelT], response: httpx.Response, data: Any) -> ModelT:
    """`data` (the answer's JSON) as `model`, leniently (see `_models.parse_model`)."""
    models = _parsing()
    try:
        parsed: ModelT = models.parse_model(model, data)
        return parsed
    except models.UnreadableAnswer as exc:
        raise APIResponseValidationError(
            f"the answer is not the documented {model.__name__}: {exc}",
            response=response,
            body=answer_text(response),
        ) from None


def accepted_task(response: httpx.Response, model: type[TaskAccepted]) -> TaskAccepted:
    """A create's answer, as `model` (the group's `TaskAccepted`); without a task id the task
    exists but cannot be followed."""
    data = json_of(response)
    accepted = parse_answer(model, response, data)
    if _parsing().missing_fields(model, data) or not accepted.id:
        raise APIResponseValidationError(
            "the task was created but the answer has no task id; look the task up before "
            "creating it again",
            response=response,
            body=answer_text(response),
        )
    return accepted


def is_event_stream(response: httpx.Response) -> bool:
    """Whether a 2xx answer to a streaming call is an event stream (or says nothing else)."""
    content_type = response.headers.get("content-type", "")
    return not content_type or content_type.split(";")[0].strip().lower() == "text/event-stream"


def not_an_event_stream(response: httpx.Response) -> APIResponseValidationError:
    """The error for a streaming call answered with something else (the body read already)."""
    content_type = response.headers.get("content-type", "")
    return APIResponseValidationError(
        f"the answer to a streaming call is {content_type}, not an event stream",
        response=response,
        body=answer_text(response),
    )
