"""Request bodies of the elevenlabs operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.elevenlabs...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required, TypedDict

__all__ = [
    "ElevenlabsDialogueLineParam",
    "IsolateAudioCreateParams",
    "SpeechToTextCreateParams",
    "TextToDialogueCreateParams",
    "TextToSoundCreateParams",
    "TextToSpeechCreateTextToSpeechMultilingualV2Params",
    "TextToSpeechCreateTextToSpeechTurboV25Params",
]


class IsolateAudioCreateParams(TypedDict, total=False):
    """Body of `elevenlabs.isolate_audio.create`."""

    source_audio_url: Required[str]
    """URL of the source audio."""

    model: Literal["audio-isolation"]
    """Model id."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class SpeechToTextCreateParams(TypedDict, total=False):
    """Body of `elevenlabs.speech_to_text.create`."""

    source_audio_url: Required[str]
    """URL of the source audio."""

    model: Literal["speech-to-text"]
    """Model id."""

    language_code: str
    """Language hint (language code)."""

    tag_audio_events: bool
    """Tag audio events such as applause or laughter."""

    diarize: bool
    """Label the speakers."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToDialogueCreateParams(TypedDict, total=False):
    """Body of `elevenlabs.text_to_dialogue.create`."""

    dialogue: Required[Sequence[ElevenlabsDialogueLineParam]]
    """Dialogue lines in speaking order, each with text and voice; the texts total at most 5000
    characters."""

    model: Literal["text-to-dialogue-v3"]
    """Model id."""

    stability: float
    """Voice stability - 0, 0.5 or 1."""

    language_code: str
    """Language hint (language code)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToSoundCreateParams(TypedDict, total=False):
    """Body of `elevenlabs.text_to_sound.create`."""

    text: Required[str]
    """Sound effect prompt, at most 5000 characters."""

    model: Literal["sound-effect-v2"]
    """Model id."""

    loop: bool
    """Generate a seamlessly looping sound."""

    duration_seconds: float
    """Sound length in seconds, 0.5-22."""

    prompt_influence: float
    """How closely the result follows the prompt, 0-1."""

    output_format: Literal[
        "mp3_22050_32",
        "mp3_44100_32",
        "mp3_44100_64",
        "mp3_44100_96",
        "mp3_44100_128",
        "mp3_44100_192",
        "pcm_8000",
        "pcm_16000",
        "pcm_22050",
        "pcm_24000",
        "pcm_44100",
        "pcm_48000",
        "ulaw_8000",
        "alaw_8000",
        "opus_48000_32",
        "opus_48000_64",
        "opus_48000_96",
        "opus_48000_128",
        "opus_48000_192",
    ]
    """Output codec, sample rate and bitrate, for example mp3_44100_128 (MP3 at 44.1 kHz, 128
    kbps)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToSpeechCreateTextToSpeechTurboV25Params(TypedDict, total=False):
    """Body of `elevenlabs.text_to_speech.create` (model=text-to-speech-turbo-v2.5)."""

    model: Required[Literal["text-to-speech-turbo-v2.5"]]

    text: Required[str]
    """Text to speak, at most 5000 characters."""

    voice: str
    """Voice name or voice ID; optional for turbo, which defaults to EkK5I93UQWFDigLMpZcX."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    stability: float
    """Voice stability, 0-1."""

    similarity_boost: float
    """Similarity boost, 0-1."""

    style: float
    """Style exaggeration, 0-1."""

    speed: float
    """Speaking speed, 0.7-1.2."""

    timestamps: bool
    """Return word timestamps."""

    previous_text: str
    """Context text that comes before this request's text."""

    next_text: str
    """Context text that comes after this request's text."""

    language_code: str
    """Language hint (language code)."""


class TextToSpeechCreateTextToSpeechMultilingualV2Params(TypedDict, total=False):
    """Body of `elevenlabs.text_to_speech.create` (model=text-to-speech-multilingual-v2)."""

    model: Required[Literal["text-to-speech-multilingual-v2"]]

    text: Required[str]
    """Text to speak, at most 5000 characters."""

    voice: Required[str]
    """Voice name or voice ID; required for text-to-speech-multilingual-v2."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    stability: float
    """Voice stability, 0-1."""

    similarity_boost: float
    """Similarity boost, 0-1."""

    style: float
    """Style exaggeration, 0-1."""

    speed: float
    """Speaking speed, 0.7-1.2."""

    timestamps: bool
    """Return word timestamps."""

    previous_text: str
    """Context text that comes before this request's text."""

    next_text: str
    """Context text that comes after this request's text."""

    language_code: str
    """Language hint (language code)."""


class ElevenlabsDialogueLineParam(TypedDict, total=False):
    """An item of ElevenlabsDialogueLineParam."""

    text: Required[str]
    """The words spoken in this line."""

    voice: Required[str]
    """Voice name or voice ID speaking this line (for example Adam or Brian)."""
