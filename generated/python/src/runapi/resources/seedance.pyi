"""Seedance video generation.

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
from ..params import seedance as params
from ..types import seedance as types
from ..types.shared import TaskAccepted

__all__ = ["AsyncSeedance", "AsyncTextToVideo", "Seedance", "TextToVideo"]

OPERATIONS: dict[str, Operation]

class TextToVideo(
    SyncTaskResource[types.SeedanceTextToVideoStatus, types.SeedanceTextToVideoCompleted]
):
    """Text to video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedance15ProParams],
    ) -> TaskAccepted:
        """Create a Seedance video task

        Starts a Seedance video generation task and answers `202` with its id. One endpoint serves
        every Seedance model and mode:

        - `seedance-1.5-pro`: text-to-video, or image-to-video with up to 2 `source_image_urls`;
          `aspect_ratio` and `duration_seconds` (4, 8 or 12) are required.
        - `seedance-2.0` / `seedance-2.0-fast`: text-to-video, frame mode (`first_frame_image_url`,
          optional `last_frame_image_url`) or multimodal reference mode (`reference_*_urls`);
          `duration_seconds` is an integer from 4 to 15.
        - `seedance-v1-lite` / `seedance-v1-pro`: 5 s or 10 s clips; text-to-video needs
          `aspect_ratio`, while `first_frame_image_url` switches to image-to-video, where the
          aspect ratio is derived from the image and must not be sent.
        - `seedance-v1-pro-fast`: image-to-video only (`first_frame_image_url` required).

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedance-1.5-pro
        - model=seedance-2.0
        - model=seedance-2.0-fast
        - model=seedance-v1-lite
        - model=seedance-v1-pro
        - model=seedance-v1-pro-fast

        Rules checked before sending:
        - aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)
        - reference_audio_urls requires at least one reference_image_urls or reference_video_urls

        `POST /api/v1/seedance/text_to_video`"""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedance20Params],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedance20FastParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedanceV1LiteParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedanceV1ProParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedanceV1ProFastParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SeedanceTextToVideoStatus:
        """Get a Seedance video task

        Returns the status of a Seedance task; `videos` is present once it has completed.

        `GET /api/v1/seedance/text_to_video/{id}`"""

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
    ) -> types.SeedanceTextToVideoCompleted:
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
        **body: Unpack[params.TextToVideoCreateSeedance15ProParams],
    ) -> types.SeedanceTextToVideoCompleted:
        """Create a Seedance video task, then wait for it to finish (`create` + `wait`); returns the
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
        **body: Unpack[params.TextToVideoCreateSeedance20Params],
    ) -> types.SeedanceTextToVideoCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateSeedance20FastParams],
    ) -> types.SeedanceTextToVideoCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateSeedanceV1LiteParams],
    ) -> types.SeedanceTextToVideoCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateSeedanceV1ProParams],
    ) -> types.SeedanceTextToVideoCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateSeedanceV1ProFastParams],
    ) -> types.SeedanceTextToVideoCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedance15ProParams]) -> None:
        """Check a `create` body against every rule of seedance.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedance20Params]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedance20FastParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedanceV1LiteParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedanceV1ProParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedanceV1ProFastParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SeedanceTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Seedance(SyncAPIResource):
    """Seedance video generation."""

    @cached_property
    def text_to_video(self) -> TextToVideo: ...

class AsyncTextToVideo(
    AsyncTaskResource[types.SeedanceTextToVideoStatus, types.SeedanceTextToVideoCompleted]
):
    """Text to video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedance15ProParams],
    ) -> TaskAccepted:
        """Create a Seedance video task

        Starts a Seedance video generation task and answers `202` with its id. One endpoint serves
        every Seedance model and mode:

        - `seedance-1.5-pro`: text-to-video, or image-to-video with up to 2 `source_image_urls`;
          `aspect_ratio` and `duration_seconds` (4, 8 or 12) are required.
        - `seedance-2.0` / `seedance-2.0-fast`: text-to-video, frame mode (`first_frame_image_url`,
          optional `last_frame_image_url`) or multimodal reference mode (`reference_*_urls`);
          `duration_seconds` is an integer from 4 to 15.
        - `seedance-v1-lite` / `seedance-v1-pro`: 5 s or 10 s clips; text-to-video needs
          `aspect_ratio`, while `first_frame_image_url` switches to image-to-video, where the
          aspect ratio is derived from the image and must not be sent.
        - `seedance-v1-pro-fast`: image-to-video only (`first_frame_image_url` required).

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedance-1.5-pro
        - model=seedance-2.0
        - model=seedance-2.0-fast
        - model=seedance-v1-lite
        - model=seedance-v1-pro
        - model=seedance-v1-pro-fast

        Rules checked before sending:
        - aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)
        - reference_audio_urls requires at least one reference_image_urls or reference_video_urls

        `POST /api/v1/seedance/text_to_video`"""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedance20Params],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedance20FastParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedanceV1LiteParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedanceV1ProParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateSeedanceV1ProFastParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SeedanceTextToVideoStatus:
        """Get a Seedance video task

        Returns the status of a Seedance task; `videos` is present once it has completed.

        `GET /api/v1/seedance/text_to_video/{id}`"""

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
    ) -> types.SeedanceTextToVideoCompleted:
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
        **body: Unpack[params.TextToVideoCreateSeedance15ProParams],
    ) -> types.SeedanceTextToVideoCompleted:
        """Create a Seedance video task, then wait for it to finish (`create` + `wait`); returns the
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
        **body: Unpack[params.TextToVideoCreateSeedance20Params],
    ) -> types.SeedanceTextToVideoCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateSeedance20FastParams],
    ) -> types.SeedanceTextToVideoCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateSeedanceV1LiteParams],
    ) -> types.SeedanceTextToVideoCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateSeedanceV1ProParams],
    ) -> types.SeedanceTextToVideoCompleted: ...
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
        **body: Unpack[params.TextToVideoCreateSeedanceV1ProFastParams],
    ) -> types.SeedanceTextToVideoCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedance15ProParams]) -> None:
        """Check a `create` body against every rule of seedance.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedance20Params]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedance20FastParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedanceV1LiteParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedanceV1ProParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateSeedanceV1ProFastParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SeedanceTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncSeedance(AsyncAPIResource):
    """Seedance video generation."""

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo: ...
