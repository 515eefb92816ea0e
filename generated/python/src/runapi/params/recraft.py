"""Request bodies of the recraft operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.recraft...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "RemoveBackgroundCreateParams",
    "UpscaleImageCreateParams",
]


class RemoveBackgroundCreateParams(TypedDict, total=False):
    """Body of `recraft.remove_background.create`."""

    model: Required[Literal["recraft-remove-background"]]
    """Must be recraft-remove-background."""

    source_image_url: Required[str]
    """URL of the image to process."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class UpscaleImageCreateParams(TypedDict, total=False):
    """Body of `recraft.upscale_image.create`."""

    model: Required[Literal["recraft-crisp-upscale"]]
    """Must be recraft-crisp-upscale."""

    source_image_url: Required[str]
    """URL of the image to process."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
