# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class RecraftRemoveBackgroundStatus(TaskEnvelope):
    """
    Status payload of a Recraft background-removal task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Processed images, present when completed.
    """


class RecraftUpscaleImageStatus(TaskEnvelope):
    """
    Status payload of a Recraft upscale task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Processed images, present when completed.
    """


class RecraftRemoveBackgroundCompleted(RecraftRemoveBackgroundStatus):
    """
    A completed task: images always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    images: list[shared.MediaUrl]
    """
    Processed images, present when completed.
    """


class RecraftUpscaleImageCompleted(RecraftUpscaleImageStatus):
    """
    A completed task: images always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    images: list[shared.MediaUrl]
    """
    Processed images, present when completed.
    """
