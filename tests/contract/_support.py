"""Shared machinery of the contract tests: recorded exchanges, call building and stub lookup.

Everything here is derived from the recorded fixtures (tests/fixtures), the bundled spec
(generated/openapi.json) and the typed stubs shipped with the generated package (*.pyi); nothing
is hand-listed per operation, so a new fixture or operation is picked up automatically.
"""

from __future__ import annotations

import ast
import email.parser
import email.policy
import importlib
import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
import pydantic
import runapi

from tests.spec.support import fixture_files

PROJECT = Path(__file__).resolve().parents[2]
BUNDLED_SPEC = PROJECT / "generated" / "openapi.json"
BASE_URL = "https://api.test"

AUTH_HEADERS = ("authorization", "x-api-key", "x-goog-api-key")
# Headers the client computes itself (never passed through `extra_headers`).
_CLIENT_HEADERS = ("content-type", "content-length", *AUTH_HEADERS)
# Keys given to the client for the credential an operation must NOT use: if the client picked
# the wrong credential the recorded auth header would not match.
WRONG_API_KEY = "WRONG-API-KEY-NOT-FOR-THIS-OPERATION"
WRONG_MANAGEMENT_KEY = "WRONG-MANAGEMENT-KEY-NOT-FOR-THIS-OPERATION"

STATUS_ERRORS: dict[int, type[runapi.APIStatusError]] = {
    400: runapi.BadRequestError,
    401: runapi.AuthenticationError,
    402: runapi.InsufficientCreditsError,
    403: runapi.PermissionDeniedError,
    404: runapi.NotFoundError,
    408: runapi.RequestTimeoutError,
    413: runapi.PayloadTooLargeError,
    415: runapi.UnsupportedMediaTypeError,
    422: runapi.UnprocessableEntityError,
    429: runapi.RateLimitError,
    500: runapi.InternalServerError,
    503: runapi.ServiceUnavailableError,
}


def expected_error_class(status: int) -> type[runapi.APIStatusError]:
    found = STATUS_ERRORS.get(status)
    if found is not None:
        return found
    return runapi.InternalServerError if status >= 500 else runapi.APIStatusError


# ---------------------------------------------------------------------------------------------
# Fixtures on disk
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    operation_id: str
    name: str
    source: Path
    request: dict[str, Any]
    response: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.operation_id}[{self.name}]"

    @property
    def status(self) -> int:
        return int(self.response["status"])

    @property
    def is_stream(self) -> bool:
        return "body_raw" in self.response

    @property
    def has_request_body(self) -> bool:
        return "body" in self.request or "form" in self.request


@dataclass(frozen=True)
class Callback:
    operation_id: str
    name: str
    headers: dict[str, str]
    body: Any

    @property
    def id(self) -> str:
        return f"{self.operation_id}[{self.name}]"

    @property
    def resource_path(self) -> str:
        """Attribute path of the task resource: the create operation without `.create`."""
        return self.operation_id.removesuffix(".create")


def _fixture_documents() -> list[tuple[Path, dict[str, Any]]]:
    # Parsed once per process by tests/spec/support.py (the spec, sdk and conformance tests read
    # the same files); every call gets its own copy.
    return [(fixture.path, fixture.data) for fixture in fixture_files()]


@cache
def load_exchanges() -> tuple[Exchange, ...]:
    found: list[Exchange] = []
    for path, data in _fixture_documents():
        for exchange in data.get("exchanges") or []:
            found.append(
                Exchange(
                    operation_id=data["operation"],
                    name=exchange["name"],
                    source=path,
                    request=exchange["request"],
                    response=exchange["response"],
                )
            )
    return tuple(found)


@cache
def load_callbacks() -> tuple[Callback, ...]:
    found: list[Callback] = []
    for _path, data in _fixture_documents():
        for callback in data.get("callbacks") or []:
            headers = {str(k): str(v) for k, v in callback["headers"].items()}
            found.append(Callback(data["operation"], callback["name"], headers, callback["body"]))
    return tuple(found)


def count_recorded_exchanges() -> int:
    """Counted from the raw YAML, independently of `load_exchanges`."""
    return sum(len(data.get("exchanges") or []) for _path, data in _fixture_documents())


# ---------------------------------------------------------------------------------------------
# The bundled spec
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    security: tuple[str, ...]
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]


@cache
def bundled_spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
    return document


@cache
def spec_operations() -> dict[str, SpecOperation]:
    document = bundled_spec()
    default_security = document.get("security") or []
    found: dict[str, SpecOperation] = {}
    for path, item in document["paths"].items():
        shared = item.get("parameters") or []
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            parameters = [_deref(p) for p in [*shared, *(operation.get("parameters") or [])]]
            security = operation.get("security")
            if security is None:
                security = default_security
            found[operation["operationId"]] = SpecOperation(
                operation_id=operation["operationId"],
                method=method.upper(),
                path=path,
                security=tuple(name for requirement in security for name in requirement),
                path_params=tuple(re.findall(r"\{([^}]+)\}", path)),
                query_params=tuple(p["name"] for p in parameters if p.get("in") == "query"),
            )
    return found


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    document = bundled_spec()
    while "$ref" in node:
        target: Any = document
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def path_params_of(operation: SpecOperation, concrete_path: str) -> list[str]:
    """Values of the template's path parameters in `concrete_path`, in path order."""
    parts = re.split(r"(\{[^}]+\})", operation.path)
    pattern = "".join("([^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    match = re.fullmatch(pattern, concrete_path)
    assert match is not None, f"{concrete_path} does not match {operation.path}"
    return [unquote(value) for value in match.groups()]


# ---------------------------------------------------------------------------------------------
# Turning a recorded request into a client call
# ---------------------------------------------------------------------------------------------


@dataclass
class Call:
    """How to replay one recorded request through the generated client."""

    args: list[str]
    kwargs: dict[str, Any]
    api_key: str
    management_key: str
    extra_headers: dict[str, str] = field(default_factory=dict)
    expected_auth: tuple[str, str] = ("", "")  # (lower-case header name, value)


def auth_of(exchange: Exchange) -> tuple[str, str]:
    headers = exchange.request.get("headers") or {}
    found = [(k.lower(), str(v)) for k, v in headers.items() if k.lower() in AUTH_HEADERS]
    assert len(found) == 1, f"{exchange.id}: expected exactly one recorded auth header"
    return found[0]


def build_call(exchange: Exchange) -> Call:
    operation = spec_operations()[exchange.operation_id]
    split = urlsplit(exchange.request["path"])
    args = path_params_of(operation, split.path)
    kwargs: dict[str, Any] = {}
    for name, value in parse_qsl(split.query, keep_blank_values=True):
        assert name in operation.query_params, f"{exchange.id}: unknown query parameter {name}"
        kwargs[name] = value
    if "body" in exchange.request:
        body = exchange.request["body"]
        assert isinstance(body, dict), f"{exchange.id}: request body is not a JSON object"
        kwargs.update(body)
    if "form" in exchange.request:
        form = exchange.request["form"]
        kwargs.update(form.get("fields") or {})
        for part in form.get("files") or []:
            content = str(part.get("content", "")).encode("utf-8")
            kwargs[part["name"]] = (part["filename"], content, part["content_type"])

    header_name, header_value = auth_of(exchange)
    token = header_value.removeprefix("Bearer ")
    extra_headers = {
        str(k): str(v)
        for k, v in (exchange.request.get("headers") or {}).items()
        if k.lower() not in _CLIENT_HEADERS
    }
    if "ManagementKeyAuth" in operation.security:
        api_key, management_key = WRONG_API_KEY, token
    else:
        api_key, management_key = token, WRONG_MANAGEMENT_KEY
    both_schemes = {"ApiKeyHeader", "ApiKeyAuth"} <= set(operation.security)
    if both_schemes and header_name == "authorization":
        # The LLM paths accept either scheme; replay the one the exchange was recorded with.
        extra_headers["Authorization"] = header_value
    return Call(
        args=args,
        kwargs=kwargs,
        api_key=api_key,
        management_key=management_key,
        extra_headers=extra_headers,
        expected_auth=(header_name, header_value),
    )


def request_body_for_checker(exchange: Exchange) -> Any:
    """The body as `generator.requests.RequestChecker` reads it (form files as their content)."""
    if "form" in exchange.request:
        form = exchange.request["form"]
        body = dict(form.get("fields") or {})
        body.update({f["name"]: f.get("content", "") for f in form.get("files") or []})
        return body
    return exchange.request.get("body")


def resolve_attribute(client: object, operation_id: str) -> tuple[object, str]:
    """(resource object, method name) for `operation_id` on `client`."""
    *parents, method = operation_id.split(".")
    target: object = client
    for name in parents:
        target = getattr(target, name)
    assert callable(getattr(target, method, None)), f"{operation_id}: no method {method}"
    return target, method


# ---------------------------------------------------------------------------------------------
# Checking what the client sent
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormPart:
    name: str
    filename: str | None
    content_type: str | None
    content: bytes


def parse_multipart(request: httpx.Request, body: bytes) -> list[FormPart]:
    content_type = request.headers.get("content-type", "")
    assert content_type.startswith("multipart/form-data"), content_type
    raw = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode() + body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    parts: list[FormPart] = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        parts.append(
            FormPart(
                name=str(part.get_param("name", header="content-disposition")),
                filename=part.get_filename(),
                content_type=part.get_content_type() if part.get_filename() else None,
                content=payload if isinstance(payload, bytes) else b"",
            )
        )
    return parts


def assert_sent(exchange: Exchange, call: Call, request: httpx.Request, body: bytes) -> None:
    """The client sent exactly the recorded method, path, query, auth header and body."""
    recorded = exchange.request
    assert request.method == recorded["method"], f"method {request.method}"
    split = urlsplit(recorded["path"])
    assert f"{request.url.scheme}://{request.url.host}" == BASE_URL
    assert request.url.path == split.path, f"path {request.url.path} != {split.path}"
    sent_query = parse_qsl(request.url.query.decode(), keep_blank_values=True)
    assert sent_query == parse_qsl(split.query, keep_blank_values=True), f"query {sent_query}"

    sent_auth = [(k.lower(), v) for k, v in request.headers.items() if k.lower() in AUTH_HEADERS]
    assert sent_auth == [call.expected_auth], f"auth headers sent: {sent_auth}"
    for name, value in call.extra_headers.items():
        assert request.headers.get(name) == value, f"header {name}"

    if "body" in recorded:
        assert request.headers.get("content-type", "").startswith("application/json")
        assert json.loads(body) == recorded["body"]
    elif "form" in recorded:
        form = recorded["form"]
        parts = parse_multipart(request, body)
        fields = {p.name: p.content.decode("utf-8") for p in parts if p.filename is None}
        assert fields == {str(k): str(v) for k, v in (form.get("fields") or {}).items()}
        files = [
            (p.name, p.filename, p.content_type, p.content.decode("utf-8"))
            for p in parts
            if p.filename is not None
        ]
        assert files == [
            (f["name"], f["filename"], f["content_type"], str(f.get("content", "")))
            for f in form.get("files") or []
        ]
    else:
        assert body == b"", f"unexpected request body {body[:200]!r}"


def response_for(exchange: Exchange) -> httpx.Response:
    recorded = exchange.response
    headers = {str(k): str(v) for k, v in (recorded.get("headers") or {}).items()}
    if "body_raw" in recorded:
        return httpx.Response(
            exchange.status, headers=headers, content=str(recorded["body_raw"]).encode()
        )
    if "body" in recorded:
        content = json.dumps(recorded["body"]).encode()
        return httpx.Response(exchange.status, headers=headers, content=content)
    return httpx.Response(exchange.status, headers=headers)


def sse_payloads(raw: str) -> list[Any]:
    """The JSON `data:` payloads of a recorded stream, in order (``[DONE]`` excluded)."""
    payloads: list[Any] = []
    data: list[str] = []
    for line in [*raw.splitlines(), ""]:
        if not line:
            if data and "\n".join(data) != "[DONE]":
                payloads.append(json.loads("\n".join(data)))
            data = []
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
    return payloads


def dump(model: pydantic.BaseModel) -> Any:
    dumped: Any = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    # A JSON round trip: tuples become lists, and so on; values compare as JSON values.
    return json.loads(json.dumps(dumped))


# ---------------------------------------------------------------------------------------------
# What the typed stubs declare
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Declared:
    """Return types a stub method declares (across its overloads)."""

    models: frozenset[type]
    stream_events: frozenset[type]
    returns_none: bool


@cache
def _stub_tree(module_name: str) -> ast.Module:
    module = sys.modules[module_name]
    assert module.__file__ is not None
    stub = Path(module.__file__).with_suffix(".pyi")
    return ast.parse(stub.read_text(encoding="utf-8"))


def declared_returns(resource: object, method: str) -> Declared:
    cls = type(resource)
    tree = _stub_tree(cls.__module__)
    # The stub's names, as the resource module sees them when type checking (its runtime
    # imports of the models are deferred to first use).
    group = cls.__module__.rsplit(".", 1)[-1]
    shared = importlib.import_module("runapi.types.shared")
    namespace = {
        **vars(sys.modules[cls.__module__]),
        "types": importlib.import_module(f"runapi.types.{group}"),
        "TaskAccepted": shared.TaskAccepted,
    }
    models: set[type] = set()
    events: set[type] = set()
    returns_none = False
    found = False
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name == cls.__name__):
            continue
        for item in node.body:
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name == method:
                found = True
                assert item.returns is not None, f"{cls.__name__}.{method}: no return annotation"
                for leaf in _union_members(item.returns):
                    if isinstance(leaf, ast.Constant) and leaf.value is None:
                        returns_none = True
                    elif isinstance(leaf, ast.Subscript):
                        assert _dotted(leaf.value) in ("Stream", "AsyncStream"), ast.dump(leaf)
                        events.update(_resolve(m, namespace) for m in _union_members(leaf.slice))
                    else:
                        models.add(_resolve(leaf, namespace))
    assert found, f"stub declares no {cls.__name__}.{method}"
    return Declared(frozenset(models), frozenset(events), returns_none)


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_union_members(node.left), *_union_members(node.right)]
    return [node]


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    raise AssertionError(f"unsupported annotation {ast.dump(node)}")


def _resolve(node: ast.expr, namespace: Mapping[str, Any]) -> type:
    head, *rest = _dotted(node).split(".")
    value: Any = namespace[head]
    for name in rest:
        value = getattr(value, name)
    assert isinstance(value, type), f"{_dotted(node)} is not a class"
    return value
