"""Request bodies of the gpt_image operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.gpt_image...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "EditImageCreateParams",
    "TextToImageCreateParams",
]


class EditImageCreateParams(TypedDict, total=False):
    """Body of `gpt_image.edit_image.create`."""

    model: Required[Literal["gpt-image-1.5"]]
    """Model id; gpt-image-1.5 is the only GPT Image model."""

    prompt: Required[str]
    """Text description of the desired edit."""

    source_image_urls: Required[list[str] | tuple[str, ...]]
    """Source image URLs to edit, at most 16 images."""

    aspect_ratio: Required[Literal["1:1", "2:3", "3:2"]]
    """Output aspect ratio."""

    quality: Required[Literal["medium", "high"]]
    """Output quality."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateParams(TypedDict, total=False):
    """Body of `gpt_image.text_to_image.create`."""

    model: Required[Literal["gpt-image-1.5"]]
    """Model id; gpt-image-1.5 is the only GPT Image model."""

    prompt: Required[str]
    """Text description of the desired image."""

    aspect_ratio: Required[Literal["1:1", "2:3", "3:2"]]
    """Output aspect ratio."""

    quality: Required[Literal["medium", "high"]]
    """Output quality."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
