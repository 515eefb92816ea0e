"""Request bodies of the gpt_image_2 operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.gpt_image_2...create(**body)`); type
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
    """Body of `gpt_image_2.edit_image.create`."""

    model: Required[Literal["gpt-image-2"]]
    """Model id; must be gpt-image-2."""

    prompt: Required[str]
    """Text prompt, at most 20,000 characters."""

    source_image_urls: Required[list[str] | tuple[str, ...]]
    """Source image URLs, at most 16 images."""

    aspect_ratio: Literal["auto", "1:1", "9:16", "16:9", "4:3", "3:4"]
    """Output aspect ratio. When it is auto or omitted, only 1k output is available."""

    output_resolution: Literal["1k", "2k", "4k"]
    """Output resolution. 4k is not available for 1:1; auto or unset aspect_ratio supports only
    1k."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateParams(TypedDict, total=False):
    """Body of `gpt_image_2.text_to_image.create`."""

    model: Required[Literal["gpt-image-2"]]
    """Model id; must be gpt-image-2."""

    prompt: Required[str]
    """Text prompt, at most 20,000 characters."""

    aspect_ratio: Literal["auto", "1:1", "9:16", "16:9", "4:3", "3:4"]
    """Output aspect ratio. When it is auto or omitted, only 1k output is available."""

    output_resolution: Literal["1k", "2k", "4k"]
    """Output resolution. 4k is not available for 1:1; auto or unset aspect_ratio supports only
    1k."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
