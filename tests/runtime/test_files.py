"""Upload inputs and streaming downloads."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from runapi._base_client import SyncAPIClient
from runapi._exceptions import APIConnectionError, NotFoundError
from runapi._files import adownload, download, to_httpx_file

from ._helpers import API_KEY

# -- uploads ------------------------------------------------------------------------------------


def test_path_input_streams_from_disk_with_a_stack(tmp_path: Path) -> None:
    source = tmp_path / "clip.mp4"
    source.write_bytes(b"video")
    with ExitStack() as stack:
        name, content, content_type = to_httpx_file(source, stack=stack)
        assert (name, content_type) == ("clip.mp4", "video/mp4")
        assert isinstance(content, io.BufferedReader) and content.read() == b"video"
    assert content.closed


def test_path_input_without_a_stack_is_read(tmp_path: Path) -> None:
    source = tmp_path / "voice.mp3"
    source.write_bytes(b"audio")
    assert to_httpx_file(str(source)) == ("voice.mp3", b"audio", "audio/mpeg")


def test_missing_path() -> None:
    with pytest.raises(FileNotFoundError):
        to_httpx_file("/nonexistent/input.png")


def test_bytes_input() -> None:
    assert to_httpx_file(b"raw") == ("file", b"raw", "application/octet-stream")
    assert to_httpx_file(bytearray(b"raw"))[1] == b"raw"  # type: ignore[arg-type]


def test_file_object_input(tmp_path: Path) -> None:
    source = tmp_path / "image.jpeg"
    source.write_bytes(b"jpeg")
    with source.open("rb") as handle:
        assert to_httpx_file(handle) == ("image.jpeg", handle, "image/jpeg")
    anonymous = io.BytesIO(b"x")
    assert to_httpx_file(anonymous) == ("file", anonymous, "application/octet-stream")


def test_tuple_inputs() -> None:
    assert to_httpx_file(("a.png", b"png")) == ("a.png", b"png", "image/png")
    buffer = io.BytesIO(b"{}")
    assert to_httpx_file(("data.bin", buffer, "application/json")) == (
        "data.bin",
        buffer,
        "application/json",
    )
    assert to_httpx_file(("noext", b"", None))[2] == "application/octet-stream"


def test_text_mode_files_are_rejected(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("hi")
    with source.open() as handle, pytest.raises(TypeError, match="binary"):
        to_httpx_file(handle)  # type: ignore[arg-type]


# -- downloads ----------------------------------------------------------------------------------

CHUNK = 64 * 1024
TOTAL = 5 * 1024 * 1024


class Payload:
    """Serves TOTAL bytes in CHUNK pieces, checking how much has already reached the disk."""

    def __init__(self, directory: Path, *, fail_after: int | None = None) -> None:
        self.directory = directory
        self.fail_after = fail_after
        self.on_disk_when_sent: list[int] = []

    def _partial_size(self) -> int:
        return sum(path.stat().st_size for path in self.directory.glob(".*.part"))

    def chunks(self) -> Iterator[bytes]:
        for index in range(TOTAL // CHUNK):
            if self.fail_after is not None and index == self.fail_after:
                raise httpx.ReadError("connection reset")
            self.on_disk_when_sent.append(self._partial_size())
            yield bytes([index % 256]) * CHUNK

    async def achunks(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk


def expected_content() -> bytes:
    return b"".join(bytes([index % 256]) * CHUNK for index in range(TOTAL // CHUNK))


def requests_log() -> list[httpx.Request]:
    return []


def serve(payload: Payload, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/missing.mp4"):
            return httpx.Response(404, json={"error": "gone"})
        return httpx.Response(200, content=payload.chunks())

    return httpx.MockTransport(handler)


def serve_async(payload: Payload) -> httpx.MockTransport:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=payload.achunks())

    return httpx.MockTransport(handler)


def assert_streamed(payload: Payload) -> None:
    # While chunk k was being produced, chunks before it were already on disk: the body is
    # written as it arrives, never accumulated in memory first.
    sizes = payload.on_disk_when_sent
    assert sizes[0] == 0
    assert all(size >= (index - 1) * CHUNK for index, size in enumerate(sizes))


def test_download_streams_to_disk(tmp_path: Path) -> None:
    payload, seen = Payload(tmp_path), requests_log()
    with httpx.Client(transport=serve(payload, seen)) as http:
        target = download(
            http, "https://cdn.test/out/video.mp4", tmp_path / "result.mp4", chunk_size=CHUNK
        )
    assert target == tmp_path / "result.mp4"
    assert target.read_bytes() == expected_content()
    assert_streamed(payload)
    assert list(tmp_path.glob(".*.part")) == []


def test_download_into_a_directory_uses_the_url_name(tmp_path: Path) -> None:
    payload, seen = Payload(tmp_path), requests_log()
    with httpx.Client(transport=serve(payload, seen)) as http:
        target = download(http, "https://cdn.test/a/b/my%20clip.mp4?sig=abc", tmp_path)
    assert target == tmp_path / "my clip.mp4"
    assert target.stat().st_size == TOTAL


def test_download_creates_parent_directories_and_overwrites(tmp_path: Path) -> None:
    destination = tmp_path / "new" / "nested" / "out.bin"
    destination.parent.mkdir(parents=True)
    destination.write_bytes(b"old")
    payload, seen = Payload(destination.parent), requests_log()
    with httpx.Client(transport=serve(payload, seen)) as http:
        assert download(http, "https://cdn.test/x", str(destination)) == destination
    assert destination.stat().st_size == TOTAL
    payload2 = Payload(tmp_path / "fresh")
    with httpx.Client(transport=serve(payload2, seen)) as http:
        made = download(http, "https://cdn.test/x.bin", f"{tmp_path}/fresh/")
    assert made == tmp_path / "fresh" / "x.bin"


def test_download_url_without_a_name(tmp_path: Path) -> None:
    payload, seen = Payload(tmp_path), requests_log()
    with httpx.Client(transport=serve(payload, seen)) as http:
        assert download(http, "https://cdn.test/", tmp_path) == tmp_path / "file"


def test_failed_download_leaves_nothing_behind(tmp_path: Path) -> None:
    payload, seen = Payload(tmp_path, fail_after=10), requests_log()
    with httpx.Client(transport=serve(payload, seen)) as http, pytest.raises(APIConnectionError):
        download(http, "https://cdn.test/video.mp4", tmp_path / "video.mp4")
    assert list(tmp_path.iterdir()) == []


def test_error_status_raises_and_writes_nothing(tmp_path: Path) -> None:
    payload, seen = Payload(tmp_path), requests_log()
    with httpx.Client(transport=serve(payload, seen)) as http, pytest.raises(NotFoundError):
        download(http, "https://cdn.test/missing.mp4", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_download_through_the_api_client_sends_no_key(tmp_path: Path) -> None:
    payload, seen = Payload(tmp_path), requests_log()
    http = httpx.Client(transport=serve(payload, seen))
    with SyncAPIClient(api_key=API_KEY, http_client=http) as client:
        download(client, "https://cdn.test/v.mp4", tmp_path)
    assert "authorization" not in seen[0].headers and "x-api-key" not in seen[0].headers
    http.close()


def test_adownload(tmp_path: Path) -> None:
    payload = Payload(tmp_path)

    async def main() -> Path:
        async with httpx.AsyncClient(transport=serve_async(payload)) as http:
            return await adownload(http, "https://cdn.test/v.mp4", tmp_path, chunk_size=CHUNK)

    target = asyncio.run(main())
    assert target == tmp_path / "v.mp4"
    assert target.read_bytes() == expected_content()
    assert_streamed(payload)


def test_failed_adownload_leaves_nothing_behind(tmp_path: Path) -> None:
    payload = Payload(tmp_path, fail_after=3)

    async def main() -> None:
        async with httpx.AsyncClient(transport=serve_async(payload)) as http:
            await adownload(http, "https://cdn.test/v.mp4", tmp_path / "v.mp4")

    with pytest.raises(APIConnectionError):
        asyncio.run(main())
    assert list(tmp_path.iterdir()) == []
