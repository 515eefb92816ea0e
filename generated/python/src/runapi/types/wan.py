# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class WanImageTaskStatus(TaskEnvelope):
    """
    Status payload of a Wan image generation task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class WanVideoTaskStatus(TaskEnvelope):
    """
    Status payload of a Wan video task (also the callback body).
    """

    videos: list[shared.MediaUrl] | None = None
    """
    Generated videos, present when completed.
    """


class WanImageTaskCompleted(WanImageTaskStatus):
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


class WanVideoTaskCompleted(WanVideoTaskStatus):
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
