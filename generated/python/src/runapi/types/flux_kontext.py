# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from .shared import MediaUrl, TaskEnvelope


class Image(MediaUrl):
    origin_url: str | None = None
    """
    Original high-resolution URL, valid for 10 minutes.
    """


class FluxKontextTextToImageStatus(TaskEnvelope):
    """
    Status payload of a Flux Kontext task (also the callback body).
    """

    images: list[Image] | None = None
    """
    Generated images, present when completed.
    """


class FluxKontextTextToImageCompleted(FluxKontextTextToImageStatus):
    """
    A completed task: images always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    images: list[Image]
    """
    Generated images, present when completed.
    """
