"""Google Veo 3.1 video generation, extension and upscaling.

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
from ..params import veo_3_1 as params
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

OPERATIONS: dict[str, Operation]

class ExtendVideo(SyncTaskResource[types.Veo31ExtendVideoStatus, types.Veo31ExtendVideoCompleted]):
    """Extend video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ExtendVideoCreateParams],
    ) -> TaskAccepted:
        """Extend a Veo 3.1 video

        Starts a task that extends an existing Veo 3.1 video: new content is generated from the
        original video (identified by the id of its generation task, `source_task_id`) and a text
        prompt describing the continuation. Optional `seeds` (10000-99999) and `watermark` text.
        Answers `202` with the id of the extension task; poll the linked status operation or pass
        `callback_url` (same payload as text-to-video).

        `POST /api/v1/veo_3_1/extend_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Veo31ExtendVideoStatus:
        """Get a Veo 3.1 extension task

        Returns the status of a Veo 3.1 extension task; once completed, `videos` holds the extended
        video and `sources` the original one.

        `GET /api/v1/veo_3_1/extend_video/{id}`"""

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
    ) -> types.Veo31ExtendVideoCompleted:
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
        **body: Unpack[params.ExtendVideoCreateParams],
    ) -> types.Veo31ExtendVideoCompleted:
        """Extend a Veo 3.1 video, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ExtendVideoCreateParams]) -> None:
        """Check a `create` body against every rule of veo_3_1.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Veo31ExtendVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToVideo(SyncTaskResource[types.Veo31TextToVideoStatus, types.Veo31TextToVideoCompleted]):
    """Text to video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateVeo31Params],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateVeo31FastParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Veo31TextToVideoStatus:
        """Get a Veo 3.1 video task

        Returns the status of a Veo 3.1 generation task; `videos` (url, resolution, has_audio) is
        present once it has completed, and image-to-video results also carry the input images in
        `sources`.

        `GET /api/v1/veo_3_1/text_to_video/{id}`"""

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
    ) -> types.Veo31TextToVideoCompleted:
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
        **body: Unpack[params.TextToVideoCreateVeo31Params],
    ) -> types.Veo31TextToVideoCompleted:
        """Create a Veo 3.1 video task, then wait for it to finish (`create` + `wait`); returns the
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
        **body: Unpack[params.TextToVideoCreateVeo31FastParams],
    ) -> types.Veo31TextToVideoCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateVeo31Params]) -> None:
        """Check a `create` body against every rule of veo_3_1.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateVeo31FastParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Veo31TextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class UpscaleVideo(
    SyncTaskResource[types.Veo31UpscaleVideoStatus, types.Veo31UpscaleVideoCompleted]
):
    """Upscale video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpscaleVideoCreateParams],
    ) -> TaskAccepted:
        """Request a 1080p or 4k Veo 3.1 video

        Starts a task that produces a high-definition (`1080p`) or ultra-high-definition (`4k`)
        version of a video from a completed Veo 3.1 generation task (`source_task_id`). `index`
        picks the video when the source task generated several (default 0). Answers `202` with
        the id of the conversion task; the status payload and callback reference
        `source_task_id`. A 4k version is not always available; the task then fails.

        `POST /api/v1/veo_3_1/upscale_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Veo31UpscaleVideoStatus:
        """Get a Veo 3.1 upscale task

        Returns the status of a 1080p or 4k conversion task, with its `source_task_id`; `videos`
        (url, resolution) is present once it has completed.

        `GET /api/v1/veo_3_1/upscale_video/{id}`"""

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
    ) -> types.Veo31UpscaleVideoCompleted:
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
        **body: Unpack[params.UpscaleVideoCreateParams],
    ) -> types.Veo31UpscaleVideoCompleted:
        """Request a 1080p or 4k Veo 3.1 video, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleVideoCreateParams]) -> None:
        """Check a `create` body against every rule of veo_3_1.upscale_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Veo31UpscaleVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Veo31(SyncAPIResource):
    """Google Veo 3.1 video generation, extension and upscaling."""

    @cached_property
    def extend_video(self) -> ExtendVideo: ...
    @cached_property
    def text_to_video(self) -> TextToVideo: ...
    @cached_property
    def upscale_video(self) -> UpscaleVideo: ...

class AsyncExtendVideo(
    AsyncTaskResource[types.Veo31ExtendVideoStatus, types.Veo31ExtendVideoCompleted]
):
    """Extend video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ExtendVideoCreateParams],
    ) -> TaskAccepted:
        """Extend a Veo 3.1 video

        Starts a task that extends an existing Veo 3.1 video: new content is generated from the
        original video (identified by the id of its generation task, `source_task_id`) and a text
        prompt describing the continuation. Optional `seeds` (10000-99999) and `watermark` text.
        Answers `202` with the id of the extension task; poll the linked status operation or pass
        `callback_url` (same payload as text-to-video).

        `POST /api/v1/veo_3_1/extend_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Veo31ExtendVideoStatus:
        """Get a Veo 3.1 extension task

        Returns the status of a Veo 3.1 extension task; once completed, `videos` holds the extended
        video and `sources` the original one.

        `GET /api/v1/veo_3_1/extend_video/{id}`"""

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
    ) -> types.Veo31ExtendVideoCompleted:
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
        **body: Unpack[params.ExtendVideoCreateParams],
    ) -> types.Veo31ExtendVideoCompleted:
        """Extend a Veo 3.1 video, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ExtendVideoCreateParams]) -> None:
        """Check a `create` body against every rule of veo_3_1.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Veo31ExtendVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToVideo(
    AsyncTaskResource[types.Veo31TextToVideoStatus, types.Veo31TextToVideoCompleted]
):
    """Text to video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateVeo31Params],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateVeo31FastParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Veo31TextToVideoStatus:
        """Get a Veo 3.1 video task

        Returns the status of a Veo 3.1 generation task; `videos` (url, resolution, has_audio) is
        present once it has completed, and image-to-video results also carry the input images in
        `sources`.

        `GET /api/v1/veo_3_1/text_to_video/{id}`"""

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
    ) -> types.Veo31TextToVideoCompleted:
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
        **body: Unpack[params.TextToVideoCreateVeo31Params],
    ) -> types.Veo31TextToVideoCompleted:
        """Create a Veo 3.1 video task, then wait for it to finish (`create` + `wait`); returns the
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
        **body: Unpack[params.TextToVideoCreateVeo31FastParams],
    ) -> types.Veo31TextToVideoCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateVeo31Params]) -> None:
        """Check a `create` body against every rule of veo_3_1.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateVeo31FastParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Veo31TextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncUpscaleVideo(
    AsyncTaskResource[types.Veo31UpscaleVideoStatus, types.Veo31UpscaleVideoCompleted]
):
    """Upscale video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpscaleVideoCreateParams],
    ) -> TaskAccepted:
        """Request a 1080p or 4k Veo 3.1 video

        Starts a task that produces a high-definition (`1080p`) or ultra-high-definition (`4k`)
        version of a video from a completed Veo 3.1 generation task (`source_task_id`). `index`
        picks the video when the source task generated several (default 0). Answers `202` with
        the id of the conversion task; the status payload and callback reference
        `source_task_id`. A 4k version is not always available; the task then fails.

        `POST /api/v1/veo_3_1/upscale_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Veo31UpscaleVideoStatus:
        """Get a Veo 3.1 upscale task

        Returns the status of a 1080p or 4k conversion task, with its `source_task_id`; `videos`
        (url, resolution) is present once it has completed.

        `GET /api/v1/veo_3_1/upscale_video/{id}`"""

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
    ) -> types.Veo31UpscaleVideoCompleted:
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
        **body: Unpack[params.UpscaleVideoCreateParams],
    ) -> types.Veo31UpscaleVideoCompleted:
        """Request a 1080p or 4k Veo 3.1 video, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleVideoCreateParams]) -> None:
        """Check a `create` body against every rule of veo_3_1.upscale_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Veo31UpscaleVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncVeo31(AsyncAPIResource):
    """Google Veo 3.1 video generation, extension and upscaling."""

    @cached_property
    def extend_video(self) -> AsyncExtendVideo: ...
    @cached_property
    def text_to_video(self) -> AsyncTextToVideo: ...
    @cached_property
    def upscale_video(self) -> AsyncUpscaleVideo: ...
