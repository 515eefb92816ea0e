"""`--dry-run`: the request a command would send, printed instead of sent.

The command runs as for real (settings checked, body validated) against a `DryRunClient`, which
stops at the SDK's transport boundary, `request`: there the SDK has decided everything that is
its own (method, URL, query, headers, credentials: `_describe_request`, the functions a real call
uses), and httpx has not been imported. httpx costs a third of a create's start-up, so the
common request (a JSON or empty body, to a plain http(s) URL, with the httpx this module knows)
is shown as httpx builds it with a default client (`_as_httpx_builds`) without importing it;
tests/cli/test_dry_run_agreement.py checks that the two agree on every recorded exchange. Anything else
(a form upload, a URL httpx would rewrite, optional decoders, another httpx) is built by httpx
itself, through the SDK's own `request`, over a transport that captures instead of sending.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

from .._base_client import merge_headers
from .._client import RunAPI
from .._types import NOT_GIVEN, FileInput, Headers, NotGiven, Operation, Query, Timeout
from . import _output

if TYPE_CHECKING:
    import httpx

__all__ = ["DryRunClient", "view"]

#: The httpx releases whose request building `_as_httpx_builds` follows (JSON bodies in compact
#: form since 0.28; default headers, Host and Content-Length as below).
_KNOWN_HTTPX = re.compile(r"0\.28\.\d+")
#: A URL httpx leaves as it is: lower-case host name or IPv4 address, an explicit port only if
#: not the scheme's default, a path of characters it does not escape and no query or fragment.
_PLAIN_URL = re.compile(
    r"(?P<scheme>https?)://(?P<host>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)"
    r"(?::(?P<port>[1-9][0-9]{0,4}))?"
    r"(?P<path>/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*)"
)
#: A host httpx takes for an IPv4 address (and refuses unless it is one), and a valid one (left
#: for `re` to compile when first used: the slowest here to compile, for a rare host).
_IPV4_STYLE = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+")
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}"
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Described(Exception):
    """Raised by `DryRunClient.request` with the arguments of the request a command makes."""

    def __init__(self, operation: Operation, arguments: dict[str, Any]) -> None:
        super().__init__("dry run")
        self.operation = operation
        self.arguments = arguments


class Built(Exception):
    """Raised by the dry run's httpx transport with the request httpx built."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__("dry run")
        self.request = request


class DryRunClient(RunAPI):
    """A client whose requests are described, never sent (`runapi ... --dry-run`)."""

    describe_only = True

    def request(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Query | None = None,
        json: object = None,
        files: Mapping[str, FileInput | list[FileInput]] | None = None,
        data: Mapping[str, object] | None = None,
        headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream: bool = False,
    ) -> httpx.Response:
        arguments: dict[str, Any] = {
            "path_params": path_params,
            "query": query,
            "json": json,
            "files": files,
            "data": data,
            "headers": headers,
            "timeout": timeout,
            "stream": stream,
        }
        if self.describe_only:
            raise Described(operation, arguments)
        return super().request(operation, **arguments)

    def _new_http_client(self) -> httpx.Client:
        import httpx

        def capture(request: httpx.Request) -> httpx.Response:
            request.read()
            raise Built(request)

        return httpx.Client(transport=httpx.MockTransport(capture))


def view(client: DryRunClient, described: Described) -> dict[str, Any]:
    """What `--dry-run` prints for the request `described`."""
    shown = _as_httpx_builds(client, described)
    if shown is not None:
        return shown
    client.describe_only = False
    try:
        client.request(described.operation, **described.arguments)
    except Built as built:
        return _output.request_view(built.request)
    raise RuntimeError("the dry run reached no transport")  # every request reaches it


@cache
def _httpx_version() -> str | None:
    """The installed httpx's version, read from its package without importing it."""
    spec = find_spec("httpx")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = next(iter(spec.submodule_search_locations))
    try:
        with open(f"{folder}/__version__.py", encoding="utf-8") as handle:
            found = re.search(r"__version__ = \"([^\"]+)\"", handle.read())
    except OSError:
        return None
    return found.group(1) if found else None


@cache
def _plain_decoders() -> bool:
    """Whether httpx accepts just gzip and deflate: brotli and zstandard would add theirs."""
    return not any(find_spec(name) for name in ("brotli", "brotlicffi", "zstandard"))


def _plain_url(url: str) -> str | None:
    """The Host of `url` when httpx would send the URL exactly as written, else None."""
    match = _PLAIN_URL.fullmatch(url)
    if match is None:
        return None
    host, port, path = match["host"], match["port"], match["path"]
    if _IPV4_STYLE.fullmatch(host) and not re.fullmatch(_IPV4, host):
        return None  # httpx refuses it
    if port and (int(port) > 65535 or int(port) == _DEFAULT_PORTS[match["scheme"]]):
        return None  # refused, or a default port httpx leaves out
    if {".", ".."} & set(path.split("/")):
        return None  # dot segments httpx resolves
    return f"{host}:{port}" if port else host


def _query(params: dict[str, Any] | None) -> str | None:
    """The query string httpx writes for `params` (httpx.QueryParams); None for a parameter
    with an empty list, after which httpx would end the URL with a bare "?"."""

    def text(value: object) -> str:
        if value is True:
            return "true"
        if value is False:
            return "false"
        return "" if value is None else str(value)

    if any(isinstance(v, list | tuple) and not v for v in (params or {}).values()):
        return None
    if not params:
        return ""
    from urllib.parse import urlencode  # only for a query: ~2 ms to import

    items = [
        (str(name), text(item))
        for name, value in (params or {}).items()
        for item in (value if isinstance(value, list | tuple) else [value])
    ]
    return f"?{urlencode(items)}" if items else ""


def _as_httpx_builds(client: DryRunClient, described: Described) -> dict[str, Any] | None:
    """The view of the request as httpx 0.28 builds it with a default `httpx.Client`, worked
    out without importing httpx; None when httpx itself must build it (see the module doc).
    """
    operation, arguments = described.operation, described.arguments
    if operation.body == "multipart" or arguments["files"] or arguments["data"]:
        return None
    version = _httpx_version()
    if version is None or not _KNOWN_HTTPX.fullmatch(version) or not _plain_decoders():
        return None
    parts = client._describe_request(
        operation,
        path_params=arguments["path_params"],
        query=arguments["query"],
        headers=arguments["headers"],
        timeout=arguments["timeout"],
        stream=arguments["stream"],
    )
    host = _plain_url(parts.url)
    query = _query(parts.params)
    if host is None or query is None:
        return None
    body = b""
    content: list[tuple[str, str]] = []
    if operation.body == "json" and arguments["json"] is not None:
        try:
            text = json.dumps(
                arguments["json"],
                ensure_ascii=False,
                separators=(",", ":"),
                allow_nan=False,
            )
        except (TypeError, ValueError):
            return None  # httpx's refusal, and the SDK's answer to it, come from the real path
        body = text.encode("utf-8")
        content = [
            ("Content-Length", str(len(body))),
            ("Content-Type", "application/json"),
        ]
    # httpx.Client's own headers, then the SDK's merged over them (Client._merge_headers).
    defaults = [
        ("Accept", "*/*"),
        ("Accept-Encoding", "gzip, deflate"),
        ("Connection", "keep-alive"),
        ("User-Agent", f"python-httpx/{version}"),
    ]
    sdk = parts.headers
    if not (arguments["headers"] or client.default_headers):
        # SyncAPIClient._headers leaves out a header the httpx client carries with that value.
        sdk = [(n, v) for n, v in sdk if [w for m, w in defaults if m.lower() == n.lower()] != [v]]
    headers = merge_headers(defaults, sdk)
    # httpx.Request: the body's headers where the caller set none, then Host and an empty
    # Content-Length in front (Request._prepare).
    names = {name.lower() for name, _ in headers}
    headers += [(name, value) for name, value in content if name.lower() not in names]
    names.update(name.lower() for name, _ in content)
    method = parts.method.upper()
    front = [] if "host" in names else [("Host", host)]
    if not {"content-length", "transfer-encoding"} & names and method in (
        "POST",
        "PUT",
        "PATCH",
    ):
        front.append(("Content-Length", "0"))
    listed: dict[str, str] = {}
    for name, value in front + headers:
        key = name.lower()
        listed[key] = f"{listed[key]}, {value}" if key in listed else value
    return _output.view(method, parts.url + query, listed, body)
