"""Grok Imagine images and videos.

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
from ..params import grok_imagine as params
from ..types import grok_imagine as types
from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncExtendVideo",
    "AsyncGrokImagine",
    "AsyncImageToVideo",
    "AsyncTextToImage",
    "AsyncTextToVideo",
    "AsyncUpscaleImage",
    "EditImage",
    "ExtendVideo",
    "GrokImagine",
    "ImageToVideo",
    "TextToImage",
    "TextToVideo",
    "UpscaleImage",
]

OPERATIONS: dict[str, Operation]

class EditImage(SyncTaskResource[types.GrokImagineImageStatus, types.GrokImagineImageCompleted]):
    """Edit image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateParams],
    ) -> TaskAccepted:
        """Create a Grok Imagine edit-image task

        Starts a Grok Imagine (`grok-imagine-edit-image`) task that re-interprets a single
        `source_image_url`, optionally guided by a prompt, and answers `202` with its id. Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/grok_imagine/edit_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineImageStatus:
        """Get a Grok Imagine edit-image task

        Returns the status of a Grok Imagine edit-image task; `images` is present once it has
        completed.

        `GET /api/v1/grok_imagine/edit_image/{id}`"""

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
    ) -> types.GrokImagineImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.EditImageCreateParams],
    ) -> types.GrokImagineImageCompleted:
        """Create a Grok Imagine edit-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditImageCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class ExtendVideo(SyncTaskResource[types.GrokImagineVideoStatus, types.GrokImagineVideoCompleted]):
    """Extend video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ExtendVideoCreateParams],
    ) -> TaskAccepted:
        """Extend a Grok Imagine video

        Starts a task that appends a 6 or 10 second segment to a video produced by a prior Grok
        Imagine text-to-video or image-to-video task of the same account, beginning `start_seconds`
        into the source video, and answers `202` with its id. Poll the linked status operation or
        pass `callback_url`.

        `POST /api/v1/grok_imagine/extend_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineVideoStatus:
        """Get a Grok Imagine extend-video task

        Returns the status of a Grok Imagine extend-video task; `videos` is present once it has
        completed.

        `GET /api/v1/grok_imagine/extend_video/{id}`"""

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
    ) -> types.GrokImagineVideoCompleted:
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
    ) -> types.GrokImagineVideoCompleted:
        """Extend a Grok Imagine video, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ExtendVideoCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class ImageToVideo(SyncTaskResource[types.GrokImagineVideoStatus, types.GrokImagineVideoCompleted]):
    """Image to video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateParams],
    ) -> TaskAccepted:
        """Create a Grok Imagine image-to-video task

        Starts a Grok Imagine (`grok-imagine-image-to-video`) task that animates one image and
        answers `202` with its id. The source is `source_image_urls` (a single image URL;
        `source_image_url` takes it as a plain string) or `source_task_id` (a prior grok-imagine-
        text-to-image task, with `index` 0-5 choosing the image). `motion_style` spicy is not
        available with `source_image_urls`. `duration_seconds` is 6-30 and `aspect_ratio` defaults
        to 16:9. Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - a source is required - source_image_urls (or source_image_url) or source_task_id
        - spicy is not available when source_image_urls is used

        `POST /api/v1/grok_imagine/image_to_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineVideoStatus:
        """Get a Grok Imagine image-to-video task

        Returns the status of a Grok Imagine image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/grok_imagine/image_to_video/{id}`"""

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
    ) -> types.GrokImagineVideoCompleted:
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
        **body: Unpack[params.ImageToVideoCreateParams],
    ) -> types.GrokImagineVideoCompleted:
        """Create a Grok Imagine image-to-video task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ImageToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.image_to_video.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToImage(SyncTaskResource[types.GrokImagineImageStatus, types.GrokImagineImageCompleted]):
    """Text to image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateParams],
    ) -> TaskAccepted:
        """Create a Grok Imagine text-to-image task

        Starts a Grok Imagine (`grok-imagine-text-to-image`) image task from a prompt of up to 5000
        characters and answers `202` with its id. `aspect_ratio` defaults to 1:1; `enable_pro` turns
        on Pro quality. Its images can be animated with image_to_video via `source_task_id`. Poll
        the linked status operation or pass `callback_url`.

        `POST /api/v1/grok_imagine/text_to_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineImageStatus:
        """Get a Grok Imagine text-to-image task

        Returns the status of a Grok Imagine text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/grok_imagine/text_to_image/{id}`"""

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
    ) -> types.GrokImagineImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToImageCreateParams],
    ) -> types.GrokImagineImageCompleted:
        """Create a Grok Imagine text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToVideo(SyncTaskResource[types.GrokImagineVideoStatus, types.GrokImagineVideoCompleted]):
    """Text to video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateParams],
    ) -> TaskAccepted:
        """Create a Grok Imagine text-to-video task

        Starts a Grok Imagine (`grok-imagine-text-to-video`) video task from a prompt of up to 5000
        characters and answers `202` with its id. Options: `aspect_ratio` (default 2:3),
        `motion_style` fun/normal/spicy (default normal), `duration_seconds` 6-30,
        `output_resolution` 480p/720p (default 480p). Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/grok_imagine/text_to_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineVideoStatus:
        """Get a Grok Imagine text-to-video task

        Returns the status of a Grok Imagine text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/grok_imagine/text_to_video/{id}`"""

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
    ) -> types.GrokImagineVideoCompleted:
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
    ) -> types.GrokImagineVideoCompleted:
        """Create a Grok Imagine text-to-video task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.text_to_video.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class UpscaleImage(SyncTaskResource[types.GrokImagineVideoStatus, types.GrokImagineVideoCompleted]):
    """Upscale image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> TaskAccepted:
        """Upscale a Grok Imagine video

        Starts a task that upscales the video of a prior Grok Imagine video task of the same account
        and answers `202` with its id. Despite the `upscale_image` path, the input and output are
        videos; only 480p source videos are supported. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/grok_imagine/upscale_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineVideoStatus:
        """Get a Grok Imagine upscale task

        Returns the status of a Grok Imagine upscale task; `videos` (the upscaled video) is present
        once it has completed.

        `GET /api/v1/grok_imagine/upscale_image/{id}`"""

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
    ) -> types.GrokImagineVideoCompleted:
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
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> types.GrokImagineVideoCompleted:
        """Upscale a Grok Imagine video, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleImageCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.upscale_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class GrokImagine(SyncAPIResource):
    """Grok Imagine images and videos."""

    @cached_property
    def edit_image(self) -> EditImage: ...
    @cached_property
    def extend_video(self) -> ExtendVideo: ...
    @cached_property
    def image_to_video(self) -> ImageToVideo: ...
    @cached_property
    def text_to_image(self) -> TextToImage: ...
    @cached_property
    def text_to_video(self) -> TextToVideo: ...
    @cached_property
    def upscale_image(self) -> UpscaleImage: ...

class AsyncEditImage(
    AsyncTaskResource[types.GrokImagineImageStatus, types.GrokImagineImageCompleted]
):
    """Edit image."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateParams],
    ) -> TaskAccepted:
        """Create a Grok Imagine edit-image task

        Starts a Grok Imagine (`grok-imagine-edit-image`) task that re-interprets a single
        `source_image_url`, optionally guided by a prompt, and answers `202` with its id. Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/grok_imagine/edit_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineImageStatus:
        """Get a Grok Imagine edit-image task

        Returns the status of a Grok Imagine edit-image task; `images` is present once it has
        completed.

        `GET /api/v1/grok_imagine/edit_image/{id}`"""

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
    ) -> types.GrokImagineImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.EditImageCreateParams],
    ) -> types.GrokImagineImageCompleted:
        """Create a Grok Imagine edit-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditImageCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncExtendVideo(
    AsyncTaskResource[types.GrokImagineVideoStatus, types.GrokImagineVideoCompleted]
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
        """Extend a Grok Imagine video

        Starts a task that appends a 6 or 10 second segment to a video produced by a prior Grok
        Imagine text-to-video or image-to-video task of the same account, beginning `start_seconds`
        into the source video, and answers `202` with its id. Poll the linked status operation or
        pass `callback_url`.

        `POST /api/v1/grok_imagine/extend_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineVideoStatus:
        """Get a Grok Imagine extend-video task

        Returns the status of a Grok Imagine extend-video task; `videos` is present once it has
        completed.

        `GET /api/v1/grok_imagine/extend_video/{id}`"""

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
    ) -> types.GrokImagineVideoCompleted:
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
    ) -> types.GrokImagineVideoCompleted:
        """Extend a Grok Imagine video, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ExtendVideoCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.extend_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncImageToVideo(
    AsyncTaskResource[types.GrokImagineVideoStatus, types.GrokImagineVideoCompleted]
):
    """Image to video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateParams],
    ) -> TaskAccepted:
        """Create a Grok Imagine image-to-video task

        Starts a Grok Imagine (`grok-imagine-image-to-video`) task that animates one image and
        answers `202` with its id. The source is `source_image_urls` (a single image URL;
        `source_image_url` takes it as a plain string) or `source_task_id` (a prior grok-imagine-
        text-to-image task, with `index` 0-5 choosing the image). `motion_style` spicy is not
        available with `source_image_urls`. `duration_seconds` is 6-30 and `aspect_ratio` defaults
        to 16:9. Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - a source is required - source_image_urls (or source_image_url) or source_task_id
        - spicy is not available when source_image_urls is used

        `POST /api/v1/grok_imagine/image_to_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineVideoStatus:
        """Get a Grok Imagine image-to-video task

        Returns the status of a Grok Imagine image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/grok_imagine/image_to_video/{id}`"""

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
    ) -> types.GrokImagineVideoCompleted:
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
        **body: Unpack[params.ImageToVideoCreateParams],
    ) -> types.GrokImagineVideoCompleted:
        """Create a Grok Imagine image-to-video task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ImageToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.image_to_video.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToImage(
    AsyncTaskResource[types.GrokImagineImageStatus, types.GrokImagineImageCompleted]
):
    """Text to image."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateParams],
    ) -> TaskAccepted:
        """Create a Grok Imagine text-to-image task

        Starts a Grok Imagine (`grok-imagine-text-to-image`) image task from a prompt of up to 5000
        characters and answers `202` with its id. `aspect_ratio` defaults to 1:1; `enable_pro` turns
        on Pro quality. Its images can be animated with image_to_video via `source_task_id`. Poll
        the linked status operation or pass `callback_url`.

        `POST /api/v1/grok_imagine/text_to_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineImageStatus:
        """Get a Grok Imagine text-to-image task

        Returns the status of a Grok Imagine text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/grok_imagine/text_to_image/{id}`"""

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
    ) -> types.GrokImagineImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToImageCreateParams],
    ) -> types.GrokImagineImageCompleted:
        """Create a Grok Imagine text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToVideo(
    AsyncTaskResource[types.GrokImagineVideoStatus, types.GrokImagineVideoCompleted]
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
        """Create a Grok Imagine text-to-video task

        Starts a Grok Imagine (`grok-imagine-text-to-video`) video task from a prompt of up to 5000
        characters and answers `202` with its id. Options: `aspect_ratio` (default 2:3),
        `motion_style` fun/normal/spicy (default normal), `duration_seconds` 6-30,
        `output_resolution` 480p/720p (default 480p). Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/grok_imagine/text_to_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineVideoStatus:
        """Get a Grok Imagine text-to-video task

        Returns the status of a Grok Imagine text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/grok_imagine/text_to_video/{id}`"""

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
    ) -> types.GrokImagineVideoCompleted:
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
    ) -> types.GrokImagineVideoCompleted:
        """Create a Grok Imagine text-to-video task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.text_to_video.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncUpscaleImage(
    AsyncTaskResource[types.GrokImagineVideoStatus, types.GrokImagineVideoCompleted]
):
    """Upscale image."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> TaskAccepted:
        """Upscale a Grok Imagine video

        Starts a task that upscales the video of a prior Grok Imagine video task of the same account
        and answers `202` with its id. Despite the `upscale_image` path, the input and output are
        videos; only 480p source videos are supported. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/grok_imagine/upscale_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GrokImagineVideoStatus:
        """Get a Grok Imagine upscale task

        Returns the status of a Grok Imagine upscale task; `videos` (the upscaled video) is present
        once it has completed.

        `GET /api/v1/grok_imagine/upscale_image/{id}`"""

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
    ) -> types.GrokImagineVideoCompleted:
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
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> types.GrokImagineVideoCompleted:
        """Upscale a Grok Imagine video, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleImageCreateParams]) -> None:
        """Check a `create` body against every rule of grok_imagine.upscale_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GrokImagineVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncGrokImagine(AsyncAPIResource):
    """Grok Imagine images and videos."""

    @cached_property
    def edit_image(self) -> AsyncEditImage: ...
    @cached_property
    def extend_video(self) -> AsyncExtendVideo: ...
    @cached_property
    def image_to_video(self) -> AsyncImageToVideo: ...
    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
    @cached_property
    def text_to_video(self) -> AsyncTextToVideo: ...
    @cached_property
    def upscale_image(self) -> AsyncUpscaleImage: ...
