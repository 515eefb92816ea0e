"""Local fault servers for the SDK fault suites: real sockets on 127.0.0.1, scripted misbehaviour.

A `FaultServer` speaks just enough HTTP/1.1 itself (request line, headers, Content-Length body,
keep-alive) to misbehave at the byte level the way proxies and flaky networks do: answer a 2xx
with an HTML page, declare more body than it sends, reset the connection after the request or
in the middle of the answer, or say nothing until the client gives up. Every request that
arrives in full is recorded before the server acts on it, so a test can count how many times a
POST reached the server, whatever the client saw.

Nothing here touches the network beyond the loopback interface.
"""

from __future__ import annotations

import contextlib
import json
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Action",
    "Arrival",
    "FaultServer",
    "Reply",
    "Reset",
    "ResetMidBody",
    "Scenario",
    "Stall",
    "Truncated",
    "html",
    "json_reply",
    "serve",
    "shutdown_now",
]

# How long a stalled answer waits before giving up by itself (tests stop the server sooner).
_STALL_LIMIT = 30.0
_MAX_HEADER_LINES = 200


@dataclass(frozen=True)
class Arrival:
    """One request as the server received it (header names lower-cased; `sent_headers` keeps
    them as the client spelled them)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    sent_headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    """A complete answer."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reset:
    """No answer: the connection is reset (RST) right after the request arrived."""


@dataclass(frozen=True)
class ResetMidBody:
    """The status line, headers and `sent` bytes of a longer body, then a reset."""

    status: int
    sent: bytes
    declared: int
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Truncated:
    """Headers declaring `declared` bytes, fewer bytes of body, then an orderly close (FIN)."""

    status: int
    body: bytes
    declared: int
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Stall:
    """Nothing at all until the client hangs up, the server stops or `limit` seconds pass (then
    the connection is closed without an answer)."""

    limit: float = _STALL_LIMIT


Action = Reply | Reset | ResetMidBody | Truncated | Stall
Scenario = Callable[[Arrival], Action]


def json_reply(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(
        status,
        json.dumps(body).encode(),
        {"Content-Type": "application/json", **(headers or {})},
    )


def html(status: int, text: str = "<html><body>Accepted</body></html>", **headers: str) -> Reply:
    """What a proxy or a captive portal answers: an HTML page, whatever the status."""
    return Reply(status, text.encode(), {"Content-Type": "text/html; charset=utf-8", **headers})


_REASONS = {200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 408: "Request Timeout"}


def _head(status: int, headers: Mapping[str, str], length: int) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        while not self.server.stopping.is_set():
            arrival = self._read_request()
            if arrival is None:
                return
            self.server.record(arrival)
            if not self._act(self.server.scenario(arrival)):
                return

    def _read_request(self) -> Arrival | None:
        try:
            request_line = self.rfile.readline(65537)
        except OSError:
            return None
        if not request_line.strip():
            return None
        method, target, _version = request_line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        sent: dict[str, str] = {}
        for _ in range(_MAX_HEADER_LINES):
            line = self.rfile.readline(65537).decode("latin-1")
            if line in ("\r\n", "\n", ""):
                break
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = sent[name.strip()] = value.strip()
        body = self.rfile.read(int(headers.get("content-length") or 0))
        return Arrival(method, target, headers, body, sent)

    def _act(self, action: Action) -> bool:
        """Perform `action`; True when the connection stays open for the next request."""
        connection: socket.socket = self.connection
        if isinstance(action, Reply):
            self.wfile.write(_head(action.status, action.headers, len(action.body)) + action.body)
            self.wfile.flush()
            return True
        if isinstance(action, Reset):
            _reset(connection)
            return False
        if isinstance(action, ResetMidBody):
            self.wfile.write(_head(action.status, action.headers, action.declared) + action.sent)
            self.wfile.flush()
            _reset(connection)
            return False
        if isinstance(action, Truncated):
            self.wfile.write(_head(action.status, action.headers, action.declared) + action.body)
            self.wfile.flush()
            connection.shutdown(socket.SHUT_WR)
            return False
        # Stall: wait for the client to hang up (recv returns b""), the server to stop or the
        # limit to pass; checked every 50 ms at most.
        deadline = time.monotonic() + action.limit
        while not self.server.stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            connection.settimeout(min(0.05, left))
            try:
                if connection.recv(1) == b"":
                    return False
            except TimeoutError:
                continue
            except OSError:
                return False
        return False


def _reset(connection: socket.socket) -> None:
    # SO_LINGER with a zero timeout turns close() into a reset (RST) instead of a FIN.
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 1024

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.arrivals: list[Arrival] = []
        # Reentrant: a waiter's predicate reads the arrivals under the condition's own lock.
        self.lock = threading.RLock()
        self.arrived = threading.Condition(self.lock)
        self.stopping = threading.Event()
        super().__init__(("127.0.0.1", 0), _Handler)

    def record(self, arrival: Arrival) -> None:
        with self.arrived:
            self.arrivals.append(arrival)
            self.arrived.notify_all()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-exchange is part of the faults under test, not news.
        pass


class FaultServer:
    """A running fault server: `url`, the `arrivals` so far, and per-route counts."""

    def __init__(self, scenario: Scenario) -> None:
        self._server = _Server(scenario)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.5}, daemon=True
        )
        self._port = int(self._server.server_address[1])
        self.url = f"http://127.0.0.1:{self._port}"

    @property
    def scenario(self) -> Scenario:
        return self._server.scenario

    @scenario.setter
    def scenario(self, scenario: Scenario) -> None:
        self._server.scenario = scenario

    @property
    def arrivals(self) -> list[Arrival]:
        with self._server.lock:
            return list(self._server.arrivals)

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """Arrivals of `method` (any when None) at `path` (any when None; query ignored)."""
        return sum(
            1
            for arrival in self.arrivals
            if (method is None or arrival.method == method)
            and (path is None or arrival.path.split("?")[0] == path)
        )

    def arrived(
        self, count: int, method: str | None = None, path: str | None = None, limit: float = 30.0
    ) -> int:
        """`count(method, path)` once it has reached `count` (or `limit` seconds passed).

        A client that timed out may raise before the server's thread has read its request:
        waiting for the expected arrivals, instead of reading the count at once, keeps a short
        client timeout deterministic. The count is read once they are there, so a request too
        many shows as a count above `count`, as it did when it was read at once.
        """
        with self._server.arrived:
            self._server.arrived.wait_for(lambda: self.count(method, path) >= count, limit)
        return self.count(method, path)

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.stopping.set()
        shutdown_now(self._server, self._port)
        self._server.server_close()
        self._thread.join(timeout=5)


def shutdown_now(server: socketserver.BaseServer, port: int) -> None:
    """`server.shutdown()` without waiting for its accept loop's next poll: the loop is woken
    by connecting to 127.0.0.1:`port` (an empty connection, which the server drops)."""
    stopper = threading.Thread(target=server.shutdown, daemon=True)
    stopper.start()
    while stopper.is_alive():
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        stopper.join(0.01)


@contextmanager
def serve(scenario: Scenario) -> Iterator[FaultServer]:
    server = FaultServer(scenario).start()
    try:
        yield server
    finally:
        server.stop()


# ---------------------------------------------------------------------------------------------
# Clients pointed at a fault server
# ---------------------------------------------------------------------------------------------

API_KEY = "sk-fault-suite-0123456789abcdef-SECRET"
MANAGEMENT_KEY = "mk-fault-suite-fedcba9876543210-SECRET"
#: A valid body of `seedance.text_to_video.create` (POST /api/v1/seedance/text_to_video).
SEEDANCE_BODY: dict[str, Any] = {
    "model": "seedance-1.5-pro",
    "prompt": "A lighthouse at dawn",
    "aspect_ratio": "16:9",
    "duration_seconds": 8,
}
SEEDANCE_PATH = "/api/v1/seedance/text_to_video"
#: A valid body of `anthropic.messages.create` (POST /v1/messages).
MESSAGES_BODY: dict[str, Any] = {
    "model": "claude-sonnet-4-6",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Hi"}],
}
FAST_WAIT: dict[str, float] = {"poll_interval": 0.001, "max_poll_interval": 0.002}
# With a deadline, so that code which keeps polling fails the test instead of hanging it.
WAIT: dict[str, float] = {**FAST_WAIT, "timeout": 5.0}
RUN_WAIT: dict[str, float] = {**FAST_WAIT, "wait_timeout": 5.0}


def _no_sleep(_seconds: float) -> None:
    return None


def retries_without_sleep(monkeypatch: Any) -> None:
    """Every synchronous `runapi` client built from now on (the CLI's own included) retries as
    the documented policy says without sleeping between tries: the policy is what counts."""
    from runapi._base_client import SyncAPIClient

    build = SyncAPIClient.__init__

    def without_sleep(self: Any, *args: Any, **kwargs: Any) -> None:
        build(self, *args, **kwargs)
        self._sleep = _no_sleep

    monkeypatch.setattr(SyncAPIClient, "__init__", without_sleep)


async def _no_sleep_async(_seconds: float) -> None:
    return None


def sync_client(server: FaultServer, **options: Any) -> Any:
    """A `runapi.RunAPI` for `server` whose retries do not sleep (the policy is what counts)."""
    import runapi

    options.setdefault("api_key", API_KEY)
    options.setdefault("management_key", MANAGEMENT_KEY)
    client = runapi.RunAPI(base_url=server.url, **options)
    client._sleep = _no_sleep
    return client


def async_client(server: FaultServer, **options: Any) -> Any:
    import runapi

    options.setdefault("api_key", API_KEY)
    options.setdefault("management_key", MANAGEMENT_KEY)
    client = runapi.AsyncRunAPI(base_url=server.url, **options)
    client._sleep = _no_sleep_async
    return client
