# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from runapi._models import BaseModel


class FilesUploadedFile(BaseModel):
    """
    A stored upload. The download_url is temporary and expires after 24 hours.
    """

    file_name: str | None = None
    """
    Stored filename.
    """
    download_url: str
    """
    Temporary URL of the file (expires after 24 hours); pass it as an input URL to generation endpoints.
    """
    file_size: int | None = None
    """
    Size in bytes.
    """
    mime_type: str | None = None
    """
    Detected MIME type.
    """
    uploaded_at: str | None = None
    """
    Upload time (UTC).
    """
