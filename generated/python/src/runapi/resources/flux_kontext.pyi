"""Flux Kontext text-to-image and editing.

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
from ..params import flux_kontext as params
from ..types import flux_kontext as types
from ..types.shared import TaskAccepted

__all__ = ["AsyncFluxKontext", "AsyncTextToImage", "FluxKontext", "TextToImage"]

OPERATIONS: dict[str, Operation]

class TextToImage(
    SyncTaskResource[types.FluxKontextTextToImageStatus, types.FluxKontextTextToImageCompleted]
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
        """Create a Flux Kontext generation or edit task

        Starts a Flux Kontext (Black Forest Labs) task and answers `202` with its id. One endpoint
        serves
        both modes of `flux-kontext-pro` (standard quality) and `flux-kontext-max` (enhanced
        quality):

        - generation: prompt only; `safety_tolerance` 0-6;
        - editing: `source_image_url` is given and the prompt describes the edit; `safety_tolerance` 0-2.

        Optional: `aspect_ratio` (21:9, 16:9, 4:3, 1:1, 3:4, 9:16; default 1:1), `output_format`
        (jpeg or png; default jpeg), prompt translation and expansion toggles, and a `watermark` id.
        Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - safety_tolerance is 0-6 for generation and at most 2 for editing (when source_image_url is given)

        `POST /api/v1/flux_kontext/text_to_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.FluxKontextTextToImageStatus:
        """Get a Flux Kontext task

        Returns the status of a Flux Kontext task. When completed, `images` holds each image's CDN
        `url` and its original high-resolution `origin_url` (valid for 10 minutes); when failed,
        `error` says why.

        `GET /api/v1/flux_kontext/text_to_image/{id}`"""

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
    ) -> types.FluxKontextTextToImageCompleted:
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
    ) -> types.FluxKontextTextToImageCompleted:
        """Create a Flux Kontext generation or edit task, then wait for it to finish (`create` +
        `wait`); returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of flux_kontext.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.FluxKontextTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class FluxKontext(SyncAPIResource):
    """Flux Kontext text-to-image and editing."""

    @cached_property
    def text_to_image(self) -> TextToImage: ...

class AsyncTextToImage(
    AsyncTaskResource[types.FluxKontextTextToImageStatus, types.FluxKontextTextToImageCompleted]
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
        """Create a Flux Kontext generation or edit task

        Starts a Flux Kontext (Black Forest Labs) task and answers `202` with its id. One endpoint
        serves
        both modes of `flux-kontext-pro` (standard quality) and `flux-kontext-max` (enhanced
        quality):

        - generation: prompt only; `safety_tolerance` 0-6;
        - editing: `source_image_url` is given and the prompt describes the edit; `safety_tolerance` 0-2.

        Optional: `aspect_ratio` (21:9, 16:9, 4:3, 1:1, 3:4, 9:16; default 1:1), `output_format`
        (jpeg or png; default jpeg), prompt translation and expansion toggles, and a `watermark` id.
        Poll the linked status operation or pass `callback_url`.

        Rules checked before sending:
        - safety_tolerance is 0-6 for generation and at most 2 for editing (when source_image_url is given)

        `POST /api/v1/flux_kontext/text_to_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.FluxKontextTextToImageStatus:
        """Get a Flux Kontext task

        Returns the status of a Flux Kontext task. When completed, `images` holds each image's CDN
        `url` and its original high-resolution `origin_url` (valid for 10 minutes); when failed,
        `error` says why.

        `GET /api/v1/flux_kontext/text_to_image/{id}`"""

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
    ) -> types.FluxKontextTextToImageCompleted:
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
    ) -> types.FluxKontextTextToImageCompleted:
        """Create a Flux Kontext generation or edit task, then wait for it to finish (`create` +
        `wait`); returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of flux_kontext.text_to_image.create without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.FluxKontextTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncFluxKontext(AsyncAPIResource):
    """Flux Kontext text-to-image and editing."""

    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
