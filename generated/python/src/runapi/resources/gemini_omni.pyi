"""Gemini Omni video generation with reusable audio and character assets.

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
from ..params import gemini_omni as params
from ..types import gemini_omni as types
from ..types.shared import TaskAccepted

__all__ = ["AsyncGeminiOmni", "AsyncTextToVideo", "GeminiOmni", "TextToVideo"]

OPERATIONS: dict[str, Operation]

class TextToVideo(
    SyncTaskResource[types.GeminiOmniTextToVideoStatus, types.GeminiOmniTextToVideoCompleted]
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GeminiOmniTextToVideoStatus:
        """Get a Gemini Omni video task

        Returns the status of a Gemini Omni video task; `videos` is present once it has completed.

        `GET /api/v1/gemini_omni/text_to_video/{id}`"""

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
    ) -> types.GeminiOmniTextToVideoCompleted:
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
    ) -> types.GeminiOmniTextToVideoCompleted:
        """Create a Gemini Omni video task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of gemini_omni.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GeminiOmniTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class GeminiOmni(SyncAPIResource):
    """Gemini Omni video generation with reusable audio and character assets."""

    @cached_property
    def text_to_video(self) -> TextToVideo: ...
    def create_audio(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateAudioParams],
    ) -> types.GeminiOmniCreateAudioResponse:
        """Create a Gemini Omni voice

        Creates a reusable Gemini Omni voice (`gemini-omni-audio`) from a preset voice (`audio_id`,
        e.g. achernar, achird, charon, puck, zephyr) and answers `200` with the new audio resource
        at once. Pass the returned id in `audio_ids` of create_character or text_to_video.

        `POST /api/v1/gemini_omni/create_audio`"""

    def create_character(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateCharacterParams],
    ) -> types.GeminiOmniCreateCharacterResponse:
        """Create a Gemini Omni character

        Creates a reusable Gemini Omni character (`gemini-omni-character`) from a description and a
        reference image (at most 20 MB), optionally guided by voices from create_audio, and answers
        `200` with the new character resource at once. Pass the returned id in `character_ids` of
        text_to_video.

        `POST /api/v1/gemini_omni/create_character`"""

    def validate_create_audio(self, **body: Unpack[params.CreateAudioParams]) -> None:
        """Check a `create_audio` body against every rule of gemini_omni.create_audio without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def validate_create_character(self, **body: Unpack[params.CreateCharacterParams]) -> None:
        """Check a `create_character` body against every rule of gemini_omni.create_character without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

class AsyncTextToVideo(
    AsyncTaskResource[types.GeminiOmniTextToVideoStatus, types.GeminiOmniTextToVideoCompleted]
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GeminiOmniTextToVideoStatus:
        """Get a Gemini Omni video task

        Returns the status of a Gemini Omni video task; `videos` is present once it has completed.

        `GET /api/v1/gemini_omni/text_to_video/{id}`"""

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
    ) -> types.GeminiOmniTextToVideoCompleted:
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
    ) -> types.GeminiOmniTextToVideoCompleted:
        """Create a Gemini Omni video task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of gemini_omni.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GeminiOmniTextToVideoStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncGeminiOmni(AsyncAPIResource):
    """Gemini Omni video generation with reusable audio and character assets."""

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo: ...
    async def create_audio(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateAudioParams],
    ) -> types.GeminiOmniCreateAudioResponse:
        """Create a Gemini Omni voice

        Creates a reusable Gemini Omni voice (`gemini-omni-audio`) from a preset voice (`audio_id`,
        e.g. achernar, achird, charon, puck, zephyr) and answers `200` with the new audio resource
        at once. Pass the returned id in `audio_ids` of create_character or text_to_video.

        `POST /api/v1/gemini_omni/create_audio`"""

    async def create_character(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateCharacterParams],
    ) -> types.GeminiOmniCreateCharacterResponse:
        """Create a Gemini Omni character

        Creates a reusable Gemini Omni character (`gemini-omni-character`) from a description and a
        reference image (at most 20 MB), optionally guided by voices from create_audio, and answers
        `200` with the new character resource at once. Pass the returned id in `character_ids` of
        text_to_video.

        `POST /api/v1/gemini_omni/create_character`"""

    def validate_create_audio(self, **body: Unpack[params.CreateAudioParams]) -> None:
        """Check a `create_audio` body against every rule of gemini_omni.create_audio without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def validate_create_character(self, **body: Unpack[params.CreateCharacterParams]) -> None:
        """Check a `create_character` body against every rule of gemini_omni.create_character without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
