# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from runapi._models import BaseModel

from . import shared
from .shared import TaskEnvelope


class SunoBoostStyleResponse(BaseModel):
    """
    The enhanced style description.
    """

    style: str
    """
    Enhanced, more detailed music style description.
    """


class SunoCheckVoiceResponse(BaseModel):
    """
    Availability of a custom voice.
    """

    is_available: bool
    """
    Whether the custom voice can be used as a `voice` persona.
    """


class Lyric(BaseModel):
    title: str | None = None
    """
    Song title.
    """
    text: str | None = None
    """
    Structured lyrics with verse/chorus sections.
    """


class Persona(BaseModel):
    """
    The persona; pass its id as persona_id.
    """

    id: str
    """
    Persona ID.
    """
    name: str | None = None
    """
    Persona name.
    """
    description: str | None = None
    """
    Persona description.
    """


class SunoGeneratePersonaResponse(BaseModel):
    """
    The created persona.
    """

    persona: Persona
    """
    The persona; pass its id as persona_id.
    """


class SunoMusicAudio(BaseModel):
    """
    One generated Suno track. URLs are temporary; download results you want to keep.
    """

    id: str | None = None
    """
    Audio ID (use it as audio_id in follow-up requests).
    """
    audio_url: str | None = None
    """
    Download URL of the audio file.
    """
    stream_audio_url: str | None = None
    """
    Streaming URL of the audio.
    """
    image_url: str | None = None
    """
    Cover image URL.
    """
    lyrics: str | None = None
    """
    Lyrics of the track.
    """
    prompt: str | None = None
    """
    Prompt of the track (sound generation).
    """
    model_name: str | None = None
    """
    Internal Suno model name (e.g. chirp-v3-5).
    """
    title: str | None = None
    """
    Track title.
    """
    tags: list[str] | None = None
    """
    Style tags.
    """
    duration: float | None = None
    """
    Duration in seconds.
    """


class AlignedWord(BaseModel):
    word: str | None = None
    """
    The word (may carry a section tag and line break, e.g. "[Verse]\\nWaggin'").
    """
    success: bool | None = None
    """
    Whether the word was aligned.
    """
    start_time: float | None = None
    """
    Start of the word in seconds.
    """
    end_time: float | None = None
    """
    End of the word in seconds.
    """
    palign: float | None = None
    """
    Alignment indicator reported by Suno.
    """


class SunoTimestampedLyrics(BaseModel):
    """
    Word-level aligned lyrics and waveform of a track; on failure `status` is `failed` and `error` explains why (the lyrics fields are then absent).
    """

    aligned_words: list[AlignedWord] | None = None
    """
    Lyrics words with their timing.
    """
    waveform_data: list[float] | None = None
    """
    Waveform amplitudes for display.
    """
    hoot_cer: float | None = None
    """
    Character error rate of the lyrics alignment.
    """
    is_streamed: bool | None = None
    """
    Whether the track was streamed.
    """
    id: str | None = None
    """
    Task id, present on the failure body.
    """
    status: Literal["failed"] | None = None
    """
    Present only on the failure body.
    """
    error: str | None = None
    """
    Failure reason, present on the failure body.
    """


class SunoToolsMidiNote(BaseModel):
    """
    One MIDI note.
    """

    pitch: int
    """
    MIDI pitch number, 0-127.
    """
    start_time: float
    """
    Note start, in seconds from the beginning of the track.
    """
    end_time: float
    """
    Note end, in seconds from the beginning of the track.
    """
    velocity: float | None = None
    """
    Note velocity.
    """


class SunoToolsSeparatedAudios(BaseModel):
    """
    Stem URLs of a completed separation, present when completed. `separate_vocal` fills
    `vocal_url` and `instrumental_url`; `split_stem` fills one URL per instrument stem
    (`vocal_url` plus the instrument fields).
    """

    instrumental_url: str | None = None
    """
    Accompaniment without vocals (separate_vocal).
    """
    vocal_url: str | None = None
    """
    Vocals (both separation types).
    """
    backing_vocals_url: str | None = None
    """
    Backing vocals stem (split_stem).
    """
    bass_url: str | None = None
    """
    Bass stem (split_stem).
    """
    brass_url: str | None = None
    """
    Brass stem (split_stem).
    """
    drums_url: str | None = None
    """
    Drums stem (split_stem).
    """
    fx_url: str | None = None
    """
    Effects stem (split_stem).
    """
    guitar_url: str | None = None
    """
    Guitar stem (split_stem).
    """
    keyboard_url: str | None = None
    """
    Keyboard stem (split_stem).
    """
    piano_url: str | None = None
    """
    Piano stem (split_stem).
    """
    percussion_url: str | None = None
    """
    Percussion stem (split_stem).
    """
    strings_url: str | None = None
    """
    Strings stem (split_stem).
    """
    synth_url: str | None = None
    """
    Synth stem (split_stem).
    """
    woodwinds_url: str | None = None
    """
    Woodwinds stem (split_stem).
    """


class SunoToolsMidiInstrument(BaseModel):
    """
    One detected instrument and its notes.
    """

    name: str
    """
    Instrument name, for example `Drums` or `Electric Bass (finger)`.
    """
    notes: list[SunoToolsMidiNote]
    """
    Note sequence of the instrument.
    """


class SunoConvertAudioStatus(TaskEnvelope):
    """
    Status payload of a Suno WAV conversion task (also the callback body).
    """

    wav_url: str | None = None
    """
    Download URL of the WAV file, present when completed.
    """


class SunoGenerateArtworkStatus(TaskEnvelope):
    """
    Status payload of a Suno cover art task (also the callback body).
    """

    covers: list[shared.MediaUrl] | None = None
    """
    Generated cover images (usually 2, in different styles; URLs kept for 14 days); empty while processing or after a failure.
    """


class SunoGenerateLyricsStatus(TaskEnvelope):
    """
    Status payload of a Suno lyrics task (also the callback body).
    """

    lyrics: list[Lyric] | None = None
    """
    Generated lyrics; empty until the task has completed.
    """


class SunoGenerateMidiStatus(TaskEnvelope):
    """
    Status payload of a Suno MIDI generation task (also the callback body).
    """

    instruments: list[SunoToolsMidiInstrument] | None = None
    """
    Detected instruments with their note sequences; empty while processing or after a failure.
    """


class SunoGenerateVoiceStatus(TaskEnvelope):
    """
    Status payload of a Suno custom voice task (also the callback body).
    """

    provider_status: str | None = None
    """
    Upstream state of the voice task, for example `success` or `fail`.
    """
    voice_id: str | None = None
    """
    Id of the custom voice, present when completed; use it as `persona_id` with `persona_type` `voice` on Suno v5 music generation.
    """


class SunoMusicStatus(TaskEnvelope):
    """
    Status payload of a Suno music task (text_to_music, extend_music, cover_audio, create_mashup, add_vocals, add_instrumental, text_to_sound); also the body of its staged callbacks.
    """

    generation_stage: (
        Literal["text_generated", "first_audio_ready", "all_audios_ready", "failed"] | None
    ) = None
    """
    Stage reached - text_generated (title, lyrics and tags ready), first_audio_ready (first track finished), all_audios_ready (every track finished) or failed. A callback is sent at each stage.
    """
    audios: list[SunoMusicAudio] | None = None
    """
    Generated tracks; complete when generation_stage is all_audios_ready.
    """


class SunoRegenerateValidationPhraseStatus(TaskEnvelope):
    """
    Status payload of a Suno validation phrase regeneration task (also the callback body).
    """

    provider_status: str | None = None
    """
    Upstream state of the voice task, for example `wait_validating` (phrase ready, waiting for the user's recording) or `processing_validate_fail` (phrase generation failed).
    """
    validation_phrase: str | None = None
    """
    The new phrase the user reads aloud for verification, present when completed.
    """


class SunoReplaceSectionStatus(TaskEnvelope):
    """
    Status payload of a Suno replace-section task (also the callback body).
    """

    track: SunoMusicAudio | None = None


class SunoSeparateAudioStemsStatus(TaskEnvelope):
    """
    Status payload of a Suno stem separation task (also the callback body).
    """

    separated_audios: SunoToolsSeparatedAudios | None = None


class SunoVisualizeMusicStatus(TaskEnvelope):
    """
    Status payload of a Suno music video task (also the callback body).
    """

    video_url: str | None = None
    """
    Download URL of the MP4 video, present when completed.
    """


class SunoVoiceToValidationPhraseStatus(TaskEnvelope):
    """
    Status payload of a Suno voice validation phrase task (also the callback body).
    """

    provider_status: str | None = None
    """
    Upstream state of the voice task, for example `wait_validating` (phrase ready, waiting for the user's recording) or `processing_validate_fail` (phrase generation failed).
    """
    validation_phrase: str | None = None
    """
    Phrase the user reads aloud for verification, present when completed.
    """


class SunoConvertAudioCompleted(SunoConvertAudioStatus):
    """
    A completed task: wav_url always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    wav_url: str
    """
    Download URL of the WAV file, present when completed.
    """


class SunoGenerateArtworkCompleted(SunoGenerateArtworkStatus):
    """
    A completed task: covers always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    covers: list[shared.MediaUrl]
    """
    Generated cover images (usually 2, in different styles; URLs kept for 14 days); empty while processing or after a failure.
    """


class SunoGenerateLyricsCompleted(SunoGenerateLyricsStatus):
    """
    A completed task: lyrics always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    lyrics: list[Lyric]
    """
    Generated lyrics; empty until the task has completed.
    """


class SunoGenerateMidiCompleted(SunoGenerateMidiStatus):
    """
    A completed task: instruments always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    instruments: list[SunoToolsMidiInstrument]
    """
    Detected instruments with their note sequences; empty while processing or after a failure.
    """


class SunoGenerateVoiceCompleted(SunoGenerateVoiceStatus):
    """
    A completed task: voice_id always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    voice_id: str
    """
    Id of the custom voice, present when completed; use it as `persona_id` with `persona_type` `voice` on Suno v5 music generation.
    """


class SunoMusicCompleted(SunoMusicStatus):
    """
    A completed task: audios always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    audios: list[SunoMusicAudio]
    """
    Generated tracks; complete when generation_stage is all_audios_ready.
    """


class SunoRegenerateValidationPhraseCompleted(SunoRegenerateValidationPhraseStatus):
    """
    A completed task: validation_phrase always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    validation_phrase: str
    """
    The new phrase the user reads aloud for verification, present when completed.
    """


class SunoReplaceSectionCompleted(SunoReplaceSectionStatus):
    """
    A completed task: track always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    track: SunoMusicAudio


class SunoSeparateAudioStemsCompleted(SunoSeparateAudioStemsStatus):
    """
    A completed task: separated_audios always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    separated_audios: SunoToolsSeparatedAudios


class SunoVisualizeMusicCompleted(SunoVisualizeMusicStatus):
    """
    A completed task: video_url always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    video_url: str
    """
    Download URL of the MP4 video, present when completed.
    """


class SunoVoiceToValidationPhraseCompleted(SunoVoiceToValidationPhraseStatus):
    """
    A completed task: validation_phrase always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    validation_phrase: str
    """
    Phrase the user reads aloud for verification, present when completed.
    """
