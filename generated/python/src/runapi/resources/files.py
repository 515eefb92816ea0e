"""Temporary file uploads (expire after 24 hours) whose download_url can be passed to
generation endpoints.

Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .._types import NOT_GIVEN, NotGiven, Operation
from .._validation import check_body

if TYPE_CHECKING:
    import httpx

    from ..types import files as types

__all__ = ["AsyncFiles", "Files"]

OPERATIONS: dict[str, Operation] = {
    "files.from_base64": Operation(
        operation_id="files.from_base64",
        method="POST",
        path="/api/v1/files/from_base64",
        auth="api_key",
        body="json",
    ),
    "files.from_stream": Operation(
        operation_id="files.from_stream",
        method="POST",
        path="/api/v1/files/from_stream",
        auth="api_key",
        body="multipart",
    ),
    "files.from_url": Operation(
        operation_id="files.from_url",
        method="POST",
        path="/api/v1/files/from_url",
        auth="api_key",
        body="json",
    ),
}


class Files(SyncAPIResource):
    """Temporary file uploads (expire after 24 hours) whose download_url can be passed to
    generation endpoints."""

    _namespace = "files"

    def from_base64(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.FilesUploadedFile:
        """Upload a file from Base64 data

        Decodes `base64_data` (plain Base64, or a data URL such as
        `data:image/png;base64,...`) into temporary storage and answers `201` with a
        `download_url` (expires after 24 hours). Files may be at most 10 MB (413 otherwise);
        unsupported file types answer 415.

        `POST /api/v1/files/from_base64`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["files.from_base64"], "FilesUploadedFile", **request)

    def from_stream(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.FilesUploadedFile:
        """Upload a file as multipart/form-data

        Uploads the `file` part of a `multipart/form-data` body (optionally renamed with
        `file_name`) and answers `201` with a temporary `download_url` (expires after 24 hours).
        Files may be at most 10 MB (413 otherwise); unsupported file types answer 415.

        `POST /api/v1/files/from_stream`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        request["binary_fields"] = frozenset(["file"])
        return self._call(OPERATIONS["files.from_stream"], "FilesUploadedFile", **request)

    def from_url(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.FilesUploadedFile:
        """Upload a file from a URL

        Downloads the file at `file_url` (HTTPS) into temporary storage and answers `201` with a
        `download_url` that generation endpoints accept as an input URL (for example Suno's
        `upload_url`). Uploaded files and their links expire after 24 hours. Files may be at most
        10 MB (413 otherwise); a download that takes too long answers 408; unsupported file types
        answer 415.

        `POST /api/v1/files/from_url`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["files.from_url"], "FilesUploadedFile", **request)

    def validate_from_base64(self, **body: Any) -> None:
        """Check a `from_base64` body against every rule of files.from_base64 without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("files", "files.from_base64", body)

    def validate_from_stream(self, **body: Any) -> None:
        """Check a `from_stream` body against every rule of files.from_stream without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("files", "files.from_stream", body)

    def validate_from_url(self, **body: Any) -> None:
        """Check a `from_url` body against every rule of files.from_url without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("files", "files.from_url", body)


class AsyncFiles(AsyncAPIResource):
    """Temporary file uploads (expire after 24 hours) whose download_url can be passed to
    generation endpoints."""

    _namespace = "files"

    async def from_base64(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.FilesUploadedFile:
        """Upload a file from Base64 data

        Decodes `base64_data` (plain Base64, or a data URL such as
        `data:image/png;base64,...`) into temporary storage and answers `201` with a
        `download_url` (expires after 24 hours). Files may be at most 10 MB (413 otherwise);
        unsupported file types answer 415.

        `POST /api/v1/files/from_base64`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["files.from_base64"], "FilesUploadedFile", **request)

    async def from_stream(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.FilesUploadedFile:
        """Upload a file as multipart/form-data

        Uploads the `file` part of a `multipart/form-data` body (optionally renamed with
        `file_name`) and answers `201` with a temporary `download_url` (expires after 24 hours).
        Files may be at most 10 MB (413 otherwise); unsupported file types answer 415.

        `POST /api/v1/files/from_stream`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        request["binary_fields"] = frozenset(["file"])
        return await self._call(OPERATIONS["files.from_stream"], "FilesUploadedFile", **request)

    async def from_url(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.FilesUploadedFile:
        """Upload a file from a URL

        Downloads the file at `file_url` (HTTPS) into temporary storage and answers `201` with a
        `download_url` that generation endpoints accept as an input URL (for example Suno's
        `upload_url`). Uploaded files and their links expire after 24 hours. Files may be at most
        10 MB (413 otherwise); a download that takes too long answers 408; unsupported file types
        answer 415.

        `POST /api/v1/files/from_url`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["files.from_url"], "FilesUploadedFile", **request)

    def validate_from_base64(self, **body: Any) -> None:
        """Check a `from_base64` body against every rule of files.from_base64 without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("files", "files.from_base64", body)

    def validate_from_stream(self, **body: Any) -> None:
        """Check a `from_stream` body against every rule of files.from_stream without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("files", "files.from_stream", body)

    def validate_from_url(self, **body: Any) -> None:
        """Check a `from_url` body against every rule of files.from_url without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("files", "files.from_url", body)
