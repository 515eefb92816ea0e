"""Wan video and image generation.

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

    from ..types import wan as types
    from ..types.shared import TaskAccepted

__all__ = [
    "Animate",
    "AsyncAnimate",
    "AsyncEditVideo",
    "AsyncImageToVideo",
    "AsyncSpeechToVideo",
    "AsyncTextToImage",
    "AsyncTextToVideo",
    "AsyncWan",
    "EditVideo",
    "ImageToVideo",
    "SpeechToVideo",
    "TextToImage",
    "TextToVideo",
    "Wan",
]

OPERATIONS: dict[str, Operation] = {
    "wan.animate.create": Operation(
        operation_id="wan.animate.create",
        method="POST",
        path="/api/v1/wan/animate",
        auth="api_key",
        body="json",
    ),
    "wan.animate.get": Operation(
        operation_id="wan.animate.get",
        method="GET",
        path="/api/v1/wan/animate/{id}",
        auth="api_key",
        body="none",
    ),
    "wan.edit_video.create": Operation(
        operation_id="wan.edit_video.create",
        method="POST",
        path="/api/v1/wan/edit_video",
        auth="api_key",
        body="json",
    ),
    "wan.edit_video.get": Operation(
        operation_id="wan.edit_video.get",
        method="GET",
        path="/api/v1/wan/edit_video/{id}",
        auth="api_key",
        body="none",
    ),
    "wan.image_to_video.create": Operation(
        operation_id="wan.image_to_video.create",
        method="POST",
        path="/api/v1/wan/image_to_video",
        auth="api_key",
        body="json",
    ),
    "wan.image_to_video.get": Operation(
        operation_id="wan.image_to_video.get",
        method="GET",
        path="/api/v1/wan/image_to_video/{id}",
        auth="api_key",
        body="none",
    ),
    "wan.speech_to_video.create": Operation(
        operation_id="wan.speech_to_video.create",
        method="POST",
        path="/api/v1/wan/speech_to_video",
        auth="api_key",
        body="json",
    ),
    "wan.speech_to_video.get": Operation(
        operation_id="wan.speech_to_video.get",
        method="GET",
        path="/api/v1/wan/speech_to_video/{id}",
        auth="api_key",
        body="none",
    ),
    "wan.text_to_image.create": Operation(
        operation_id="wan.text_to_image.create",
        method="POST",
        path="/api/v1/wan/text_to_image",
        auth="api_key",
        body="json",
    ),
    "wan.text_to_image.get": Operation(
        operation_id="wan.text_to_image.get",
        method="GET",
        path="/api/v1/wan/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
    "wan.text_to_video.create": Operation(
        operation_id="wan.text_to_video.create",
        method="POST",
        path="/api/v1/wan/text_to_video",
        auth="api_key",
        body="json",
    ),
    "wan.text_to_video.get": Operation(
        operation_id="wan.text_to_video.get",
        method="GET",
        path="/api/v1/wan/text_to_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class Animate(SyncTaskResource):
    """Animate."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.animate.create"]
    _status_operation = OPERATIONS["wan.animate.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan animation task

        Animates a character image (`source_image_url`) with the motion of a reference video
        (`reference_video_url`) and answers `202` with the task id. Models: `wan-2.2-animate-move`
        and
        `wan-2.2-animate-replace`; `output_resolution` is 480p, 580p or 720p. Poll the linked status operation
        or pass `callback_url`.

        `POST /api/v1/wan/animate`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan animation task

        Returns the status of a Wan animation task (same format as the text-to-video status).

        `GET /api/v1/wan/animate/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan animation task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of wan.animate.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.animate.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class EditVideo(SyncTaskResource):
    """Edit video."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.edit_video.create"]
    _status_operation = OPERATIONS["wan.edit_video.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan video edit task

        Edits an existing video with a text prompt and answers `202` with the task id.
        `wan-2.7-edit-video` requires one `source_video_url`; `wan-2.6-edit-video` and `wan-2.6-flash-edit-video`
        require `source_video_urls`. `audio` and `multi_shots` are accepted only by the flash model;
        `output_resolution` is 720p or 1080p on wan-2.6-edit-video and wan-2.7-edit-video. Poll the linked
        status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=wan-2.6-edit-video
        - model=wan-2.6-flash-edit-video
        - model=wan-2.7-edit-video

        `POST /api/v1/wan/edit_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan video edit task

        Returns the status of a Wan video edit task (same format as the text-to-video status).

        `GET /api/v1/wan/edit_video/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan video edit task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of wan.edit_video.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.edit_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class ImageToVideo(SyncTaskResource):
    """Image to video."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.image_to_video.create"]
    _status_operation = OPERATIONS["wan.image_to_video.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan image-to-video task

        Starts a Wan image-to-video task and answers `202` with its id. Models and their rules:

        - `wan-2.2-a14b-image-to-video-turbo`: `first_frame_image_url` required, `prompt` optional, `aspect_ratio`;
          output at 480p or 720p.
        - `wan-2.5-image-to-video`: `first_frame_image_url` and `duration_seconds` required; `aspect_ratio`,
          `negative_prompt`.
        - `wan-2.6-image-to-video`: `prompt` and `first_frame_image_url` required; no `seed`.
        - `wan-2.6-flash-image-to-video`: `prompt` and `first_frame_image_url` required; `audio`, `multi_shots`;
          `duration_seconds` 5, 10 or 15 (default 5); no `seed`.
        - `wan-2.7-image-to-video`: `prompt` required; optional frame anchoring (`first_frame_image_url`,
          `last_frame_image_url`), continuation of `source_video_url`, `driving_audio_url`,
          `background_audio_url`, `ratio`, `negative_prompt`, `watermark`.

        Every model takes `acceleration`; `output_resolution` is 720p or 1080p except on wan-2.2-*.
        Poll the
        linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=wan-2.2-a14b-image-to-video-turbo
        - model=wan-2.5-image-to-video
        - model=wan-2.6-image-to-video
        - model=wan-2.6-flash-image-to-video
        - model=wan-2.7-image-to-video

        `POST /api/v1/wan/image_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan image-to-video task

        Returns the status of a Wan image-to-video task (same format as the text-to-video status).

        `GET /api/v1/wan/image_to_video/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan image-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of wan.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.image_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class SpeechToVideo(SyncTaskResource):
    """Speech to video."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.speech_to_video.create"]
    _status_operation = OPERATIONS["wan.speech_to_video.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan speech-to-video task

        Starts a speech-driven talking-head task (`wan-2.2-a14b-speech-to-video-turbo`) from a
        portrait
        (`source_image_url`) and a speech track (`source_audio_url`) and answers `202` with its id.
        Optional
        generation controls: `prompt`, `negative_prompt`, `num_frames`, `frames_per_second`,
        `output_resolution` (480p, 580p or 720p), `seed`, `num_inference_steps`, `guidance_scale`, `shift`. Poll
        the linked status operation or pass `callback_url`.

        `POST /api/v1/wan/speech_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan speech-to-video task

        Returns the status of a Wan speech-to-video task (same format as the text-to-video status).

        `GET /api/v1/wan/speech_to_video/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan speech-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of wan.speech_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.speech_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.text_to_image.create"]
    _status_operation = OPERATIONS["wan.text_to_image.get"]
    _status_model = "WanImageTaskStatus"
    _completed_model = "WanImageTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan image generation task

        Starts a Wan image generation task (`wan-2.7-image` or `wan-2.7-image-pro`) and answers
        `202`
        with its id. `aspect_ratio` is one of 1:1, 16:9, 4:3, 21:9, 3:4, 9:16, 8:1, 1:8;
        `output_resolution` is
        1k, 2k or 4k; `source_image_urls` turns the task into image editing; `color_palette` and
        `bbox_list`
        constrain colors and layout; `thinking_mode` (enhanced reasoning) is accepted only by
        wan-2.7-image-pro. Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=wan-2.7-image
        - model=wan-2.7-image-pro

        `POST /api/v1/wan/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanImageTaskStatus:
        """Get a Wan image generation task

        Returns the status of a Wan image generation task; `images` is present once it has
        completed.

        `GET /api/v1/wan/text_to_image/{id}`"""
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
    ) -> types.WanImageTaskCompleted:
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
    ) -> types.WanImageTaskCompleted:
        """Create a Wan image generation task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of wan.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanImageTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToVideo(SyncTaskResource):
    """Text to video."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.text_to_video.create"]
    _status_operation = OPERATIONS["wan.text_to_video.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan text-to-video task

        Starts a Wan text-to-video task and answers `202` with its id. Models and their extra
        fields:

        - `wan-2.2-a14b-text-to-video-turbo`: `aspect_ratio`, `acceleration` (wan-2.2-* only); output at 480p,
          580p or 720p.
        - `wan-2.5-text-to-video`: `duration_seconds` is required; `aspect_ratio`, `negative_prompt`.
        - `wan-2.6-text-to-video`: `aspect_ratio`, `multi_shots`; no `seed`.
        - `wan-2.7-text-to-video`: `ratio` instead of `aspect_ratio`; `negative_prompt`, `watermark`,
          `background_audio_url`.
        - `wan-2.7-r2v`: reference-guided video; at least one reference image or video URL
          (`reference_image_urls` / `reference_video_urls`) is required; `duration_seconds` from 2
        to 10
          (default 5); `ratio`, `negative_prompt`, `watermark`.

        Every model takes the reference inputs `reference_image_urls`, `reference_video_urls`,
        `first_frame_image_url` and `reference_audio_url`. `aspect_ratio` is one of 16:9, 9:16, 1:1, 4:3, 3:4;
        `output_resolution` is 720p or 1080p except on wan-2.2-*. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=wan-2.2-a14b-text-to-video-turbo
        - model=wan-2.5-text-to-video
        - model=wan-2.6-text-to-video
        - model=wan-2.7-text-to-video
        - model=wan-2.7-r2v

        Rules checked before sending:
        - wan-2.7-r2v needs at least one reference image or video URL (reference_image_urls or reference_video_urls)

        `POST /api/v1/wan/text_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan text-to-video task

        Returns the status of a Wan text-to-video task; `videos` is present once it has completed.

        `GET /api/v1/wan/text_to_video/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan text-to-video task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of wan.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Wan(SyncAPIResource):
    """Wan video and image generation."""

    _namespace = "wan"

    @cached_property
    def animate(self) -> Animate:
        return Animate(self._client)

    @cached_property
    def edit_video(self) -> EditVideo:
        return EditVideo(self._client)

    @cached_property
    def image_to_video(self) -> ImageToVideo:
        return ImageToVideo(self._client)

    @cached_property
    def speech_to_video(self) -> SpeechToVideo:
        return SpeechToVideo(self._client)

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)

    @cached_property
    def text_to_video(self) -> TextToVideo:
        return TextToVideo(self._client)


class AsyncAnimate(AsyncTaskResource):
    """Animate."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.animate.create"]
    _status_operation = OPERATIONS["wan.animate.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan animation task

        Animates a character image (`source_image_url`) with the motion of a reference video
        (`reference_video_url`) and answers `202` with the task id. Models: `wan-2.2-animate-move`
        and
        `wan-2.2-animate-replace`; `output_resolution` is 480p, 580p or 720p. Poll the linked status operation
        or pass `callback_url`.

        `POST /api/v1/wan/animate`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan animation task

        Returns the status of a Wan animation task (same format as the text-to-video status).

        `GET /api/v1/wan/animate/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan animation task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of wan.animate.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.animate.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncEditVideo(AsyncTaskResource):
    """Edit video."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.edit_video.create"]
    _status_operation = OPERATIONS["wan.edit_video.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan video edit task

        Edits an existing video with a text prompt and answers `202` with the task id.
        `wan-2.7-edit-video` requires one `source_video_url`; `wan-2.6-edit-video` and `wan-2.6-flash-edit-video`
        require `source_video_urls`. `audio` and `multi_shots` are accepted only by the flash model;
        `output_resolution` is 720p or 1080p on wan-2.6-edit-video and wan-2.7-edit-video. Poll the linked
        status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=wan-2.6-edit-video
        - model=wan-2.6-flash-edit-video
        - model=wan-2.7-edit-video

        `POST /api/v1/wan/edit_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan video edit task

        Returns the status of a Wan video edit task (same format as the text-to-video status).

        `GET /api/v1/wan/edit_video/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan video edit task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of wan.edit_video.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.edit_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncImageToVideo(AsyncTaskResource):
    """Image to video."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.image_to_video.create"]
    _status_operation = OPERATIONS["wan.image_to_video.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan image-to-video task

        Starts a Wan image-to-video task and answers `202` with its id. Models and their rules:

        - `wan-2.2-a14b-image-to-video-turbo`: `first_frame_image_url` required, `prompt` optional, `aspect_ratio`;
          output at 480p or 720p.
        - `wan-2.5-image-to-video`: `first_frame_image_url` and `duration_seconds` required; `aspect_ratio`,
          `negative_prompt`.
        - `wan-2.6-image-to-video`: `prompt` and `first_frame_image_url` required; no `seed`.
        - `wan-2.6-flash-image-to-video`: `prompt` and `first_frame_image_url` required; `audio`, `multi_shots`;
          `duration_seconds` 5, 10 or 15 (default 5); no `seed`.
        - `wan-2.7-image-to-video`: `prompt` required; optional frame anchoring (`first_frame_image_url`,
          `last_frame_image_url`), continuation of `source_video_url`, `driving_audio_url`,
          `background_audio_url`, `ratio`, `negative_prompt`, `watermark`.

        Every model takes `acceleration`; `output_resolution` is 720p or 1080p except on wan-2.2-*.
        Poll the
        linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=wan-2.2-a14b-image-to-video-turbo
        - model=wan-2.5-image-to-video
        - model=wan-2.6-image-to-video
        - model=wan-2.6-flash-image-to-video
        - model=wan-2.7-image-to-video

        `POST /api/v1/wan/image_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan image-to-video task

        Returns the status of a Wan image-to-video task (same format as the text-to-video status).

        `GET /api/v1/wan/image_to_video/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan image-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of wan.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.image_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncSpeechToVideo(AsyncTaskResource):
    """Speech to video."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.speech_to_video.create"]
    _status_operation = OPERATIONS["wan.speech_to_video.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan speech-to-video task

        Starts a speech-driven talking-head task (`wan-2.2-a14b-speech-to-video-turbo`) from a
        portrait
        (`source_image_url`) and a speech track (`source_audio_url`) and answers `202` with its id.
        Optional
        generation controls: `prompt`, `negative_prompt`, `num_frames`, `frames_per_second`,
        `output_resolution` (480p, 580p or 720p), `seed`, `num_inference_steps`, `guidance_scale`, `shift`. Poll
        the linked status operation or pass `callback_url`.

        `POST /api/v1/wan/speech_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan speech-to-video task

        Returns the status of a Wan speech-to-video task (same format as the text-to-video status).

        `GET /api/v1/wan/speech_to_video/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan speech-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of wan.speech_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.speech_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.text_to_image.create"]
    _status_operation = OPERATIONS["wan.text_to_image.get"]
    _status_model = "WanImageTaskStatus"
    _completed_model = "WanImageTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan image generation task

        Starts a Wan image generation task (`wan-2.7-image` or `wan-2.7-image-pro`) and answers
        `202`
        with its id. `aspect_ratio` is one of 1:1, 16:9, 4:3, 21:9, 3:4, 9:16, 8:1, 1:8;
        `output_resolution` is
        1k, 2k or 4k; `source_image_urls` turns the task into image editing; `color_palette` and
        `bbox_list`
        constrain colors and layout; `thinking_mode` (enhanced reasoning) is accepted only by
        wan-2.7-image-pro. Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=wan-2.7-image
        - model=wan-2.7-image-pro

        `POST /api/v1/wan/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanImageTaskStatus:
        """Get a Wan image generation task

        Returns the status of a Wan image generation task; `images` is present once it has
        completed.

        `GET /api/v1/wan/text_to_image/{id}`"""
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
    ) -> types.WanImageTaskCompleted:
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
    ) -> types.WanImageTaskCompleted:
        """Create a Wan image generation task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of wan.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanImageTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToVideo(AsyncTaskResource):
    """Text to video."""

    _namespace = "wan"
    _create_operation = OPERATIONS["wan.text_to_video.create"]
    _status_operation = OPERATIONS["wan.text_to_video.get"]
    _status_model = "WanVideoTaskStatus"
    _completed_model = "WanVideoTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Wan text-to-video task

        Starts a Wan text-to-video task and answers `202` with its id. Models and their extra
        fields:

        - `wan-2.2-a14b-text-to-video-turbo`: `aspect_ratio`, `acceleration` (wan-2.2-* only); output at 480p,
          580p or 720p.
        - `wan-2.5-text-to-video`: `duration_seconds` is required; `aspect_ratio`, `negative_prompt`.
        - `wan-2.6-text-to-video`: `aspect_ratio`, `multi_shots`; no `seed`.
        - `wan-2.7-text-to-video`: `ratio` instead of `aspect_ratio`; `negative_prompt`, `watermark`,
          `background_audio_url`.
        - `wan-2.7-r2v`: reference-guided video; at least one reference image or video URL
          (`reference_image_urls` / `reference_video_urls`) is required; `duration_seconds` from 2
        to 10
          (default 5); `ratio`, `negative_prompt`, `watermark`.

        Every model takes the reference inputs `reference_image_urls`, `reference_video_urls`,
        `first_frame_image_url` and `reference_audio_url`. `aspect_ratio` is one of 16:9, 9:16, 1:1, 4:3, 3:4;
        `output_resolution` is 720p or 1080p except on wan-2.2-*. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=wan-2.2-a14b-text-to-video-turbo
        - model=wan-2.5-text-to-video
        - model=wan-2.6-text-to-video
        - model=wan-2.7-text-to-video
        - model=wan-2.7-r2v

        Rules checked before sending:
        - wan-2.7-r2v needs at least one reference image or video URL (reference_image_urls or reference_video_urls)

        `POST /api/v1/wan/text_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan text-to-video task

        Returns the status of a Wan text-to-video task; `videos` is present once it has completed.

        `GET /api/v1/wan/text_to_video/{id}`"""
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
    ) -> types.WanVideoTaskCompleted:
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
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan text-to-video task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of wan.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("wan", "wan.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncWan(AsyncAPIResource):
    """Wan video and image generation."""

    _namespace = "wan"

    @cached_property
    def animate(self) -> AsyncAnimate:
        return AsyncAnimate(self._client)

    @cached_property
    def edit_video(self) -> AsyncEditVideo:
        return AsyncEditVideo(self._client)

    @cached_property
    def image_to_video(self) -> AsyncImageToVideo:
        return AsyncImageToVideo(self._client)

    @cached_property
    def speech_to_video(self) -> AsyncSpeechToVideo:
        return AsyncSpeechToVideo(self._client)

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo:
        return AsyncTextToVideo(self._client)
