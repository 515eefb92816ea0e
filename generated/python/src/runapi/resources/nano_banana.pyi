"""Nano Banana image generation and editing.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

from collections.abc import Mapping
from functools import cached_property
from typing import Unpack, overload

import httpx

from .._resource import (
    AsyncAPIResource,
    AsyncTaskResource,
    ProgressCallback,
    SyncAPIResource,
    SyncTaskResource,
)
from .._types import NotGiven, Operation
from ..params import nano_banana as params
from ..types import nano_banana as types
from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncNanoBanana",
    "AsyncTextToImage",
    "EditImage",
    "NanoBanana",
    "TextToImage",
]

OPERATIONS: dict[str, Operation]

class EditImage(
    SyncTaskResource[types.NanoBananaEditImageStatus, types.NanoBananaEditImageCompleted]
):
    """Edit image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateParams],
    ) -> TaskAccepted:
        """Create a Nano Banana edit task

        Starts a Nano Banana image edit task (model `nano-banana-edit`: edit or modify existing
        images)
        and answers `202` with its id. `source_image_urls` (the images to edit) is required;
        `prompt`,
        `aspect_ratio` (1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9 or auto) and
        `output_format` (png or jpeg) are optional. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/nano_banana/edit_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.NanoBananaEditImageStatus:
        """Get a Nano Banana edit task

        Returns the status of a Nano Banana edit task.

        `GET /api/v1/nano_banana/edit_image/{id}`"""

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
    ) -> types.NanoBananaEditImageCompleted:
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
        **body: Unpack[params.EditImageCreateParams],
    ) -> types.NanoBananaEditImageCompleted:
        """Create a Nano Banana edit task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditImageCreateParams]) -> None:
        """Check a `create` body against every rule of nano_banana.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.NanoBananaEditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToImage(
    SyncTaskResource[types.NanoBananaTextToImageStatus, types.NanoBananaTextToImageCompleted]
):
    """Text to image."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateNanoBananaParams],
    ) -> TaskAccepted:
        """Create a Nano Banana text-to-image task

        Starts a Nano Banana image generation task and answers `202` with its id. One endpoint
        serves
        the three text-to-image models:

        - `nano-banana` (Base): up to 1024px; size set with `aspect_ratio` only (11 presets, default 1:1);
          prompt up to 5000 characters; up to 8 reference images; png (default) or jpg.
        - `nano-banana-pro` (Pro): up to 4K; `aspect_ratio` (11 presets, default 1:1) plus
          `output_resolution` (1k, 2k, 4k; default 1k); prompt up to 5000 characters; up to 8 reference images.
        - `nano-banana-2` (V2): up to 4K; `aspect_ratio` (15 presets incl. 1:4, 1:8, 4:1, 8:1; default auto)
          plus `output_resolution`; prompt up to 20000 characters; up to 14 reference images
          (JPEG, PNG or WebP); jpg by default.

        Reference images may be up to 30 MB each. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=nano-banana
        - model=nano-banana-pro
        - model=nano-banana-2

        `POST /api/v1/nano_banana/text_to_image`"""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateNanoBananaProParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateNanoBanana2Params],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.NanoBananaTextToImageStatus:
        """Get a Nano Banana text-to-image task

        Returns the status of a Nano Banana text-to-image task; `images` is present once it has
        completed. Poll every 5 seconds; tasks usually finish in 10-30 seconds.

        `GET /api/v1/nano_banana/text_to_image/{id}`"""

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
    ) -> types.NanoBananaTextToImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

    @overload
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
        **body: Unpack[params.TextToImageCreateNanoBananaParams],
    ) -> types.NanoBananaTextToImageCompleted:
        """Create a Nano Banana text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
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
        **body: Unpack[params.TextToImageCreateNanoBananaProParams],
    ) -> types.NanoBananaTextToImageCompleted: ...
    @overload
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
        **body: Unpack[params.TextToImageCreateNanoBanana2Params],
    ) -> types.NanoBananaTextToImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateNanoBananaParams]) -> None:
        """Check a `create` body against every rule of nano_banana.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateNanoBananaProParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateNanoBanana2Params]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.NanoBananaTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class NanoBanana(SyncAPIResource):
    """Nano Banana image generation and editing."""

    @cached_property
    def edit_image(self) -> EditImage: ...
    @cached_property
    def text_to_image(self) -> TextToImage: ...

class AsyncEditImage(
    AsyncTaskResource[types.NanoBananaEditImageStatus, types.NanoBananaEditImageCompleted]
):
    """Edit image."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateParams],
    ) -> TaskAccepted:
        """Create a Nano Banana edit task

        Starts a Nano Banana image edit task (model `nano-banana-edit`: edit or modify existing
        images)
        and answers `202` with its id. `source_image_urls` (the images to edit) is required;
        `prompt`,
        `aspect_ratio` (1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9 or auto) and
        `output_format` (png or jpeg) are optional. Poll the linked status operation or pass
        `callback_url`.

        `POST /api/v1/nano_banana/edit_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.NanoBananaEditImageStatus:
        """Get a Nano Banana edit task

        Returns the status of a Nano Banana edit task.

        `GET /api/v1/nano_banana/edit_image/{id}`"""

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
    ) -> types.NanoBananaEditImageCompleted:
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
        **body: Unpack[params.EditImageCreateParams],
    ) -> types.NanoBananaEditImageCompleted:
        """Create a Nano Banana edit task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditImageCreateParams]) -> None:
        """Check a `create` body against every rule of nano_banana.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.NanoBananaEditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToImage(
    AsyncTaskResource[types.NanoBananaTextToImageStatus, types.NanoBananaTextToImageCompleted]
):
    """Text to image."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateNanoBananaParams],
    ) -> TaskAccepted:
        """Create a Nano Banana text-to-image task

        Starts a Nano Banana image generation task and answers `202` with its id. One endpoint
        serves
        the three text-to-image models:

        - `nano-banana` (Base): up to 1024px; size set with `aspect_ratio` only (11 presets, default 1:1);
          prompt up to 5000 characters; up to 8 reference images; png (default) or jpg.
        - `nano-banana-pro` (Pro): up to 4K; `aspect_ratio` (11 presets, default 1:1) plus
          `output_resolution` (1k, 2k, 4k; default 1k); prompt up to 5000 characters; up to 8 reference images.
        - `nano-banana-2` (V2): up to 4K; `aspect_ratio` (15 presets incl. 1:4, 1:8, 4:1, 8:1; default auto)
          plus `output_resolution`; prompt up to 20000 characters; up to 14 reference images
          (JPEG, PNG or WebP); jpg by default.

        Reference images may be up to 30 MB each. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=nano-banana
        - model=nano-banana-pro
        - model=nano-banana-2

        `POST /api/v1/nano_banana/text_to_image`"""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateNanoBananaProParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateNanoBanana2Params],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.NanoBananaTextToImageStatus:
        """Get a Nano Banana text-to-image task

        Returns the status of a Nano Banana text-to-image task; `images` is present once it has
        completed. Poll every 5 seconds; tasks usually finish in 10-30 seconds.

        `GET /api/v1/nano_banana/text_to_image/{id}`"""

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
    ) -> types.NanoBananaTextToImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""

    @overload
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
        **body: Unpack[params.TextToImageCreateNanoBananaParams],
    ) -> types.NanoBananaTextToImageCompleted:
        """Create a Nano Banana text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    @overload
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
        **body: Unpack[params.TextToImageCreateNanoBananaProParams],
    ) -> types.NanoBananaTextToImageCompleted: ...
    @overload
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
        **body: Unpack[params.TextToImageCreateNanoBanana2Params],
    ) -> types.NanoBananaTextToImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateNanoBananaParams]) -> None:
        """Check a `create` body against every rule of nano_banana.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateNanoBananaProParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateNanoBanana2Params]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.NanoBananaTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncNanoBanana(AsyncAPIResource):
    """Nano Banana image generation and editing."""

    @cached_property
    def edit_image(self) -> AsyncEditImage: ...
    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
