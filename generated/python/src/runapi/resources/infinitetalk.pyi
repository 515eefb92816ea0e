"""InfiniteTalk audio-driven talking video.

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
from ..params import infinitetalk as params
from ..types import infinitetalk as types
from ..types.shared import TaskAccepted

__all__ = ["AsyncAudioToVideo", "AsyncInfinitetalk", "AudioToVideo", "Infinitetalk"]

OPERATIONS: dict[str, Operation]

class AudioToVideo(
    SyncTaskResource[types.InfinitetalkAudioToVideoStatus, types.InfinitetalkAudioToVideoCompleted]
):
    """Audio to video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AudioToVideoCreateParams],
    ) -> TaskAccepted:
        """Create an InfiniteTalk lip-sync task

        Starts an InfiniteTalk (`infinitetalk-from-audio`) task that animates the face in
        `source_image_url` to speak `source_audio_url`, guided by a prompt of up to 5000 characters,
        and answers `202` with its id. `output_resolution` is 480p or 720p; `seed` is 10000-1000000.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/infinitetalk/audio_to_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.InfinitetalkAudioToVideoStatus:
        """Get an InfiniteTalk lip-sync task

        Returns the status of an InfiniteTalk task; `videos` is present once it has completed.

        `GET /api/v1/infinitetalk/audio_to_video/{id}`"""

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
    ) -> types.InfinitetalkAudioToVideoCompleted:
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
        **body: Unpack[params.AudioToVideoCreateParams],
    ) -> types.InfinitetalkAudioToVideoCompleted:
        """Create an InfiniteTalk lip-sync task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AudioToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of infinitetalk.audio_to_video.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.InfinitetalkAudioToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Infinitetalk(SyncAPIResource):
    """InfiniteTalk audio-driven talking video."""

    @cached_property
    def audio_to_video(self) -> AudioToVideo: ...

class AsyncAudioToVideo(
    AsyncTaskResource[types.InfinitetalkAudioToVideoStatus, types.InfinitetalkAudioToVideoCompleted]
):
    """Audio to video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AudioToVideoCreateParams],
    ) -> TaskAccepted:
        """Create an InfiniteTalk lip-sync task

        Starts an InfiniteTalk (`infinitetalk-from-audio`) task that animates the face in
        `source_image_url` to speak `source_audio_url`, guided by a prompt of up to 5000 characters,
        and answers `202` with its id. `output_resolution` is 480p or 720p; `seed` is 10000-1000000.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/infinitetalk/audio_to_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.InfinitetalkAudioToVideoStatus:
        """Get an InfiniteTalk lip-sync task

        Returns the status of an InfiniteTalk task; `videos` is present once it has completed.

        `GET /api/v1/infinitetalk/audio_to_video/{id}`"""

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
    ) -> types.InfinitetalkAudioToVideoCompleted:
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
        **body: Unpack[params.AudioToVideoCreateParams],
    ) -> types.InfinitetalkAudioToVideoCompleted:
        """Create an InfiniteTalk lip-sync task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AudioToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of infinitetalk.audio_to_video.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.InfinitetalkAudioToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncInfinitetalk(AsyncAPIResource):
    """InfiniteTalk audio-driven talking video."""

    @cached_property
    def audio_to_video(self) -> AsyncAudioToVideo: ...
