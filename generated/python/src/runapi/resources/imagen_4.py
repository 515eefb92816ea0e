"""Google Imagen 4 image generation and remix.

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

    from ..types import imagen_4 as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncImagen4",
    "AsyncRemixImage",
    "AsyncTextToImage",
    "Imagen4",
    "RemixImage",
    "TextToImage",
]

OPERATIONS: dict[str, Operation] = {
    "imagen_4.remix_image.create": Operation(
        operation_id="imagen_4.remix_image.create",
        method="POST",
        path="/api/v1/imagen_4/remix_image",
        auth="api_key",
        body="json",
    ),
    "imagen_4.remix_image.get": Operation(
        operation_id="imagen_4.remix_image.get",
        method="GET",
        path="/api/v1/imagen_4/remix_image/{id}",
        auth="api_key",
        body="none",
    ),
    "imagen_4.text_to_image.create": Operation(
        operation_id="imagen_4.text_to_image.create",
        method="POST",
        path="/api/v1/imagen_4/text_to_image",
        auth="api_key",
        body="json",
    ),
    "imagen_4.text_to_image.get": Operation(
        operation_id="imagen_4.text_to_image.get",
        method="GET",
        path="/api/v1/imagen_4/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
}


class RemixImage(SyncTaskResource):
    """Remix image."""

    _namespace = "imagen_4"
    _create_operation = OPERATIONS["imagen_4.remix_image.create"]
    _status_operation = OPERATIONS["imagen_4.remix_image.get"]
    _status_model = "Imagen4RemixImageStatus"
    _completed_model = "Imagen4RemixImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Imagen 4 pro remix-image task

        Starts a prompt-guided remix of up to 8 source images with `imagen-4-pro-remix-image` and
        answers `202` with its id. The prompt may be up to 10000 characters; `aspect_ratio` (11
        values
        including auto), `output_resolution` (1k, 2k, 4k) and `output_format` (png, jpg) are
        optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/imagen_4/remix_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Imagen4RemixImageStatus:
        """Get an Imagen 4 remix-image task

        Returns the status of an Imagen 4 remix-image task; `images` is present once it has
        completed.

        `GET /api/v1/imagen_4/remix_image/{id}`"""
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
    ) -> types.Imagen4RemixImageCompleted:
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
    ) -> types.Imagen4RemixImageCompleted:
        """Create an Imagen 4 pro remix-image task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of imagen_4.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("imagen_4", "imagen_4.remix_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Imagen4RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "imagen_4"
    _create_operation = OPERATIONS["imagen_4.text_to_image.create"]
    _status_operation = OPERATIONS["imagen_4.text_to_image.get"]
    _status_model = "Imagen4TextToImageStatus"
    _completed_model = "Imagen4TextToImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Imagen 4 text-to-image task

        Starts a Google Imagen 4 text-to-image task and answers `202` with its id. Models:
        `imagen-4`,
        `imagen-4-fast` and `imagen-4-ultra`. The prompt may be up to 5000 characters; `negative_prompt`,
        `aspect_ratio` (1:1, 16:9, 9:16, 3:4, 4:3) and `seed` apply to every model, while `output_count`
        (1-4 images) is accepted by `imagen-4-fast` only.

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=imagen-4
        - model=imagen-4-fast
        - model=imagen-4-ultra

        `POST /api/v1/imagen_4/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Imagen4TextToImageStatus:
        """Get an Imagen 4 text-to-image task

        Returns the status of an Imagen 4 text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/imagen_4/text_to_image/{id}`"""
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
    ) -> types.Imagen4TextToImageCompleted:
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
    ) -> types.Imagen4TextToImageCompleted:
        """Create an Imagen 4 text-to-image task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of imagen_4.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("imagen_4", "imagen_4.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Imagen4TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Imagen4(SyncAPIResource):
    """Google Imagen 4 image generation and remix."""

    _namespace = "imagen_4"

    @cached_property
    def remix_image(self) -> RemixImage:
        return RemixImage(self._client)

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)


class AsyncRemixImage(AsyncTaskResource):
    """Remix image."""

    _namespace = "imagen_4"
    _create_operation = OPERATIONS["imagen_4.remix_image.create"]
    _status_operation = OPERATIONS["imagen_4.remix_image.get"]
    _status_model = "Imagen4RemixImageStatus"
    _completed_model = "Imagen4RemixImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Imagen 4 pro remix-image task

        Starts a prompt-guided remix of up to 8 source images with `imagen-4-pro-remix-image` and
        answers `202` with its id. The prompt may be up to 10000 characters; `aspect_ratio` (11
        values
        including auto), `output_resolution` (1k, 2k, 4k) and `output_format` (png, jpg) are
        optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/imagen_4/remix_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Imagen4RemixImageStatus:
        """Get an Imagen 4 remix-image task

        Returns the status of an Imagen 4 remix-image task; `images` is present once it has
        completed.

        `GET /api/v1/imagen_4/remix_image/{id}`"""
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
    ) -> types.Imagen4RemixImageCompleted:
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
    ) -> types.Imagen4RemixImageCompleted:
        """Create an Imagen 4 pro remix-image task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of imagen_4.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("imagen_4", "imagen_4.remix_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Imagen4RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "imagen_4"
    _create_operation = OPERATIONS["imagen_4.text_to_image.create"]
    _status_operation = OPERATIONS["imagen_4.text_to_image.get"]
    _status_model = "Imagen4TextToImageStatus"
    _completed_model = "Imagen4TextToImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Imagen 4 text-to-image task

        Starts a Google Imagen 4 text-to-image task and answers `202` with its id. Models:
        `imagen-4`,
        `imagen-4-fast` and `imagen-4-ultra`. The prompt may be up to 5000 characters; `negative_prompt`,
        `aspect_ratio` (1:1, 16:9, 9:16, 3:4, 4:3) and `seed` apply to every model, while `output_count`
        (1-4 images) is accepted by `imagen-4-fast` only.

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=imagen-4
        - model=imagen-4-fast
        - model=imagen-4-ultra

        `POST /api/v1/imagen_4/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Imagen4TextToImageStatus:
        """Get an Imagen 4 text-to-image task

        Returns the status of an Imagen 4 text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/imagen_4/text_to_image/{id}`"""
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
    ) -> types.Imagen4TextToImageCompleted:
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
    ) -> types.Imagen4TextToImageCompleted:
        """Create an Imagen 4 text-to-image task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of imagen_4.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("imagen_4", "imagen_4.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Imagen4TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncImagen4(AsyncAPIResource):
    """Google Imagen 4 image generation and remix."""

    _namespace = "imagen_4"

    @cached_property
    def remix_image(self) -> AsyncRemixImage:
        return AsyncRemixImage(self._client)

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)
