"""HTTP transport shared by every resource: configuration, auth, encoding, errors and retries.

`SyncAPIClient` and `AsyncAPIClient` know nothing about particular operations; the generated
resources call `request` / `stream` with an `Operation` from the operation table.

Importing this module, and constructing a client, never imports httpx or asyncio: together they
cost most of the SDK's import time. httpx is imported (once; later imports are a dictionary
lookup) by the functions that build or send a request, and asyncio by the async client's sleep.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import threading
import time
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager, contextmanager
from types import TracebackType
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Final,
    Generic,
    Literal,
    NamedTuple,
    Self,
    TypeAlias,
    TypeVar,
)

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    MissingCredentialsError,
    ValidationError,
    make_status_error,
)
from ._secrets import (
    check_headers,
    normalize_key,
    redact,
    redacting_headers,
    secrets_of,
)
from ._types import NOT_GIVEN, FileInput, Headers, NotGiven, Operation, Query, Timeout
from ._version import __version__

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "FailureKind",
    "RequestParts",
    "SyncAPIClient",
    "merge_headers",
    "retry_delay",
    "should_retry",
]

_LOGGER_NAME: Final = "runapi"

DEFAULT_BASE_URL: Final = "https://runapi.ai"
# Task creates answer in well under a second, but the synchronous operations (LLM completions,
# uploads from a URL, audio generation) can legitimately run for minutes: a 10-minute read
# timeout never cuts those short. Connecting gets 10 s, so an unreachable host fails fast, and a
# connect failure is the one error that is safe to retry for every method.
_DEFAULT_READ_TIMEOUT: Final = 600.0
_DEFAULT_CONNECT_TIMEOUT: Final = 10.0
DEFAULT_MAX_RETRIES: Final = 2
# As many connections as a batch of concurrent task creates needs (the Stainless SDKs' figures):
# at httpx's own 100, requests past the hundredth queue in httpcore's pool, whose every
# assignment rescans the whole queue (300 concurrent async calls to a local server: 3.5 s, against
# 1.9 s at 1,000). 100 idle connections are kept for the polls that follow.
_MAX_CONNECTIONS: Final = 1000
_MAX_KEEPALIVE_CONNECTIONS: Final = 100

if TYPE_CHECKING:
    # Built on first access by `__getattr__` below, so that importing the module needs no httpx.
    DEFAULT_TIMEOUT: httpx.Timeout  # httpx.Timeout(600.0, connect=10.0)
    DEFAULT_CONNECTION_LIMITS: httpx.Limits  # 1,000 connections, 100 kept alive

INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
MAX_RETRY_AFTER: Final = 60.0

_AUTH_HEADERS = ("authorization", "x-api-key")
# Streaming calls take SSE, but an error is answered as JSON: accept both so it can be negotiated.
_STREAM_ACCEPT: Final = "text/event-stream, application/json"
API_KEY_ENV: Final = "RUNAPI_API_KEY"
MANAGEMENT_KEY_ENV: Final = "RUNAPI_MANAGEMENT_KEY"
BASE_URL_ENV: Final = "RUNAPI_BASE_URL"

_REDACTED: Final = "'<redacted>'"
_PATH_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@functools.cache
def _default_timeout() -> httpx.Timeout:
    import httpx

    return httpx.Timeout(_DEFAULT_READ_TIMEOUT, connect=_DEFAULT_CONNECT_TIMEOUT)


@functools.cache
def _default_limits() -> httpx.Limits:
    import httpx

    return httpx.Limits(
        max_connections=_MAX_CONNECTIONS,
        max_keepalive_connections=_MAX_KEEPALIVE_CONNECTIONS,
    )


def __getattr__(name: str) -> Any:
    # PEP 562: the httpx-valued constants exist from their first access on (always the same
    # object), without importing httpx when the module is imported.
    if name == "DEFAULT_TIMEOUT":
        return _default_timeout()
    if name == "DEFAULT_CONNECTION_LIMITS":
        return _default_limits()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


async def _asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, imported when the async client first waits before a retry."""
    import asyncio

    await asyncio.sleep(seconds)


# ---------------------------------------------------------------------------------------------
# Retry policy: pure functions, so the whole table can be tested without a network.
# ---------------------------------------------------------------------------------------------

FailureKind: TypeAlias = Literal["connect", "timeout", "disconnect", "fatal"]
"""Why no answer arrived.

- ``connect``: the connection could not be established, so the request never left the client.
- ``timeout``: the request was (perhaps partly) sent, then no answer came in time.
- ``disconnect``: the connection broke after the request may have been sent.
- ``fatal``: a local error no retry can fix (an unsupported URL scheme, an invalid header).
"""

# PATCH is idempotent for RunAPI's management resources (it sets fields, never increments).
_IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PATCH"})
_RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})


def should_retry(method: str, outcome: int | FailureKind, attempt: int, max_retries: int) -> bool:
    """Whether to retry after a failed attempt.

    `outcome` is the error status code or the kind of transport failure; `attempt` counts the
    retries already made (0 after the first try).
    """
    if attempt >= max_retries or outcome == "fatal":
        return False
    if method.upper() in _IDEMPOTENT_METHODS:
        if isinstance(outcome, int):
            return outcome in _RETRYABLE_STATUSES
        return True
    # Everything else (POST above all) starts billed work: retry only when the server provably
    # did not act on it, because the request never reached it or the server said so (429).
    return outcome == "connect" or outcome == 429


def _uniform() -> float:
    """`random.random()`: the module is imported with the first retry, not with the SDK."""
    import random

    return random.random()


def retry_delay(
    attempt: int,
    retry_after: str | None = None,
    *,
    now: float | None = None,
    rand: Callable[[], float] = _uniform,
) -> float:
    """Seconds to wait before retry number ``attempt + 1``.

    The server's ``Retry-After`` (seconds or an HTTP date) wins, capped at 60 s; otherwise
    exponential backoff with full jitter: uniform in [0, min(8, 0.5 * 2**attempt)].
    """
    server_delay = _parse_retry_after(retry_after, time.time() if now is None else now)
    if server_delay is not None:
        return min(server_delay, MAX_RETRY_AFTER)
    ceiling = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2.0 ** min(attempt, 32))
    return ceiling * rand()


def _parse_retry_after(value: str | None, now: float) -> float | None:
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # rarely needed (an HTTP-date Retry-After), ~10 ms to import

        try:
            date = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = date.timestamp() - now
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def _failure_kind(exc: httpx.TransportError) -> FailureKind:
    """Classify a transport error for `should_retry`."""
    import httpx

    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return "connect"
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return "fatal"
    return "disconnect"


def _connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    import httpx

    # Only a connection that never opened (or a request httpx refused to write) proves that
    # nothing was sent; after that, the server may have acted on the request.
    reached = _failure_kind(exc) not in ("connect", "fatal")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request, may_have_reached_server=reached)
    # The httpx message describes the socket failure. Header values are checked before sending,
    # so none can be quoted here; the scrub is the second line of defence.
    message = redact(f"Connection error: {exc}", secrets_of(request.headers))
    return APIConnectionError(message, request=request, may_have_reached_server=reached)


def _undecodable(exc: httpx.DecodingError, response: httpx.Response) -> APIResponseValidationError:
    encoding = response.headers.get("content-encoding", "identity")
    return APIResponseValidationError(
        f"the answer could not be decoded (Content-Encoding {encoding}): {exc}",
        response=response,
    )


def _check_timeout(timeout: object) -> None:
    """Refuse a timeout that would never expire by accident (NaN) or cannot be honoured."""
    if timeout is NOT_GIVEN or timeout is None:  # most calls: nothing to check
        return
    values: tuple[object, ...] = (timeout,)
    if not isinstance(timeout, int | float | NotGiven | None):
        import httpx  # only for an httpx.Timeout: a plain number needs no httpx

        if isinstance(timeout, httpx.Timeout):
            values = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    for value in values:
        if value is None or isinstance(value, NotGiven):
            continue
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < 0
        ):
            raise ValueError(
                f"timeout must be a finite number of seconds >= 0, or None for no timeout; "
                f"got {value!r}"
            )


# ---------------------------------------------------------------------------------------------
# Request building, shared by both clients.
# ---------------------------------------------------------------------------------------------

if TYPE_CHECKING:
    _HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)
else:
    # The constraints matter to type checkers only (and would need httpx at run time).
    _HttpT = TypeVar("_HttpT")


@functools.lru_cache(maxsize=1024)
def _path_template(path: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The literal pieces of a path template and the parameter names between them
    ("/a/{id}/b" -> ("/a/", "/b"), ("id",)), split once per operation."""
    pieces = _PATH_PARAM.split(path)
    return tuple(pieces[0::2]), tuple(pieces[1::2])


@functools.cache
def _quote() -> Callable[..., str]:
    """`urllib.parse.quote`; a cached lookup, where a `from` import costs microseconds a call."""
    from urllib.parse import quote

    return quote


def _resolve_path(operation: Operation, path_params: Mapping[str, object] | None) -> str:
    if "{" not in operation.path:  # most creates: nothing to substitute
        return operation.path
    quote = _quote()
    params = path_params or {}
    literals, names = _path_template(operation.path)
    parts = [literals[0]]
    for name, literal in zip(names, literals[1:], strict=True):
        if name not in params:
            raise TypeError(f"{operation.operation_id}: missing path parameter {name!r}")
        value = str(params[name])
        if not value:
            # An empty id would silently address a different endpoint (the collection).
            raise ValueError(f"{operation.operation_id}: path parameter {name!r} is empty")
        parts.append(quote(value, safe=""))
        parts.append(literal)
    return "".join(parts)


@functools.lru_cache(maxsize=256)
def _parsed_url(url: str) -> httpx.URL:
    """`httpx.URL(url)`, parsed once per URL: a create's URL never changes and a poll asks for
    the same one again and again, and parsing costs a tenth of a mock request. httpx.URL is
    immutable (httpx wraps it again for each request), so sharing one is safe."""
    import httpx

    return httpx.URL(url)


class RequestParts(NamedTuple):
    """What the SDK decides about one request before httpx builds it (`_describe_request`)."""

    method: str
    url: str  # the base URL and the operation's path, parameters substituted
    params: dict[str, Any] | None  # the query, unset parameters left out
    headers: list[tuple[str, str]]  # the SDK's own headers, before the httpx client's


def _query_params(query: Query | None) -> dict[str, Any] | None:
    if not query:
        return None
    return {key: value for key, value in query.items() if value is not None}


def _form_value(value: object) -> str | list[str]:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return [item for entry in value for item in _as_list(_form_value(entry))]
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _as_list(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


def _form_fields(
    data: Mapping[str, object] | None,
) -> dict[str, str | list[str]] | None:
    if not data:
        return None
    return {key: _form_value(value) for key, value in data.items() if value is not None}


_Files: TypeAlias = list[tuple[str, tuple[str, bytes | IO[bytes], str]]]


def _multipart_files(
    files: Mapping[str, FileInput | list[FileInput]] | None, stack: ExitStack
) -> _Files | None:
    """httpx file tuples; files opened from a path are closed when `stack` closes."""
    if not files:
        return None
    from ._files import to_httpx_file  # uploads only: pathlib and urllib.parse come with it

    encoded: _Files = []
    for field, value in files.items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            encoded.append((field, to_httpx_file(item, stack=stack)))
    return encoded


class _Rewinder:
    """Remembers where each uploaded file object started, so a retry can send it again."""

    def __init__(self, files: _Files | None) -> None:
        self._positions: list[tuple[IO[bytes], int | None]] = []
        for _field, (_name, content, _type) in files or []:
            if not isinstance(content, bytes):
                seekable = getattr(content, "seekable", None)
                position = content.tell() if seekable is not None and seekable() else None
                self._positions.append((content, position))

    def rewind(self) -> bool:
        """Seek every file back; False if one cannot be re-read (then do not retry)."""
        for content, position in self._positions:
            if position is None:
                return False
            content.seek(position)
        return True


def _not_carried(headers: httpx.Headers, carried: httpx.Headers) -> httpx.Headers:
    """`headers` without those `carried` (the httpx client's) already has, with the same one
    value: merging them again would change nothing but their place in the request."""
    import httpx

    present = carried.raw
    kept = [
        (name, value)
        for name, value in headers.raw
        if [v for k, v in present if k.lower() == name.lower()] != [value]
    ]
    return httpx.Headers(kept)


def merge_headers(
    headers: Iterable[tuple[str, str]], update: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """`headers` updated by `update` as `httpx.Headers.update` does: a name given again (in any
    case) loses its earlier values, and the new ones come last, in their order."""
    new = list(update)
    names = {name.lower() for name, _ in new}
    return [(name, value) for name, value in headers if name.lower() not in names] + new


def _key(key_name: str, given: str | None, env_var: str) -> str | None:
    """The key from the argument, else from the environment; stripped and checked."""
    if given is not None:
        return normalize_key(key_name, given, source="argument")
    return normalize_key(key_name, os.environ.get(env_var), source=env_var) or None


class _BaseClient(Generic[_HttpT]):
    """Configuration, headers and request building common to the sync and async clients."""

    api_key: str | None
    management_key: str | None
    base_url: str
    _timeout: Timeout | NotGiven  # NOT_GIVEN: DEFAULT_TIMEOUT, built when first needed
    max_retries: int
    validate_requests: bool
    _http_client: _HttpT | None
    _owns_http: bool

    def _configure(
        self,
        *,
        api_key: str | None,
        management_key: str | None,
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Headers | None,
        validate_requests: bool,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if not isinstance(timeout, NotGiven):
            _check_timeout(timeout)
        self.api_key = _key("api_key", api_key, API_KEY_ENV)
        self.management_key = _key("management_key", management_key, MANAGEMENT_KEY_ENV)
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self._timeout = timeout
        self.max_retries = max_retries
        # Off only when the API accepts something the spec does not describe yet.
        self.validate_requests = validate_requests
        self._default_headers: dict[str, str] = check_headers(dict(default_headers or {}))
        # Headers of calls that add none (see `_headers`).
        self._plain_headers: dict[tuple[Any, ...], httpx.Headers] = {}
        self._random: Callable[[], float] = _uniform
        self._http_lock = threading.Lock()

    @property
    def timeout(self) -> Timeout:
        """The timeout of every request that sets none (`DEFAULT_TIMEOUT` unless configured)."""
        return _default_timeout() if isinstance(self._timeout, NotGiven) else self._timeout

    @timeout.setter
    def timeout(self, value: Timeout) -> None:
        self._timeout = value

    @property
    def default_headers(self) -> dict[str, str]:
        return dict(self._default_headers)

    @property
    def user_agent(self) -> str:
        return f"runapi-python/{__version__}"

    def _constant_headers(self) -> dict[str, str]:
        """The headers every non-streaming request carries, set once on the httpx client the
        SDK creates (each call then adds only its credentials; see `_headers`)."""
        return {"User-Agent": self.user_agent, "Accept": "application/json"}

    @property
    def http_client(self) -> _HttpT:
        """The underlying httpx client (shared by copies made with `with_options`)."""
        return self._http

    @property
    def _http(self) -> _HttpT:
        # Created on first use: building the TLS context costs tens of milliseconds that a
        # client constructed at import time (or never used) should not pay.
        if self._http_client is None:
            # Threads sharing a new client all get here on their first request: without the
            # lock each would build a pool of its own, and all but one would never be closed.
            with self._http_lock:
                if self._http_client is None:
                    if self._closed:  # closed before first use: fail as httpx does
                        raise RuntimeError("Cannot send a request, as the client has been closed.")
                    self._http_client = self._new_http_client()
        return self._http_client

    _closed = False

    def _new_http_client(self) -> _HttpT:
        raise NotImplementedError

    def _copy_kwargs(
        self,
        *,
        api_key: str | NotGiven | None,
        management_key: str | NotGiven | None,
        base_url: str | NotGiven | None,
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Headers | NotGiven | None,
        validate_requests: bool | NotGiven,
    ) -> dict[str, Any]:
        headers = dict(self._default_headers)
        if not isinstance(default_headers, NotGiven):
            headers.update(default_headers or {})
        return {
            "api_key": self.api_key if isinstance(api_key, NotGiven) else api_key,
            "management_key": (
                self.management_key if isinstance(management_key, NotGiven) else management_key
            ),
            "base_url": self.base_url if isinstance(base_url, NotGiven) else base_url,
            # The stored value, so a copy of a default-configured client stays lazy too.
            "timeout": self._timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": (self.max_retries if isinstance(max_retries, NotGiven) else max_retries),
            "default_headers": headers,
            "validate_requests": (
                self.validate_requests
                if isinstance(validate_requests, NotGiven)
                else validate_requests
            ),
        }

    def _auth_headers(self, operation: Operation) -> dict[str, str]:
        """The credentials header `operation` needs; raises before sending if the key is unset."""
        if operation.auth == "management_key":
            if not self.management_key:
                raise MissingCredentialsError(
                    key_name="management_key",
                    env_var=MANAGEMENT_KEY_ENV,
                    operation_id=operation.operation_id,
                )
            return {"Authorization": f"Bearer {self.management_key}"}
        if not self.api_key:
            raise MissingCredentialsError(
                key_name="api_key",
                env_var=API_KEY_ENV,
                operation_id=operation.operation_id,
            )
        if operation.auth == "llm":
            return {"x-api-key": self.api_key}
        return {"Authorization": f"Bearer {self.api_key}"}

    def _headers(
        self, operation: Operation, extra: Headers | None, *, streaming: bool
    ) -> httpx.Headers:
        """The headers to send with the httpx client's own.

        When neither this client nor the call adds headers (the common case), they are worked
        out once per credentials and per set of httpx client headers, and shared between calls
        (build_request copies them; nothing mutates them). A header the httpx client already
        carries with the same value is then left out: httpx's merge costs microseconds per
        header on every call, and the request it builds is the same.
        """
        if extra or self._default_headers:
            return self._assemble_headers(operation, extra, streaming=streaming)
        carried = self._http.headers
        key = (
            operation.auth,
            streaming,
            self.api_key,
            self.management_key,
            tuple(carried.raw),
        )
        found = self._plain_headers.get(key)
        if found is None:
            found = _not_carried(
                self._assemble_headers(operation, None, streaming=streaming), carried
            )
            if len(self._plain_headers) >= 64:  # client headers that change call after call
                self._plain_headers.clear()
            self._plain_headers[key] = found
        return found

    def _describe_request(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream: bool = False,
    ) -> RequestParts:
        """Method, URL, query and headers of a request of `operation`, worked out and checked as
        `request` does (the same functions, in the same order), without importing httpx: what
        `runapi ... --dry-run` prints. The body is the caller's `json` (or form) as given.
        """
        _check_timeout(timeout)
        url = self.base_url + _resolve_path(operation, path_params)
        pairs = self._header_pairs(operation, headers, streaming=stream)
        return RequestParts(operation.method, url, _query_params(query), pairs)

    def _assemble_headers(
        self, operation: Operation, extra: Headers | None, *, streaming: bool
    ) -> httpx.Headers:
        import httpx

        return httpx.Headers(self._header_pairs(operation, extra, streaming=streaming))

    def _header_pairs(
        self, operation: Operation, extra: Headers | None, *, streaming: bool
    ) -> list[tuple[str, str]]:
        """The headers this SDK adds to a request of `operation`, in order, before the httpx
        client merges its own: user agent, accept, credentials, then the caller's.

        Plain pairs, built without httpx: `runapi ... --dry-run` prints a request from them
        without importing it. Raises before anything is sent if a value cannot be sent or a
        needed key is unset.
        """
        pairs = [
            ("User-Agent", self.user_agent),
            ("Accept", _STREAM_ACCEPT if streaming else "application/json"),
        ]
        # Checked before httpx sees them: an invalid value must fail here, with a message that
        # quotes no credential, not deep in the transport (or in its debug log).
        caller = list(check_headers({**self._default_headers, **(extra or {})}).items())
        # A caller who sends credentials of their own (say `Authorization: Bearer` on an
        # LLM-compatible path, where either scheme is accepted) chooses the scheme: the client
        # then adds none, so the request never carries two different keys.
        if not any(name.lower() in _AUTH_HEADERS for name, _ in caller):
            pairs = merge_headers(pairs, check_headers(self._auth_headers(operation)).items())
        # Caller-supplied headers come last so they can override anything, auth included.
        return merge_headers(pairs, caller)

    def _build_request(
        self,
        operation: Operation,
        *,
        url: str,
        headers: httpx.Headers,
        query: Query | None,
        json: object,
        files: _Files | None,
        data: Mapping[str, object] | None,
        timeout: Timeout | NotGiven,
    ) -> httpx.Request:
        effective: Any = self.timeout if isinstance(timeout, NotGiven) else timeout
        if effective == self._http.timeout:
            # The httpx client's own (always, for the client the SDK creates): httpx then skips
            # building a Timeout for this request. The request is the same.
            import httpx

            effective = httpx.USE_CLIENT_DEFAULT
        kwargs: dict[str, Any] = {}
        if operation.body == "multipart":
            # httpx writes the multipart Content-Type with its boundary. Without a file part it
            # would fall back to a urlencoded form, so the fields then travel as plain parts.
            fields = _form_fields(data)
            if files or not fields:
                kwargs["files"], kwargs["data"] = files, fields
            else:
                kwargs["files"] = [
                    (name, (None, value))
                    for name, values in fields.items()
                    for value in (values if isinstance(values, list) else [values])
                ]
        elif operation.body == "json" and json is not None:
            kwargs["json"] = json
        try:
            request = self._http.build_request(
                operation.method,
                _parsed_url(url),
                params=_query_params(query),
                headers=headers,
                timeout=effective,
                **kwargs,
            )
        except ValueError:
            # httpx encodes JSON strictly: NaN and Infinity have no JSON form. Nothing was sent.
            from ._validation import non_finite_problem

            problem = non_finite_problem(json)
            if problem is None:
                raise
            raise ValidationError(operation.operation_id, [problem]) from None
        # Exceptions keep this request: its repr must not show x-api-key and the like.
        request.headers = redacting_headers(request.headers)
        return request

    def _mask(self, key: str | None) -> str:
        return _REDACTED if key else "None"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"api_key={self._mask(self.api_key)}, "
            f"management_key={self._mask(self.management_key)}, "
            f"max_retries={self.max_retries})"
        )

    def _log_retry(
        self,
        request: httpx.Request,
        outcome: int | FailureKind,
        delay: float,
        attempt: int,
    ) -> None:
        # Imported here: logging is loaded by httpx anyway once a request has been sent.
        import logging

        # Method and path only: the query string could carry user data, headers carry keys.
        logging.getLogger(_LOGGER_NAME).info(
            "%s %s failed (%s); retry %d of %d in %.2f s",
            request.method,
            request.url.path,
            outcome,
            attempt + 1,
            self.max_retries,
            delay,
        )


_SendResult: TypeAlias = "httpx.Response | httpx.TransportError"

if TYPE_CHECKING:
    _SyncBase: TypeAlias = _BaseClient[httpx.Client]
    _AsyncBase: TypeAlias = _BaseClient[httpx.AsyncClient]
else:
    # At run time the type argument would only be a forward reference to httpx; leave it out.
    _SyncBase = _AsyncBase = _BaseClient


# ---------------------------------------------------------------------------------------------
# Sync client
# ---------------------------------------------------------------------------------------------


class SyncAPIClient(_SyncBase):
    """Blocking transport. Use as a context manager, or call `close()` when done."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        management_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        http_client: httpx.Client | None = None,
        validate_requests: bool = True,
    ) -> None:
        self._configure(
            api_key=api_key,
            management_key=management_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            validate_requests=validate_requests,
        )
        self._owns_http = http_client is None
        self._http_client = http_client
        self._sleep: Callable[[float], None] = time.sleep

    def with_options(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        management_key: str | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | NotGiven | None = NOT_GIVEN,
        http_client: httpx.Client | NotGiven = NOT_GIVEN,
        validate_requests: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some settings changed; it shares this client's connection pool.

        `default_headers` are merged into the current ones. Closing the copy leaves the shared
        pool open; close the original when done.
        """
        kwargs = self._copy_kwargs(
            api_key=api_key,
            management_key=management_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            validate_requests=validate_requests,
        )
        shared = self._http if isinstance(http_client, NotGiven) else http_client
        clone = type(self)(**kwargs, http_client=shared)
        clone._random = self._random
        clone._sleep = self._sleep
        return clone

    copy = with_options

    def _new_http_client(self) -> httpx.Client:
        import httpx

        return httpx.Client(
            timeout=self.timeout,
            limits=_default_limits(),
            headers=self._constant_headers(),
        )

    @property
    def is_closed(self) -> bool:
        if self._http_client is None:
            return self._closed
        return self._http_client.is_closed

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            self._closed = True
            if self._http_client is not None:
                self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

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
        """Send `operation`, retrying per the policy; raise `APIStatusError` on error answers.

        With ``stream=True`` the body is left unread and the caller must close the response
        (`Stream` does); prefer the `stream()` context manager.
        """
        _check_timeout(timeout)
        url = self.base_url + _resolve_path(operation, path_params)
        request_headers = self._headers(operation, headers, streaming=stream)
        if not files:  # no file to open, close or rewind
            return self._attempts(
                operation, url, request_headers, query, json, None, data, timeout, stream
            )
        with ExitStack() as stack:
            encoded_files = _multipart_files(files, stack)
            return self._attempts(
                operation,
                url,
                request_headers,
                query,
                json,
                encoded_files,
                data,
                timeout,
                stream,
            )

    def _attempts(
        self,
        operation: Operation,
        url: str,
        headers: httpx.Headers,
        query: Query | None,
        json: object,
        files: _Files | None,
        data: Mapping[str, object] | None,
        timeout: Timeout | NotGiven,
        stream: bool,
    ) -> httpx.Response:
        """Send the request, and again while the retry policy says so."""
        import httpx

        rewinder = _Rewinder(files)
        attempt = 0
        while True:
            request = self._build_request(
                operation,
                url=url,
                headers=headers,
                query=query,
                json=json,
                files=files,
                data=data,
                timeout=timeout,
            )
            result = self._send_once(request, stream=stream)
            if isinstance(result, httpx.Response) and result.is_success:
                return result
            outcome = _outcome(result)
            assert outcome is not None
            retry_after = _retry_after_header(result)
            if isinstance(result, httpx.Response):
                result.close()
            if (
                should_retry(operation.method, outcome, attempt, self.max_retries)
                and rewinder.rewind()
            ):
                delay = retry_delay(attempt, retry_after, rand=self._random)
                self._log_retry(request, outcome, delay, attempt)
                self._sleep(delay)
                attempt += 1
                continue
            raise _final_error(result, request)

    @contextmanager
    def stream(
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
    ) -> Iterator[httpx.Response]:
        """Send `operation` and yield the open response (for SSE); it is closed on exit."""
        response = self.request(
            operation,
            path_params=path_params,
            query=query,
            json=json,
            files=files,
            data=data,
            headers=headers,
            timeout=timeout,
            stream=True,
        )
        try:
            yield response
        finally:
            response.close()

    def _send_once(self, request: httpx.Request, *, stream: bool) -> _SendResult:
        import httpx

        try:
            # Never follow redirects with credentials attached: httpx strips Authorization on a
            # cross-origin redirect, but not x-api-key. The body is read here rather than by
            # httpx, so a body that breaks off or cannot be decoded is met with the response
            # (and its status and request id) in hand.
            response = self._http.send(request, stream=True, follow_redirects=False)
        except httpx.TransportError as exc:
            return exc
        if stream and response.is_success:
            return response
        try:
            response.read()  # an error body carries the message
        except httpx.TransportError as exc:
            response.close()
            return exc
        except httpx.DecodingError as exc:
            response.close()
            raise _undecodable(exc, response) from None
        except BaseException:
            response.close()
            raise
        return response


# ---------------------------------------------------------------------------------------------
# Async client
# ---------------------------------------------------------------------------------------------


class AsyncAPIClient(_AsyncBase):
    """Asyncio transport. Use as an async context manager, or await `close()` when done."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        management_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        http_client: httpx.AsyncClient | None = None,
        validate_requests: bool = True,
    ) -> None:
        self._configure(
            api_key=api_key,
            management_key=management_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            validate_requests=validate_requests,
        )
        self._owns_http = http_client is None
        self._http_client = http_client
        self._sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep

    def with_options(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        management_key: str | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | NotGiven | None = NOT_GIVEN,
        http_client: httpx.AsyncClient | NotGiven = NOT_GIVEN,
        validate_requests: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some settings changed; it shares this client's connection pool.

        `default_headers` are merged into the current ones. Closing the copy leaves the shared
        pool open; close the original when done.
        """
        kwargs = self._copy_kwargs(
            api_key=api_key,
            management_key=management_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            validate_requests=validate_requests,
        )
        shared = self._http if isinstance(http_client, NotGiven) else http_client
        clone = type(self)(**kwargs, http_client=shared)
        clone._random = self._random
        clone._sleep = self._sleep
        return clone

    copy = with_options

    def _new_http_client(self) -> httpx.AsyncClient:
        import httpx

        return httpx.AsyncClient(
            timeout=self.timeout,
            limits=_default_limits(),
            headers=self._constant_headers(),
        )

    @property
    def is_closed(self) -> bool:
        if self._http_client is None:
            return self._closed
        return self._http_client.is_closed

    async def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            self._closed = True
            if self._http_client is not None:
                await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def request(
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
        """Send `operation`, retrying per the policy; raise `APIStatusError` on error answers.

        With ``stream=True`` the body is left unread and the caller must close the response
        (`AsyncStream` does); prefer the `stream()` context manager.
        """
        _check_timeout(timeout)
        url = self.base_url + _resolve_path(operation, path_params)
        request_headers = self._headers(operation, headers, streaming=stream)
        if not files:  # no file to open, close or rewind
            return await self._attempts(
                operation, url, request_headers, query, json, None, data, timeout, stream
            )
        with ExitStack() as stack:
            encoded_files = _multipart_files(files, stack)
            return await self._attempts(
                operation,
                url,
                request_headers,
                query,
                json,
                encoded_files,
                data,
                timeout,
                stream,
            )

    async def _attempts(
        self,
        operation: Operation,
        url: str,
        headers: httpx.Headers,
        query: Query | None,
        json: object,
        files: _Files | None,
        data: Mapping[str, object] | None,
        timeout: Timeout | NotGiven,
        stream: bool,
    ) -> httpx.Response:
        """Send the request, and again while the retry policy says so."""
        import httpx

        rewinder = _Rewinder(files)
        attempt = 0
        while True:
            request = self._build_request(
                operation,
                url=url,
                headers=headers,
                query=query,
                json=json,
                files=files,
                data=data,
                timeout=timeout,
            )
            result = await self._send_once(request, stream=stream)
            if isinstance(result, httpx.Response) and result.is_success:
                return result
            outcome = _outcome(result)
            assert outcome is not None
            retry_after = _retry_after_header(result)
            if isinstance(result, httpx.Response):
                await result.aclose()
            if (
                should_retry(operation.method, outcome, attempt, self.max_retries)
                and rewinder.rewind()
            ):
                delay = retry_delay(attempt, retry_after, rand=self._random)
                self._log_retry(request, outcome, delay, attempt)
                await self._sleep(delay)
                attempt += 1
                continue
            raise _final_error(result, request)

    @asynccontextmanager
    async def stream(
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
    ) -> AsyncIterator[httpx.Response]:
        """Send `operation` and yield the open response (for SSE); it is closed on exit."""
        async with AsyncExitStack() as stack:
            response = await self.request(
                operation,
                path_params=path_params,
                query=query,
                json=json,
                files=files,
                data=data,
                headers=headers,
                timeout=timeout,
                stream=True,
            )
            stack.push_async_callback(response.aclose)
            yield response

    async def _send_once(self, request: httpx.Request, *, stream: bool) -> _SendResult:
        import httpx

        try:
            # See SyncAPIClient._send_once on redirects and reading the body.
            response = await self._http.send(request, stream=True, follow_redirects=False)
        except httpx.TransportError as exc:
            return exc
        if stream and response.is_success:
            return response
        try:
            await response.aread()
        except httpx.TransportError as exc:
            await response.aclose()
            return exc
        except httpx.DecodingError as exc:
            await response.aclose()
            raise _undecodable(exc, response) from None
        except BaseException:
            await response.aclose()
            raise
        return response


# ---------------------------------------------------------------------------------------------
# Attempt outcomes
# ---------------------------------------------------------------------------------------------


def _outcome(result: _SendResult) -> int | FailureKind | None:
    """None for a success, else what went wrong (a status code or a failure kind)."""
    import httpx

    if isinstance(result, httpx.Response):
        return None if result.is_success else result.status_code
    return _failure_kind(result)


def _retry_after_header(result: _SendResult) -> str | None:
    import httpx

    if isinstance(result, httpx.Response):
        value: str | None = result.headers.get("retry-after")
        return value
    return None


def _final_error(result: _SendResult, request: httpx.Request) -> Exception:
    import httpx

    if isinstance(result, httpx.Response):
        return make_status_error(result)
    return _connection_error(result, request)
