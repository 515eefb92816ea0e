"""Flux 2 text-to-image and image remix.

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

    from ..types import flux_2 as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncFlux2",
    "AsyncRemixImage",
    "AsyncTextToImage",
    "Flux2",
    "RemixImage",
    "TextToImage",
]

OPERATIONS: dict[str, Operation] = {
    "flux_2.remix_image.create": Operation(
        operation_id="flux_2.remix_image.create",
        method="POST",
        path="/api/v1/flux_2/remix_image",
        auth="api_key",
        body="json",
    ),
    "flux_2.remix_image.get": Operation(
        operation_id="flux_2.remix_image.get",
        method="GET",
        path="/api/v1/flux_2/remix_image/{id}",
        auth="api_key",
        body="none",
    ),
    "flux_2.text_to_image.create": Operation(
        operation_id="flux_2.text_to_image.create",
        method="POST",
        path="/api/v1/flux_2/text_to_image",
        auth="api_key",
        body="json",
    ),
    "flux_2.text_to_image.get": Operation(
        operation_id="flux_2.text_to_image.get",
        method="GET",
        path="/api/v1/flux_2/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
}


class RemixImage(SyncTaskResource):
    """Remix image."""

    _namespace = "flux_2"
    _create_operation = OPERATIONS["flux_2.remix_image.create"]
    _status_operation = OPERATIONS["flux_2.remix_image.get"]
    _status_model = "Flux2RemixImageStatus"
    _completed_model = "Flux2RemixImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Flux 2 remix-image task

        Starts a Flux 2 prompt-guided remix of 1-8 source images with `flux-2-pro-remix-image` or
        `flux-2-flex-remix-image` and answers `202` with its id. The prompt must be 3-5000 characters;
        `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3 or auto), `output_resolution` (1k, 2k) and
        the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/flux_2/remix_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Flux2RemixImageStatus:
        """Get a Flux 2 remix-image task

        Returns the status of a Flux 2 remix-image task; `images` is present once it has completed
        and `error` once it has failed.

        `GET /api/v1/flux_2/remix_image/{id}`"""
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
    ) -> types.Flux2RemixImageCompleted:
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
    ) -> types.Flux2RemixImageCompleted:
        """Create a Flux 2 remix-image task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of flux_2.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("flux_2", "flux_2.remix_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Flux2RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "flux_2"
    _create_operation = OPERATIONS["flux_2.text_to_image.create"]
    _status_operation = OPERATIONS["flux_2.text_to_image.get"]
    _status_model = "Flux2TextToImageStatus"
    _completed_model = "Flux2TextToImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Flux 2 text-to-image task

        Starts a Flux 2 (Black Forest Labs) prompt-only generation task with `flux-2-pro-text-to-
        image`
        or `flux-2-flex-text-to-image` and answers `202` with its id. The prompt must be 3-5000
        characters; `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3), `output_resolution` (1k,
        2k)
        and the safety checker toggle are optional. Use `remix_image` when source images should
        guide
        the result.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/flux_2/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Flux2TextToImageStatus:
        """Get a Flux 2 text-to-image task

        Returns the status of a Flux 2 text-to-image task; `images` is present once it has completed
        and `error` once it has failed.

        `GET /api/v1/flux_2/text_to_image/{id}`"""
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
    ) -> types.Flux2TextToImageCompleted:
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
    ) -> types.Flux2TextToImageCompleted:
        """Create a Flux 2 text-to-image task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of flux_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("flux_2", "flux_2.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Flux2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Flux2(SyncAPIResource):
    """Flux 2 text-to-image and image remix."""

    _namespace = "flux_2"

    @cached_property
    def remix_image(self) -> RemixImage:
        return RemixImage(self._client)

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)


class AsyncRemixImage(AsyncTaskResource):
    """Remix image."""

    _namespace = "flux_2"
    _create_operation = OPERATIONS["flux_2.remix_image.create"]
    _status_operation = OPERATIONS["flux_2.remix_image.get"]
    _status_model = "Flux2RemixImageStatus"
    _completed_model = "Flux2RemixImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Flux 2 remix-image task

        Starts a Flux 2 prompt-guided remix of 1-8 source images with `flux-2-pro-remix-image` or
        `flux-2-flex-remix-image` and answers `202` with its id. The prompt must be 3-5000 characters;
        `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3 or auto), `output_resolution` (1k, 2k) and
        the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/flux_2/remix_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Flux2RemixImageStatus:
        """Get a Flux 2 remix-image task

        Returns the status of a Flux 2 remix-image task; `images` is present once it has completed
        and `error` once it has failed.

        `GET /api/v1/flux_2/remix_image/{id}`"""
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
    ) -> types.Flux2RemixImageCompleted:
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
    ) -> types.Flux2RemixImageCompleted:
        """Create a Flux 2 remix-image task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of flux_2.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("flux_2", "flux_2.remix_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Flux2RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "flux_2"
    _create_operation = OPERATIONS["flux_2.text_to_image.create"]
    _status_operation = OPERATIONS["flux_2.text_to_image.get"]
    _status_model = "Flux2TextToImageStatus"
    _completed_model = "Flux2TextToImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Flux 2 text-to-image task

        Starts a Flux 2 (Black Forest Labs) prompt-only generation task with `flux-2-pro-text-to-
        image`
        or `flux-2-flex-text-to-image` and answers `202` with its id. The prompt must be 3-5000
        characters; `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3), `output_resolution` (1k,
        2k)
        and the safety checker toggle are optional. Use `remix_image` when source images should
        guide
        the result.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/flux_2/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Flux2TextToImageStatus:
        """Get a Flux 2 text-to-image task

        Returns the status of a Flux 2 text-to-image task; `images` is present once it has completed
        and `error` once it has failed.

        `GET /api/v1/flux_2/text_to_image/{id}`"""
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
    ) -> types.Flux2TextToImageCompleted:
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
    ) -> types.Flux2TextToImageCompleted:
        """Create a Flux 2 text-to-image task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of flux_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("flux_2", "flux_2.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Flux2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncFlux2(AsyncAPIResource):
    """Flux 2 text-to-image and image remix."""

    _namespace = "flux_2"

    @cached_property
    def remix_image(self) -> AsyncRemixImage:
        return AsyncRemixImage(self._client)

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)
