# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from runapi._models import BaseModel


class MediaUrl(BaseModel):
    """
    A generated file. URLs are temporary; download results you want to keep.
    """

    url: str
    """
    Download URL of the file.
    """


class TaskAccepted(BaseModel):
    """
    Answer of a create operation; poll the linked status operation with `id`.
    """

    id: str
    """
    Unique task identifier.
    """
    status: Literal["processing", "completed", "failed"] | None = None
    """
    Lifecycle state of an asynchronous task.
    """


class TaskEnvelope(BaseModel):
    """
    Fields shared by every task status payload (and callback body). Result fields are present when `status` is `completed`.
    """

    id: str
    """
    Task identifier.
    """
    status: Literal["processing", "completed", "failed"]
    """
    Lifecycle state of an asynchronous task.
    """
    model: str | None = None
    """
    Model that ran the task, when reported.
    """
    error: str | None = None
    """
    Error message; present when `status` is `failed`.
    """
