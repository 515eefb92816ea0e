"""Request bodies of the luma operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.luma...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "ModifyVideoCreateParams",
]


class ModifyVideoCreateParams(TypedDict, total=False):
    """Body of `luma.modify_video.create`."""

    prompt: Required[str]
    """English prompt describing how to transform the source video."""

    source_video_url: Required[str]
    """Publicly accessible source video URL; MP4, MOV and AVI are supported."""

    model: Literal["luma-modify-video"]
    """Model id; `luma-modify-video` is the only model of this endpoint, so it may be left out."""

    callback_url: str
    """HTTPS webhook URL that receives a signed POST with the final status payload when the task
    finishes."""

    watermark: str
    """Watermark identifier added to the generated video."""
