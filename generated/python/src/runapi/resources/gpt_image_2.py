"""GPT Image 2 generation and editing.

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

    from ..types import gpt_image_2 as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncGptImage2",
    "AsyncTextToImage",
    "EditImage",
    "GptImage2",
    "TextToImage",
]

OPERATIONS: dict[str, Operation] = {
    "gpt_image_2.edit_image.create": Operation(
        operation_id="gpt_image_2.edit_image.create",
        method="POST",
        path="/api/v1/gpt_image_2/edit_image",
        auth="api_key",
        body="json",
    ),
    "gpt_image_2.edit_image.get": Operation(
        operation_id="gpt_image_2.edit_image.get",
        method="GET",
        path="/api/v1/gpt_image_2/edit_image/{id}",
        auth="api_key",
        body="none",
    ),
    "gpt_image_2.text_to_image.create": Operation(
        operation_id="gpt_image_2.text_to_image.create",
        method="POST",
        path="/api/v1/gpt_image_2/text_to_image",
        auth="api_key",
        body="json",
    ),
    "gpt_image_2.text_to_image.get": Operation(
        operation_id="gpt_image_2.text_to_image.get",
        method="GET",
        path="/api/v1/gpt_image_2/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
}


class EditImage(SyncTaskResource):
    """Edit image."""

    _namespace = "gpt_image_2"
    _create_operation = OPERATIONS["gpt_image_2.edit_image.create"]
    _status_operation = OPERATIONS["gpt_image_2.edit_image.get"]
    _status_model = "GptImage2EditImageStatus"
    _completed_model = "GptImage2EditImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a GPT Image 2 editing task

        Starts a GPT Image 2 (`gpt-image-2`) image-editing task from up to 16 `source_image_urls`
        and answers `202` with its id. Resolution rules: a 1:1 image cannot be 4k, and when
        `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked status operation
        or pass `callback_url`.

        Rules checked before sending:
        - A 1:1 image cannot be 4k
        - auto/unset aspect_ratio only supports 1k output_resolution.

        `POST /api/v1/gpt_image_2/edit_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.GptImage2EditImageStatus:
        """Get a GPT Image 2 editing task

        Returns the status of a GPT Image 2 editing task; `images` is present once it has completed.

        `GET /api/v1/gpt_image_2/edit_image/{id}`"""
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
    ) -> types.GptImage2EditImageCompleted:
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
    ) -> types.GptImage2EditImageCompleted:
        """Create a GPT Image 2 editing task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of gpt_image_2.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gpt_image_2", "gpt_image_2.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.GptImage2EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "gpt_image_2"
    _create_operation = OPERATIONS["gpt_image_2.text_to_image.create"]
    _status_operation = OPERATIONS["gpt_image_2.text_to_image.get"]
    _status_model = "GptImage2TextToImageStatus"
    _completed_model = "GptImage2TextToImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a GPT Image 2 text-to-image task

        Starts a GPT Image 2 (`gpt-image-2`) text-to-image task and answers `202` with its id. The
        prompt may hold up to 20,000 characters; `aspect_ratio` (auto, 1:1, 9:16, 16:9, 4:3, 3:4)
        and `output_resolution` (1k, 2k, 4k) are optional. Resolution rules: a 1:1 image cannot be
        4k, and when `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked
        status operation or pass `callback_url`.

        Rules checked before sending:
        - A 1:1 image cannot be 4k
        - auto/unset aspect_ratio only supports 1k output_resolution.

        `POST /api/v1/gpt_image_2/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.GptImage2TextToImageStatus:
        """Get a GPT Image 2 text-to-image task

        Returns the status of a GPT Image 2 text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/gpt_image_2/text_to_image/{id}`"""
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
    ) -> types.GptImage2TextToImageCompleted:
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
    ) -> types.GptImage2TextToImageCompleted:
        """Create a GPT Image 2 text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

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
        """Check a `create` body against every rule of gpt_image_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gpt_image_2", "gpt_image_2.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.GptImage2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class GptImage2(SyncAPIResource):
    """GPT Image 2 generation and editing."""

    _namespace = "gpt_image_2"

    @cached_property
    def edit_image(self) -> EditImage:
        return EditImage(self._client)

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)


class AsyncEditImage(AsyncTaskResource):
    """Edit image."""

    _namespace = "gpt_image_2"
    _create_operation = OPERATIONS["gpt_image_2.edit_image.create"]
    _status_operation = OPERATIONS["gpt_image_2.edit_image.get"]
    _status_model = "GptImage2EditImageStatus"
    _completed_model = "GptImage2EditImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a GPT Image 2 editing task

        Starts a GPT Image 2 (`gpt-image-2`) image-editing task from up to 16 `source_image_urls`
        and answers `202` with its id. Resolution rules: a 1:1 image cannot be 4k, and when
        `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked status operation
        or pass `callback_url`.

        Rules checked before sending:
        - A 1:1 image cannot be 4k
        - auto/unset aspect_ratio only supports 1k output_resolution.

        `POST /api/v1/gpt_image_2/edit_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.GptImage2EditImageStatus:
        """Get a GPT Image 2 editing task

        Returns the status of a GPT Image 2 editing task; `images` is present once it has completed.

        `GET /api/v1/gpt_image_2/edit_image/{id}`"""
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
    ) -> types.GptImage2EditImageCompleted:
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
    ) -> types.GptImage2EditImageCompleted:
        """Create a GPT Image 2 editing task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of gpt_image_2.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gpt_image_2", "gpt_image_2.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.GptImage2EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "gpt_image_2"
    _create_operation = OPERATIONS["gpt_image_2.text_to_image.create"]
    _status_operation = OPERATIONS["gpt_image_2.text_to_image.get"]
    _status_model = "GptImage2TextToImageStatus"
    _completed_model = "GptImage2TextToImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a GPT Image 2 text-to-image task

        Starts a GPT Image 2 (`gpt-image-2`) text-to-image task and answers `202` with its id. The
        prompt may hold up to 20,000 characters; `aspect_ratio` (auto, 1:1, 9:16, 16:9, 4:3, 3:4)
        and `output_resolution` (1k, 2k, 4k) are optional. Resolution rules: a 1:1 image cannot be
        4k, and when `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked
        status operation or pass `callback_url`.

        Rules checked before sending:
        - A 1:1 image cannot be 4k
        - auto/unset aspect_ratio only supports 1k output_resolution.

        `POST /api/v1/gpt_image_2/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.GptImage2TextToImageStatus:
        """Get a GPT Image 2 text-to-image task

        Returns the status of a GPT Image 2 text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/gpt_image_2/text_to_image/{id}`"""
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
    ) -> types.GptImage2TextToImageCompleted:
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
    ) -> types.GptImage2TextToImageCompleted:
        """Create a GPT Image 2 text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

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
        """Check a `create` body against every rule of gpt_image_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gpt_image_2", "gpt_image_2.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.GptImage2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncGptImage2(AsyncAPIResource):
    """GPT Image 2 generation and editing."""

    _namespace = "gpt_image_2"

    @cached_property
    def edit_image(self) -> AsyncEditImage:
        return AsyncEditImage(self._client)

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)
