"""Headers are worked out once per credentials and httpx client headers, and the request is the
same either way.

The SDK skips, per call, the headers its httpx client already carries with the same value (the
client it creates carries User-Agent and Accept), and reuses what it worked out while nothing
changed. These tests hold the requests to what they were: same headers whatever the httpx client
carries, credentials following a key change, caller headers still winning.
"""

from __future__ import annotations

from typing import Any

import httpx
import runapi

TASK = {"id": "t-1", "status": "processing"}
USER_AGENT = f"runapi-python/{runapi.__version__}"


def _client(seen: list[httpx.Request], **http: Any) -> runapi.RunAPI:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202, json=TASK)

    transport = httpx.MockTransport(answer)
    return runapi.RunAPI(
        api_key="sk-one",
        base_url="https://runapi.test",
        max_retries=0,
        http_client=httpx.Client(transport=transport, **http),
    )


def _headers(request: httpx.Request) -> dict[str, str]:
    return {name: value for name, value in request.headers.multi_items()}


def test_the_same_headers_whatever_the_httpx_client_already_carries() -> None:
    bare: list[httpx.Request] = []
    preset: list[httpx.Request] = []
    other: list[httpx.Request] = []
    clients = [
        _client(bare),
        _client(preset, headers={"User-Agent": USER_AGENT, "Accept": "application/json"}),
        _client(other, headers={"User-Agent": "someone-else/1", "Accept": "text/plain"}),
    ]
    for client in clients:
        for _ in range(2):  # the second call reuses what the first worked out
            client.seedance.text_to_video.create(model="seedance-2.0", prompt="a lake at dawn")
    first = _headers(bare[0])
    assert first["user-agent"] == USER_AGENT
    assert first["accept"] == "application/json"
    assert first["authorization"] == "Bearer sk-one"
    for request in [*bare, *preset, *other]:
        assert _headers(request) == first


def test_credentials_follow_the_key_and_caller_headers_still_win() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
    client.seedance.text_to_video.create(model="seedance-2.0", prompt="a lake at dawn")
    client.api_key = "sk-two"
    client.seedance.text_to_video.create(model="seedance-2.0", prompt="a lake at dawn")
    client.with_options(api_key="sk-three").seedance.text_to_video.create(
        model="seedance-2.0", prompt="a lake at dawn"
    )
    client.seedance.text_to_video.create(
        model="seedance-2.0", prompt="a lake", extra_headers={"Accept": "application/x-ndjson"}
    )
    client.http_client.headers["User-Agent"] = "changed/2"  # the httpx client's, changed in place
    client.seedance.text_to_video.create(model="seedance-2.0", prompt="a lake at dawn")
    assert [r.headers["authorization"] for r in seen] == [
        "Bearer sk-one",
        "Bearer sk-two",
        "Bearer sk-three",
        "Bearer sk-two",
        "Bearer sk-two",
    ]
    assert seen[3].headers["accept"] == "application/x-ndjson"
    assert seen[4].headers["user-agent"] == USER_AGENT
    assert seen[4].headers.get_list("user-agent") == [USER_AGENT]


def test_the_httpx_client_the_sdk_creates_carries_its_constant_headers() -> None:
    client = runapi.RunAPI(api_key="sk-one", base_url="https://runapi.test")
    try:
        carried = client.http_client.headers
        assert carried["user-agent"] == USER_AGENT
        assert carried["accept"] == "application/json"
        assert "authorization" not in carried  # credentials go per call: copies may differ
        assert client.http_client.timeout == client.timeout
    finally:
        client.close()
