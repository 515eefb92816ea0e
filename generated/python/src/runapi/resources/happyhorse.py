"""HappyHorse video generation and editing.

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

    from ..types import happyhorse as types
    from ..types.shared import TaskAccepted

__all__ = [
    "AsyncEditVideo",
    "AsyncHappyhorse",
    "AsyncImageToVideo",
    "AsyncTextToVideo",
    "EditVideo",
    "Happyhorse",
    "ImageToVideo",
    "TextToVideo",
]

OPERATIONS: dict[str, Operation] = {
    "happyhorse.edit_video.create": Operation(
        operation_id="happyhorse.edit_video.create",
        method="POST",
        path="/api/v1/happyhorse/edit_video",
        auth="api_key",
        body="json",
    ),
    "happyhorse.edit_video.get": Operation(
        operation_id="happyhorse.edit_video.get",
        method="GET",
        path="/api/v1/happyhorse/edit_video/{id}",
        auth="api_key",
        body="none",
    ),
    "happyhorse.image_to_video.create": Operation(
        operation_id="happyhorse.image_to_video.create",
        method="POST",
        path="/api/v1/happyhorse/image_to_video",
        auth="api_key",
        body="json",
    ),
    "happyhorse.image_to_video.get": Operation(
        operation_id="happyhorse.image_to_video.get",
        method="GET",
        path="/api/v1/happyhorse/image_to_video/{id}",
        auth="api_key",
        body="none",
    ),
    "happyhorse.text_to_video.create": Operation(
        operation_id="happyhorse.text_to_video.create",
        method="POST",
        path="/api/v1/happyhorse/text_to_video",
        auth="api_key",
        body="json",
    ),
    "happyhorse.text_to_video.get": Operation(
        operation_id="happyhorse.text_to_video.get",
        method="GET",
        path="/api/v1/happyhorse/text_to_video/{id}",
        auth="api_key",
        body="none",
    ),
}


class EditVideo(SyncTaskResource):
    """Edit video."""

    _namespace = "happyhorse"
    _create_operation = OPERATIONS["happyhorse.edit_video.create"]
    _status_operation = OPERATIONS["happyhorse.edit_video.get"]
    _status_model = "HappyhorseTaskStatus"
    _completed_model = "HappyhorseTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a HappyHorse edit-video task

        Edits a source video (`source_video_url`, one public MP4 or MOV of 3-60 seconds, model
        `happyhorse-edit-video`) following the `prompt` instruction, optionally guided by 0-5
        `reference_image_urls`, and answers `202` with the task id. `output_resolution` 720p or 1080p
        (default 1080p); `audio_setting` auto or original (default auto); `seed` 0-2147483647. Poll
        the linked
        status operation or pass `callback_url`.

        `POST /api/v1/happyhorse/edit_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse edit-video task

        Returns the status of a HappyHorse edit-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/edit_video/{id}`"""
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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse edit-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of happyhorse.edit_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("happyhorse", "happyhorse.edit_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class ImageToVideo(SyncTaskResource):
    """Image to video."""

    _namespace = "happyhorse"
    _create_operation = OPERATIONS["happyhorse.image_to_video.create"]
    _status_operation = OPERATIONS["happyhorse.image_to_video.get"]
    _status_model = "HappyhorseTaskStatus"
    _completed_model = "HappyhorseTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a HappyHorse image-to-video task

        Animates a first-frame image (`first_frame_image_url`, model `happyhorse-image-to-video`)
        and
        answers `202` with the task id. Optional: `prompt` (at most 5000 non-Chinese or 2500 Chinese
        characters), `output_resolution` 720p or 1080p (default 1080p), `duration_seconds` 3-15
        (default 5),
        `seed` 0-2147483647. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/happyhorse/image_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse image-to-video task

        Returns the status of a HappyHorse image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/image_to_video/{id}`"""
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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse image-to-video task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of happyhorse.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("happyhorse", "happyhorse.image_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class TextToVideo(SyncTaskResource):
    """Text to video."""

    _namespace = "happyhorse"
    _create_operation = OPERATIONS["happyhorse.text_to_video.create"]
    _status_operation = OPERATIONS["happyhorse.text_to_video.get"]
    _status_model = "HappyhorseTaskStatus"
    _completed_model = "HappyhorseTaskCompleted"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a HappyHorse text-to-video task

        Starts a HappyHorse text-to-video task and answers `202` with its id. `happyhorse-text-to-
        video`
        generates from the prompt (optionally with `reference_image_urls`); `happyhorse-character`
        requires
        1-9 `reference_image_urls`, whose order maps to character1, character2, ... in the prompt.
        Prompt: at most 5000 non-Chinese or 2500
        Chinese characters. `output_resolution` 720p or 1080p (default 1080p), `aspect_ratio` 16:9,
        9:16, 1:1,
        4:3 or 3:4 (default 16:9), `duration_seconds` 3-15 (default 5), `seed` 0-2147483647. Poll
        the linked
        status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=happyhorse-text-to-video
        - model=happyhorse-character

        `POST /api/v1/happyhorse/text_to_video`"""
        return self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse text-to-video task

        Returns the status of a HappyHorse text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/text_to_video/{id}`"""
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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse text-to-video task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of happyhorse.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("happyhorse", "happyhorse.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class Happyhorse(SyncAPIResource):
    """HappyHorse video generation and editing."""

    _namespace = "happyhorse"

    @cached_property
    def edit_video(self) -> EditVideo:
        return EditVideo(self._client)

    @cached_property
    def image_to_video(self) -> ImageToVideo:
        return ImageToVideo(self._client)

    @cached_property
    def text_to_video(self) -> TextToVideo:
        return TextToVideo(self._client)


class AsyncEditVideo(AsyncTaskResource):
    """Edit video."""

    _namespace = "happyhorse"
    _create_operation = OPERATIONS["happyhorse.edit_video.create"]
    _status_operation = OPERATIONS["happyhorse.edit_video.get"]
    _status_model = "HappyhorseTaskStatus"
    _completed_model = "HappyhorseTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a HappyHorse edit-video task

        Edits a source video (`source_video_url`, one public MP4 or MOV of 3-60 seconds, model
        `happyhorse-edit-video`) following the `prompt` instruction, optionally guided by 0-5
        `reference_image_urls`, and answers `202` with the task id. `output_resolution` 720p or 1080p
        (default 1080p); `audio_setting` auto or original (default auto); `seed` 0-2147483647. Poll
        the linked
        status operation or pass `callback_url`.

        `POST /api/v1/happyhorse/edit_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse edit-video task

        Returns the status of a HappyHorse edit-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/edit_video/{id}`"""
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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse edit-video task, then wait for it to finish (`create` + `wait`); returns
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
        """Check a `create` body against every rule of happyhorse.edit_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("happyhorse", "happyhorse.edit_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncImageToVideo(AsyncTaskResource):
    """Image to video."""

    _namespace = "happyhorse"
    _create_operation = OPERATIONS["happyhorse.image_to_video.create"]
    _status_operation = OPERATIONS["happyhorse.image_to_video.get"]
    _status_model = "HappyhorseTaskStatus"
    _completed_model = "HappyhorseTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a HappyHorse image-to-video task

        Animates a first-frame image (`first_frame_image_url`, model `happyhorse-image-to-video`)
        and
        answers `202` with the task id. Optional: `prompt` (at most 5000 non-Chinese or 2500 Chinese
        characters), `output_resolution` 720p or 1080p (default 1080p), `duration_seconds` 3-15
        (default 5),
        `seed` 0-2147483647. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/happyhorse/image_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse image-to-video task

        Returns the status of a HappyHorse image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/image_to_video/{id}`"""
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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse image-to-video task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of happyhorse.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("happyhorse", "happyhorse.image_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncTextToVideo(AsyncTaskResource):
    """Text to video."""

    _namespace = "happyhorse"
    _create_operation = OPERATIONS["happyhorse.text_to_video.create"]
    _status_operation = OPERATIONS["happyhorse.text_to_video.get"]
    _status_model = "HappyhorseTaskStatus"
    _completed_model = "HappyhorseTaskCompleted"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> TaskAccepted:
        """Create a HappyHorse text-to-video task

        Starts a HappyHorse text-to-video task and answers `202` with its id. `happyhorse-text-to-
        video`
        generates from the prompt (optionally with `reference_image_urls`); `happyhorse-character`
        requires
        1-9 `reference_image_urls`, whose order maps to character1, character2, ... in the prompt.
        Prompt: at most 5000 non-Chinese or 2500
        Chinese characters. `output_resolution` 720p or 1080p (default 1080p), `aspect_ratio` 16:9,
        9:16, 1:1,
        4:3 or 3:4 (default 16:9), `duration_seconds` 3-15 (default 5), `seed` 0-2147483647. Poll
        the linked
        status operation or pass `callback_url`.

        Accepted request shapes (one overload each):
        - model=happyhorse-text-to-video
        - model=happyhorse-character

        `POST /api/v1/happyhorse/text_to_video`"""
        return await self._create_task(
            body, extra_headers=extra_headers, extra_body=extra_body, timeout=timeout
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse text-to-video task

        Returns the status of a HappyHorse text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/text_to_video/{id}`"""
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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""
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
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse text-to-video task, then wait for it to finish (`create` + `wait`);
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
        """Check a `create` body against every rule of happyhorse.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("happyhorse", "happyhorse.text_to_video.create", body)

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = 300.0,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""
        return self._parse_callback(raw_body, headers, secret, tolerance)


class AsyncHappyhorse(AsyncAPIResource):
    """HappyHorse video generation and editing."""

    _namespace = "happyhorse"

    @cached_property
    def edit_video(self) -> AsyncEditVideo:
        return AsyncEditVideo(self._client)

    @cached_property
    def image_to_video(self) -> AsyncImageToVideo:
        return AsyncImageToVideo(self._client)

    @cached_property
    def text_to_video(self) -> AsyncTextToVideo:
        return AsyncTextToVideo(self._client)
