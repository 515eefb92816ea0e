# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class GrokImagineImageStatus(TaskEnvelope):
    """
    Status payload of a Grok Imagine image task - text-to-image or edit-image (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class GrokImagineVideoStatus(TaskEnvelope):
    """
    Status payload of a Grok Imagine video task - text-to-video, image-to-video, extend or upscale (also the callback body).
    """

    videos: list[shared.MediaUrl] | None = None
    """
    Generated videos, present when completed.
    """


class GrokImagineImageCompleted(GrokImagineImageStatus):
    """
    A completed task: images always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    images: list[shared.MediaUrl]
    """
    Generated images, present when completed.
    """


class GrokImagineVideoCompleted(GrokImagineVideoStatus):
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
