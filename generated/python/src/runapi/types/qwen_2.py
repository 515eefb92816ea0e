# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class Qwen2EditImageStatus(TaskEnvelope):
    """
    Status payload of a Qwen 2 edit-image task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Result images, present when completed.
    """


class Qwen2RemixImageStatus(TaskEnvelope):
    """
    Status payload of a Qwen 2 remix-image task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Result images, present when completed.
    """


class Qwen2TextToImageStatus(TaskEnvelope):
    """
    Status payload of a Qwen 2 text-to-image task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Result images, present when completed.
    """


class Qwen2EditImageCompleted(Qwen2EditImageStatus):
    """
    A completed task: images always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    images: list[shared.MediaUrl]
    """
    Result images, present when completed.
    """


class Qwen2RemixImageCompleted(Qwen2RemixImageStatus):
    """
    A completed task: images always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    images: list[shared.MediaUrl]
    """
    Result images, present when completed.
    """


class Qwen2TextToImageCompleted(Qwen2TextToImageStatus):
    """
    A completed task: images always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    images: list[shared.MediaUrl]
    """
    Result images, present when completed.
    """
