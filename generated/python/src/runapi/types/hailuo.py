# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class HailuoTaskStatus(TaskEnvelope):
    """
    Status payload of a Hailuo task (also the callback body).
    """

    videos: list[shared.MediaUrl] | None = None
    """
    Generated videos, present when completed.
    """


class HailuoTaskCompleted(HailuoTaskStatus):
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
