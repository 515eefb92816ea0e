"""Seedream image generation and editing.

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

    from ..types import seedream as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncSeedream",
    "AsyncTextToImage",
    "EditImage",
    "Seedream",
    "TextToImage",
]

OPERATIONS: dict[str, Operation] = {
    "seedream.edit_image.create": Operation(
        operation_id="seedream.edit_image.create",
        method="POST",
        path="/api/v1/seedream/edit_image",
        auth="api_key",
        body="json",
    ),
    "seedream.edit_image.get": Operation(
        operation_id="seedream.edit_image.get",
        method="GET",
        path="/api/v1/seedream/edit_image/{id}",
        auth="api_key",
        body="none",
    ),
    "seedream.text_to_image.create": Operation(
        operation_id="seedream.text_to_image.create",
        method="POST",
        path="/api/v1/seedream/text_to_image",
        auth="api_key",
        body="json",
    ),
    "seedream.text_to_image.get": Operation(
        operation_id="seedream.text_to_image.get",
        method="GET",
        path="/api/v1/seedream/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
}


class EditImage(SyncTaskResource):
    """Edit image."""

    _namespace = "seedream"
    _create_operation = OPERATIONS["seedream.edit_image.create"]
    _status_operation = OPERATIONS["seedream.edit_image.get"]
    _status_model = "SeedreamEditImageStatus"
    _completed_model = "SeedreamEditImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Seedream image edit task

        Starts a Seedream image edit task from `source_image_urls` and a prompt, and answers `202`
        with its id. Three models:

        - `seedream-4.5-edit` (prompt 1-3000 characters) and `seedream-5-lite-edit` (prompt 3-3000
          characters): 1 to 14 source images; `aspect_ratio` and `output_quality` (`basic` or
          `high`) are required; 5-Lite also takes `output_format` (`png` or `jpeg`; default png).
        - `seedream-v4-edit` (prompt 1-5000 characters): 1 to 10 source images; `aspect_ratio` and
          `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
          1k), `output_count` (1-6 images, default 1) and `seed` are accepted.

        `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
        operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedream-4.5-edit
        - model=seedream-5-lite-edit
        - model=seedream-v4-edit

        `POST /api/v1/seedream/edit_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SeedreamEditImageStatus:
        """Get a Seedream image edit task

        Returns the status of a Seedream image edit task; `images` is present once it has completed.

        `GET /api/v1/seedream/edit_image/{id}`"""
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
    ) -> types.SeedreamEditImageCompleted:
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
    ) -> types.SeedreamEditImageCompleted:
        """Create a Seedream image edit task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of seedream.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("seedream", "seedream.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SeedreamEditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "seedream"
    _create_operation = OPERATIONS["seedream.text_to_image.create"]
    _status_operation = OPERATIONS["seedream.text_to_image.get"]
    _status_model = "SeedreamTextToImageStatus"
    _completed_model = "SeedreamTextToImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Seedream text-to-image task

        Starts a Seedream text-to-image task and answers `202` with its id. Three models:

        - `seedream-4.5-text-to-image` (prompt 1-3000 characters) and
          `seedream-5-lite-text-to-image` (prompt 3-3000 characters): `aspect_ratio` and
          `output_quality` (`basic` or `high`) are required; 5-Lite also takes `output_format`
          (`png` or `jpeg`; default png).
        - `seedream-v4-text-to-image` (prompt 1-5000 characters): `aspect_ratio` and
          `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
          1k), `output_count` (1-6 images, default 1) and `seed` are accepted.

        `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
        operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedream-4.5-text-to-image
        - model=seedream-5-lite-text-to-image
        - model=seedream-v4-text-to-image

        `POST /api/v1/seedream/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SeedreamTextToImageStatus:
        """Get a Seedream text-to-image task

        Returns the status of a Seedream text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/seedream/text_to_image/{id}`"""
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
    ) -> types.SeedreamTextToImageCompleted:
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
    ) -> types.SeedreamTextToImageCompleted:
        """Create a Seedream text-to-image task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of seedream.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("seedream", "seedream.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SeedreamTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Seedream(SyncAPIResource):
    """Seedream image generation and editing."""

    _namespace = "seedream"

    @cached_property
    def edit_image(self) -> EditImage:
        return EditImage(self._client)

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)


class AsyncEditImage(AsyncTaskResource):
    """Edit image."""

    _namespace = "seedream"
    _create_operation = OPERATIONS["seedream.edit_image.create"]
    _status_operation = OPERATIONS["seedream.edit_image.get"]
    _status_model = "SeedreamEditImageStatus"
    _completed_model = "SeedreamEditImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Seedream image edit task

        Starts a Seedream image edit task from `source_image_urls` and a prompt, and answers `202`
        with its id. Three models:

        - `seedream-4.5-edit` (prompt 1-3000 characters) and `seedream-5-lite-edit` (prompt 3-3000
          characters): 1 to 14 source images; `aspect_ratio` and `output_quality` (`basic` or
          `high`) are required; 5-Lite also takes `output_format` (`png` or `jpeg`; default png).
        - `seedream-v4-edit` (prompt 1-5000 characters): 1 to 10 source images; `aspect_ratio` and
          `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
          1k), `output_count` (1-6 images, default 1) and `seed` are accepted.

        `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
        operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedream-4.5-edit
        - model=seedream-5-lite-edit
        - model=seedream-v4-edit

        `POST /api/v1/seedream/edit_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SeedreamEditImageStatus:
        """Get a Seedream image edit task

        Returns the status of a Seedream image edit task; `images` is present once it has completed.

        `GET /api/v1/seedream/edit_image/{id}`"""
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
    ) -> types.SeedreamEditImageCompleted:
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
    ) -> types.SeedreamEditImageCompleted:
        """Create a Seedream image edit task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of seedream.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("seedream", "seedream.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SeedreamEditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "seedream"
    _create_operation = OPERATIONS["seedream.text_to_image.create"]
    _status_operation = OPERATIONS["seedream.text_to_image.get"]
    _status_model = "SeedreamTextToImageStatus"
    _completed_model = "SeedreamTextToImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Seedream text-to-image task

        Starts a Seedream text-to-image task and answers `202` with its id. Three models:

        - `seedream-4.5-text-to-image` (prompt 1-3000 characters) and
          `seedream-5-lite-text-to-image` (prompt 3-3000 characters): `aspect_ratio` and
          `output_quality` (`basic` or `high`) are required; 5-Lite also takes `output_format`
          (`png` or `jpeg`; default png).
        - `seedream-v4-text-to-image` (prompt 1-5000 characters): `aspect_ratio` and
          `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
          1k), `output_count` (1-6 images, default 1) and `seed` are accepted.

        `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
        operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedream-4.5-text-to-image
        - model=seedream-5-lite-text-to-image
        - model=seedream-v4-text-to-image

        `POST /api/v1/seedream/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SeedreamTextToImageStatus:
        """Get a Seedream text-to-image task

        Returns the status of a Seedream text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/seedream/text_to_image/{id}`"""
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
    ) -> types.SeedreamTextToImageCompleted:
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
    ) -> types.SeedreamTextToImageCompleted:
        """Create a Seedream text-to-image task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of seedream.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("seedream", "seedream.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SeedreamTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncSeedream(AsyncAPIResource):
    """Seedream image generation and editing."""

    _namespace = "seedream"

    @cached_property
    def edit_image(self) -> AsyncEditImage:
        return AsyncEditImage(self._client)

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)
