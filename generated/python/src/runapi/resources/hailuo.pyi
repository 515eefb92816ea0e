"""Hailuo text-to-video and image-to-video.

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
from ..params import hailuo as params
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

OPERATIONS: dict[str, Operation]

class ImageToVideo(SyncTaskResource[types.HailuoTaskStatus, types.HailuoTaskCompleted]):
    """Image to video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoProParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoStandardParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoProParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoStandardParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HailuoTaskStatus:
        """Get a Hailuo image-to-video task

        Returns the status of a Hailuo image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/hailuo/image_to_video/{id}`"""

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
    ) -> types.HailuoTaskCompleted:
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
        **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoProParams],
    ) -> types.HailuoTaskCompleted:
        """Create a Hailuo image-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoStandardParams],
    ) -> types.HailuoTaskCompleted: ...
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
        **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoProParams],
    ) -> types.HailuoTaskCompleted: ...
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
        **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoStandardParams],
    ) -> types.HailuoTaskCompleted: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoProParams]
    ) -> None:
        """Check a `create` body against every rule of hailuo.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoStandardParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoProParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoStandardParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HailuoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToVideo(SyncTaskResource[types.HailuoTaskStatus, types.HailuoTaskCompleted]):
    """Text to video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoProParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoStandardParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HailuoTaskStatus:
        """Get a Hailuo text-to-video task

        Returns the status of a Hailuo text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/hailuo/text_to_video/{id}`"""

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
    ) -> types.HailuoTaskCompleted:
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
        **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoProParams],
    ) -> types.HailuoTaskCompleted:
        """Create a Hailuo text-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoStandardParams],
    ) -> types.HailuoTaskCompleted: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoProParams]
    ) -> None:
        """Check a `create` body against every rule of hailuo.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoStandardParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HailuoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Hailuo(SyncAPIResource):
    """Hailuo text-to-video and image-to-video."""

    @cached_property
    def image_to_video(self) -> ImageToVideo: ...
    @cached_property
    def text_to_video(self) -> TextToVideo: ...

class AsyncImageToVideo(AsyncTaskResource[types.HailuoTaskStatus, types.HailuoTaskCompleted]):
    """Image to video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoProParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoStandardParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoProParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoStandardParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HailuoTaskStatus:
        """Get a Hailuo image-to-video task

        Returns the status of a Hailuo image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/hailuo/image_to_video/{id}`"""

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
    ) -> types.HailuoTaskCompleted:
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
        **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoProParams],
    ) -> types.HailuoTaskCompleted:
        """Create a Hailuo image-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoStandardParams],
    ) -> types.HailuoTaskCompleted: ...
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
        **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoProParams],
    ) -> types.HailuoTaskCompleted: ...
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
        **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoStandardParams],
    ) -> types.HailuoTaskCompleted: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoProParams]
    ) -> None:
        """Check a `create` body against every rule of hailuo.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateHailuo02ImageToVideoStandardParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoProParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.ImageToVideoCreateHailuo23ImageToVideoStandardParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HailuoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToVideo(AsyncTaskResource[types.HailuoTaskStatus, types.HailuoTaskCompleted]):
    """Text to video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoProParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoStandardParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HailuoTaskStatus:
        """Get a Hailuo text-to-video task

        Returns the status of a Hailuo text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/hailuo/text_to_video/{id}`"""

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
    ) -> types.HailuoTaskCompleted:
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
        **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoProParams],
    ) -> types.HailuoTaskCompleted:
        """Create a Hailuo text-to-video task, then wait for it to finish (`create` + `wait`); returns
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
        **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoStandardParams],
    ) -> types.HailuoTaskCompleted: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoProParams]
    ) -> None:
        """Check a `create` body against every rule of hailuo.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateHailuo02TextToVideoStandardParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HailuoTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncHailuo(AsyncAPIResource):
    """Hailuo text-to-video and image-to-video."""

    @cached_property
    def image_to_video(self) -> AsyncImageToVideo: ...
    @cached_property
    def text_to_video(self) -> AsyncTextToVideo: ...
