"""Suno music, lyrics, vocals, stems, MIDI, voices and artwork.

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

    from ..types import suno as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AddInstrumental",
    "AddVocals",
    "AsyncAddInstrumental",
    "AsyncAddVocals",
    "AsyncConvertAudio",
    "AsyncCoverAudio",
    "AsyncCreateMashup",
    "AsyncExtendMusic",
    "AsyncGenerateArtwork",
    "AsyncGenerateLyrics",
    "AsyncGenerateMidi",
    "AsyncGenerateVoice",
    "AsyncRegenerateValidationPhrase",
    "AsyncReplaceSection",
    "AsyncSeparateAudioStems",
    "AsyncSuno",
    "AsyncTextToMusic",
    "AsyncTextToSound",
    "AsyncVisualizeMusic",
    "AsyncVoiceToValidationPhrase",
    "ConvertAudio",
    "CoverAudio",
    "CreateMashup",
    "ExtendMusic",
    "GenerateArtwork",
    "GenerateLyrics",
    "GenerateMidi",
    "GenerateVoice",
    "RegenerateValidationPhrase",
    "ReplaceSection",
    "SeparateAudioStems",
    "Suno",
    "TextToMusic",
    "TextToSound",
    "VisualizeMusic",
    "VoiceToValidationPhrase",
]

OPERATIONS: dict[str, Operation] = {
    "suno.add_instrumental.create": Operation(
        operation_id="suno.add_instrumental.create",
        method="POST",
        path="/api/v1/suno/add_instrumental",
        auth="api_key",
        body="json",
    ),
    "suno.add_instrumental.get": Operation(
        operation_id="suno.add_instrumental.get",
        method="GET",
        path="/api/v1/suno/add_instrumental/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.add_vocals.create": Operation(
        operation_id="suno.add_vocals.create",
        method="POST",
        path="/api/v1/suno/add_vocals",
        auth="api_key",
        body="json",
    ),
    "suno.add_vocals.get": Operation(
        operation_id="suno.add_vocals.get",
        method="GET",
        path="/api/v1/suno/add_vocals/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.boost_style": Operation(
        operation_id="suno.boost_style",
        method="POST",
        path="/api/v1/suno/boost_style",
        auth="api_key",
        body="json",
    ),
    "suno.check_voice": Operation(
        operation_id="suno.check_voice",
        method="POST",
        path="/api/v1/suno/check_voice",
        auth="api_key",
        body="json",
    ),
    "suno.convert_audio.create": Operation(
        operation_id="suno.convert_audio.create",
        method="POST",
        path="/api/v1/suno/convert_audio",
        auth="api_key",
        body="json",
    ),
    "suno.convert_audio.get": Operation(
        operation_id="suno.convert_audio.get",
        method="GET",
        path="/api/v1/suno/convert_audio/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.cover_audio.create": Operation(
        operation_id="suno.cover_audio.create",
        method="POST",
        path="/api/v1/suno/cover_audio",
        auth="api_key",
        body="json",
    ),
    "suno.cover_audio.get": Operation(
        operation_id="suno.cover_audio.get",
        method="GET",
        path="/api/v1/suno/cover_audio/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.create_mashup.create": Operation(
        operation_id="suno.create_mashup.create",
        method="POST",
        path="/api/v1/suno/create_mashup",
        auth="api_key",
        body="json",
    ),
    "suno.create_mashup.get": Operation(
        operation_id="suno.create_mashup.get",
        method="GET",
        path="/api/v1/suno/create_mashup/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.extend_music.create": Operation(
        operation_id="suno.extend_music.create",
        method="POST",
        path="/api/v1/suno/extend_music",
        auth="api_key",
        body="json",
    ),
    "suno.extend_music.get": Operation(
        operation_id="suno.extend_music.get",
        method="GET",
        path="/api/v1/suno/extend_music/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.generate_artwork.create": Operation(
        operation_id="suno.generate_artwork.create",
        method="POST",
        path="/api/v1/suno/generate_artwork",
        auth="api_key",
        body="json",
    ),
    "suno.generate_artwork.get": Operation(
        operation_id="suno.generate_artwork.get",
        method="GET",
        path="/api/v1/suno/generate_artwork/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.generate_lyrics.create": Operation(
        operation_id="suno.generate_lyrics.create",
        method="POST",
        path="/api/v1/suno/generate_lyrics",
        auth="api_key",
        body="json",
    ),
    "suno.generate_lyrics.get": Operation(
        operation_id="suno.generate_lyrics.get",
        method="GET",
        path="/api/v1/suno/generate_lyrics/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.generate_midi.create": Operation(
        operation_id="suno.generate_midi.create",
        method="POST",
        path="/api/v1/suno/generate_midi",
        auth="api_key",
        body="json",
    ),
    "suno.generate_midi.get": Operation(
        operation_id="suno.generate_midi.get",
        method="GET",
        path="/api/v1/suno/generate_midi/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.generate_persona": Operation(
        operation_id="suno.generate_persona",
        method="POST",
        path="/api/v1/suno/generate_persona",
        auth="api_key",
        body="json",
    ),
    "suno.generate_voice.create": Operation(
        operation_id="suno.generate_voice.create",
        method="POST",
        path="/api/v1/suno/generate_voice",
        auth="api_key",
        body="json",
    ),
    "suno.generate_voice.get": Operation(
        operation_id="suno.generate_voice.get",
        method="GET",
        path="/api/v1/suno/generate_voice/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.get_timestamped_lyrics": Operation(
        operation_id="suno.get_timestamped_lyrics",
        method="POST",
        path="/api/v1/suno/get_timestamped_lyrics",
        auth="api_key",
        body="json",
    ),
    "suno.regenerate_validation_phrase.create": Operation(
        operation_id="suno.regenerate_validation_phrase.create",
        method="POST",
        path="/api/v1/suno/regenerate_validation_phrase",
        auth="api_key",
        body="json",
    ),
    "suno.regenerate_validation_phrase.get": Operation(
        operation_id="suno.regenerate_validation_phrase.get",
        method="GET",
        path="/api/v1/suno/regenerate_validation_phrase/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.replace_section.create": Operation(
        operation_id="suno.replace_section.create",
        method="POST",
        path="/api/v1/suno/replace_section",
        auth="api_key",
        body="json",
    ),
    "suno.replace_section.get": Operation(
        operation_id="suno.replace_section.get",
        method="GET",
        path="/api/v1/suno/replace_section/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.separate_audio_stems.create": Operation(
        operation_id="suno.separate_audio_stems.create",
        method="POST",
        path="/api/v1/suno/separate_audio_stems",
        auth="api_key",
        body="json",
    ),
    "suno.separate_audio_stems.get": Operation(
        operation_id="suno.separate_audio_stems.get",
        method="GET",
        path="/api/v1/suno/separate_audio_stems/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.text_to_music.create": Operation(
        operation_id="suno.text_to_music.create",
        method="POST",
        path="/api/v1/suno/text_to_music",
        auth="api_key",
        body="json",
    ),
    "suno.text_to_music.get": Operation(
        operation_id="suno.text_to_music.get",
        method="GET",
        path="/api/v1/suno/text_to_music/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.text_to_sound.create": Operation(
        operation_id="suno.text_to_sound.create",
        method="POST",
        path="/api/v1/suno/text_to_sound",
        auth="api_key",
        body="json",
    ),
    "suno.text_to_sound.get": Operation(
        operation_id="suno.text_to_sound.get",
        method="GET",
        path="/api/v1/suno/text_to_sound/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.visualize_music.create": Operation(
        operation_id="suno.visualize_music.create",
        method="POST",
        path="/api/v1/suno/visualize_music",
        auth="api_key",
        body="json",
    ),
    "suno.visualize_music.get": Operation(
        operation_id="suno.visualize_music.get",
        method="GET",
        path="/api/v1/suno/visualize_music/{id}",
        auth="api_key",
        body="none",
    ),
    "suno.voice_to_validation_phrase.create": Operation(
        operation_id="suno.voice_to_validation_phrase.create",
        method="POST",
        path="/api/v1/suno/voice_to_validation_phrase",
        auth="api_key",
        body="json",
    ),
    "suno.voice_to_validation_phrase.get": Operation(
        operation_id="suno.voice_to_validation_phrase.get",
        method="GET",
        path="/api/v1/suno/voice_to_validation_phrase/{id}",
        auth="api_key",
        body="none",
    ),
}


class AddInstrumental(SyncTaskResource):
    """Add instrumental."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.add_instrumental.create"]
    _status_operation = OPERATIONS["suno.add_instrumental.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno add-instrumental task

        Generates a musical accompaniment for an uploaded audio file (`upload_url`; the
        `download_url` of `files.from_url` works and expires after 24 hours) and answers `202` with
        the task id. `title`, `tags` (style and characteristics), `negative_tags` (styles to
        exclude) and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`,
        `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/add_instrumental`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno add-instrumental task

        Returns the status of a Suno add-instrumental task; `audios` is present once the tracks are
        ready.

        `GET /api/v1/suno/add_instrumental/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno add-instrumental task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.add_instrumental.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.add_instrumental.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AddVocals(SyncTaskResource):
    """Add vocals."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.add_vocals.create"]
    _status_operation = OPERATIONS["suno.add_vocals.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno add-vocals task

        Sings the exact `lyrics` over an uploaded instrumental (`upload_url`; the `download_url` of
        `files.from_url` works and expires after 24 hours) and answers `202` with the task id.
        `title`, `style` and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`,
        `suno-v4.5-all`, `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/add_vocals`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno add-vocals task

        Returns the status of a Suno add-vocals task; `audios` is present once the tracks are ready.

        `GET /api/v1/suno/add_vocals/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno add-vocals task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of suno.add_vocals.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.add_vocals.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class ConvertAudio(SyncTaskResource):
    """Convert audio."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.convert_audio.create"]
    _status_operation = OPERATIONS["suno.convert_audio.get"]
    _status_model = "SunoConvertAudioStatus"
    _completed_model = "SunoConvertAudioCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Convert a Suno track to WAV

        Starts a task that converts one track (`audio_id`) of a finished Suno music task
        (`task_id`) to high-quality WAV and answers `202` with its id. The completed task carries
        `wav_url`. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/suno/convert_audio`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoConvertAudioStatus:
        """Get a Suno WAV conversion task

        Returns the status of a WAV conversion task; `wav_url` is present once it has completed.

        `GET /api/v1/suno/convert_audio/{id}`"""
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
    ) -> types.SunoConvertAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: wav_url (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoConvertAudioCompleted:
        """Convert a Suno track to WAV, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of suno.convert_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.convert_audio.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoConvertAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class CoverAudio(SyncTaskResource):
    """Cover audio."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.cover_audio.create"]
    _status_operation = OPERATIONS["suno.cover_audio.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno cover of an uploaded audio file

        Transforms an uploaded audio file (`upload_url`, at most 8 minutes; the `download_url` of
        `files.from_url` works and expires after 24 hours) into a new style while keeping its core
        melody, and answers `202` with the task id. `vocal_mode` picks the request shape:
        `auto_lyrics` (lyrics written from the cover brief in `prompt`; `lyrics`, `style` and
        `title` are not accepted), `exact_lyrics` (`lyrics`, `style` and `title` required) or
        `instrumental` (`style` and `title` required, no `prompt` or `lyrics`).

        Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`, `suno-v4.5`, `suno-v4`;
        `persona_type: voice` needs `suno-v5`. Callbacks are sent at each generation stage.

        Accepted request shapes (one overload each):
        - vocal_mode=auto_lyrics
        - vocal_mode=exact_lyrics
        - vocal_mode=instrumental

        Rules checked before sending:
        - persona_type voice is available for suno-v5 only

        `POST /api/v1/suno/cover_audio`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno cover task

        Returns the status of a Suno upload-and-cover task; `audios` is present once the cover
        tracks are ready.

        `GET /api/v1/suno/cover_audio/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno cover of an uploaded audio file, then wait for it to finish (`create` +
        `wait`); returns the completed status.

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
        """Check a `create` body against every rule of suno.cover_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.cover_audio.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class CreateMashup(SyncTaskResource):
    """Create mashup."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.create_mashup.create"]
    _status_operation = OPERATIONS["suno.create_mashup.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno mashup task

        Combines exactly two publicly accessible audio files (`upload_url_list`) into a new
        composition and answers `202` with the task id. `vocal_mode` picks the request shape:
        `auto_lyrics` (lyrics written from the mashup brief in `prompt`; `lyrics`, `style` and
        `title` are not accepted), `exact_lyrics` (`lyrics`, `style` and `title` required) or
        `instrumental` (`style` and `title` required, no `prompt` or `lyrics`).

        Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`, `suno-v4.5`, `suno-v4`;
        `persona_type: voice` needs `suno-v5`. Callbacks are sent at each generation stage.

        Accepted request shapes (one overload each):
        - vocal_mode=auto_lyrics
        - vocal_mode=exact_lyrics
        - vocal_mode=instrumental

        Rules checked before sending:
        - persona_type voice is available for suno-v5 only

        `POST /api/v1/suno/create_mashup`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno mashup task

        Returns the status of a Suno mashup task; `audios` is present once the mashup tracks are
        ready.

        `GET /api/v1/suno/create_mashup/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno mashup task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of suno.create_mashup.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.create_mashup.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class ExtendMusic(SyncTaskResource):
    """Extend music."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.extend_music.create"]
    _status_operation = OPERATIONS["suno.extend_music.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno music extension task

        Extends a track while keeping its style and answers `202` with the task id. The source is
        a Suno track (`audio_id`, or `task_id`), an uploaded file (`upload_url`, at most 8 minutes;
        the `download_url` of `files.from_url` works and expires after 24 hours) or an audio URL
        (`audio_url`); at least one is required.

        `parameter_mode` picks the request shape:

        - `source`: inherit the source track's parameters. With `upload_url`, `prompt` is required.
        - `custom`: give the parameters in this request: `style`, `title` and `continue_at`
          (the second at which the extension starts) are required, and `prompt` is required
          unless `instrumental` is true or `lyrics` are given (lyrics apply to uploaded audio).
          `persona_id`/`persona_type` and `vocal_gender` take effect in custom mode only.

        Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`, `suno-v4.5`, `suno-v4`;
        `persona_type: voice` needs `suno-v5`. Callbacks are sent at each generation stage.

        Accepted request shapes (one overload each):
        - parameter_mode=source
        - parameter_mode=custom

        Rules checked before sending:
        - one of audio_id, upload_url, task_id or audio_url is required (the track to extend)
        - persona_type voice is available for suno-v5 only
        - prompt is required when parameter_mode is custom unless instrumental is true or lyrics are given
        - prompt is required when parameter_mode is source and upload_url is given

        `POST /api/v1/suno/extend_music`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno music extension task

        Returns the status of a Suno extension task (from `audio_id` or `upload_url`); `audios` is
        present once the extended tracks are ready.

        `GET /api/v1/suno/extend_music/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno music extension task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.extend_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.extend_music.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class GenerateArtwork(SyncTaskResource):
    """Generate artwork."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.generate_artwork.create"]
    _status_operation = OPERATIONS["suno.generate_artwork.get"]
    _status_model = "SunoGenerateArtworkStatus"
    _completed_model = "SunoGenerateArtworkCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Generate cover art for Suno music

        Starts a task that creates personalized cover images for the music of a finished Suno
        music task (`task_id`) and answers `202` with its id. The completed task usually holds 2
        cover images in different styles (`covers`); their URLs are kept for 14 days. Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/suno/generate_artwork`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoGenerateArtworkStatus:
        """Get a Suno cover art task

        Returns the status of a cover art task; `covers` is empty until the task has completed, then
        holds the cover images (kept for 14 days).

        `GET /api/v1/suno/generate_artwork/{id}`"""
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
    ) -> types.SunoGenerateArtworkCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: covers (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoGenerateArtworkCompleted:
        """Generate cover art for Suno music, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.generate_artwork.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_artwork.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoGenerateArtworkStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class GenerateLyrics(SyncTaskResource):
    """Generate lyrics."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.generate_lyrics.create"]
    _status_operation = OPERATIONS["suno.generate_lyrics.get"]
    _status_model = "SunoGenerateLyricsStatus"
    _completed_model = "SunoGenerateLyricsCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno lyrics generation task

        Writes song lyrics from a theme, style or subject (`prompt`, at most 200 characters) and
        answers `202` with the task id. The result is a `lyrics` list of one or more entries, each
        with a `title` and structured `text` (verse/chorus sections). The callback is sent once,
        when the task completes or fails.

        `POST /api/v1/suno/generate_lyrics`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoGenerateLyricsStatus:
        """Get a Suno lyrics generation task

        Returns the status of a Suno lyrics task; `lyrics` is empty until the task has completed.

        `GET /api/v1/suno/generate_lyrics/{id}`"""
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
    ) -> types.SunoGenerateLyricsCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: lyrics (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoGenerateLyricsCompleted:
        """Create a Suno lyrics generation task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.generate_lyrics.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_lyrics.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoGenerateLyricsStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class GenerateMidi(SyncTaskResource):
    """Generate midi."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.generate_midi.create"]
    _status_operation = OPERATIONS["suno.generate_midi.get"]
    _status_model = "SunoGenerateMidiStatus"
    _completed_model = "SunoGenerateMidiCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Generate MIDI from separated Suno stems

        Starts a task that converts the stems of a completed `split_stem` separation task
        (`suno.separate_audio_stems.create` with `type: split_stem`) into MIDI note data and answers
        `202` with its id. The completed task lists the detected `instruments`, each with its
        `notes` (MIDI pitch 0-127, start and end time in seconds, velocity). Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/suno/generate_midi`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoGenerateMidiStatus:
        """Get a Suno MIDI generation task

        Returns the status of a MIDI generation task; `instruments` is empty until the task has
        completed, then lists each detected instrument with its notes.

        `GET /api/v1/suno/generate_midi/{id}`"""
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
    ) -> types.SunoGenerateMidiCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: instruments (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoGenerateMidiCompleted:
        """Generate MIDI from separated Suno stems, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.generate_midi.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_midi.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoGenerateMidiStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class GenerateVoice(SyncTaskResource):
    """Generate voice."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.generate_voice.create"]
    _status_operation = OPERATIONS["suno.generate_voice.get"]
    _status_model = "SunoGenerateVoiceStatus"
    _completed_model = "SunoGenerateVoiceCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a reusable Suno custom voice

        Creates a custom voice from a validation phrase task (`task_id` from
        `suno.voice_to_validation_phrase.create` or `suno.regenerate_validation_phrase.create`) and
        a recording of the user reading that phrase (`verify_url`); answers `202` with the task id.
        Optional `voice_name`, `description`, `style` tags and `singer_skill_level` describe the
        voice.

        The completed task carries `voice_id`: confirm it with `suno.check_voice`, then use it as
        `persona_id` with `persona_type: voice` on the Suno v5 music generation operations that
        support personas. `callback_url` must be an HTTPS URL.

        `POST /api/v1/suno/generate_voice`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoGenerateVoiceStatus:
        """Get a Suno custom voice task

        Returns the status of a custom voice task; `voice_id` is present once it has completed.

        `GET /api/v1/suno/generate_voice/{id}`"""
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
    ) -> types.SunoGenerateVoiceCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: voice_id (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoGenerateVoiceCompleted:
        """Create a reusable Suno custom voice, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.generate_voice.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_voice.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoGenerateVoiceStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class RegenerateValidationPhrase(SyncTaskResource):
    """Regenerate validation phrase."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.regenerate_validation_phrase.create"]
    _status_operation = OPERATIONS["suno.regenerate_validation_phrase.get"]
    _status_model = "SunoRegenerateValidationPhraseStatus"
    _completed_model = "SunoRegenerateValidationPhraseCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Regenerate a Suno voice validation phrase

        Starts a task that produces a new validation phrase for an earlier validation phrase task
        (from `suno.voice_to_validation_phrase.create` or an earlier regeneration) owned by the
        same account, and answers `202` with its id. Use it when the previous phrase expired, was
        hard to read, or must be replaced before the user records the verification audio. The new
        task id can be passed to `suno.generate_voice.create`. `callback_url` must be an HTTPS URL.

        `POST /api/v1/suno/regenerate_validation_phrase`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoRegenerateValidationPhraseStatus:
        """Get a Suno regenerated validation phrase task

        Returns the status of a validation phrase regeneration task; `validation_phrase` holds the
        new phrase once it has completed.

        `GET /api/v1/suno/regenerate_validation_phrase/{id}`"""
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
    ) -> types.SunoRegenerateValidationPhraseCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: validation_phrase (an answer without them raises
        `IncompleteResultError`)."""
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
    ) -> types.SunoRegenerateValidationPhraseCompleted:
        """Regenerate a Suno voice validation phrase, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.regenerate_validation_phrase.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.regenerate_validation_phrase.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoRegenerateValidationPhraseStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class ReplaceSection(SyncTaskResource):
    """Replace section."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.replace_section.create"]
    _status_operation = OPERATIONS["suno.replace_section.get"]
    _status_model = "SunoReplaceSectionStatus"
    _completed_model = "SunoReplaceSectionCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno section replacement task

        Regenerates the time segment from `infill_start_time` to `infill_end_time` (seconds, two
        decimals; at least 10 seconds long) of a generated track (`task_id` + `audio_id`) with new
        `lyrics`, `tags` and `title`, and answers `202` with the task id. `full_lyrics` may carry
        the complete lyrics after the change. The result is a single `track`.

        Rules checked before sending:
        - infill_end_time must be at least 10 seconds after infill_start_time

        `POST /api/v1/suno/replace_section`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoReplaceSectionStatus:
        """Get a Suno section replacement task

        Returns the status of a Suno replace-section task; `track` is present once it has completed.

        `GET /api/v1/suno/replace_section/{id}`"""
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
    ) -> types.SunoReplaceSectionCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: track (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoReplaceSectionCompleted:
        """Create a Suno section replacement task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.replace_section.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.replace_section.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoReplaceSectionStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class SeparateAudioStems(SyncTaskResource):
    """Separate audio stems."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.separate_audio_stems.create"]
    _status_operation = OPERATIONS["suno.separate_audio_stems.get"]
    _status_model = "SunoSeparateAudioStemsStatus"
    _completed_model = "SunoSeparateAudioStemsCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Separate a Suno track into stems

        Starts a stem separation task for one track (`audio_id`) of a finished Suno music task
        (`task_id`) and answers `202` with its id. Two separation types exist (priced differently,
        see Suno pricing):

        - `separate_vocal` (default): vocals and accompaniment, 2 tracks
          (`separated_audios.vocal_url` and `separated_audios.instrumental_url`);
        - `split_stem`: one track per instrument, 12 or more tracks (backing vocals, bass, brass,
          drums, FX, guitar, keyboard, piano, percussion, strings, synth, vocals, woodwinds).

        The id of a completed `split_stem` task is the input of `suno.generate_midi.create`.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/suno/separate_audio_stems`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoSeparateAudioStemsStatus:
        """Get a Suno stem separation task

        Returns the status of a stem separation task; `separated_audios` holds the stem URLs once it
        has completed (2 for `separate_vocal`, 12 or more for `split_stem`).

        `GET /api/v1/suno/separate_audio_stems/{id}`"""
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
    ) -> types.SunoSeparateAudioStemsCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: separated_audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoSeparateAudioStemsCompleted:
        """Separate a Suno track into stems, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.separate_audio_stems.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.separate_audio_stems.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoSeparateAudioStemsStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToMusic(SyncTaskResource):
    """Text to music."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.text_to_music.create"]
    _status_operation = OPERATIONS["suno.text_to_music.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno music generation task

        Starts a Suno song generation task from text and answers `202` with its id. `vocal_mode`
        picks the request shape:

        - `auto_lyrics`: Suno writes the lyrics from the song brief in `prompt` (at most 3000
          characters); `lyrics`, `style`, `title`, `negative_tags` and `vocal_gender` are not
          accepted.
        - `exact_lyrics`: the song sings `lyrics` word for word; `style` and `title` are required,
          `prompt` is not accepted.
        - `instrumental`: no vocals; `style` and `title` are required; `prompt`, `lyrics` and
          `vocal_gender` are not accepted.

        Models: `suno-v5` (superior musical expression, faster, up to 8 min), `suno-v4.5-plus`,
        `suno-v4.5-all`, `suno-v4.5` (up to 8 min) and `suno-v4` (up to 4 min). A persona created
        with `suno.generate_persona` can be applied with `persona_id`; `persona_type` is ignored
        without it, and `persona_type: voice` needs `suno-v5`. `vocal_gender` only raises the
        probability of a male or female voice.

        With `callback_url`, a callback is sent at every generation stage (`text_generated`,
        `first_audio_ready`, `all_audios_ready`, `failed`); otherwise poll the linked status
        operation.

        Accepted request shapes (one overload each):
        - vocal_mode=auto_lyrics
        - vocal_mode=exact_lyrics
        - vocal_mode=instrumental

        Rules checked before sending:
        - persona_type voice is available for suno-v5 only

        `POST /api/v1/suno/text_to_music`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno music generation task

        Returns the status of a Suno music generation task. `generation_stage` shows how far it got;
        `audios` is present once tracks are ready.

        `GET /api/v1/suno/text_to_music/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno music generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.text_to_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.text_to_music.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToSound(SyncTaskResource):
    """Text to sound."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.text_to_sound.create"]
    _status_operation = OPERATIONS["suno.text_to_sound.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno sound generation task

        Generates ambient audio, sound effects or loopable tracks from a text `prompt` (at most 500
        characters) and answers `202` with the task id. Models: `suno-v5` and `suno-v5.5`.
        `sound_loop` makes the audio loop, `sound_tempo` sets the BPM (1-300), `sound_key` the
        musical key (any key when omitted), and `grab_lyrics` captures lyric subtitles for later
        retrieval. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/text_to_sound`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno sound generation task

        Returns the status of a Suno sound generation task; `audios` is present once the sounds are
        ready.

        `GET /api/v1/suno/text_to_sound/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno sound generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.text_to_sound.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.text_to_sound.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class VisualizeMusic(SyncTaskResource):
    """Visualize music."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.visualize_music.create"]
    _status_operation = OPERATIONS["suno.visualize_music.get"]
    _status_model = "SunoVisualizeMusicStatus"
    _completed_model = "SunoVisualizeMusicCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno music video

        Starts a task that renders an MP4 video with visualizations for one track (`audio_id`) of
        a finished Suno music task (`task_id`) and answers `202` with its id. Optional `author`
        (artist name) and `domain_name` (watermark) are shown on the video, at most 50 characters
        each. The completed task carries `video_url`. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/suno/visualize_music`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoVisualizeMusicStatus:
        """Get a Suno music video task

        Returns the status of a music video task; `video_url` is present once it has completed.

        `GET /api/v1/suno/visualize_music/{id}`"""
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
    ) -> types.SunoVisualizeMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: video_url (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoVisualizeMusicCompleted:
        """Create a Suno music video, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of suno.visualize_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.visualize_music.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoVisualizeMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class VoiceToValidationPhrase(SyncTaskResource):
    """Voice to validation phrase."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.voice_to_validation_phrase.create"]
    _status_operation = OPERATIONS["suno.voice_to_validation_phrase.get"]
    _status_model = "SunoVoiceToValidationPhraseStatus"
    _completed_model = "SunoVoiceToValidationPhraseCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno voice validation phrase

        First step of creating a custom Suno voice. Starts a task that takes a vocal segment of a
        source recording (`voice_url`, from `vocal_start_seconds` to `vocal_end_seconds`, whole
        seconds, end after start) and produces a `validation_phrase` (optionally in a chosen
        `language`) that the user reads aloud for verification; answers `202` with the task id.

        Next steps: record the user reading the phrase and pass this task id with the recording to
        `suno.generate_voice.create` (or get a new phrase with
        `suno.regenerate_validation_phrase.create`). `callback_url` must be an HTTPS URL.

        Rules checked before sending:
        - vocal_end_seconds must be greater than vocal_start_seconds

        `POST /api/v1/suno/voice_to_validation_phrase`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoVoiceToValidationPhraseStatus:
        """Get a Suno voice validation phrase task

        Returns the status of a validation phrase task; `validation_phrase` is present once it has
        completed (`provider_status` is then `wait_validating`).

        `GET /api/v1/suno/voice_to_validation_phrase/{id}`"""
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
    ) -> types.SunoVoiceToValidationPhraseCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: validation_phrase (an answer without them raises
        `IncompleteResultError`)."""
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
    ) -> types.SunoVoiceToValidationPhraseCompleted:
        """Create a Suno voice validation phrase, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.voice_to_validation_phrase.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.voice_to_validation_phrase.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoVoiceToValidationPhraseStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Suno(SyncAPIResource):
    """Suno music, lyrics, vocals, stems, MIDI, voices and artwork."""

    _namespace = "suno"

    @cached_property
    def add_instrumental(self) -> AddInstrumental:
        return AddInstrumental(self._client)

    @cached_property
    def add_vocals(self) -> AddVocals:
        return AddVocals(self._client)

    @cached_property
    def convert_audio(self) -> ConvertAudio:
        return ConvertAudio(self._client)

    @cached_property
    def cover_audio(self) -> CoverAudio:
        return CoverAudio(self._client)

    @cached_property
    def create_mashup(self) -> CreateMashup:
        return CreateMashup(self._client)

    @cached_property
    def extend_music(self) -> ExtendMusic:
        return ExtendMusic(self._client)

    @cached_property
    def generate_artwork(self) -> GenerateArtwork:
        return GenerateArtwork(self._client)

    @cached_property
    def generate_lyrics(self) -> GenerateLyrics:
        return GenerateLyrics(self._client)

    @cached_property
    def generate_midi(self) -> GenerateMidi:
        return GenerateMidi(self._client)

    @cached_property
    def generate_voice(self) -> GenerateVoice:
        return GenerateVoice(self._client)

    @cached_property
    def regenerate_validation_phrase(self) -> RegenerateValidationPhrase:
        return RegenerateValidationPhrase(self._client)

    @cached_property
    def replace_section(self) -> ReplaceSection:
        return ReplaceSection(self._client)

    @cached_property
    def separate_audio_stems(self) -> SeparateAudioStems:
        return SeparateAudioStems(self._client)

    @cached_property
    def text_to_music(self) -> TextToMusic:
        return TextToMusic(self._client)

    @cached_property
    def text_to_sound(self) -> TextToSound:
        return TextToSound(self._client)

    @cached_property
    def visualize_music(self) -> VisualizeMusic:
        return VisualizeMusic(self._client)

    @cached_property
    def voice_to_validation_phrase(self) -> VoiceToValidationPhrase:
        return VoiceToValidationPhrase(self._client)

    def boost_style(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.SunoBoostStyleResponse:
        """Boost a Suno music style description

        Expands concise style keywords or a brief description into a richer music style description
        for more detailed prompts. Synchronous - the enhanced `style` is in the `200` answer.

        `POST /api/v1/suno/boost_style`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["suno.boost_style"], "SunoBoostStyleResponse", **request)

    def check_voice(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.SunoCheckVoiceResponse:
        """Check that a Suno custom voice is available

        Synchronously checks whether the custom voice of a completed `suno.generate_voice.create`
        task (`task_id`) is available, before its `voice_id` is used as `persona_id` with
        `persona_type: voice`. Answers `200` with `is_available`.

        `POST /api/v1/suno/check_voice`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["suno.check_voice"], "SunoCheckVoiceResponse", **request)

    def generate_persona(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.SunoGeneratePersonaResponse:
        """Create a Suno persona from a generated track

        Creates a reusable music Persona from one generated track (`task_id` + `audio_id`), with a
        recognizable `name` and a `description` of its musical characteristics. Synchronous - the
        persona is in the `200` answer. Pass its `id` as `persona_id` to music generation,
        extension, cover and mashup requests.

        `POST /api/v1/suno/generate_persona`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(
            OPERATIONS["suno.generate_persona"], "SunoGeneratePersonaResponse", **request
        )

    def get_timestamped_lyrics(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.SunoTimestampedLyrics:
        """Get timestamped lyrics of a Suno track

        Returns word-level timestamped lyrics of one generated track (`task_id` + `audio_id`) for
        synchronized display during playback, plus waveform data. Synchronous - there is no
        processing status.

        `POST /api/v1/suno/get_timestamped_lyrics`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(
            OPERATIONS["suno.get_timestamped_lyrics"], "SunoTimestampedLyrics", **request
        )

    def validate_boost_style(self, **body: Any) -> None:
        """Check a `boost_style` body against every rule of suno.boost_style without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.boost_style", body)

    def validate_check_voice(self, **body: Any) -> None:
        """Check a `check_voice` body against every rule of suno.check_voice without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.check_voice", body)

    def validate_generate_persona(self, **body: Any) -> None:
        """Check a `generate_persona` body against every rule of suno.generate_persona without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_persona", body)

    def validate_get_timestamped_lyrics(self, **body: Any) -> None:
        """Check a `get_timestamped_lyrics` body against every rule of suno.get_timestamped_lyrics
        without sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.get_timestamped_lyrics", body)


class AsyncAddInstrumental(AsyncTaskResource):
    """Add instrumental."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.add_instrumental.create"]
    _status_operation = OPERATIONS["suno.add_instrumental.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno add-instrumental task

        Generates a musical accompaniment for an uploaded audio file (`upload_url`; the
        `download_url` of `files.from_url` works and expires after 24 hours) and answers `202` with
        the task id. `title`, `tags` (style and characteristics), `negative_tags` (styles to
        exclude) and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`,
        `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/add_instrumental`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno add-instrumental task

        Returns the status of a Suno add-instrumental task; `audios` is present once the tracks are
        ready.

        `GET /api/v1/suno/add_instrumental/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno add-instrumental task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.add_instrumental.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.add_instrumental.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncAddVocals(AsyncTaskResource):
    """Add vocals."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.add_vocals.create"]
    _status_operation = OPERATIONS["suno.add_vocals.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno add-vocals task

        Sings the exact `lyrics` over an uploaded instrumental (`upload_url`; the `download_url` of
        `files.from_url` works and expires after 24 hours) and answers `202` with the task id.
        `title`, `style` and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`,
        `suno-v4.5-all`, `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/add_vocals`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno add-vocals task

        Returns the status of a Suno add-vocals task; `audios` is present once the tracks are ready.

        `GET /api/v1/suno/add_vocals/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno add-vocals task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of suno.add_vocals.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.add_vocals.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncConvertAudio(AsyncTaskResource):
    """Convert audio."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.convert_audio.create"]
    _status_operation = OPERATIONS["suno.convert_audio.get"]
    _status_model = "SunoConvertAudioStatus"
    _completed_model = "SunoConvertAudioCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Convert a Suno track to WAV

        Starts a task that converts one track (`audio_id`) of a finished Suno music task
        (`task_id`) to high-quality WAV and answers `202` with its id. The completed task carries
        `wav_url`. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/suno/convert_audio`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoConvertAudioStatus:
        """Get a Suno WAV conversion task

        Returns the status of a WAV conversion task; `wav_url` is present once it has completed.

        `GET /api/v1/suno/convert_audio/{id}`"""
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
    ) -> types.SunoConvertAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: wav_url (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoConvertAudioCompleted:
        """Convert a Suno track to WAV, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of suno.convert_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.convert_audio.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoConvertAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncCoverAudio(AsyncTaskResource):
    """Cover audio."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.cover_audio.create"]
    _status_operation = OPERATIONS["suno.cover_audio.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno cover of an uploaded audio file

        Transforms an uploaded audio file (`upload_url`, at most 8 minutes; the `download_url` of
        `files.from_url` works and expires after 24 hours) into a new style while keeping its core
        melody, and answers `202` with the task id. `vocal_mode` picks the request shape:
        `auto_lyrics` (lyrics written from the cover brief in `prompt`; `lyrics`, `style` and
        `title` are not accepted), `exact_lyrics` (`lyrics`, `style` and `title` required) or
        `instrumental` (`style` and `title` required, no `prompt` or `lyrics`).

        Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`, `suno-v4.5`, `suno-v4`;
        `persona_type: voice` needs `suno-v5`. Callbacks are sent at each generation stage.

        Accepted request shapes (one overload each):
        - vocal_mode=auto_lyrics
        - vocal_mode=exact_lyrics
        - vocal_mode=instrumental

        Rules checked before sending:
        - persona_type voice is available for suno-v5 only

        `POST /api/v1/suno/cover_audio`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno cover task

        Returns the status of a Suno upload-and-cover task; `audios` is present once the cover
        tracks are ready.

        `GET /api/v1/suno/cover_audio/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno cover of an uploaded audio file, then wait for it to finish (`create` +
        `wait`); returns the completed status.

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
        """Check a `create` body against every rule of suno.cover_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.cover_audio.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncCreateMashup(AsyncTaskResource):
    """Create mashup."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.create_mashup.create"]
    _status_operation = OPERATIONS["suno.create_mashup.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno mashup task

        Combines exactly two publicly accessible audio files (`upload_url_list`) into a new
        composition and answers `202` with the task id. `vocal_mode` picks the request shape:
        `auto_lyrics` (lyrics written from the mashup brief in `prompt`; `lyrics`, `style` and
        `title` are not accepted), `exact_lyrics` (`lyrics`, `style` and `title` required) or
        `instrumental` (`style` and `title` required, no `prompt` or `lyrics`).

        Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`, `suno-v4.5`, `suno-v4`;
        `persona_type: voice` needs `suno-v5`. Callbacks are sent at each generation stage.

        Accepted request shapes (one overload each):
        - vocal_mode=auto_lyrics
        - vocal_mode=exact_lyrics
        - vocal_mode=instrumental

        Rules checked before sending:
        - persona_type voice is available for suno-v5 only

        `POST /api/v1/suno/create_mashup`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno mashup task

        Returns the status of a Suno mashup task; `audios` is present once the mashup tracks are
        ready.

        `GET /api/v1/suno/create_mashup/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno mashup task, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of suno.create_mashup.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.create_mashup.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncExtendMusic(AsyncTaskResource):
    """Extend music."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.extend_music.create"]
    _status_operation = OPERATIONS["suno.extend_music.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno music extension task

        Extends a track while keeping its style and answers `202` with the task id. The source is
        a Suno track (`audio_id`, or `task_id`), an uploaded file (`upload_url`, at most 8 minutes;
        the `download_url` of `files.from_url` works and expires after 24 hours) or an audio URL
        (`audio_url`); at least one is required.

        `parameter_mode` picks the request shape:

        - `source`: inherit the source track's parameters. With `upload_url`, `prompt` is required.
        - `custom`: give the parameters in this request: `style`, `title` and `continue_at`
          (the second at which the extension starts) are required, and `prompt` is required
          unless `instrumental` is true or `lyrics` are given (lyrics apply to uploaded audio).
          `persona_id`/`persona_type` and `vocal_gender` take effect in custom mode only.

        Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`, `suno-v4.5`, `suno-v4`;
        `persona_type: voice` needs `suno-v5`. Callbacks are sent at each generation stage.

        Accepted request shapes (one overload each):
        - parameter_mode=source
        - parameter_mode=custom

        Rules checked before sending:
        - one of audio_id, upload_url, task_id or audio_url is required (the track to extend)
        - persona_type voice is available for suno-v5 only
        - prompt is required when parameter_mode is custom unless instrumental is true or lyrics are given
        - prompt is required when parameter_mode is source and upload_url is given

        `POST /api/v1/suno/extend_music`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno music extension task

        Returns the status of a Suno extension task (from `audio_id` or `upload_url`); `audios` is
        present once the extended tracks are ready.

        `GET /api/v1/suno/extend_music/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno music extension task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.extend_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.extend_music.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncGenerateArtwork(AsyncTaskResource):
    """Generate artwork."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.generate_artwork.create"]
    _status_operation = OPERATIONS["suno.generate_artwork.get"]
    _status_model = "SunoGenerateArtworkStatus"
    _completed_model = "SunoGenerateArtworkCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Generate cover art for Suno music

        Starts a task that creates personalized cover images for the music of a finished Suno
        music task (`task_id`) and answers `202` with its id. The completed task usually holds 2
        cover images in different styles (`covers`); their URLs are kept for 14 days. Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/suno/generate_artwork`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoGenerateArtworkStatus:
        """Get a Suno cover art task

        Returns the status of a cover art task; `covers` is empty until the task has completed, then
        holds the cover images (kept for 14 days).

        `GET /api/v1/suno/generate_artwork/{id}`"""
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
    ) -> types.SunoGenerateArtworkCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: covers (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoGenerateArtworkCompleted:
        """Generate cover art for Suno music, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.generate_artwork.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_artwork.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoGenerateArtworkStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncGenerateLyrics(AsyncTaskResource):
    """Generate lyrics."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.generate_lyrics.create"]
    _status_operation = OPERATIONS["suno.generate_lyrics.get"]
    _status_model = "SunoGenerateLyricsStatus"
    _completed_model = "SunoGenerateLyricsCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno lyrics generation task

        Writes song lyrics from a theme, style or subject (`prompt`, at most 200 characters) and
        answers `202` with the task id. The result is a `lyrics` list of one or more entries, each
        with a `title` and structured `text` (verse/chorus sections). The callback is sent once,
        when the task completes or fails.

        `POST /api/v1/suno/generate_lyrics`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoGenerateLyricsStatus:
        """Get a Suno lyrics generation task

        Returns the status of a Suno lyrics task; `lyrics` is empty until the task has completed.

        `GET /api/v1/suno/generate_lyrics/{id}`"""
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
    ) -> types.SunoGenerateLyricsCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: lyrics (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoGenerateLyricsCompleted:
        """Create a Suno lyrics generation task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.generate_lyrics.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_lyrics.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoGenerateLyricsStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncGenerateMidi(AsyncTaskResource):
    """Generate midi."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.generate_midi.create"]
    _status_operation = OPERATIONS["suno.generate_midi.get"]
    _status_model = "SunoGenerateMidiStatus"
    _completed_model = "SunoGenerateMidiCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Generate MIDI from separated Suno stems

        Starts a task that converts the stems of a completed `split_stem` separation task
        (`suno.separate_audio_stems.create` with `type: split_stem`) into MIDI note data and answers
        `202` with its id. The completed task lists the detected `instruments`, each with its
        `notes` (MIDI pitch 0-127, start and end time in seconds, velocity). Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/suno/generate_midi`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoGenerateMidiStatus:
        """Get a Suno MIDI generation task

        Returns the status of a MIDI generation task; `instruments` is empty until the task has
        completed, then lists each detected instrument with its notes.

        `GET /api/v1/suno/generate_midi/{id}`"""
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
    ) -> types.SunoGenerateMidiCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: instruments (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoGenerateMidiCompleted:
        """Generate MIDI from separated Suno stems, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.generate_midi.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_midi.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoGenerateMidiStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncGenerateVoice(AsyncTaskResource):
    """Generate voice."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.generate_voice.create"]
    _status_operation = OPERATIONS["suno.generate_voice.get"]
    _status_model = "SunoGenerateVoiceStatus"
    _completed_model = "SunoGenerateVoiceCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a reusable Suno custom voice

        Creates a custom voice from a validation phrase task (`task_id` from
        `suno.voice_to_validation_phrase.create` or `suno.regenerate_validation_phrase.create`) and
        a recording of the user reading that phrase (`verify_url`); answers `202` with the task id.
        Optional `voice_name`, `description`, `style` tags and `singer_skill_level` describe the
        voice.

        The completed task carries `voice_id`: confirm it with `suno.check_voice`, then use it as
        `persona_id` with `persona_type: voice` on the Suno v5 music generation operations that
        support personas. `callback_url` must be an HTTPS URL.

        `POST /api/v1/suno/generate_voice`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoGenerateVoiceStatus:
        """Get a Suno custom voice task

        Returns the status of a custom voice task; `voice_id` is present once it has completed.

        `GET /api/v1/suno/generate_voice/{id}`"""
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
    ) -> types.SunoGenerateVoiceCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: voice_id (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoGenerateVoiceCompleted:
        """Create a reusable Suno custom voice, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.generate_voice.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_voice.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoGenerateVoiceStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncRegenerateValidationPhrase(AsyncTaskResource):
    """Regenerate validation phrase."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.regenerate_validation_phrase.create"]
    _status_operation = OPERATIONS["suno.regenerate_validation_phrase.get"]
    _status_model = "SunoRegenerateValidationPhraseStatus"
    _completed_model = "SunoRegenerateValidationPhraseCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Regenerate a Suno voice validation phrase

        Starts a task that produces a new validation phrase for an earlier validation phrase task
        (from `suno.voice_to_validation_phrase.create` or an earlier regeneration) owned by the
        same account, and answers `202` with its id. Use it when the previous phrase expired, was
        hard to read, or must be replaced before the user records the verification audio. The new
        task id can be passed to `suno.generate_voice.create`. `callback_url` must be an HTTPS URL.

        `POST /api/v1/suno/regenerate_validation_phrase`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoRegenerateValidationPhraseStatus:
        """Get a Suno regenerated validation phrase task

        Returns the status of a validation phrase regeneration task; `validation_phrase` holds the
        new phrase once it has completed.

        `GET /api/v1/suno/regenerate_validation_phrase/{id}`"""
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
    ) -> types.SunoRegenerateValidationPhraseCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: validation_phrase (an answer without them raises
        `IncompleteResultError`)."""
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
    ) -> types.SunoRegenerateValidationPhraseCompleted:
        """Regenerate a Suno voice validation phrase, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.regenerate_validation_phrase.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.regenerate_validation_phrase.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoRegenerateValidationPhraseStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncReplaceSection(AsyncTaskResource):
    """Replace section."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.replace_section.create"]
    _status_operation = OPERATIONS["suno.replace_section.get"]
    _status_model = "SunoReplaceSectionStatus"
    _completed_model = "SunoReplaceSectionCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno section replacement task

        Regenerates the time segment from `infill_start_time` to `infill_end_time` (seconds, two
        decimals; at least 10 seconds long) of a generated track (`task_id` + `audio_id`) with new
        `lyrics`, `tags` and `title`, and answers `202` with the task id. `full_lyrics` may carry
        the complete lyrics after the change. The result is a single `track`.

        Rules checked before sending:
        - infill_end_time must be at least 10 seconds after infill_start_time

        `POST /api/v1/suno/replace_section`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoReplaceSectionStatus:
        """Get a Suno section replacement task

        Returns the status of a Suno replace-section task; `track` is present once it has completed.

        `GET /api/v1/suno/replace_section/{id}`"""
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
    ) -> types.SunoReplaceSectionCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: track (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoReplaceSectionCompleted:
        """Create a Suno section replacement task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.replace_section.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.replace_section.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoReplaceSectionStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncSeparateAudioStems(AsyncTaskResource):
    """Separate audio stems."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.separate_audio_stems.create"]
    _status_operation = OPERATIONS["suno.separate_audio_stems.get"]
    _status_model = "SunoSeparateAudioStemsStatus"
    _completed_model = "SunoSeparateAudioStemsCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Separate a Suno track into stems

        Starts a stem separation task for one track (`audio_id`) of a finished Suno music task
        (`task_id`) and answers `202` with its id. Two separation types exist (priced differently,
        see Suno pricing):

        - `separate_vocal` (default): vocals and accompaniment, 2 tracks
          (`separated_audios.vocal_url` and `separated_audios.instrumental_url`);
        - `split_stem`: one track per instrument, 12 or more tracks (backing vocals, bass, brass,
          drums, FX, guitar, keyboard, piano, percussion, strings, synth, vocals, woodwinds).

        The id of a completed `split_stem` task is the input of `suno.generate_midi.create`.
        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/suno/separate_audio_stems`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoSeparateAudioStemsStatus:
        """Get a Suno stem separation task

        Returns the status of a stem separation task; `separated_audios` holds the stem URLs once it
        has completed (2 for `separate_vocal`, 12 or more for `split_stem`).

        `GET /api/v1/suno/separate_audio_stems/{id}`"""
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
    ) -> types.SunoSeparateAudioStemsCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: separated_audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoSeparateAudioStemsCompleted:
        """Separate a Suno track into stems, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.separate_audio_stems.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.separate_audio_stems.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoSeparateAudioStemsStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToMusic(AsyncTaskResource):
    """Text to music."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.text_to_music.create"]
    _status_operation = OPERATIONS["suno.text_to_music.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno music generation task

        Starts a Suno song generation task from text and answers `202` with its id. `vocal_mode`
        picks the request shape:

        - `auto_lyrics`: Suno writes the lyrics from the song brief in `prompt` (at most 3000
          characters); `lyrics`, `style`, `title`, `negative_tags` and `vocal_gender` are not
          accepted.
        - `exact_lyrics`: the song sings `lyrics` word for word; `style` and `title` are required,
          `prompt` is not accepted.
        - `instrumental`: no vocals; `style` and `title` are required; `prompt`, `lyrics` and
          `vocal_gender` are not accepted.

        Models: `suno-v5` (superior musical expression, faster, up to 8 min), `suno-v4.5-plus`,
        `suno-v4.5-all`, `suno-v4.5` (up to 8 min) and `suno-v4` (up to 4 min). A persona created
        with `suno.generate_persona` can be applied with `persona_id`; `persona_type` is ignored
        without it, and `persona_type: voice` needs `suno-v5`. `vocal_gender` only raises the
        probability of a male or female voice.

        With `callback_url`, a callback is sent at every generation stage (`text_generated`,
        `first_audio_ready`, `all_audios_ready`, `failed`); otherwise poll the linked status
        operation.

        Accepted request shapes (one overload each):
        - vocal_mode=auto_lyrics
        - vocal_mode=exact_lyrics
        - vocal_mode=instrumental

        Rules checked before sending:
        - persona_type voice is available for suno-v5 only

        `POST /api/v1/suno/text_to_music`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno music generation task

        Returns the status of a Suno music generation task. `generation_stage` shows how far it got;
        `audios` is present once tracks are ready.

        `GET /api/v1/suno/text_to_music/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno music generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.text_to_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.text_to_music.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToSound(AsyncTaskResource):
    """Text to sound."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.text_to_sound.create"]
    _status_operation = OPERATIONS["suno.text_to_sound.get"]
    _status_model = "SunoMusicStatus"
    _completed_model = "SunoMusicCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno sound generation task

        Generates ambient audio, sound effects or loopable tracks from a text `prompt` (at most 500
        characters) and answers `202` with the task id. Models: `suno-v5` and `suno-v5.5`.
        `sound_loop` makes the audio loop, `sound_tempo` sets the BPM (1-300), `sound_key` the
        musical key (any key when omitted), and `grab_lyrics` captures lyric subtitles for later
        retrieval. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/text_to_sound`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoMusicStatus:
        """Get a Suno sound generation task

        Returns the status of a Suno sound generation task; `audios` is present once the sounds are
        ready.

        `GET /api/v1/suno/text_to_sound/{id}`"""
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
    ) -> types.SunoMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno sound generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        """Check a `create` body against every rule of suno.text_to_sound.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.text_to_sound.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncVisualizeMusic(AsyncTaskResource):
    """Visualize music."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.visualize_music.create"]
    _status_operation = OPERATIONS["suno.visualize_music.get"]
    _status_model = "SunoVisualizeMusicStatus"
    _completed_model = "SunoVisualizeMusicCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno music video

        Starts a task that renders an MP4 video with visualizations for one track (`audio_id`) of
        a finished Suno music task (`task_id`) and answers `202` with its id. Optional `author`
        (artist name) and `domain_name` (watermark) are shown on the video, at most 50 characters
        each. The completed task carries `video_url`. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/suno/visualize_music`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoVisualizeMusicStatus:
        """Get a Suno music video task

        Returns the status of a music video task; `video_url` is present once it has completed.

        `GET /api/v1/suno/visualize_music/{id}`"""
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
    ) -> types.SunoVisualizeMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: video_url (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.SunoVisualizeMusicCompleted:
        """Create a Suno music video, then wait for it to finish (`create` + `wait`); returns the
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
        """Check a `create` body against every rule of suno.visualize_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.visualize_music.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoVisualizeMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncVoiceToValidationPhrase(AsyncTaskResource):
    """Voice to validation phrase."""

    _namespace = "suno"
    _create_operation = OPERATIONS["suno.voice_to_validation_phrase.create"]
    _status_operation = OPERATIONS["suno.voice_to_validation_phrase.get"]
    _status_model = "SunoVoiceToValidationPhraseStatus"
    _completed_model = "SunoVoiceToValidationPhraseCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a Suno voice validation phrase

        First step of creating a custom Suno voice. Starts a task that takes a vocal segment of a
        source recording (`voice_url`, from `vocal_start_seconds` to `vocal_end_seconds`, whole
        seconds, end after start) and produces a `validation_phrase` (optionally in a chosen
        `language`) that the user reads aloud for verification; answers `202` with the task id.

        Next steps: record the user reading the phrase and pass this task id with the recording to
        `suno.generate_voice.create` (or get a new phrase with
        `suno.regenerate_validation_phrase.create`). `callback_url` must be an HTTPS URL.

        Rules checked before sending:
        - vocal_end_seconds must be greater than vocal_start_seconds

        `POST /api/v1/suno/voice_to_validation_phrase`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.SunoVoiceToValidationPhraseStatus:
        """Get a Suno voice validation phrase task

        Returns the status of a validation phrase task; `validation_phrase` is present once it has
        completed (`provider_status` is then `wait_validating`).

        `GET /api/v1/suno/voice_to_validation_phrase/{id}`"""
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
    ) -> types.SunoVoiceToValidationPhraseCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: validation_phrase (an answer without them raises
        `IncompleteResultError`)."""
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
    ) -> types.SunoVoiceToValidationPhraseCompleted:
        """Create a Suno voice validation phrase, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of suno.voice_to_validation_phrase.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.voice_to_validation_phrase.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.SunoVoiceToValidationPhraseStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncSuno(AsyncAPIResource):
    """Suno music, lyrics, vocals, stems, MIDI, voices and artwork."""

    _namespace = "suno"

    @cached_property
    def add_instrumental(self) -> AsyncAddInstrumental:
        return AsyncAddInstrumental(self._client)

    @cached_property
    def add_vocals(self) -> AsyncAddVocals:
        return AsyncAddVocals(self._client)

    @cached_property
    def convert_audio(self) -> AsyncConvertAudio:
        return AsyncConvertAudio(self._client)

    @cached_property
    def cover_audio(self) -> AsyncCoverAudio:
        return AsyncCoverAudio(self._client)

    @cached_property
    def create_mashup(self) -> AsyncCreateMashup:
        return AsyncCreateMashup(self._client)

    @cached_property
    def extend_music(self) -> AsyncExtendMusic:
        return AsyncExtendMusic(self._client)

    @cached_property
    def generate_artwork(self) -> AsyncGenerateArtwork:
        return AsyncGenerateArtwork(self._client)

    @cached_property
    def generate_lyrics(self) -> AsyncGenerateLyrics:
        return AsyncGenerateLyrics(self._client)

    @cached_property
    def generate_midi(self) -> AsyncGenerateMidi:
        return AsyncGenerateMidi(self._client)

    @cached_property
    def generate_voice(self) -> AsyncGenerateVoice:
        return AsyncGenerateVoice(self._client)

    @cached_property
    def regenerate_validation_phrase(self) -> AsyncRegenerateValidationPhrase:
        return AsyncRegenerateValidationPhrase(self._client)

    @cached_property
    def replace_section(self) -> AsyncReplaceSection:
        return AsyncReplaceSection(self._client)

    @cached_property
    def separate_audio_stems(self) -> AsyncSeparateAudioStems:
        return AsyncSeparateAudioStems(self._client)

    @cached_property
    def text_to_music(self) -> AsyncTextToMusic:
        return AsyncTextToMusic(self._client)

    @cached_property
    def text_to_sound(self) -> AsyncTextToSound:
        return AsyncTextToSound(self._client)

    @cached_property
    def visualize_music(self) -> AsyncVisualizeMusic:
        return AsyncVisualizeMusic(self._client)

    @cached_property
    def voice_to_validation_phrase(self) -> AsyncVoiceToValidationPhrase:
        return AsyncVoiceToValidationPhrase(self._client)

    async def boost_style(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.SunoBoostStyleResponse:
        """Boost a Suno music style description

        Expands concise style keywords or a brief description into a richer music style description
        for more detailed prompts. Synchronous - the enhanced `style` is in the `200` answer.

        `POST /api/v1/suno/boost_style`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["suno.boost_style"], "SunoBoostStyleResponse", **request)

    async def check_voice(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.SunoCheckVoiceResponse:
        """Check that a Suno custom voice is available

        Synchronously checks whether the custom voice of a completed `suno.generate_voice.create`
        task (`task_id`) is available, before its `voice_id` is used as `persona_id` with
        `persona_type: voice`. Answers `200` with `is_available`.

        `POST /api/v1/suno/check_voice`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["suno.check_voice"], "SunoCheckVoiceResponse", **request)

    async def generate_persona(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.SunoGeneratePersonaResponse:
        """Create a Suno persona from a generated track

        Creates a reusable music Persona from one generated track (`task_id` + `audio_id`), with a
        recognizable `name` and a `description` of its musical characteristics. Synchronous - the
        persona is in the `200` answer. Pass its `id` as `persona_id` to music generation,
        extension, cover and mashup requests.

        `POST /api/v1/suno/generate_persona`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(
            OPERATIONS["suno.generate_persona"], "SunoGeneratePersonaResponse", **request
        )

    async def get_timestamped_lyrics(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.SunoTimestampedLyrics:
        """Get timestamped lyrics of a Suno track

        Returns word-level timestamped lyrics of one generated track (`task_id` + `audio_id`) for
        synchronized display during playback, plus waveform data. Synchronous - there is no
        processing status.

        `POST /api/v1/suno/get_timestamped_lyrics`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(
            OPERATIONS["suno.get_timestamped_lyrics"], "SunoTimestampedLyrics", **request
        )

    def validate_boost_style(self, **body: Any) -> None:
        """Check a `boost_style` body against every rule of suno.boost_style without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.boost_style", body)

    def validate_check_voice(self, **body: Any) -> None:
        """Check a `check_voice` body against every rule of suno.check_voice without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.check_voice", body)

    def validate_generate_persona(self, **body: Any) -> None:
        """Check a `generate_persona` body against every rule of suno.generate_persona without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.generate_persona", body)

    def validate_get_timestamped_lyrics(self, **body: Any) -> None:
        """Check a `get_timestamped_lyrics` body against every rule of suno.get_timestamped_lyrics
        without sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("suno", "suno.get_timestamped_lyrics", body)
