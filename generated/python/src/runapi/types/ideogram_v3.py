# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class IdeogramV3EditImageStatus(TaskEnvelope):
    """
    Status payload of an Ideogram V3 edit task (also the callback body); same shape as text-to-image.
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class IdeogramV3ReframeImageStatus(TaskEnvelope):
    """
    Status payload of an Ideogram V3 reframe task (also the callback body); same shape as text-to-image.
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class IdeogramV3RemixImageStatus(TaskEnvelope):
    """
    Status payload of an Ideogram V3 remix task (also the callback body); same shape as text-to-image.
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class IdeogramV3TextToImageStatus(TaskEnvelope):
    """
    Status payload of an Ideogram V3 text-to-image task (also the callback body).
    """

    images: list[shared.MediaUrl] | None = None
    """
    Generated images, present when completed.
    """


class IdeogramV3EditImageCompleted(IdeogramV3EditImageStatus):
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


class IdeogramV3ReframeImageCompleted(IdeogramV3ReframeImageStatus):
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


class IdeogramV3RemixImageCompleted(IdeogramV3RemixImageStatus):
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


class IdeogramV3TextToImageCompleted(IdeogramV3TextToImageStatus):
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
