"""Hailuo text-to-video and image-to-video.

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

    from ..types import hailuo as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncHailuo",
    "AsyncImageToVideo",
    "AsyncTextToVideo",
    "Hailuo",
    "ImageToVideo",
    "TextToVideo",
]

OPERATIONS: dict[str, Operation] = {
    "hailuo.image_to_video.create": Operation(
        operation_id="hailuo.image_to_video.create",
        method="POST",
        path="/api/v1/hailuo/image_to_video",
        auth="api_key",
        body="json",
    ),
    "hailuo.image_to_video.get": Operation(
        operation_id="hailuo.image_to_video.get",
        method="GET",
        path="/api/v1/hailuo/image_to_video/{id}",
        auth="api_key",
        body="none",
    ),
    "hailuo.text_to_video.create": Operation(
        operation_id="hailuo.text_to_video.create",
        method="POST",
        path="/api/v1/hailuo/text_to_video",
        auth="api_key",
        body="json",
    ),
    "hailuo.text_to_video.get": Operation(
        operation_id="hailuo.text_to_video.get",
        method="GET",
        path="/api/v1/hailuo/text_to_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class ImageToVideo(SyncTaskResource):
    """Image to video."""

    _namespace = "hailuo"
    _create_operation = OPERATIONS["hailuo.image_to_video.create"]
    _status_operation = OPERATIONS["hailuo.image_to_video.get"]
    _status_model = "HailuoTaskStatus"
    _completed_model = "HailuoTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Hailuo image-to-video task

        Starts a Hailuo image-to-video task from `first_frame_image_url` and answers `202` with its
        id.

        - `hailuo-02-image-to-video-pro`: fixed pro profile; prompt up to 1500 characters; optional
          `last_frame_image_url` and `prompt_optimizer` (hailuo-02-* only).
        - `hailuo-02-image-to-video-standard`: `duration_seconds` 6 or 10, `output_resolution` 512p or 768p,
          optional `last_frame_image_url` and `prompt_optimizer`; prompt up to 1500 characters.
        - `hailuo-2.3-image-to-video-pro` / `hailuo-2.3-image-to-video-standard`: `duration_seconds` 6 or 10,
          `output_resolution` 768p or 1080p; prompt up to 5000 characters.

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=hailuo-02-image-to-video-pro
        - model=hailuo-02-image-to-video-standard
        - model=hailuo-2.3-image-to-video-pro
        - model=hailuo-2.3-image-to-video-standard

        `POST /api/v1/hailuo/image_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HailuoTaskStatus:
        """Get a Hailuo image-to-video task

        Returns the status of a Hailuo image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/hailuo/image_to_video/{id}`"""
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
    ) -> types.HailuoTaskCompleted:
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
    ) -> types.HailuoTaskCompleted:
        """Create a Hailuo image-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of hailuo.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("hailuo", "hailuo.image_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HailuoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToVideo(SyncTaskResource):
    """Text to video."""

    _namespace = "hailuo"
    _create_operation = OPERATIONS["hailuo.text_to_video.create"]
    _status_operation = OPERATIONS["hailuo.text_to_video.get"]
    _status_model = "HailuoTaskStatus"
    _completed_model = "HailuoTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Hailuo text-to-video task

        Starts a Hailuo text-to-video task and answers `202` with its id. Models:
        `hailuo-02-text-to-video-pro` (a fixed pro profile) and `hailuo-02-text-to-video-standard`, the only
        one that accepts `duration_seconds` (6 or 10, default 6). `prompt` is at most 1500
        characters;
        `prompt_optimizer` enables Hailuo prompt optimization. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=hailuo-02-text-to-video-pro
        - model=hailuo-02-text-to-video-standard

        `POST /api/v1/hailuo/text_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HailuoTaskStatus:
        """Get a Hailuo text-to-video task

        Returns the status of a Hailuo text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/hailuo/text_to_video/{id}`"""
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
    ) -> types.HailuoTaskCompleted:
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
    ) -> types.HailuoTaskCompleted:
        """Create a Hailuo text-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of hailuo.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("hailuo", "hailuo.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HailuoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Hailuo(SyncAPIResource):
    """Hailuo text-to-video and image-to-video."""

    _namespace = "hailuo"

    @cached_property
    def image_to_video(self) -> ImageToVideo:
        return ImageToVideo(self._client)

    @cached_property
    def text_to_video(self) -> TextToVideo:
        return TextToVideo(self._client)


class AsyncImageToVideo(AsyncTaskResource):
    """Image to video."""

    _namespace = "hailuo"
    _create_operation = OPERATIONS["hailuo.image_to_video.create"]
    _status_operation = OPERATIONS["hailuo.image_to_video.get"]
    _status_model = "HailuoTaskStatus"
    _completed_model = "HailuoTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Hailuo image-to-video task

        Starts a Hailuo image-to-video task from `first_frame_image_url` and answers `202` with its
        id.

        - `hailuo-02-image-to-video-pro`: fixed pro profile; prompt up to 1500 characters; optional
          `last_frame_image_url` and `prompt_optimizer` (hailuo-02-* only).
        - `hailuo-02-image-to-video-standard`: `duration_seconds` 6 or 10, `output_resolution` 512p or 768p,
          optional `last_frame_image_url` and `prompt_optimizer`; prompt up to 1500 characters.
        - `hailuo-2.3-image-to-video-pro` / `hailuo-2.3-image-to-video-standard`: `duration_seconds` 6 or 10,
          `output_resolution` 768p or 1080p; prompt up to 5000 characters.

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=hailuo-02-image-to-video-pro
        - model=hailuo-02-image-to-video-standard
        - model=hailuo-2.3-image-to-video-pro
        - model=hailuo-2.3-image-to-video-standard

        `POST /api/v1/hailuo/image_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HailuoTaskStatus:
        """Get a Hailuo image-to-video task

        Returns the status of a Hailuo image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/hailuo/image_to_video/{id}`"""
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
    ) -> types.HailuoTaskCompleted:
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
    ) -> types.HailuoTaskCompleted:
        """Create a Hailuo image-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of hailuo.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("hailuo", "hailuo.image_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HailuoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToVideo(AsyncTaskResource):
    """Text to video."""

    _namespace = "hailuo"
    _create_operation = OPERATIONS["hailuo.text_to_video.create"]
    _status_operation = OPERATIONS["hailuo.text_to_video.get"]
    _status_model = "HailuoTaskStatus"
    _completed_model = "HailuoTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Hailuo text-to-video task

        Starts a Hailuo text-to-video task and answers `202` with its id. Models:
        `hailuo-02-text-to-video-pro` (a fixed pro profile) and `hailuo-02-text-to-video-standard`, the only
        one that accepts `duration_seconds` (6 or 10, default 6). `prompt` is at most 1500
        characters;
        `prompt_optimizer` enables Hailuo prompt optimization. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=hailuo-02-text-to-video-pro
        - model=hailuo-02-text-to-video-standard

        `POST /api/v1/hailuo/text_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HailuoTaskStatus:
        """Get a Hailuo text-to-video task

        Returns the status of a Hailuo text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/hailuo/text_to_video/{id}`"""
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
    ) -> types.HailuoTaskCompleted:
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
    ) -> types.HailuoTaskCompleted:
        """Create a Hailuo text-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of hailuo.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("hailuo", "hailuo.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HailuoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncHailuo(AsyncAPIResource):
    """Hailuo text-to-video and image-to-video."""

    _namespace = "hailuo"

    @cached_property
    def image_to_video(self) -> AsyncImageToVideo:
        return AsyncImageToVideo(self._client)

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo:
        return AsyncTextToVideo(self._client)
