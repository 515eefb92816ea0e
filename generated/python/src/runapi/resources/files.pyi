"""Temporary file uploads (expire after 24 hours) whose download_url can be passed to
generation endpoints.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

from collections.abc import Mapping
from typing import Unpack

import httpx

from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .._types import NotGiven, Operation
from ..params import files as params
from ..types import files as types

__all__ = ["AsyncFiles", "Files"]

OPERATIONS: dict[str, Operation]

class Files(SyncAPIResource):
    """Temporary file uploads (expire after 24 hours) whose download_url can be passed to
    generation endpoints."""

    def from_base64(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.FromBase64Params],
    ) -> types.FilesUploadedFile:
        """Upload a file from Base64 data

        Decodes `base64_data` (plain Base64, or a data URL such as
        `data:image/png;base64,...`) into temporary storage and answers `201` with a
        `download_url` (expires after 24 hours). Files may be at most 10 MB (413 otherwise);
        unsupported file types answer 415.

        `POST /api/v1/files/from_base64`"""

    def from_stream(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.FromStreamParams],
    ) -> types.FilesUploadedFile:
        """Upload a file as multipart/form-data

        Uploads the `file` part of a `multipart/form-data` body (optionally renamed with
        `file_name`) and answers `201` with a temporary `download_url` (expires after 24 hours).
        Files may be at most 10 MB (413 otherwise); unsupported file types answer 415.

        `POST /api/v1/files/from_stream`"""

    def from_url(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.FromUrlParams],
    ) -> types.FilesUploadedFile:
        """Upload a file from a URL

        Downloads the file at `file_url` (HTTPS) into temporary storage and answers `201` with a
        `download_url` that generation endpoints accept as an input URL (for example Suno's
        `upload_url`). Uploaded files and their links expire after 24 hours. Files may be at most
        10 MB (413 otherwise); a download that takes too long answers 408; unsupported file types
        answer 415.

        `POST /api/v1/files/from_url`"""

    def validate_from_base64(self, **body: Unpack[params.FromBase64Params]) -> None:
        """Check a `from_base64` body against every rule of files.from_base64 without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_from_stream(self, **body: Unpack[params.FromStreamParams]) -> None:
        """Check a `from_stream` body against every rule of files.from_stream without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_from_url(self, **body: Unpack[params.FromUrlParams]) -> None:
        """Check a `from_url` body against every rule of files.from_url without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

class AsyncFiles(AsyncAPIResource):
    """Temporary file uploads (expire after 24 hours) whose download_url can be passed to
    generation endpoints."""

    async def from_base64(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.FromBase64Params],
    ) -> types.FilesUploadedFile:
        """Upload a file from Base64 data

        Decodes `base64_data` (plain Base64, or a data URL such as
        `data:image/png;base64,...`) into temporary storage and answers `201` with a
        `download_url` (expires after 24 hours). Files may be at most 10 MB (413 otherwise);
        unsupported file types answer 415.

        `POST /api/v1/files/from_base64`"""

    async def from_stream(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.FromStreamParams],
    ) -> types.FilesUploadedFile:
        """Upload a file as multipart/form-data

        Uploads the `file` part of a `multipart/form-data` body (optionally renamed with
        `file_name`) and answers `201` with a temporary `download_url` (expires after 24 hours).
        Files may be at most 10 MB (413 otherwise); unsupported file types answer 415.

        `POST /api/v1/files/from_stream`"""

    async def from_url(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.FromUrlParams],
    ) -> types.FilesUploadedFile:
        """Upload a file from a URL

        Downloads the file at `file_url` (HTTPS) into temporary storage and answers `201` with a
        `download_url` that generation endpoints accept as an input URL (for example Suno's
        `upload_url`). Uploaded files and their links expire after 24 hours. Files may be at most
        10 MB (413 otherwise); a download that takes too long answers 408; unsupported file types
        answer 415.

        `POST /api/v1/files/from_url`"""

    def validate_from_base64(self, **body: Unpack[params.FromBase64Params]) -> None:
        """Check a `from_base64` body against every rule of files.from_base64 without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_from_stream(self, **body: Unpack[params.FromStreamParams]) -> None:
        """Check a `from_stream` body against every rule of files.from_stream without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_from_url(self, **body: Unpack[params.FromUrlParams]) -> None:
        """Check a `from_url` body against every rule of files.from_url without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
