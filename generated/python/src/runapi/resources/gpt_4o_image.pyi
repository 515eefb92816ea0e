"""GPT-4o image generation.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

from collections.abc import Mapping
from functools import cached_property
from typing import Unpack

import httpx

from .._resource import (
    AsyncAPIResource,
    AsyncTaskResource,
    ProgressCallback,
    SyncAPIResource,
    SyncTaskResource,
)
from .._types import NotGiven, Operation
from ..params import gpt_4o_image as params
from ..types import gpt_4o_image as types
from ..types.shared import TaskAccepted

__all__ = ["AsyncGpt4oImage", "AsyncTextToImage", "Gpt4oImage", "TextToImage"]

OPERATIONS: dict[str, Operation]

class TextToImage(
    SyncTaskResource[types.Gpt4oImageTextToImageStatus, types.Gpt4oImageTextToImageCompleted]
):
    """Text to image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateParams],
    ) -> TaskAccepted:
        """Create a GPT-4o Image task

        Starts a GPT-4o Image (`gpt-4o-image`) task and answers `202` with its id. One endpoint
        covers prompt-only generation, image-guided generation from up to 5 `source_image_urls`,
        selective changes with a `mask_url`, and variants (`output_count` 1, 2 or 4). `prompt` is
        required when `source_image_urls` is blank; `aspect_ratio` (1:1, 3:2, 2:3) is always
        required. Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - prompt is required when source_image_urls is blank

        `POST /api/v1/gpt_4o_image/text_to_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Gpt4oImageTextToImageStatus:
        """Get a GPT-4o Image task

        Returns the status of a GPT-4o Image task, its `progress` while processing, and `images`
        once it has completed.

        `GET /api/v1/gpt_4o_image/text_to_image/{id}`"""

    def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Gpt4oImageTextToImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

    def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToImageCreateParams],
    ) -> types.Gpt4oImageTextToImageCompleted:
        """Create a GPT-4o Image task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of gpt_4o_image.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Gpt4oImageTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Gpt4oImage(SyncAPIResource):
    """GPT-4o image generation."""

    @cached_property
    def text_to_image(self) -> TextToImage: ...

class AsyncTextToImage(
    AsyncTaskResource[types.Gpt4oImageTextToImageStatus, types.Gpt4oImageTextToImageCompleted]
):
    """Text to image."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateParams],
    ) -> TaskAccepted:
        """Create a GPT-4o Image task

        Starts a GPT-4o Image (`gpt-4o-image`) task and answers `202` with its id. One endpoint
        covers prompt-only generation, image-guided generation from up to 5 `source_image_urls`,
        selective changes with a `mask_url`, and variants (`output_count` 1, 2 or 4). `prompt` is
        required when `source_image_urls` is blank; `aspect_ratio` (1:1, 3:2, 2:3) is always
        required. Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - prompt is required when source_image_urls is blank

        `POST /api/v1/gpt_4o_image/text_to_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Gpt4oImageTextToImageStatus:
        """Get a GPT-4o Image task

        Returns the status of a GPT-4o Image task, its `progress` while processing, and `images`
        once it has completed.

        `GET /api/v1/gpt_4o_image/text_to_image/{id}`"""

    async def wait(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        request_timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Gpt4oImageTextToImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

    async def run(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        wait_timeout: float = ...,
        poll_interval: float = ...,
        max_poll_interval: float = ...,
        on_progress: ProgressCallback | None = ...,
        **body: Unpack[params.TextToImageCreateParams],
    ) -> types.Gpt4oImageTextToImageCompleted:
        """Create a GPT-4o Image task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of gpt_4o_image.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Gpt4oImageTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncGpt4oImage(AsyncAPIResource):
    """GPT-4o image generation."""

    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
