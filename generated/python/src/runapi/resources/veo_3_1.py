"""Google Veo 3.1 video generation, extension and upscaling.

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

    from ..types import veo_3_1 as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncExtendVideo",
    "AsyncTextToVideo",
    "AsyncUpscaleVideo",
    "AsyncVeo31",
    "ExtendVideo",
    "TextToVideo",
    "UpscaleVideo",
    "Veo31",
]

OPERATIONS: dict[str, Operation] = {
    "veo_3_1.extend_video.create": Operation(
        operation_id="veo_3_1.extend_video.create",
        method="POST",
        path="/api/v1/veo_3_1/extend_video",
        auth="api_key",
        body="json",
    ),
    "veo_3_1.extend_video.get": Operation(
        operation_id="veo_3_1.extend_video.get",
        method="GET",
        path="/api/v1/veo_3_1/extend_video/{id}",
        auth="api_key",
        body="none",
    ),
    "veo_3_1.text_to_video.create": Operation(
        operation_id="veo_3_1.text_to_video.create",
        method="POST",
        path="/api/v1/veo_3_1/text_to_video",
        auth="api_key",
        body="json",
    ),
    "veo_3_1.text_to_video.get": Operation(
        operation_id="veo_3_1.text_to_video.get",
        method="GET",
        path="/api/v1/veo_3_1/text_to_video/{id}",
        auth="api_key",
        body="none",
    ),
    "veo_3_1.upscale_video.create": Operation(
        operation_id="veo_3_1.upscale_video.create",
        method="POST",
        path="/api/v1/veo_3_1/upscale_video",
        auth="api_key",
        body="json",
    ),
    "veo_3_1.upscale_video.get": Operation(
        operation_id="veo_3_1.upscale_video.get",
        method="GET",
        path="/api/v1/veo_3_1/upscale_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class ExtendVideo(SyncTaskResource):
    """Extend video."""

    _namespace = "veo_3_1"
    _create_operation = OPERATIONS["veo_3_1.extend_video.create"]
    _status_operation = OPERATIONS["veo_3_1.extend_video.get"]
    _status_model = "Veo31ExtendVideoStatus"
    _completed_model = "Veo31ExtendVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Extend a Veo 3.1 video

        Starts a task that extends an existing Veo 3.1 video: new content is generated from the
        original video (identified by the id of its generation task, `source_task_id`) and a text
        prompt describing the continuation. Optional `seeds` (10000-99999) and `watermark` text.
        Answers `202` with the id of the extension task; poll the linked status operation or pass
        `callback_url` (same payload as text-to-video).

        `POST /api/v1/veo_3_1/extend_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Veo31ExtendVideoStatus:
        """Get a Veo 3.1 extension task

        Returns the status of a Veo 3.1 extension task; once completed, `videos` holds the extended
        video and `sources` the original one.

        `GET /api/v1/veo_3_1/extend_video/{id}`"""
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
    ) -> types.Veo31ExtendVideoCompleted:
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
    ) -> types.Veo31ExtendVideoCompleted:
        """Extend a Veo 3.1 video, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of veo_3_1.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("veo_3_1", "veo_3_1.extend_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Veo31ExtendVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToVideo(SyncTaskResource):
    """Text to video."""

    _namespace = "veo_3_1"
    _create_operation = OPERATIONS["veo_3_1.text_to_video.create"]
    _status_operation = OPERATIONS["veo_3_1.text_to_video.get"]
    _status_model = "Veo31TextToVideoStatus"
    _completed_model = "Veo31TextToVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Veo 3.1 video task

        Starts a Google Veo 3.1 video generation task and answers `202` with its id. Two models:
        `veo-3.1` (Quality, highest fidelity) and `veo-3.1-fast` (Fast, for iterations and drafts).
        One endpoint serves three input modes, chosen with `input_mode`:

        - `text` (the default): text-to-video from the prompt alone.
        - `first_and_last_frames`: image-to-video; `first_frame_image_url` is required and an
          optional `last_frame_image_url` makes a smooth transition between the two images.
        - `reference`: generation guided by 1-3 `reference_image_urls`; only `veo-3.1-fast`
          and only the `16:9` aspect ratio are accepted in this mode.

        Every mode takes `aspect_ratio` (`16:9`, `9:16`, `auto`; default `16:9`),
        `duration_seconds` (4, 6 or 8; default 8), `seeds` (10000-99999), `enable_translation`
        (default true) and an optional `watermark` text. Poll the linked status operation or pass
        `callback_url`. Completed videos can be extended (`veo_3_1.extend_video.create`) or
        upscaled to 1080p / 4k (`veo_3_1.upscale_video.create`).

        Accepted request shapes (one overload each):
        - model=veo-3.1
        - model=veo-3.1-fast

        Rules checked before sending:
        - aspect_ratio must be 16:9 when input_mode is reference
        - first_frame_image_url is required when input_mode is first_and_last_frames
        - reference_image_urls is required when input_mode is reference

        `POST /api/v1/veo_3_1/text_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Veo31TextToVideoStatus:
        """Get a Veo 3.1 video task

        Returns the status of a Veo 3.1 generation task; `videos` (url, resolution, has_audio) is
        present once it has completed, and image-to-video results also carry the input images in
        `sources`.

        `GET /api/v1/veo_3_1/text_to_video/{id}`"""
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
    ) -> types.Veo31TextToVideoCompleted:
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
    ) -> types.Veo31TextToVideoCompleted:
        """Create a Veo 3.1 video task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of veo_3_1.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("veo_3_1", "veo_3_1.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Veo31TextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class UpscaleVideo(SyncTaskResource):
    """Upscale video."""

    _namespace = "veo_3_1"
    _create_operation = OPERATIONS["veo_3_1.upscale_video.create"]
    _status_operation = OPERATIONS["veo_3_1.upscale_video.get"]
    _status_model = "Veo31UpscaleVideoStatus"
    _completed_model = "Veo31UpscaleVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Request a 1080p or 4k Veo 3.1 video

        Starts a task that produces a high-definition (`1080p`) or ultra-high-definition (`4k`)
        version of a video from a completed Veo 3.1 generation task (`source_task_id`). `index`
        picks the video when the source task generated several (default 0). Answers `202` with
        the id of the conversion task; the status payload and callback reference
        `source_task_id`. A 4k version is not always available; the task then fails.

        `POST /api/v1/veo_3_1/upscale_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Veo31UpscaleVideoStatus:
        """Get a Veo 3.1 upscale task

        Returns the status of a 1080p or 4k conversion task, with its `source_task_id`; `videos`
        (url, resolution) is present once it has completed.

        `GET /api/v1/veo_3_1/upscale_video/{id}`"""
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
    ) -> types.Veo31UpscaleVideoCompleted:
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
    ) -> types.Veo31UpscaleVideoCompleted:
        """Request a 1080p or 4k Veo 3.1 video, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of veo_3_1.upscale_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("veo_3_1", "veo_3_1.upscale_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Veo31UpscaleVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Veo31(SyncAPIResource):
    """Google Veo 3.1 video generation, extension and upscaling."""

    _namespace = "veo_3_1"

    @cached_property
    def extend_video(self) -> ExtendVideo:
        return ExtendVideo(self._client)

    @cached_property
    def text_to_video(self) -> TextToVideo:
        return TextToVideo(self._client)

    @cached_property
    def upscale_video(self) -> UpscaleVideo:
        return UpscaleVideo(self._client)


class AsyncExtendVideo(AsyncTaskResource):
    """Extend video."""

    _namespace = "veo_3_1"
    _create_operation = OPERATIONS["veo_3_1.extend_video.create"]
    _status_operation = OPERATIONS["veo_3_1.extend_video.get"]
    _status_model = "Veo31ExtendVideoStatus"
    _completed_model = "Veo31ExtendVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Extend a Veo 3.1 video

        Starts a task that extends an existing Veo 3.1 video: new content is generated from the
        original video (identified by the id of its generation task, `source_task_id`) and a text
        prompt describing the continuation. Optional `seeds` (10000-99999) and `watermark` text.
        Answers `202` with the id of the extension task; poll the linked status operation or pass
        `callback_url` (same payload as text-to-video).

        `POST /api/v1/veo_3_1/extend_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Veo31ExtendVideoStatus:
        """Get a Veo 3.1 extension task

        Returns the status of a Veo 3.1 extension task; once completed, `videos` holds the extended
        video and `sources` the original one.

        `GET /api/v1/veo_3_1/extend_video/{id}`"""
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
    ) -> types.Veo31ExtendVideoCompleted:
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
    ) -> types.Veo31ExtendVideoCompleted:
        """Extend a Veo 3.1 video, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of veo_3_1.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("veo_3_1", "veo_3_1.extend_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Veo31ExtendVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToVideo(AsyncTaskResource):
    """Text to video."""

    _namespace = "veo_3_1"
    _create_operation = OPERATIONS["veo_3_1.text_to_video.create"]
    _status_operation = OPERATIONS["veo_3_1.text_to_video.get"]
    _status_model = "Veo31TextToVideoStatus"
    _completed_model = "Veo31TextToVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Veo 3.1 video task

        Starts a Google Veo 3.1 video generation task and answers `202` with its id. Two models:
        `veo-3.1` (Quality, highest fidelity) and `veo-3.1-fast` (Fast, for iterations and drafts).
        One endpoint serves three input modes, chosen with `input_mode`:

        - `text` (the default): text-to-video from the prompt alone.
        - `first_and_last_frames`: image-to-video; `first_frame_image_url` is required and an
          optional `last_frame_image_url` makes a smooth transition between the two images.
        - `reference`: generation guided by 1-3 `reference_image_urls`; only `veo-3.1-fast`
          and only the `16:9` aspect ratio are accepted in this mode.

        Every mode takes `aspect_ratio` (`16:9`, `9:16`, `auto`; default `16:9`),
        `duration_seconds` (4, 6 or 8; default 8), `seeds` (10000-99999), `enable_translation`
        (default true) and an optional `watermark` text. Poll the linked status operation or pass
        `callback_url`. Completed videos can be extended (`veo_3_1.extend_video.create`) or
        upscaled to 1080p / 4k (`veo_3_1.upscale_video.create`).

        Accepted request shapes (one overload each):
        - model=veo-3.1
        - model=veo-3.1-fast

        Rules checked before sending:
        - aspect_ratio must be 16:9 when input_mode is reference
        - first_frame_image_url is required when input_mode is first_and_last_frames
        - reference_image_urls is required when input_mode is reference

        `POST /api/v1/veo_3_1/text_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Veo31TextToVideoStatus:
        """Get a Veo 3.1 video task

        Returns the status of a Veo 3.1 generation task; `videos` (url, resolution, has_audio) is
        present once it has completed, and image-to-video results also carry the input images in
        `sources`.

        `GET /api/v1/veo_3_1/text_to_video/{id}`"""
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
    ) -> types.Veo31TextToVideoCompleted:
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
    ) -> types.Veo31TextToVideoCompleted:
        """Create a Veo 3.1 video task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of veo_3_1.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("veo_3_1", "veo_3_1.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Veo31TextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncUpscaleVideo(AsyncTaskResource):
    """Upscale video."""

    _namespace = "veo_3_1"
    _create_operation = OPERATIONS["veo_3_1.upscale_video.create"]
    _status_operation = OPERATIONS["veo_3_1.upscale_video.get"]
    _status_model = "Veo31UpscaleVideoStatus"
    _completed_model = "Veo31UpscaleVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Request a 1080p or 4k Veo 3.1 video

        Starts a task that produces a high-definition (`1080p`) or ultra-high-definition (`4k`)
        version of a video from a completed Veo 3.1 generation task (`source_task_id`). `index`
        picks the video when the source task generated several (default 0). Answers `202` with
        the id of the conversion task; the status payload and callback reference
        `source_task_id`. A 4k version is not always available; the task then fails.

        `POST /api/v1/veo_3_1/upscale_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.Veo31UpscaleVideoStatus:
        """Get a Veo 3.1 upscale task

        Returns the status of a 1080p or 4k conversion task, with its `source_task_id`; `videos`
        (url, resolution) is present once it has completed.

        `GET /api/v1/veo_3_1/upscale_video/{id}`"""
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
    ) -> types.Veo31UpscaleVideoCompleted:
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
    ) -> types.Veo31UpscaleVideoCompleted:
        """Request a 1080p or 4k Veo 3.1 video, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of veo_3_1.upscale_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("veo_3_1", "veo_3_1.upscale_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.Veo31UpscaleVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncVeo31(AsyncAPIResource):
    """Google Veo 3.1 video generation, extension and upscaling."""

    _namespace = "veo_3_1"

    @cached_property
    def extend_video(self) -> AsyncExtendVideo:
        return AsyncExtendVideo(self._client)

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo:
        return AsyncTextToVideo(self._client)

    @cached_property
    def upscale_video(self) -> AsyncUpscaleVideo:
        return AsyncUpscaleVideo(self._client)
