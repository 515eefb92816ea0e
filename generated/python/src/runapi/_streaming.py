"""Server-Sent Events: a line decoder and typed iterators over an open httpx response.

Parsing follows the WHATWG event-stream rules: ``event``/``data``/``id``/``retry`` fields, one
optional space after the colon, ``data`` lines joined with newlines, ``:`` comments ignored, and
an event dispatched at a blank line only when it carried data.

A connection that breaks mid-stream ends the iteration with `APIConnectionError` (or
`APITimeoutError`), a body that cannot be decoded with `APIResponseValidationError`: the same
documented errors a plain call raises, never a bare httpx exception.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from ._exceptions import APIError, APIStreamError, error_message_from_body

if TYPE_CHECKING:
    # Annotations only: a stream wraps a response that exists only once httpx is loaded.
    import httpx

__all__ = ["AsyncStream", "SSEDecoder", "ServerSentEvent", "Stream"]

T = TypeVar("T")

_DONE = "[DONE]"


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    event: str | None
    data: str
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        return json.loads(self.data)


class SSEDecoder:
    """Turns decoded lines (without their line terminators) into events."""

    def __init__(self) -> None:
        self._event: str | None = None
        self._data: list[str] = []
        self._last_id: str | None = None
        self._retry: int | None = None

    def decode(self, line: str) -> ServerSentEvent | None:
        """Feed one line; returns the event a blank line completes, if any."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def iter_lines(self, lines: Iterable[str]) -> Iterator[ServerSentEvent]:
        for line in lines:
            event = self.decode(line)
            if event is not None:
                yield event
        final = self.flush()
        if final is not None:
            yield final

    def flush(self) -> ServerSentEvent | None:
        """The event still pending when the body ends.

        Strict SSE drops an event that no blank line completes; the API's LLM streams end with
        their last `data:` line (the final chunk, with usage and stop reason), so it is kept.
        """
        return self._dispatch()

    def _dispatch(self) -> ServerSentEvent | None:
        event_name, data = self._event, self._data
        self._event, self._data = None, []
        if not data:
            return None
        # The last event id persists across events, as the spec requires.
        return ServerSentEvent(
            event=event_name, data="\n".join(data), id=self._last_id, retry=self._retry
        )


def _decode_event(event: ServerSentEvent, request: httpx.Request | None) -> Any:
    """The JSON payload of `event`; raises `APIStreamError` for error events."""
    try:
        payload = event.json()
    except ValueError:
        if event.event == "error":
            raise APIStreamError(
                event.data or "stream error", body=event.data, request=request
            ) from None
        raise APIStreamError(
            f"stream event is not valid JSON: {event.data[:200]!r}",
            body=event.data,
            request=request,
        ) from None
    if event.event == "error" or _is_error_payload(payload):
        message = error_message_from_body(payload) or "stream error"
        raise APIStreamError(message, body=payload, request=request)
    return payload


def _is_error_payload(payload: object) -> bool:
    if not isinstance(payload, dict):
        return False
    if payload.get("type") == "error":
        return True
    # OpenAI- and Gemini-style errors arrive as a bare {"error": {...}} chunk.
    return "type" not in payload and bool(payload.get("error"))


def _stream_error(exc: Exception, response: httpx.Response) -> APIError | None:
    """The SDK error for a failure while reading the stream, or None to let `exc` through."""
    import httpx

    from ._base_client import _connection_error, _undecodable

    if isinstance(exc, httpx.TransportError):
        return _connection_error(exc, response.request)
    if isinstance(exc, httpx.DecodingError):
        return _undecodable(exc, response)
    return None


def _lines(response: httpx.Response) -> Iterator[str]:
    try:
        yield from response.iter_lines()
    except Exception as exc:
        error = _stream_error(exc, response)
        if error is None:
            raise
        raise error from None


async def _alines(response: httpx.Response) -> AsyncIterator[str]:
    try:
        async for line in response.aiter_lines():
            yield line
    except Exception as exc:
        error = _stream_error(exc, response)
        if error is None:
            raise
        raise error from None


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


class Stream(Generic[T]):
    """Iterates the events of an SSE response as ``parse(event_name, json_data)`` values.

    Owns `response`: closes it at ``[DONE]``, at the end of the body, on an error event, on
    `close()` and on leaving a ``with`` block.
    """

    def __init__(self, response: httpx.Response, parse: Callable[[str | None, Any], T]) -> None:
        self.response = response
        self._parse = parse
        self._iterator = self._iterate()

    def __iter__(self) -> Iterator[T]:
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def events(self) -> Iterator[ServerSentEvent]:
        """The raw events, up to and excluding ``[DONE]`` (for callers who parse themselves)."""
        decoder = SSEDecoder()
        for event in decoder.iter_lines(_lines(self.response)):
            if event.data == _DONE:
                return
            yield event

    def _iterate(self) -> Generator[T, None, None]:
        request = _request_of(self.response)
        try:
            for event in self.events():
                yield self._parse(event.event, _decode_event(event, request))
        finally:
            self.response.close()

    def close(self) -> None:
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """The async twin of `Stream`."""

    def __init__(self, response: httpx.Response, parse: Callable[[str | None, Any], T]) -> None:
        self.response = response
        self._parse = parse
        self._iterator = self._iterate()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def events(self) -> AsyncIterator[ServerSentEvent]:
        decoder = SSEDecoder()
        async for line in _alines(self.response):
            event = decoder.decode(line)
            if event is None:
                continue
            if event.data == _DONE:
                return
            yield event
        final = decoder.flush()
        if final is not None and final.data != _DONE:
            yield final

    async def _iterate(self) -> AsyncGenerator[T, None]:
        request = _request_of(self.response)
        try:
            async for event in self.events():
                yield self._parse(event.event, _decode_event(event, request))
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
