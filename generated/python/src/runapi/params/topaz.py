"""Request bodies of the topaz operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.topaz...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "UpscaleImageCreateParams",
    "UpscaleVideoCreateParams",
]


class UpscaleImageCreateParams(TypedDict, total=False):
    """Body of `topaz.upscale_image.create`."""

    model: Required[Literal["topaz-upscale-image"]]
    """Model; topaz-upscale-image."""

    source_image_url: Required[str]
    """Public input image URL."""

    upscale_factor: Required[Literal[1, 2, 4, 8]]
    """Upscale factor - 1, 2, 4 or 8 (required for images)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class UpscaleVideoCreateParams(TypedDict, total=False):
    """Body of `topaz.upscale_video.create`."""

    model: Required[Literal["topaz-upscale-video"]]
    """Model; topaz-upscale-video."""

    source_video_url: Required[str]
    """Public input video URL."""

    upscale_factor: Literal[1, 2, 4]
    """Upscale factor - 1, 2 or 4; when omitted the service default (2) applies."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
