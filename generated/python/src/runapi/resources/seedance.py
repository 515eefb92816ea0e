"""Seedance video generation.

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

    from ..types import seedance as types
    from ..types.shared import TaskAccepted

__all__ = ["AsyncSeedance", "AsyncTextToVideo", "Seedance", "TextToVideo"]

OPERATIONS: dict[str, Operation] = {
    "seedance.text_to_video.create": Operation(
        operation_id="seedance.text_to_video.create",
        method="POST",
        path="/api/v1/seedance/text_to_video",
        auth="api_key",
        body="json",
    ),
    "seedance.text_to_video.get": Operation(
        operation_id="seedance.text_to_video.get",
        method="GET",
        path="/api/v1/seedance/text_to_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class TextToVideo(SyncTaskResource):
    """Text to video."""

    _namespace = "seedance"
    _create_operation = OPERATIONS["seedance.text_to_video.create"]
    _status_operation = OPERATIONS["seedance.text_to_video.get"]
    _status_model = "SeedanceTextToVideoStatus"
    _completed_model = "SeedanceTextToVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Seedance video task

        Starts a Seedance video generation task and answers `202` with its id. One endpoint serves
        every Seedance model and mode:

        - `seedance-1.5-pro`: text-to-video, or image-to-video with up to 2 `source_image_urls`;
          `aspect_ratio` and `duration_seconds` (4, 8 or 12) are required.
        - `seedance-2.0` / `seedance-2.0-fast`: text-to-video, frame mode (`first_frame_image_url`,
          optional `last_frame_image_url`) or multimodal reference mode (`reference_*_urls`);
          `duration_seconds` is an integer from 4 to 15.
        - `seedance-v1-lite` / `seedance-v1-pro`: 5 s or 10 s clips; text-to-video needs
          `aspect_ratio`, while `first_frame_image_url` switches to image-to-video, where the
          aspect ratio is derived from the image and must not be sent.
        - `seedance-v1-pro-fast`: image-to-video only (`first_frame_image_url` required).

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedance-1.5-pro
        - model=seedance-2.0
        - model=seedance-2.0-fast
        - model=seedance-v1-lite
        - model=seedance-v1-pro
        - model=seedance-v1-pro-fast

        Rules checked before sending:
        - aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)
        - reference_audio_urls requires at least one reference_image_urls or reference_video_urls

        `POST /api/v1/seedance/text_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SeedanceTextToVideoStatus:
        """Get a Seedance video task

        Returns the status of a Seedance task; `videos` is present once it has completed.

        `GET /api/v1/seedance/text_to_video/{id}`"""
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
    ) -> types.SeedanceTextToVideoCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SeedanceTextToVideoCompleted:
        """Create a Seedance video task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of seedance.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("seedance", "seedance.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SeedanceTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Seedance(SyncAPIResource):
    """Seedance video generation."""

    _namespace = "seedance"

    @cached_property
    def text_to_video(self) -> TextToVideo:
        return TextToVideo(self._client)


class AsyncTextToVideo(AsyncTaskResource):
    """Text to video."""

    _namespace = "seedance"
    _create_operation = OPERATIONS["seedance.text_to_video.create"]
    _status_operation = OPERATIONS["seedance.text_to_video.get"]
    _status_model = "SeedanceTextToVideoStatus"
    _completed_model = "SeedanceTextToVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Seedance video task

        Starts a Seedance video generation task and answers `202` with its id. One endpoint serves
        every Seedance model and mode:

        - `seedance-1.5-pro`: text-to-video, or image-to-video with up to 2 `source_image_urls`;
          `aspect_ratio` and `duration_seconds` (4, 8 or 12) are required.
        - `seedance-2.0` / `seedance-2.0-fast`: text-to-video, frame mode (`first_frame_image_url`,
          optional `last_frame_image_url`) or multimodal reference mode (`reference_*_urls`);
          `duration_seconds` is an integer from 4 to 15.
        - `seedance-v1-lite` / `seedance-v1-pro`: 5 s or 10 s clips; text-to-video needs
          `aspect_ratio`, while `first_frame_image_url` switches to image-to-video, where the
          aspect ratio is derived from the image and must not be sent.
        - `seedance-v1-pro-fast`: image-to-video only (`first_frame_image_url` required).

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedance-1.5-pro
        - model=seedance-2.0
        - model=seedance-2.0-fast
        - model=seedance-v1-lite
        - model=seedance-v1-pro
        - model=seedance-v1-pro-fast

        Rules checked before sending:
        - aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)
        - reference_audio_urls requires at least one reference_image_urls or reference_video_urls

        `POST /api/v1/seedance/text_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SeedanceTextToVideoStatus:
        """Get a Seedance video task

        Returns the status of a Seedance task; `videos` is present once it has completed.

        `GET /api/v1/seedance/text_to_video/{id}`"""
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
    ) -> types.SeedanceTextToVideoCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SeedanceTextToVideoCompleted:
        """Create a Seedance video task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of seedance.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("seedance", "seedance.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SeedanceTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncSeedance(AsyncAPIResource):
    """Seedance video generation."""

    _namespace = "seedance"

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo:
        return AsyncTextToVideo(self._client)
