"""Upload inputs (multipart encoding) and streaming downloads of result files."""

from __future__ import annotations

import io
import os
from contextlib import ExitStack
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Final
from urllib.parse import unquote, urlsplit

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
)
from ._types import FileContent, FileInput

if TYPE_CHECKING:
    # httpx is imported inside the download functions, so importing this module stays cheap.
    import httpx

    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["DEFAULT_CHUNK_SIZE", "FileInput", "adownload", "download", "to_httpx_file"]

DEFAULT_CHUNK_SIZE: Final = 1024 * 1024
DEFAULT_CONTENT_TYPE: Final = "application/octet-stream"
# Name of a part or a downloaded file when nothing better is known.
_FALLBACK_NAME: Final = "file"


def to_httpx_file(
    value: FileInput, *, stack: ExitStack | None = None
) -> tuple[str, bytes | IO[bytes], str]:
    """``(filename, content, content_type)`` for httpx's ``files=``.

    A ``str`` is always a path, never content. A path is opened through `stack` (and closed with
    it) so the upload streams from disk; without a stack its bytes are read into memory.
    """
    if isinstance(value, tuple):
        filename, content, *rest = value
        content_type = rest[0] if rest else None
        _check_binary(content)
        return filename, content, content_type or _guess_type(filename)
    if isinstance(value, bytes | bytearray | memoryview):
        return _FALLBACK_NAME, bytes(value), DEFAULT_CONTENT_TYPE
    if isinstance(value, str | os.PathLike):
        path = Path(value)
        content = stack.enter_context(path.open("rb")) if stack else path.read_bytes()
        return path.name, content, _guess_type(path.name)
    _check_binary(value)
    name = getattr(value, "name", None)
    filename = os.path.basename(name) if isinstance(name, str) and name else _FALLBACK_NAME
    return filename, value, _guess_type(filename)


def _check_binary(content: FileContent) -> None:
    if isinstance(content, io.TextIOBase):
        raise TypeError("upload files must be opened in binary mode ('rb')")


def _guess_type(filename: str) -> str:
    # mimetypes and tempfile are imported where used: most programs never upload or download.
    import mimetypes

    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    return guessed or DEFAULT_CONTENT_TYPE


def _destination_path(url: str, destination: str | os.PathLike[str]) -> Path:
    path = Path(destination)
    if path.is_dir() or str(destination).endswith((os.sep, "/")):
        # Only the final segment, decoded: a URL can never point the file outside `path`.
        segment = PurePosixPath(unquote(urlsplit(url).path)).name
        name = os.path.basename(segment)
        return path / (name if name not in ("", ".", "..") else _FALLBACK_NAME)
    return path


def _temp_file(final: Path) -> tuple[IO[bytes], Path]:
    import tempfile

    final.parent.mkdir(parents=True, exist_ok=True)
    # Same directory as the target, so the final rename is atomic (same file system).
    fd, name = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".part")
    return os.fdopen(fd, "wb"), Path(name)


def _finish(handle: IO[bytes], temp: Path, final: Path) -> Path:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    os.replace(temp, final)
    return final


def _discard(handle: IO[bytes], temp: Path) -> None:
    handle.close()
    temp.unlink(missing_ok=True)


def _download_error(exc: httpx.RequestError, response: httpx.Response | None) -> APIError:
    """The SDK error for a download that failed in transit (never a bare httpx exception)."""
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=exc.request)
    if isinstance(exc, httpx.DecodingError) and response is not None:
        encoding = response.headers.get("content-encoding", "identity")
        return APIResponseValidationError(
            f"the download could not be decoded (Content-Encoding {encoding}): {exc}",
            response=response,
        )
    if isinstance(exc, httpx.TooManyRedirects):
        return APIConnectionError(f"Download failed: {exc}", request=exc.request)
    return APIConnectionError(f"Connection error: {exc}", request=exc.request)


def download(
    client: httpx.Client | SyncAPIClient,
    url: str,
    destination: str | os.PathLike[str],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Path:
    """Stream `url` to `destination` (a file path, or a directory to keep the URL's file name).

    The body goes to a temporary file next to the target, renamed into place only when
    complete, so a failed download never leaves a truncated file. No API key is sent: result
    URLs are pre-signed and may live on another host.
    """
    import httpx

    http = client if isinstance(client, httpx.Client) else client.http_client
    final = _destination_path(url, destination)
    response: httpx.Response | None = None
    try:
        with http.stream("GET", url, follow_redirects=True) as response:
            if not response.is_success:
                response.read()
                raise make_status_error(response)
            handle, temp = _temp_file(final)
            try:
                for chunk in response.iter_bytes(chunk_size):
                    handle.write(chunk)
                return _finish(handle, temp, final)
            except BaseException:
                _discard(handle, temp)
                raise
    except (httpx.TransportError, httpx.DecodingError, httpx.TooManyRedirects) as exc:
        raise _download_error(exc, response) from exc
    except httpx.InvalidURL as exc:
        raise ValueError(f"the download URL is invalid: {exc}") from None


async def adownload(
    client: httpx.AsyncClient | AsyncAPIClient,
    url: str,
    destination: str | os.PathLike[str],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Path:
    """The async twin of `download`."""
    import httpx

    http = client if isinstance(client, httpx.AsyncClient) else client.http_client
    final = _destination_path(url, destination)
    response: httpx.Response | None = None
    try:
        async with http.stream("GET", url, follow_redirects=True) as response:
            if not response.is_success:
                await response.aread()
                raise make_status_error(response)
            handle, temp = _temp_file(final)
            try:
                async for chunk in response.aiter_bytes(chunk_size):
                    # A local write of one chunk is short next to receiving it; a thread hop
                    # per chunk would cost more than it saves.
                    handle.write(chunk)
                return _finish(handle, temp, final)
            except BaseException:
                _discard(handle, temp)
                raise
    except (httpx.TransportError, httpx.DecodingError, httpx.TooManyRedirects) as exc:
        raise _download_error(exc, response) from exc
    except httpx.InvalidURL as exc:
        raise ValueError(f"the download URL is invalid: {exc}") from None
