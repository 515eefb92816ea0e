# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class TopazUpscaleImageStatus(TaskEnvelope):
    """
    Status payload of a Topaz image upscale task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Upscaled images, present when completed.
    """


class TopazUpscaleVideoStatus(TaskEnvelope):
    """
    Status payload of a Topaz video upscale task (also the callback body).
    """

    videos: list[shared.MediaUrl] | None = None
    """
    Upscaled videos, present when completed.
    """


class TopazUpscaleImageCompleted(TopazUpscaleImageStatus):
    """
    A completed task: images always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    images: list[shared.MediaUrl]
    """
    Upscaled images, present when completed.
    """


class TopazUpscaleVideoCompleted(TopazUpscaleVideoStatus):
    """
    A completed task: videos always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    videos: list[shared.MediaUrl]
    """
    Upscaled videos, present when completed.
    """
