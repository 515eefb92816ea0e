"""Kling video generation, avatars and motion control.

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

    from ..types import kling as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AiAvatar",
    "AsyncAiAvatar",
    "AsyncImageToVideo",
    "AsyncKling",
    "AsyncMotionControl",
    "AsyncTextToVideo",
    "ImageToVideo",
    "Kling",
    "MotionControl",
    "TextToVideo",
]

OPERATIONS: dict[str, Operation] = {
    "kling.ai_avatar.create": Operation(
        operation_id="kling.ai_avatar.create",
        method="POST",
        path="/api/v1/kling/ai_avatar",
        auth="api_key",
        body="json",
    ),
    "kling.ai_avatar.get": Operation(
        operation_id="kling.ai_avatar.get",
        method="GET",
        path="/api/v1/kling/ai_avatar/{id}",
        auth="api_key",
        body="none",
    ),
    "kling.image_to_video.create": Operation(
        operation_id="kling.image_to_video.create",
        method="POST",
        path="/api/v1/kling/image_to_video",
        auth="api_key",
        body="json",
    ),
    "kling.image_to_video.get": Operation(
        operation_id="kling.image_to_video.get",
        method="GET",
        path="/api/v1/kling/image_to_video/{id}",
        auth="api_key",
        body="none",
    ),
    "kling.motion_control.create": Operation(
        operation_id="kling.motion_control.create",
        method="POST",
        path="/api/v1/kling/motion_control",
        auth="api_key",
        body="json",
    ),
    "kling.motion_control.get": Operation(
        operation_id="kling.motion_control.get",
        method="GET",
        path="/api/v1/kling/motion_control/{id}",
        auth="api_key",
        body="none",
    ),
    "kling.text_to_video.create": Operation(
        operation_id="kling.text_to_video.create",
        method="POST",
        path="/api/v1/kling/text_to_video",
        auth="api_key",
        body="json",
    ),
    "kling.text_to_video.get": Operation(
        operation_id="kling.text_to_video.get",
        method="GET",
        path="/api/v1/kling/text_to_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class AiAvatar(SyncTaskResource):
    """Ai avatar."""

    _namespace = "kling"
    _create_operation = OPERATIONS["kling.ai_avatar.create"]
    _status_operation = OPERATIONS["kling.ai_avatar.get"]
    _status_model = "KlingTaskStatus"
    _completed_model = "KlingTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Kling AI Avatar task

        Animates a portrait (`source_image_url`, JPEG or PNG up to 10 MB) to match spoken audio
        (`source_audio_url`, MP3, WAV, AAC, MP4 or OGG up to 10 MB) with lip-sync and head movement,
        and answers
        `202` with the task id. Models: `kling-ai-avatar-pro`, `kling-ai-avatar-standard`,
        `kling-ai-avatar-v1-pro`, `kling-v1-avatar-standard`. `prompt` is required but may be empty (at most
        5000 characters). Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/kling/ai_avatar`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KlingTaskStatus:
        """Get a Kling AI Avatar task

        Returns the status of a Kling AI Avatar task; `videos` is present once it has completed.

        `GET /api/v1/kling/ai_avatar/{id}`"""
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
    ) -> types.KlingTaskCompleted:
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
    ) -> types.KlingTaskCompleted:
        """Create a Kling AI Avatar task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of kling.ai_avatar.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("kling", "kling.ai_avatar.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class ImageToVideo(SyncTaskResource):
    """Image to video."""

    _namespace = "kling"
    _create_operation = OPERATIONS["kling.image_to_video.create"]
    _status_operation = OPERATIONS["kling.image_to_video.get"]
    _status_model = "KlingTaskStatus"
    _completed_model = "KlingTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Kling V2.1 / V2.5 image-to-video task

        Starts a Kling V2.1 / V2.5 image-to-video task from `first_frame_image_url` and answers
        `202` with its id.

        - `kling-v2.1-pro`: optional final frame (`last_frame_image_url`); prompt up to 5000 characters.
        - `kling-v2.1-standard`, `kling-v2.1-master-image-to-video`: prompt up to 5000 characters; no final frame.
        - `kling-v2.5-turbo-image-to-video-pro`: optional final frame; prompt up to 2500 characters.

        Every model takes `duration_seconds` 5 or 10 (default 5), `aspect_ratio` 16:9, 9:16 or 1:1,
        `negative_prompt` up to 500 characters and `cfg_scale` 0-1. Poll the linked status operation or
        pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=kling-v2.1-pro
        - model=kling-v2.1-standard
        - model=kling-v2.1-master-image-to-video
        - model=kling-v2.5-turbo-image-to-video-pro

        `POST /api/v1/kling/image_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KlingTaskStatus:
        """Get a Kling V2.1 / V2.5 image-to-video task

        Returns the status of a Kling V2.1 / V2.5 image-to-video task; `videos` is present once it
        has completed.

        `GET /api/v1/kling/image_to_video/{id}`"""
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
    ) -> types.KlingTaskCompleted:
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
    ) -> types.KlingTaskCompleted:
        """Create a Kling V2.1 / V2.5 image-to-video task, then wait for it to finish (`create` +
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
        """Check a `create` body against every rule of kling.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("kling", "kling.image_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class MotionControl(SyncTaskResource):
    """Motion control."""

    _namespace = "kling"
    _create_operation = OPERATIONS["kling.motion_control.create"]
    _status_operation = OPERATIONS["kling.motion_control.get"]
    _status_model = "KlingTaskStatus"
    _completed_model = "KlingTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Kling motion control task

        Transfers the motion of `reference_video_url` onto the subject of
        `source_first_frame_image_url`
        (also accepted as `source_image_url`; model `kling-3.0`) and answers `202` with the task id.
        Optional: `prompt` (at most 2500 characters),
        `output_resolution` 720p or 1080p, and whether the character orientation (`character_orientation`) and the
        background (`background_source`) come from the video or the image. Poll the linked status
        operation or
        pass `callback_url`.

        Rules checked before sending:
        - the subject image is required - source_first_frame_image_url or source_image_url

        `POST /api/v1/kling/motion_control`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KlingTaskStatus:
        """Get a Kling motion control task

        Returns the status of a Kling motion control task; `videos` is present once it has
        completed.

        `GET /api/v1/kling/motion_control/{id}`"""
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
    ) -> types.KlingTaskCompleted:
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
    ) -> types.KlingTaskCompleted:
        """Create a Kling motion control task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of kling.motion_control.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("kling", "kling.motion_control.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToVideo(SyncTaskResource):
    """Text to video."""

    _namespace = "kling"
    _create_operation = OPERATIONS["kling.text_to_video.create"]
    _status_operation = OPERATIONS["kling.text_to_video.get"]
    _status_model = "KlingTaskStatus"
    _completed_model = "KlingTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Kling text-to-video task

        Starts a Kling video task and answers `202` with its id. Serves kling-3.0 and the V2.1 /
        V2.5
        text-to-video models:

        - `kling-3.0`: single-shot (default; `prompt` required) or multi-shot (`multi_shots: true`, with
          `multi_prompt` shots of 1-12 s and at most 500 characters each, and `enable_sound: true`);
          `duration_seconds` 3-15; `aspect_ratio` 16:9, 9:16 or 1:1, required unless `first_frame_image_url`
          turns the task into image-to-video; `output_resolution` 720p, 1080p or 4k;
        `last_frame_image_url`
          in single-shot mode only; `negative_prompt` and `cfg_scale` 0-1; reusable `kling_elements`
          referenced in prompts as `@name`.
        - `kling-v2.1-master-text-to-video`: prompt up to 5000 characters, negative prompt up to 500.
        - `kling-v2.5-turbo-text-to-video-pro`: prompt and negative prompt up to 2500 characters.
          Both V2 models take `duration_seconds` 5 or 10 (default 5), `aspect_ratio`, `cfg_scale`
        0-1
          and `enable_sound`.

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=kling-3.0, multi_shots=False
        - model=kling-3.0, multi_shots=True
        - model=kling-v2.1-master-text-to-video
        - model=kling-v2.5-turbo-text-to-video-pro

        Rules checked before sending:
        - aspect_ratio is required unless first_frame_image_url is provided

        `POST /api/v1/kling/text_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KlingTaskStatus:
        """Get a Kling text-to-video task

        Returns the status of a Kling text-to-video task; `videos` is present once it has completed.

        `GET /api/v1/kling/text_to_video/{id}`"""
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
    ) -> types.KlingTaskCompleted:
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
    ) -> types.KlingTaskCompleted:
        """Create a Kling text-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of kling.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("kling", "kling.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Kling(SyncAPIResource):
    """Kling video generation, avatars and motion control."""

    _namespace = "kling"

    @cached_property
    def ai_avatar(self) -> AiAvatar:
        return AiAvatar(self._client)

    @cached_property
    def image_to_video(self) -> ImageToVideo:
        return ImageToVideo(self._client)

    @cached_property
    def motion_control(self) -> MotionControl:
        return MotionControl(self._client)

    @cached_property
    def text_to_video(self) -> TextToVideo:
        return TextToVideo(self._client)


class AsyncAiAvatar(AsyncTaskResource):
    """Ai avatar."""

    _namespace = "kling"
    _create_operation = OPERATIONS["kling.ai_avatar.create"]
    _status_operation = OPERATIONS["kling.ai_avatar.get"]
    _status_model = "KlingTaskStatus"
    _completed_model = "KlingTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Kling AI Avatar task

        Animates a portrait (`source_image_url`, JPEG or PNG up to 10 MB) to match spoken audio
        (`source_audio_url`, MP3, WAV, AAC, MP4 or OGG up to 10 MB) with lip-sync and head movement,
        and answers
        `202` with the task id. Models: `kling-ai-avatar-pro`, `kling-ai-avatar-standard`,
        `kling-ai-avatar-v1-pro`, `kling-v1-avatar-standard`. `prompt` is required but may be empty (at most
        5000 characters). Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/kling/ai_avatar`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KlingTaskStatus:
        """Get a Kling AI Avatar task

        Returns the status of a Kling AI Avatar task; `videos` is present once it has completed.

        `GET /api/v1/kling/ai_avatar/{id}`"""
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
    ) -> types.KlingTaskCompleted:
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
    ) -> types.KlingTaskCompleted:
        """Create a Kling AI Avatar task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of kling.ai_avatar.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("kling", "kling.ai_avatar.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncImageToVideo(AsyncTaskResource):
    """Image to video."""

    _namespace = "kling"
    _create_operation = OPERATIONS["kling.image_to_video.create"]
    _status_operation = OPERATIONS["kling.image_to_video.get"]
    _status_model = "KlingTaskStatus"
    _completed_model = "KlingTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Kling V2.1 / V2.5 image-to-video task

        Starts a Kling V2.1 / V2.5 image-to-video task from `first_frame_image_url` and answers
        `202` with its id.

        - `kling-v2.1-pro`: optional final frame (`last_frame_image_url`); prompt up to 5000 characters.
        - `kling-v2.1-standard`, `kling-v2.1-master-image-to-video`: prompt up to 5000 characters; no final frame.
        - `kling-v2.5-turbo-image-to-video-pro`: optional final frame; prompt up to 2500 characters.

        Every model takes `duration_seconds` 5 or 10 (default 5), `aspect_ratio` 16:9, 9:16 or 1:1,
        `negative_prompt` up to 500 characters and `cfg_scale` 0-1. Poll the linked status operation or
        pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=kling-v2.1-pro
        - model=kling-v2.1-standard
        - model=kling-v2.1-master-image-to-video
        - model=kling-v2.5-turbo-image-to-video-pro

        `POST /api/v1/kling/image_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KlingTaskStatus:
        """Get a Kling V2.1 / V2.5 image-to-video task

        Returns the status of a Kling V2.1 / V2.5 image-to-video task; `videos` is present once it
        has completed.

        `GET /api/v1/kling/image_to_video/{id}`"""
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
    ) -> types.KlingTaskCompleted:
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
    ) -> types.KlingTaskCompleted:
        """Create a Kling V2.1 / V2.5 image-to-video task, then wait for it to finish (`create` +
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
        """Check a `create` body against every rule of kling.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("kling", "kling.image_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncMotionControl(AsyncTaskResource):
    """Motion control."""

    _namespace = "kling"
    _create_operation = OPERATIONS["kling.motion_control.create"]
    _status_operation = OPERATIONS["kling.motion_control.get"]
    _status_model = "KlingTaskStatus"
    _completed_model = "KlingTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Kling motion control task

        Transfers the motion of `reference_video_url` onto the subject of
        `source_first_frame_image_url`
        (also accepted as `source_image_url`; model `kling-3.0`) and answers `202` with the task id.
        Optional: `prompt` (at most 2500 characters),
        `output_resolution` 720p or 1080p, and whether the character orientation (`character_orientation`) and the
        background (`background_source`) come from the video or the image. Poll the linked status
        operation or
        pass `callback_url`.

        Rules checked before sending:
        - the subject image is required - source_first_frame_image_url or source_image_url

        `POST /api/v1/kling/motion_control`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KlingTaskStatus:
        """Get a Kling motion control task

        Returns the status of a Kling motion control task; `videos` is present once it has
        completed.

        `GET /api/v1/kling/motion_control/{id}`"""
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
    ) -> types.KlingTaskCompleted:
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
    ) -> types.KlingTaskCompleted:
        """Create a Kling motion control task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of kling.motion_control.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("kling", "kling.motion_control.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToVideo(AsyncTaskResource):
    """Text to video."""

    _namespace = "kling"
    _create_operation = OPERATIONS["kling.text_to_video.create"]
    _status_operation = OPERATIONS["kling.text_to_video.get"]
    _status_model = "KlingTaskStatus"
    _completed_model = "KlingTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Kling text-to-video task

        Starts a Kling video task and answers `202` with its id. Serves kling-3.0 and the V2.1 /
        V2.5
        text-to-video models:

        - `kling-3.0`: single-shot (default; `prompt` required) or multi-shot (`multi_shots: true`, with
          `multi_prompt` shots of 1-12 s and at most 500 characters each, and `enable_sound: true`);
          `duration_seconds` 3-15; `aspect_ratio` 16:9, 9:16 or 1:1, required unless `first_frame_image_url`
          turns the task into image-to-video; `output_resolution` 720p, 1080p or 4k;
        `last_frame_image_url`
          in single-shot mode only; `negative_prompt` and `cfg_scale` 0-1; reusable `kling_elements`
          referenced in prompts as `@name`.
        - `kling-v2.1-master-text-to-video`: prompt up to 5000 characters, negative prompt up to 500.
        - `kling-v2.5-turbo-text-to-video-pro`: prompt and negative prompt up to 2500 characters.
          Both V2 models take `duration_seconds` 5 or 10 (default 5), `aspect_ratio`, `cfg_scale`
        0-1
          and `enable_sound`.

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=kling-3.0, multi_shots=False
        - model=kling-3.0, multi_shots=True
        - model=kling-v2.1-master-text-to-video
        - model=kling-v2.5-turbo-text-to-video-pro

        Rules checked before sending:
        - aspect_ratio is required unless first_frame_image_url is provided

        `POST /api/v1/kling/text_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KlingTaskStatus:
        """Get a Kling text-to-video task

        Returns the status of a Kling text-to-video task; `videos` is present once it has completed.

        `GET /api/v1/kling/text_to_video/{id}`"""
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
    ) -> types.KlingTaskCompleted:
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
    ) -> types.KlingTaskCompleted:
        """Create a Kling text-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of kling.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("kling", "kling.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncKling(AsyncAPIResource):
    """Kling video generation, avatars and motion control."""

    _namespace = "kling"

    @cached_property
    def ai_avatar(self) -> AsyncAiAvatar:
        return AsyncAiAvatar(self._client)

    @cached_property
    def image_to_video(self) -> AsyncImageToVideo:
        return AsyncImageToVideo(self._client)

    @cached_property
    def motion_control(self) -> AsyncMotionControl:
        return AsyncMotionControl(self._client)

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo:
        return AsyncTextToVideo(self._client)
