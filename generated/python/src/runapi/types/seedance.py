# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class SeedanceTextToVideoStatus(TaskEnvelope):
    """
    Status payload of a Seedance task (also the callback body).
    """

    videos: list[shared.MediaUrl] | None = None
    """
    Generated videos, present when completed.
    """
    last_frame_image_url: str | None = None
    """
    Last frame of the video, present when the request included a last frame image.
    """


class SeedanceTextToVideoCompleted(SeedanceTextToVideoStatus):
    """
    A completed task: videos always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    videos: list[shared.MediaUrl]
    """
    Generated videos, present when completed.
    """
