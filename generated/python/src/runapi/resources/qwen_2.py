"""Qwen 2 image generation, remix and editing.

Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    AsyncAPIResource,
    AsyncTaskResource,
    ProgressCallback,
    SyncAPIResource,
    SyncTaskResource,
)
from .._types import NOT_GIVEN, NotGiven, Operation
from .._validation import check_body

if TYPE_CHECKING:
    import httpx

    from ..types import qwen_2 as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncQwen2",
    "AsyncRemixImage",
    "AsyncTextToImage",
    "EditImage",
    "Qwen2",
    "RemixImage",
    "TextToImage",
]

OPERATIONS: dict[str, Operation] = {
    "qwen_2.edit_image.create": Operation(
        operation_id="qwen_2.edit_image.create",
        method="POST",
        path="/api/v1/qwen_2/edit_image",
        auth="api_key",
        body="json",
    ),
    "qwen_2.edit_image.get": Operation(
        operation_id="qwen_2.edit_image.get",
        method="GET",
        path="/api/v1/qwen_2/edit_image/{id}",
        auth="api_key",
        body="none",
    ),
    "qwen_2.remix_image.create": Operation(
        operation_id="qwen_2.remix_image.create",
        method="POST",
        path="/api/v1/qwen_2/remix_image",
        auth="api_key",
        body="json",
    ),
    "qwen_2.remix_image.get": Operation(
        operation_id="qwen_2.remix_image.get",
        method="GET",
        path="/api/v1/qwen_2/remix_image/{id}",
        auth="api_key",
        body="none",
    ),
    "qwen_2.text_to_image.create": Operation(
        operation_id="qwen_2.text_to_image.create",
        method="POST",
        path="/api/v1/qwen_2/text_to_image",
        auth="api_key",
        body="json",
    ),
    "qwen_2.text_to_image.get": Operation(
        operation_id="qwen_2.text_to_image.get",
        method="GET",
        path="/api/v1/qwen_2/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
}


class EditImage(SyncTaskResource):
    """Edit image."""

    _namespace = "qwen_2"
    _create_operation = OPERATIONS["qwen_2.edit_image.create"]
    _status_operation = OPERATIONS["qwen_2.edit_image.get"]
    _status_model = "Qwen2EditImageStatus"
    _completed_model = "Qwen2EditImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Qwen 2 edit-image task

        Starts a prompt-guided edit of one source image with `qwen-2-edit-image` and answers `202`
        with
        its id. The edit instruction may be up to 800 characters and the source image is JPEG, PNG
        or
        WebP up to 10 MB; `aspect_ratio` (1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9),
        `output_format`
        (jpeg or png; default png), `seed` and the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/edit_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2EditImageStatus:
        """Get a Qwen 2 edit-image task

        Returns the status of a Qwen 2 edit-image task; `images` is present once it has completed.
        Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/edit_image/{id}`"""
        return self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2EditImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.Qwen2EditImageCompleted:
        """Create a Qwen 2 edit-image task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of qwen_2.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("qwen_2", "qwen_2.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Qwen2EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class RemixImage(SyncTaskResource):
    """Remix image."""

    _namespace = "qwen_2"
    _create_operation = OPERATIONS["qwen_2.remix_image.create"]
    _status_operation = OPERATIONS["qwen_2.remix_image.get"]
    _status_model = "Qwen2RemixImageStatus"
    _completed_model = "Qwen2RemixImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Qwen 2 remix-image task

        Starts a prompt-guided remix of one source image with `qwen-2-remix-image` and answers `202`
        with its id. The prompt may be up to 5000 characters and the source image is JPEG, PNG or
        WebP
        up to 10 MB. Tuning: `strength` 0-1 (default 0.8), `num_inference_steps` 2-250 (default 30),
        `guidance_scale` 0-20 (default 2.5), `acceleration` (none, regular, high; default none),
        `negative_prompt` up to 500 characters, `seed`, `output_format` (png or jpeg; default png).

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/remix_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2RemixImageStatus:
        """Get a Qwen 2 remix-image task

        Returns the status of a Qwen 2 remix-image task; `images` is present once it has completed.
        Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/remix_image/{id}`"""
        return self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2RemixImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.Qwen2RemixImageCompleted:
        """Create a Qwen 2 remix-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of qwen_2.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("qwen_2", "qwen_2.remix_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Qwen2RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "qwen_2"
    _create_operation = OPERATIONS["qwen_2.text_to_image.create"]
    _status_operation = OPERATIONS["qwen_2.text_to_image.get"]
    _status_model = "Qwen2TextToImageStatus"
    _completed_model = "Qwen2TextToImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Qwen 2 text-to-image task

        Starts a Qwen 2 text-to-image task (`qwen-2-text-to-image`) and answers `202` with its id.
        The
        prompt may be up to 800 characters; `aspect_ratio` (1:1, 3:4, 4:3, 9:16, 16:9; default
        16:9),
        `seed`, `output_format` (png or jpeg; default png) and the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2TextToImageStatus:
        """Get a Qwen 2 text-to-image task

        Returns the status of a Qwen 2 text-to-image task; `images` is present once it has
        completed. Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/text_to_image/{id}`"""
        return self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2TextToImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.Qwen2TextToImageCompleted:
        """Create a Qwen 2 text-to-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of qwen_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("qwen_2", "qwen_2.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Qwen2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Qwen2(SyncAPIResource):
    """Qwen 2 image generation, remix and editing."""

    _namespace = "qwen_2"

    @cached_property
    def edit_image(self) -> EditImage:
        return EditImage(self._client)

    @cached_property
    def remix_image(self) -> RemixImage:
        return RemixImage(self._client)

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)


class AsyncEditImage(AsyncTaskResource):
    """Edit image."""

    _namespace = "qwen_2"
    _create_operation = OPERATIONS["qwen_2.edit_image.create"]
    _status_operation = OPERATIONS["qwen_2.edit_image.get"]
    _status_model = "Qwen2EditImageStatus"
    _completed_model = "Qwen2EditImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Qwen 2 edit-image task

        Starts a prompt-guided edit of one source image with `qwen-2-edit-image` and answers `202`
        with
        its id. The edit instruction may be up to 800 characters and the source image is JPEG, PNG
        or
        WebP up to 10 MB; `aspect_ratio` (1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9),
        `output_format`
        (jpeg or png; default png), `seed` and the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/edit_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2EditImageStatus:
        """Get a Qwen 2 edit-image task

        Returns the status of a Qwen 2 edit-image task; `images` is present once it has completed.
        Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/edit_image/{id}`"""
        return await self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2EditImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return await self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    async def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.Qwen2EditImageCompleted:
        """Create a Qwen 2 edit-image task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return await self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of qwen_2.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("qwen_2", "qwen_2.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Qwen2EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncRemixImage(AsyncTaskResource):
    """Remix image."""

    _namespace = "qwen_2"
    _create_operation = OPERATIONS["qwen_2.remix_image.create"]
    _status_operation = OPERATIONS["qwen_2.remix_image.get"]
    _status_model = "Qwen2RemixImageStatus"
    _completed_model = "Qwen2RemixImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Qwen 2 remix-image task

        Starts a prompt-guided remix of one source image with `qwen-2-remix-image` and answers `202`
        with its id. The prompt may be up to 5000 characters and the source image is JPEG, PNG or
        WebP
        up to 10 MB. Tuning: `strength` 0-1 (default 0.8), `num_inference_steps` 2-250 (default 30),
        `guidance_scale` 0-20 (default 2.5), `acceleration` (none, regular, high; default none),
        `negative_prompt` up to 500 characters, `seed`, `output_format` (png or jpeg; default png).

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/remix_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2RemixImageStatus:
        """Get a Qwen 2 remix-image task

        Returns the status of a Qwen 2 remix-image task; `images` is present once it has completed.
        Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/remix_image/{id}`"""
        return await self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2RemixImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return await self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    async def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.Qwen2RemixImageCompleted:
        """Create a Qwen 2 remix-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return await self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of qwen_2.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("qwen_2", "qwen_2.remix_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Qwen2RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "qwen_2"
    _create_operation = OPERATIONS["qwen_2.text_to_image.create"]
    _status_operation = OPERATIONS["qwen_2.text_to_image.get"]
    _status_model = "Qwen2TextToImageStatus"
    _completed_model = "Qwen2TextToImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Qwen 2 text-to-image task

        Starts a Qwen 2 text-to-image task (`qwen-2-text-to-image`) and answers `202` with its id.
        The
        prompt may be up to 800 characters; `aspect_ratio` (1:1, 3:4, 4:3, 9:16, 16:9; default
        16:9),
        `seed`, `output_format` (png or jpeg; default png) and the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2TextToImageStatus:
        """Get a Qwen 2 text-to-image task

        Returns the status of a Qwen 2 text-to-image task; `images` is present once it has
        completed. Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/text_to_image/{id}`"""
        return await self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Qwen2TextToImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return await self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    async def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.Qwen2TextToImageCompleted:
        """Create a Qwen 2 text-to-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return await self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of qwen_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("qwen_2", "qwen_2.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Qwen2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncQwen2(AsyncAPIResource):
    """Qwen 2 image generation, remix and editing."""

    _namespace = "qwen_2"

    @cached_property
    def edit_image(self) -> AsyncEditImage:
        return AsyncEditImage(self._client)

    @cached_property
    def remix_image(self) -> AsyncRemixImage:
        return AsyncRemixImage(self._client)

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)
