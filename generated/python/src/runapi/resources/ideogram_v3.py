"""Ideogram V3 image generation, editing, remix and reframe.

Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    AsyncAPIResource,
    AsyncTaskResource,
    ProgressCallback,
    SyncAPIResource,
    SyncTaskResource,
)
from .._types import NOT_GIVEN, NotGiven, Operation
from .._validation import check_body

if TYPE_CHECKING:
    import httpx

    from ..types import ideogram_v3 as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditImage",
    "AsyncIdeogramV3",
    "AsyncReframeImage",
    "AsyncRemixImage",
    "AsyncTextToImage",
    "EditImage",
    "IdeogramV3",
    "ReframeImage",
    "RemixImage",
    "TextToImage",
]

OPERATIONS: dict[str, Operation] = {
    "ideogram_v3.edit_image.create": Operation(
        operation_id="ideogram_v3.edit_image.create",
        method="POST",
        path="/api/v1/ideogram_v3/edit_image",
        auth="api_key",
        body="json",
    ),
    "ideogram_v3.edit_image.get": Operation(
        operation_id="ideogram_v3.edit_image.get",
        method="GET",
        path="/api/v1/ideogram_v3/edit_image/{id}",
        auth="api_key",
        body="none",
    ),
    "ideogram_v3.reframe_image.create": Operation(
        operation_id="ideogram_v3.reframe_image.create",
        method="POST",
        path="/api/v1/ideogram_v3/reframe_image",
        auth="api_key",
        body="json",
    ),
    "ideogram_v3.reframe_image.get": Operation(
        operation_id="ideogram_v3.reframe_image.get",
        method="GET",
        path="/api/v1/ideogram_v3/reframe_image/{id}",
        auth="api_key",
        body="none",
    ),
    "ideogram_v3.remix_image.create": Operation(
        operation_id="ideogram_v3.remix_image.create",
        method="POST",
        path="/api/v1/ideogram_v3/remix_image",
        auth="api_key",
        body="json",
    ),
    "ideogram_v3.remix_image.get": Operation(
        operation_id="ideogram_v3.remix_image.get",
        method="GET",
        path="/api/v1/ideogram_v3/remix_image/{id}",
        auth="api_key",
        body="none",
    ),
    "ideogram_v3.text_to_image.create": Operation(
        operation_id="ideogram_v3.text_to_image.create",
        method="POST",
        path="/api/v1/ideogram_v3/text_to_image",
        auth="api_key",
        body="json",
    ),
    "ideogram_v3.text_to_image.get": Operation(
        operation_id="ideogram_v3.text_to_image.get",
        method="GET",
        path="/api/v1/ideogram_v3/text_to_image/{id}",
        auth="api_key",
        body="none",
    ),
}


class EditImage(SyncTaskResource):
    """Edit image."""

    _namespace = "ideogram_v3"
    _create_operation = OPERATIONS["ideogram_v3.edit_image.create"]
    _status_operation = OPERATIONS["ideogram_v3.edit_image.get"]
    _status_model = "IdeogramV3EditImageStatus"
    _completed_model = "IdeogramV3EditImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Ideogram V3 inpainting task

        Starts an Ideogram V3 inpainting task and answers `202` with its id. The prompt (up to 5000
        characters) is the fill text for the masked area; `source_image_url` (JPEG, PNG or WebP, at
        most
        10 MB) and `mask_url` (same dimensions as the source) are required. Two models share the
        endpoint:

        - `ideogram-v3-edit`: plain inpainting; no `style`.
        - `ideogram-v3-character-edit`: character-guided inpainting; `reference_image_urls` is required
          (only the first image is used) and `style` (auto, realistic, fiction) is accepted.

        Both accept `rendering_speed` (turbo, balanced, quality; default balanced), MagicPrompt
        expansion,
        `output_count` (1-4) and `seed`. Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=ideogram-v3-edit
        - model=ideogram-v3-character-edit

        `POST /api/v1/ideogram_v3/edit_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3EditImageStatus:
        """Get an Ideogram V3 inpainting task

        Returns the status of an Ideogram V3 edit task. The response shape matches the text-to-image
        status endpoint.

        `GET /api/v1/ideogram_v3/edit_image/{id}`"""
        return self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3EditImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.IdeogramV3EditImageCompleted:
        """Create an Ideogram V3 inpainting task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of ideogram_v3.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("ideogram_v3", "ideogram_v3.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.IdeogramV3EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class ReframeImage(SyncTaskResource):
    """Reframe image."""

    _namespace = "ideogram_v3"
    _create_operation = OPERATIONS["ideogram_v3.reframe_image.create"]
    _status_operation = OPERATIONS["ideogram_v3.reframe_image.get"]
    _status_model = "IdeogramV3ReframeImageStatus"
    _completed_model = "IdeogramV3ReframeImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Ideogram V3 reframe task

        Starts an Ideogram V3 reframe (`ideogram-v3-reframe`) of one source image (JPEG, PNG or
        WebP, at
        most 10 MB) to the required `aspect_ratio` (1:1, 3:4, 9:16, 4:3, 16:9) and answers `202`
        with its
        id. No prompt is taken; `rendering_speed` (turbo, balanced, quality; default balanced),
        `style`
        (auto, general, realistic, design), `output_count` (1-4) and `seed` are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/ideogram_v3/reframe_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3ReframeImageStatus:
        """Get an Ideogram V3 reframe task

        Returns the status of an Ideogram V3 reframe task. The response shape matches the text-to-
        image status endpoint.

        `GET /api/v1/ideogram_v3/reframe_image/{id}`"""
        return self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3ReframeImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.IdeogramV3ReframeImageCompleted:
        """Create an Ideogram V3 reframe task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of ideogram_v3.reframe_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("ideogram_v3", "ideogram_v3.reframe_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.IdeogramV3ReframeImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class RemixImage(SyncTaskResource):
    """Remix image."""

    _namespace = "ideogram_v3"
    _create_operation = OPERATIONS["ideogram_v3.remix_image.create"]
    _status_operation = OPERATIONS["ideogram_v3.remix_image.get"]
    _status_model = "IdeogramV3RemixImageStatus"
    _completed_model = "IdeogramV3RemixImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Ideogram V3 remix task

        Starts an Ideogram V3 remix of one source image (JPEG, PNG or WebP, at most 10 MB) and
        answers
        `202` with its id. Two models share the endpoint, with different limits:

        - `ideogram-v3-remix`: `style` auto, general, realistic or design; `strength` 0.01-1;
          `negative_prompt` up to 5000 characters.
        - `ideogram-v3-character-remix`: `reference_image_urls` is required (only the first image is
          used); `style` auto, realistic or fiction; `strength` 0.1-1; `negative_prompt` up to 500
          characters; optional `style_reference_image_urls` and `reference_mask_urls` (this model
        only).

        Both accept a prompt of up to 5000 characters, `rendering_speed` (turbo, balanced, quality;
        default balanced), MagicPrompt expansion, `aspect_ratio` (1:1, 3:4, 9:16, 4:3, 16:9),
        `output_count` (1-4) and `seed`. Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=ideogram-v3-remix
        - model=ideogram-v3-character-remix

        `POST /api/v1/ideogram_v3/remix_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3RemixImageStatus:
        """Get an Ideogram V3 remix task

        Returns the status of an Ideogram V3 remix task. The response shape matches the text-to-
        image status endpoint.

        `GET /api/v1/ideogram_v3/remix_image/{id}`"""
        return self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3RemixImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.IdeogramV3RemixImageCompleted:
        """Create an Ideogram V3 remix task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of ideogram_v3.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("ideogram_v3", "ideogram_v3.remix_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.IdeogramV3RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToImage(SyncTaskResource):
    """Text to image."""

    _namespace = "ideogram_v3"
    _create_operation = OPERATIONS["ideogram_v3.text_to_image.create"]
    _status_operation = OPERATIONS["ideogram_v3.text_to_image.get"]
    _status_model = "IdeogramV3TextToImageStatus"
    _completed_model = "IdeogramV3TextToImageCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Ideogram V3 text-to-image task

        Starts an Ideogram V3 text-to-image task and answers `202` with its id. Two models share the
        endpoint:

        - `ideogram-v3-text-to-image`: plain generation; `style` is auto, general, realistic or design.
        - `ideogram-v3-character`: character-guided generation; `reference_image_urls` is required (only
          the first image is used; JPEG, PNG or WebP, at most 10 MB in total) and `style` is auto,
          realistic or fiction.

        Both accept a prompt and `negative_prompt` of up to 5000 characters, `rendering_speed`
        (turbo,
        balanced, quality; default balanced), MagicPrompt expansion, `aspect_ratio` (1:1, 3:4, 9:16,
        4:3,
        16:9), `output_count` (1-4) and `seed`. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=ideogram-v3-text-to-image
        - model=ideogram-v3-character

        `POST /api/v1/ideogram_v3/text_to_image`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3TextToImageStatus:
        """Get an Ideogram V3 text-to-image task

        Returns the status of an Ideogram V3 text-to-image task; `images` is present once it has
        completed and `error` once it has failed.

        `GET /api/v1/ideogram_v3/text_to_image/{id}`"""
        return self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3TextToImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.IdeogramV3TextToImageCompleted:
        """Create an Ideogram V3 text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of ideogram_v3.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("ideogram_v3", "ideogram_v3.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.IdeogramV3TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class IdeogramV3(SyncAPIResource):
    """Ideogram V3 image generation, editing, remix and reframe."""

    _namespace = "ideogram_v3"

    @cached_property
    def edit_image(self) -> EditImage:
        return EditImage(self._client)

    @cached_property
    def reframe_image(self) -> ReframeImage:
        return ReframeImage(self._client)

    @cached_property
    def remix_image(self) -> RemixImage:
        return RemixImage(self._client)

    @cached_property
    def text_to_image(self) -> TextToImage:
        return TextToImage(self._client)


class AsyncEditImage(AsyncTaskResource):
    """Edit image."""

    _namespace = "ideogram_v3"
    _create_operation = OPERATIONS["ideogram_v3.edit_image.create"]
    _status_operation = OPERATIONS["ideogram_v3.edit_image.get"]
    _status_model = "IdeogramV3EditImageStatus"
    _completed_model = "IdeogramV3EditImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Ideogram V3 inpainting task

        Starts an Ideogram V3 inpainting task and answers `202` with its id. The prompt (up to 5000
        characters) is the fill text for the masked area; `source_image_url` (JPEG, PNG or WebP, at
        most
        10 MB) and `mask_url` (same dimensions as the source) are required. Two models share the
        endpoint:

        - `ideogram-v3-edit`: plain inpainting; no `style`.
        - `ideogram-v3-character-edit`: character-guided inpainting; `reference_image_urls` is required
          (only the first image is used) and `style` (auto, realistic, fiction) is accepted.

        Both accept `rendering_speed` (turbo, balanced, quality; default balanced), MagicPrompt
        expansion,
        `output_count` (1-4) and `seed`. Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=ideogram-v3-edit
        - model=ideogram-v3-character-edit

        `POST /api/v1/ideogram_v3/edit_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3EditImageStatus:
        """Get an Ideogram V3 inpainting task

        Returns the status of an Ideogram V3 edit task. The response shape matches the text-to-image
        status endpoint.

        `GET /api/v1/ideogram_v3/edit_image/{id}`"""
        return await self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3EditImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return await self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    async def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.IdeogramV3EditImageCompleted:
        """Create an Ideogram V3 inpainting task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return await self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of ideogram_v3.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("ideogram_v3", "ideogram_v3.edit_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.IdeogramV3EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncReframeImage(AsyncTaskResource):
    """Reframe image."""

    _namespace = "ideogram_v3"
    _create_operation = OPERATIONS["ideogram_v3.reframe_image.create"]
    _status_operation = OPERATIONS["ideogram_v3.reframe_image.get"]
    _status_model = "IdeogramV3ReframeImageStatus"
    _completed_model = "IdeogramV3ReframeImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Ideogram V3 reframe task

        Starts an Ideogram V3 reframe (`ideogram-v3-reframe`) of one source image (JPEG, PNG or
        WebP, at
        most 10 MB) to the required `aspect_ratio` (1:1, 3:4, 9:16, 4:3, 16:9) and answers `202`
        with its
        id. No prompt is taken; `rendering_speed` (turbo, balanced, quality; default balanced),
        `style`
        (auto, general, realistic, design), `output_count` (1-4) and `seed` are optional.

        Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/ideogram_v3/reframe_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3ReframeImageStatus:
        """Get an Ideogram V3 reframe task

        Returns the status of an Ideogram V3 reframe task. The response shape matches the text-to-
        image status endpoint.

        `GET /api/v1/ideogram_v3/reframe_image/{id}`"""
        return await self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3ReframeImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return await self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    async def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.IdeogramV3ReframeImageCompleted:
        """Create an Ideogram V3 reframe task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return await self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of ideogram_v3.reframe_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("ideogram_v3", "ideogram_v3.reframe_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.IdeogramV3ReframeImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncRemixImage(AsyncTaskResource):
    """Remix image."""

    _namespace = "ideogram_v3"
    _create_operation = OPERATIONS["ideogram_v3.remix_image.create"]
    _status_operation = OPERATIONS["ideogram_v3.remix_image.get"]
    _status_model = "IdeogramV3RemixImageStatus"
    _completed_model = "IdeogramV3RemixImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Ideogram V3 remix task

        Starts an Ideogram V3 remix of one source image (JPEG, PNG or WebP, at most 10 MB) and
        answers
        `202` with its id. Two models share the endpoint, with different limits:

        - `ideogram-v3-remix`: `style` auto, general, realistic or design; `strength` 0.01-1;
          `negative_prompt` up to 5000 characters.
        - `ideogram-v3-character-remix`: `reference_image_urls` is required (only the first image is
          used); `style` auto, realistic or fiction; `strength` 0.1-1; `negative_prompt` up to 500
          characters; optional `style_reference_image_urls` and `reference_mask_urls` (this model
        only).

        Both accept a prompt of up to 5000 characters, `rendering_speed` (turbo, balanced, quality;
        default balanced), MagicPrompt expansion, `aspect_ratio` (1:1, 3:4, 9:16, 4:3, 16:9),
        `output_count` (1-4) and `seed`. Poll the linked status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=ideogram-v3-remix
        - model=ideogram-v3-character-remix

        `POST /api/v1/ideogram_v3/remix_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3RemixImageStatus:
        """Get an Ideogram V3 remix task

        Returns the status of an Ideogram V3 remix task. The response shape matches the text-to-
        image status endpoint.

        `GET /api/v1/ideogram_v3/remix_image/{id}`"""
        return await self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3RemixImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return await self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    async def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.IdeogramV3RemixImageCompleted:
        """Create an Ideogram V3 remix task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return await self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of ideogram_v3.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("ideogram_v3", "ideogram_v3.remix_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.IdeogramV3RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToImage(AsyncTaskResource):
    """Text to image."""

    _namespace = "ideogram_v3"
    _create_operation = OPERATIONS["ideogram_v3.text_to_image.create"]
    _status_operation = OPERATIONS["ideogram_v3.text_to_image.get"]
    _status_model = "IdeogramV3TextToImageStatus"
    _completed_model = "IdeogramV3TextToImageCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create an Ideogram V3 text-to-image task

        Starts an Ideogram V3 text-to-image task and answers `202` with its id. Two models share the
        endpoint:

        - `ideogram-v3-text-to-image`: plain generation; `style` is auto, general, realistic or design.
        - `ideogram-v3-character`: character-guided generation; `reference_image_urls` is required (only
          the first image is used; JPEG, PNG or WebP, at most 10 MB in total) and `style` is auto,
          realistic or fiction.

        Both accept a prompt and `negative_prompt` of up to 5000 characters, `rendering_speed`
        (turbo,
        balanced, quality; default balanced), MagicPrompt expansion, `aspect_ratio` (1:1, 3:4, 9:16,
        4:3,
        16:9), `output_count` (1-4) and `seed`. Poll the linked status operation or pass
        `callback_url`.

        Accepted request shapes (one overload each):
        - model=ideogram-v3-text-to-image
        - model=ideogram-v3-character

        `POST /api/v1/ideogram_v3/text_to_image`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3TextToImageStatus:
        """Get an Ideogram V3 text-to-image task

        Returns the status of an Ideogram V3 text-to-image task; `images` is present once it has
        completed and `error` once it has failed.

        `GET /api/v1/ideogram_v3/text_to_image/{id}`"""
        return await self._get_task(id, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.IdeogramV3TextToImageCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: images (an answer without them raises `IncompleteResultError`)."""
        return await self._wait_task(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            extra_headers=extra_headers,
            request_timeout=request_timeout,
        )

    async def run(
        self,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.IdeogramV3TextToImageCompleted:
        """Create an Ideogram V3 text-to-image task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""
        wait = {
            "timeout": wait_timeout,
            "poll_interval": poll_interval,
            "max_poll_interval": max_poll_interval,
            "on_progress": on_progress,
        }
        return await self._run_task(
            body, wait=wait, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of ideogram_v3.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("ideogram_v3", "ideogram_v3.text_to_image.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.IdeogramV3TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncIdeogramV3(AsyncAPIResource):
    """Ideogram V3 image generation, editing, remix and reframe."""

    _namespace = "ideogram_v3"

    @cached_property
    def edit_image(self) -> AsyncEditImage:
        return AsyncEditImage(self._client)

    @cached_property
    def reframe_image(self) -> AsyncReframeImage:
        return AsyncReframeImage(self._client)

    @cached_property
    def remix_image(self) -> AsyncRemixImage:
        return AsyncRemixImage(self._client)

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        return AsyncTextToImage(self._client)
