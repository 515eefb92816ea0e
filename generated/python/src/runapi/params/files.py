"""Request bodies of the files operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.files...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Required, TypedDict

from .._files import FileInput

__all__ = [
    "FromBase64Params",
    "FromStreamParams",
    "FromUrlParams",
]


class FromBase64Params(TypedDict, total=False):
    """Body of `files.from_base64`."""

    base64_data: Required[str]
    """Base64-encoded file data, with or without a data URL prefix (`data:<mime>;base64,`). The
    decoded file may be at most 10 MB."""

    file_name: str
    """Custom filename for the uploaded file."""


class FromStreamParams(TypedDict, total=False):
    """Body of `files.from_stream`."""

    file: Required[FileInput]
    """The file to upload (binary part, at most 10 MB)."""

    file_name: str
    """Custom filename for the uploaded file."""


class FromUrlParams(TypedDict, total=False):
    """Body of `files.from_url`."""

    file_url: Required[str]
    """HTTPS URL of the file to download."""

    file_name: str
    """Custom filename for the uploaded file."""
