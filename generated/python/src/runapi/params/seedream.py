"""Request bodies of the seedream operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.seedream...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "EditImageCreateSeedream5LiteEditParams",
    "EditImageCreateSeedream45EditParams",
    "EditImageCreateSeedreamV4EditParams",
    "TextToImageCreateSeedream5LiteTextToImageParams",
    "TextToImageCreateSeedream45TextToImageParams",
    "TextToImageCreateSeedreamV4TextToImageParams",
]


class EditImageCreateSeedream45EditParams(TypedDict, total=False):
    """Body of `seedream.edit_image.create` (model=seedream-4.5-edit)."""

    model: Required[Literal["seedream-4.5-edit"]]

    prompt: Required[str]
    """Text prompt; 4.5 models accept 1-3000 characters."""

    source_image_urls: Required[list[str] | tuple[str, ...]]
    """Source image URLs to edit, 1 to 14 images."""

    aspect_ratio: Required[Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]]
    """Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4."""

    output_quality: Required[Literal["basic", "high"]]
    """Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4."""

    enable_safety_checker: bool
    """Optional content safety check toggle (default false)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class EditImageCreateSeedream5LiteEditParams(TypedDict, total=False):
    """Body of `seedream.edit_image.create` (model=seedream-5-lite-edit)."""

    model: Required[Literal["seedream-5-lite-edit"]]

    prompt: Required[str]
    """Text prompt; 5-Lite models accept 3-3000 characters."""

    source_image_urls: Required[list[str] | tuple[str, ...]]
    """Source image URLs to edit, 1 to 14 images."""

    aspect_ratio: Required[Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]]
    """Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4."""

    output_quality: Required[Literal["basic", "high"]]
    """Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4."""

    output_format: Literal["png", "jpeg"]
    """Output image format, png or jpeg (5-Lite models only); default png."""

    enable_safety_checker: bool
    """Optional content safety check toggle (default false)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class EditImageCreateSeedreamV4EditParams(TypedDict, total=False):
    """Body of `seedream.edit_image.create` (model=seedream-v4-edit)."""

    model: Required[Literal["seedream-v4-edit"]]

    prompt: Required[str]
    """Text prompt; v4 models accept 1-5000 characters."""

    source_image_urls: Required[list[str] | tuple[str, ...]]
    """Source image URLs to edit; v4 edit accepts 1 to 10."""

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
    """Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4."""

    output_quality: Literal["basic", "high"]
    """Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4."""

    output_resolution: Literal["1k", "2k", "4k"]
    """Output resolution (v4 only) - 1k, 2k or 4k; default 1k."""

    output_count: int
    """Number of images (v4 only), 1-6; default 1."""

    seed: int
    """Random seed for reproducible output (v4 only)."""

    enable_safety_checker: bool
    """Optional content safety check toggle (default false)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateSeedream45TextToImageParams(TypedDict, total=False):
    """Body of `seedream.text_to_image.create` (model=seedream-4.5-text-to-image)."""

    model: Required[Literal["seedream-4.5-text-to-image"]]

    prompt: Required[str]
    """Text prompt; 4.5 models accept 1-3000 characters."""

    aspect_ratio: Required[Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]]
    """Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4."""

    output_quality: Required[Literal["basic", "high"]]
    """Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4."""

    enable_safety_checker: bool
    """Optional content safety check toggle (default false)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateSeedream5LiteTextToImageParams(TypedDict, total=False):
    """Body of `seedream.text_to_image.create` (model=seedream-5-lite-text-to-image)."""

    model: Required[Literal["seedream-5-lite-text-to-image"]]

    prompt: Required[str]
    """Text prompt; 5-Lite models accept 3-3000 characters."""

    aspect_ratio: Required[Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]]
    """Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4."""

    output_quality: Required[Literal["basic", "high"]]
    """Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4."""

    output_format: Literal["png", "jpeg"]
    """Output image format, png or jpeg (5-Lite models only); default png."""

    enable_safety_checker: bool
    """Optional content safety check toggle (default false)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateSeedreamV4TextToImageParams(TypedDict, total=False):
    """Body of `seedream.text_to_image.create` (model=seedream-v4-text-to-image)."""

    model: Required[Literal["seedream-v4-text-to-image"]]

    prompt: Required[str]
    """Text prompt; v4 models accept 1-5000 characters."""

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
    """Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4."""

    output_quality: Literal["basic", "high"]
    """Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4."""

    output_resolution: Literal["1k", "2k", "4k"]
    """Output resolution (v4 only) - 1k, 2k or 4k; default 1k."""

    output_count: int
    """Number of images (v4 only), 1-6; default 1."""

    seed: int
    """Random seed for reproducible output (v4 only)."""

    enable_safety_checker: bool
    """Optional content safety check toggle (default false)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
