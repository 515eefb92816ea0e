# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class NanoBananaEditImageStatus(TaskEnvelope):
    """
    Status payload of a Nano Banana edit task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Edited images, present when completed.
    """


class NanoBananaTextToImageStatus(TaskEnvelope):
    """
    Status payload of a Nano Banana text-to-image task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class NanoBananaEditImageCompleted(NanoBananaEditImageStatus):
    """
    A completed task: images always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    images: list[shared.MediaUrl]
    """
    Edited images, present when completed.
    """


class NanoBananaTextToImageCompleted(NanoBananaTextToImageStatus):
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
