"""Request bodies of the ideogram_v3 operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.ideogram_v3...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "EditImageCreateIdeogramV3CharacterEditParams",
    "EditImageCreateIdeogramV3EditParams",
    "ReframeImageCreateParams",
    "RemixImageCreateIdeogramV3CharacterRemixParams",
    "RemixImageCreateIdeogramV3RemixParams",
    "TextToImageCreateIdeogramV3CharacterParams",
    "TextToImageCreateIdeogramV3TextToImageParams",
]


class EditImageCreateIdeogramV3EditParams(TypedDict, total=False):
    """Body of `ideogram_v3.edit_image.create` (model=ideogram-v3-edit)."""

    model: Required[Literal["ideogram-v3-edit"]]
    """Plain Ideogram V3 inpainting."""

    prompt: Required[str]
    """Fill text for the masked area, up to 5000 characters."""

    source_image_url: Required[str]
    """URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server)."""

    mask_url: Required[str]
    """URL of the inpaint mask; must match the source image dimensions (checked by the server)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Character reference image URLs (required only for the character models); only the first
    image is used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    rendering_speed: Literal["turbo", "balanced", "quality"]
    """Rendering speed (default balanced)."""

    enable_prompt_expansion: bool
    """Use MagicPrompt to expand the prompt."""

    output_count: Literal[1, 2, 3, 4]
    """Number of images, 1 to 4."""

    seed: int
    """Seed for the random number generator."""


class EditImageCreateIdeogramV3CharacterEditParams(TypedDict, total=False):
    """Body of `ideogram_v3.edit_image.create` (model=ideogram-v3-character-edit)."""

    model: Required[Literal["ideogram-v3-character-edit"]]
    """Character-guided Ideogram V3 inpainting."""

    prompt: Required[str]
    """Fill text for the masked area, up to 5000 characters."""

    source_image_url: Required[str]
    """URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server)."""

    mask_url: Required[str]
    """URL of the inpaint mask; must match the source image dimensions (checked by the server)."""

    reference_image_urls: Required[list[str] | tuple[str, ...]]
    """Character reference image URLs (required for the character models); only the first image is
    used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    rendering_speed: Literal["turbo", "balanced", "quality"]
    """Rendering speed (default balanced)."""

    style: Literal["auto", "realistic", "fiction"]
    """Style preset, ideogram-v3-character-edit only; auto, realistic or fiction."""

    enable_prompt_expansion: bool
    """Use MagicPrompt to expand the prompt."""

    output_count: Literal[1, 2, 3, 4]
    """Number of images, 1 to 4."""

    seed: int
    """Seed for the random number generator."""


class ReframeImageCreateParams(TypedDict, total=False):
    """Body of `ideogram_v3.reframe_image.create`."""

    model: Required[Literal["ideogram-v3-reframe"]]
    """Must be ideogram-v3-reframe."""

    source_image_url: Required[str]
    """URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server)."""

    aspect_ratio: Required[Literal["1:1", "3:4", "9:16", "4:3", "16:9"]]
    """Target aspect ratio (required)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    rendering_speed: Literal["turbo", "balanced", "quality"]
    """Rendering speed (default balanced)."""

    style: Literal["auto", "general", "realistic", "design"]
    """Style preset; auto, general, realistic or design."""

    output_count: Literal[1, 2, 3, 4]
    """Number of images, 1 to 4."""

    seed: int
    """Seed for the random number generator."""


class RemixImageCreateIdeogramV3RemixParams(TypedDict, total=False):
    """Body of `ideogram_v3.remix_image.create` (model=ideogram-v3-remix)."""

    model: Required[Literal["ideogram-v3-remix"]]
    """Plain Ideogram V3 remix."""

    prompt: Required[str]
    """Text prompt, up to 5000 characters."""

    source_image_url: Required[str]
    """URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Character reference image URLs (required only for the character models); only the first
    image is used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    rendering_speed: Literal["turbo", "balanced", "quality"]
    """Rendering speed (default balanced)."""

    style: Literal["auto", "general", "realistic", "design"]
    """Style preset; auto, general, realistic or design."""

    enable_prompt_expansion: bool
    """Use MagicPrompt to expand the prompt."""

    aspect_ratio: Literal["1:1", "3:4", "9:16", "4:3", "16:9"]
    """Output aspect ratio."""

    output_count: Literal[1, 2, 3, 4]
    """Number of images, 1 to 4."""

    seed: int
    """Seed for the random number generator."""

    strength: float
    """Remix strength, 0.01 to 1 for ideogram-v3-remix."""

    negative_prompt: str
    """What to exclude from the image, up to 5000 characters."""


class RemixImageCreateIdeogramV3CharacterRemixParams(TypedDict, total=False):
    """Body of `ideogram_v3.remix_image.create` (model=ideogram-v3-character-remix)."""

    model: Required[Literal["ideogram-v3-character-remix"]]
    """Character-guided Ideogram V3 remix."""

    prompt: Required[str]
    """Text prompt, up to 5000 characters."""

    source_image_url: Required[str]
    """URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server)."""

    reference_image_urls: Required[list[str] | tuple[str, ...]]
    """Character reference image URLs (required for the character models); only the first image is
    used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    rendering_speed: Literal["turbo", "balanced", "quality"]
    """Rendering speed (default balanced)."""

    style: Literal["auto", "realistic", "fiction"]
    """Style preset for character models; auto, realistic or fiction."""

    enable_prompt_expansion: bool
    """Use MagicPrompt to expand the prompt."""

    aspect_ratio: Literal["1:1", "3:4", "9:16", "4:3", "16:9"]
    """Output aspect ratio."""

    output_count: Literal[1, 2, 3, 4]
    """Number of images, 1 to 4."""

    seed: int
    """Seed for the random number generator."""

    strength: float
    """Remix strength, 0.1 to 1 for ideogram-v3-character-remix."""

    negative_prompt: str
    """What to exclude from the image, up to 500 characters for ideogram-v3-character-remix."""

    style_reference_image_urls: list[str] | tuple[str, ...]
    """Style reference image URLs (ideogram-v3-character-remix only)."""

    reference_mask_urls: list[str] | tuple[str, ...]
    """Masks for the character references (ideogram-v3-character-remix only); they apply to
    reference_image_urls, which this model requires."""


class TextToImageCreateIdeogramV3TextToImageParams(TypedDict, total=False):
    """Body of `ideogram_v3.text_to_image.create` (model=ideogram-v3-text-to-image)."""

    model: Required[Literal["ideogram-v3-text-to-image"]]
    """Plain Ideogram V3 text-to-image."""

    prompt: Required[str]
    """Text prompt, up to 5000 characters."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Character reference image URLs (required only for the character models); only the first
    image is used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    rendering_speed: Literal["turbo", "balanced", "quality"]
    """Rendering speed (default balanced)."""

    style: Literal["auto", "general", "realistic", "design"]
    """Style preset; auto, general, realistic or design."""

    enable_prompt_expansion: bool
    """Use MagicPrompt to expand the prompt."""

    aspect_ratio: Literal["1:1", "3:4", "9:16", "4:3", "16:9"]
    """Output aspect ratio."""

    output_count: Literal[1, 2, 3, 4]
    """Number of images, 1 to 4."""

    seed: int
    """Seed for the random number generator."""

    negative_prompt: str
    """What to exclude from the image, up to 5000 characters."""


class TextToImageCreateIdeogramV3CharacterParams(TypedDict, total=False):
    """Body of `ideogram_v3.text_to_image.create` (model=ideogram-v3-character)."""

    model: Required[Literal["ideogram-v3-character"]]
    """Character-guided Ideogram V3 text-to-image."""

    prompt: Required[str]
    """Text prompt, up to 5000 characters."""

    reference_image_urls: Required[list[str] | tuple[str, ...]]
    """Character reference image URLs (required for the character models); only the first image is
    used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    rendering_speed: Literal["turbo", "balanced", "quality"]
    """Rendering speed (default balanced)."""

    style: Literal["auto", "realistic", "fiction"]
    """Style preset for character models; auto, realistic or fiction."""

    enable_prompt_expansion: bool
    """Use MagicPrompt to expand the prompt."""

    aspect_ratio: Literal["1:1", "3:4", "9:16", "4:3", "16:9"]
    """Output aspect ratio."""

    output_count: Literal[1, 2, 3, 4]
    """Number of images, 1 to 4."""

    seed: int
    """Seed for the random number generator."""

    negative_prompt: str
    """What to exclude from the image, up to 5000 characters."""
