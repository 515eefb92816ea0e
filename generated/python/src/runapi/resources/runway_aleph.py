"""Runway Aleph video editing.

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

    from ..types import runway_aleph as types
    from ..types.shared import TaskAccepted

__all__ = ["AsyncEditVideo", "AsyncRunwayAleph", "EditVideo", "RunwayAleph"]

OPERATIONS: dict[str, Operation] = {
    "runway_aleph.edit_video.create": Operation(
        operation_id="runway_aleph.edit_video.create",
        method="POST",
        path="/api/v1/runway_aleph/edit_video",
        auth="api_key",
        body="json",
    ),
    "runway_aleph.edit_video.get": Operation(
        operation_id="runway_aleph.edit_video.get",
        method="GET",
        path="/api/v1/runway_aleph/edit_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class EditVideo(SyncTaskResource):
    """Edit video."""

    _namespace = "runway_aleph"
    _create_operation = OPERATIONS["runway_aleph.edit_video.create"]
    _status_operation = OPERATIONS["runway_aleph.edit_video.get"]
    _status_model = "RunwayAlephEditVideoStatus"
    _completed_model = "RunwayAlephEditVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Runway Aleph video edit task

        Starts a Runway Aleph task that transforms an existing video (`source_video_url`) as the
        prompt describes, optionally guided by a style `reference_image_url`. `aspect_ratio`
        (16:9, 9:16, 4:3, 3:4, 1:1, 21:9), `seed` and a `watermark` text are optional. Answers
        `202` with the task id; the completed task returns the edited video and a cover image.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/runway_aleph/edit_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.RunwayAlephEditVideoStatus:
        """Get a Runway Aleph video edit task

        Returns the status of a Runway Aleph task; once completed, `videos` holds the edited video
        and `images` its cover image.

        `GET /api/v1/runway_aleph/edit_video/{id}`"""
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
    ) -> types.RunwayAlephEditVideoCompleted:
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
    ) -> types.RunwayAlephEditVideoCompleted:
        """Create a Runway Aleph video edit task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of runway_aleph.edit_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("runway_aleph", "runway_aleph.edit_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.RunwayAlephEditVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class RunwayAleph(SyncAPIResource):
    """Runway Aleph video editing."""

    _namespace = "runway_aleph"

    @cached_property
    def edit_video(self) -> EditVideo:
        return EditVideo(self._client)


class AsyncEditVideo(AsyncTaskResource):
    """Edit video."""

    _namespace = "runway_aleph"
    _create_operation = OPERATIONS["runway_aleph.edit_video.create"]
    _status_operation = OPERATIONS["runway_aleph.edit_video.get"]
    _status_model = "RunwayAlephEditVideoStatus"
    _completed_model = "RunwayAlephEditVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Runway Aleph video edit task

        Starts a Runway Aleph task that transforms an existing video (`source_video_url`) as the
        prompt describes, optionally guided by a style `reference_image_url`. `aspect_ratio`
        (16:9, 9:16, 4:3, 3:4, 1:1, 21:9), `seed` and a `watermark` text are optional. Answers
        `202` with the task id; the completed task returns the edited video and a cover image.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/runway_aleph/edit_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.RunwayAlephEditVideoStatus:
        """Get a Runway Aleph video edit task

        Returns the status of a Runway Aleph task; once completed, `videos` holds the edited video
        and `images` its cover image.

        `GET /api/v1/runway_aleph/edit_video/{id}`"""
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
    ) -> types.RunwayAlephEditVideoCompleted:
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
    ) -> types.RunwayAlephEditVideoCompleted:
        """Create a Runway Aleph video edit task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of runway_aleph.edit_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("runway_aleph", "runway_aleph.edit_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.RunwayAlephEditVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncRunwayAleph(AsyncAPIResource):
    """Runway Aleph video editing."""

    _namespace = "runway_aleph"

    @cached_property
    def edit_video(self) -> AsyncEditVideo:
        return AsyncEditVideo(self._client)
