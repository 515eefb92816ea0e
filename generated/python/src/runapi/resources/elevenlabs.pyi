"""ElevenLabs speech, dialogue, sound effects, transcription and audio isolation.

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
from ..params import elevenlabs as params
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

OPERATIONS: dict[str, Operation]

class IsolateAudio(SyncTaskResource[types.ElevenlabsAudioStatus, types.ElevenlabsAudioCompleted]):
    """Isolate audio."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.IsolateAudioCreateParams],
    ) -> TaskAccepted:
        """Create an ElevenLabs audio isolation task

        Starts an ElevenLabs audio isolation task (`audio-isolation`) that removes background noise
        from the audio at `source_audio_url`, and answers `202` with its id. Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/isolate_audio`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs audio isolation task

        Returns the status of an ElevenLabs audio isolation task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/isolate_audio/{id}`"""

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
    ) -> types.ElevenlabsAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.IsolateAudioCreateParams],
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs audio isolation task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.IsolateAudioCreateParams]) -> None:
        """Check a `create` body against every rule of elevenlabs.isolate_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class SpeechToText(
    SyncTaskResource[types.ElevenlabsSpeechToTextStatus, types.ElevenlabsSpeechToTextCompleted]
):
    """Speech to text."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.SpeechToTextCreateParams],
    ) -> TaskAccepted:
        """Create an ElevenLabs transcription task

        Starts an ElevenLabs speech-to-text task (`speech-to-text`) for the audio at
        `source_audio_url` and answers `202` with its id. `diarize` labels speakers and
        `tag_audio_events` tags events such as applause or laughter. Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/speech_to_text`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsSpeechToTextStatus:
        """Get an ElevenLabs transcription task

        Returns the status of an ElevenLabs speech-to-text task; `text` (the transcript) is present
        once it has completed.

        `GET /api/v1/elevenlabs/speech_to_text/{id}`"""

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
    ) -> types.ElevenlabsSpeechToTextCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: text (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.SpeechToTextCreateParams],
    ) -> types.ElevenlabsSpeechToTextCompleted:
        """Create an ElevenLabs transcription task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.SpeechToTextCreateParams]) -> None:
        """Check a `create` body against every rule of elevenlabs.speech_to_text.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsSpeechToTextStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToDialogue(SyncTaskResource[types.ElevenlabsAudioStatus, types.ElevenlabsAudioCompleted]):
    """Text to dialogue."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToDialogueCreateParams],
    ) -> TaskAccepted:
        """Create an ElevenLabs dialogue task

        Starts an ElevenLabs multi-speaker dialogue task (`text-to-dialogue-v3`) and answers `202`
        with its id. `dialogue` lists the lines in order, each with its `text` and `voice`; the
        texts may total at most 5000 characters. `stability` is 0, 0.5 or 1. Poll the linked status
        operation or pass `callback_url`.

        Rules checked before sending:
        - the dialogue text may total at most 5000 characters

        `POST /api/v1/elevenlabs/text_to_dialogue`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs dialogue task

        Returns the status of an ElevenLabs dialogue task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/text_to_dialogue/{id}`"""

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
    ) -> types.ElevenlabsAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToDialogueCreateParams],
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs dialogue task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToDialogueCreateParams]) -> None:
        """Check a `create` body against every rule of elevenlabs.text_to_dialogue.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToSound(SyncTaskResource[types.ElevenlabsAudioStatus, types.ElevenlabsAudioCompleted]):
    """Text to sound."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToSoundCreateParams],
    ) -> TaskAccepted:
        """Create an ElevenLabs sound-effect task

        Starts an ElevenLabs sound-effect task (`sound-effect-v2`) from a prompt of up to 5000
        characters and answers `202` with its id. Options: `loop`, `duration_seconds` 0.5-22,
        `prompt_influence` 0-1 and `output_format` (codec and bitrate, e.g. mp3_44100_128). Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/text_to_sound`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs sound-effect task

        Returns the status of an ElevenLabs sound-effect task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/text_to_sound/{id}`"""

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
    ) -> types.ElevenlabsAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToSoundCreateParams],
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs sound-effect task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToSoundCreateParams]) -> None:
        """Check a `create` body against every rule of elevenlabs.text_to_sound.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToSpeech(SyncTaskResource[types.ElevenlabsAudioStatus, types.ElevenlabsAudioCompleted]):
    """Text to speech."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToSpeechCreateTextToSpeechTurboV25Params],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToSpeechCreateTextToSpeechMultilingualV2Params],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs text-to-speech task

        Returns the status of an ElevenLabs speech task; `audios` is present once it has completed.

        `GET /api/v1/elevenlabs/text_to_speech/{id}`"""

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
    ) -> types.ElevenlabsAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToSpeechCreateTextToSpeechTurboV25Params],
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs text-to-speech task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

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
        **body: Unpack[params.TextToSpeechCreateTextToSpeechMultilingualV2Params],
    ) -> types.ElevenlabsAudioCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToSpeechCreateTextToSpeechTurboV25Params]) -> None:
        """Check a `create` body against every rule of elevenlabs.text_to_speech.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToSpeechCreateTextToSpeechMultilingualV2Params]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Elevenlabs(SyncAPIResource):
    """ElevenLabs speech, dialogue, sound effects, transcription and audio isolation."""

    @cached_property
    def isolate_audio(self) -> IsolateAudio: ...
    @cached_property
    def speech_to_text(self) -> SpeechToText: ...
    @cached_property
    def text_to_dialogue(self) -> TextToDialogue: ...
    @cached_property
    def text_to_sound(self) -> TextToSound: ...
    @cached_property
    def text_to_speech(self) -> TextToSpeech: ...

class AsyncIsolateAudio(
    AsyncTaskResource[types.ElevenlabsAudioStatus, types.ElevenlabsAudioCompleted]
):
    """Isolate audio."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.IsolateAudioCreateParams],
    ) -> TaskAccepted:
        """Create an ElevenLabs audio isolation task

        Starts an ElevenLabs audio isolation task (`audio-isolation`) that removes background noise
        from the audio at `source_audio_url`, and answers `202` with its id. Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/isolate_audio`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs audio isolation task

        Returns the status of an ElevenLabs audio isolation task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/isolate_audio/{id}`"""

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
    ) -> types.ElevenlabsAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.IsolateAudioCreateParams],
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs audio isolation task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.IsolateAudioCreateParams]) -> None:
        """Check a `create` body against every rule of elevenlabs.isolate_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncSpeechToText(
    AsyncTaskResource[types.ElevenlabsSpeechToTextStatus, types.ElevenlabsSpeechToTextCompleted]
):
    """Speech to text."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.SpeechToTextCreateParams],
    ) -> TaskAccepted:
        """Create an ElevenLabs transcription task

        Starts an ElevenLabs speech-to-text task (`speech-to-text`) for the audio at
        `source_audio_url` and answers `202` with its id. `diarize` labels speakers and
        `tag_audio_events` tags events such as applause or laughter. Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/speech_to_text`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsSpeechToTextStatus:
        """Get an ElevenLabs transcription task

        Returns the status of an ElevenLabs speech-to-text task; `text` (the transcript) is present
        once it has completed.

        `GET /api/v1/elevenlabs/speech_to_text/{id}`"""

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
    ) -> types.ElevenlabsSpeechToTextCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: text (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.SpeechToTextCreateParams],
    ) -> types.ElevenlabsSpeechToTextCompleted:
        """Create an ElevenLabs transcription task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.SpeechToTextCreateParams]) -> None:
        """Check a `create` body against every rule of elevenlabs.speech_to_text.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsSpeechToTextStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToDialogue(
    AsyncTaskResource[types.ElevenlabsAudioStatus, types.ElevenlabsAudioCompleted]
):
    """Text to dialogue."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToDialogueCreateParams],
    ) -> TaskAccepted:
        """Create an ElevenLabs dialogue task

        Starts an ElevenLabs multi-speaker dialogue task (`text-to-dialogue-v3`) and answers `202`
        with its id. `dialogue` lists the lines in order, each with its `text` and `voice`; the
        texts may total at most 5000 characters. `stability` is 0, 0.5 or 1. Poll the linked status
        operation or pass `callback_url`.

        Rules checked before sending:
        - the dialogue text may total at most 5000 characters

        `POST /api/v1/elevenlabs/text_to_dialogue`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs dialogue task

        Returns the status of an ElevenLabs dialogue task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/text_to_dialogue/{id}`"""

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
    ) -> types.ElevenlabsAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToDialogueCreateParams],
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs dialogue task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToDialogueCreateParams]) -> None:
        """Check a `create` body against every rule of elevenlabs.text_to_dialogue.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToSound(
    AsyncTaskResource[types.ElevenlabsAudioStatus, types.ElevenlabsAudioCompleted]
):
    """Text to sound."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToSoundCreateParams],
    ) -> TaskAccepted:
        """Create an ElevenLabs sound-effect task

        Starts an ElevenLabs sound-effect task (`sound-effect-v2`) from a prompt of up to 5000
        characters and answers `202` with its id. Options: `loop`, `duration_seconds` 0.5-22,
        `prompt_influence` 0-1 and `output_format` (codec and bitrate, e.g. mp3_44100_128). Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/elevenlabs/text_to_sound`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs sound-effect task

        Returns the status of an ElevenLabs sound-effect task; `audios` is present once it has
        completed.

        `GET /api/v1/elevenlabs/text_to_sound/{id}`"""

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
    ) -> types.ElevenlabsAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToSoundCreateParams],
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs sound-effect task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToSoundCreateParams]) -> None:
        """Check a `create` body against every rule of elevenlabs.text_to_sound.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToSpeech(
    AsyncTaskResource[types.ElevenlabsAudioStatus, types.ElevenlabsAudioCompleted]
):
    """Text to speech."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToSpeechCreateTextToSpeechTurboV25Params],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToSpeechCreateTextToSpeechMultilingualV2Params],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Get an ElevenLabs text-to-speech task

        Returns the status of an ElevenLabs speech task; `audios` is present once it has completed.

        `GET /api/v1/elevenlabs/text_to_speech/{id}`"""

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
    ) -> types.ElevenlabsAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToSpeechCreateTextToSpeechTurboV25Params],
    ) -> types.ElevenlabsAudioCompleted:
        """Create an ElevenLabs text-to-speech task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

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
        **body: Unpack[params.TextToSpeechCreateTextToSpeechMultilingualV2Params],
    ) -> types.ElevenlabsAudioCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToSpeechCreateTextToSpeechTurboV25Params]) -> None:
        """Check a `create` body against every rule of elevenlabs.text_to_speech.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToSpeechCreateTextToSpeechMultilingualV2Params]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.ElevenlabsAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncElevenlabs(AsyncAPIResource):
    """ElevenLabs speech, dialogue, sound effects, transcription and audio isolation."""

    @cached_property
    def isolate_audio(self) -> AsyncIsolateAudio: ...
    @cached_property
    def speech_to_text(self) -> AsyncSpeechToText: ...
    @cached_property
    def text_to_dialogue(self) -> AsyncTextToDialogue: ...
    @cached_property
    def text_to_sound(self) -> AsyncTextToSound: ...
    @cached_property
    def text_to_speech(self) -> AsyncTextToSpeech: ...
