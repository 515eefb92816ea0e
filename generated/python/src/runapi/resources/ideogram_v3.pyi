"""Ideogram V3 image generation, editing, remix and reframe.

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
from ..params import ideogram_v3 as params
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

OPERATIONS: dict[str, Operation]

class EditImage(
    SyncTaskResource[types.IdeogramV3EditImageStatus, types.IdeogramV3EditImageCompleted]
):
    """Edit image."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateIdeogramV3EditParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateIdeogramV3CharacterEditParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.IdeogramV3EditImageStatus:
        """Get an Ideogram V3 inpainting task

        Returns the status of an Ideogram V3 edit task. The response shape matches the text-to-image
        status endpoint.

        `GET /api/v1/ideogram_v3/edit_image/{id}`"""

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
    ) -> types.IdeogramV3EditImageCompleted:
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
        **body: Unpack[params.EditImageCreateIdeogramV3EditParams],
    ) -> types.IdeogramV3EditImageCompleted:
        """Create an Ideogram V3 inpainting task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.EditImageCreateIdeogramV3CharacterEditParams],
    ) -> types.IdeogramV3EditImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.EditImageCreateIdeogramV3EditParams]) -> None:
        """Check a `create` body against every rule of ideogram_v3.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.EditImageCreateIdeogramV3CharacterEditParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.IdeogramV3EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class ReframeImage(
    SyncTaskResource[types.IdeogramV3ReframeImageStatus, types.IdeogramV3ReframeImageCompleted]
):
    """Reframe image."""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ReframeImageCreateParams],
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.IdeogramV3ReframeImageStatus:
        """Get an Ideogram V3 reframe task

        Returns the status of an Ideogram V3 reframe task. The response shape matches the text-to-
        image status endpoint.

        `GET /api/v1/ideogram_v3/reframe_image/{id}`"""

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
    ) -> types.IdeogramV3ReframeImageCompleted:
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
        **body: Unpack[params.ReframeImageCreateParams],
    ) -> types.IdeogramV3ReframeImageCompleted:
        """Create an Ideogram V3 reframe task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ReframeImageCreateParams]) -> None:
        """Check a `create` body against every rule of ideogram_v3.reframe_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.IdeogramV3ReframeImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class RemixImage(
    SyncTaskResource[types.IdeogramV3RemixImageStatus, types.IdeogramV3RemixImageCompleted]
):
    """Remix image."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemixImageCreateIdeogramV3RemixParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemixImageCreateIdeogramV3CharacterRemixParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.IdeogramV3RemixImageStatus:
        """Get an Ideogram V3 remix task

        Returns the status of an Ideogram V3 remix task. The response shape matches the text-to-
        image status endpoint.

        `GET /api/v1/ideogram_v3/remix_image/{id}`"""

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
    ) -> types.IdeogramV3RemixImageCompleted:
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
        **body: Unpack[params.RemixImageCreateIdeogramV3RemixParams],
    ) -> types.IdeogramV3RemixImageCompleted:
        """Create an Ideogram V3 remix task, then wait for it to finish (`create` + `wait`); returns
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
        **body: Unpack[params.RemixImageCreateIdeogramV3CharacterRemixParams],
    ) -> types.IdeogramV3RemixImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.RemixImageCreateIdeogramV3RemixParams]) -> None:
        """Check a `create` body against every rule of ideogram_v3.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.RemixImageCreateIdeogramV3CharacterRemixParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.IdeogramV3RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class TextToImage(
    SyncTaskResource[types.IdeogramV3TextToImageStatus, types.IdeogramV3TextToImageCompleted]
):
    """Text to image."""

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateIdeogramV3TextToImageParams],
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

    @overload
    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateIdeogramV3CharacterParams],
    ) -> TaskAccepted: ...
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.IdeogramV3TextToImageStatus:
        """Get an Ideogram V3 text-to-image task

        Returns the status of an Ideogram V3 text-to-image task; `images` is present once it has
        completed and `error` once it has failed.

        `GET /api/v1/ideogram_v3/text_to_image/{id}`"""

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
    ) -> types.IdeogramV3TextToImageCompleted:
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
        **body: Unpack[params.TextToImageCreateIdeogramV3TextToImageParams],
    ) -> types.IdeogramV3TextToImageCompleted:
        """Create an Ideogram V3 text-to-image task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.TextToImageCreateIdeogramV3CharacterParams],
    ) -> types.IdeogramV3TextToImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateIdeogramV3TextToImageParams]) -> None:
        """Check a `create` body against every rule of ideogram_v3.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToImageCreateIdeogramV3CharacterParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.IdeogramV3TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class IdeogramV3(SyncAPIResource):
    """Ideogram V3 image generation, editing, remix and reframe."""

    @cached_property
    def edit_image(self) -> EditImage: ...
    @cached_property
    def reframe_image(self) -> ReframeImage: ...
    @cached_property
    def remix_image(self) -> RemixImage: ...
    @cached_property
    def text_to_image(self) -> TextToImage: ...

class AsyncEditImage(
    AsyncTaskResource[types.IdeogramV3EditImageStatus, types.IdeogramV3EditImageCompleted]
):
    """Edit image."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateIdeogramV3EditParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.EditImageCreateIdeogramV3CharacterEditParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.IdeogramV3EditImageStatus:
        """Get an Ideogram V3 inpainting task

        Returns the status of an Ideogram V3 edit task. The response shape matches the text-to-image
        status endpoint.

        `GET /api/v1/ideogram_v3/edit_image/{id}`"""

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
    ) -> types.IdeogramV3EditImageCompleted:
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
        **body: Unpack[params.EditImageCreateIdeogramV3EditParams],
    ) -> types.IdeogramV3EditImageCompleted:
        """Create an Ideogram V3 inpainting task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.EditImageCreateIdeogramV3CharacterEditParams],
    ) -> types.IdeogramV3EditImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.EditImageCreateIdeogramV3EditParams]) -> None:
        """Check a `create` body against every rule of ideogram_v3.edit_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.EditImageCreateIdeogramV3CharacterEditParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.IdeogramV3EditImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncReframeImage(
    AsyncTaskResource[types.IdeogramV3ReframeImageStatus, types.IdeogramV3ReframeImageCompleted]
):
    """Reframe image."""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.ReframeImageCreateParams],
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.IdeogramV3ReframeImageStatus:
        """Get an Ideogram V3 reframe task

        Returns the status of an Ideogram V3 reframe task. The response shape matches the text-to-
        image status endpoint.

        `GET /api/v1/ideogram_v3/reframe_image/{id}`"""

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
    ) -> types.IdeogramV3ReframeImageCompleted:
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
        **body: Unpack[params.ReframeImageCreateParams],
    ) -> types.IdeogramV3ReframeImageCompleted:
        """Create an Ideogram V3 reframe task, then wait for it to finish (`create` + `wait`); returns
        the completed status.

        Takes the same fields as `create` (see its documentation for the request shapes and rules);
        `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control the wait as
        in `wait`; `extra_headers` and `timeout` apply to the create and every poll."""

    def validate(self, **body: Unpack[params.ReframeImageCreateParams]) -> None:
        """Check a `create` body against every rule of ideogram_v3.reframe_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.IdeogramV3ReframeImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncRemixImage(
    AsyncTaskResource[types.IdeogramV3RemixImageStatus, types.IdeogramV3RemixImageCompleted]
):
    """Remix image."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemixImageCreateIdeogramV3RemixParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.RemixImageCreateIdeogramV3CharacterRemixParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.IdeogramV3RemixImageStatus:
        """Get an Ideogram V3 remix task

        Returns the status of an Ideogram V3 remix task. The response shape matches the text-to-
        image status endpoint.

        `GET /api/v1/ideogram_v3/remix_image/{id}`"""

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
    ) -> types.IdeogramV3RemixImageCompleted:
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
        **body: Unpack[params.RemixImageCreateIdeogramV3RemixParams],
    ) -> types.IdeogramV3RemixImageCompleted:
        """Create an Ideogram V3 remix task, then wait for it to finish (`create` + `wait`); returns
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
        **body: Unpack[params.RemixImageCreateIdeogramV3CharacterRemixParams],
    ) -> types.IdeogramV3RemixImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.RemixImageCreateIdeogramV3RemixParams]) -> None:
        """Check a `create` body against every rule of ideogram_v3.remix_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.RemixImageCreateIdeogramV3CharacterRemixParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.IdeogramV3RemixImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncTextToImage(
    AsyncTaskResource[types.IdeogramV3TextToImageStatus, types.IdeogramV3TextToImageCompleted]
):
    """Text to image."""

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateIdeogramV3TextToImageParams],
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

    @overload
    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.TextToImageCreateIdeogramV3CharacterParams],
    ) -> TaskAccepted: ...
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.IdeogramV3TextToImageStatus:
        """Get an Ideogram V3 text-to-image task

        Returns the status of an Ideogram V3 text-to-image task; `images` is present once it has
        completed and `error` once it has failed.

        `GET /api/v1/ideogram_v3/text_to_image/{id}`"""

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
    ) -> types.IdeogramV3TextToImageCompleted:
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
        **body: Unpack[params.TextToImageCreateIdeogramV3TextToImageParams],
    ) -> types.IdeogramV3TextToImageCompleted:
        """Create an Ideogram V3 text-to-image task, then wait for it to finish (`create` + `wait`);
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
        **body: Unpack[params.TextToImageCreateIdeogramV3CharacterParams],
    ) -> types.IdeogramV3TextToImageCompleted: ...
    @overload
    def validate(self, **body: Unpack[params.TextToImageCreateIdeogramV3TextToImageParams]) -> None:
        """Check a `create` body against every rule of ideogram_v3.text_to_image.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    @overload
    def validate(
        self, **body: Unpack[params.TextToImageCreateIdeogramV3CharacterParams]
    ) -> None: ...
    def parse_callback(
        self,
        raw_body: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str,
        tolerance: float = ...,
    ) -> types.IdeogramV3TextToImageStatus:
        """Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse its body
        into the task status model. Pass the raw request body bytes exactly as received and the
        request headers."""

class AsyncIdeogramV3(AsyncAPIResource):
    """Ideogram V3 image generation, editing, remix and reframe."""

    @cached_property
    def edit_image(self) -> AsyncEditImage: ...
    @cached_property
    def reframe_image(self) -> AsyncReframeImage: ...
    @cached_property
    def remix_image(self) -> AsyncRemixImage: ...
    @cached_property
    def text_to_image(self) -> AsyncTextToImage: ...
