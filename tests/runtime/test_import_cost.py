"""Importing the runtime and constructing a client must not import httpx or asyncio.

Together they are most of the SDK's import time, so they are imported when first needed: when a
request is built or sent, a stream read, a file downloaded, or the async client sleeps.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
import runapi
import runapi._base_client as base_client
from runapi._base_client import AsyncAPIClient, SyncAPIClient
from runapi._polling import apoll

from ._helpers import API_KEY, TASK_GET, Script, json_reply, sync_client

HEAVY = ("httpx", "asyncio")
# The package the tests import: the copy of templates/python/static or the installed one.
PACKAGE_ROOT = str(Path(runapi.__file__).resolve().parent.parent)

_CHECK = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, {root!r})
    import runapi._base_client, runapi._exceptions, runapi.webhooks, runapi._streaming
    import runapi._files, runapi._polling, runapi._types, runapi._models
    import runapi._secrets, runapi._answers
    from runapi._base_client import AsyncAPIClient, SyncAPIClient
    from runapi._types import Operation

    sync_client = SyncAPIClient(api_key="x", base_url="https://api.example.test")
    async_client = AsyncAPIClient(api_key="x", base_url="https://api.example.test")
    # Checking keys, headers and a plain-number timeout needs no httpx either.
    SyncAPIClient(api_key="x\\n", timeout=30.0, default_headers={{"X-Trace": " t "}})
    AsyncAPIClient(api_key=" x", management_key="m\\r\\n", timeout=None)
    public = getattr(runapi, "RunAPI", None), getattr(runapi, "AsyncRunAPI", None)
    for cls in public:
        if cls is not None:
            cls(api_key="x")
    report = {{"loaded_after_construction": [m for m in {heavy!r} if m in sys.modules]}}

    # Requests still work: the lazily built httpx clients get an in-memory transport.
    import asyncio
    import httpx

    seen = []

    def reply(request):
        seen.append(request)
        return httpx.Response(200, json={{"id": "task_1", "status": "completed"}})

    def handle(self, request):
        return reply(request)

    async def handle_async(self, request):
        return reply(request)

    httpx.HTTPTransport.handle_request = handle
    httpx.AsyncHTTPTransport.handle_async_request = handle_async
    operation = Operation("tasks.get", "GET", "/api/v1/tasks/{{id}}", "api_key", "none")
    response = sync_client.request(operation, path_params={{"id": "t1"}})
    report["sync"] = response.json()

    async def main():
        response = await async_client.request(operation, path_params={{"id": "t2"}})
        await async_client.close()
        return response.json()

    report["async"] = asyncio.run(main())
    sync_client.close()
    report["urls"] = [str(request.url) for request in seen]
    report["auth"] = [request.headers["authorization"] for request in seen]
    report["read_timeouts"] = [request.extensions["timeout"]["read"] for request in seen]
    print(json.dumps(report))
    """
)


def test_import_and_construction_do_not_load_httpx_or_asyncio() -> None:
    code = _CHECK.format(root=PACKAGE_ROOT, heavy=HEAVY)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["loaded_after_construction"] == []
    assert report["sync"] == report["async"] == {"id": "task_1", "status": "completed"}
    assert report["urls"] == [
        "https://api.example.test/api/v1/tasks/t1",
        "https://api.example.test/api/v1/tasks/t2",
    ]
    assert report["auth"] == ["Bearer x", "Bearer x"]
    assert report["read_timeouts"] == [600.0, 600.0]


# -- the lazily built defaults keep their public shape --------------------------------------------


def test_default_constants_are_httpx_objects_built_once() -> None:
    timeout = base_client.DEFAULT_TIMEOUT
    assert timeout == httpx.Timeout(600.0, connect=10.0)
    assert base_client.DEFAULT_TIMEOUT is timeout  # one object, however often it is read
    limits = base_client.DEFAULT_CONNECTION_LIMITS
    assert limits == httpx.Limits(max_connections=1000, max_keepalive_connections=100)
    assert base_client.DEFAULT_CONNECTION_LIMITS is limits
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = base_client.no_such_name  # the module __getattr__ answers only for the two above


def test_client_timeout_defaults_and_overrides() -> None:
    with SyncAPIClient(api_key=API_KEY) as client:
        assert client.timeout is base_client.DEFAULT_TIMEOUT
        assert client.with_options(max_retries=0).timeout is base_client.DEFAULT_TIMEOUT
        assert client.with_options(timeout=3.0).timeout == 3.0
        client.timeout = None
        assert client.timeout is None
    custom = httpx.Timeout(5.0, connect=1.0)
    with SyncAPIClient(api_key=API_KEY, timeout=custom) as client:
        assert client.timeout is custom
        assert client.http_client.timeout == custom
    with SyncAPIClient(api_key=API_KEY, timeout=4.0) as client:
        assert client.http_client.timeout == httpx.Timeout(4.0)


def test_lazily_built_http_client_uses_the_defaults() -> None:
    with SyncAPIClient(api_key=API_KEY) as client:
        assert client.http_client.timeout == base_client.DEFAULT_TIMEOUT


def test_httpx_timeout_per_request() -> None:
    script = Script([json_reply(200, {"id": "t"})])
    client = sync_client(script)
    client.request(TASK_GET, path_params={"id": "t"}, timeout=httpx.Timeout(9.0, connect=2.0))
    assert script.requests[0].extensions["timeout"] == httpx.Timeout(9.0, connect=2.0).as_dict()


def test_async_client_default_sleep_waits() -> None:
    async def main() -> None:
        client = AsyncAPIClient(api_key=API_KEY)
        await client._sleep(0.001)  # the default: asyncio.sleep, imported on first use
        await client.close()

    asyncio.run(main())


def test_apoll_default_sleep_waits() -> None:
    states = iter(["processing", "completed"])

    class Task:
        def __init__(self) -> None:
            self.id = "t"
            self.status = next(states)

    async def fetch() -> Task:
        return Task()

    task = asyncio.run(apoll(fetch, interval=0.001, max_interval=0.001))
    assert task.status == "completed"
