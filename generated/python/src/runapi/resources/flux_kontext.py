"""Flux Kontext text-to-image and editing.

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

    from ..types import flux_kontext as types
    from ..types.shared import TaskAccepted

__all__ = ["AsyncFluxKontext", "AsyncTextToImage", "FluxKontext", "TextToImage"]

OPERATIONS: dict[str, Operation] = {
    "flux_kontext.text_to_image.create": Operation(
        operation_id="flux_kontext.text_to_image.create",
        method="POST",
        path="/api/v1/flux_kontext/text_to_image",
        auth="api_key",
        body="json",
    ),
    "flux_kontext.text_to_image.get": Operation(
        operation_id="flux_kontext.text_to_image.get",
        method="GET",
        path="/api/v1/flux_kontext/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
}


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "flux_kontext"
    _create_operation = OPERATIONS["flux_kontext.text_to_image.create"]
    _status_operation = OPERATIONS["flux_kontext.text_to_image.get"]
    _status_model = "FluxKontextTextToImageStatus"
    _completed_model = "FluxKontextTextToImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Flux Kontext generation or edit task

        Starts a Flux Kontext (Black Forest Labs) task and answers `202` with its id. One endpoint
        serves
        both modes of `flux-kontext-pro` (standard quality) and `flux-kontext-max` (enhanced
        quality):

        - generation: prompt only; `safety_tolerance` 0-6;
        - editing: `source_image_url` is given and the prompt describes the edit; `safety_tolerance` 0-2.

        Optional: `aspect_ratio` (21:9, 16:9, 4:3, 1:1, 3:4, 9:16; default 1:1), `output_format`
        (jpeg or png; default jpeg), prompt translation and expansion toggles, and a `watermark` id.
        Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - safety_tolerance is 0-6 for generation and at most 2 for editing (when source_image_url is given)

        `POST /api/v1/flux_kontext/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.FluxKontextTextToImageStatus:
        """Get a Flux Kontext task

        Returns the status of a Flux Kontext task. When completed, `images` holds each image's CDN
        `url` and its original high-resolution `origin_url` (valid for 10 minutes); when failed,
        `error` says why.

        `GET /api/v1/flux_kontext/text_to_image/{id}`"""
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
    ) -> types.FluxKontextTextToImageCompleted:
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
    ) -> types.FluxKontextTextToImageCompleted:
        """Create a Flux Kontext generation or edit task, then wait for it to finish (`create` +
        `wait`); returns the completed status.

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
        """Check a `create` body against every rule of flux_kontext.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("flux_kontext", "flux_kontext.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.FluxKontextTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class FluxKontext(SyncAPIResource):
    """Flux Kontext text-to-image and editing."""

    _namespace = "flux_kontext"

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "flux_kontext"
    _create_operation = OPERATIONS["flux_kontext.text_to_image.create"]
    _status_operation = OPERATIONS["flux_kontext.text_to_image.get"]
    _status_model = "FluxKontextTextToImageStatus"
    _completed_model = "FluxKontextTextToImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Flux Kontext generation or edit task

        Starts a Flux Kontext (Black Forest Labs) task and answers `202` with its id. One endpoint
        serves
        both modes of `flux-kontext-pro` (standard quality) and `flux-kontext-max` (enhanced
        quality):

        - generation: prompt only; `safety_tolerance` 0-6;
        - editing: `source_image_url` is given and the prompt describes the edit; `safety_tolerance` 0-2.

        Optional: `aspect_ratio` (21:9, 16:9, 4:3, 1:1, 3:4, 9:16; default 1:1), `output_format`
        (jpeg or png; default jpeg), prompt translation and expansion toggles, and a `watermark` id.
        Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - safety_tolerance is 0-6 for generation and at most 2 for editing (when source_image_url is given)

        `POST /api/v1/flux_kontext/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.FluxKontextTextToImageStatus:
        """Get a Flux Kontext task

        Returns the status of a Flux Kontext task. When completed, `images` holds each image's CDN
        `url` and its original high-resolution `origin_url` (valid for 10 minutes); when failed,
        `error` says why.

        `GET /api/v1/flux_kontext/text_to_image/{id}`"""
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
    ) -> types.FluxKontextTextToImageCompleted:
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
    ) -> types.FluxKontextTextToImageCompleted:
        """Create a Flux Kontext generation or edit task, then wait for it to finish (`create` +
        `wait`); returns the completed status.

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
        """Check a `create` body against every rule of flux_kontext.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("flux_kontext", "flux_kontext.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.FluxKontextTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncFluxKontext(AsyncAPIResource):
    """Flux Kontext text-to-image and editing."""

    _namespace = "flux_kontext"

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)
