"""Suno music, lyrics, vocals, stems, MIDI, voices and artwork.

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
from ..params import suno as params
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

OPERATIONS: dict[str, Operation]

class AddInstrumental(SyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Add instrumental."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AddInstrumentalCreateParams],
    ) -> TaskAccepted:
        """Create a Suno add-instrumental task

        Generates a musical accompaniment for an uploaded audio file (`upload_url`; the
        `download_url` of `files.from_url` works and expires after 24 hours) and answers `202` with
        the task id. `title`, `tags` (style and characteristics), `negative_tags` (styles to
        exclude) and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`,
        `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/add_instrumental`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno add-instrumental task

        Returns the status of a Suno add-instrumental task; `audios` is present once the tracks are
        ready.

        `GET /api/v1/suno/add_instrumental/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.AddInstrumentalCreateParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno add-instrumental task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AddInstrumentalCreateParams]) -> None:
        """Check a `create` body against every rule of suno.add_instrumental.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AddVocals(SyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Add vocals."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AddVocalsCreateParams],
    ) -> TaskAccepted:
        """Create a Suno add-vocals task

        Sings the exact `lyrics` over an uploaded instrumental (`upload_url`; the `download_url` of
        `files.from_url` works and expires after 24 hours) and answers `202` with the task id.
        `title`, `style` and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`,
        `suno-v4.5-all`, `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/add_vocals`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno add-vocals task

        Returns the status of a Suno add-vocals task; `audios` is present once the tracks are ready.

        `GET /api/v1/suno/add_vocals/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.AddVocalsCreateParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno add-vocals task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AddVocalsCreateParams]) -> None:
        """Check a `create` body against every rule of suno.add_vocals.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class ConvertAudio(SyncTaskResource[types.SunoConvertAudioStatus, types.SunoConvertAudioCompleted]):
    """Convert audio."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ConvertAudioCreateParams],
    ) -> TaskAccepted:
        """Convert a Suno track to WAV

        Starts a task that converts one track (`audio_id`) of a finished Suno music task
        (`task_id`) to high-quality WAV and answers `202` with its id. The completed task carries
        `wav_url`. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/suno/convert_audio`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoConvertAudioStatus:
        """Get a Suno WAV conversion task

        Returns the status of a WAV conversion task; `wav_url` is present once it has completed.

        `GET /api/v1/suno/convert_audio/{id}`"""

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
    ) -> types.SunoConvertAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: wav_url (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.ConvertAudioCreateParams],
    ) -> types.SunoConvertAudioCompleted:
        """Convert a Suno track to WAV, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ConvertAudioCreateParams]) -> None:
        """Check a `create` body against every rule of suno.convert_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoConvertAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class CoverAudio(SyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Cover audio."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CoverAudioCreateAutoLyricsParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CoverAudioCreateExactLyricsParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CoverAudioCreateInstrumentalParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno cover task

        Returns the status of a Suno upload-and-cover task; `audios` is present once the cover
        tracks are ready.

        `GET /api/v1/suno/cover_audio/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.CoverAudioCreateAutoLyricsParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno cover of an uploaded audio file, then wait for it to finish (`create` +
        `wait`); returns the completed status.

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
        **body: Unpack[params.CoverAudioCreateExactLyricsParams],
    ) -> types.SunoMusicCompleted: ...
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
        **body: Unpack[params.CoverAudioCreateInstrumentalParams],
    ) -> types.SunoMusicCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.CoverAudioCreateAutoLyricsParams]) -> None:
        """Check a `create` body against every rule of suno.cover_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.CoverAudioCreateExactLyricsParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.CoverAudioCreateInstrumentalParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class CreateMashup(SyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Create mashup."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateMashupCreateAutoLyricsParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateMashupCreateExactLyricsParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateMashupCreateInstrumentalParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno mashup task

        Returns the status of a Suno mashup task; `audios` is present once the mashup tracks are
        ready.

        `GET /api/v1/suno/create_mashup/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.CreateMashupCreateAutoLyricsParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno mashup task, then wait for it to finish (`create` + `wait`); returns the
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
        **body: Unpack[params.CreateMashupCreateExactLyricsParams],
    ) -> types.SunoMusicCompleted: ...
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
        **body: Unpack[params.CreateMashupCreateInstrumentalParams],
    ) -> types.SunoMusicCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.CreateMashupCreateAutoLyricsParams]) -> None:
        """Check a `create` body against every rule of suno.create_mashup.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.CreateMashupCreateExactLyricsParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.CreateMashupCreateInstrumentalParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class ExtendMusic(SyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Extend music."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ExtendMusicCreateSourceParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ExtendMusicCreateCustomParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno music extension task

        Returns the status of a Suno extension task (from `audio_id` or `upload_url`); `audios` is
        present once the extended tracks are ready.

        `GET /api/v1/suno/extend_music/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.ExtendMusicCreateSourceParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno music extension task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        **body: Unpack[params.ExtendMusicCreateCustomParams],
    ) -> types.SunoMusicCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.ExtendMusicCreateSourceParams]) -> None:
        """Check a `create` body against every rule of suno.extend_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.ExtendMusicCreateCustomParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class GenerateArtwork(
    SyncTaskResource[types.SunoGenerateArtworkStatus, types.SunoGenerateArtworkCompleted]
):
    """Generate artwork."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GenerateArtworkCreateParams],
    ) -> TaskAccepted:
        """Generate cover art for Suno music

        Starts a task that creates personalized cover images for the music of a finished Suno
        music task (`task_id`) and answers `202` with its id. The completed task usually holds 2
        cover images in different styles (`covers`); their URLs are kept for 14 days. Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/suno/generate_artwork`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoGenerateArtworkStatus:
        """Get a Suno cover art task

        Returns the status of a cover art task; `covers` is empty until the task has completed, then
        holds the cover images (kept for 14 days).

        `GET /api/v1/suno/generate_artwork/{id}`"""

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
    ) -> types.SunoGenerateArtworkCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: covers (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.GenerateArtworkCreateParams],
    ) -> types.SunoGenerateArtworkCompleted:
        """Generate cover art for Suno music, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.GenerateArtworkCreateParams]) -> None:
        """Check a `create` body against every rule of suno.generate_artwork.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoGenerateArtworkStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class GenerateLyrics(
    SyncTaskResource[types.SunoGenerateLyricsStatus, types.SunoGenerateLyricsCompleted]
):
    """Generate lyrics."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GenerateLyricsCreateParams],
    ) -> TaskAccepted:
        """Create a Suno lyrics generation task

        Writes song lyrics from a theme, style or subject (`prompt`, at most 200 characters) and
        answers `202` with the task id. The result is a `lyrics` list of one or more entries, each
        with a `title` and structured `text` (verse/chorus sections). The callback is sent once,
        when the task completes or fails.

        `POST /api/v1/suno/generate_lyrics`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoGenerateLyricsStatus:
        """Get a Suno lyrics generation task

        Returns the status of a Suno lyrics task; `lyrics` is empty until the task has completed.

        `GET /api/v1/suno/generate_lyrics/{id}`"""

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
    ) -> types.SunoGenerateLyricsCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: lyrics (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.GenerateLyricsCreateParams],
    ) -> types.SunoGenerateLyricsCompleted:
        """Create a Suno lyrics generation task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.GenerateLyricsCreateParams]) -> None:
        """Check a `create` body against every rule of suno.generate_lyrics.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoGenerateLyricsStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class GenerateMidi(SyncTaskResource[types.SunoGenerateMidiStatus, types.SunoGenerateMidiCompleted]):
    """Generate midi."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GenerateMidiCreateParams],
    ) -> TaskAccepted:
        """Generate MIDI from separated Suno stems

        Starts a task that converts the stems of a completed `split_stem` separation task
        (`suno.separate_audio_stems.create` with `type: split_stem`) into MIDI note data and answers
        `202` with its id. The completed task lists the detected `instruments`, each with its
        `notes` (MIDI pitch 0-127, start and end time in seconds, velocity). Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/suno/generate_midi`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoGenerateMidiStatus:
        """Get a Suno MIDI generation task

        Returns the status of a MIDI generation task; `instruments` is empty until the task has
        completed, then lists each detected instrument with its notes.

        `GET /api/v1/suno/generate_midi/{id}`"""

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
    ) -> types.SunoGenerateMidiCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: instruments (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.GenerateMidiCreateParams],
    ) -> types.SunoGenerateMidiCompleted:
        """Generate MIDI from separated Suno stems, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.GenerateMidiCreateParams]) -> None:
        """Check a `create` body against every rule of suno.generate_midi.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoGenerateMidiStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class GenerateVoice(
    SyncTaskResource[types.SunoGenerateVoiceStatus, types.SunoGenerateVoiceCompleted]
):
    """Generate voice."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GenerateVoiceCreateParams],
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoGenerateVoiceStatus:
        """Get a Suno custom voice task

        Returns the status of a custom voice task; `voice_id` is present once it has completed.

        `GET /api/v1/suno/generate_voice/{id}`"""

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
    ) -> types.SunoGenerateVoiceCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: voice_id (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.GenerateVoiceCreateParams],
    ) -> types.SunoGenerateVoiceCompleted:
        """Create a reusable Suno custom voice, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.GenerateVoiceCreateParams]) -> None:
        """Check a `create` body against every rule of suno.generate_voice.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoGenerateVoiceStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class RegenerateValidationPhrase(
    SyncTaskResource[
        types.SunoRegenerateValidationPhraseStatus, types.SunoRegenerateValidationPhraseCompleted
    ]
):
    """Regenerate validation phrase."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RegenerateValidationPhraseCreateParams],
    ) -> TaskAccepted:
        """Regenerate a Suno voice validation phrase

        Starts a task that produces a new validation phrase for an earlier validation phrase task
        (from `suno.voice_to_validation_phrase.create` or an earlier regeneration) owned by the
        same account, and answers `202` with its id. Use it when the previous phrase expired, was
        hard to read, or must be replaced before the user records the verification audio. The new
        task id can be passed to `suno.generate_voice.create`. `callback_url` must be an HTTPS URL.

        `POST /api/v1/suno/regenerate_validation_phrase`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoRegenerateValidationPhraseStatus:
        """Get a Suno regenerated validation phrase task

        Returns the status of a validation phrase regeneration task; `validation_phrase` holds the
        new phrase once it has completed.

        `GET /api/v1/suno/regenerate_validation_phrase/{id}`"""

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
    ) -> types.SunoRegenerateValidationPhraseCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: validation_phrase (an answer without them raises
        `IncompleteResultError`)."""

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
        **body: Unpack[params.RegenerateValidationPhraseCreateParams],
    ) -> types.SunoRegenerateValidationPhraseCompleted:
        """Regenerate a Suno voice validation phrase, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RegenerateValidationPhraseCreateParams]) -> None:
        """Check a `create` body against every rule of suno.regenerate_validation_phrase.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoRegenerateValidationPhraseStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class ReplaceSection(
    SyncTaskResource[types.SunoReplaceSectionStatus, types.SunoReplaceSectionCompleted]
):
    """Replace section."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ReplaceSectionCreateParams],
    ) -> TaskAccepted:
        """Create a Suno section replacement task

        Regenerates the time segment from `infill_start_time` to `infill_end_time` (seconds, two
        decimals; at least 10 seconds long) of a generated track (`task_id` + `audio_id`) with new
        `lyrics`, `tags` and `title`, and answers `202` with the task id. `full_lyrics` may carry
        the complete lyrics after the change. The result is a single `track`.

        Rules checked before sending:
        - infill_end_time must be at least 10 seconds after infill_start_time

        `POST /api/v1/suno/replace_section`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoReplaceSectionStatus:
        """Get a Suno section replacement task

        Returns the status of a Suno replace-section task; `track` is present once it has completed.

        `GET /api/v1/suno/replace_section/{id}`"""

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
    ) -> types.SunoReplaceSectionCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: track (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.ReplaceSectionCreateParams],
    ) -> types.SunoReplaceSectionCompleted:
        """Create a Suno section replacement task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ReplaceSectionCreateParams]) -> None:
        """Check a `create` body against every rule of suno.replace_section.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoReplaceSectionStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class SeparateAudioStems(
    SyncTaskResource[types.SunoSeparateAudioStemsStatus, types.SunoSeparateAudioStemsCompleted]
):
    """Separate audio stems."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.SeparateAudioStemsCreateParams],
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoSeparateAudioStemsStatus:
        """Get a Suno stem separation task

        Returns the status of a stem separation task; `separated_audios` holds the stem URLs once it
        has completed (2 for `separate_vocal`, 12 or more for `split_stem`).

        `GET /api/v1/suno/separate_audio_stems/{id}`"""

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
    ) -> types.SunoSeparateAudioStemsCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: separated_audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.SeparateAudioStemsCreateParams],
    ) -> types.SunoSeparateAudioStemsCompleted:
        """Separate a Suno track into stems, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.SeparateAudioStemsCreateParams]) -> None:
        """Check a `create` body against every rule of suno.separate_audio_stems.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoSeparateAudioStemsStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToMusic(SyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Text to music."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToMusicCreateAutoLyricsParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToMusicCreateExactLyricsParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToMusicCreateInstrumentalParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno music generation task

        Returns the status of a Suno music generation task. `generation_stage` shows how far it got;
        `audios` is present once tracks are ready.

        `GET /api/v1/suno/text_to_music/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.TextToMusicCreateAutoLyricsParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno music generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        **body: Unpack[params.TextToMusicCreateExactLyricsParams],
    ) -> types.SunoMusicCompleted: ...
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
        **body: Unpack[params.TextToMusicCreateInstrumentalParams],
    ) -> types.SunoMusicCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToMusicCreateAutoLyricsParams]) -> None:
        """Check a `create` body against every rule of suno.text_to_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToMusicCreateExactLyricsParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToMusicCreateInstrumentalParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToSound(SyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Text to sound."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToSoundCreateParams],
    ) -> TaskAccepted:
        """Create a Suno sound generation task

        Generates ambient audio, sound effects or loopable tracks from a text `prompt` (at most 500
        characters) and answers `202` with the task id. Models: `suno-v5` and `suno-v5.5`.
        `sound_loop` makes the audio loop, `sound_tempo` sets the BPM (1-300), `sound_key` the
        musical key (any key when omitted), and `grab_lyrics` captures lyric subtitles for later
        retrieval. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/text_to_sound`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno sound generation task

        Returns the status of a Suno sound generation task; `audios` is present once the sounds are
        ready.

        `GET /api/v1/suno/text_to_sound/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno sound generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToSoundCreateParams]) -> None:
        """Check a `create` body against every rule of suno.text_to_sound.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class VisualizeMusic(
    SyncTaskResource[types.SunoVisualizeMusicStatus, types.SunoVisualizeMusicCompleted]
):
    """Visualize music."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.VisualizeMusicCreateParams],
    ) -> TaskAccepted:
        """Create a Suno music video

        Starts a task that renders an MP4 video with visualizations for one track (`audio_id`) of
        a finished Suno music task (`task_id`) and answers `202` with its id. Optional `author`
        (artist name) and `domain_name` (watermark) are shown on the video, at most 50 characters
        each. The completed task carries `video_url`. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/suno/visualize_music`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoVisualizeMusicStatus:
        """Get a Suno music video task

        Returns the status of a music video task; `video_url` is present once it has completed.

        `GET /api/v1/suno/visualize_music/{id}`"""

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
    ) -> types.SunoVisualizeMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: video_url (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.VisualizeMusicCreateParams],
    ) -> types.SunoVisualizeMusicCompleted:
        """Create a Suno music video, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.VisualizeMusicCreateParams]) -> None:
        """Check a `create` body against every rule of suno.visualize_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoVisualizeMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class VoiceToValidationPhrase(
    SyncTaskResource[
        types.SunoVoiceToValidationPhraseStatus, types.SunoVoiceToValidationPhraseCompleted
    ]
):
    """Voice to validation phrase."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.VoiceToValidationPhraseCreateParams],
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoVoiceToValidationPhraseStatus:
        """Get a Suno voice validation phrase task

        Returns the status of a validation phrase task; `validation_phrase` is present once it has
        completed (`provider_status` is then `wait_validating`).

        `GET /api/v1/suno/voice_to_validation_phrase/{id}`"""

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
    ) -> types.SunoVoiceToValidationPhraseCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: validation_phrase (an answer without them raises
        `IncompleteResultError`)."""

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
        **body: Unpack[params.VoiceToValidationPhraseCreateParams],
    ) -> types.SunoVoiceToValidationPhraseCompleted:
        """Create a Suno voice validation phrase, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.VoiceToValidationPhraseCreateParams]) -> None:
        """Check a `create` body against every rule of suno.voice_to_validation_phrase.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoVoiceToValidationPhraseStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Suno(SyncAPIResource):
    """Suno music, lyrics, vocals, stems, MIDI, voices and artwork."""

    @cached_property
    def add_instrumental(self) -> AddInstrumental: ...
    @cached_property
    def add_vocals(self) -> AddVocals: ...
    @cached_property
    def convert_audio(self) -> ConvertAudio: ...
    @cached_property
    def cover_audio(self) -> CoverAudio: ...
    @cached_property
    def create_mashup(self) -> CreateMashup: ...
    @cached_property
    def extend_music(self) -> ExtendMusic: ...
    @cached_property
    def generate_artwork(self) -> GenerateArtwork: ...
    @cached_property
    def generate_lyrics(self) -> GenerateLyrics: ...
    @cached_property
    def generate_midi(self) -> GenerateMidi: ...
    @cached_property
    def generate_voice(self) -> GenerateVoice: ...
    @cached_property
    def regenerate_validation_phrase(self) -> RegenerateValidationPhrase: ...
    @cached_property
    def replace_section(self) -> ReplaceSection: ...
    @cached_property
    def separate_audio_stems(self) -> SeparateAudioStems: ...
    @cached_property
    def text_to_music(self) -> TextToMusic: ...
    @cached_property
    def text_to_sound(self) -> TextToSound: ...
    @cached_property
    def visualize_music(self) -> VisualizeMusic: ...
    @cached_property
    def voice_to_validation_phrase(self) -> VoiceToValidationPhrase: ...
    def boost_style(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.BoostStyleParams],
    ) -> types.SunoBoostStyleResponse:
        """Boost a Suno music style description

        Expands concise style keywords or a brief description into a richer music style description
        for more detailed prompts. Synchronous - the enhanced `style` is in the `200` answer.

        `POST /api/v1/suno/boost_style`"""

    def check_voice(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CheckVoiceParams],
    ) -> types.SunoCheckVoiceResponse:
        """Check that a Suno custom voice is available

        Synchronously checks whether the custom voice of a completed `suno.generate_voice.create`
        task (`task_id`) is available, before its `voice_id` is used as `persona_id` with
        `persona_type: voice`. Answers `200` with `is_available`.

        `POST /api/v1/suno/check_voice`"""

    def generate_persona(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GeneratePersonaParams],
    ) -> types.SunoGeneratePersonaResponse:
        """Create a Suno persona from a generated track

        Creates a reusable music Persona from one generated track (`task_id` + `audio_id`), with a
        recognizable `name` and a `description` of its musical characteristics. Synchronous - the
        persona is in the `200` answer. Pass its `id` as `persona_id` to music generation,
        extension, cover and mashup requests.

        `POST /api/v1/suno/generate_persona`"""

    def get_timestamped_lyrics(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GetTimestampedLyricsParams],
    ) -> types.SunoTimestampedLyrics:
        """Get timestamped lyrics of a Suno track

        Returns word-level timestamped lyrics of one generated track (`task_id` + `audio_id`) for
        synchronized display during playback, plus waveform data. Synchronous - there is no
        processing status.

        `POST /api/v1/suno/get_timestamped_lyrics`"""

    def validate_boost_style(self, **body: Unpack[params.BoostStyleParams]) -> None:
        """Check a `boost_style` body against every rule of suno.boost_style without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_check_voice(self, **body: Unpack[params.CheckVoiceParams]) -> None:
        """Check a `check_voice` body against every rule of suno.check_voice without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_generate_persona(self, **body: Unpack[params.GeneratePersonaParams]) -> None:
        """Check a `generate_persona` body against every rule of suno.generate_persona without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def validate_get_timestamped_lyrics(
        self, **body: Unpack[params.GetTimestampedLyricsParams]
    ) -> None:
        """Check a `get_timestamped_lyrics` body against every rule of suno.get_timestamped_lyrics
        without sending anything; raises `runapi.ValidationError` naming each broken rule."""

class AsyncAddInstrumental(AsyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Add instrumental."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AddInstrumentalCreateParams],
    ) -> TaskAccepted:
        """Create a Suno add-instrumental task

        Generates a musical accompaniment for an uploaded audio file (`upload_url`; the
        `download_url` of `files.from_url` works and expires after 24 hours) and answers `202` with
        the task id. `title`, `tags` (style and characteristics), `negative_tags` (styles to
        exclude) and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`,
        `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/add_instrumental`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno add-instrumental task

        Returns the status of a Suno add-instrumental task; `audios` is present once the tracks are
        ready.

        `GET /api/v1/suno/add_instrumental/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.AddInstrumentalCreateParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno add-instrumental task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AddInstrumentalCreateParams]) -> None:
        """Check a `create` body against every rule of suno.add_instrumental.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncAddVocals(AsyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Add vocals."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.AddVocalsCreateParams],
    ) -> TaskAccepted:
        """Create a Suno add-vocals task

        Sings the exact `lyrics` over an uploaded instrumental (`upload_url`; the `download_url` of
        `files.from_url` works and expires after 24 hours) and answers `202` with the task id.
        `title`, `style` and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`,
        `suno-v4.5-all`, `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/add_vocals`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno add-vocals task

        Returns the status of a Suno add-vocals task; `audios` is present once the tracks are ready.

        `GET /api/v1/suno/add_vocals/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.AddVocalsCreateParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno add-vocals task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.AddVocalsCreateParams]) -> None:
        """Check a `create` body against every rule of suno.add_vocals.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncConvertAudio(
    AsyncTaskResource[types.SunoConvertAudioStatus, types.SunoConvertAudioCompleted]
):
    """Convert audio."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ConvertAudioCreateParams],
    ) -> TaskAccepted:
        """Convert a Suno track to WAV

        Starts a task that converts one track (`audio_id`) of a finished Suno music task
        (`task_id`) to high-quality WAV and answers `202` with its id. The completed task carries
        `wav_url`. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/suno/convert_audio`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoConvertAudioStatus:
        """Get a Suno WAV conversion task

        Returns the status of a WAV conversion task; `wav_url` is present once it has completed.

        `GET /api/v1/suno/convert_audio/{id}`"""

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
    ) -> types.SunoConvertAudioCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: wav_url (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.ConvertAudioCreateParams],
    ) -> types.SunoConvertAudioCompleted:
        """Convert a Suno track to WAV, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ConvertAudioCreateParams]) -> None:
        """Check a `create` body against every rule of suno.convert_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoConvertAudioStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncCoverAudio(AsyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Cover audio."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CoverAudioCreateAutoLyricsParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CoverAudioCreateExactLyricsParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CoverAudioCreateInstrumentalParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno cover task

        Returns the status of a Suno upload-and-cover task; `audios` is present once the cover
        tracks are ready.

        `GET /api/v1/suno/cover_audio/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.CoverAudioCreateAutoLyricsParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno cover of an uploaded audio file, then wait for it to finish (`create` +
        `wait`); returns the completed status.

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
        **body: Unpack[params.CoverAudioCreateExactLyricsParams],
    ) -> types.SunoMusicCompleted: ...
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
        **body: Unpack[params.CoverAudioCreateInstrumentalParams],
    ) -> types.SunoMusicCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.CoverAudioCreateAutoLyricsParams]) -> None:
        """Check a `create` body against every rule of suno.cover_audio.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.CoverAudioCreateExactLyricsParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.CoverAudioCreateInstrumentalParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncCreateMashup(AsyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Create mashup."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateMashupCreateAutoLyricsParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateMashupCreateExactLyricsParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateMashupCreateInstrumentalParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno mashup task

        Returns the status of a Suno mashup task; `audios` is present once the mashup tracks are
        ready.

        `GET /api/v1/suno/create_mashup/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.CreateMashupCreateAutoLyricsParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno mashup task, then wait for it to finish (`create` + `wait`); returns the
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
        **body: Unpack[params.CreateMashupCreateExactLyricsParams],
    ) -> types.SunoMusicCompleted: ...
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
        **body: Unpack[params.CreateMashupCreateInstrumentalParams],
    ) -> types.SunoMusicCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.CreateMashupCreateAutoLyricsParams]) -> None:
        """Check a `create` body against every rule of suno.create_mashup.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.CreateMashupCreateExactLyricsParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.CreateMashupCreateInstrumentalParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncExtendMusic(AsyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Extend music."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ExtendMusicCreateSourceParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ExtendMusicCreateCustomParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno music extension task

        Returns the status of a Suno extension task (from `audio_id` or `upload_url`); `audios` is
        present once the extended tracks are ready.

        `GET /api/v1/suno/extend_music/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.ExtendMusicCreateSourceParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno music extension task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        **body: Unpack[params.ExtendMusicCreateCustomParams],
    ) -> types.SunoMusicCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.ExtendMusicCreateSourceParams]) -> None:
        """Check a `create` body against every rule of suno.extend_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.ExtendMusicCreateCustomParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncGenerateArtwork(
    AsyncTaskResource[types.SunoGenerateArtworkStatus, types.SunoGenerateArtworkCompleted]
):
    """Generate artwork."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GenerateArtworkCreateParams],
    ) -> TaskAccepted:
        """Generate cover art for Suno music

        Starts a task that creates personalized cover images for the music of a finished Suno
        music task (`task_id`) and answers `202` with its id. The completed task usually holds 2
        cover images in different styles (`covers`); their URLs are kept for 14 days. Poll the
        linked status operation or pass `callback_url`.

        `POST /api/v1/suno/generate_artwork`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoGenerateArtworkStatus:
        """Get a Suno cover art task

        Returns the status of a cover art task; `covers` is empty until the task has completed, then
        holds the cover images (kept for 14 days).

        `GET /api/v1/suno/generate_artwork/{id}`"""

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
    ) -> types.SunoGenerateArtworkCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: covers (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.GenerateArtworkCreateParams],
    ) -> types.SunoGenerateArtworkCompleted:
        """Generate cover art for Suno music, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.GenerateArtworkCreateParams]) -> None:
        """Check a `create` body against every rule of suno.generate_artwork.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoGenerateArtworkStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncGenerateLyrics(
    AsyncTaskResource[types.SunoGenerateLyricsStatus, types.SunoGenerateLyricsCompleted]
):
    """Generate lyrics."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GenerateLyricsCreateParams],
    ) -> TaskAccepted:
        """Create a Suno lyrics generation task

        Writes song lyrics from a theme, style or subject (`prompt`, at most 200 characters) and
        answers `202` with the task id. The result is a `lyrics` list of one or more entries, each
        with a `title` and structured `text` (verse/chorus sections). The callback is sent once,
        when the task completes or fails.

        `POST /api/v1/suno/generate_lyrics`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoGenerateLyricsStatus:
        """Get a Suno lyrics generation task

        Returns the status of a Suno lyrics task; `lyrics` is empty until the task has completed.

        `GET /api/v1/suno/generate_lyrics/{id}`"""

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
    ) -> types.SunoGenerateLyricsCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: lyrics (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.GenerateLyricsCreateParams],
    ) -> types.SunoGenerateLyricsCompleted:
        """Create a Suno lyrics generation task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.GenerateLyricsCreateParams]) -> None:
        """Check a `create` body against every rule of suno.generate_lyrics.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoGenerateLyricsStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncGenerateMidi(
    AsyncTaskResource[types.SunoGenerateMidiStatus, types.SunoGenerateMidiCompleted]
):
    """Generate midi."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GenerateMidiCreateParams],
    ) -> TaskAccepted:
        """Generate MIDI from separated Suno stems

        Starts a task that converts the stems of a completed `split_stem` separation task
        (`suno.separate_audio_stems.create` with `type: split_stem`) into MIDI note data and answers
        `202` with its id. The completed task lists the detected `instruments`, each with its
        `notes` (MIDI pitch 0-127, start and end time in seconds, velocity). Poll the linked status
        operation or pass `callback_url`.

        `POST /api/v1/suno/generate_midi`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoGenerateMidiStatus:
        """Get a Suno MIDI generation task

        Returns the status of a MIDI generation task; `instruments` is empty until the task has
        completed, then lists each detected instrument with its notes.

        `GET /api/v1/suno/generate_midi/{id}`"""

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
    ) -> types.SunoGenerateMidiCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: instruments (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.GenerateMidiCreateParams],
    ) -> types.SunoGenerateMidiCompleted:
        """Generate MIDI from separated Suno stems, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.GenerateMidiCreateParams]) -> None:
        """Check a `create` body against every rule of suno.generate_midi.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoGenerateMidiStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncGenerateVoice(
    AsyncTaskResource[types.SunoGenerateVoiceStatus, types.SunoGenerateVoiceCompleted]
):
    """Generate voice."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GenerateVoiceCreateParams],
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoGenerateVoiceStatus:
        """Get a Suno custom voice task

        Returns the status of a custom voice task; `voice_id` is present once it has completed.

        `GET /api/v1/suno/generate_voice/{id}`"""

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
    ) -> types.SunoGenerateVoiceCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: voice_id (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.GenerateVoiceCreateParams],
    ) -> types.SunoGenerateVoiceCompleted:
        """Create a reusable Suno custom voice, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.GenerateVoiceCreateParams]) -> None:
        """Check a `create` body against every rule of suno.generate_voice.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoGenerateVoiceStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncRegenerateValidationPhrase(
    AsyncTaskResource[
        types.SunoRegenerateValidationPhraseStatus, types.SunoRegenerateValidationPhraseCompleted
    ]
):
    """Regenerate validation phrase."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RegenerateValidationPhraseCreateParams],
    ) -> TaskAccepted:
        """Regenerate a Suno voice validation phrase

        Starts a task that produces a new validation phrase for an earlier validation phrase task
        (from `suno.voice_to_validation_phrase.create` or an earlier regeneration) owned by the
        same account, and answers `202` with its id. Use it when the previous phrase expired, was
        hard to read, or must be replaced before the user records the verification audio. The new
        task id can be passed to `suno.generate_voice.create`. `callback_url` must be an HTTPS URL.

        `POST /api/v1/suno/regenerate_validation_phrase`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoRegenerateValidationPhraseStatus:
        """Get a Suno regenerated validation phrase task

        Returns the status of a validation phrase regeneration task; `validation_phrase` holds the
        new phrase once it has completed.

        `GET /api/v1/suno/regenerate_validation_phrase/{id}`"""

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
    ) -> types.SunoRegenerateValidationPhraseCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: validation_phrase (an answer without them raises
        `IncompleteResultError`)."""

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
        **body: Unpack[params.RegenerateValidationPhraseCreateParams],
    ) -> types.SunoRegenerateValidationPhraseCompleted:
        """Regenerate a Suno voice validation phrase, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RegenerateValidationPhraseCreateParams]) -> None:
        """Check a `create` body against every rule of suno.regenerate_validation_phrase.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoRegenerateValidationPhraseStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncReplaceSection(
    AsyncTaskResource[types.SunoReplaceSectionStatus, types.SunoReplaceSectionCompleted]
):
    """Replace section."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ReplaceSectionCreateParams],
    ) -> TaskAccepted:
        """Create a Suno section replacement task

        Regenerates the time segment from `infill_start_time` to `infill_end_time` (seconds, two
        decimals; at least 10 seconds long) of a generated track (`task_id` + `audio_id`) with new
        `lyrics`, `tags` and `title`, and answers `202` with the task id. `full_lyrics` may carry
        the complete lyrics after the change. The result is a single `track`.

        Rules checked before sending:
        - infill_end_time must be at least 10 seconds after infill_start_time

        `POST /api/v1/suno/replace_section`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoReplaceSectionStatus:
        """Get a Suno section replacement task

        Returns the status of a Suno replace-section task; `track` is present once it has completed.

        `GET /api/v1/suno/replace_section/{id}`"""

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
    ) -> types.SunoReplaceSectionCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: track (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.ReplaceSectionCreateParams],
    ) -> types.SunoReplaceSectionCompleted:
        """Create a Suno section replacement task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ReplaceSectionCreateParams]) -> None:
        """Check a `create` body against every rule of suno.replace_section.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoReplaceSectionStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncSeparateAudioStems(
    AsyncTaskResource[types.SunoSeparateAudioStemsStatus, types.SunoSeparateAudioStemsCompleted]
):
    """Separate audio stems."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.SeparateAudioStemsCreateParams],
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoSeparateAudioStemsStatus:
        """Get a Suno stem separation task

        Returns the status of a stem separation task; `separated_audios` holds the stem URLs once it
        has completed (2 for `separate_vocal`, 12 or more for `split_stem`).

        `GET /api/v1/suno/separate_audio_stems/{id}`"""

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
    ) -> types.SunoSeparateAudioStemsCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: separated_audios (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.SeparateAudioStemsCreateParams],
    ) -> types.SunoSeparateAudioStemsCompleted:
        """Separate a Suno track into stems, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.SeparateAudioStemsCreateParams]) -> None:
        """Check a `create` body against every rule of suno.separate_audio_stems.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoSeparateAudioStemsStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToMusic(AsyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Text to music."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToMusicCreateAutoLyricsParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToMusicCreateExactLyricsParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToMusicCreateInstrumentalParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno music generation task

        Returns the status of a Suno music generation task. `generation_stage` shows how far it got;
        `audios` is present once tracks are ready.

        `GET /api/v1/suno/text_to_music/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
        **body: Unpack[params.TextToMusicCreateAutoLyricsParams],
    ) -> types.SunoMusicCompleted:
        """Create a Suno music generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        **body: Unpack[params.TextToMusicCreateExactLyricsParams],
    ) -> types.SunoMusicCompleted: ...
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
        **body: Unpack[params.TextToMusicCreateInstrumentalParams],
    ) -> types.SunoMusicCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToMusicCreateAutoLyricsParams]) -> None:
        """Check a `create` body against every rule of suno.text_to_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToMusicCreateExactLyricsParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToMusicCreateInstrumentalParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToSound(AsyncTaskResource[types.SunoMusicStatus, types.SunoMusicCompleted]):
    """Text to sound."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToSoundCreateParams],
    ) -> TaskAccepted:
        """Create a Suno sound generation task

        Generates ambient audio, sound effects or loopable tracks from a text `prompt` (at most 500
        characters) and answers `202` with the task id. Models: `suno-v5` and `suno-v5.5`.
        `sound_loop` makes the audio loop, `sound_tempo` sets the BPM (1-300), `sound_key` the
        musical key (any key when omitted), and `grab_lyrics` captures lyric subtitles for later
        retrieval. Callbacks are sent at each generation stage.

        `POST /api/v1/suno/text_to_sound`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoMusicStatus:
        """Get a Suno sound generation task

        Returns the status of a Suno sound generation task; `audios` is present once the sounds are
        ready.

        `GET /api/v1/suno/text_to_sound/{id}`"""

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
    ) -> types.SunoMusicCompleted:
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
    ) -> types.SunoMusicCompleted:
        """Create a Suno sound generation task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToSoundCreateParams]) -> None:
        """Check a `create` body against every rule of suno.text_to_sound.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncVisualizeMusic(
    AsyncTaskResource[types.SunoVisualizeMusicStatus, types.SunoVisualizeMusicCompleted]
):
    """Visualize music."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.VisualizeMusicCreateParams],
    ) -> TaskAccepted:
        """Create a Suno music video

        Starts a task that renders an MP4 video with visualizations for one track (`audio_id`) of
        a finished Suno music task (`task_id`) and answers `202` with its id. Optional `author`
        (artist name) and `domain_name` (watermark) are shown on the video, at most 50 characters
        each. The completed task carries `video_url`. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/suno/visualize_music`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoVisualizeMusicStatus:
        """Get a Suno music video task

        Returns the status of a music video task; `video_url` is present once it has completed.

        `GET /api/v1/suno/visualize_music/{id}`"""

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
    ) -> types.SunoVisualizeMusicCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: video_url (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.VisualizeMusicCreateParams],
    ) -> types.SunoVisualizeMusicCompleted:
        """Create a Suno music video, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.VisualizeMusicCreateParams]) -> None:
        """Check a `create` body against every rule of suno.visualize_music.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoVisualizeMusicStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncVoiceToValidationPhrase(
    AsyncTaskResource[
        types.SunoVoiceToValidationPhraseStatus, types.SunoVoiceToValidationPhraseCompleted
    ]
):
    """Voice to validation phrase."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.VoiceToValidationPhraseCreateParams],
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SunoVoiceToValidationPhraseStatus:
        """Get a Suno voice validation phrase task

        Returns the status of a validation phrase task; `validation_phrase` is present once it has
        completed (`provider_status` is then `wait_validating`).

        `GET /api/v1/suno/voice_to_validation_phrase/{id}`"""

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
    ) -> types.SunoVoiceToValidationPhraseCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: validation_phrase (an answer without them raises
        `IncompleteResultError`)."""

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
        **body: Unpack[params.VoiceToValidationPhraseCreateParams],
    ) -> types.SunoVoiceToValidationPhraseCompleted:
        """Create a Suno voice validation phrase, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.VoiceToValidationPhraseCreateParams]) -> None:
        """Check a `create` body against every rule of suno.voice_to_validation_phrase.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SunoVoiceToValidationPhraseStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncSuno(AsyncAPIResource):
    """Suno music, lyrics, vocals, stems, MIDI, voices and artwork."""

    @cached_property
    def add_instrumental(self) -> AsyncAddInstrumental: ...
    @cached_property
    def add_vocals(self) -> AsyncAddVocals: ...
    @cached_property
    def convert_audio(self) -> AsyncConvertAudio: ...
    @cached_property
    def cover_audio(self) -> AsyncCoverAudio: ...
    @cached_property
    def create_mashup(self) -> AsyncCreateMashup: ...
    @cached_property
    def extend_music(self) -> AsyncExtendMusic: ...
    @cached_property
    def generate_artwork(self) -> AsyncGenerateArtwork: ...
    @cached_property
    def generate_lyrics(self) -> AsyncGenerateLyrics: ...
    @cached_property
    def generate_midi(self) -> AsyncGenerateMidi: ...
    @cached_property
    def generate_voice(self) -> AsyncGenerateVoice: ...
    @cached_property
    def regenerate_validation_phrase(self) -> AsyncRegenerateValidationPhrase: ...
    @cached_property
    def replace_section(self) -> AsyncReplaceSection: ...
    @cached_property
    def separate_audio_stems(self) -> AsyncSeparateAudioStems: ...
    @cached_property
    def text_to_music(self) -> AsyncTextToMusic: ...
    @cached_property
    def text_to_sound(self) -> AsyncTextToSound: ...
    @cached_property
    def visualize_music(self) -> AsyncVisualizeMusic: ...
    @cached_property
    def voice_to_validation_phrase(self) -> AsyncVoiceToValidationPhrase: ...
    async def boost_style(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.BoostStyleParams],
    ) -> types.SunoBoostStyleResponse:
        """Boost a Suno music style description

        Expands concise style keywords or a brief description into a richer music style description
        for more detailed prompts. Synchronous - the enhanced `style` is in the `200` answer.

        `POST /api/v1/suno/boost_style`"""

    async def check_voice(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CheckVoiceParams],
    ) -> types.SunoCheckVoiceResponse:
        """Check that a Suno custom voice is available

        Synchronously checks whether the custom voice of a completed `suno.generate_voice.create`
        task (`task_id`) is available, before its `voice_id` is used as `persona_id` with
        `persona_type: voice`. Answers `200` with `is_available`.

        `POST /api/v1/suno/check_voice`"""

    async def generate_persona(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GeneratePersonaParams],
    ) -> types.SunoGeneratePersonaResponse:
        """Create a Suno persona from a generated track

        Creates a reusable music Persona from one generated track (`task_id` + `audio_id`), with a
        recognizable `name` and a `description` of its musical characteristics. Synchronous - the
        persona is in the `200` answer. Pass its `id` as `persona_id` to music generation,
        extension, cover and mashup requests.

        `POST /api/v1/suno/generate_persona`"""

    async def get_timestamped_lyrics(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.GetTimestampedLyricsParams],
    ) -> types.SunoTimestampedLyrics:
        """Get timestamped lyrics of a Suno track

        Returns word-level timestamped lyrics of one generated track (`task_id` + `audio_id`) for
        synchronized display during playback, plus waveform data. Synchronous - there is no
        processing status.

        `POST /api/v1/suno/get_timestamped_lyrics`"""

    def validate_boost_style(self, **body: Unpack[params.BoostStyleParams]) -> None:
        """Check a `boost_style` body against every rule of suno.boost_style without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_check_voice(self, **body: Unpack[params.CheckVoiceParams]) -> None:
        """Check a `check_voice` body against every rule of suno.check_voice without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_generate_persona(self, **body: Unpack[params.GeneratePersonaParams]) -> None:
        """Check a `generate_persona` body against every rule of suno.generate_persona without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def validate_get_timestamped_lyrics(
        self, **body: Unpack[params.GetTimestampedLyricsParams]
    ) -> None:
        """Check a `get_timestamped_lyrics` body against every rule of suno.get_timestamped_lyrics
        without sending anything; raises `runapi.ValidationError` naming each broken rule."""
