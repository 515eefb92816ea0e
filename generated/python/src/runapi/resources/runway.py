"""Runway video generation and extension.

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

    from ..types import runway as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncExtendVideo",
    "AsyncRunway",
    "AsyncTextToVideo",
    "ExtendVideo",
    "Runway",
    "TextToVideo",
]

OPERATIONS: dict[str, Operation] = {
    "runway.extend_video.create": Operation(
        operation_id="runway.extend_video.create",
        method="POST",
        path="/api/v1/runway/extend_video",
        auth="api_key",
        body="json",
    ),
    "runway.extend_video.get": Operation(
        operation_id="runway.extend_video.get",
        method="GET",
        path="/api/v1/runway/extend_video/{id}",
        auth="api_key",
        body="none",
    ),
    "runway.text_to_video.create": Operation(
        operation_id="runway.text_to_video.create",
        method="POST",
        path="/api/v1/runway/text_to_video",
        auth="api_key",
        body="json",
    ),
    "runway.text_to_video.get": Operation(
        operation_id="runway.text_to_video.get",
        method="GET",
        path="/api/v1/runway/text_to_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class ExtendVideo(SyncTaskResource):
    """Extend video."""

    _namespace = "runway"
    _create_operation = OPERATIONS["runway.extend_video.create"]
    _status_operation = OPERATIONS["runway.extend_video.get"]
    _status_model = "RunwayExtendVideoStatus"
    _completed_model = "RunwayExtendVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Extend a Runway video

        Starts a task that continues the video of an earlier Runway task (`source_task_id`) as the
        prompt describes, at `720p` or `1080p` (`output_resolution`, required), with an optional
        `watermark` text. Answers `202` with the id of the extension task; poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/runway/extend_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.RunwayExtendVideoStatus:
        """Get a Runway extension task

        Returns the status of a Runway extension task; once completed, `videos` holds the extended
        video and `images` its cover image.

        `GET /api/v1/runway/extend_video/{id}`"""
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
    ) -> types.RunwayExtendVideoCompleted:
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
    ) -> types.RunwayExtendVideoCompleted:
        """Extend a Runway video, then wait for it to finish (`create` + `wait`); returns the completed
        status.

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
        """Check a `create` body against every rule of runway.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("runway", "runway.extend_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.RunwayExtendVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToVideo(SyncTaskResource):
    """Text to video."""

    _namespace = "runway"
    _create_operation = OPERATIONS["runway.text_to_video.create"]
    _status_operation = OPERATIONS["runway.text_to_video.get"]
    _status_model = "RunwayTextToVideoStatus"
    _completed_model = "RunwayTextToVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Runway video task

        Starts a Runway video generation task and answers `202` with its id. Without
        `first_frame_image_url` it is text-to-video and `aspect_ratio` (16:9, 9:16, 1:1, 4:3 or
        3:4) is required; with `first_frame_image_url` the image becomes the first frame
        (image-to-video) and `aspect_ratio` is not accepted.
        `duration_seconds` (5 or 10) and `output_resolution` (`720p` or `1080p`) are always
        required; an optional `watermark` text can be added. The completed task returns the
        videos and a cover image. Poll the linked status operation or pass `callback_url`; a
        completed video can be continued with `runway.extend_video.create`.

        Rules checked before sending:
        - aspect_ratio is not accepted together with first_frame_image_url
        - aspect_ratio is required for text-to-video (when first_frame_image_url is not given)

        `POST /api/v1/runway/text_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.RunwayTextToVideoStatus:
        """Get a Runway video task

        Returns the status of a Runway video task; once completed, `videos` holds the generated
        videos (with their ids) and `images` the cover image.

        `GET /api/v1/runway/text_to_video/{id}`"""
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
    ) -> types.RunwayTextToVideoCompleted:
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
    ) -> types.RunwayTextToVideoCompleted:
        """Create a Runway video task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of runway.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("runway", "runway.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.RunwayTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Runway(SyncAPIResource):
    """Runway video generation and extension."""

    _namespace = "runway"

    @cached_property
    def extend_video(self) -> ExtendVideo:
        return ExtendVideo(self._client)

    @cached_property
    def text_to_video(self) -> TextToVideo:
        return TextToVideo(self._client)


class AsyncExtendVideo(AsyncTaskResource):
    """Extend video."""

    _namespace = "runway"
    _create_operation = OPERATIONS["runway.extend_video.create"]
    _status_operation = OPERATIONS["runway.extend_video.get"]
    _status_model = "RunwayExtendVideoStatus"
    _completed_model = "RunwayExtendVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Extend a Runway video

        Starts a task that continues the video of an earlier Runway task (`source_task_id`) as the
        prompt describes, at `720p` or `1080p` (`output_resolution`, required), with an optional
        `watermark` text. Answers `202` with the id of the extension task; poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/runway/extend_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.RunwayExtendVideoStatus:
        """Get a Runway extension task

        Returns the status of a Runway extension task; once completed, `videos` holds the extended
        video and `images` its cover image.

        `GET /api/v1/runway/extend_video/{id}`"""
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
    ) -> types.RunwayExtendVideoCompleted:
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
    ) -> types.RunwayExtendVideoCompleted:
        """Extend a Runway video, then wait for it to finish (`create` + `wait`); returns the completed
        status.

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
        """Check a `create` body against every rule of runway.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("runway", "runway.extend_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.RunwayExtendVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToVideo(AsyncTaskResource):
    """Text to video."""

    _namespace = "runway"
    _create_operation = OPERATIONS["runway.text_to_video.create"]
    _status_operation = OPERATIONS["runway.text_to_video.get"]
    _status_model = "RunwayTextToVideoStatus"
    _completed_model = "RunwayTextToVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Runway video task

        Starts a Runway video generation task and answers `202` with its id. Without
        `first_frame_image_url` it is text-to-video and `aspect_ratio` (16:9, 9:16, 1:1, 4:3 or
        3:4) is required; with `first_frame_image_url` the image becomes the first frame
        (image-to-video) and `aspect_ratio` is not accepted.
        `duration_seconds` (5 or 10) and `output_resolution` (`720p` or `1080p`) are always
        required; an optional `watermark` text can be added. The completed task returns the
        videos and a cover image. Poll the linked status operation or pass `callback_url`; a
        completed video can be continued with `runway.extend_video.create`.

        Rules checked before sending:
        - aspect_ratio is not accepted together with first_frame_image_url
        - aspect_ratio is required for text-to-video (when first_frame_image_url is not given)

        `POST /api/v1/runway/text_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.RunwayTextToVideoStatus:
        """Get a Runway video task

        Returns the status of a Runway video task; once completed, `videos` holds the generated
        videos (with their ids) and `images` the cover image.

        `GET /api/v1/runway/text_to_video/{id}`"""
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
    ) -> types.RunwayTextToVideoCompleted:
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
    ) -> types.RunwayTextToVideoCompleted:
        """Create a Runway video task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of runway.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("runway", "runway.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.RunwayTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncRunway(AsyncAPIResource):
    """Runway video generation and extension."""

    _namespace = "runway"

    @cached_property
    def extend_video(self) -> AsyncExtendVideo:
        return AsyncExtendVideo(self._client)

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo:
        return AsyncTextToVideo(self._client)
