"""Request bodies of the grok_imagine operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.grok_imagine...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "EditImageCreateParams",
    "ExtendVideoCreateParams",
    "ImageToVideoCreateParams",
    "TextToImageCreateParams",
    "TextToVideoCreateParams",
    "UpscaleImageCreateParams",
]


class EditImageCreateParams(TypedDict, total=False):
    """Body of `grok_imagine.edit_image.create`."""

    model: Required[Literal["grok-imagine-edit-image"]]
    """Model id; must be grok-imagine-edit-image."""

    source_image_url: Required[str]
    """Source image URL."""

    prompt: str
    """Edit prompt."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class ExtendVideoCreateParams(TypedDict, total=False):
    """Body of `grok_imagine.extend_video.create`."""

    source_task_id: Required[str]
    """Task id of a prior Grok Imagine video task (grok-imagine-text-to-video or grok-imagine-
    image-to-video) owned by the same account."""

    prompt: Required[str]
    """Prompt guiding the extension, up to 5000 characters."""

    start_seconds: Required[int]
    """Seconds into the source video where the extension begins (0 or more)."""

    extension_duration_seconds: Required[Literal[6, 10]]
    """Length of the appended segment in seconds, 6 or 10."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class ImageToVideoCreateParams(TypedDict, total=False):
    """Body of `grok_imagine.image_to_video.create`."""

    model: Required[Literal["grok-imagine-image-to-video"]]
    """Model id; must be grok-imagine-image-to-video."""

    source_image_urls: list[str] | tuple[str, ...]
    """Exactly one source image URL. Required unless source_image_url or source_task_id is
    provided."""

    source_image_url: str
    """The source image URL as a single string, in place of source_image_urls."""

    source_task_id: str
    """Task id of a prior grok-imagine-text-to-image task. Required unless a source image is
    provided."""

    index: int
    """With source_task_id, which generated image to animate (0-5)."""

    prompt: str
    """Motion guidance prompt, up to 5000 characters."""

    motion_style: Literal["fun", "normal", "spicy"]
    """Motion style; spicy is not available when source_image_urls is used."""

    duration_seconds: int
    """Video length in seconds, 6 through 30."""

    output_resolution: Literal["480p", "720p"]
    """Output resolution; defaults to 480p."""

    aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"]
    """Output aspect ratio; defaults to 16:9."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateParams(TypedDict, total=False):
    """Body of `grok_imagine.text_to_image.create`."""

    model: Required[Literal["grok-imagine-text-to-image"]]
    """Model id; must be grok-imagine-text-to-image."""

    prompt: Required[str]
    """Text prompt, up to 5000 characters."""

    aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"]
    """Output aspect ratio; defaults to 1:1."""

    enable_pro: bool
    """Enable Pro quality mode."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToVideoCreateParams(TypedDict, total=False):
    """Body of `grok_imagine.text_to_video.create`."""

    model: Required[Literal["grok-imagine-text-to-video"]]
    """Model id; must be grok-imagine-text-to-video."""

    prompt: Required[str]
    """Text prompt, up to 5000 characters."""

    aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"]
    """Output aspect ratio; defaults to 2:3."""

    motion_style: Literal["fun", "normal", "spicy"]
    """Motion style; defaults to normal."""

    duration_seconds: int
    """Video length in seconds, 6 through 30."""

    output_resolution: Literal["480p", "720p"]
    """Output resolution; defaults to 480p."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class UpscaleImageCreateParams(TypedDict, total=False):
    """Body of `grok_imagine.upscale_image.create`."""

    source_task_id: Required[str]
    """Task id of a prior Grok Imagine video task owned by the same account; the video must be
    480p."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
