"""Shared pieces of the runtime tests: sample operations and a scripted mock transport."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import httpx
from runapi._base_client import AsyncAPIClient, SyncAPIClient
from runapi._types import Operation

API_KEY = "sk-test-0123456789abcdef-SECRET"
MANAGEMENT_KEY = "mk-test-fedcba9876543210-SECRET"
BASE_URL = "https://api.example.test"

TASK_CREATE = Operation(
    "seedance.text_to_video.create", "POST", "/api/v1/seedance/text_to_video", "api_key", "json"
)
TASK_GET = Operation(
    "seedance.text_to_video.get", "GET", "/api/v1/seedance/text_to_video/{id}", "api_key", "none"
)
KEYS_LIST = Operation("keys.list", "GET", "/api/v1/keys", "management_key", "none")
KEYS_UPDATE = Operation("keys.update", "PATCH", "/api/v1/keys/{id}", "management_key", "json")
KEYS_DELETE = Operation("keys.delete", "DELETE", "/api/v1/keys/{id}", "management_key", "none")
LLM_CREATE = Operation("anthropic.messages.create", "POST", "/v1/messages", "llm", "json")
UPLOAD = Operation("files.from_stream", "POST", "/api/v1/files/upload", "api_key", "multipart")

Reply = httpx.Response | Exception
Handler = Callable[[httpx.Request], httpx.Response]


class Script:
    """A mock server answering with scripted replies in order (the last one repeats)."""

    def __init__(self, replies: Sequence[Reply]) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        index = min(len(self.requests), len(self.replies)) - 1
        reply = self.replies[index]
        if isinstance(reply, Exception):
            if isinstance(reply, httpx.RequestError):
                reply._request = request  # httpx fills this in for real transport errors
            raise reply
        # A fresh copy each time: a response object belongs to a single exchange.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(await request.aread())
        index = min(len(self.requests), len(self.replies)) - 1
        reply = self.replies[index]
        if isinstance(reply, Exception):
            if isinstance(reply, httpx.RequestError):
                reply._request = request
            raise reply
        # A fresh copy each time: a response object belongs to a single exchange.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)


def json_reply(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def sync_client(
    handler: Handler,
    *,
    sleeps: list[float] | None = None,
    api_key: str | None = API_KEY,
    management_key: str | None = None,
    max_retries: int = 2,
) -> SyncAPIClient:
    client = SyncAPIClient(
        api_key=api_key,
        management_key=management_key,
        base_url=BASE_URL,
        max_retries=max_retries,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    recorded = sleeps if sleeps is not None else []
    client._sleep = recorded.append
    client._random = lambda: 1.0  # the top of the jitter range, so delays are predictable
    return client


def async_client(
    script: Script,
    *,
    sleeps: list[float] | None = None,
    api_key: str | None = API_KEY,
    management_key: str | None = None,
    max_retries: int = 2,
) -> AsyncAPIClient:
    client = AsyncAPIClient(
        api_key=api_key,
        management_key=management_key,
        base_url=BASE_URL,
        max_retries=max_retries,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(script.handle_async)),
    )
    recorded = sleeps if sleeps is not None else []

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    client._sleep = fake_sleep
    client._random = lambda: 1.0
    return client
