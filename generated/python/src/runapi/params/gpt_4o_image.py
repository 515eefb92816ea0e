"""Request bodies of the gpt_4o_image operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.gpt_4o_image...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "TextToImageCreateParams",
]


class TextToImageCreateParams(TypedDict, total=False):
    """Body of `gpt_4o_image.text_to_image.create`."""

    model: Required[Literal["gpt-4o-image"]]
    """Model id; must be gpt-4o-image."""

    aspect_ratio: Required[Literal["1:1", "3:2", "2:3"]]
    """Output aspect ratio."""

    prompt: str
    """Text prompt; required when source_image_urls is blank (omitted or empty)."""

    source_image_urls: list[str] | tuple[str, ...]
    """Up to 5 source image URLs for image-guided generation."""

    mask_url: str
    """Mask image URL for selective changes."""

    output_count: Literal[1, 2, 4]
    """Number of generated images - 1, 2 or 4."""

    enable_prompt_expansion: bool
    """Prompt expansion toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
