# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from runapi._models import BaseModel

from . import shared
from .shared import TaskEnvelope


class Veo31Video(BaseModel):
    """
    A generated Veo 3.1 video. URLs are temporary; download results you want to keep.
    """

    url: str
    """
    Video download URL.
    """
    resolution: str | None = None
    """
    Video resolution, for example 720p, 1080p or 4k.
    """
    has_audio: bool | None = None
    """
    Whether the video has audio.
    """


class Veo31ExtendVideoStatus(TaskEnvelope):
    """
    Status payload of a Veo 3.1 extension task (also the callback body); same format as text-to-video.
    """

    videos: list[Veo31Video] | None = None
    """
    The extended video, present when completed.
    """
    sources: list[shared.MediaUrl] | None = None
    """
    The original video that was extended.
    """


class Veo31TextToVideoStatus(TaskEnvelope):
    """
    Status payload of a Veo 3.1 generation task (also the callback body).
    """

    videos: list[Veo31Video] | None = None
    """
    Generated videos, present when completed.
    """
    sources: list[shared.MediaUrl] | None = None
    """
    Input image URLs (image-to-video results).
    """


class Veo31UpscaleVideoStatus(TaskEnvelope):
    """
    Status payload of a Veo 3.1 1080p / 4k conversion task (also the callback body).
    """

    source_task_id: str | None = None
    """
    The source video generation task id.
    """
    videos: list[Veo31Video] | None = None
    """
    The converted video, present when completed.
    """


class Veo31ExtendVideoCompleted(Veo31ExtendVideoStatus):
    """
    A completed task: videos always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    videos: list[Veo31Video]
    """
    The extended video, present when completed.
    """


class Veo31TextToVideoCompleted(Veo31TextToVideoStatus):
    """
    A completed task: videos always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    videos: list[Veo31Video]
    """
    Generated videos, present when completed.
    """


class Veo31UpscaleVideoCompleted(Veo31UpscaleVideoStatus):
    """
    A completed task: videos always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    videos: list[Veo31Video]
    """
    The converted video, present when completed.
    """
