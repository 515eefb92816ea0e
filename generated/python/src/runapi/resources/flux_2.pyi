"""Flux 2 text-to-image and image remix.

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
from ..params import flux_2 as params
from ..types import flux_2 as types
from ..types.shared import TaskAccepted

__all__ = [
    "AsyncFlux2",
    "AsyncRemixImage",
    "AsyncTextToImage",
    "Flux2",
    "RemixImage",
    "TextToImage",
]

OPERATIONS: dict[str, Operation]

class RemixImage(SyncTaskResource[types.Flux2RemixImageStatus, types.Flux2RemixImageCompleted]):
    """Remix image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemixImageCreateParams],
    ) -> TaskAccepted:
        """Create a Flux 2 remix-image task

        Starts a Flux 2 prompt-guided remix of 1-8 source images with `flux-2-pro-remix-image` or
        `flux-2-flex-remix-image` and answers `202` with its id. The prompt must be 3-5000 characters;
        `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3 or auto), `output_resolution` (1k, 2k) and
        the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/flux_2/remix_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Flux2RemixImageStatus:
        """Get a Flux 2 remix-image task

        Returns the status of a Flux 2 remix-image task; `images` is present once it has completed
        and `error` once it has failed.

        `GET /api/v1/flux_2/remix_image/{id}`"""

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
    ) -> types.Flux2RemixImageCompleted:
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
        **body: Unpack[params.RemixImageCreateParams],
    ) -> types.Flux2RemixImageCompleted:
        """Create a Flux 2 remix-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RemixImageCreateParams]) -> None:
        """Check a `create` body against every rule of flux_2.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Flux2RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToImage(SyncTaskResource[types.Flux2TextToImageStatus, types.Flux2TextToImageCompleted]):
    """Text to image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateParams],
    ) -> TaskAccepted:
        """Create a Flux 2 text-to-image task

        Starts a Flux 2 (Black Forest Labs) prompt-only generation task with `flux-2-pro-text-to-
        image`
        or `flux-2-flex-text-to-image` and answers `202` with its id. The prompt must be 3-5000
        characters; `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3), `output_resolution` (1k,
        2k)
        and the safety checker toggle are optional. Use `remix_image` when source images should
        guide
        the result.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/flux_2/text_to_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Flux2TextToImageStatus:
        """Get a Flux 2 text-to-image task

        Returns the status of a Flux 2 text-to-image task; `images` is present once it has completed
        and `error` once it has failed.

        `GET /api/v1/flux_2/text_to_image/{id}`"""

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
    ) -> types.Flux2TextToImageCompleted:
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
    ) -> types.Flux2TextToImageCompleted:
        """Create a Flux 2 text-to-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of flux_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Flux2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Flux2(SyncAPIResource):
    """Flux 2 text-to-image and image remix."""

    @cached_property
    def remix_image(self) -> RemixImage: ...
    @cached_property
    def text_to_image(self) -> TextToImage: ...

class AsyncRemixImage(
    AsyncTaskResource[types.Flux2RemixImageStatus, types.Flux2RemixImageCompleted]
):
    """Remix image."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemixImageCreateParams],
    ) -> TaskAccepted:
        """Create a Flux 2 remix-image task

        Starts a Flux 2 prompt-guided remix of 1-8 source images with `flux-2-pro-remix-image` or
        `flux-2-flex-remix-image` and answers `202` with its id. The prompt must be 3-5000 characters;
        `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3 or auto), `output_resolution` (1k, 2k) and
        the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/flux_2/remix_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Flux2RemixImageStatus:
        """Get a Flux 2 remix-image task

        Returns the status of a Flux 2 remix-image task; `images` is present once it has completed
        and `error` once it has failed.

        `GET /api/v1/flux_2/remix_image/{id}`"""

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
    ) -> types.Flux2RemixImageCompleted:
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
        **body: Unpack[params.RemixImageCreateParams],
    ) -> types.Flux2RemixImageCompleted:
        """Create a Flux 2 remix-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RemixImageCreateParams]) -> None:
        """Check a `create` body against every rule of flux_2.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Flux2RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToImage(
    AsyncTaskResource[types.Flux2TextToImageStatus, types.Flux2TextToImageCompleted]
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
        """Create a Flux 2 text-to-image task

        Starts a Flux 2 (Black Forest Labs) prompt-only generation task with `flux-2-pro-text-to-
        image`
        or `flux-2-flex-text-to-image` and answers `202` with its id. The prompt must be 3-5000
        characters; `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3), `output_resolution` (1k,
        2k)
        and the safety checker toggle are optional. Use `remix_image` when source images should
        guide
        the result.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/flux_2/text_to_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Flux2TextToImageStatus:
        """Get a Flux 2 text-to-image task

        Returns the status of a Flux 2 text-to-image task; `images` is present once it has completed
        and `error` once it has failed.

        `GET /api/v1/flux_2/text_to_image/{id}`"""

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
    ) -> types.Flux2TextToImageCompleted:
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
    ) -> types.Flux2TextToImageCompleted:
        """Create a Flux 2 text-to-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of flux_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Flux2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncFlux2(AsyncAPIResource):
    """Flux 2 text-to-image and image remix."""

    @cached_property
    def remix_image(self) -> AsyncRemixImage: ...
    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
