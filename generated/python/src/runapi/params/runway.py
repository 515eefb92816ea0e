"""Request bodies of the runway operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.runway...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "ExtendVideoCreateParams",
    "TextToVideoCreateParams",
]


class ExtendVideoCreateParams(TypedDict, total=False):
    """Body of `runway.extend_video.create`."""

    source_task_id: Required[str]
    """Id of the Runway task whose video is continued."""

    prompt: Required[str]
    """How to continue the video."""

    output_resolution: Required[Literal["720p", "1080p"]]
    """Output resolution, 720p or 1080p."""

    model: Literal["runway"]
    """Model id; `runway` is the only model of this endpoint, so it may be left out."""

    watermark: str
    """Watermark text."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToVideoCreateParams(TypedDict, total=False):
    """Body of `runway.text_to_video.create`."""

    prompt: Required[str]
    """Video prompt."""

    duration_seconds: Required[Literal[5, 10]]
    """Video length in seconds, 5 or 10."""

    output_resolution: Required[Literal["720p", "1080p"]]
    """Output resolution, 720p or 1080p."""

    model: Literal["runway"]
    """Model id; `runway` is the only model of this endpoint, so it may be left out."""

    first_frame_image_url: str
    """First frame image for image-to-video."""

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"]
    """Output aspect ratio: 16:9, 9:16, 1:1, 4:3 or 3:4. Required for text-to-video; not accepted
    together with first_frame_image_url."""

    watermark: str
    """Watermark text."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
