# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class Gpt4oImageTextToImageStatus(TaskEnvelope):
    """
    Status payload of a GPT-4o Image task (also the callback body).
    """

    progress: float | str | None = None
    """
    Task progress while processing.
    """
    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class Gpt4oImageTextToImageCompleted(Gpt4oImageTextToImageStatus):
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
