"""ElevenLabs speech, dialogue, sound effects, transcription and audio isolation.

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

    from ..types import elevenlabs as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncElevenlabs",
    "AsyncIsolateAudio",
    "AsyncSpeechToText",
    "AsyncTextToDialogue",
    "AsyncTextToSound",
    "AsyncTextToSpeech",
    "Elevenlabs",
    "IsolateAudio",
    "SpeechToText",
    "TextToDialogue",
    "TextToSound",
    "TextToSpeech",
]

OPERATIONS: dict[str, Operation] = {
    "elevenlabs.isolate_audio.create": Operation(
        operation_id="elevenlabs.isolate_audio.create",
        method="POST",
        path="/api/v1/elevenlabs/isolate_audio",
        auth="api_key",
        body="json",
    ),
    "elevenlabs.isolate_audio.get": Operation(
        operation_id="elevenlabs.isolate_audio.get",
        method="GET",
        path="/api/v1/elevenlabs/isolate_audio/{id}",
        auth="api_key",
        body="none",
    ),
    "elevenlabs.speech_to_text.create": Operation(
        operation_id="elevenlabs.speech_to_text.create",
        method="POST",
        path="/api/v1/elevenlabs/speech_to_text",
        auth="api_key",
        body="json",
    ),
    "elevenlabs.speech_to_text.get": Operation(
        operation_id="elevenlabs.speech_to_text.get",
        method="GET",
        path="/api/v1/elevenlabs/speech_to_text/{id}",
        auth="api_key",
        body="none",
    ),
    "elevenlabs.text_to_dialogue.create": Operation(
        operation_id="elevenlabs.text_to_dialogue.create",
        method="POST",
        path="/api/v1/elevenlabs/text_to_dialogue",
        auth="api_key",
        body="json",
    ),
    "elevenlabs.text_to_dialogue.get": Operation(
        operation_id="elevenlabs.text_to_dialogue.get",
        method="GET",
        path="/api/v1/elevenlabs/text_to_dialogue/{id}",
        auth="api_key",
        body="none",
    ),
    "elevenlabs.text_to_sound.create": Operation(
        operation_id="elevenlabs.text_to_sound.create",
        method="POST",
        path="/api/v1/elevenlabs/text_to_sound",
        auth="api_key",
        body="json",
    ),
    "elevenlabs.text_to_sound.get": Operation(
        operation_id="elevenlabs.text_to_sound.get",
        method="GET",
        path="/api/v1/elevenlabs/text_to_sound/{id}",
        auth="api_key",
        body="none",
    ),
    "elevenlabs.text_to_speech.create": Operation(
        operation_id="elevenlabs.text_to_speech.create",
        method="POST",
        path="/api/v1/elevenlabs/text_to_speech",
        auth="api_key",
        body="json",
    ),
    "elevenlabs.text_to_speech.get": Operation(
        operation_id="elevenlabs.text_to_speech.get",
        method="GET",
        path="/api/v1/elevenlabs/text_to_speech/{id}",
        auth="api_key",
        body="none",
    ),
}


class IsolateAudio(SyncTaskResource):
    """Isolate audio."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.isolate_audio.create"]
    _status_operation = OPERATIONS["elevenlabs.isolate_audio.get"]
    _status_model = "ElevenlabsAudioStatus"
    _completed_model = "ElevenlabsAudioCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs audio isolation task

        Starts an ElevenLabs audio isolation task (`audio-isolation`) that removes background noise
        from the audio at `source_audio_url`, and answers `202` with its id. Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/isolate_audio`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs audio isolation task

        Returns the status of an ElevenLabs audio isolation task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/isolate_audio/{id}`"""
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
    ) -> types.ElevenlabsAudioCompleted:
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
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs audio isolation task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of elevenlabs.isolate_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.isolate_audio.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class SpeechToText(SyncTaskResource):
    """Speech to text."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.speech_to_text.create"]
    _status_operation = OPERATIONS["elevenlabs.speech_to_text.get"]
    _status_model = "ElevenlabsSpeechToTextStatus"
    _completed_model = "ElevenlabsSpeechToTextCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs transcription task

        Starts an ElevenLabs speech-to-text task (`speech-to-text`) for the audio at
        `source_audio_url` and answers `202` with its id. `diarize` labels speakers and
        `tag_audio_events` tags events such as applause or laughter. Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/speech_to_text`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsSpeechToTextStatus:
        """Get an ElevenLabs transcription task

        Returns the status of an ElevenLabs speech-to-text task; `text` (the transcript) is present
        once it has completed.

        `GET /api/v1/elevenlabs/speech_to_text/{id}`"""
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
    ) -> types.ElevenlabsSpeechToTextCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: text (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.ElevenlabsSpeechToTextCompleted:
        """Create an ElevenLabs transcription task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of elevenlabs.speech_to_text.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.speech_to_text.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsSpeechToTextStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToDialogue(SyncTaskResource):
    """Text to dialogue."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.text_to_dialogue.create"]
    _status_operation = OPERATIONS["elevenlabs.text_to_dialogue.get"]
    _status_model = "ElevenlabsAudioStatus"
    _completed_model = "ElevenlabsAudioCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs dialogue task

        Starts an ElevenLabs multi-speaker dialogue task (`text-to-dialogue-v3`) and answers `202`
        with its id. `dialogue` lists the lines in order, each with its `text` and `voice`; the
        texts may total at most 5000 characters. `stability` is 0, 0.5 or 1. Poll the linked status
        operation or pass `callback_url`.

        Rules checked before sending:
        - the dialogue text may total at most 5000 characters

        `POST /api/v1/elevenlabs/text_to_dialogue`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs dialogue task

        Returns the status of an ElevenLabs dialogue task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/text_to_dialogue/{id}`"""
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
    ) -> types.ElevenlabsAudioCompleted:
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
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs dialogue task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of elevenlabs.text_to_dialogue.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.text_to_dialogue.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToSound(SyncTaskResource):
    """Text to sound."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.text_to_sound.create"]
    _status_operation = OPERATIONS["elevenlabs.text_to_sound.get"]
    _status_model = "ElevenlabsAudioStatus"
    _completed_model = "ElevenlabsAudioCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs sound-effect task

        Starts an ElevenLabs sound-effect task (`sound-effect-v2`) from a prompt of up to 5000
        characters and answers `202` with its id. Options: `loop`, `duration_seconds` 0.5-22,
        `prompt_influence` 0-1 and `output_format` (codec and bitrate, e.g. mp3_44100_128). Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/text_to_sound`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs sound-effect task

        Returns the status of an ElevenLabs sound-effect task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/text_to_sound/{id}`"""
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
    ) -> types.ElevenlabsAudioCompleted:
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
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs sound-effect task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of elevenlabs.text_to_sound.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.text_to_sound.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToSpeech(SyncTaskResource):
    """Text to speech."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.text_to_speech.create"]
    _status_operation = OPERATIONS["elevenlabs.text_to_speech.get"]
    _status_model = "ElevenlabsAudioStatus"
    _completed_model = "ElevenlabsAudioCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs text-to-speech task

        Starts an ElevenLabs speech task for up to 5000 characters of text and answers `202` with
        its id. Models: `text-to-speech-turbo-v2.5` (`voice` optional, defaulting to
        EkK5I93UQWFDigLMpZcX) and `text-to-speech-multilingual-v2` (`voice` required). Voice
        settings: `stability`, `similarity_boost` and `style` 0-1, `speed` 0.7-1.2; `timestamps`
        returns word timestamps. Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=text-to-speech-turbo-v2.5
        - model=text-to-speech-multilingual-v2

        `POST /api/v1/elevenlabs/text_to_speech`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs text-to-speech task

        Returns the status of an ElevenLabs speech task; `audios` is present once it has completed.

        `GET /api/v1/elevenlabs/text_to_speech/{id}`"""
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
    ) -> types.ElevenlabsAudioCompleted:
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
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs text-to-speech task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of elevenlabs.text_to_speech.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.text_to_speech.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Elevenlabs(SyncAPIResource):
    """ElevenLabs speech, dialogue, sound effects, transcription and audio isolation."""

    _namespace = "elevenlabs"

    @cached_property
    def isolate_audio(self) -> IsolateAudio:
        return IsolateAudio(self._client)

    @cached_property
    def speech_to_text(self) -> SpeechToText:
        return SpeechToText(self._client)

    @cached_property
    def text_to_dialogue(self) -> TextToDialogue:
        return TextToDialogue(self._client)

    @cached_property
    def text_to_sound(self) -> TextToSound:
        return TextToSound(self._client)

    @cached_property
    def text_to_speech(self) -> TextToSpeech:
        return TextToSpeech(self._client)


class AsyncIsolateAudio(AsyncTaskResource):
    """Isolate audio."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.isolate_audio.create"]
    _status_operation = OPERATIONS["elevenlabs.isolate_audio.get"]
    _status_model = "ElevenlabsAudioStatus"
    _completed_model = "ElevenlabsAudioCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs audio isolation task

        Starts an ElevenLabs audio isolation task (`audio-isolation`) that removes background noise
        from the audio at `source_audio_url`, and answers `202` with its id. Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/isolate_audio`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs audio isolation task

        Returns the status of an ElevenLabs audio isolation task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/isolate_audio/{id}`"""
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
    ) -> types.ElevenlabsAudioCompleted:
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
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs audio isolation task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of elevenlabs.isolate_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.isolate_audio.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncSpeechToText(AsyncTaskResource):
    """Speech to text."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.speech_to_text.create"]
    _status_operation = OPERATIONS["elevenlabs.speech_to_text.get"]
    _status_model = "ElevenlabsSpeechToTextStatus"
    _completed_model = "ElevenlabsSpeechToTextCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs transcription task

        Starts an ElevenLabs speech-to-text task (`speech-to-text`) for the audio at
        `source_audio_url` and answers `202` with its id. `diarize` labels speakers and
        `tag_audio_events` tags events such as applause or laughter. Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/speech_to_text`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsSpeechToTextStatus:
        """Get an ElevenLabs transcription task

        Returns the status of an ElevenLabs speech-to-text task; `text` (the transcript) is present
        once it has completed.

        `GET /api/v1/elevenlabs/speech_to_text/{id}`"""
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
    ) -> types.ElevenlabsSpeechToTextCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: text (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.ElevenlabsSpeechToTextCompleted:
        """Create an ElevenLabs transcription task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of elevenlabs.speech_to_text.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.speech_to_text.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsSpeechToTextStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToDialogue(AsyncTaskResource):
    """Text to dialogue."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.text_to_dialogue.create"]
    _status_operation = OPERATIONS["elevenlabs.text_to_dialogue.get"]
    _status_model = "ElevenlabsAudioStatus"
    _completed_model = "ElevenlabsAudioCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs dialogue task

        Starts an ElevenLabs multi-speaker dialogue task (`text-to-dialogue-v3`) and answers `202`
        with its id. `dialogue` lists the lines in order, each with its `text` and `voice`; the
        texts may total at most 5000 characters. `stability` is 0, 0.5 or 1. Poll the linked status
        operation or pass `callback_url`.

        Rules checked before sending:
        - the dialogue text may total at most 5000 characters

        `POST /api/v1/elevenlabs/text_to_dialogue`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs dialogue task

        Returns the status of an ElevenLabs dialogue task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/text_to_dialogue/{id}`"""
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
    ) -> types.ElevenlabsAudioCompleted:
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
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs dialogue task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of elevenlabs.text_to_dialogue.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.text_to_dialogue.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToSound(AsyncTaskResource):
    """Text to sound."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.text_to_sound.create"]
    _status_operation = OPERATIONS["elevenlabs.text_to_sound.get"]
    _status_model = "ElevenlabsAudioStatus"
    _completed_model = "ElevenlabsAudioCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs sound-effect task

        Starts an ElevenLabs sound-effect task (`sound-effect-v2`) from a prompt of up to 5000
        characters and answers `202` with its id. Options: `loop`, `duration_seconds` 0.5-22,
        `prompt_influence` 0-1 and `output_format` (codec and bitrate, e.g. mp3_44100_128). Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/text_to_sound`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs sound-effect task

        Returns the status of an ElevenLabs sound-effect task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/text_to_sound/{id}`"""
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
    ) -> types.ElevenlabsAudioCompleted:
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
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs sound-effect task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of elevenlabs.text_to_sound.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.text_to_sound.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToSpeech(AsyncTaskResource):
    """Text to speech."""

    _namespace = "elevenlabs"
    _create_operation = OPERATIONS["elevenlabs.text_to_speech.create"]
    _status_operation = OPERATIONS["elevenlabs.text_to_speech.get"]
    _status_model = "ElevenlabsAudioStatus"
    _completed_model = "ElevenlabsAudioCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an ElevenLabs text-to-speech task

        Starts an ElevenLabs speech task for up to 5000 characters of text and answers `202` with
        its id. Models: `text-to-speech-turbo-v2.5` (`voice` optional, defaulting to
        EkK5I93UQWFDigLMpZcX) and `text-to-speech-multilingual-v2` (`voice` required). Voice
        settings: `stability`, `similarity_boost` and `style` 0-1, `speed` 0.7-1.2; `timestamps`
        returns word timestamps. Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=text-to-speech-turbo-v2.5
        - model=text-to-speech-multilingual-v2

        `POST /api/v1/elevenlabs/text_to_speech`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs text-to-speech task

        Returns the status of an ElevenLabs speech task; `audios` is present once it has completed.

        `GET /api/v1/elevenlabs/text_to_speech/{id}`"""
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
    ) -> types.ElevenlabsAudioCompleted:
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
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs text-to-speech task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of elevenlabs.text_to_speech.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("elevenlabs", "elevenlabs.text_to_speech.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncElevenlabs(AsyncAPIResource):
    """ElevenLabs speech, dialogue, sound effects, transcription and audio isolation."""

    _namespace = "elevenlabs"

    @cached_property
    def isolate_audio(self) -> AsyncIsolateAudio:
        return AsyncIsolateAudio(self._client)

    @cached_property
    def speech_to_text(self) -> AsyncSpeechToText:
        return AsyncSpeechToText(self._client)

    @cached_property
    def text_to_dialogue(self) -> AsyncTextToDialogue:
        return AsyncTextToDialogue(self._client)

    @cached_property
    def text_to_sound(self) -> AsyncTextToSound:
        return AsyncTextToSound(self._client)

    @cached_property
    def text_to_speech(self) -> AsyncTextToSpeech:
        return AsyncTextToSpeech(self._client)
