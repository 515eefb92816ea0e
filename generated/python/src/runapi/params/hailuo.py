"""Request bodies of the hailuo operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.hailuo...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "ImageToVideoCreateHailuo02ImageToVideoProParams",
    "ImageToVideoCreateHailuo02ImageToVideoStandardParams",
    "ImageToVideoCreateHailuo23ImageToVideoProParams",
    "ImageToVideoCreateHailuo23ImageToVideoStandardParams",
    "TextToVideoCreateHailuo02TextToVideoProParams",
    "TextToVideoCreateHailuo02TextToVideoStandardParams",
]


class ImageToVideoCreateHailuo02ImageToVideoProParams(TypedDict, total=False):
    """Body of `hailuo.image_to_video.create` (model=hailuo-02-image-to-video-pro)."""

    model: Required[Literal["hailuo-02-image-to-video-pro"]]

    prompt: Required[str]
    """Text prompt, at most 1500 characters on hailuo-02-*."""

    first_frame_image_url: Required[str]
    """Public first-frame image URL."""

    last_frame_image_url: str
    """Last-frame image URL (hailuo-02-* only)."""

    prompt_optimizer: bool
    """Enable Hailuo prompt optimization (hailuo-02-* only)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class ImageToVideoCreateHailuo02ImageToVideoStandardParams(TypedDict, total=False):
    """Body of `hailuo.image_to_video.create` (model=hailuo-02-image-to-video-standard)."""

    model: Required[Literal["hailuo-02-image-to-video-standard"]]

    prompt: Required[str]
    """Text prompt, at most 1500 characters on hailuo-02-*."""

    first_frame_image_url: Required[str]
    """Public first-frame image URL."""

    last_frame_image_url: str
    """Last-frame image URL (hailuo-02-* only)."""

    duration_seconds: Literal[6, 10]
    """Video length in seconds, 6 or 10 (standard and 2.3 models only)."""

    output_resolution: Literal["512p", "768p"]
    """Output resolution, 512p or 768p on hailuo-02-image-to-video-standard."""

    prompt_optimizer: bool
    """Enable Hailuo prompt optimization (hailuo-02-* only)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class ImageToVideoCreateHailuo23ImageToVideoProParams(TypedDict, total=False):
    """Body of `hailuo.image_to_video.create` (model=hailuo-2.3-image-to-video-pro)."""

    model: Required[Literal["hailuo-2.3-image-to-video-pro"]]

    prompt: Required[str]
    """Text prompt, at most 5000 characters on hailuo-2.3-*."""

    first_frame_image_url: Required[str]
    """Public first-frame image URL."""

    duration_seconds: Literal[6, 10]
    """Video length in seconds, 6 or 10 (standard and 2.3 models only)."""

    output_resolution: Literal["768p", "1080p"]
    """Output resolution, 768p or 1080p on hailuo-2.3-* models."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class ImageToVideoCreateHailuo23ImageToVideoStandardParams(TypedDict, total=False):
    """Body of `hailuo.image_to_video.create` (model=hailuo-2.3-image-to-video-standard)."""

    model: Required[Literal["hailuo-2.3-image-to-video-standard"]]

    prompt: Required[str]
    """Text prompt, at most 5000 characters on hailuo-2.3-*."""

    first_frame_image_url: Required[str]
    """Public first-frame image URL."""

    duration_seconds: Literal[6, 10]
    """Video length in seconds, 6 or 10 (standard and 2.3 models only)."""

    output_resolution: Literal["768p", "1080p"]
    """Output resolution, 768p or 1080p on hailuo-2.3-* models."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToVideoCreateHailuo02TextToVideoProParams(TypedDict, total=False):
    """Body of `hailuo.text_to_video.create` (model=hailuo-02-text-to-video-pro)."""

    model: Required[Literal["hailuo-02-text-to-video-pro"]]

    prompt: Required[str]
    """Text prompt, at most 1500 characters on hailuo-02-*."""

    prompt_optimizer: bool
    """Enable Hailuo prompt optimization (hailuo-02-* only)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToVideoCreateHailuo02TextToVideoStandardParams(TypedDict, total=False):
    """Body of `hailuo.text_to_video.create` (model=hailuo-02-text-to-video-standard)."""

    model: Required[Literal["hailuo-02-text-to-video-standard"]]

    prompt: Required[str]
    """Text prompt, at most 1500 characters on hailuo-02-*."""

    duration_seconds: Literal[6, 10]
    """Video length in seconds, 6 or 10 (default 6); hailuo-02-text-to-video-standard only."""

    prompt_optimizer: bool
    """Enable Hailuo prompt optimization (hailuo-02-* only)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
