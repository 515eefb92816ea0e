"""GPT-4o image generation.

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

    from ..types import gpt_4o_image as types
    from ..types.shared import TaskAccepted

__all__ = ["AsyncGpt4oImage", "AsyncTextToImage", "Gpt4oImage", "TextToImage"]

OPERATIONS: dict[str, Operation] = {
    "gpt_4o_image.text_to_image.create": Operation(
        operation_id="gpt_4o_image.text_to_image.create",
        method="POST",
        path="/api/v1/gpt_4o_image/text_to_image",
        auth="api_key",
        body="json",
    ),
    "gpt_4o_image.text_to_image.get": Operation(
        operation_id="gpt_4o_image.text_to_image.get",
        method="GET",
        path="/api/v1/gpt_4o_image/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
}


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "gpt_4o_image"
    _create_operation = OPERATIONS["gpt_4o_image.text_to_image.create"]
    _status_operation = OPERATIONS["gpt_4o_image.text_to_image.get"]
    _status_model = "Gpt4oImageTextToImageStatus"
    _completed_model = "Gpt4oImageTextToImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a GPT-4o Image task

        Starts a GPT-4o Image (`gpt-4o-image`) task and answers `202` with its id. One endpoint
        covers prompt-only generation, image-guided generation from up to 5 `source_image_urls`,
        selective changes with a `mask_url`, and variants (`output_count` 1, 2 or 4). `prompt` is
        required when `source_image_urls` is blank; `aspect_ratio` (1:1, 3:2, 2:3) is always
        required. Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - prompt is required when source_image_urls is blank

        `POST /api/v1/gpt_4o_image/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Gpt4oImageTextToImageStatus:
        """Get a GPT-4o Image task

        Returns the status of a GPT-4o Image task, its `progress` while processing, and `images`
        once it has completed.

        `GET /api/v1/gpt_4o_image/text_to_image/{id}`"""
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
    ) -> types.Gpt4oImageTextToImageCompleted:
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
    ) -> types.Gpt4oImageTextToImageCompleted:
        """Create a GPT-4o Image task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of gpt_4o_image.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gpt_4o_image", "gpt_4o_image.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Gpt4oImageTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Gpt4oImage(SyncAPIResource):
    """GPT-4o image generation."""

    _namespace = "gpt_4o_image"

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "gpt_4o_image"
    _create_operation = OPERATIONS["gpt_4o_image.text_to_image.create"]
    _status_operation = OPERATIONS["gpt_4o_image.text_to_image.get"]
    _status_model = "Gpt4oImageTextToImageStatus"
    _completed_model = "Gpt4oImageTextToImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a GPT-4o Image task

        Starts a GPT-4o Image (`gpt-4o-image`) task and answers `202` with its id. One endpoint
        covers prompt-only generation, image-guided generation from up to 5 `source_image_urls`,
        selective changes with a `mask_url`, and variants (`output_count` 1, 2 or 4). `prompt` is
        required when `source_image_urls` is blank; `aspect_ratio` (1:1, 3:2, 2:3) is always
        required. Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - prompt is required when source_image_urls is blank

        `POST /api/v1/gpt_4o_image/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Gpt4oImageTextToImageStatus:
        """Get a GPT-4o Image task

        Returns the status of a GPT-4o Image task, its `progress` while processing, and `images`
        once it has completed.

        `GET /api/v1/gpt_4o_image/text_to_image/{id}`"""
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
    ) -> types.Gpt4oImageTextToImageCompleted:
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
    ) -> types.Gpt4oImageTextToImageCompleted:
        """Create a GPT-4o Image task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of gpt_4o_image.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gpt_4o_image", "gpt_4o_image.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Gpt4oImageTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncGpt4oImage(AsyncAPIResource):
    """GPT-4o image generation."""

    _namespace = "gpt_4o_image"

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)
