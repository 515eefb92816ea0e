"""Request bodies of the flux_kontext operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.flux_kontext...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "TextToImageCreateParams",
]


class TextToImageCreateParams(TypedDict, total=False):
    """Body of `flux_kontext.text_to_image.create`."""

    model: Required[Literal["flux-kontext-pro", "flux-kontext-max"]]
    """flux-kontext-pro (standard quality) or flux-kontext-max (enhanced quality)."""

    prompt: Required[str]
    """Text description of the desired image, or of the edit when source_image_url is given."""

    aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
    """Output aspect ratio (default 1:1)."""

    output_format: Literal["jpeg", "png"]
    """Output file format (default jpeg)."""

    source_image_url: str
    """Source image URL; switches the task to editing mode."""

    enable_translation: bool
    """Automatically translate non-English prompts."""

    enable_prompt_expansion: bool
    """Expand the prompt with more detail."""

    safety_tolerance: int
    """Content safety level, lower is stricter; 0-6 for generation, 0-2 for editing (with
    source_image_url)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    watermark: str
    """Watermark identifier for the generated image."""
