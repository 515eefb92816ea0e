"""`runapi files`: Temporary file uploads (expire after 24 hours) whose download_url can be passed to
generation endpoints.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Temporary file uploads (expire after 24 hours) whose download_url can be passed to generation endpoints."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "base64_data",
        "--base64-data",
        "str",
        "Base64-encoded file data, with or without a data URL prefix (`data:<mime>;base64,`). The decoded file may be at most 10 MB. Required.",
        required=True,
    ),
    Opt("file_name", "--file-name", "str", "Custom filename for the uploaded file."),
)

_BODY_1: tuple[Opt, ...] = (
    Opt(
        "file",
        "--file",
        "file",
        "The file to upload (binary part, at most 10 MB). Required.",
        required=True,
    ),
    Opt("file_name", "--file-name", "str", "Custom filename for the uploaded file."),
)

_BODY_2: tuple[Opt, ...] = (
    Opt(
        "file_url",
        "--file-url",
        "str",
        "HTTPS URL of the file to download. Required.",
        required=True,
    ),
    Opt("file_name", "--file-name", "str", "Custom filename for the uploaded file."),
)

#: Intermediate groups (resources) below `runapi files`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="from-base64",
        path=(),
        operation_id="files.from_base64",
        action="call",
        call=("files",),
        method="from_base64",
        summary="Upload a file from Base64 data",
        help="Upload a file from Base64 data.\n\nDecodes `base64_data` (plain Base64, or a data URL such as `data:image/png;base64,...`) into temporary storage and answers `201` with a `download_url` (expires after 24 hours). Files may be at most 10 MB (413 otherwise); unsupported file types answer 415.\n\nPOST /api/v1/files/from_base64",
        epilog="Example:\n\n\x08\n  runapi files from-base64 --base64-data 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA...' --file-name base64-image.png",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="from-stream",
        path=(),
        operation_id="files.from_stream",
        action="call",
        call=("files",),
        method="from_stream",
        summary="Upload a file as multipart/form-data",
        help="Upload a file as multipart/form-data.\n\nUploads the `file` part of a `multipart/form-data` body (optionally renamed with `file_name`) and answers `201` with a temporary `download_url` (expires after 24 hours). Files may be at most 10 MB (413 otherwise); unsupported file types answer 415.\n\nPOST /api/v1/files/from_stream",
        epilog="Example:\n\n\x08\n  runapi files from-stream",
        args=(),
        query=(),
        options=_BODY_1,
        body="multipart",
    ),
    Cmd(
        name="from-url",
        path=(),
        operation_id="files.from_url",
        action="call",
        call=("files",),
        method="from_url",
        summary="Upload a file from a URL",
        help="Upload a file from a URL.\n\nDownloads the file at `file_url` (HTTPS) into temporary storage and answers `201` with a `download_url` that generation endpoints accept as an input URL (for example Suno's `upload_url`). Uploaded files and their links expire after 24 hours. Files may be at most 10 MB (413 otherwise); a download that takes too long answers 408; unsupported file types answer 415.\n\nPOST /api/v1/files/from_url",
        epilog="Example:\n\n\x08\n  runapi files from-url --file-url https://cdn.runapi.ai/public/samples/image.jpg --file-name downloaded-image.png",
        args=(),
        query=(),
        options=_BODY_2,
        body="json",
    ),
)
