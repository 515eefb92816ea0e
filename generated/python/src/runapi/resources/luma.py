"""Luma video modification.

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

    from ..types import luma as types
    from ..types.shared import TaskAccepted

__all__ = ["AsyncLuma", "AsyncModifyVideo", "Luma", "ModifyVideo"]

OPERATIONS: dict[str, Operation] = {
    "luma.modify_video.create": Operation(
        operation_id="luma.modify_video.create",
        method="POST",
        path="/api/v1/luma/modify_video",
        auth="api_key",
        body="json",
    ),
    "luma.modify_video.get": Operation(
        operation_id="luma.modify_video.get",
        method="GET",
        path="/api/v1/luma/modify_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class ModifyVideo(SyncTaskResource):
    """Modify video."""

    _namespace = "luma"
    _create_operation = OPERATIONS["luma.modify_video.create"]
    _status_operation = OPERATIONS["luma.modify_video.get"]
    _status_model = "LumaModifyVideoStatus"
    _completed_model = "LumaModifyVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Luma video modification task

        Starts a Luma task that turns an existing, publicly accessible video (`source_video_url`;
        MP4, MOV or AVI) into a new variation guided by an English `prompt`, optionally with a
        `watermark` identifier. Submit the source video once and answer `202` with the task id;
        poll the linked status operation or pass an HTTPS `callback_url` to receive the final
        result. The result lists the generated videos and the source video used.

        `POST /api/v1/luma/modify_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.LumaModifyVideoStatus:
        """Get a Luma video modification task

        Returns the latest status of a Luma modification task; once completed, `videos` holds the
        generated videos and `sources` the source video used. Luma's provider-specific callback
        failure state is reported as `completed`, because the generation itself has succeeded.

        `GET /api/v1/luma/modify_video/{id}`"""
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
    ) -> types.LumaModifyVideoCompleted:
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
    ) -> types.LumaModifyVideoCompleted:
        """Create a Luma video modification task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of luma.modify_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("luma", "luma.modify_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.LumaModifyVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Luma(SyncAPIResource):
    """Luma video modification."""

    _namespace = "luma"

    @cached_property
    def modify_video(self) -> ModifyVideo:
        return ModifyVideo(self._client)


class AsyncModifyVideo(AsyncTaskResource):
    """Modify video."""

    _namespace = "luma"
    _create_operation = OPERATIONS["luma.modify_video.create"]
    _status_operation = OPERATIONS["luma.modify_video.get"]
    _status_model = "LumaModifyVideoStatus"
    _completed_model = "LumaModifyVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Luma video modification task

        Starts a Luma task that turns an existing, publicly accessible video (`source_video_url`;
        MP4, MOV or AVI) into a new variation guided by an English `prompt`, optionally with a
        `watermark` identifier. Submit the source video once and answer `202` with the task id;
        poll the linked status operation or pass an HTTPS `callback_url` to receive the final
        result. The result lists the generated videos and the source video used.

        `POST /api/v1/luma/modify_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.LumaModifyVideoStatus:
        """Get a Luma video modification task

        Returns the latest status of a Luma modification task; once completed, `videos` holds the
        generated videos and `sources` the source video used. Luma's provider-specific callback
        failure state is reported as `completed`, because the generation itself has succeeded.

        `GET /api/v1/luma/modify_video/{id}`"""
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
    ) -> types.LumaModifyVideoCompleted:
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
    ) -> types.LumaModifyVideoCompleted:
        """Create a Luma video modification task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of luma.modify_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("luma", "luma.modify_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.LumaModifyVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncLuma(AsyncAPIResource):
    """Luma video modification."""

    _namespace = "luma"

    @cached_property
    def modify_video(self) -> AsyncModifyVideo:
        return AsyncModifyVideo(self._client)
