"""Request bodies of the gemini_omni operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.gemini_omni...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required, TypedDict

__all__ = [
    "CreateAudioParams",
    "CreateCharacterParams",
    "GeminiOmniVideoClipParam",
    "TextToVideoCreateParams",
]


class CreateAudioParams(TypedDict, total=False):
    """Body of `gemini_omni.create_audio`."""

    audio_id: Required[str]
    """Preset voice ID, such as achernar, achird, charon, puck or zephyr."""

    name: Required[str]
    """Voice name, at most 210 characters."""

    model: Literal["gemini-omni-audio"]
    """Model id; `gemini-omni-audio` is the only model of this endpoint, so it may be left out."""

    voice_description: str
    """Timbre, style, pace and emotion of the voice, at most 20000 characters."""

    example_dialogue: str
    """Example line spoken by the voice, at most 120 characters."""


class CreateCharacterParams(TypedDict, total=False):
    """Body of `gemini_omni.create_character`."""

    descriptions: Required[str]
    """Character appearance, identity, style, clothing or personality, at most 20000 characters."""

    reference_image_url: Required[str]
    """Character reference image URL; the image must be no larger than 20 MB."""

    model: Literal["gemini-omni-character"]
    """Model id; `gemini-omni-character` is the only model of this endpoint, so it may be left
    out."""

    audio_ids: list[str] | tuple[str, ...]
    """Audio IDs returned by create_audio, used as voice or persona guidance."""

    character_name: str
    """Character name, at most 210 characters."""


class TextToVideoCreateParams(TypedDict, total=False):
    """Body of `gemini_omni.text_to_video.create`."""

    prompt: Required[str]
    """Video prompt, at most 20000 characters."""

    duration_seconds: Required[Literal[4, 6, 8, 10]]
    """Video length in seconds - 4, 6, 8 or 10; required, but ignored when video_list is
    provided."""

    model: Literal["gemini-omni-text-to-video"]
    """Model id; `gemini-omni-text-to-video` is the default and the only model of this endpoint."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference image URLs, at most 7 images of at most 20 MB each; each counts 1 reference
    unit."""

    audio_ids: list[str] | tuple[str, ...]
    """Audio IDs returned by create_audio, at most 3."""

    character_ids: list[str] | tuple[str, ...]
    """Character IDs returned by create_character, at most 3; each counts 1 reference unit."""

    video_list: Sequence[GeminiOmniVideoClipParam]
    """Source video clips, at most 1 clip; each clip counts 2 reference units."""

    aspect_ratio: Literal["16:9", "9:16"]
    """Output aspect ratio."""

    output_resolution: Literal["720p", "1080p", "4k"]
    """Output resolution; defaults to 720p."""

    seed: int
    """Random seed, an integer from 0 to 2147483647."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class GeminiOmniVideoClipParam(TypedDict, total=False):
    """An item of GeminiOmniVideoClipParam."""

    url: Required[str]
    """Video URL."""

    start: Required[float]
    """Clip start, in seconds."""

    ends: Required[float]
    """Clip end, in seconds; must be greater than start and at most 10 seconds after it."""
