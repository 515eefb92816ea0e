"""Recraft upscaling and background removal.

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
from ..params import recraft as params
from ..types import recraft as types
from ..types.shared import TaskAccepted

__all__ = [
    "AsyncRecraft",
    "AsyncRemoveBackground",
    "AsyncUpscaleImage",
    "Recraft",
    "RemoveBackground",
    "UpscaleImage",
]

OPERATIONS: dict[str, Operation]

class RemoveBackground(
    SyncTaskResource[types.RecraftRemoveBackgroundStatus, types.RecraftRemoveBackgroundCompleted]
):
    """Remove background."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemoveBackgroundCreateParams],
    ) -> TaskAccepted:
        """Create a Recraft background-removal task

        Starts a Recraft background removal for one image (`recraft-remove-background`) and answers
        `202` with its id. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/recraft/remove_background`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RecraftRemoveBackgroundStatus:
        """Get a Recraft background-removal task

        Returns the status of a Recraft background-removal task; `images` holds the processed image
        once completed, `error` the reason once failed.

        `GET /api/v1/recraft/remove_background/{id}`"""

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
    ) -> types.RecraftRemoveBackgroundCompleted:
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
        **body: Unpack[params.RemoveBackgroundCreateParams],
    ) -> types.RecraftRemoveBackgroundCompleted:
        """Create a Recraft background-removal task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RemoveBackgroundCreateParams]) -> None:
        """Check a `create` body against every rule of recraft.remove_background.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RecraftRemoveBackgroundStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class UpscaleImage(
    SyncTaskResource[types.RecraftUpscaleImageStatus, types.RecraftUpscaleImageCompleted]
):
    """Upscale image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> TaskAccepted:
        """Create a Recraft upscale task

        Starts a Recraft crisp upscale of one image (`recraft-crisp-upscale`) and answers `202` with
        its
        id. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/recraft/upscale_image`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RecraftUpscaleImageStatus:
        """Get a Recraft upscale task

        Returns the status of a Recraft upscale task; `images` holds the processed image once
        completed, `error` the reason once failed.

        `GET /api/v1/recraft/upscale_image/{id}`"""

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
    ) -> types.RecraftUpscaleImageCompleted:
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
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> types.RecraftUpscaleImageCompleted:
        """Create a Recraft upscale task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleImageCreateParams]) -> None:
        """Check a `create` body against every rule of recraft.upscale_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RecraftUpscaleImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Recraft(SyncAPIResource):
    """Recraft upscaling and background removal."""

    @cached_property
    def remove_background(self) -> RemoveBackground: ...
    @cached_property
    def upscale_image(self) -> UpscaleImage: ...

class AsyncRemoveBackground(
    AsyncTaskResource[types.RecraftRemoveBackgroundStatus, types.RecraftRemoveBackgroundCompleted]
):
    """Remove background."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemoveBackgroundCreateParams],
    ) -> TaskAccepted:
        """Create a Recraft background-removal task

        Starts a Recraft background removal for one image (`recraft-remove-background`) and answers
        `202` with its id. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/recraft/remove_background`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RecraftRemoveBackgroundStatus:
        """Get a Recraft background-removal task

        Returns the status of a Recraft background-removal task; `images` holds the processed image
        once completed, `error` the reason once failed.

        `GET /api/v1/recraft/remove_background/{id}`"""

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
    ) -> types.RecraftRemoveBackgroundCompleted:
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
        **body: Unpack[params.RemoveBackgroundCreateParams],
    ) -> types.RecraftRemoveBackgroundCompleted:
        """Create a Recraft background-removal task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.RemoveBackgroundCreateParams]) -> None:
        """Check a `create` body against every rule of recraft.remove_background.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RecraftRemoveBackgroundStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncUpscaleImage(
    AsyncTaskResource[types.RecraftUpscaleImageStatus, types.RecraftUpscaleImageCompleted]
):
    """Upscale image."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> TaskAccepted:
        """Create a Recraft upscale task

        Starts a Recraft crisp upscale of one image (`recraft-crisp-upscale`) and answers `202` with
        its
        id. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/recraft/upscale_image`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.RecraftUpscaleImageStatus:
        """Get a Recraft upscale task

        Returns the status of a Recraft upscale task; `images` holds the processed image once
        completed, `error` the reason once failed.

        `GET /api/v1/recraft/upscale_image/{id}`"""

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
    ) -> types.RecraftUpscaleImageCompleted:
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
        **body: Unpack[params.UpscaleImageCreateParams],
    ) -> types.RecraftUpscaleImageCompleted:
        """Create a Recraft upscale task, then wait for it to finish (`create` + `wait`); returns the
        completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.UpscaleImageCreateParams]) -> None:
        """Check a `create` body against every rule of recraft.upscale_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.RecraftUpscaleImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncRecraft(AsyncAPIResource):
    """Recraft upscaling and background removal."""

    @cached_property
    def remove_background(self) -> AsyncRemoveBackground: ...
    @cached_property
    def upscale_image(self) -> AsyncUpscaleImage: ...
