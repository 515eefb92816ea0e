"""Runway video generation and extension.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

from collections.abc import Mapping
from functools import cached_property
from typing import Unpack

import httpx

from .._resource import (
    AsyncAPIResource,
    AsyncTaskResource,
    ProgressCallback,
    SyncAPIResource,
    SyncTaskResource,
)
from .._types import NotGiven, Operation
from ..params import runway as params
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

OPERATIONS: dict[str, Operation]

class ExtendVideo(
    SyncTaskResource[types.RunwayExtendVideoStatus, types.RunwayExtendVideoCompleted]
):
    """Extend video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ExtendVideoCreateParams],
    ) -> TaskAccepted:
        """Extend a Runway video

        Starts a task that continues the video of an earlier Runway task (`source_task_id`) as the
        prompt describes, at `720p` or `1080p` (`output_resolution`, required), with an optional
        `watermark` text. Answers `202` with the id of the extension task; poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/runway/extend_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RunwayExtendVideoStatus:
        """Get a Runway extension task

        Returns the status of a Runway extension task; once completed, `videos` holds the extended
        video and `images` its cover image.

        `GET /api/v1/runway/extend_video/{id}`"""

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
    ) -> types.RunwayExtendVideoCompleted:
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
    ) -> types.RunwayExtendVideoCompleted:
        """Extend a Runway video, then wait for it to finish (`create` + `wait`); returns the completed
        status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ExtendVideoCreateParams]) -> None:
        """Check a `create` body against every rule of runway.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RunwayExtendVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToVideo(
    SyncTaskResource[types.RunwayTextToVideoStatus, types.RunwayTextToVideoCompleted]
):
    """Text to video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateParams],
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RunwayTextToVideoStatus:
        """Get a Runway video task

        Returns the status of a Runway video task; once completed, `videos` holds the generated
        videos (with their ids) and `images` the cover image.

        `GET /api/v1/runway/text_to_video/{id}`"""

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
    ) -> types.RunwayTextToVideoCompleted:
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
        **body: Unpack[params.TextToVideoCreateParams],
    ) -> types.RunwayTextToVideoCompleted:
        """Create a Runway video task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of runway.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RunwayTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Runway(SyncAPIResource):
    """Runway video generation and extension."""

    @cached_property
    def extend_video(self) -> ExtendVideo: ...
    @cached_property
    def text_to_video(self) -> TextToVideo: ...

class AsyncExtendVideo(
    AsyncTaskResource[types.RunwayExtendVideoStatus, types.RunwayExtendVideoCompleted]
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
        """Extend a Runway video

        Starts a task that continues the video of an earlier Runway task (`source_task_id`) as the
        prompt describes, at `720p` or `1080p` (`output_resolution`, required), with an optional
        `watermark` text. Answers `202` with the id of the extension task; poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/runway/extend_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RunwayExtendVideoStatus:
        """Get a Runway extension task

        Returns the status of a Runway extension task; once completed, `videos` holds the extended
        video and `images` its cover image.

        `GET /api/v1/runway/extend_video/{id}`"""

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
    ) -> types.RunwayExtendVideoCompleted:
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
    ) -> types.RunwayExtendVideoCompleted:
        """Extend a Runway video, then wait for it to finish (`create` + `wait`); returns the completed
        status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ExtendVideoCreateParams]) -> None:
        """Check a `create` body against every rule of runway.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RunwayExtendVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToVideo(
    AsyncTaskResource[types.RunwayTextToVideoStatus, types.RunwayTextToVideoCompleted]
):
    """Text to video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateParams],
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RunwayTextToVideoStatus:
        """Get a Runway video task

        Returns the status of a Runway video task; once completed, `videos` holds the generated
        videos (with their ids) and `images` the cover image.

        `GET /api/v1/runway/text_to_video/{id}`"""

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
    ) -> types.RunwayTextToVideoCompleted:
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
        **body: Unpack[params.TextToVideoCreateParams],
    ) -> types.RunwayTextToVideoCompleted:
        """Create a Runway video task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of runway.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RunwayTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncRunway(AsyncAPIResource):
    """Runway video generation and extension."""

    @cached_property
    def extend_video(self) -> AsyncExtendVideo: ...
    @cached_property
    def text_to_video(self) -> AsyncTextToVideo: ...
