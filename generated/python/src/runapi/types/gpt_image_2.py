# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class GptImage2EditImageStatus(TaskEnvelope):
    """
    Status payload of a GPT Image 2 editing task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Edited images, present when completed.
    """


class GptImage2TextToImageStatus(TaskEnvelope):
    """
    Status payload of a GPT Image 2 text-to-image task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class GptImage2EditImageCompleted(GptImage2EditImageStatus):
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


class GptImage2TextToImageCompleted(GptImage2TextToImageStatus):
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
