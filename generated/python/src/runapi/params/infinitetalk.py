"""Request bodies of the infinitetalk operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.infinitetalk...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "AudioToVideoCreateParams",
]


class AudioToVideoCreateParams(TypedDict, total=False):
    """Body of `infinitetalk.audio_to_video.create`."""

    model: Required[Literal["infinitetalk-from-audio"]]
    """Model id; must be infinitetalk-from-audio."""

    source_image_url: Required[str]
    """Source image URL (the face to animate)."""

    source_audio_url: Required[str]
    """Source audio URL that drives the lip sync."""

    prompt: Required[str]
    """Prompt text, at most 5000 characters."""

    output_resolution: Literal["480p", "720p"]
    """Output resolution, 480p or 720p."""

    seed: int
    """Random seed, an integer between 10000 and 1000000."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""
