"""Files: multipart upload from bytes / paths / file objects, URL and base64 uploads."""
# ruff: noqa: F841, B018

from __future__ import annotations

import io
from pathlib import Path

import runapi
from runapi.params.files import FromStreamParams
from runapi.types.files import FilesUploadedFile

PNG = b"\x89PNG\r\n\x1a\n"


def correct(client: runapi.RunAPI, path: Path) -> None:
    files = client.files
    uploaded: FilesUploadedFile = files.from_stream(file=PNG, file_name="pixel.png")
    url: str = uploaded.download_url
    size: int | None = uploaded.file_size
    files.from_stream(file=("pixel.png", PNG, "image/png"))
    files.from_stream(file=("pixel.png", io.BytesIO(PNG)))
    files.from_stream(file=path)
    files.from_stream(file=str(path))
    with path.open("rb") as handle:
        files.from_stream(file=handle, file_name=path.name)
    body: FromStreamParams = {"file": PNG}
    body["file_name"] = "renamed.png"
    files.validate_from_stream(**body)
    files.from_stream(**body)

    files.from_url(file_url="https://example.com/photo.jpg")
    from_b64 = files.from_base64(
        base64_data="data:image/png;base64,iVBORw0KGgo=", file_name="a.png"
    )
    mime: str | None = from_b64.mime_type

    # An upload feeds a generation request.
    client.gpt_image_2.edit_image.create(
        model="gpt-image-2", prompt="make it blue", source_image_urls=[uploaded.download_url]
    )


def wrong(client: runapi.RunAPI) -> None:
    files = client.files
    files.from_stream(file_name="pixel.png")  # E: file missing
    files.from_stream(file=12345)  # E: not a file
    files.from_stream(file=PNG, filename="pixel.png")  # E: the field is file_name
    files.from_stream(file=("pixel.png", "not bytes"))  # E: content must be bytes or a binary file
    files.from_url(url="https://example.com/photo.jpg")  # E: the field is file_url
    files.from_url(file_url="https://example.com/photo.jpg", file=PNG)  # E: from_stream only
    files.from_base64(base64_data=PNG)  # E: base64 text, not raw bytes
    files.from_base64(file_name="a.png")  # E: base64_data missing
    uploaded = files.from_stream(file=PNG)
    uploaded.url  # E: the field is download_url
    uploaded.file_size + 1  # E: file_size is optional
    name: str = uploaded.file_name  # E: file_name is optional
    body: FromStreamParams = {"file": PNG, "mime_type": "image/png"}  # E: unknown key


async def correct_async(client: runapi.AsyncRunAPI) -> None:
    uploaded = await client.files.from_stream(file=PNG, file_name="pixel.png")
    url: str = uploaded.download_url
    remote = await client.files.from_url(file_url="https://example.com/a.mp3")


async def wrong_async(client: runapi.AsyncRunAPI) -> None:
    url: str = client.files.from_stream(file=PNG).download_url  # E: not awaited
