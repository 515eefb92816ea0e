"""Request bodies of the runway_aleph operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.runway_aleph...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "EditVideoCreateParams",
]


class EditVideoCreateParams(TypedDict, total=False):
    """Body of `runway_aleph.edit_video.create`."""

    prompt: Required[str]
    """Transformation prompt."""

    source_video_url: Required[str]
    """URL of the source video to transform."""

    model: Literal["runway-aleph"]
    """Model id; `runway-aleph` is the only model of this endpoint, so it may be left out."""

    reference_image_url: str
    """Optional style reference image URL."""

    aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1", "21:9"]
    """Output aspect ratio - 16:9, 9:16, 4:3, 3:4, 1:1 or 21:9."""

    seed: int
    """Random seed."""

    watermark: str
    """Watermark text."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
