# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class GptImageEditImageStatus(TaskEnvelope):
    """
    Status payload of a GPT Image editing task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Edited images, present when completed.
    """


class GptImageTextToImageStatus(TaskEnvelope):
    """
    Status payload of a GPT Image text-to-image task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class GptImageEditImageCompleted(GptImageEditImageStatus):
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


class GptImageTextToImageCompleted(GptImageTextToImageStatus):
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
