# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from runapi._models import BaseModel

from . import shared
from .shared import TaskEnvelope


class RunwayVideo(BaseModel):
    """
    A generated Runway video. URLs are temporary; download results you want to keep.
    """

    id: str | None = None
    """
    Identifier of the generated video.
    """
    url: str
    """
    Video download URL.
    """


class RunwayExtendVideoStatus(TaskEnvelope):
    """
    Status payload of a Runway extension task (also the callback body).
    """

    videos: list[RunwayVideo] | None = None
    """
    The extended video, present when completed.
    """
    images: list[shared.MediaUrl] | None = None
    """
    Cover image of the video, present when completed.
    """


class RunwayTextToVideoStatus(TaskEnvelope):
    """
    Status payload of a Runway video task (also the callback body).
    """

    videos: list[RunwayVideo] | None = None
    """
    Generated videos, present when completed.
    """
    images: list[shared.MediaUrl] | None = None
    """
    Cover image of the video, present when completed.
    """


class RunwayExtendVideoCompleted(RunwayExtendVideoStatus):
    """
    A completed task: videos always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    videos: list[RunwayVideo]
    """
    The extended video, present when completed.
    """


class RunwayTextToVideoCompleted(RunwayTextToVideoStatus):
    """
    A completed task: videos always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    videos: list[RunwayVideo]
    """
    Generated videos, present when completed.
    """
