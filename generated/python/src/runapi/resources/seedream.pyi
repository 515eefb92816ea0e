"""Seedream image generation and editing.

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
from ..params import seedream as params
from ..types import seedream as types
from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncSeedream",
    "AsyncTextToImage",
    "EditImage",
    "Seedream",
    "TextToImage",
]

OPERATIONS: dict[str, Operation]

class EditImage(SyncTaskResource[types.SeedreamEditImageStatus, types.SeedreamEditImageCompleted]):
    """Edit image."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateSeedream45EditParams],
    ) -> TaskAccepted:
        """Create a Seedream image edit task

        Starts a Seedream image edit task from `source_image_urls` and a prompt, and answers `202`
        with its id. Three models:

        - `seedream-4.5-edit` (prompt 1-3000 characters) and `seedream-5-lite-edit` (prompt 3-3000
          characters): 1 to 14 source images; `aspect_ratio` and `output_quality` (`basic` or
          `high`) are required; 5-Lite also takes `output_format` (`png` or `jpeg`; default png).
        - `seedream-v4-edit` (prompt 1-5000 characters): 1 to 10 source images; `aspect_ratio` and
          `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
          1k), `output_count` (1-6 images, default 1) and `seed` are accepted.

        `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
        operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedream-4.5-edit
        - model=seedream-5-lite-edit
        - model=seedream-v4-edit

        `POST /api/v1/seedream/edit_image`"""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateSeedream5LiteEditParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateSeedreamV4EditParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SeedreamEditImageStatus:
        """Get a Seedream image edit task

        Returns the status of a Seedream image edit task; `images` is present once it has completed.

        `GET /api/v1/seedream/edit_image/{id}`"""

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
    ) -> types.SeedreamEditImageCompleted:
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
        **body: Unpack[params.EditImageCreateSeedream45EditParams],
    ) -> types.SeedreamEditImageCompleted:
        """Create a Seedream image edit task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        **body: Unpack[params.EditImageCreateSeedream5LiteEditParams],
    ) -> types.SeedreamEditImageCompleted: ...
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
        **body: Unpack[params.EditImageCreateSeedreamV4EditParams],
    ) -> types.SeedreamEditImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.EditImageCreateSeedream45EditParams]) -> None:
        """Check a `create` body against every rule of seedream.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.EditImageCreateSeedream5LiteEditParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.EditImageCreateSeedreamV4EditParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SeedreamEditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToImage(
    SyncTaskResource[types.SeedreamTextToImageStatus, types.SeedreamTextToImageCompleted]
):
    """Text to image."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateSeedream45TextToImageParams],
    ) -> TaskAccepted:
        """Create a Seedream text-to-image task

        Starts a Seedream text-to-image task and answers `202` with its id. Three models:

        - `seedream-4.5-text-to-image` (prompt 1-3000 characters) and
          `seedream-5-lite-text-to-image` (prompt 3-3000 characters): `aspect_ratio` and
          `output_quality` (`basic` or `high`) are required; 5-Lite also takes `output_format`
          (`png` or `jpeg`; default png).
        - `seedream-v4-text-to-image` (prompt 1-5000 characters): `aspect_ratio` and
          `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
          1k), `output_count` (1-6 images, default 1) and `seed` are accepted.

        `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
        operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedream-4.5-text-to-image
        - model=seedream-5-lite-text-to-image
        - model=seedream-v4-text-to-image

        `POST /api/v1/seedream/text_to_image`"""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateSeedream5LiteTextToImageParams],
    ) -> TaskAccepted: ...
    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateSeedreamV4TextToImageParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SeedreamTextToImageStatus:
        """Get a Seedream text-to-image task

        Returns the status of a Seedream text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/seedream/text_to_image/{id}`"""

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
    ) -> types.SeedreamTextToImageCompleted:
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
        **body: Unpack[params.TextToImageCreateSeedream45TextToImageParams],
    ) -> types.SeedreamTextToImageCompleted:
        """Create a Seedream text-to-image task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.TextToImageCreateSeedream5LiteTextToImageParams],
    ) -> types.SeedreamTextToImageCompleted: ...
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
        **body: Unpack[params.TextToImageCreateSeedreamV4TextToImageParams],
    ) -> types.SeedreamTextToImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateSeedream45TextToImageParams]) -> None:
        """Check a `create` body against every rule of seedream.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToImageCreateSeedream5LiteTextToImageParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToImageCreateSeedreamV4TextToImageParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SeedreamTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Seedream(SyncAPIResource):
    """Seedream image generation and editing."""

    @cached_property
    def edit_image(self) -> EditImage: ...
    @cached_property
    def text_to_image(self) -> TextToImage: ...

class AsyncEditImage(
    AsyncTaskResource[types.SeedreamEditImageStatus, types.SeedreamEditImageCompleted]
):
    """Edit image."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateSeedream45EditParams],
    ) -> TaskAccepted:
        """Create a Seedream image edit task

        Starts a Seedream image edit task from `source_image_urls` and a prompt, and answers `202`
        with its id. Three models:

        - `seedream-4.5-edit` (prompt 1-3000 characters) and `seedream-5-lite-edit` (prompt 3-3000
          characters): 1 to 14 source images; `aspect_ratio` and `output_quality` (`basic` or
          `high`) are required; 5-Lite also takes `output_format` (`png` or `jpeg`; default png).
        - `seedream-v4-edit` (prompt 1-5000 characters): 1 to 10 source images; `aspect_ratio` and
          `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
          1k), `output_count` (1-6 images, default 1) and `seed` are accepted.

        `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
        operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedream-4.5-edit
        - model=seedream-5-lite-edit
        - model=seedream-v4-edit

        `POST /api/v1/seedream/edit_image`"""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateSeedream5LiteEditParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateSeedreamV4EditParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SeedreamEditImageStatus:
        """Get a Seedream image edit task

        Returns the status of a Seedream image edit task; `images` is present once it has completed.

        `GET /api/v1/seedream/edit_image/{id}`"""

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
    ) -> types.SeedreamEditImageCompleted:
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
        **body: Unpack[params.EditImageCreateSeedream45EditParams],
    ) -> types.SeedreamEditImageCompleted:
        """Create a Seedream image edit task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

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
        **body: Unpack[params.EditImageCreateSeedream5LiteEditParams],
    ) -> types.SeedreamEditImageCompleted: ...
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
        **body: Unpack[params.EditImageCreateSeedreamV4EditParams],
    ) -> types.SeedreamEditImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.EditImageCreateSeedream45EditParams]) -> None:
        """Check a `create` body against every rule of seedream.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(self, **body: Unpack[params.EditImageCreateSeedream5LiteEditParams]) -> None: ...
    @overload
    def validate(self, **body: Unpack[params.EditImageCreateSeedreamV4EditParams]) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SeedreamEditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToImage(
    AsyncTaskResource[types.SeedreamTextToImageStatus, types.SeedreamTextToImageCompleted]
):
    """Text to image."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateSeedream45TextToImageParams],
    ) -> TaskAccepted:
        """Create a Seedream text-to-image task

        Starts a Seedream text-to-image task and answers `202` with its id. Three models:

        - `seedream-4.5-text-to-image` (prompt 1-3000 characters) and
          `seedream-5-lite-text-to-image` (prompt 3-3000 characters): `aspect_ratio` and
          `output_quality` (`basic` or `high`) are required; 5-Lite also takes `output_format`
          (`png` or `jpeg`; default png).
        - `seedream-v4-text-to-image` (prompt 1-5000 characters): `aspect_ratio` and
          `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
          1k), `output_count` (1-6 images, default 1) and `seed` are accepted.

        `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
        operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=seedream-4.5-text-to-image
        - model=seedream-5-lite-text-to-image
        - model=seedream-v4-text-to-image

        `POST /api/v1/seedream/text_to_image`"""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateSeedream5LiteTextToImageParams],
    ) -> TaskAccepted: ...
    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateSeedreamV4TextToImageParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.SeedreamTextToImageStatus:
        """Get a Seedream text-to-image task

        Returns the status of a Seedream text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/seedream/text_to_image/{id}`"""

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
    ) -> types.SeedreamTextToImageCompleted:
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
        **body: Unpack[params.TextToImageCreateSeedream45TextToImageParams],
    ) -> types.SeedreamTextToImageCompleted:
        """Create a Seedream text-to-image task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.TextToImageCreateSeedream5LiteTextToImageParams],
    ) -> types.SeedreamTextToImageCompleted: ...
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
        **body: Unpack[params.TextToImageCreateSeedreamV4TextToImageParams],
    ) -> types.SeedreamTextToImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateSeedream45TextToImageParams]) -> None:
        """Check a `create` body against every rule of seedream.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToImageCreateSeedream5LiteTextToImageParams]
    ) -> None: ...
    @overload
    def validate(
        self, **body: Unpack[params.TextToImageCreateSeedreamV4TextToImageParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.SeedreamTextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncSeedream(AsyncAPIResource):
    """Seedream image generation and editing."""

    @cached_property
    def edit_image(self) -> AsyncEditImage: ...
    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
