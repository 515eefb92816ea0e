"""Behaviour shared by every generated resource: validate, send, parse, wait, verify callbacks.

Generated resource classes only declare their operations and name their models; the logic lives
here once, in a sync and an async twin. Models are named, not imported: a group's resources load
without pydantic, and the response models (and pydantic) load with the first answer to parse.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ._answers import (
    accepted_task,
    answer_text,
    is_event_stream,
    json_of,
    not_an_event_stream,
    parse_answer,
)
from ._exceptions import IncompleteResultError, WebhookVerificationError
from ._polling import ProgressCallback, apoll, check_schedule, poll
from ._types import NOT_GIVEN, NotGiven, Operation
from ._validation import check_payload

if TYPE_CHECKING:
    import httpx

    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._models import BaseModel
    from ._streaming import AsyncStream, Stream
    from .types.shared import TaskAccepted

ModelT = TypeVar("ModelT", bound="BaseModel")
StatusT = TypeVar("StatusT", bound="BaseModel")
CompletedT = TypeVar("CompletedT", bound="BaseModel")

__all__ = [
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "AsyncAPIResource",
    "AsyncTaskResource",
    "ProgressCallback",
    "SyncAPIResource",
    "SyncTaskResource",
    "model_class",
    "parse_model",
]

DEFAULT_WAIT_TIMEOUT = 900.0
DEFAULT_POLL_INTERVAL = 5.0  # the reference's cadence
DEFAULT_MAX_POLL_INTERVAL = 30.0


@cache
def model_class(namespace: str, name: str) -> Any:
    """The response model `name` of `runapi.types.<namespace>` (or of the shared models),
    imported on first use."""
    module = importlib.import_module(f"{__package__}.types.{namespace}")
    found = getattr(module, name, None)
    if found is None:
        found = getattr(importlib.import_module(f"{__package__}.types.shared"), name)
    return found


def parse_model(model: type[ModelT], data: Any) -> ModelT:
    """Validate `data` into `model`, keeping values the spec does not describe yet (a new enum
    value, say) while everything else stays typed; see `_models.parse_model`."""
    from ._models import parse_model as lenient_parse

    return lenient_parse(model, data)


def _event_parser(model: Any) -> Callable[[str | None, Any], Any]:
    from ._models import parse_value

    def parse(_event: str | None, data: Any) -> Any:
        return parse_value(model, data)

    return parse


class _Request:
    """What one call sends, after validation: JSON body, form fields and files, headers."""

    def __init__(
        self,
        resource: _ResourceBase,
        operation: Operation,
        body: Mapping[str, Any] | None,
        *,
        binary_fields: frozenset[str] = frozenset(),
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        payload = {k: v for k, v in (body or {}).items() if not isinstance(v, NotGiven)}
        if body is not None and resource._validates:
            check_payload(resource._namespace, operation.operation_id, _for_validation(payload))
        payload.update(extra_body or {})
        self.json: Any = None
        self.files: dict[str, Any] | None = None
        self.data: dict[str, Any] | None = None
        if operation.body == "multipart":
            self.files = {k: v for k, v in payload.items() if k in binary_fields}
            self.data = {k: _form_value(v) for k, v in payload.items() if k not in binary_fields}
        elif operation.body == "json":
            self.json = payload


def _given(query: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Query parameters the caller set (NOT_GIVEN ones are left out)."""
    if not query:
        return None
    return {k: v for k, v in query.items() if not isinstance(v, NotGiven)}


_PLAIN = (str, int, float, bool, list, dict, type(None))


def _for_validation(payload: dict[str, Any]) -> dict[str, Any]:
    # File objects are validated as present strings (the schema says `format: binary`).
    if all(isinstance(v, _PLAIN) for v in payload.values()):
        return payload  # nothing to stand in for (every JSON body): no copy
    return {
        k: v if isinstance(v, str | int | float | bool | list | dict) or v is None else ""
        for k, v in payload.items()
    }


def _form_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


class _ResourceBase:
    _namespace: ClassVar[str] = ""

    def _model(self, name: str) -> Any:
        return model_class(self._namespace, name)

    def _event_type(self, names: tuple[str, ...]) -> Any:
        kinds = [self._model(name) for name in names]
        union = kinds[0]
        for kind in kinds[1:]:
            union = union | kind
        return union

    @property
    def _validates(self) -> bool:
        return bool(self._client.validate_requests)

    _client: Any


class SyncAPIResource(_ResourceBase):
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _send(
        self,
        operation: Operation,
        *,
        body: Mapping[str, Any] | None = None,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        binary_fields: frozenset[str] = frozenset(),
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> httpx.Response:
        request = _Request(
            self, operation, body, binary_fields=binary_fields, extra_body=extra_body
        )
        response: httpx.Response = self._client.request(
            operation,
            path_params=path_params,
            query=_given(query),
            json=request.json,
            files=request.files,
            data=request.data,
            headers=extra_headers,
            timeout=timeout,
        )
        return response

    def _call(self, operation: Operation, model: str, **kwargs: Any) -> Any:
        response = self._send(operation, **kwargs)
        return parse_answer(self._model(model), response, json_of(response))

    def _call_empty(self, operation: Operation, **kwargs: Any) -> None:
        self._send(operation, **kwargs)

    def _stream(self, operation: Operation, event: tuple[str, ...], **kwargs: Any) -> Stream[Any]:
        request = _Request(self, operation, kwargs.get("body"), extra_body=kwargs.get("extra_body"))
        response = self._client.request(
            operation,
            path_params=kwargs.get("path_params"),
            query=_given(kwargs.get("query")),
            json=request.json,
            headers=kwargs.get("extra_headers"),
            timeout=kwargs.get("timeout", NOT_GIVEN),
            stream=True,
        )
        if not is_event_stream(response):
            try:
                response.read()
            except Exception:  # the error below is raised with what could be read
                pass
            finally:
                response.close()
            raise not_an_event_stream(response)
        from ._streaming import Stream  # streaming operations only

        return Stream(response, _event_parser(self._event_type(event)))


class AsyncAPIResource(_ResourceBase):
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _send(
        self,
        operation: Operation,
        *,
        body: Mapping[str, Any] | None = None,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        binary_fields: frozenset[str] = frozenset(),
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> httpx.Response:
        request = _Request(
            self, operation, body, binary_fields=binary_fields, extra_body=extra_body
        )
        response: httpx.Response = await self._client.request(
            operation,
            path_params=path_params,
            query=_given(query),
            json=request.json,
            files=request.files,
            data=request.data,
            headers=extra_headers,
            timeout=timeout,
        )
        return response

    async def _call(self, operation: Operation, model: str, **kwargs: Any) -> Any:
        response = await self._send(operation, **kwargs)
        return parse_answer(self._model(model), response, json_of(response))

    async def _call_empty(self, operation: Operation, **kwargs: Any) -> None:
        await self._send(operation, **kwargs)

    async def _stream(
        self, operation: Operation, event: tuple[str, ...], **kwargs: Any
    ) -> AsyncStream[Any]:
        request = _Request(self, operation, kwargs.get("body"), extra_body=kwargs.get("extra_body"))
        response = await self._client.request(
            operation,
            path_params=kwargs.get("path_params"),
            query=_given(kwargs.get("query")),
            json=request.json,
            headers=kwargs.get("extra_headers"),
            timeout=kwargs.get("timeout", NOT_GIVEN),
            stream=True,
        )
        if not is_event_stream(response):
            try:
                await response.aread()
            except Exception:  # the error below is raised with what could be read
                pass
            finally:
                await response.aclose()
            raise not_an_event_stream(response)
        from ._streaming import AsyncStream  # streaming operations only

        return AsyncStream(response, _event_parser(self._event_type(event)))


# ---------------------------------------------------------------------------------------------
# Tasks: create, get, wait and run
# ---------------------------------------------------------------------------------------------


class _StatusAnswer:
    """The last status answer of a wait: its JSON and response, for the result check."""

    __slots__ = ("data", "response")

    def __init__(self) -> None:
        self.data: Any = None
        self.response: httpx.Response | None = None


def _wait_settings(wait: Mapping[str, Any]) -> None:
    """Check the wait options before anything is sent (`run` must not create a task it then
    refuses to wait for)."""
    check_schedule(
        interval=wait["poll_interval"],
        max_interval=wait["max_poll_interval"],
        timeout=wait["timeout"],
    )


def _request_options(extra_headers: Mapping[str, str] | None, timeout: Any) -> dict[str, Any]:
    return {"extra_headers": extra_headers, "timeout": timeout}


def _callback_object(raw_body: bytes | str) -> dict[str, Any]:
    """A verified callback's body as a JSON object; anything else is refused like a bad signature,
    so a receiver has one error to answer 400 on."""
    try:
        text = raw_body.decode("utf-8") if isinstance(raw_body, bytes) else raw_body
        data = json.loads(text)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are both ValueErrors
        raise WebhookVerificationError("the callback body is not a JSON object") from None
    if not isinstance(data, dict):
        raise WebhookVerificationError("the callback body is not a JSON object")
    return data


class _TaskMixin(Generic[StatusT, CompletedT]):
    """Declarations a generated task resource fills in."""

    _create_operation: ClassVar[Operation]
    _status_operation: ClassVar[Operation]
    _status_model: ClassVar[str]  # names in runapi.types.<namespace>
    _completed_model: ClassVar[str]
    _namespace: ClassVar[str]

    def _status_class(self) -> type[StatusT]:
        return model_class(self._namespace, self._status_model)  # type: ignore[no-any-return]

    def _completed_class(self) -> type[CompletedT]:
        return model_class(self._namespace, self._completed_model)  # type: ignore[no-any-return]

    def _parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        secret: str,
        tolerance: float,
    ) -> StatusT:
        from . import webhooks  # callback verification only: base64 and hmac come with it

        webhooks.verify(raw_body, headers, secret, tolerance=tolerance)
        return parse_model(self._status_class(), _callback_object(raw_body))

    def _status(self, task_id: str, response: httpx.Response, last: _StatusAnswer) -> StatusT:
        """A polled status; an answer without a readable `status` cannot be waited on."""
        from ._models import missing_fields

        data = json_of(response)
        last.data, last.response = data, response
        state = data.get("status") if isinstance(data, dict) else None
        if not isinstance(state, str) or not state:
            missing = missing_fields(self._status_class(), data) or ("status",)
            raise IncompleteResultError(
                task_id=task_id, missing=missing, response=response, body=answer_text(response)
            )
        return parse_answer(self._status_class(), response, data)

    def _completed(self, task_id: str, last: _StatusAnswer) -> CompletedT:
        """The completed result, or IncompleteResultError naming what it lacks."""
        from ._models import missing_fields

        assert last.response is not None  # a wait returns only after a status answer
        model = self._completed_class()
        missing = missing_fields(model, last.data)
        if missing:
            raise IncompleteResultError(
                task_id=task_id,
                missing=missing,
                response=last.response,
                body=answer_text(last.response),
                status="completed",
            )
        return parse_answer(model, last.response, last.data)


class SyncTaskResource(SyncAPIResource, _TaskMixin[StatusT, CompletedT]):
    def _create_task(self, body: Mapping[str, Any], **options: Any) -> TaskAccepted:
        response = self._send(self._create_operation, body=body, **options)
        return accepted_task(response, self._model("TaskAccepted"))

    def _get_task(self, task_id: str, **options: Any) -> StatusT:
        status: StatusT = self._call(
            self._status_operation, self._status_model, path_params={"id": task_id}, **options
        )
        return status

    def _wait_task(
        self,
        task_id: str,
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        on_progress: ProgressCallback | None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> CompletedT:
        last = _StatusAnswer()
        options = _request_options(extra_headers, request_timeout)

        def fetch() -> StatusT:
            response = self._send(self._status_operation, path_params={"id": task_id}, **options)
            return self._status(task_id, response, last)

        poll(
            fetch,
            interval=poll_interval,
            max_interval=max_poll_interval,
            timeout=timeout,
            on_progress=on_progress,
        )
        return self._completed(task_id, last)

    def _run_task(
        self, body: Mapping[str, Any], *, wait: dict[str, Any], **options: Any
    ) -> CompletedT:
        _wait_settings(wait)
        accepted = self._create_task(body, **options)
        return self._wait_task(
            accepted.id,
            **wait,
            extra_headers=options.get("extra_headers"),
            request_timeout=options.get("timeout", NOT_GIVEN),
        )


class AsyncTaskResource(AsyncAPIResource, _TaskMixin[StatusT, CompletedT]):
    async def _create_task(self, body: Mapping[str, Any], **options: Any) -> TaskAccepted:
        response = await self._send(self._create_operation, body=body, **options)
        return accepted_task(response, self._model("TaskAccepted"))

    async def _get_task(self, task_id: str, **options: Any) -> StatusT:
        status: StatusT = await self._call(
            self._status_operation, self._status_model, path_params={"id": task_id}, **options
        )
        return status

    async def _wait_task(
        self,
        task_id: str,
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        on_progress: ProgressCallback | None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> CompletedT:
        last = _StatusAnswer()
        options = _request_options(extra_headers, request_timeout)

        async def fetch() -> StatusT:
            response = await self._send(
                self._status_operation, path_params={"id": task_id}, **options
            )
            return self._status(task_id, response, last)

        await apoll(
            fetch,
            interval=poll_interval,
            max_interval=max_poll_interval,
            timeout=timeout,
            on_progress=on_progress,
        )
        return self._completed(task_id, last)

    async def _run_task(
        self, body: Mapping[str, Any], *, wait: dict[str, Any], **options: Any
    ) -> CompletedT:
        _wait_settings(wait)
        accepted = await self._create_task(body, **options)
        return await self._wait_task(
            accepted.id,
            **wait,
            extra_headers=options.get("extra_headers"),
            request_timeout=options.get("timeout", NOT_GIVEN),
        )
