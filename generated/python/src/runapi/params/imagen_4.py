"""Request bodies of the imagen_4 operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.imagen_4...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "RemixImageCreateParams",
    "TextToImageCreateImagen4FastParams",
    "TextToImageCreateImagen4Params",
    "TextToImageCreateImagen4UltraParams",
]


class RemixImageCreateParams(TypedDict, total=False):
    """Body of `imagen_4.remix_image.create`."""

    model: Required[Literal["imagen-4-pro-remix-image"]]
    """The Imagen 4 pro remix-image model."""

    prompt: Required[str]
    """Text prompt, up to 10000 characters."""

    source_image_urls: Required[list[str] | tuple[str, ...]]
    """Public source image URLs, 1 to 8 images."""

    aspect_ratio: Literal[
        "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "auto"
    ]
    """Output aspect ratio."""

    output_resolution: Literal["1k", "2k", "4k"]
    """Output resolution."""

    output_format: Literal["png", "jpg"]
    """Output file format."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateImagen4Params(TypedDict, total=False):
    """Body of `imagen_4.text_to_image.create` (model=imagen-4)."""

    model: Required[Literal["imagen-4"]]
    """The standard Imagen 4 model."""

    prompt: Required[str]
    """Text prompt, up to 5000 characters."""

    negative_prompt: str
    """Content to discourage in the image."""

    aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"]
    """Output aspect ratio."""

    seed: int
    """Seed for reproducible images."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateImagen4FastParams(TypedDict, total=False):
    """Body of `imagen_4.text_to_image.create` (model=imagen-4-fast)."""

    model: Required[Literal["imagen-4-fast"]]
    """The fast Imagen 4 model."""

    prompt: Required[str]
    """Text prompt, up to 5000 characters."""

    negative_prompt: str
    """Content to discourage in the image."""

    aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"]
    """Output aspect ratio."""

    output_count: Literal[1, 2, 3, 4]
    """Number of images to generate (imagen-4-fast only)."""

    seed: int
    """Seed for reproducible images."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateImagen4UltraParams(TypedDict, total=False):
    """Body of `imagen_4.text_to_image.create` (model=imagen-4-ultra)."""

    model: Required[Literal["imagen-4-ultra"]]
    """The Imagen 4 Ultra model."""

    prompt: Required[str]
    """Text prompt, up to 5000 characters."""

    negative_prompt: str
    """Content to discourage in the image."""

    aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"]
    """Output aspect ratio."""

    seed: int
    """Seed for reproducible images."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
