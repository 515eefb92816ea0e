"""InfiniteTalk audio-driven talking video.

Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    AsyncAPIResource,
    AsyncTaskResource,
    ProgressCallback,
    SyncAPIResource,
    SyncTaskResource,
)
from .._types import NOT_GIVEN, NotGiven, Operation
from .._validation import check_body

if TYPE_CHECKING:
    import httpx

    from ..types import infinitetalk as types
    from ..types.shared import TaskAccepted

__all__ = ["AsyncAudioToVideo", "AsyncInfinitetalk", "AudioToVideo", "Infinitetalk"]

OPERATIONS: dict[str, Operation] = {
    "infinitetalk.audio_to_video.create": Operation(
        operation_id="infinitetalk.audio_to_video.create",
        method="POST",
        path="/api/v1/infinitetalk/audio_to_video",
        auth="api_key",
        body="json",
    ),
    "infinitetalk.audio_to_video.get": Operation(
        operation_id="infinitetalk.audio_to_video.get",
        method="GET",
        path="/api/v1/infinitetalk/audio_to_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class AudioToVideo(SyncTaskResource):
    """Audio to video."""

    _namespace = "infinitetalk"
    _create_operation = OPERATIONS["infinitetalk.audio_to_video.create"]
    _status_operation = OPERATIONS["infinitetalk.audio_to_video.get"]
    _status_model = "InfinitetalkAudioToVideoStatus"
    _completed_model = "InfinitetalkAudioToVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an InfiniteTalk lip-sync task

        Starts an InfiniteTalk (`infinitetalk-from-audio`) task that animates the face in
        `source_image_url` to speak `source_audio_url`, guided by a prompt of up to 5000 characters,
        and answers `202` with its id. `output_resolution` is 480p or 720p; `seed` is 10000-1000000.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/infinitetalk/audio_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.InfinitetalkAudioToVideoStatus:
        """Get an InfiniteTalk lip-sync task

        Returns the status of an InfiniteTalk task; `videos` is present once it has completed.

        `GET /api/v1/infinitetalk/audio_to_video/{id}`"""
        return self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.InfinitetalkAudioToVideoCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
        return self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.InfinitetalkAudioToVideoCompleted:
        """Create an InfiniteTalk lip-sync task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of infinitetalk.audio_to_video.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("infinitetalk", "infinitetalk.audio_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.InfinitetalkAudioToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Infinitetalk(SyncAPIResource):
    """InfiniteTalk audio-driven talking video."""

    _namespace = "infinitetalk"

    @cached_property
    def audio_to_video(self) -> AudioToVideo:
        return AudioToVideo(self._client)


class AsyncAudioToVideo(AsyncTaskResource):
    """Audio to video."""

    _namespace = "infinitetalk"
    _create_operation = OPERATIONS["infinitetalk.audio_to_video.create"]
    _status_operation = OPERATIONS["infinitetalk.audio_to_video.get"]
    _status_model = "InfinitetalkAudioToVideoStatus"
    _completed_model = "InfinitetalkAudioToVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an InfiniteTalk lip-sync task

        Starts an InfiniteTalk (`infinitetalk-from-audio`) task that animates the face in
        `source_image_url` to speak `source_audio_url`, guided by a prompt of up to 5000 characters,
        and answers `202` with its id. `output_resolution` is 480p or 720p; `seed` is 10000-1000000.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/infinitetalk/audio_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.InfinitetalkAudioToVideoStatus:
        """Get an InfiniteTalk lip-sync task

        Returns the status of an InfiniteTalk task; `videos` is present once it has completed.

        `GET /api/v1/infinitetalk/audio_to_video/{id}`"""
        return await self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.InfinitetalkAudioToVideoCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
        return await self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    async def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.InfinitetalkAudioToVideoCompleted:
        """Create an InfiniteTalk lip-sync task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return await self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of infinitetalk.audio_to_video.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("infinitetalk", "infinitetalk.audio_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.InfinitetalkAudioToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncInfinitetalk(AsyncAPIResource):
    """InfiniteTalk audio-driven talking video."""

    _namespace = "infinitetalk"

    @cached_property
    def audio_to_video(self) -> AsyncAudioToVideo:
        return AsyncAudioToVideo(self._client)
