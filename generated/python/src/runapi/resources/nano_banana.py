"""Nano Banana image generation and editing.

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

    from ..types import nano_banana as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncNanoBanana",
    "AsyncTextToImage",
    "EditImage",
    "NanoBanana",
    "TextToImage",
]

OPERATIONS: dict[str, Operation] = {
    "nano_banana.edit_image.create": Operation(
        operation_id="nano_banana.edit_image.create",
        method="POST",
        path="/api/v1/nano_banana/edit_image",
        auth="api_key",
        body="json",
    ),
    "nano_banana.edit_image.get": Operation(
        operation_id="nano_banana.edit_image.get",
        method="GET",
        path="/api/v1/nano_banana/edit_image/{id}",
        auth="api_key",
        body="none",
    ),
    "nano_banana.text_to_image.create": Operation(
        operation_id="nano_banana.text_to_image.create",
        method="POST",
        path="/api/v1/nano_banana/text_to_image",
        auth="api_key",
        body="json",
    ),
    "nano_banana.text_to_image.get": Operation(
        operation_id="nano_banana.text_to_image.get",
        method="GET",
        path="/api/v1/nano_banana/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
}


class EditImage(SyncTaskResource):
    """Edit image."""

    _namespace = "nano_banana"
    _create_operation = OPERATIONS["nano_banana.edit_image.create"]
    _status_operation = OPERATIONS["nano_banana.edit_image.get"]
    _status_model = "NanoBananaEditImageStatus"
    _completed_model = "NanoBananaEditImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Nano Banana edit task

        Starts a Nano Banana image edit task (model `nano-banana-edit`: edit or modify existing
        images)
        and answers `202` with its id. `source_image_urls` (the images to edit) is required;
        `prompt`,
        `aspect_ratio` (1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9 or auto) and
        `output_format` (png or jpeg) are optional. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/nano_banana/edit_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.NanoBananaEditImageStatus:
        """Get a Nano Banana edit task

        Returns the status of a Nano Banana edit task.

        `GET /api/v1/nano_banana/edit_image/{id}`"""
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
    ) -> types.NanoBananaEditImageCompleted:
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
    ) -> types.NanoBananaEditImageCompleted:
        """Create a Nano Banana edit task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of nano_banana.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("nano_banana", "nano_banana.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.NanoBananaEditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "nano_banana"
    _create_operation = OPERATIONS["nano_banana.text_to_image.create"]
    _status_operation = OPERATIONS["nano_banana.text_to_image.get"]
    _status_model = "NanoBananaTextToImageStatus"
    _completed_model = "NanoBananaTextToImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Nano Banana text-to-image task

        Starts a Nano Banana image generation task and answers `202` with its id. One endpoint
        serves
        the three text-to-image models:

        - `nano-banana` (Base): up to 1024px; size set with `aspect_ratio` only (11 presets, default 1:1);
          prompt up to 5000 characters; up to 8 reference images; png (default) or jpg.
        - `nano-banana-pro` (Pro): up to 4K; `aspect_ratio` (11 presets, default 1:1) plus
          `output_resolution` (1k, 2k, 4k; default 1k); prompt up to 5000 characters; up to 8 reference images.
        - `nano-banana-2` (V2): up to 4K; `aspect_ratio` (15 presets incl. 1:4, 1:8, 4:1, 8:1; default auto)
          plus `output_resolution`; prompt up to 20000 characters; up to 14 reference images
          (JPEG, PNG or WebP); jpg by default.

        Reference images may be up to 30 MB each. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=nano-banana
        - model=nano-banana-pro
        - model=nano-banana-2

        `POST /api/v1/nano_banana/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.NanoBananaTextToImageStatus:
        """Get a Nano Banana text-to-image task

        Returns the status of a Nano Banana text-to-image task; `images` is present once it has
        completed. Poll every 5 seconds; tasks usually finish in 10-30 seconds.

        `GET /api/v1/nano_banana/text_to_image/{id}`"""
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
    ) -> types.NanoBananaTextToImageCompleted:
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
    ) -> types.NanoBananaTextToImageCompleted:
        """Create a Nano Banana text-to-image task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of nano_banana.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("nano_banana", "nano_banana.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.NanoBananaTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class NanoBanana(SyncAPIResource):
    """Nano Banana image generation and editing."""

    _namespace = "nano_banana"

    @cached_property
    def edit_image(self) -> EditImage:
        return EditImage(self._client)

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)


class AsyncEditImage(AsyncTaskResource):
    """Edit image."""

    _namespace = "nano_banana"
    _create_operation = OPERATIONS["nano_banana.edit_image.create"]
    _status_operation = OPERATIONS["nano_banana.edit_image.get"]
    _status_model = "NanoBananaEditImageStatus"
    _completed_model = "NanoBananaEditImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Nano Banana edit task

        Starts a Nano Banana image edit task (model `nano-banana-edit`: edit or modify existing
        images)
        and answers `202` with its id. `source_image_urls` (the images to edit) is required;
        `prompt`,
        `aspect_ratio` (1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9 or auto) and
        `output_format` (png or jpeg) are optional. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/nano_banana/edit_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.NanoBananaEditImageStatus:
        """Get a Nano Banana edit task

        Returns the status of a Nano Banana edit task.

        `GET /api/v1/nano_banana/edit_image/{id}`"""
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
    ) -> types.NanoBananaEditImageCompleted:
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
    ) -> types.NanoBananaEditImageCompleted:
        """Create a Nano Banana edit task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of nano_banana.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("nano_banana", "nano_banana.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.NanoBananaEditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "nano_banana"
    _create_operation = OPERATIONS["nano_banana.text_to_image.create"]
    _status_operation = OPERATIONS["nano_banana.text_to_image.get"]
    _status_model = "NanoBananaTextToImageStatus"
    _completed_model = "NanoBananaTextToImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Nano Banana text-to-image task

        Starts a Nano Banana image generation task and answers `202` with its id. One endpoint
        serves
        the three text-to-image models:

        - `nano-banana` (Base): up to 1024px; size set with `aspect_ratio` only (11 presets, default 1:1);
          prompt up to 5000 characters; up to 8 reference images; png (default) or jpg.
        - `nano-banana-pro` (Pro): up to 4K; `aspect_ratio` (11 presets, default 1:1) plus
          `output_resolution` (1k, 2k, 4k; default 1k); prompt up to 5000 characters; up to 8 reference images.
        - `nano-banana-2` (V2): up to 4K; `aspect_ratio` (15 presets incl. 1:4, 1:8, 4:1, 8:1; default auto)
          plus `output_resolution`; prompt up to 20000 characters; up to 14 reference images
          (JPEG, PNG or WebP); jpg by default.

        Reference images may be up to 30 MB each. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=nano-banana
        - model=nano-banana-pro
        - model=nano-banana-2

        `POST /api/v1/nano_banana/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.NanoBananaTextToImageStatus:
        """Get a Nano Banana text-to-image task

        Returns the status of a Nano Banana text-to-image task; `images` is present once it has
        completed. Poll every 5 seconds; tasks usually finish in 10-30 seconds.

        `GET /api/v1/nano_banana/text_to_image/{id}`"""
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
    ) -> types.NanoBananaTextToImageCompleted:
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
    ) -> types.NanoBananaTextToImageCompleted:
        """Create a Nano Banana text-to-image task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of nano_banana.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("nano_banana", "nano_banana.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.NanoBananaTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncNanoBanana(AsyncAPIResource):
    """Nano Banana image generation and editing."""

    _namespace = "nano_banana"

    @cached_property
    def edit_image(self) -> AsyncEditImage:
        return AsyncEditImage(self._client)

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)
