"""Gemini Omni video generation with reusable audio and character assets.

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

    from ..types import gemini_omni as types
    from ..types.shared import TaskAccepted

__all__ = ["AsyncGeminiOmni", "AsyncTextToVideo", "GeminiOmni", "TextToVideo"]

OPERATIONS: dict[str, Operation] = {
    "gemini_omni.create_audio": Operation(
        operation_id="gemini_omni.create_audio",
        method="POST",
        path="/api/v1/gemini_omni/create_audio",
        auth="api_key",
        body="json",
    ),
    "gemini_omni.create_character": Operation(
        operation_id="gemini_omni.create_character",
        method="POST",
        path="/api/v1/gemini_omni/create_character",
        auth="api_key",
        body="json",
    ),
    "gemini_omni.text_to_video.create": Operation(
        operation_id="gemini_omni.text_to_video.create",
        method="POST",
        path="/api/v1/gemini_omni/text_to_video",
        auth="api_key",
        body="json",
    ),
    "gemini_omni.text_to_video.get": Operation(
        operation_id="gemini_omni.text_to_video.get",
        method="GET",
        path="/api/v1/gemini_omni/text_to_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class TextToVideo(SyncTaskResource):
    """Text to video."""

    _namespace = "gemini_omni"
    _create_operation = OPERATIONS["gemini_omni.text_to_video.create"]
    _status_operation = OPERATIONS["gemini_omni.text_to_video.get"]
    _status_model = "GeminiOmniTextToVideoStatus"
    _completed_model = "GeminiOmniTextToVideoCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Gemini Omni video task

        Starts a Gemini Omni (`gemini-omni-text-to-video`) video task and answers `202` with its id.
        The prompt (up to 20000 characters) can be combined with reference images (max 7), voices
        (`audio_ids`, max 3), characters (`character_ids`, max 3) and one source video clip
        (`video_list`, with `url`, `start` and `ends`, at most 10 seconds long). Reference inputs
        share a 7-unit limit: each reference image counts 1, each video clip 2 and each character ID
        1. `duration_seconds` is 4, 6, 8 or 10 (ignored when `video_list` is given);
        `output_resolution` is 720p (default), 1080p or 4k. Poll the linked status operation or pass
        `callback_url`.

        Rules checked before sending:
        - Reference inputs share a 7-unit limit (each reference image counts 1, each video clip 2, each character ID 1)
        - each video clip must end after it starts (ends greater than start)
        - the video clip may last at most 10 seconds (ends at most 10 seconds after start)

        `POST /api/v1/gemini_omni/text_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.GeminiOmniTextToVideoStatus:
        """Get a Gemini Omni video task

        Returns the status of a Gemini Omni video task; `videos` is present once it has completed.

        `GET /api/v1/gemini_omni/text_to_video/{id}`"""
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
    ) -> types.GeminiOmniTextToVideoCompleted:
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
    ) -> types.GeminiOmniTextToVideoCompleted:
        """Create a Gemini Omni video task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

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
        """Check a `create` body against every rule of gemini_omni.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gemini_omni", "gemini_omni.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.GeminiOmniTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class GeminiOmni(SyncAPIResource):
    """Gemini Omni video generation with reusable audio and character assets."""

    _namespace = "gemini_omni"

    @cached_property
    def text_to_video(self) -> TextToVideo:
        return TextToVideo(self._client)

    def create_audio(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.GeminiOmniCreateAudioResponse:
        """Create a Gemini Omni voice

        Creates a reusable Gemini Omni voice (`gemini-omni-audio`) from a preset voice (`audio_id`,
        e.g. achernar, achird, charon, puck, zephyr) and answers `200` with the new audio resource
        at once. Pass the returned id in `audio_ids` of create_character or text_to_video.

        `POST /api/v1/gemini_omni/create_audio`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(
            OPERATIONS["gemini_omni.create_audio"], "GeminiOmniCreateAudioResponse", **request
        )

    def create_character(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.GeminiOmniCreateCharacterResponse:
        """Create a Gemini Omni character

        Creates a reusable Gemini Omni character (`gemini-omni-character`) from a description and a
        reference image (at most 20 MB), optionally guided by voices from create_audio, and answers
        `200` with the new character resource at once. Pass the returned id in `character_ids` of
        text_to_video.

        `POST /api/v1/gemini_omni/create_character`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(
            OPERATIONS["gemini_omni.create_character"],
            "GeminiOmniCreateCharacterResponse",
            **request,
        )

    def validate_create_audio(self, **body: Any) -> None:
        """Check a `create_audio` body against every rule of gemini_omni.create_audio without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gemini_omni", "gemini_omni.create_audio", body)

    def validate_create_character(self, **body: Any) -> None:
        """Check a `create_character` body against every rule of gemini_omni.create_character without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gemini_omni", "gemini_omni.create_character", body)


class AsyncTextToVideo(AsyncTaskResource):
    """Text to video."""

    _namespace = "gemini_omni"
    _create_operation = OPERATIONS["gemini_omni.text_to_video.create"]
    _status_operation = OPERATIONS["gemini_omni.text_to_video.get"]
    _status_model = "GeminiOmniTextToVideoStatus"
    _completed_model = "GeminiOmniTextToVideoCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Gemini Omni video task

        Starts a Gemini Omni (`gemini-omni-text-to-video`) video task and answers `202` with its id.
        The prompt (up to 20000 characters) can be combined with reference images (max 7), voices
        (`audio_ids`, max 3), characters (`character_ids`, max 3) and one source video clip
        (`video_list`, with `url`, `start` and `ends`, at most 10 seconds long). Reference inputs
        share a 7-unit limit: each reference image counts 1, each video clip 2 and each character ID
        1. `duration_seconds` is 4, 6, 8 or 10 (ignored when `video_list` is given);
        `output_resolution` is 720p (default), 1080p or 4k. Poll the linked status operation or pass
        `callback_url`.

        Rules checked before sending:
        - Reference inputs share a 7-unit limit (each reference image counts 1, each video clip 2, each character ID 1)
        - each video clip must end after it starts (ends greater than start)
        - the video clip may last at most 10 seconds (ends at most 10 seconds after start)

        `POST /api/v1/gemini_omni/text_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.GeminiOmniTextToVideoStatus:
        """Get a Gemini Omni video task

        Returns the status of a Gemini Omni video task; `videos` is present once it has completed.

        `GET /api/v1/gemini_omni/text_to_video/{id}`"""
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
    ) -> types.GeminiOmniTextToVideoCompleted:
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
    ) -> types.GeminiOmniTextToVideoCompleted:
        """Create a Gemini Omni video task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

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
        """Check a `create` body against every rule of gemini_omni.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gemini_omni", "gemini_omni.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.GeminiOmniTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncGeminiOmni(AsyncAPIResource):
    """Gemini Omni video generation with reusable audio and character assets."""

    _namespace = "gemini_omni"

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo:
        return AsyncTextToVideo(self._client)

    async def create_audio(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.GeminiOmniCreateAudioResponse:
        """Create a Gemini Omni voice

        Creates a reusable Gemini Omni voice (`gemini-omni-audio`) from a preset voice (`audio_id`,
        e.g. achernar, achird, charon, puck, zephyr) and answers `200` with the new audio resource
        at once. Pass the returned id in `audio_ids` of create_character or text_to_video.

        `POST /api/v1/gemini_omni/create_audio`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(
            OPERATIONS["gemini_omni.create_audio"], "GeminiOmniCreateAudioResponse", **request
        )

    async def create_character(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.GeminiOmniCreateCharacterResponse:
        """Create a Gemini Omni character

        Creates a reusable Gemini Omni character (`gemini-omni-character`) from a description and a
        reference image (at most 20 MB), optionally guided by voices from create_audio, and answers
        `200` with the new character resource at once. Pass the returned id in `character_ids` of
        text_to_video.

        `POST /api/v1/gemini_omni/create_character`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(
            OPERATIONS["gemini_omni.create_character"],
            "GeminiOmniCreateCharacterResponse",
            **request,
        )

    def validate_create_audio(self, **body: Any) -> None:
        """Check a `create_audio` body against every rule of gemini_omni.create_audio without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gemini_omni", "gemini_omni.create_audio", body)

    def validate_create_character(self, **body: Any) -> None:
        """Check a `create_character` body against every rule of gemini_omni.create_character without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gemini_omni", "gemini_omni.create_character", body)
