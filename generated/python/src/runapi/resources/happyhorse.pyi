"""HappyHorse video generation and editing.

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
from ..params import happyhorse as params
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

OPERATIONS: dict[str, Operation]

class EditVideo(SyncTaskResource[types.HappyhorseTaskStatus, types.HappyhorseTaskCompleted]):
    """Edit video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateParams],
    ) -> TaskAccepted:
        """Create a HappyHorse edit-video task

        Edits a source video (`source_video_url`, one public MP4 or MOV of 3-60 seconds, model
        `happyhorse-edit-video`) following the `prompt` instruction, optionally guided by 0-5
        `reference_image_urls`, and answers `202` with the task id. `output_resolution` 720p or 1080p
        (default 1080p); `audio_setting` auto or original (default auto); `seed` 0-2147483647. Poll
        the linked
        status operation or pass `callback_url`.

        `POST /api/v1/happyhorse/edit_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse edit-video task

        Returns the status of a HappyHorse edit-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/edit_video/{id}`"""

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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.EditVideoCreateParams],
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse edit-video task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditVideoCreateParams]) -> None:
        """Check a `create` body against every rule of happyhorse.edit_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class ImageToVideo(SyncTaskResource[types.HappyhorseTaskStatus, types.HappyhorseTaskCompleted]):
    """Image to video."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateParams],
    ) -> TaskAccepted:
        """Create a HappyHorse image-to-video task

        Animates a first-frame image (`first_frame_image_url`, model `happyhorse-image-to-video`)
        and
        answers `202` with the task id. Optional: `prompt` (at most 5000 non-Chinese or 2500 Chinese
        characters), `output_resolution` 720p or 1080p (default 1080p), `duration_seconds` 3-15
        (default 5),
        `seed` 0-2147483647. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/happyhorse/image_to_video`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse image-to-video task

        Returns the status of a HappyHorse image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/image_to_video/{id}`"""

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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.ImageToVideoCreateParams],
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse image-to-video task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ImageToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of happyhorse.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToVideo(SyncTaskResource[types.HappyhorseTaskStatus, types.HappyhorseTaskCompleted]):
    """Text to video."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateHappyhorseTextToVideoParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateHappyhorseCharacterParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse text-to-video task

        Returns the status of a HappyHorse text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/text_to_video/{id}`"""

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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToVideoCreateHappyhorseTextToVideoParams],
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse text-to-video task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.TextToVideoCreateHappyhorseCharacterParams],
    ) -> types.HappyhorseTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateHappyhorseTextToVideoParams]) -> None:
        """Check a `create` body against every rule of happyhorse.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateHappyhorseCharacterParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class Happyhorse(SyncAPIResource):
    """HappyHorse video generation and editing."""

    @cached_property
    def edit_video(self) -> EditVideo: ...
    @cached_property
    def image_to_video(self) -> ImageToVideo: ...
    @cached_property
    def text_to_video(self) -> TextToVideo: ...

class AsyncEditVideo(AsyncTaskResource[types.HappyhorseTaskStatus, types.HappyhorseTaskCompleted]):
    """Edit video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditVideoCreateParams],
    ) -> TaskAccepted:
        """Create a HappyHorse edit-video task

        Edits a source video (`source_video_url`, one public MP4 or MOV of 3-60 seconds, model
        `happyhorse-edit-video`) following the `prompt` instruction, optionally guided by 0-5
        `reference_image_urls`, and answers `202` with the task id. `output_resolution` 720p or 1080p
        (default 1080p); `audio_setting` auto or original (default auto); `seed` 0-2147483647. Poll
        the linked
        status operation or pass `callback_url`.

        `POST /api/v1/happyhorse/edit_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse edit-video task

        Returns the status of a HappyHorse edit-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/edit_video/{id}`"""

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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.EditVideoCreateParams],
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse edit-video task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.EditVideoCreateParams]) -> None:
        """Check a `create` body against every rule of happyhorse.edit_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncImageToVideo(
    AsyncTaskResource[types.HappyhorseTaskStatus, types.HappyhorseTaskCompleted]
):
    """Image to video."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ImageToVideoCreateParams],
    ) -> TaskAccepted:
        """Create a HappyHorse image-to-video task

        Animates a first-frame image (`first_frame_image_url`, model `happyhorse-image-to-video`)
        and
        answers `202` with the task id. Optional: `prompt` (at most 5000 non-Chinese or 2500 Chinese
        characters), `output_resolution` 720p or 1080p (default 1080p), `duration_seconds` 3-15
        (default 5),
        `seed` 0-2147483647. Poll the linked status operation or pass `callback_url`.

        `POST /api/v1/happyhorse/image_to_video`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse image-to-video task

        Returns the status of a HappyHorse image-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/image_to_video/{id}`"""

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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.ImageToVideoCreateParams],
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse image-to-video task, then wait for it to finish (`create` + `wait`);
        returns the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ImageToVideoCreateParams]) -> None:
        """Check a `create` body against every rule of happyhorse.image_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToVideo(
    AsyncTaskResource[types.HappyhorseTaskStatus, types.HappyhorseTaskCompleted]
):
    """Text to video."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateHappyhorseTextToVideoParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToVideoCreateHappyhorseCharacterParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.HappyhorseTaskStatus:
        """Get a HappyHorse text-to-video task

        Returns the status of a HappyHorse text-to-video task; `videos` is present once it has
        completed.

        `GET /api/v1/happyhorse/text_to_video/{id}`"""

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
    ) -> types.HappyhorseTaskCompleted:
        """Wait for the task to finish and return its completed status.

        Polls the status operation every 5 seconds at first, growing to `max_poll_interval`; raises
        `TaskFailedError` (with the server's message) when the task fails and `TaskTimeoutError`
        after `timeout` seconds. `on_progress(status, elapsed)` is called after every poll with the
        status model. `extra_headers` and `request_timeout` apply to every poll. Completed results
        always include: videos (an answer without them raises `IncompleteResultError`)."""

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
        **body: Unpack[params.TextToVideoCreateHappyhorseTextToVideoParams],
    ) -> types.HappyhorseTaskCompleted:
        """Create a HappyHorse text-to-video task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.TextToVideoCreateHappyhorseCharacterParams],
    ) -> types.HappyhorseTaskCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToVideoCreateHappyhorseTextToVideoParams]) -> None:
        """Check a `create` body against every rule of happyhorse.text_to_video.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToVideoCreateHappyhorseCharacterParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.HappyhorseTaskStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncHappyhorse(AsyncAPIResource):
    """HappyHorse video generation and editing."""

    @cached_property
    def edit_video(self) -> AsyncEditVideo: ...
    @cached_property
    def image_to_video(self) -> AsyncImageToVideo: ...
    @cached_property
    def text_to_video(self) -> AsyncTextToVideo: ...
