"""GPT Image 2 generation and editing.

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
from ..params import gpt_image_2 as params
from ..types import gpt_image_2 as types
from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncGptImage2",
    "AsyncTextToImage",
    "EditImage",
    "GptImage2",
    "TextToImage",
]

OPERATIONS: dict[str, Operation]

class EditImage(
    SyncTaskResource[types.GptImage2EditImageStatus, types.GptImage2EditImageCompleted]
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
        """Create a GPT Image 2 editing task

        Starts a GPT Image 2 (`gpt-image-2`) image-editing task from up to 16 `source_image_urls`
        and answers `202` with its id. Resolution rules: a 1:1 image cannot be 4k, and when
        `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked status operation
        or pass `callback_url`.

        Rules checked before sending:
        - A 1:1 image cannot be 4k
        - auto/unset aspect_ratio only supports 1k output_resolution.

        `POST /api/v1/gpt_image_2/edit_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GptImage2EditImageStatus:
        """Get a GPT Image 2 editing task

        Returns the status of a GPT Image 2 editing task; `images` is present once it has completed.

        `GET /api/v1/gpt_image_2/edit_image/{id}`"""

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
    ) -> types.GptImage2EditImageCompleted:
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
    ) -> types.GptImage2EditImageCompleted:
        """Create a GPT Image 2 editing task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditImageCreateParams]) -> None:
        """Check a `create` body against every rule of gpt_image_2.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GptImage2EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToImage(
    SyncTaskResource[types.GptImage2TextToImageStatus, types.GptImage2TextToImageCompleted]
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
        """Create a GPT Image 2 text-to-image task

        Starts a GPT Image 2 (`gpt-image-2`) text-to-image task and answers `202` with its id. The
        prompt may hold up to 20,000 characters; `aspect_ratio` (auto, 1:1, 9:16, 16:9, 4:3, 3:4)
        and `output_resolution` (1k, 2k, 4k) are optional. Resolution rules: a 1:1 image cannot be
        4k, and when `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked
        status operation or pass `callback_url`.

        Rules checked before sending:
        - A 1:1 image cannot be 4k
        - auto/unset aspect_ratio only supports 1k output_resolution.

        `POST /api/v1/gpt_image_2/text_to_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GptImage2TextToImageStatus:
        """Get a GPT Image 2 text-to-image task

        Returns the status of a GPT Image 2 text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/gpt_image_2/text_to_image/{id}`"""

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
    ) -> types.GptImage2TextToImageCompleted:
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
    ) -> types.GptImage2TextToImageCompleted:
        """Create a GPT Image 2 text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of gpt_image_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GptImage2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class GptImage2(SyncAPIResource):
    """GPT Image 2 generation and editing."""

    @cached_property
    def edit_image(self) -> EditImage: ...
    @cached_property
    def text_to_image(self) -> TextToImage: ...

class AsyncEditImage(
    AsyncTaskResource[types.GptImage2EditImageStatus, types.GptImage2EditImageCompleted]
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
        """Create a GPT Image 2 editing task

        Starts a GPT Image 2 (`gpt-image-2`) image-editing task from up to 16 `source_image_urls`
        and answers `202` with its id. Resolution rules: a 1:1 image cannot be 4k, and when
        `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked status operation
        or pass `callback_url`.

        Rules checked before sending:
        - A 1:1 image cannot be 4k
        - auto/unset aspect_ratio only supports 1k output_resolution.

        `POST /api/v1/gpt_image_2/edit_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GptImage2EditImageStatus:
        """Get a GPT Image 2 editing task

        Returns the status of a GPT Image 2 editing task; `images` is present once it has completed.

        `GET /api/v1/gpt_image_2/edit_image/{id}`"""

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
    ) -> types.GptImage2EditImageCompleted:
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
    ) -> types.GptImage2EditImageCompleted:
        """Create a GPT Image 2 editing task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditImageCreateParams]) -> None:
        """Check a `create` body against every rule of gpt_image_2.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GptImage2EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToImage(
    AsyncTaskResource[types.GptImage2TextToImageStatus, types.GptImage2TextToImageCompleted]
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
        """Create a GPT Image 2 text-to-image task

        Starts a GPT Image 2 (`gpt-image-2`) text-to-image task and answers `202` with its id. The
        prompt may hold up to 20,000 characters; `aspect_ratio` (auto, 1:1, 9:16, 16:9, 4:3, 3:4)
        and `output_resolution` (1k, 2k, 4k) are optional. Resolution rules: a 1:1 image cannot be
        4k, and when `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked
        status operation or pass `callback_url`.

        Rules checked before sending:
        - A 1:1 image cannot be 4k
        - auto/unset aspect_ratio only supports 1k output_resolution.

        `POST /api/v1/gpt_image_2/text_to_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.GptImage2TextToImageStatus:
        """Get a GPT Image 2 text-to-image task

        Returns the status of a GPT Image 2 text-to-image task; `images` is present once it has
        completed.

        `GET /api/v1/gpt_image_2/text_to_image/{id}`"""

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
    ) -> types.GptImage2TextToImageCompleted:
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
    ) -> types.GptImage2TextToImageCompleted:
        """Create a GPT Image 2 text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of gpt_image_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.GptImage2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncGptImage2(AsyncAPIResource):
    """GPT Image 2 generation and editing."""

    @cached_property
    def edit_image(self) -> AsyncEditImage: ...
    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
