"""Qwen 2 image generation, remix and editing.

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
from ..params import qwen_2 as params
from ..types import qwen_2 as types
from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncQwen2",
    "AsyncRemixImage",
    "AsyncTextToImage",
    "EditImage",
    "Qwen2",
    "RemixImage",
    "TextToImage",
]

OPERATIONS: dict[str, Operation]

class EditImage(SyncTaskResource[types.Qwen2EditImageStatus, types.Qwen2EditImageCompleted]):
    """Edit image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateParams],
    ) -> TaskAccepted:
        """Create a Qwen 2 edit-image task

        Starts a prompt-guided edit of one source image with `qwen-2-edit-image` and answers `202`
        with
        its id. The edit instruction may be up to 800 characters and the source image is JPEG, PNG
        or
        WebP up to 10 MB; `aspect_ratio` (1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9),
        `output_format`
        (jpeg or png; default png), `seed` and the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/edit_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Qwen2EditImageStatus:
        """Get a Qwen 2 edit-image task

        Returns the status of a Qwen 2 edit-image task; `images` is present once it has completed.
        Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/edit_image/{id}`"""

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
    ) -> types.Qwen2EditImageCompleted:
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
    ) -> types.Qwen2EditImageCompleted:
        """Create a Qwen 2 edit-image task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditImageCreateParams]) -> None:
        """Check a `create` body against every rule of qwen_2.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Qwen2EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class RemixImage(SyncTaskResource[types.Qwen2RemixImageStatus, types.Qwen2RemixImageCompleted]):
    """Remix image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemixImageCreateParams],
    ) -> TaskAccepted:
        """Create a Qwen 2 remix-image task

        Starts a prompt-guided remix of one source image with `qwen-2-remix-image` and answers `202`
        with its id. The prompt may be up to 5000 characters and the source image is JPEG, PNG or
        WebP
        up to 10 MB. Tuning: `strength` 0-1 (default 0.8), `num_inference_steps` 2-250 (default 30),
        `guidance_scale` 0-20 (default 2.5), `acceleration` (none, regular, high; default none),
        `negative_prompt` up to 500 characters, `seed`, `output_format` (png or jpeg; default png).

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/remix_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Qwen2RemixImageStatus:
        """Get a Qwen 2 remix-image task

        Returns the status of a Qwen 2 remix-image task; `images` is present once it has completed.
        Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/remix_image/{id}`"""

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
    ) -> types.Qwen2RemixImageCompleted:
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
    ) -> types.Qwen2RemixImageCompleted:
        """Create a Qwen 2 remix-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RemixImageCreateParams]) -> None:
        """Check a `create` body against every rule of qwen_2.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Qwen2RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToImage(SyncTaskResource[types.Qwen2TextToImageStatus, types.Qwen2TextToImageCompleted]):
    """Text to image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateParams],
    ) -> TaskAccepted:
        """Create a Qwen 2 text-to-image task

        Starts a Qwen 2 text-to-image task (`qwen-2-text-to-image`) and answers `202` with its id.
        The
        prompt may be up to 800 characters; `aspect_ratio` (1:1, 3:4, 4:3, 9:16, 16:9; default
        16:9),
        `seed`, `output_format` (png or jpeg; default png) and the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/text_to_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Qwen2TextToImageStatus:
        """Get a Qwen 2 text-to-image task

        Returns the status of a Qwen 2 text-to-image task; `images` is present once it has
        completed. Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/text_to_image/{id}`"""

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
    ) -> types.Qwen2TextToImageCompleted:
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
    ) -> types.Qwen2TextToImageCompleted:
        """Create a Qwen 2 text-to-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of qwen_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Qwen2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Qwen2(SyncAPIResource):
    """Qwen 2 image generation, remix and editing."""

    @cached_property
    def edit_image(self) -> EditImage: ...
    @cached_property
    def remix_image(self) -> RemixImage: ...
    @cached_property
    def text_to_image(self) -> TextToImage: ...

class AsyncEditImage(AsyncTaskResource[types.Qwen2EditImageStatus, types.Qwen2EditImageCompleted]):
    """Edit image."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateParams],
    ) -> TaskAccepted:
        """Create a Qwen 2 edit-image task

        Starts a prompt-guided edit of one source image with `qwen-2-edit-image` and answers `202`
        with
        its id. The edit instruction may be up to 800 characters and the source image is JPEG, PNG
        or
        WebP up to 10 MB; `aspect_ratio` (1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9),
        `output_format`
        (jpeg or png; default png), `seed` and the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/edit_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Qwen2EditImageStatus:
        """Get a Qwen 2 edit-image task

        Returns the status of a Qwen 2 edit-image task; `images` is present once it has completed.
        Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/edit_image/{id}`"""

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
    ) -> types.Qwen2EditImageCompleted:
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
    ) -> types.Qwen2EditImageCompleted:
        """Create a Qwen 2 edit-image task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditImageCreateParams]) -> None:
        """Check a `create` body against every rule of qwen_2.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Qwen2EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncRemixImage(
    AsyncTaskResource[types.Qwen2RemixImageStatus, types.Qwen2RemixImageCompleted]
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
        """Create a Qwen 2 remix-image task

        Starts a prompt-guided remix of one source image with `qwen-2-remix-image` and answers `202`
        with its id. The prompt may be up to 5000 characters and the source image is JPEG, PNG or
        WebP
        up to 10 MB. Tuning: `strength` 0-1 (default 0.8), `num_inference_steps` 2-250 (default 30),
        `guidance_scale` 0-20 (default 2.5), `acceleration` (none, regular, high; default none),
        `negative_prompt` up to 500 characters, `seed`, `output_format` (png or jpeg; default png).

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/remix_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Qwen2RemixImageStatus:
        """Get a Qwen 2 remix-image task

        Returns the status of a Qwen 2 remix-image task; `images` is present once it has completed.
        Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/remix_image/{id}`"""

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
    ) -> types.Qwen2RemixImageCompleted:
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
    ) -> types.Qwen2RemixImageCompleted:
        """Create a Qwen 2 remix-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RemixImageCreateParams]) -> None:
        """Check a `create` body against every rule of qwen_2.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Qwen2RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToImage(
    AsyncTaskResource[types.Qwen2TextToImageStatus, types.Qwen2TextToImageCompleted]
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
        """Create a Qwen 2 text-to-image task

        Starts a Qwen 2 text-to-image task (`qwen-2-text-to-image`) and answers `202` with its id.
        The
        prompt may be up to 800 characters; `aspect_ratio` (1:1, 3:4, 4:3, 9:16, 16:9; default
        16:9),
        `seed`, `output_format` (png or jpeg; default png) and the safety checker toggle are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/qwen_2/text_to_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.Qwen2TextToImageStatus:
        """Get a Qwen 2 text-to-image task

        Returns the status of a Qwen 2 text-to-image task; `images` is present once it has
        completed. Polling and webhook payloads share this shape.

        `GET /api/v1/qwen_2/text_to_image/{id}`"""

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
    ) -> types.Qwen2TextToImageCompleted:
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
    ) -> types.Qwen2TextToImageCompleted:
        """Create a Qwen 2 text-to-image task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.TextToImageCreateParams]) -> None:
        """Check a `create` body against every rule of qwen_2.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.Qwen2TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncQwen2(AsyncAPIResource):
    """Qwen 2 image generation, remix and editing."""

    @cached_property
    def edit_image(self) -> AsyncEditImage: ...
    @cached_property
    def remix_image(self) -> AsyncRemixImage: ...
    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
