# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from runapi._models import BaseModel

from . import shared
from .shared import TaskEnvelope


class Audio(BaseModel):
    """
    The voice resource.
    """

    id: str | None = None
    """
    Audio ID.
    """
    name: str | None = None
    """
    Voice name.
    """


class GeminiOmniCreateAudioResponse(BaseModel):
    """
    The created voice resource; pass its id in audio_ids.
    """

    id: str
    """
    Audio ID, used in audio_ids of create_character and text_to_video.
    """
    audio: Audio
    """
    The voice resource.
    """


class Character(BaseModel):
    """
    The character resource.
    """

    id: str | None = None
    """
    Character ID.
    """
    name: str | None = None
    """
    Character name.
    """
    images: list[shared.MediaUrl] | None = None
    """
    Images of the character.
    """


class GeminiOmniCreateCharacterResponse(BaseModel):
    """
    The created character resource; pass its id in character_ids.
    """

    id: str
    """
    Character ID, used in character_ids of text_to_video.
    """
    character: Character
    """
    The character resource.
    """


class GeminiOmniTextToVideoStatus(TaskEnvelope):
    """
    Status payload of a Gemini Omni video task (also the callback body).
    """

    videos: list[shared.MediaUrl] | None = None
    """
    Generated videos, present when completed.
    """


class GeminiOmniTextToVideoCompleted(GeminiOmniTextToVideoStatus):
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
