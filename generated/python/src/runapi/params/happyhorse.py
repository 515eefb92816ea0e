"""Request bodies of the happyhorse operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.happyhorse...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "EditVideoCreateParams",
    "ImageToVideoCreateParams",
    "TextToVideoCreateHappyhorseCharacterParams",
    "TextToVideoCreateHappyhorseTextToVideoParams",
]


class EditVideoCreateParams(TypedDict, total=False):
    """Body of `happyhorse.edit_video.create`."""

    model: Required[Literal["happyhorse-edit-video"]]
    """Must be happyhorse-edit-video."""

    prompt: Required[str]
    """Edit instruction, at most 5000 non-Chinese characters or 2500 Chinese characters."""

    source_video_url: Required[str]
    """One public MP4 or MOV source video URL, 3-60 seconds long (the length is checked by the
    server)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """0-5 public reference image URLs."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p (default 1080p)."""

    audio_setting: Literal["auto", "original"]
    """Audio handling, auto or original (default auto)."""

    seed: int
    """Random seed, an integer from 0 to 2147483647."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class ImageToVideoCreateParams(TypedDict, total=False):
    """Body of `happyhorse.image_to_video.create`."""

    model: Required[Literal["happyhorse-image-to-video"]]
    """Must be happyhorse-image-to-video."""

    first_frame_image_url: Required[str]
    """Public first-frame image URL."""

    prompt: str
    """Video prompt, at most 5000 non-Chinese characters or 2500 Chinese characters."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p (default 1080p)."""

    duration_seconds: int
    """Video length in seconds, an integer from 3 to 15 (default 5)."""

    seed: int
    """Random seed, an integer from 0 to 2147483647."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToVideoCreateHappyhorseTextToVideoParams(TypedDict, total=False):
    """Body of `happyhorse.text_to_video.create` (model=happyhorse-text-to-video)."""

    model: Required[Literal["happyhorse-text-to-video"]]

    prompt: Required[str]
    """Video prompt, at most 5000 non-Chinese characters or 2500 Chinese characters."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p (default 1080p)."""

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"]
    """Aspect ratio (default 16:9)."""

    duration_seconds: int
    """Video length in seconds, an integer from 3 to 15 (default 5)."""

    seed: int
    """Random seed, an integer from 0 to 2147483647."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Public reference image URLs; the order maps to character1, character2 and so on."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToVideoCreateHappyhorseCharacterParams(TypedDict, total=False):
    """Body of `happyhorse.text_to_video.create` (model=happyhorse-character)."""

    model: Required[Literal["happyhorse-character"]]

    prompt: Required[str]
    """Video prompt, at most 5000 non-Chinese characters or 2500 Chinese characters."""

    reference_image_urls: Required[list[str] | tuple[str, ...]]
    """1-9 public reference image URLs (required for happyhorse-character); the order maps to
    character1, character2 and so on."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p (default 1080p)."""

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"]
    """Aspect ratio (default 16:9)."""

    duration_seconds: int
    """Video length in seconds, an integer from 3 to 15 (default 5)."""

    seed: int
    """Random seed, an integer from 0 to 2147483647."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
