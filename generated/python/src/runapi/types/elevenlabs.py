# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from . import shared
from .shared import TaskEnvelope


class ElevenlabsAudioStatus(TaskEnvelope):
    """
    Status payload of an ElevenLabs task that produces audio - speech, dialogue, sound effect or isolated audio (also the callback body).
    """

    audios: list[shared.MediaUrl] | None = None
    """
    Generated audio files, present when completed.
    """


class ElevenlabsSpeechToTextStatus(TaskEnvelope):
    """
    Status payload of an ElevenLabs transcription task (also the callback body).
    """

    text: str | None = None
    """
    The transcript, present when completed.
    """


class ElevenlabsAudioCompleted(ElevenlabsAudioStatus):
    """
    A completed task: audios always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    audios: list[shared.MediaUrl]
    """
    Generated audio files, present when completed.
    """


class ElevenlabsSpeechToTextCompleted(ElevenlabsSpeechToTextStatus):
    """
    A completed task: text always present.
    """

    status: Literal["completed"]
    """
    Lifecycle state of an asynchronous task.
    """
    text: str
    """
    The transcript, present when completed.
    """
