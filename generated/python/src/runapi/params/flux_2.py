"""Request bodies of the flux_2 operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.flux_2...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "RemixImageCreateParams",
    "TextToImageCreateParams",
]


class RemixImageCreateParams(TypedDict, total=False):
    """Body of `flux_2.remix_image.create`."""

    model: Required[Literal["flux-2-pro-remix-image", "flux-2-flex-remix-image"]]
    """flux-2-pro-remix-image or flux-2-flex-remix-image."""

    prompt: Required[str]
    """Text instructions for the remix, 3-5000 characters."""

    source_image_urls: Required[list[str] | tuple[str, ...]]
    """Source image URLs, 1 to 8 images."""

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"]
    """Output aspect ratio, or auto."""

    output_resolution: Literal["1k", "2k"]
    """Output image resolution."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateParams(TypedDict, total=False):
    """Body of `flux_2.text_to_image.create`."""

    model: Required[Literal["flux-2-pro-text-to-image", "flux-2-flex-text-to-image"]]
    """flux-2-pro-text-to-image or flux-2-flex-text-to-image."""

    prompt: Required[str]
    """Text description of the desired image, 3-5000 characters."""

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"]
    """Output aspect ratio (auto is accepted by remix_image only)."""

    output_resolution: Literal["1k", "2k"]
    """Output image resolution."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
