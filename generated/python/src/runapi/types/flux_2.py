# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class Flux2RemixImageStatus(TaskEnvelope):
    """
    Status payload of a Flux 2 remix-image task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class Flux2TextToImageStatus(TaskEnvelope):
    """
    Status payload of a Flux 2 text-to-image task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class Flux2RemixImageCompleted(Flux2RemixImageStatus):
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


class Flux2TextToImageCompleted(Flux2TextToImageStatus):
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
