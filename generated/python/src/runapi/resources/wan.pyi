"""Wan video and image generation.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

from collections.abc import Mapping
from functools import cached_property
from typing import Unpack, overload

import httpx

from .._resource import (
    AsyncAPIResource,
    AsyncTaskResource,
    ProgressCallback,
    SyncAPIResource,
    SyncTaskResource,
)
from .._types import NotGiven, Operation
from ..params import wan as params
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

OPERATIONS: dict[str, Operation]

class Animate(SyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Animate."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AnimateCreateParams],
    ) -> TaskAccepted:
        """Create a Wan animation task

        Animates a character image (`source_image_url`) with the motion of a reference video
        (`reference_video_url`) and answers `202` with the task id. Models: `wan-2.2-animate-move`
        and
        `wan-2.2-animate-replace`; `output_resolution` is 480p, 580p or 720p. Poll the linked status operation
        or pass `callback_url`.

        `POST /api/v1/wan/animate`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan animation task

        Returns the status of a Wan animation task (same format as the text-to-video status).

        `GET /api/v1/wan/animate/{id}`"""

    def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.AnimateCreateParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan animation task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AnimateCreateParams]) -> None:
        """Check a `create` body against every rule of wan.animate.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class EditVideo(SyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Edit video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateWan26EditVideoParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateWan26FlashEditVideoParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateWan27EditVideoParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan video edit task

        Returns the status of a Wan video edit task (same format as the text-to-video status).

        `GET /api/v1/wan/edit_video/{id}`"""

    def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.EditVideoCreateWan26EditVideoParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan video edit task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.EditVideoCreateWan26FlashEditVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.EditVideoCreateWan27EditVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.EditVideoCreateWan26EditVideoParams]) -> None:
        """Check a `create` body against every rule of wan.edit_video.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.EditVideoCreateWan26FlashEditVideoParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.EditVideoCreateWan27EditVideoParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class ImageToVideo(SyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Image to video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan22A14bImageToVideoTurboParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan25ImageToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan26ImageToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan26FlashImageToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan27ImageToVideoParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan image-to-video task

        Returns the status of a Wan image-to-video task (same format as the text-to-video status).

        `GET /api/v1/wan/image_to_video/{id}`"""

    def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan22A14bImageToVideoTurboParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan image-to-video task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan25ImageToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan26ImageToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan26FlashImageToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan27ImageToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan22A14bImageToVideoTurboParams]
    ) -> None:
        """Check a `create` body against every rule of wan.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan25ImageToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan26ImageToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan26FlashImageToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan27ImageToVideoParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class SpeechToVideo(SyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Speech to video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.SpeechToVideoCreateParams],
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan speech-to-video task

        Returns the status of a Wan speech-to-video task (same format as the text-to-video status).

        `GET /api/v1/wan/speech_to_video/{id}`"""

    def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.SpeechToVideoCreateParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan speech-to-video task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.SpeechToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of wan.speech_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToImage(SyncTaskResource[types.WanImageTaskStatus, types.WanImageTaskCompleted]):
    """Text to image."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateWan27ImageParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateWan27ImageProParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanImageTaskStatus:
        """Get a Wan image generation task

        Returns the status of a Wan image generation task; `images` is present once it has
        completed.

        `GET /api/v1/wan/text_to_image/{id}`"""

    def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanImageTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToImageCreateWan27ImageParams],
    ) -> types.WanImageTaskCompleted:
        """Create a Wan image generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToImageCreateWan27ImageProParams],
    ) -> types.WanImageTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateWan27ImageParams]) -> None:
        """Check a `create` body against every rule of wan.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateWan27ImageProParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanImageTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToVideo(SyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Text to video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan22A14bTextToVideoTurboParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan25TextToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan26TextToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan27TextToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan27R2vParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan text-to-video task

        Returns the status of a Wan text-to-video task; `videos` is present once it has completed.

        `GET /api/v1/wan/text_to_video/{id}`"""

    def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan22A14bTextToVideoTurboParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan text-to-video task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan25TextToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan26TextToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan27TextToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan27R2vParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateWan22A14bTextToVideoTurboParams]
    ) -> None:
        """Check a `create` body against every rule of wan.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateWan25TextToVideoParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateWan26TextToVideoParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateWan27TextToVideoParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateWan27R2vParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Wan(SyncAPIResource):
    """Wan video and image generation."""

    @cached_property
    def animate(self) -> Animate: ...
    @cached_property
    def edit_video(self) -> EditVideo: ...
    @cached_property
    def image_to_video(self) -> ImageToVideo: ...
    @cached_property
    def speech_to_video(self) -> SpeechToVideo: ...
    @cached_property
    def text_to_image(self) -> TextToImage: ...
    @cached_property
    def text_to_video(self) -> TextToVideo: ...

class AsyncAnimate(AsyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Animate."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AnimateCreateParams],
    ) -> TaskAccepted:
        """Create a Wan animation task

        Animates a character image (`source_image_url`) with the motion of a reference video
        (`reference_video_url`) and answers `202` with the task id. Models: `wan-2.2-animate-move`
        and
        `wan-2.2-animate-replace`; `output_resolution` is 480p, 580p or 720p. Poll the linked status operation
        or pass `callback_url`.

        `POST /api/v1/wan/animate`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan animation task

        Returns the status of a Wan animation task (same format as the text-to-video status).

        `GET /api/v1/wan/animate/{id}`"""

    async def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.AnimateCreateParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan animation task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AnimateCreateParams]) -> None:
        """Check a `create` body against every rule of wan.animate.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncEditVideo(AsyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Edit video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateWan26EditVideoParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateWan26FlashEditVideoParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateWan27EditVideoParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan video edit task

        Returns the status of a Wan video edit task (same format as the text-to-video status).

        `GET /api/v1/wan/edit_video/{id}`"""

    async def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.EditVideoCreateWan26EditVideoParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan video edit task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.EditVideoCreateWan26FlashEditVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.EditVideoCreateWan27EditVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.EditVideoCreateWan26EditVideoParams]) -> None:
        """Check a `create` body against every rule of wan.edit_video.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.EditVideoCreateWan26FlashEditVideoParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.EditVideoCreateWan27EditVideoParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncImageToVideo(AsyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Image to video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan22A14bImageToVideoTurboParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan25ImageToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan26ImageToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan26FlashImageToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan27ImageToVideoParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan image-to-video task

        Returns the status of a Wan image-to-video task (same format as the text-to-video status).

        `GET /api/v1/wan/image_to_video/{id}`"""

    async def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan22A14bImageToVideoTurboParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan image-to-video task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan25ImageToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan26ImageToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan26FlashImageToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.ImageToVideoCreateWan27ImageToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan22A14bImageToVideoTurboParams]
    ) -> None:
        """Check a `create` body against every rule of wan.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan25ImageToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan26ImageToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan26FlashImageToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateWan27ImageToVideoParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncSpeechToVideo(AsyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Speech to video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.SpeechToVideoCreateParams],
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan speech-to-video task

        Returns the status of a Wan speech-to-video task (same format as the text-to-video status).

        `GET /api/v1/wan/speech_to_video/{id}`"""

    async def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.SpeechToVideoCreateParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan speech-to-video task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.SpeechToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of wan.speech_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToImage(AsyncTaskResource[types.WanImageTaskStatus, types.WanImageTaskCompleted]):
    """Text to image."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateWan27ImageParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateWan27ImageProParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanImageTaskStatus:
        """Get a Wan image generation task

        Returns the status of a Wan image generation task; `images` is present once it has
        completed.

        `GET /api/v1/wan/text_to_image/{id}`"""

    async def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanImageTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToImageCreateWan27ImageParams],
    ) -> types.WanImageTaskCompleted:
        """Create a Wan image generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToImageCreateWan27ImageProParams],
    ) -> types.WanImageTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateWan27ImageParams]) -> None:
        """Check a `create` body against every rule of wan.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateWan27ImageProParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanImageTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToVideo(AsyncTaskResource[types.WanVideoTaskStatus, types.WanVideoTaskCompleted]):
    """Text to video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan22A14bTextToVideoTurboParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan25TextToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan26TextToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan27TextToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateWan27R2vParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskStatus:
        """Get a Wan text-to-video task

        Returns the status of a Wan text-to-video task; `videos` is present once it has completed.

        `GET /api/v1/wan/text_to_video/{id}`"""

    async def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.WanVideoTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan22A14bTextToVideoTurboParams],
    ) -> types.WanVideoTaskCompleted:
        """Create a Wan text-to-video task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan25TextToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan26TextToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan27TextToVideoParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToVideoCreateWan27R2vParams],
    ) -> types.WanVideoTaskCompleted: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateWan22A14bTextToVideoTurboParams]
    ) -> None:
        """Check a `create` body against every rule of wan.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateWan25TextToVideoParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateWan26TextToVideoParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateWan27TextToVideoParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateWan27R2vParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.WanVideoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncWan(AsyncAPIResource):
    """Wan video and image generation."""

    @cached_property
    def animate(self) -> AsyncAnimate: ...
    @cached_property
    def edit_video(self) -> AsyncEditVideo: ...
    @cached_property
    def image_to_video(self) -> AsyncImageToVideo: ...
    @cached_property
    def speech_to_video(self) -> AsyncSpeechToVideo: ...
    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
    @cached_property
    def text_to_video(self) -> AsyncTextToVideo: ...
