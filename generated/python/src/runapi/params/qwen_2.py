"""Request bodies of the qwen_2 operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.qwen_2...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "EditImageCreateParams",
    "RemixImageCreateParams",
    "TextToImageCreateParams",
]


class EditImageCreateParams(TypedDict, total=False):
    """Body of `qwen_2.edit_image.create`."""

    model: Required[Literal["qwen-2-edit-image"]]
    """Must be qwen-2-edit-image."""

    prompt: Required[str]
    """Edit instruction, up to 800 characters."""

    source_image_url: Required[str]
    """Source image URL; JPEG, PNG or WebP up to 10 MB (type and size are checked by the
    server)."""

    aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
    """Output aspect ratio."""

    output_format: Literal["jpeg", "png"]
    """Output file format (default png)."""

    seed: int
    """Seed for reproducible results."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class RemixImageCreateParams(TypedDict, total=False):
    """Body of `qwen_2.remix_image.create`."""

    model: Required[Literal["qwen-2-remix-image"]]
    """Must be qwen-2-remix-image."""

    prompt: Required[str]
    """Remix prompt, up to 5000 characters."""

    source_image_url: Required[str]
    """Source image URL; JPEG, PNG or WebP up to 10 MB (type and size are checked by the
    server)."""

    strength: float
    """Denoising strength from 0 to 1 (default 0.8)."""

    output_format: Literal["png", "jpeg"]
    """Output file format (default png)."""

    acceleration: Literal["none", "regular", "high"]
    """Acceleration level (default none)."""

    negative_prompt: str
    """Negative prompt, up to 500 characters."""

    seed: int
    """Seed for reproducible results."""

    num_inference_steps: int
    """Number of inference steps from 2 to 250 (default 30)."""

    guidance_scale: float
    """Prompt adherence from 0 to 20 (default 2.5)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToImageCreateParams(TypedDict, total=False):
    """Body of `qwen_2.text_to_image.create`."""

    model: Required[Literal["qwen-2-text-to-image"]]
    """Must be qwen-2-text-to-image."""

    prompt: Required[str]
    """Text prompt, up to 800 characters."""

    aspect_ratio: Literal["1:1", "3:4", "4:3", "9:16", "16:9"]
    """Output aspect ratio (default 16:9)."""

    seed: int
    """Seed for reproducible results."""

    output_format: Literal["png", "jpeg"]
    """Output file format (default png)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
