"""The receiver behind `runapi webhooks listen`: verify, print and acknowledge each delivery.

RunAPI retries a delivery that is not acknowledged quickly, so every delivery gets its own
thread and is answered as soon as it is verified and printed; forwarding (`--forward-to`)
happens afterwards, on a worker thread, and never delays an answer. A client that is silent or
slow (one byte at a time) holds only its own thread: every read has a timeout and the whole
connection a deadline. Bodies are bounded (413), framing is checked (a bad Content-Length is
400, never a crash or a stall) and chunked bodies are decoded.
"""

from __future__ import annotations

import http.server
import json
import queue
import re
import socket
import socketserver
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import Message
from typing import Any, Protocol

from . import _output
from ._webhooks import verify_delivery

__all__ = ["BodyError", "ListenerServer", "Settings", "make_server", "read_body"]

#: Callback bodies are small JSON documents; this is far above any of them.
MAX_BODY = 1024 * 1024
#: Longest silence while reading a request.
READ_TIMEOUT = 10.0
#: Longest time a connection may take to send its request, however it trickles in.
REQUEST_DEADLINE = 30.0
#: Connections handled at once; more are answered 503 at once (RunAPI retries them).
MAX_CONNECTIONS = 64
FORWARD_TIMEOUT = 30.0
#: Forwards waiting for the worker; beyond this a verified delivery is not forwarded.
FORWARD_QUEUE = 1000
_MAX_LINE = 4096  # a chunk-size or trailer line
_MAX_TRAILERS = 32
#: Headers of a delivery that are passed on when forwarding.
FORWARDED = ("content-type", "x-callback-id", "x-callback-timestamp", "x-callback-signature")
_DIGITS = re.compile(r"[0-9]{1,18}")
_HEX = re.compile(rb"[0-9A-Fa-f]{1,15}")


@dataclass
class Settings:
    secret: str
    tolerance: float
    forward_to: str | None = None
    max_requests: int = 0  # 0: until interrupted
    read_timeout: float = READ_TIMEOUT
    deadline: float = REQUEST_DEADLINE
    max_body: int = MAX_BODY
    max_connections: int = MAX_CONNECTIONS


class _Reader(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...
    def readline(self, size: int = ..., /) -> bytes: ...


class BodyError(Exception):
    """A request body that cannot be read: the status to answer and why."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _framing(headers: Message, limit: int) -> int | None:
    """The body's Content-Length, or None when it is chunked; checked before reading."""
    encodings = headers.get_all("Transfer-Encoding") or []
    lengths = headers.get_all("Content-Length") or []
    if encodings:
        if lengths:
            # Both framings at once is how requests are smuggled past a proxy: refuse.
            raise BodyError(400, "both Content-Length and Transfer-Encoding")
        codings = [c.strip().lower() for value in encodings for c in value.split(",")]
        if codings != ["chunked"]:
            raise BodyError(501, "only the chunked Transfer-Encoding is supported")
        return None
    if not lengths:
        return 0
    values = {value.strip() for value in lengths}
    if len(values) != 1:
        raise BodyError(400, "conflicting Content-Length headers")
    text = values.pop()
    if not _DIGITS.fullmatch(text):
        raise BodyError(400, "Content-Length is not a number of bytes")
    length = int(text)
    if length > limit:
        raise BodyError(413, f"the body is larger than {limit} bytes")
    return length


def read_body(headers: Message, stream: _Reader, limit: int) -> bytes:
    """The request body: exactly Content-Length bytes, or the decoded chunks, at most `limit`."""
    length = _framing(headers, limit)
    if length is None:
        return _read_chunked(stream, limit)
    body = stream.read(length)
    if len(body) < length:
        raise BodyError(400, "the body ended before Content-Length bytes")
    return body


def _line(stream: _Reader, what: str) -> bytes:
    line = stream.readline(_MAX_LINE + 1)
    if len(line) > _MAX_LINE or not line.endswith(b"\n"):
        raise BodyError(400, f"bad {what} in the chunked body")
    return line


def _read_chunked(stream: _Reader, limit: int) -> bytes:
    body = bytearray()
    while True:
        size_text = _line(stream, "chunk size").split(b";", 1)[0].strip()
        if not _HEX.fullmatch(size_text):
            raise BodyError(400, "bad chunk size in the chunked body")
        size = int(size_text, 16)
        if size == 0:
            break
        if len(body) + size > limit:
            raise BodyError(413, f"the body is larger than {limit} bytes")
        chunk = stream.read(size)
        if len(chunk) < size or stream.read(2) != b"\r\n":
            raise BodyError(400, "a chunk of the chunked body is cut short")
        body += chunk
    for _ in range(_MAX_TRAILERS):
        if _line(stream, "trailer") in (b"\r\n", b"\n"):
            return bytes(body)
    raise BodyError(400, "too many trailer lines in the chunked body")


def _as_text(headers: Mapping[str, str]) -> dict[str, str]:
    """Header values as the text that was signed: http.server decodes header bytes as
    Latin-1, so a UTF-8 callback id arrives garbled unless its bytes are decoded again."""
    found: dict[str, str] = {}
    for name, value in headers.items():
        try:
            found[name] = value.encode("latin-1").decode("utf-8")
        except UnicodeError:
            found[name] = value
    return found


def _printable(text: str, limit: int = 200) -> str:
    """`text` safe for a terminal: control characters escaped, long text cut."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:limit])
    return shown + ("..." if len(text) > limit else "")


class _Forwarder:
    """POSTs verified deliveries on to a URL, in order, from one worker thread."""

    def __init__(self, url: str, say: Callable[[str], None]) -> None:
        self.url = url
        self.say = say
        self.queue: queue.Queue[tuple[bytes, dict[str, str]] | None] = queue.Queue(FORWARD_QUEUE)
        self.thread = threading.Thread(target=self._run, name="runapi-forward", daemon=True)
        self.thread.start()

    def submit(self, body: bytes, headers: Mapping[str, str]) -> None:
        passed = {k: v for k, v in headers.items() if k.lower() in FORWARDED}
        try:
            self.queue.put_nowait((body, passed))
        except queue.Full:
            self.say(f"not forwarded: {FORWARD_QUEUE} deliveries are already waiting")

    def close(self) -> None:
        """Forward what is queued, then stop."""
        self.queue.put(None)
        self.thread.join()

    def _run(self) -> None:
        while (item := self.queue.get()) is not None:
            body, headers = item
            try:
                status = _post(self.url, body, headers)
            except Exception as exc:  # the worker must outlive any one failed forward
                self.say(f"forwarding to {self.url} failed: {exc}")
                continue
            names = {name.lower(): value for name, value in headers.items()}
            callback_id = _printable(names.get("x-callback-id", "?"))
            self.say(f"forwarded {callback_id} to {self.url}: HTTP {status}")


def _post(url: str, body: bytes, headers: Mapping[str, str]) -> int:
    """POST the delivery unchanged to `url`; returns the answer's status."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=body, headers=dict(headers), method="POST")
    try:
        with urllib.request.urlopen(request, timeout=FORWARD_TIMEOUT) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


class ListenerServer(http.server.ThreadingHTTPServer):
    """A thread per connection (daemon threads), at most `max_connections` at once."""

    daemon_threads = True
    # socketserver's default backlog (5) resets connections in a burst of deliveries.
    request_queue_size = 128

    def __init__(self, port: int, settings: Settings) -> None:
        self.settings = settings
        self.handled = 0
        self.lock = threading.Lock()
        self.output_lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(settings.max_connections)
        self.forwarder = _Forwarder(settings.forward_to, self.say) if settings.forward_to else None
        super().__init__(("127.0.0.1", port), _Receiver)

    def server_bind(self) -> None:
        # HTTPServer.server_bind would look the host up in DNS (getfqdn); 127.0.0.1 needs none.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def say(self, text: str) -> None:
        with self.output_lock:
            _output.message(text)

    def print_delivery(self, shown: Any) -> None:
        with self.output_lock:
            _output.emit_line(shown)
            sys.stdout.flush()

    def count(self) -> None:
        """One more delivery answered; stop once --max-requests is reached."""
        with self.lock:
            self.handled += 1
            reached = self.handled == self.settings.max_requests
        if reached:
            threading.Thread(target=self.shutdown, daemon=True).start()

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            try:
                request.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"
                    b"Content-Length: 0\r\nConnection: close\r\n\r\n"
                )
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # One line instead of socketserver's traceback; a dropped connection is not news.
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            self.say(f"error while handling a delivery: {type(error).__name__}")

    def server_close(self) -> None:
        super().server_close()
        if self.forwarder is not None:
            self.forwarder.close()


class _Receiver(http.server.BaseHTTPRequestHandler):
    server: ListenerServer
    server_version = "runapi-webhooks"
    protocol_version = "HTTP/1.1"  # for Expect: 100-continue; every answer closes

    def setup(self) -> None:
        self.unread = False  # answered before the whole request was read
        super().setup()
        self.connection.settimeout(self.server.settings.read_timeout)
        self.watchdog = threading.Timer(self.server.settings.deadline, self._expire)
        self.watchdog.daemon = True
        self.watchdog.start()

    def _expire(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def finish(self) -> None:
        try:
            super().finish()
            if self.unread:
                self._drain()
        except OSError:
            pass
        finally:
            self.watchdog.cancel()

    def _drain(self) -> None:
        """Read what the client still sends, briefly, so it sees the answer, not a reset.

        Closing a socket with unread input makes the kernel reset the connection, and the
        client may lose the 413 it was sent. The watchdog still bounds the whole connection.
        """
        self.connection.shutdown(socket.SHUT_WR)
        self.connection.settimeout(min(1.0, self.server.settings.read_timeout))
        for _ in range(64):
            if not self.connection.recv(65536):
                break

    def log_message(self, format: str, *args: Any) -> None:
        pass  # each delivery is reported by do_POST instead

    def _answer(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.close_connection = True
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def handle_expect_100(self) -> bool:
        # Refuse a body that is too large (or badly framed) before the client sends it.
        try:
            _framing(self.headers, self.server.settings.max_body)
        except BodyError as exc:
            self.unread = True
            self._answer(exc.status, {"error": exc.reason})
            return False
        return super().handle_expect_100()

    def do_POST(self) -> None:
        try:
            self._receive()
        except OSError:
            raise  # the connection broke or timed out: nobody to answer
        except Exception as exc:
            # Never a traceback, never a dead receiver; RunAPI will retry the delivery.
            self.server.say(f"error while handling a delivery: {type(exc).__name__}")
            self._answer(500, {"error": "internal error"})

    def _receive(self) -> None:
        server = self.server
        settings = server.settings
        path = _printable(self.path)
        try:
            body = read_body(self.headers, self.rfile, settings.max_body)
        except BodyError as exc:
            server.say(f"rejected {path}: {exc.reason}")
            self.unread = True
            self._answer(exc.status, {"error": exc.reason})
            server.count()
            return
        headers = dict(self.headers.items())
        reason = verify_delivery(body, _as_text(headers), settings.secret, settings.tolerance)
        if reason is not None:
            server.say(f"rejected {path}: {reason}")
            self._answer(400, {"error": reason})
        else:
            try:
                shown: Any = json.loads(body)
            except (ValueError, RecursionError):
                shown = body.decode("utf-8", errors="replace")
            # Reported before the answer: whoever sees the 200 sees the delivery printed.
            server.print_delivery(shown)
            server.say(f"verified {_printable(self.headers.get('X-Callback-Id', ''))}")
            self._answer(200, {"ok": True})
            if server.forwarder is not None:
                server.forwarder.submit(body, headers)
        server.count()


def make_server(port: int, settings: Settings) -> ListenerServer:
    """The receiver bound to 127.0.0.1:`port` (0: a free port); run it with serve_forever()."""
    return ListenerServer(port, settings)
