"""Request bodies of the veo_3_1 operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.veo_3_1...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "ExtendVideoCreateParams",
    "TextToVideoCreateVeo31FastParams",
    "TextToVideoCreateVeo31Params",
    "UpscaleVideoCreateParams",
]


class ExtendVideoCreateParams(TypedDict, total=False):
    """Body of `veo_3_1.extend_video.create`."""

    source_task_id: Required[str]
    """Task id of the original Veo 3.1 video generation."""

    prompt: Required[str]
    """Text description of the extension content."""

    seeds: int
    """Random seed for reproducibility (10000-99999)."""

    watermark: str
    """Optional watermark text to add to the extended video."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToVideoCreateVeo31Params(TypedDict, total=False):
    """Body of `veo_3_1.text_to_video.create` (model=veo-3.1)."""

    prompt: Required[str]
    """Text description of the desired video content (for image to video, how the video should
    animate)."""

    model: Required[Literal["veo-3.1"]]
    """veo-3.1, the Quality model with the highest fidelity."""

    input_mode: Literal["text", "first_and_last_frames"]
    """Input mode - text (default) or first_and_last_frames (image to video). reference requires
    veo-3.1-fast."""

    first_frame_image_url: str
    """First frame image URL (image to video); required when input_mode is
    first_and_last_frames."""

    last_frame_image_url: str
    """Optional last frame image URL (image to video); the video transitions from the first to the
    last frame."""

    aspect_ratio: Literal["16:9", "9:16", "auto"]
    """Video aspect ratio - 16:9, 9:16 or auto (default 16:9)."""

    duration_seconds: Literal[4, 6, 8]
    """Generated video duration - 4, 6 or 8 seconds (default 8)."""

    seeds: int
    """Random seed for reproducibility (10000-99999)."""

    enable_translation: bool
    """Auto-translate the prompt to English (default true)."""

    watermark: str
    """Optional watermark text to add to the video."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToVideoCreateVeo31FastParams(TypedDict, total=False):
    """Body of `veo_3_1.text_to_video.create` (model=veo-3.1-fast)."""

    prompt: Required[str]
    """Text description of the desired video content (for image to video, how the video should
    animate)."""

    model: Required[Literal["veo-3.1-fast"]]
    """veo-3.1-fast, the Fast model; the only model for reference mode."""

    input_mode: Literal["text", "first_and_last_frames", "reference"]
    """Input mode - text (default), first_and_last_frames (image to video) or reference (reference
    images)."""

    first_frame_image_url: str
    """First frame image URL (image to video); required when input_mode is
    first_and_last_frames."""

    last_frame_image_url: str
    """Optional last frame image URL (image to video); the video transitions from the first to the
    last frame."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Array of 1-3 reference image URLs; required when input_mode is reference."""

    aspect_ratio: Literal["16:9", "9:16", "auto"]
    """Video aspect ratio - 16:9, 9:16 or auto (default 16:9); must be 16:9 when input_mode is
    reference."""

    duration_seconds: Literal[4, 6, 8]
    """Generated video duration - 4, 6 or 8 seconds (default 8)."""

    seeds: int
    """Random seed for reproducibility (10000-99999)."""

    enable_translation: bool
    """Auto-translate the prompt to English (default true)."""

    watermark: str
    """Optional watermark text to add to the video."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class UpscaleVideoCreateParams(TypedDict, total=False):
    """Body of `veo_3_1.upscale_video.create`."""

    source_task_id: Required[str]
    """The task id of a completed Veo 3.1 video generation."""

    output_resolution: Required[Literal["1080p", "4k"]]
    """Output resolution - 1080p (high definition) or 4k (ultra high definition)."""

    index: int
    """Index of the video to convert when the source task generated several (default 0)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
