"""Request bodies of the kling operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.kling...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required, TypedDict

__all__ = [
    "AiAvatarCreateParams",
    "ImageToVideoCreateKlingV21MasterImageToVideoParams",
    "ImageToVideoCreateKlingV21ProParams",
    "ImageToVideoCreateKlingV21StandardParams",
    "ImageToVideoCreateKlingV25TurboImageToVideoProParams",
    "KlingElementParam",
    "KlingMultiPromptShotParam",
    "MotionControlCreateParams",
    "TextToVideoCreateKling30FalseParams",
    "TextToVideoCreateKling30TrueParams",
    "TextToVideoCreateKlingV21MasterTextToVideoParams",
    "TextToVideoCreateKlingV25TurboTextToVideoProParams",
]


class AiAvatarCreateParams(TypedDict, total=False):
    """Body of `kling.ai_avatar.create`."""

    model: Required[
        Literal[
            "kling-ai-avatar-pro",
            "kling-ai-avatar-standard",
            "kling-ai-avatar-v1-pro",
            "kling-v1-avatar-standard",
        ]
    ]
    """Avatar model."""

    source_image_url: Required[str]
    """Portrait image URL, JPEG or PNG, at most 10 MB."""

    source_audio_url: Required[str]
    """Audio file URL, MP3, WAV, AAC, MP4 or OGG, at most 10 MB."""

    prompt: Required[str]
    """Text prompt guiding the avatar animation; required but may be empty; at most 5000
    characters."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class ImageToVideoCreateKlingV21ProParams(TypedDict, total=False):
    """Body of `kling.image_to_video.create` (model=kling-v2.1-pro)."""

    model: Required[Literal["kling-v2.1-pro"]]

    prompt: Required[str]
    """Text description of the desired video, at most 5000 characters for V2.1 models."""

    first_frame_image_url: Required[str]
    """Source image URL to animate (required)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    last_frame_image_url: str
    """Final-frame image URL (kling-v2.1-pro and kling-v2.5-turbo-image-to-video-pro only)."""

    duration_seconds: Literal[5, 10]
    """Video duration in seconds, 5 or 10 (default 5)."""

    aspect_ratio: Literal["16:9", "9:16", "1:1"]
    """Output aspect ratio."""

    negative_prompt: str
    """What to avoid in the generated video, at most 500 characters."""

    cfg_scale: float
    """Creativity vs prompt adherence, 0 to 1."""


class ImageToVideoCreateKlingV21StandardParams(TypedDict, total=False):
    """Body of `kling.image_to_video.create` (model=kling-v2.1-standard)."""

    model: Required[Literal["kling-v2.1-standard"]]

    prompt: Required[str]
    """Text description of the desired video, at most 5000 characters for V2.1 models."""

    first_frame_image_url: Required[str]
    """Source image URL to animate (required)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: Literal[5, 10]
    """Video duration in seconds, 5 or 10 (default 5)."""

    aspect_ratio: Literal["16:9", "9:16", "1:1"]
    """Output aspect ratio."""

    negative_prompt: str
    """What to avoid in the generated video, at most 500 characters."""

    cfg_scale: float
    """Creativity vs prompt adherence, 0 to 1."""


class ImageToVideoCreateKlingV21MasterImageToVideoParams(TypedDict, total=False):
    """Body of `kling.image_to_video.create` (model=kling-v2.1-master-image-to-video)."""

    model: Required[Literal["kling-v2.1-master-image-to-video"]]

    prompt: Required[str]
    """Text description of the desired video, at most 5000 characters for V2.1 models."""

    first_frame_image_url: Required[str]
    """Source image URL to animate (required)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: Literal[5, 10]
    """Video duration in seconds, 5 or 10 (default 5)."""

    aspect_ratio: Literal["16:9", "9:16", "1:1"]
    """Output aspect ratio."""

    negative_prompt: str
    """What to avoid in the generated video, at most 500 characters."""

    cfg_scale: float
    """Creativity vs prompt adherence, 0 to 1."""


class ImageToVideoCreateKlingV25TurboImageToVideoProParams(TypedDict, total=False):
    """Body of `kling.image_to_video.create` (model=kling-v2.5-turbo-image-to-video-pro)."""

    model: Required[Literal["kling-v2.5-turbo-image-to-video-pro"]]

    prompt: Required[str]
    """Text description of the desired video, at most 2500 characters for V2.5 Turbo."""

    first_frame_image_url: Required[str]
    """Source image URL to animate (required)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    last_frame_image_url: str
    """Final-frame image URL (kling-v2.1-pro and kling-v2.5-turbo-image-to-video-pro only)."""

    duration_seconds: Literal[5, 10]
    """Video duration in seconds, 5 or 10 (default 5)."""

    aspect_ratio: Literal["16:9", "9:16", "1:1"]
    """Output aspect ratio."""

    negative_prompt: str
    """What to avoid in the generated video, at most 500 characters."""

    cfg_scale: float
    """Creativity vs prompt adherence, 0 to 1."""


class MotionControlCreateParams(TypedDict, total=False):
    """Body of `kling.motion_control.create`."""

    model: Required[Literal["kling-3.0"]]
    """Must be kling-3.0."""

    reference_video_url: Required[str]
    """Reference motion video URL."""

    source_first_frame_image_url: str
    """Subject image URL; required unless it is given as source_image_url."""

    source_image_url: str
    """Subject image URL under its other field name, in place of source_first_frame_image_url."""

    prompt: str
    """Text prompt guiding the generation, at most 2500 characters."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution."""

    character_orientation: Literal["video", "image"]
    """Which source determines the character's orientation."""

    background_source: Literal["video", "image"]
    """Which source provides the background."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToVideoCreateKling30FalseParams(TypedDict, total=False):
    """Body of `kling.text_to_video.create` (model=kling-3.0, multi_shots=False)."""

    model: Required[Literal["kling-3.0"]]

    prompt: Required[str]
    """Text description of the desired video; required in single-shot mode. Elements are referenced
    as `@name`."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    enable_sound: bool
    """Whether to generate sound; must be true when `multi_shots` is true."""

    duration_seconds: int
    """Total video duration in seconds, 3 through 15."""

    aspect_ratio: Literal["16:9", "9:16", "1:1"]
    """Output aspect ratio; required unless `first_frame_image_url` is given (then it auto-adapts
    to the image)."""

    output_resolution: Literal["720p", "1080p", "4k"]
    """Output resolution."""

    negative_prompt: str
    """What to avoid in the generated video."""

    cfg_scale: float
    """Creativity vs prompt adherence, 0 to 1."""

    multi_shots: Literal[False]
    """Absent or false in single-shot mode."""

    multi_prompt: Sequence[KlingMultiPromptShotParam]
    """Shots of multi-shot mode; also accepted in single-shot mode, where `prompt` is still
    required."""

    first_frame_image_url: str
    """First-frame image URL; makes the task image-to-video."""

    last_frame_image_url: str
    """Last-frame image URL, single-shot mode only."""

    kling_elements: Sequence[KlingElementParam]
    """Element references - reusable subjects or styles, mentioned in `prompt` or
    `multi_prompt[i].prompt` as `@name`."""


class TextToVideoCreateKling30TrueParams(TypedDict, total=False):
    """Body of `kling.text_to_video.create` (model=kling-3.0, multi_shots=True)."""

    model: Required[Literal["kling-3.0"]]

    enable_sound: Required[Literal[True]]
    """Must be true when `multi_shots` is true."""

    multi_shots: Required[Literal[True]]
    """True selects multi-shot mode."""

    multi_prompt: Required[Sequence[KlingMultiPromptShotParam]]
    """Ordered shots of multi-shot mode (required there), one `{prompt, duration_seconds}` item per
    shot."""

    prompt: str
    """Optional overall prompt in multi-shot mode (each shot has its own prompt)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: int
    """Total video duration in seconds, 3 through 15."""

    aspect_ratio: Literal["16:9", "9:16", "1:1"]
    """Output aspect ratio; required unless `first_frame_image_url` is given (then it auto-adapts
    to the image)."""

    output_resolution: Literal["720p", "1080p", "4k"]
    """Output resolution."""

    negative_prompt: str
    """What to avoid in the generated video."""

    cfg_scale: float
    """Creativity vs prompt adherence, 0 to 1."""

    first_frame_image_url: str
    """First-frame image URL; makes the task image-to-video."""

    kling_elements: Sequence[KlingElementParam]
    """Element references - reusable subjects or styles, mentioned in `prompt` or
    `multi_prompt[i].prompt` as `@name`."""


class TextToVideoCreateKlingV21MasterTextToVideoParams(TypedDict, total=False):
    """Body of `kling.text_to_video.create` (model=kling-v2.1-master-text-to-video)."""

    model: Required[Literal["kling-v2.1-master-text-to-video"]]

    prompt: Required[str]
    """Text description of the desired video, at most 5000 characters for V2.1 models."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: Literal[5, 10]
    """Video duration in seconds, 5 or 10 (default 5)."""

    aspect_ratio: Literal["16:9", "9:16", "1:1"]
    """Output aspect ratio."""

    negative_prompt: str
    """What to avoid in the generated video, at most 500 characters."""

    cfg_scale: float
    """Creativity vs prompt adherence, 0 to 1."""

    enable_sound: bool
    """Whether to generate sound."""


class TextToVideoCreateKlingV25TurboTextToVideoProParams(TypedDict, total=False):
    """Body of `kling.text_to_video.create` (model=kling-v2.5-turbo-text-to-video-pro)."""

    model: Required[Literal["kling-v2.5-turbo-text-to-video-pro"]]

    prompt: Required[str]
    """Text description of the desired video, at most 2500 characters for V2.5 Turbo."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: Literal[5, 10]
    """Video duration in seconds, 5 or 10 (default 5)."""

    aspect_ratio: Literal["16:9", "9:16", "1:1"]
    """Output aspect ratio."""

    negative_prompt: str
    """What to avoid in the generated video, at most 2500 characters for V2.5 Turbo
    text-to-video."""

    cfg_scale: float
    """Creativity vs prompt adherence, 0 to 1."""

    enable_sound: bool
    """Whether to generate sound."""


class KlingMultiPromptShotParam(TypedDict, total=False):
    """An item of KlingMultiPromptShotParam."""

    prompt: Required[str]
    """Text prompt for this shot, at most 500 characters."""

    duration_seconds: Required[int]
    """Duration of this shot in seconds, an integer from 1 to 12."""


class KlingElementParam(TypedDict, total=False):
    """An item of KlingElementParam."""

    name: Required[str]
    """Element name, referenced in prompts as `@name`."""

    description: Required[str]
    """Human-readable description of the element."""

    element_input_urls: list[str] | tuple[str, ...]
    """2 to 4 JPG or PNG image URLs, at least 300x300 pixels and at most 10 MB each."""

    element_input_video_urls: list[str] | tuple[str, ...]
    """1 MP4 or MOV video URL, at most 50 MB."""
