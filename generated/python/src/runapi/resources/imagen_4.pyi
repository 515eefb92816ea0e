"""Google Imagen 4 image generation and remix.

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
from ..params import imagen_4 as params
from ..types import imagen_4 as types
from ..types.shared import TaskAccepted

__all__ = [
    "AsyncImagen4",
    "AsyncRemixImage",
    "AsyncTextToImage",
    "Imagen4",
    "RemixImage",
    "TextToImage",
]

OPERATIONS: dict[str, Operation]

class RemixImage(SyncTaskResource[types.Imagen4RemixImageStatus, types.Imagen4RemixImageCompleted]):
    """Remix image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemixImageCreateParams],
    ) -> TaskAccepted:
        """Create an Imagen 4 pro remix-image task

        Starts a prompt-guided remix of up to 8 source images with `imagen-4-pro-remix-image` and
        answers `202` with its id. The prompt may be up to 10000 characters; `aspect_ratio` (11
        values
        including auto), `output_resolution` (1k, 2k, 4k) and `output_format` (png, jpg) are
        optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/imagen_4/remix_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Imagen4RemixImageStatus:
        """Get an Imagen 4 remix-image task

        Returns the status of an Imagen 4 remix-image task; `images` is present once it has
        completed.

        `GET /api/v1/imagen_4/remix_image/{id}`"""

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
    ) -> types.Imagen4RemixImageCompleted:
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
    ) -> types.Imagen4RemixImageCompleted:
        """Create an Imagen 4 pro remix-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RemixImageCreateParams]) -> None:
        """Check a `create` body against every rule of imagen_4.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Imagen4RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToImage(
    SyncTaskResource[types.Imagen4TextToImageStatus, types.Imagen4TextToImageCompleted]
):
    """Text to image."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateImagen4Params],
    ) -> TaskAccepted:
        """Create an Imagen 4 text-to-image task

        Starts a Google Imagen 4 text-to-image task and answers `202` with its id. Models:
        `imagen-4`,
        `imagen-4-fast` and `imagen-4-ultra`. The prompt may be up to 5000 characters; `negative_prompt`,
        `aspect_ratio` (1:1, 16:9, 9:16, 3:4, 4:3) and `seed` apply to every model, while `output_count`
        (1-4 images) is accepted by `imagen-4-fast` only.

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=imagen-4
        - model=imagen-4-fast
        - model=imagen-4-ultra

        `POST /api/v1/imagen_4/text_to_image`"""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateImagen4FastParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateImagen4UltraParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Imagen4TextToImageStatus:
        """Get an Imagen 4 text-to-image task

        Returns the status of an Imagen 4 text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/imagen_4/text_to_image/{id}`"""

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
    ) -> types.Imagen4TextToImageCompleted:
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
        **body: Unpack[params.TextToImageCreateImagen4Params],
    ) -> types.Imagen4TextToImageCompleted:
        """Create an Imagen 4 text-to-image task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.TextToImageCreateImagen4FastParams],
    ) -> types.Imagen4TextToImageCompleted: ...
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
        **body: Unpack[params.TextToImageCreateImagen4UltraParams],
    ) -> types.Imagen4TextToImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateImagen4Params]) -> None:
        """Check a `create` body against every rule of imagen_4.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateImagen4FastParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateImagen4UltraParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Imagen4TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Imagen4(SyncAPIResource):
    """Google Imagen 4 image generation and remix."""

    @cached_property
    def remix_image(self) -> RemixImage: ...
    @cached_property
    def text_to_image(self) -> TextToImage: ...

class AsyncRemixImage(
    AsyncTaskResource[types.Imagen4RemixImageStatus, types.Imagen4RemixImageCompleted]
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
        """Create an Imagen 4 pro remix-image task

        Starts a prompt-guided remix of up to 8 source images with `imagen-4-pro-remix-image` and
        answers `202` with its id. The prompt may be up to 10000 characters; `aspect_ratio` (11
        values
        including auto), `output_resolution` (1k, 2k, 4k) and `output_format` (png, jpg) are
        optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/imagen_4/remix_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Imagen4RemixImageStatus:
        """Get an Imagen 4 remix-image task

        Returns the status of an Imagen 4 remix-image task; `images` is present once it has
        completed.

        `GET /api/v1/imagen_4/remix_image/{id}`"""

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
    ) -> types.Imagen4RemixImageCompleted:
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
    ) -> types.Imagen4RemixImageCompleted:
        """Create an Imagen 4 pro remix-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RemixImageCreateParams]) -> None:
        """Check a `create` body against every rule of imagen_4.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Imagen4RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToImage(
    AsyncTaskResource[types.Imagen4TextToImageStatus, types.Imagen4TextToImageCompleted]
):
    """Text to image."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateImagen4Params],
    ) -> TaskAccepted:
        """Create an Imagen 4 text-to-image task

        Starts a Google Imagen 4 text-to-image task and answers `202` with its id. Models:
        `imagen-4`,
        `imagen-4-fast` and `imagen-4-ultra`. The prompt may be up to 5000 characters; `negative_prompt`,
        `aspect_ratio` (1:1, 16:9, 9:16, 3:4, 4:3) and `seed` apply to every model, while `output_count`
        (1-4 images) is accepted by `imagen-4-fast` only.

        Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=imagen-4
        - model=imagen-4-fast
        - model=imagen-4-ultra

        `POST /api/v1/imagen_4/text_to_image`"""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateImagen4FastParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateImagen4UltraParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Imagen4TextToImageStatus:
        """Get an Imagen 4 text-to-image task

        Returns the status of an Imagen 4 text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/imagen_4/text_to_image/{id}`"""

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
    ) -> types.Imagen4TextToImageCompleted:
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
        **body: Unpack[params.TextToImageCreateImagen4Params],
    ) -> types.Imagen4TextToImageCompleted:
        """Create an Imagen 4 text-to-image task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.TextToImageCreateImagen4FastParams],
    ) -> types.Imagen4TextToImageCompleted: ...
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
        **body: Unpack[params.TextToImageCreateImagen4UltraParams],
    ) -> types.Imagen4TextToImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateImagen4Params]) -> None:
        """Check a `create` body against every rule of imagen_4.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateImagen4FastParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateImagen4UltraParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Imagen4TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncImagen4(AsyncAPIResource):
    """Google Imagen 4 image generation and remix."""

    @cached_property
    def remix_image(self) -> AsyncRemixImage: ...
    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
