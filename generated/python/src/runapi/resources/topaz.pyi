"""Topaz image and video upscaling.

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
from ..params import topaz as params
from ..types import topaz as types
from ..types.shared import TaskAccepted

__all__ = [
    "AsyncTopaz",
    "AsyncUpscaleImage",
    "AsyncUpscaleVideo",
    "Topaz",
    "UpscaleImage",
    "UpscaleVideo",
]

OPERATIONS: dict[str, Operation]

class UpscaleImage(
    SyncTaskResource[types.TopazUpscaleImageStatus, types.TopazUpscaleImageCompleted]
):
    """Upscale image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> TaskAccepted:
        """Create a Topaz image upscale task

        Starts a Topaz image upscaling task (model `topaz-upscale-image`) for a public image URL
        and answers `202` with its id. `upscale_factor` is required: 1, 2, 4 or 8. Poll the
        linked status operation or pass `callback_url`; the completed task returns `images`.

        `POST /api/v1/topaz/upscale_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.TopazUpscaleImageStatus:
        """Get a Topaz image upscale task

        Returns the current status of a Topaz image upscale task, and `images` when it has
        completed.

        `GET /api/v1/topaz/upscale_image/{id}`"""

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
    ) -> types.TopazUpscaleImageCompleted:
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
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> types.TopazUpscaleImageCompleted:
        """Create a Topaz image upscale task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleImageCreateParams]) -> None:
        """Check a `create` body against every rule of topaz.upscale_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.TopazUpscaleImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class UpscaleVideo(
    SyncTaskResource[types.TopazUpscaleVideoStatus, types.TopazUpscaleVideoCompleted]
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
        """Create a Topaz video upscale task

        Starts a Topaz video upscaling task (model `topaz-upscale-video`) for a public video URL
        and answers `202` with its id. `upscale_factor` is optional: 1, 2 or 4; when omitted the
        service default (2) applies. Poll the linked status operation or pass `callback_url`; the
        completed task returns `videos`.

        `POST /api/v1/topaz/upscale_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.TopazUpscaleVideoStatus:
        """Get a Topaz video upscale task

        Returns the current status of a Topaz video upscale task, and `videos` when it has
        completed.

        `GET /api/v1/topaz/upscale_video/{id}`"""

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
    ) -> types.TopazUpscaleVideoCompleted:
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
    ) -> types.TopazUpscaleVideoCompleted:
        """Create a Topaz video upscale task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleVideoCreateParams]) -> None:
        """Check a `create` body against every rule of topaz.upscale_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.TopazUpscaleVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Topaz(SyncAPIResource):
    """Topaz image and video upscaling."""

    @cached_property
    def upscale_image(self) -> UpscaleImage: ...
    @cached_property
    def upscale_video(self) -> UpscaleVideo: ...

class AsyncUpscaleImage(
    AsyncTaskResource[types.TopazUpscaleImageStatus, types.TopazUpscaleImageCompleted]
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
        """Create a Topaz image upscale task

        Starts a Topaz image upscaling task (model `topaz-upscale-image`) for a public image URL
        and answers `202` with its id. `upscale_factor` is required: 1, 2, 4 or 8. Poll the
        linked status operation or pass `callback_url`; the completed task returns `images`.

        `POST /api/v1/topaz/upscale_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.TopazUpscaleImageStatus:
        """Get a Topaz image upscale task

        Returns the current status of a Topaz image upscale task, and `images` when it has
        completed.

        `GET /api/v1/topaz/upscale_image/{id}`"""

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
    ) -> types.TopazUpscaleImageCompleted:
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
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> types.TopazUpscaleImageCompleted:
        """Create a Topaz image upscale task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleImageCreateParams]) -> None:
        """Check a `create` body against every rule of topaz.upscale_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.TopazUpscaleImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncUpscaleVideo(
    AsyncTaskResource[types.TopazUpscaleVideoStatus, types.TopazUpscaleVideoCompleted]
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
        """Create a Topaz video upscale task

        Starts a Topaz video upscaling task (model `topaz-upscale-video`) for a public video URL
        and answers `202` with its id. `upscale_factor` is optional: 1, 2 or 4; when omitted the
        service default (2) applies. Poll the linked status operation or pass `callback_url`; the
        completed task returns `videos`.

        `POST /api/v1/topaz/upscale_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.TopazUpscaleVideoStatus:
        """Get a Topaz video upscale task

        Returns the current status of a Topaz video upscale task, and `videos` when it has
        completed.

        `GET /api/v1/topaz/upscale_video/{id}`"""

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
    ) -> types.TopazUpscaleVideoCompleted:
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
    ) -> types.TopazUpscaleVideoCompleted:
        """Create a Topaz video upscale task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleVideoCreateParams]) -> None:
        """Check a `create` body against every rule of topaz.upscale_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.TopazUpscaleVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTopaz(AsyncAPIResource):
    """Topaz image and video upscaling."""

    @cached_property
    def upscale_image(self) -> AsyncUpscaleImage: ...
    @cached_property
    def upscale_video(self) -> AsyncUpscaleVideo: ...
