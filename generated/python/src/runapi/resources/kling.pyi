"""Kling video generation, avatars and motion control.

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
from ..params import kling as params
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

OPERATIONS: dict[str, Operation]

class AiAvatar(SyncTaskResource[types.KlingTaskStatus, types.KlingTaskCompleted]):
    """Ai avatar."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AiAvatarCreateParams],
    ) -> TaskAccepted:
        """Create a Kling AI Avatar task

        Animates a portrait (`source_image_url`, JPEG or PNG up to 10 MB) to match spoken audio
        (`source_audio_url`, MP3, WAV, AAC, MP4 or OGG up to 10 MB) with lip-sync and head movement,
        and answers
        `202` with the task id. Models: `kling-ai-avatar-pro`, `kling-ai-avatar-standard`,
        `kling-ai-avatar-v1-pro`, `kling-v1-avatar-standard`. `prompt` is required but may be empty (at most
        5000 characters). Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/kling/ai_avatar`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KlingTaskStatus:
        """Get a Kling AI Avatar task

        Returns the status of a Kling AI Avatar task; `videos` is present once it has completed.

        `GET /api/v1/kling/ai_avatar/{id}`"""

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
    ) -> types.KlingTaskCompleted:
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
        **body: Unpack[params.AiAvatarCreateParams],
    ) -> types.KlingTaskCompleted:
        """Create a Kling AI Avatar task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AiAvatarCreateParams]) -> None:
        """Check a `create` body against every rule of kling.ai_avatar.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class ImageToVideo(SyncTaskResource[types.KlingTaskStatus, types.KlingTaskCompleted]):
    """Image to video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateKlingV21ProParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateKlingV21StandardParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateKlingV21MasterImageToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateKlingV25TurboImageToVideoProParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KlingTaskStatus:
        """Get a Kling V2.1 / V2.5 image-to-video task

        Returns the status of a Kling V2.1 / V2.5 image-to-video task; `videos` is present once it
        has completed.

        `GET /api/v1/kling/image_to_video/{id}`"""

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
    ) -> types.KlingTaskCompleted:
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
        **body: Unpack[params.ImageToVideoCreateKlingV21ProParams],
    ) -> types.KlingTaskCompleted:
        """Create a Kling V2.1 / V2.5 image-to-video task, then wait for it to finish (`create` +
        `wait`); returns the completed status.

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
        **body: Unpack[params.ImageToVideoCreateKlingV21StandardParams],
    ) -> types.KlingTaskCompleted: ...
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
        **body: Unpack[params.ImageToVideoCreateKlingV21MasterImageToVideoParams],
    ) -> types.KlingTaskCompleted: ...
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
        **body: Unpack[params.ImageToVideoCreateKlingV25TurboImageToVideoProParams],
    ) -> types.KlingTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.ImageToVideoCreateKlingV21ProParams]) -> None:
        """Check a `create` body against every rule of kling.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.ImageToVideoCreateKlingV21StandardParams]) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateKlingV21MasterImageToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateKlingV25TurboImageToVideoProParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class MotionControl(SyncTaskResource[types.KlingTaskStatus, types.KlingTaskCompleted]):
    """Motion control."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.MotionControlCreateParams],
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KlingTaskStatus:
        """Get a Kling motion control task

        Returns the status of a Kling motion control task; `videos` is present once it has
        completed.

        `GET /api/v1/kling/motion_control/{id}`"""

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
    ) -> types.KlingTaskCompleted:
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
        **body: Unpack[params.MotionControlCreateParams],
    ) -> types.KlingTaskCompleted:
        """Create a Kling motion control task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.MotionControlCreateParams]) -> None:
        """Check a `create` body against every rule of kling.motion_control.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToVideo(SyncTaskResource[types.KlingTaskStatus, types.KlingTaskCompleted]):
    """Text to video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateKling30FalseParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateKling30TrueParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateKlingV21MasterTextToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateKlingV25TurboTextToVideoProParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KlingTaskStatus:
        """Get a Kling text-to-video task

        Returns the status of a Kling text-to-video task; `videos` is present once it has completed.

        `GET /api/v1/kling/text_to_video/{id}`"""

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
    ) -> types.KlingTaskCompleted:
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
        **body: Unpack[params.TextToVideoCreateKling30FalseParams],
    ) -> types.KlingTaskCompleted:
        """Create a Kling text-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        **body: Unpack[params.TextToVideoCreateKling30TrueParams],
    ) -> types.KlingTaskCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateKlingV21MasterTextToVideoParams],
    ) -> types.KlingTaskCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateKlingV25TurboTextToVideoProParams],
    ) -> types.KlingTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateKling30FalseParams]) -> None:
        """Check a `create` body against every rule of kling.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateKling30TrueParams]) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateKlingV21MasterTextToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateKlingV25TurboTextToVideoProParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Kling(SyncAPIResource):
    """Kling video generation, avatars and motion control."""

    @cached_property
    def ai_avatar(self) -> AiAvatar: ...
    @cached_property
    def image_to_video(self) -> ImageToVideo: ...
    @cached_property
    def motion_control(self) -> MotionControl: ...
    @cached_property
    def text_to_video(self) -> TextToVideo: ...

class AsyncAiAvatar(AsyncTaskResource[types.KlingTaskStatus, types.KlingTaskCompleted]):
    """Ai avatar."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AiAvatarCreateParams],
    ) -> TaskAccepted:
        """Create a Kling AI Avatar task

        Animates a portrait (`source_image_url`, JPEG or PNG up to 10 MB) to match spoken audio
        (`source_audio_url`, MP3, WAV, AAC, MP4 or OGG up to 10 MB) with lip-sync and head movement,
        and answers
        `202` with the task id. Models: `kling-ai-avatar-pro`, `kling-ai-avatar-standard`,
        `kling-ai-avatar-v1-pro`, `kling-v1-avatar-standard`. `prompt` is required but may be empty (at most
        5000 characters). Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/kling/ai_avatar`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KlingTaskStatus:
        """Get a Kling AI Avatar task

        Returns the status of a Kling AI Avatar task; `videos` is present once it has completed.

        `GET /api/v1/kling/ai_avatar/{id}`"""

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
    ) -> types.KlingTaskCompleted:
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
        **body: Unpack[params.AiAvatarCreateParams],
    ) -> types.KlingTaskCompleted:
        """Create a Kling AI Avatar task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AiAvatarCreateParams]) -> None:
        """Check a `create` body against every rule of kling.ai_avatar.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncImageToVideo(AsyncTaskResource[types.KlingTaskStatus, types.KlingTaskCompleted]):
    """Image to video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateKlingV21ProParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateKlingV21StandardParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateKlingV21MasterImageToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateKlingV25TurboImageToVideoProParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KlingTaskStatus:
        """Get a Kling V2.1 / V2.5 image-to-video task

        Returns the status of a Kling V2.1 / V2.5 image-to-video task; `videos` is present once it
        has completed.

        `GET /api/v1/kling/image_to_video/{id}`"""

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
    ) -> types.KlingTaskCompleted:
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
        **body: Unpack[params.ImageToVideoCreateKlingV21ProParams],
    ) -> types.KlingTaskCompleted:
        """Create a Kling V2.1 / V2.5 image-to-video task, then wait for it to finish (`create` +
        `wait`); returns the completed status.

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
        **body: Unpack[params.ImageToVideoCreateKlingV21StandardParams],
    ) -> types.KlingTaskCompleted: ...
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
        **body: Unpack[params.ImageToVideoCreateKlingV21MasterImageToVideoParams],
    ) -> types.KlingTaskCompleted: ...
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
        **body: Unpack[params.ImageToVideoCreateKlingV25TurboImageToVideoProParams],
    ) -> types.KlingTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.ImageToVideoCreateKlingV21ProParams]) -> None:
        """Check a `create` body against every rule of kling.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.ImageToVideoCreateKlingV21StandardParams]) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateKlingV21MasterImageToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateKlingV25TurboImageToVideoProParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncMotionControl(AsyncTaskResource[types.KlingTaskStatus, types.KlingTaskCompleted]):
    """Motion control."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.MotionControlCreateParams],
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KlingTaskStatus:
        """Get a Kling motion control task

        Returns the status of a Kling motion control task; `videos` is present once it has
        completed.

        `GET /api/v1/kling/motion_control/{id}`"""

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
    ) -> types.KlingTaskCompleted:
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
        **body: Unpack[params.MotionControlCreateParams],
    ) -> types.KlingTaskCompleted:
        """Create a Kling motion control task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.MotionControlCreateParams]) -> None:
        """Check a `create` body against every rule of kling.motion_control.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToVideo(AsyncTaskResource[types.KlingTaskStatus, types.KlingTaskCompleted]):
    """Text to video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateKling30FalseParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateKling30TrueParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateKlingV21MasterTextToVideoParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateKlingV25TurboTextToVideoProParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KlingTaskStatus:
        """Get a Kling text-to-video task

        Returns the status of a Kling text-to-video task; `videos` is present once it has completed.

        `GET /api/v1/kling/text_to_video/{id}`"""

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
    ) -> types.KlingTaskCompleted:
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
        **body: Unpack[params.TextToVideoCreateKling30FalseParams],
    ) -> types.KlingTaskCompleted:
        """Create a Kling text-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        **body: Unpack[params.TextToVideoCreateKling30TrueParams],
    ) -> types.KlingTaskCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateKlingV21MasterTextToVideoParams],
    ) -> types.KlingTaskCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateKlingV25TurboTextToVideoProParams],
    ) -> types.KlingTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateKling30FalseParams]) -> None:
        """Check a `create` body against every rule of kling.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateKling30TrueParams]) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateKlingV21MasterTextToVideoParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateKlingV25TurboTextToVideoProParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.KlingTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncKling(AsyncAPIResource):
    """Kling video generation, avatars and motion control."""

    @cached_property
    def ai_avatar(self) -> AsyncAiAvatar: ...
    @cached_property
    def image_to_video(self) -> AsyncImageToVideo: ...
    @cached_property
    def motion_control(self) -> AsyncMotionControl: ...
    @cached_property
    def text_to_video(self) -> AsyncTextToVideo: ...
