# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class RunwayAlephEditVideoStatus(TaskEnvelope):
    """
    Status payload of a Runway Aleph task (also the callback body).
    """

    videos: list[shared.MediaUrl] | None = None
    """
    The edited video, present when completed.
    """
    images: list[shared.MediaUrl] | None = None
    """
    Cover image of the edited video, present when completed.
    """


class RunwayAlephEditVideoCompleted(RunwayAlephEditVideoStatus):
    """
    A completed task: videos always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    videos: list[shared.MediaUrl]
    """
    The edited video, present when completed.
    """
