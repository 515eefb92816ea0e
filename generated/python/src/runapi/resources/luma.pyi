"""Luma video modification.

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
from ..params import luma as params
from ..types import luma as types
from ..types.shared import TaskAccepted

__all__ = ["AsyncLuma", "AsyncModifyVideo", "Luma", "ModifyVideo"]

OPERATIONS: dict[str, Operation]

class ModifyVideo(SyncTaskResource[types.LumaModifyVideoStatus, types.LumaModifyVideoCompleted]):
    """Modify video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ModifyVideoCreateParams],
    ) -> TaskAccepted:
        """Create a Luma video modification task

        Starts a Luma task that turns an existing, publicly accessible video (`source_video_url`;
        MP4, MOV or AVI) into a new variation guided by an English `prompt`, optionally with a
        `watermark` identifier. Submit the source video once and answer `202` with the task id;
        poll the linked status operation or pass an HTTPS `callback_url` to receive the final
        result. The result lists the generated videos and the source video used.

        `POST /api/v1/luma/modify_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.LumaModifyVideoStatus:
        """Get a Luma video modification task

        Returns the latest status of a Luma modification task; once completed, `videos` holds the
        generated videos and `sources` the source video used. Luma's provider-specific callback
        failure state is reported as `completed`, because the generation itself has succeeded.

        `GET /api/v1/luma/modify_video/{id}`"""

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
    ) -> types.LumaModifyVideoCompleted:
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
        **body: Unpack[params.ModifyVideoCreateParams],
    ) -> types.LumaModifyVideoCompleted:
        """Create a Luma video modification task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ModifyVideoCreateParams]) -> None:
        """Check a `create` body against every rule of luma.modify_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.LumaModifyVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Luma(SyncAPIResource):
    """Luma video modification."""

    @cached_property
    def modify_video(self) -> ModifyVideo: ...

class AsyncModifyVideo(
    AsyncTaskResource[types.LumaModifyVideoStatus, types.LumaModifyVideoCompleted]
):
    """Modify video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ModifyVideoCreateParams],
    ) -> TaskAccepted:
        """Create a Luma video modification task

        Starts a Luma task that turns an existing, publicly accessible video (`source_video_url`;
        MP4, MOV or AVI) into a new variation guided by an English `prompt`, optionally with a
        `watermark` identifier. Submit the source video once and answer `202` with the task id;
        poll the linked status operation or pass an HTTPS `callback_url` to receive the final
        result. The result lists the generated videos and the source video used.

        `POST /api/v1/luma/modify_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.LumaModifyVideoStatus:
        """Get a Luma video modification task

        Returns the latest status of a Luma modification task; once completed, `videos` holds the
        generated videos and `sources` the source video used. Luma's provider-specific callback
        failure state is reported as `completed`, because the generation itself has succeeded.

        `GET /api/v1/luma/modify_video/{id}`"""

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
    ) -> types.LumaModifyVideoCompleted:
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
        **body: Unpack[params.ModifyVideoCreateParams],
    ) -> types.LumaModifyVideoCompleted:
        """Create a Luma video modification task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ModifyVideoCreateParams]) -> None:
        """Check a `create` body against every rule of luma.modify_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.LumaModifyVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncLuma(AsyncAPIResource):
    """Luma video modification."""

    @cached_property
    def modify_video(self) -> AsyncModifyVideo: ...
