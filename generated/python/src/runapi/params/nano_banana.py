"""Request bodies of the nano_banana operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.nano_banana...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "EditImageCreateParams",
    "TextToImageCreateNanoBanana2Params",
    "TextToImageCreateNanoBananaParams",
    "TextToImageCreateNanoBananaProParams",
]


class EditImageCreateParams(TypedDict, total=False):
    """Body of `nano_banana.edit_image.create`."""

    model: Required[Literal["nano-banana-edit"]]
    """The Nano Banana edit model, the only model named for this endpoint."""

    source_image_urls: Required[list[str] | tuple[str, ...]]
    """URLs of the images to edit."""

    prompt: str
    """What to change in the source images."""

    aspect_ratio: Literal[
        "1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"
    ]
    """Output aspect ratio, one of 11 presets."""

    output_format: Literal["png", "jpeg"]
    """Output file format, png or jpeg."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateNanoBananaParams(TypedDict, total=False):
    """Body of `nano_banana.text_to_image.create` (model=nano-banana)."""

    model: Required[Literal["nano-banana"]]
    """The base Nano Banana model."""

    prompt: Required[str]
    """Text description of the desired image, at most 5000 characters for nano-banana and nano-
    banana-pro."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    output_format: Literal["png", "jpg"]
    """Output file format (default png)."""

    aspect_ratio: Literal[
        "1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"
    ]
    """Output aspect ratio, one of 11 presets (default 1:1)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference image URLs, at most 8 images of up to 30 MB each (the size is checked by the
    server). An empty list means no references."""


class TextToImageCreateNanoBananaProParams(TypedDict, total=False):
    """Body of `nano_banana.text_to_image.create` (model=nano-banana-pro)."""

    model: Required[Literal["nano-banana-pro"]]
    """The Pro Nano Banana model."""

    prompt: Required[str]
    """Text description of the desired image, at most 5000 characters for nano-banana and nano-
    banana-pro."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    aspect_ratio: Literal[
        "1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"
    ]
    """Output aspect ratio, one of 11 presets (default 1:1)."""

    output_resolution: Literal["1k", "2k", "4k"]
    """Output resolution (default 1k); nano-banana-pro and nano-banana-2 only."""

    output_format: Literal["png", "jpg"]
    """Output file format (default png)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference image URLs, at most 8 images of up to 30 MB each (the size is checked by the
    server). An empty list means no references."""


class TextToImageCreateNanoBanana2Params(TypedDict, total=False):
    """Body of `nano_banana.text_to_image.create` (model=nano-banana-2)."""

    model: Required[Literal["nano-banana-2"]]
    """The Nano Banana V2 model."""

    prompt: Required[str]
    """Text description of the desired image, at most 20000 characters for nano-banana-2."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    aspect_ratio: Literal[
        "1:1",
        "1:4",
        "1:8",
        "2:3",
        "3:2",
        "3:4",
        "4:1",
        "4:3",
        "4:5",
        "5:4",
        "8:1",
        "9:16",
        "16:9",
        "21:9",
        "auto",
    ]
    """Output aspect ratio, one of 15 presets (default auto)."""

    output_resolution: Literal["1k", "2k", "4k"]
    """Output resolution (default 1k); nano-banana-pro and nano-banana-2 only."""

    output_format: Literal["png", "jpg"]
    """Output file format (default jpg for nano-banana-2)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference image URLs, at most 14 images (JPEG, PNG or WebP, up to 30 MB each; type and size
    are checked by the server). An empty list means no references."""
