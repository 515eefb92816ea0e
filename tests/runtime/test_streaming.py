"""SSE decoding and the typed Stream / AsyncStream iterators."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from runapi._exceptions import APIError, APIStreamError
from runapi._streaming import AsyncStream, ServerSentEvent, SSEDecoder, Stream


def decode(text: str) -> list[ServerSentEvent]:
    return list(SSEDecoder().iter_lines(text.splitlines()))


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body delivered in the given chunks, remembering whether it was closed."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = False
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def sse_response(*chunks: bytes) -> tuple[httpx.Response, Body]:
    body = Body(list(chunks))
    request = httpx.Request("POST", "https://runapi.ai/v1/chat/completions")
    return httpx.Response(200, stream=body, request=request), body


def pair(event: str | None, data: Any) -> tuple[str | None, Any]:
    return (event, data)


# -- decoder ------------------------------------------------------------------------------------


def test_fields_and_blank_line_dispatch() -> None:
    events = decode('event: delta\nid: 7\nretry: 1500\ndata: {"a": 1}\n\ndata: x\n\n')
    assert events == [
        ServerSentEvent(event="delta", data='{"a": 1}', id="7", retry=1500),
        ServerSentEvent(event=None, data="x", id="7", retry=1500),
    ]


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert decode("data: first\ndata:second\ndata:  third\n\n")[0].data == "first\nsecond\n third"


def test_comments_unknown_fields_and_empty_events_are_ignored() -> None:
    text = ": keep-alive\n\nevent: ping\n\nfoo: bar\ndata\n\n"
    assert decode(text) == [ServerSentEvent(event=None, data="")]


def test_last_event_without_blank_line_is_delivered_at_end_of_body() -> None:
    assert decode("data: done\n\ndata: final") == [
        ServerSentEvent(event=None, data="done"),
        ServerSentEvent(event=None, data="final"),
    ]


def test_bad_retry_and_null_id_are_ignored() -> None:
    event = decode("retry: soon\nid: a\0b\ndata: x\n\n")[0]
    assert (event.retry, event.id) == (None, None)


@given(
    st.lists(
        st.text(
            alphabet=st.characters(exclude_characters="\r\n\x1c\x1d\x1e\x85\u2028\u2029\x0b\x0c"),
            max_size=20,
        ),
        min_size=1,
        max_size=5,
    )
)
def test_any_data_lines_round_trip(lines: list[str]) -> None:
    text = "".join(f"data: {line}\n" for line in lines) + "\n"
    assert decode(text) == [ServerSentEvent(event=None, data="\n".join(lines))]


# -- Stream -------------------------------------------------------------------------------------


def test_stream_parses_events_and_stops_at_done() -> None:
    response, body = sse_response(
        b'data: {"n": 1}\n\n',
        b'event: delta\ndata: {"n"',
        b": 2}\n\r\n",
        b"data: [DONE]\n\n",
        b'data: {"n": 3}\n\n',
    )
    stream = Stream(response, pair)
    assert list(stream) == [(None, {"n": 1}), ("delta", {"n": 2})]
    assert body.closed and response.is_closed
    assert body.sent == 4  # nothing after [DONE] was read


def test_stream_closes_at_the_end_of_the_body() -> None:
    response, body = sse_response(b'data: {"n": 1}\n\n')
    assert [data for _, data in Stream(response, pair)] == [{"n": 1}]
    assert body.closed


def test_stream_close_and_context_manager() -> None:
    response, body = sse_response(b'data: {"n": 1}\n\ndata: {"n": 2}\n\n')
    with Stream(response, pair) as stream:
        assert next(stream) == (None, {"n": 1})
    assert body.closed
    with pytest.raises(StopIteration):
        next(stream)


@pytest.mark.parametrize(
    ("chunk", "message"),
    [
        (b'event: error\ndata: {"error": {"message": "Overloaded"}}\n\n', "Overloaded"),
        (b'data: {"type": "error", "error": {"type": "x", "message": "boom"}}\n\n', "boom"),
        (b'data: {"error": {"message": "quota", "code": 429}}\n\n', "quota"),
        (b'data: {"type": "error", "message": "plain"}\n\n', "plain"),
        (b"event: error\ndata: upstream closed\n\n", "upstream closed"),
    ],
)
def test_error_events_raise(chunk: bytes, message: str) -> None:
    response, body = sse_response(b'data: {"ok": true}\n\n', chunk, b'data: {"ok": 1}\n\n')
    stream = Stream(response, pair)
    assert next(stream) == (None, {"ok": True})
    with pytest.raises(APIStreamError, match=message) as caught:
        next(stream)
    assert isinstance(caught.value, APIError)
    assert caught.value.request is response.request
    assert body.closed


def test_events_that_merely_mention_errors_are_not_errors() -> None:
    response, _ = sse_response(b'data: {"type": "response.failed", "error": null}\n\n')
    assert list(Stream(response, pair)) == [(None, {"type": "response.failed", "error": None})]


def test_non_json_data_raises() -> None:
    response, body = sse_response(b"data: not json\n\n")
    with pytest.raises(APIStreamError, match="not valid JSON"):
        list(Stream(response, pair))
    assert body.closed


def test_raw_events() -> None:
    response, _ = sse_response(b"event: a\ndata: 1\n\ndata: [DONE]\n\n")
    assert list(Stream(response, pair).events()) == [ServerSentEvent(event="a", data="1")]


# -- AsyncStream --------------------------------------------------------------------------------


def test_async_stream() -> None:
    response, body = sse_response(b'data: {"n": 1}\n\n', b'data: {"n": 2}\n\ndata: [DONE]\n\n')

    async def main() -> list[tuple[str | None, Any]]:
        return [item async for item in AsyncStream(response, pair)]

    assert asyncio.run(main()) == [(None, {"n": 1}), (None, {"n": 2})]
    assert body.closed


def test_async_stream_close_and_errors() -> None:
    response, body = sse_response(b'data: {"n": 1}\n\n', b'data: {"n": 2}\n\n')
    failing, failing_body = sse_response(b'event: error\ndata: {"message": "bad"}\n\n')

    async def main() -> None:
        async with AsyncStream(response, pair) as stream:
            assert await stream.__anext__() == (None, {"n": 1})
        assert body.closed
        with pytest.raises(APIStreamError, match="bad"):
            async for _ in AsyncStream(failing, pair):
                pass
        assert failing_body.closed

    asyncio.run(main())


class Broken(Body):
    """A body that breaks off after its chunks, as a reset connection does."""

    def __init__(self, chunks: list[bytes], error: Exception) -> None:
        super().__init__(chunks)
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield from super().__iter__()
        raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        raise self.error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (httpx.RemoteProtocolError("peer closed connection"), "APIConnectionError"),
        (httpx.ReadError("connection reset"), "APIConnectionError"),
        (httpx.ReadTimeout("timed out"), "APITimeoutError"),
        (httpx.DecodingError("bad gzip"), "APIResponseValidationError"),
    ],
)
def test_a_stream_that_breaks_off_raises_the_documented_error(
    error: Exception, expected: str
) -> None:
    request = httpx.Request("POST", "https://runapi.ai/v1/messages")
    first = b'data: {"a": 1}\n\n'

    def sync_events() -> list[Any]:
        body = Broken([first], error)
        response = httpx.Response(200, stream=body, request=request)
        return list(Stream(response, pair))

    async def async_events() -> list[Any]:
        body = Broken([first], error)
        response = httpx.Response(200, stream=body, request=request)
        return [event async for event in AsyncStream(response, pair)]

    for run in (sync_events, lambda: asyncio.run(async_events())):
        with pytest.raises(APIError) as caught:
            run()
        assert type(caught.value).__name__ == expected
        assert caught.value.request is request
