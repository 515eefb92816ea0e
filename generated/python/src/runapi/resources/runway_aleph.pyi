"""Runway Aleph video editing.

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
from ..params import runway_aleph as params
from ..types import runway_aleph as types
from ..types.shared import TaskAccepted

__all__ = ["AsyncEditVideo", "AsyncRunwayAleph", "EditVideo", "RunwayAleph"]

OPERATIONS: dict[str, Operation]

class EditVideo(
    SyncTaskResource[types.RunwayAlephEditVideoStatus, types.RunwayAlephEditVideoCompleted]
):
    """Edit video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateParams],
    ) -> TaskAccepted:
        """Create a Runway Aleph video edit task

        Starts a Runway Aleph task that transforms an existing video (`source_video_url`) as the
        prompt describes, optionally guided by a style `reference_image_url`. `aspect_ratio`
        (16:9, 9:16, 4:3, 3:4, 1:1, 21:9), `seed` and a `watermark` text are optional. Answers
        `202` with the task id; the completed task returns the edited video and a cover image.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/runway_aleph/edit_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RunwayAlephEditVideoStatus:
        """Get a Runway Aleph video edit task

        Returns the status of a Runway Aleph task; once completed, `videos` holds the edited video
        and `images` its cover image.

        `GET /api/v1/runway_aleph/edit_video/{id}`"""

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
    ) -> types.RunwayAlephEditVideoCompleted:
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
        **body: Unpack[params.EditVideoCreateParams],
    ) -> types.RunwayAlephEditVideoCompleted:
        """Create a Runway Aleph video edit task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditVideoCreateParams]) -> None:
        """Check a `create` body against every rule of runway_aleph.edit_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RunwayAlephEditVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class RunwayAleph(SyncAPIResource):
    """Runway Aleph video editing."""

    @cached_property
    def edit_video(self) -> EditVideo: ...

class AsyncEditVideo(
    AsyncTaskResource[types.RunwayAlephEditVideoStatus, types.RunwayAlephEditVideoCompleted]
):
    """Edit video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateParams],
    ) -> TaskAccepted:
        """Create a Runway Aleph video edit task

        Starts a Runway Aleph task that transforms an existing video (`source_video_url`) as the
        prompt describes, optionally guided by a style `reference_image_url`. `aspect_ratio`
        (16:9, 9:16, 4:3, 3:4, 1:1, 21:9), `seed` and a `watermark` text are optional. Answers
        `202` with the task id; the completed task returns the edited video and a cover image.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/runway_aleph/edit_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RunwayAlephEditVideoStatus:
        """Get a Runway Aleph video edit task

        Returns the status of a Runway Aleph task; once completed, `videos` holds the edited video
        and `images` its cover image.

        `GET /api/v1/runway_aleph/edit_video/{id}`"""

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
    ) -> types.RunwayAlephEditVideoCompleted:
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
        **body: Unpack[params.EditVideoCreateParams],
    ) -> types.RunwayAlephEditVideoCompleted:
        """Create a Runway Aleph video edit task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditVideoCreateParams]) -> None:
        """Check a `create` body against every rule of runway_aleph.edit_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RunwayAlephEditVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncRunwayAleph(AsyncAPIResource):
    """Runway Aleph video editing."""

    @cached_property
    def edit_video(self) -> AsyncEditVideo: ...
