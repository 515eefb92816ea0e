"""Request bodies of the z_image operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.z_image...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "TextToImageCreateParams",
]


class TextToImageCreateParams(TypedDict, total=False):
    """Body of `z_image.text_to_image.create`."""

    model: Required[Literal["z-image"]]
    """Must be z-image."""

    prompt: Required[str]
    """Image description, 1 to 1000 characters."""

    aspect_ratio: Required[Literal["1:1", "4:3", "3:4", "16:9", "9:16"]]
    """Output aspect ratio (required)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
