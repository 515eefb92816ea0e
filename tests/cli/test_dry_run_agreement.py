"""`--dry-run` without httpx prints what httpx builds.

`runapi.cli._dry_run` shows a JSON or bodiless request as httpx would build it, without importing
httpx (a third of a create's start-up). These tests hold that description to httpx itself: for
every recorded exchange, and for headers, URLs and bodies chosen to reach each rule it follows,
the view worked out without httpx equals the view of the request httpx builds through the SDK.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from runapi.cli import _dry_run, _output

from tests.contract._support import Exchange, build_call, load_exchanges, resolve_attribute

from .test_tree import _probe

BASE_URL = "https://api.test"


def described(
    exchange: Exchange, *, base_url: str = BASE_URL, per_call: bool = False, **body: Any
) -> tuple[_dry_run.DryRunClient, _dry_run.Described]:
    """The request the SDK makes for `exchange`, as the dry-run client captures it: headers as
    the CLI passes them (client defaults), or per call (`extra_headers`)."""
    call = build_call(exchange)
    client = _dry_run.DryRunClient(
        api_key=call.api_key,
        management_key=call.management_key,
        base_url=base_url,
        default_headers=None if per_call else call.extra_headers,
        max_retries=0,
        validate_requests=False,
    )
    resource, method = resolve_attribute(client, exchange.operation_id)
    function: Callable[..., Any] = getattr(resource, method)
    headers = call.extra_headers if per_call else None
    with pytest.raises(_dry_run.Described) as caught:
        function(*call.args, extra_headers=headers, **{**call.kwargs, **body})
    return client, caught.value


def built_by_httpx(client: _dry_run.DryRunClient, request: _dry_run.Described) -> dict[str, Any]:
    client.describe_only = False
    with pytest.raises(_dry_run.Built) as caught:
        client.request(request.operation, **request.arguments)
    return _output.request_view(caught.value.request)


EXCHANGES = load_exchanges()


@pytest.mark.parametrize("exchange", EXCHANGES, ids=lambda e: e.id)
def test_every_recorded_request_is_described_as_httpx_builds_it(exchange: Exchange) -> None:
    client, request = described(exchange, per_call=EXCHANGES.index(exchange) % 2 == 1)
    shown = _dry_run._as_httpx_builds(client, request)
    if request.operation.body == "multipart":
        assert shown is None  # a form's boundary and parts are httpx's: it builds them
        return
    assert shown is not None
    assert json.dumps(shown) == json.dumps(built_by_httpx(client, request))


def _exchange(operation_id: str, has_body: bool) -> Exchange:
    return next(
        e for e in EXCHANGES if e.operation_id == operation_id and ("body" in e.request) == has_body
    )


CREATE = "seedance.text_to_video.create"
HEADERS = [
    {"X-Trace": "1", "x-trace": "2"},
    {"Authorization": "Bearer caller-token-0000"},
    {"Content-Type": "application/json; charset=utf-8"},
    {"Content-Length": "5"},
    {"Host": "elsewhere.test"},
    {"Accept": "*/*"},
    {"Connection": "keep-alive"},
    {"Accept-Encoding": "gzip, deflate"},
    {"User-Agent": "me/1.0", "accept": "text/plain"},
    {"Transfer-Encoding": "chunked"},
]


@pytest.mark.parametrize("headers", HEADERS, ids=lambda h: ",".join(h))
@pytest.mark.parametrize("per_call", [False, True], ids=["client", "call"])
def test_caller_headers_merge_as_httpx_merges_them(headers: dict[str, str], per_call: bool) -> None:
    exchange = _exchange(CREATE, has_body=True)
    client, request = described(exchange, per_call=per_call)
    if per_call:
        request.arguments["headers"] = {**(request.arguments["headers"] or {}), **headers}
    else:
        client._default_headers.update(headers)
    shown = _dry_run._as_httpx_builds(client, request)
    assert shown is not None
    assert json.dumps(shown) == json.dumps(built_by_httpx(client, request))


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:8080",
        "https://api.test:8443/prefix/v2",
        "http://localhost:65535",
        "https://a-b.example.co/~me/x(1)/%7E",
    ],
)
def test_plain_urls_are_described_without_httpx(base_url: str) -> None:
    client, request = described(_exchange(CREATE, has_body=True), base_url=base_url)
    shown = _dry_run._as_httpx_builds(client, request)
    assert shown is not None
    assert json.dumps(shown) == json.dumps(built_by_httpx(client, request))


@pytest.mark.parametrize(
    "base_url",
    [
        "https://API.test",  # httpx lower-cases the host
        "https://api.test:443",  # and leaves out a default port
        "http://api.test:80",
        "https://api.test/a/../b",  # and resolves dot segments
        "https://api.test/%7e",  # lower-case escapes: left to httpx
        "https://[::1]:8443",
        "https://b\u00fccher.test",
        "https://1.2.3.999",  # not an address: httpx refuses it
        "https://api.test/a b",
    ],
)
def test_urls_httpx_would_rewrite_are_left_to_httpx(base_url: str) -> None:
    client, request = described(_exchange(CREATE, has_body=True), base_url=base_url)
    assert _dry_run._as_httpx_builds(client, request) is None


@pytest.mark.parametrize(
    "body",
    [
        {"prompt": '\u00dcn\u00efc\u00f6d\u00e9 \u2603 \u2028 \U0001f600 "quoted" \\'},
        {"extra": [1, 2.5, True, None, {"nested": []}]},
        {"duration_seconds": 10**30},
    ],
    ids=["unicode", "nested", "big-int"],
)
def test_json_bodies_are_encoded_as_httpx_encodes_them(body: dict[str, Any]) -> None:
    client, request = described(_exchange(CREATE, has_body=True), **body)
    shown = _dry_run._as_httpx_builds(client, request)
    assert shown is not None
    assert json.dumps(shown) == json.dumps(built_by_httpx(client, request))


def test_a_body_httpx_refuses_is_left_to_httpx() -> None:
    client, request = described(_exchange(CREATE, has_body=True), duration_seconds=float("nan"))
    assert _dry_run._as_httpx_builds(client, request) is None


def test_queries_are_written_as_httpx_writes_them() -> None:
    exchange = next(e for e in EXCHANGES if "?" in e.request["path"])
    client, request = described(exchange)
    for query in (
        {"a": "x y&z=1/\u00e9", "b": 3, "c": 1.5, "d": True, "e": False, "f": ""},
        {"many": ["1", "two words", 3], "one": ("t",)},
    ):
        request.arguments["query"] = query
        shown = _dry_run._as_httpx_builds(client, request)
        assert shown is not None
        assert json.dumps(shown) == json.dumps(built_by_httpx(client, request))
        client.describe_only = True
    request.arguments["query"] = {"empty": []}  # httpx would end the URL with a bare "?"
    assert _dry_run._as_httpx_builds(client, request) is None


def test_a_json_dry_run_imports_no_httpx() -> None:
    # The process boundary is the point: the test's own process has httpx loaded already.
    words = ["seedance", "text-to-video", "create", "--model", "seedance-1.5-pro"]
    words += ["--prompt", "a lighthouse", "--aspect-ratio", "16:9", "--duration-seconds", "8"]
    loaded = _probe(*words, "--dry-run")["LOADED"]
    assert "runapi.cli.commands.seedance" in loaded  # the command ran
    assert "httpx" not in loaded
