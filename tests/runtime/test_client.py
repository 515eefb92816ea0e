"""SyncAPIClient / AsyncAPIClient: configuration, headers, encoding, errors and retries."""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

import httpx
import pytest
from runapi._base_client import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
)
from runapi._exceptions import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    RateLimitError,
    ServiceUnavailableError,
)
from runapi._version import __version__

from ._helpers import (
    API_KEY,
    BASE_URL,
    KEYS_DELETE,
    KEYS_LIST,
    KEYS_UPDATE,
    LLM_CREATE,
    MANAGEMENT_KEY,
    TASK_CREATE,
    TASK_GET,
    UPLOAD,
    Script,
    async_client,
    json_reply,
    sync_client,
)

OK = json_reply(200, {"id": "task_1", "status": "processing"})
ENV_VARS = ("RUNAPI_API_KEY", "RUNAPI_MANAGEMENT_KEY", "RUNAPI_BASE_URL")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


# -- configuration ------------------------------------------------------------------------------


def test_defaults() -> None:
    with SyncAPIClient(api_key=API_KEY) as client:
        assert client.base_url == DEFAULT_BASE_URL == "https://runapi.ai"
        assert client.timeout == DEFAULT_TIMEOUT
        assert client.max_retries == DEFAULT_MAX_RETRIES == 2
        assert client.user_agent == f"runapi-python/{__version__}"


def test_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNAPI_API_KEY", API_KEY)
    monkeypatch.setenv("RUNAPI_MANAGEMENT_KEY", MANAGEMENT_KEY)
    monkeypatch.setenv("RUNAPI_BASE_URL", "http://localhost:8080/")
    with SyncAPIClient() as client:
        assert client.api_key == API_KEY
        assert client.management_key == MANAGEMENT_KEY
        assert client.base_url == "http://localhost:8080"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNAPI_API_KEY", "from-env")
    monkeypatch.setenv("RUNAPI_BASE_URL", "http://env.invalid")
    with SyncAPIClient(api_key=API_KEY, base_url=BASE_URL) as client:
        assert client.api_key == API_KEY
        assert client.base_url == BASE_URL


def test_negative_max_retries_is_rejected() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        SyncAPIClient(api_key=API_KEY, max_retries=-1)


def test_repr_masks_keys() -> None:
    client = SyncAPIClient(api_key=API_KEY, management_key=MANAGEMENT_KEY, base_url=BASE_URL)
    text = repr(client) + str(client)
    assert API_KEY not in text and MANAGEMENT_KEY not in text
    assert "<redacted>" in text and BASE_URL in text
    assert "management_key=None" in repr(SyncAPIClient(api_key=API_KEY))
    client.close()


def test_with_options_copies_and_shares_the_pool() -> None:
    script = Script([OK])
    client = sync_client(script, management_key=MANAGEMENT_KEY)
    copy = client.with_options(max_retries=5, timeout=3.0, default_headers={"X-Trace": "1"})
    assert isinstance(copy, SyncAPIClient)
    assert copy is not client
    assert copy.http_client is client.http_client
    assert (copy.max_retries, copy.timeout) == (5, 3.0)
    assert (copy.api_key, copy.management_key, copy.base_url) == (
        API_KEY,
        MANAGEMENT_KEY,
        BASE_URL,
    )
    assert client.max_retries == 2
    copy.close()  # does not own the pool
    assert not client.is_closed
    copy.request(TASK_GET, path_params={"id": "t"})
    assert script.requests[0].headers["x-trace"] == "1"
    assert script.requests[0].extensions["timeout"]["read"] == 3.0


def test_with_options_merges_default_headers() -> None:
    with SyncAPIClient(api_key=API_KEY, default_headers={"A": "1", "B": "1"}) as client:
        copy = client.with_options(default_headers={"B": "2"})
        assert copy.default_headers == {"A": "1", "B": "2"}


def test_owned_pool_is_closed_injected_pool_is_not() -> None:
    with SyncAPIClient(api_key=API_KEY) as owned:
        pass
    assert owned.is_closed
    http = httpx.Client()
    with SyncAPIClient(api_key=API_KEY, http_client=http):
        pass
    assert not http.is_closed
    http.close()


# -- headers and encoding -----------------------------------------------------------------------


def test_api_key_auth_and_standard_headers() -> None:
    script = Script([OK])
    sync_client(script).request(TASK_CREATE, json={"prompt": "a cat"})
    request = script.requests[0]
    assert request.method == "POST"
    assert str(request.url) == f"{BASE_URL}/api/v1/seedance/text_to_video"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert "x-api-key" not in request.headers
    assert request.headers["user-agent"] == f"runapi-python/{__version__}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "application/json"
    assert json.loads(script.bodies[0]) == {"prompt": "a cat"}


def test_management_key_auth() -> None:
    script = Script([OK])
    sync_client(script, management_key=MANAGEMENT_KEY).request(KEYS_LIST)
    assert script.requests[0].headers["authorization"] == f"Bearer {MANAGEMENT_KEY}"


def test_llm_auth_uses_x_api_key() -> None:
    script = Script([OK])
    sync_client(script).request(LLM_CREATE, json={"model": "claude"})
    headers = script.requests[0].headers
    assert headers["x-api-key"] == API_KEY
    assert "authorization" not in headers


@pytest.mark.parametrize(
    ("operation", "env_var"),
    [
        (TASK_GET, "RUNAPI_API_KEY"),
        (LLM_CREATE, "RUNAPI_API_KEY"),
        (KEYS_LIST, "RUNAPI_MANAGEMENT_KEY"),
    ],
)
def test_missing_key_fails_before_sending(operation: object, env_var: str) -> None:
    script = Script([OK])
    client = sync_client(script, api_key=None, management_key=None)
    with pytest.raises(MissingCredentialsError, match=env_var) as caught:
        client.request(operation, path_params={"id": "t"})  # type: ignore[arg-type]
    assert caught.value.env_var == env_var
    assert script.requests == []


def test_management_operations_do_not_fall_back_to_the_api_key() -> None:
    script = Script([OK])
    with pytest.raises(MissingCredentialsError):
        sync_client(script).request(KEYS_LIST)


def test_path_params_are_quoted() -> None:
    script = Script([OK])
    sync_client(script).request(TASK_GET, path_params={"id": "a/b c?d"})
    assert script.requests[0].url.raw_path == b"/api/v1/seedance/text_to_video/a%2Fb%20c%3Fd"


def test_missing_or_empty_path_params() -> None:
    client = sync_client(Script([OK]))
    with pytest.raises(TypeError, match="'id'"):
        client.request(TASK_GET)
    with pytest.raises(ValueError, match="empty"):
        client.request(TASK_GET, path_params={"id": ""})


def test_query_drops_none_and_encodes_values() -> None:
    script = Script([OK])
    sync_client(script, management_key=MANAGEMENT_KEY).request(
        KEYS_LIST, query={"limit": 10, "cursor": None, "active": True}
    )
    assert dict(script.requests[0].url.params) == {"limit": "10", "active": "true"}


def test_no_body_for_body_less_operations() -> None:
    script = Script([OK])
    sync_client(script).request(TASK_GET, path_params={"id": "t"})
    assert script.bodies[0] == b""
    assert "content-type" not in script.requests[0].headers


def test_caller_headers_override_defaults() -> None:
    script = Script([OK])
    client = sync_client(script)
    client.request(TASK_GET, path_params={"id": "t"}, headers={"User-Agent": "custom/1"})
    assert script.requests[0].headers["user-agent"] == "custom/1"


def test_per_request_timeout() -> None:
    script = Script([OK])
    client = sync_client(script)
    client.request(TASK_GET, path_params={"id": "t"}, timeout=7.0)
    client.request(TASK_GET, path_params={"id": "t"})
    assert script.requests[0].extensions["timeout"]["read"] == 7.0
    assert script.requests[1].extensions["timeout"]["read"] == DEFAULT_TIMEOUT.read


def test_multipart_upload(tmp_path: Path) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(b"\x89PNG-path")
    script = Script([OK])
    sync_client(script).request(
        UPLOAD,
        files={
            "file": source,
            "extra": [b"raw-bytes", ("notes.txt", io.BytesIO(b"hello"), None)],
        },
        data={"upload_path": "images", "public": True, "meta": {"a": 1}, "skip": None},
    )
    request, body = script.requests[0], script.bodies[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="photo.png"' in body
    assert b"Content-Type: image/png" in body and b"\x89PNG-path" in body
    assert b'filename="file"' in body and b"raw-bytes" in body
    assert b'filename="notes.txt"' in body and b"Content-Type: text/plain" in body
    assert b'name="upload_path"\r\n\r\nimages' in body
    assert b'name="public"\r\n\r\ntrue' in body
    assert b'name="meta"\r\n\r\n{"a":1}' in body
    assert b'name="skip"' not in body


# -- errors -------------------------------------------------------------------------------------


def test_error_answer_is_mapped() -> None:
    script = Script([json_reply(404, {"error": "Task not found"}, {"x-request-id": "req_1"})])
    with pytest.raises(NotFoundError) as caught:
        sync_client(script).request(TASK_GET, path_params={"id": "nope"})
    error = caught.value
    assert (error.status_code, error.message, error.request_id) == (404, "Task not found", "req_1")
    assert error.body == {"error": "Task not found"}
    assert API_KEY not in str(error) + repr(error) + repr(error.request)


def test_transport_errors_never_show_the_key() -> None:
    script = Script([httpx.ConnectError("connection refused")])
    with pytest.raises(APIConnectionError) as caught:
        sync_client(script, max_retries=0).request(LLM_CREATE, json={})
    assert API_KEY not in str(caught.value) + repr(caught.value)


# -- retries ------------------------------------------------------------------------------------


def test_get_retries_5xx_then_succeeds() -> None:
    sleeps: list[float] = []
    script = Script([json_reply(503, {"error": "busy"}), json_reply(500, {"error": "x"}), OK])
    response = sync_client(script, sleeps=sleeps).request(TASK_GET, path_params={"id": "t"})
    assert response.json()["id"] == "task_1"
    assert len(script.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_get_gives_up_after_max_retries() -> None:
    script = Script([json_reply(503, {"error": "Service temporarily unavailable"})])
    with pytest.raises(ServiceUnavailableError, match="temporarily"):
        sync_client(script, max_retries=3).request(TASK_GET, path_params={"id": "t"})
    assert len(script.requests) == 4


def test_max_retries_zero_sends_once() -> None:
    script = Script([json_reply(429, {"error": "slow down"})])
    with pytest.raises(RateLimitError):
        sync_client(script, max_retries=0).request(TASK_CREATE, json={})
    assert len(script.requests) == 1


@pytest.mark.parametrize("operation", [KEYS_DELETE, KEYS_UPDATE])
def test_delete_and_patch_are_retried(operation: object) -> None:
    script = Script([json_reply(502, {"error": "bad gateway"}), OK])
    client = sync_client(script, management_key=MANAGEMENT_KEY)
    client.request(operation, path_params={"id": "k"}, json={"name": "x"})  # type: ignore[arg-type]
    assert len(script.requests) == 2


def test_get_is_not_retried_on_other_4xx() -> None:
    script = Script([json_reply(400, {"error": "bad"}), OK])
    with pytest.raises(BadRequestError):
        sync_client(script).request(TASK_GET, path_params={"id": "t"})
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "failure",
    [
        json_reply(500, {"error": "boom"}),
        json_reply(503, {"error": "down"}),
        httpx.ReadTimeout("slow"),
    ],
)
def test_post_is_not_retried_after_it_may_have_run(failure: httpx.Response | Exception) -> None:
    script = Script([failure, OK])
    with pytest.raises((InternalServerError, APITimeoutError)):
        sync_client(script).request(TASK_CREATE, json={"prompt": "x"})
    assert len(script.requests) == 1


def test_post_is_retried_on_connect_error_and_429() -> None:
    sleeps: list[float] = []
    script = Script([httpx.ConnectError("refused"), json_reply(429, {"error": "slow"}), OK])
    sync_client(script, sleeps=sleeps).request(TASK_CREATE, json={"prompt": "x"})
    assert len(script.requests) == 3
    assert script.bodies[0] == script.bodies[2]


def test_get_is_retried_on_timeouts_and_disconnects() -> None:
    script = Script([httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("gone"), OK])
    sync_client(script).request(TASK_GET, path_params={"id": "t"})
    assert len(script.requests) == 3


def test_timeout_error_after_retries() -> None:
    script = Script([httpx.ConnectTimeout("slow")])
    with pytest.raises(APITimeoutError):
        sync_client(script).request(TASK_GET, path_params={"id": "t"})
    assert len(script.requests) == 3


def test_retry_after_seconds_is_honoured() -> None:
    sleeps: list[float] = []
    script = Script([json_reply(429, {"error": "slow"}, {"Retry-After": "7"}), OK])
    sync_client(script, sleeps=sleeps).request(TASK_CREATE, json={})
    assert sleeps == [7.0]


def test_retry_after_is_capped() -> None:
    sleeps: list[float] = []
    script = Script([json_reply(503, {"error": "x"}, {"Retry-After": "3600"}), OK])
    sync_client(script, sleeps=sleeps).request(TASK_GET, path_params={"id": "t"})
    assert sleeps == [60.0]


def test_file_objects_are_rewound_for_a_retry() -> None:
    script = Script([json_reply(429, {"error": "slow"}), OK])
    sync_client(script).request(UPLOAD, files={"file": ("a.bin", io.BytesIO(b"payload"), None)})
    assert len(script.requests) == 2
    assert b"payload" in script.bodies[1]


class _OneShot(io.RawIOBase):
    """A readable, non-seekable stream, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        size = min(len(buffer), len(self._data))
        buffer[:size] = self._data[:size]
        self._data = self._data[size:]
        return size


def test_non_rewindable_uploads_are_not_retried() -> None:
    script = Script([json_reply(429, {"error": "slow"}), OK])
    with pytest.raises(RateLimitError):
        sync_client(script).request(
            UPLOAD, files={"file": ("a.bin", io.BufferedReader(_OneShot(b"x")), None)}
        )
    assert len(script.requests) == 1


def test_unsupported_url_is_not_retried() -> None:
    client = SyncAPIClient(api_key=API_KEY, base_url="ftp://example.invalid")
    client._sleep = lambda seconds: pytest.fail("must not sleep")
    with pytest.raises(APIConnectionError):
        client.request(TASK_GET, path_params={"id": "t"})
    client.close()


def test_retries_are_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    script = Script([json_reply(503, {"error": "x"}), OK])
    with caplog.at_level("DEBUG", logger="runapi"):
        sync_client(script).request(TASK_GET, path_params={"id": "t"})
    assert "retry 1 of 2" in caplog.text
    assert API_KEY not in caplog.text


# -- streaming responses ------------------------------------------------------------------------


def test_stream_yields_an_open_response_and_closes_it() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=iter([b"data: {}\n", b"\n"]))

    client = sync_client(handler)
    with client.stream(LLM_CREATE, json={"stream": True}) as response:
        assert not response.is_closed
        assert list(response.iter_lines()) == ["data: {}", ""]
    assert response.is_closed
    assert seen[0].headers["accept"] == "text/event-stream, application/json"


def test_stream_error_answers_are_read_and_raised() -> None:
    script = Script([json_reply(400, {"error": {"type": "invalid", "message": "bad model"}})])
    with (
        pytest.raises(BadRequestError, match="bad model"),
        sync_client(script).stream(LLM_CREATE, json={}),
    ):
        pass


def test_redirects_are_not_followed_with_credentials() -> None:
    script = Script([httpx.Response(307, headers={"Location": "https://elsewhere.invalid/"})])
    with pytest.raises(Exception) as caught:
        sync_client(script).request(LLM_CREATE, json={})
    assert len(script.requests) == 1
    assert getattr(caught.value, "status_code", None) == 307


# -- async twin ---------------------------------------------------------------------------------


def test_async_request_auth_and_retries() -> None:
    sleeps: list[float] = []
    script = Script([json_reply(429, {"error": "slow"}, {"Retry-After": "2"}), OK])

    async def main() -> None:
        async with async_client(script, sleeps=sleeps) as client:
            response = await client.request(LLM_CREATE, json={"model": "m"})
            assert response.json()["status"] == "processing"

    asyncio.run(main())
    assert len(script.requests) == 2 and sleeps == [2.0]
    assert script.requests[1].headers["x-api-key"] == API_KEY


def test_async_post_not_retried_on_5xx_and_errors_mapped() -> None:
    script = Script([json_reply(500, {"error": "Internal server error"}), OK])

    async def main() -> None:
        client = async_client(script)
        with pytest.raises(InternalServerError, match="Internal server error"):
            await client.request(TASK_CREATE, json={})

    asyncio.run(main())
    assert len(script.requests) == 1


def test_async_missing_key_and_repr() -> None:
    async def main() -> None:
        async with AsyncAPIClient(api_key=None, management_key=MANAGEMENT_KEY) as client:
            assert MANAGEMENT_KEY not in repr(client)
            with pytest.raises(MissingCredentialsError, match="RUNAPI_API_KEY"):
                await client.request(TASK_GET, path_params={"id": "t"})
        assert client.is_closed

    asyncio.run(main())


def test_async_with_options_and_stream() -> None:
    script = Script([httpx.Response(200, content=b"data: [DONE]\n\n")])

    async def main() -> None:
        client = async_client(script)
        copy = client.with_options(max_retries=0)
        assert isinstance(copy, AsyncAPIClient) and copy.http_client is client.http_client
        async with copy.stream(LLM_CREATE, json={}) as response:
            assert [line async for line in response.aiter_lines()] == ["data: [DONE]", ""]
        assert response.is_closed
        await copy.close()
        assert not client.is_closed
        await client.close()

    asyncio.run(main())


def test_async_connect_errors_are_retried_for_post() -> None:
    script = Script([httpx.ConnectError("refused"), OK])

    async def main() -> None:
        await async_client(script).request(TASK_CREATE, json={})

    asyncio.run(main())
    assert len(script.requests) == 2


# -- answers that cannot be read; timeouts that would never expire -------------------------------


def test_an_undecodable_body_is_an_unreadable_answer_not_an_httpx_error() -> None:
    from runapi._exceptions import APIResponseValidationError

    sent: list[httpx.Request] = []

    def garbage(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        headers = {"Content-Encoding": "gzip", "x-request-id": "req_9"}
        # A stream, not `content=`: httpx would decode (and fail) while building the response.
        return httpx.Response(200, stream=httpx.ByteStream(b"not gzip"), headers=headers)

    async def agarbage(request: httpx.Request) -> httpx.Response:
        return garbage(request)

    client = sync_client(garbage)
    with pytest.raises(APIResponseValidationError) as caught:
        client.request(TASK_CREATE, json={"prompt": "x"})
    assert caught.value.status_code == 200 and caught.value.request_id == "req_9"
    assert "Content-Encoding gzip" in str(caught.value)
    assert len(sent) == 1  # answered: never sent again

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(agarbage))
        aclient = AsyncAPIClient(api_key=API_KEY, base_url=BASE_URL, http_client=http)
        with pytest.raises(APIResponseValidationError):
            await aclient.request(TASK_CREATE, json={"prompt": "x"})

    asyncio.run(main())
    assert len(sent) == 2


@pytest.mark.parametrize("timeout", [float("nan"), float("inf"), -1.0])
def test_timeouts_that_never_expire_are_refused(timeout: float) -> None:
    script = Script([OK])
    with pytest.raises(ValueError, match="finite"):
        SyncAPIClient(api_key=API_KEY, timeout=timeout)
    with pytest.raises(ValueError, match="finite"):
        AsyncAPIClient(api_key=API_KEY, timeout=httpx.Timeout(5.0, read=timeout))
    with pytest.raises(ValueError, match="finite"):
        sync_client(script).request(TASK_GET, path_params={"id": "t"}, timeout=timeout)
    assert script.requests == []


def test_threads_sharing_a_new_client_build_one_connection_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pool is built on first use; threads arriving together must not each build one (all
    but the last would never be closed: their connections leaked)."""
    import threading
    import time

    built: list[object] = []
    real = SyncAPIClient._new_http_client

    def slow_build(self: SyncAPIClient) -> httpx.Client:
        built.append(self)
        time.sleep(0.05)  # widen the window in which a second thread could start building
        return real(self)

    monkeypatch.setattr(SyncAPIClient, "_new_http_client", slow_build)
    client = SyncAPIClient(api_key=API_KEY, base_url=BASE_URL)
    start = threading.Barrier(8)
    pools: list[httpx.Client] = []

    def first_use() -> None:
        start.wait()
        pools.append(client.http_client)

    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    assert len(built) == 1
    assert len({id(pool) for pool in pools}) == 1 and pools[0].is_closed
