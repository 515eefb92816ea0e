"""Request bodies of the seedance operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.seedance...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "TextToVideoCreateSeedance15ProParams",
    "TextToVideoCreateSeedance20FastParams",
    "TextToVideoCreateSeedance20Params",
    "TextToVideoCreateSeedanceV1LiteParams",
    "TextToVideoCreateSeedanceV1ProFastParams",
    "TextToVideoCreateSeedanceV1ProParams",
]


class TextToVideoCreateSeedance15ProParams(TypedDict, total=False):
    """Body of `seedance.text_to_video.create` (model=seedance-1.5-pro)."""

    model: Required[Literal["seedance-1.5-pro"]]

    prompt: Required[str]
    """Text prompt, 3-2500 characters for seedance-1.5-pro."""

    aspect_ratio: Required[Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9"]]
    """Output aspect ratio, required for seedance-1.5-pro: 1:1, 4:3, 3:4, 16:9, 9:16 or 21:9."""

    duration_seconds: Required[Literal[4, 8, 12]]
    """Video length in seconds; seedance-1.5-pro requires 4, 8 or 12."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    output_resolution: Literal["480p", "720p", "1080p"]
    """Output resolution."""

    generate_audio: bool
    """Whether to generate audio (1.5-pro and 2.x only)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    source_image_urls: list[str] | tuple[str, ...]
    """Up to 2 source images for image-to-video (seedance-1.5-pro only)."""

    lock_camera: bool
    """Lock camera movement."""


class TextToVideoCreateSeedance20Params(TypedDict, total=False):
    """Body of `seedance.text_to_video.create` (model=seedance-2.0)."""

    model: Required[Literal["seedance-2.0"]]

    prompt: Required[str]
    """Text prompt, 3-20000 characters for seedance-2.0 / seedance-2.0-fast."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "auto"]
    """Output aspect ratio (optional for 2.x)."""

    output_resolution: Literal["480p", "720p", "1080p"]
    """Output resolution, 480p, 720p or 1080p."""

    duration_seconds: int
    """Video length in seconds, an integer from 4 to 15 for 2.x."""

    generate_audio: bool
    """Whether to generate audio (1.5-pro and 2.x only)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    first_frame_image_url: str
    """Frame mode - image URL of the first frame."""

    last_frame_image_url: str
    """Frame mode - image URL of the last frame."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference mode - up to 9 reference image URLs."""

    reference_video_urls: list[str] | tuple[str, ...]
    """Reference mode - at most 3 reference videos, 15 seconds in total (the total is checked by
    the server)."""

    reference_audio_urls: list[str] | tuple[str, ...]
    """Reference mode - up to 3 reference audio URLs; needs at least one reference image or
    video."""

    web_search: bool
    """Optional web search toggle (2.x only)."""


class TextToVideoCreateSeedance20FastParams(TypedDict, total=False):
    """Body of `seedance.text_to_video.create` (model=seedance-2.0-fast)."""

    model: Required[Literal["seedance-2.0-fast"]]

    prompt: Required[str]
    """Text prompt, 3-20000 characters for seedance-2.0 / seedance-2.0-fast."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "auto"]
    """Output aspect ratio (optional for 2.x)."""

    output_resolution: Literal["480p", "720p"]
    """Output resolution; seedance-2.0-fast supports 480p and 720p."""

    duration_seconds: int
    """Video length in seconds, an integer from 4 to 15 for 2.x."""

    generate_audio: bool
    """Whether to generate audio (1.5-pro and 2.x only)."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    first_frame_image_url: str
    """Frame mode - image URL of the first frame."""

    last_frame_image_url: str
    """Frame mode - image URL of the last frame."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference mode - up to 9 reference image URLs."""

    reference_video_urls: list[str] | tuple[str, ...]
    """Reference mode - at most 3 reference videos, 15 seconds in total (the total is checked by
    the server)."""

    reference_audio_urls: list[str] | tuple[str, ...]
    """Reference mode - up to 3 reference audio URLs; needs at least one reference image or
    video."""

    web_search: bool
    """Optional web search toggle (2.x only)."""


class TextToVideoCreateSeedanceV1LiteParams(TypedDict, total=False):
    """Body of `seedance.text_to_video.create` (model=seedance-v1-lite)."""

    model: Required[Literal["seedance-v1-lite"]]

    prompt: Required[str]
    """Text prompt, 3-10000 characters for seedance-v1-*."""

    duration_seconds: Required[Literal[5, 10]]
    """Video length in seconds; seedance-v1-* requires 5 or 10."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "9:21"]
    """Output aspect ratio; required for text-to-video, rejected in image-to-video mode (derived
    from the image)."""

    output_resolution: Literal["480p", "720p", "1080p"]
    """Output resolution."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    lock_camera: bool
    """Lock camera movement."""

    seed: int
    """Random seed in [-1, 2147483647]; -1 means random."""

    first_frame_image_url: str
    """First frame image URL; switches to image-to-video mode."""

    last_frame_image_url: str
    """End frame image URL for image-to-video."""


class TextToVideoCreateSeedanceV1ProParams(TypedDict, total=False):
    """Body of `seedance.text_to_video.create` (model=seedance-v1-pro)."""

    model: Required[Literal["seedance-v1-pro"]]

    prompt: Required[str]
    """Text prompt, 3-10000 characters for seedance-v1-*."""

    duration_seconds: Required[Literal[5, 10]]
    """Video length in seconds; seedance-v1-* requires 5 or 10."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9"]
    """Output aspect ratio; required for text-to-video, rejected in image-to-video mode (derived
    from the image)."""

    output_resolution: Literal["480p", "720p", "1080p"]
    """Output resolution."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    lock_camera: bool
    """Lock camera movement."""

    seed: int
    """Random seed in [-1, 2147483647]; -1 means random."""

    first_frame_image_url: str
    """First frame image URL; switches to image-to-video mode."""


class TextToVideoCreateSeedanceV1ProFastParams(TypedDict, total=False):
    """Body of `seedance.text_to_video.create` (model=seedance-v1-pro-fast)."""

    model: Required[Literal["seedance-v1-pro-fast"]]

    prompt: Required[str]
    """Text prompt, 3-10000 characters for seedance-v1-*."""

    duration_seconds: Required[Literal[5, 10]]
    """Video length in seconds; seedance-v1-* requires 5 or 10."""

    first_frame_image_url: Required[str]
    """First frame image URL (required; seedance-v1-pro-fast is image-to-video only)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution; seedance-v1-pro-fast supports 720p and 1080p."""

    enable_safety_checker: bool
    """Content safety check toggle."""
