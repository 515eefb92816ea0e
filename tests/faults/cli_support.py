"""Helpers of the CLI and listener fault suites: an isolated environment, the CLI in-process and
as a process, a recording API server, signed deliveries, raw sockets and an in-process listener.

Nothing here reaches beyond 127.0.0.1. Deliveries are signed with `tests.tools.sign_fixtures`
(an implementation of the scheme independent of `runapi.webhooks`) and the public TEST_SECRET.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner, Result
from runapi.cli import cli

from tests.cli.conftest import Handler, LocalServer, Request
from tests.cli.conftest import json_answer as json_answer
from tests.tools.sign_fixtures import TEST_SECRET, sign

from .sdk_servers import Arrival, FaultServer, Reply, shutdown_now

__all__ = [
    "KEY",
    "TEST_SECRET",
    "ApiServer",
    "Delivery",
    "Finished",
    "Listener",
    "Recorded",
    "api_server",
    "genuine",
    "invoke",
    "isolated_env",
    "listener_server",
    "pinned_clock",
    "raw_exchange",
    "run_process",
]

#: A stand-in API key: it must never appear in any output.
KEY = "sk-fault-0123456789abcdefSECRET"


_HOMES = itertools.count()


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, config_homes: Path) -> Path:
    """No real credentials or config (a private XDG_CONFIG_HOME, RUNAPI_* unset), no network:
    host names other than the loopback ones do not resolve.

    The config home is a path of the test's own that does not exist yet, in an empty folder of
    its own (as `tmp_path / "xdg"` was) under one folder for the session (`config_homes`,
    tests/faults/conftest.py): a `tmp_path` for each of the ~400 tests that use this costs a
    folder, pytest's bookkeeping and a symlink update each, more than most of these tests.
    """
    for name in (
        "RUNAPI_API_KEY",
        "RUNAPI_MANAGEMENT_KEY",
        "RUNAPI_BASE_URL",
        "RUNAPI_WEBHOOK_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    own = config_homes / str(next(_HOMES))
    own.mkdir()
    config = own / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    real_getaddrinfo = socket.getaddrinfo

    def local_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        # A check that let a bad URL through must fail here, not query DNS or a real host.
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in ("127.0.0.1", "localhost", "::1"):
            raise socket.gaierror(socket.EAI_NONAME, f"the fault suite resolves no {name!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", local_only)
    return config


def invoke(args: list[str], stdin: str | bytes | None = None) -> Result:
    """The CLI in-process; an uncaught exception (a traceback for a user) fails the test."""
    return CliRunner().invoke(cli, args, input=stdin, prog_name="runapi", catch_exceptions=False)


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str


def run_process(
    args: list[str], env: dict[str, str] | None = None, stdin: bytes | None = None
) -> Finished:
    """`python -m runapi.cli ARGS` as a real process: the exit-code contract as scripts see it."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNAPI_")}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "runapi.cli", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=environment,
        timeout=60,
        check=False,
    )
    return Finished(
        done.returncode,
        done.stdout.decode("utf-8", errors="replace"),
        done.stderr.decode("utf-8", errors="replace"),
    )


# ---------------------------------------------------------------------------------------------
# A recording API server
# ---------------------------------------------------------------------------------------------


# The CLI suite's recording server's records, under the names this suite's tests use.
Recorded = Request
ApiServer = LocalServer
Answer = tuple[int, dict[str, str], bytes]


@pytest.fixture
def api_server() -> Iterator[Callable[[Handler], ApiServer]]:
    """`api_server(handler)`: the CLI suite's recording server (`tests.cli.conftest.serve`:
    every request recorded, in order, then answered by `handler`), served by this suite's
    `FaultServer`, which stops at once instead of at its accept loop's next poll."""
    servers: list[FaultServer] = []

    def start(handler: Handler) -> ApiServer:
        local = LocalServer(handler)

        def answer(arrival: Arrival) -> Reply:
            request = Recorded(arrival.method, arrival.path, arrival.sent_headers, arrival.body)
            local.requests.append(request)
            status, headers, body = local.handler(request)
            return Reply(status, body, headers)

        server = FaultServer(answer).start()
        servers.append(server)
        local.url = server.url
        return local

    yield start
    for server in servers:
        server.stop()


# ---------------------------------------------------------------------------------------------
# Deliveries
# ---------------------------------------------------------------------------------------------


@dataclass
class Delivery:
    body: bytes
    headers: dict[str, str]


def genuine(
    body: bytes | None = None,
    callback_id: str = "cb_fault_1",
    timestamp: int | None = None,
    secret: str = TEST_SECRET,
) -> Delivery:
    """A delivery as RunAPI sends it: signed body, the three headers, a current timestamp."""
    raw = body if body is not None else b'{"id":"task_1","status":"completed","images":[]}'
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return Delivery(
        raw,
        {
            "Content-Type": "application/json",
            "X-Callback-Id": callback_id,
            "X-Callback-Timestamp": stamp,
            "X-Callback-Signature": sign(callback_id, stamp, raw, secret),
        },
    )


# ---------------------------------------------------------------------------------------------
# Raw sockets and an in-process listener
# ---------------------------------------------------------------------------------------------


def request_bytes(delivery: Delivery, path: str = "/hook", framing: str = "length") -> bytes:
    """An HTTP/1.1 POST of `delivery`, framed by Content-Length or as chunks."""
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{name}: {value}" for name, value in delivery.headers.items()]
    if framing == "chunked":
        lines.append("Transfer-Encoding: chunked")
        body = _chunks(delivery.body, 7)
    else:
        lines.append(f"Content-Length: {len(delivery.body)}")
        body = delivery.body
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _chunks(body: bytes, size: int) -> bytes:
    """`body` in chunks of `size` bytes (the last one shorter), then the last-chunk marker.
    Joined in one call, not chunk by chunk: a 2 MB body is 300,000 chunks."""
    whole, rest = divmod(len(body), size)
    end = whole * size
    head = b"%x\r\n" % size
    pieces = [body[start : start + size] for start in range(0, end, size)]
    framed = head + (b"\r\n" + head).join(pieces) + b"\r\n" if pieces else b""
    if rest:
        framed += b"%x\r\n%b\r\n" % (rest, body[end:])
    return framed + b"0\r\n\r\n"


def raw_exchange(port: int, data: bytes, timeout: float = 20.0) -> int | None:
    """Send raw bytes, read the answer; its status, or None when the server closed silently."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        # The server may answer (413) and stop reading before everything is sent. Then the
        # client is done sending: a body cut short ends there, as when a client gives up.
        with contextlib.suppress(OSError):
            connection.sendall(data)
            connection.shutdown(socket.SHUT_WR)
        answer = b""
        try:
            while b"\r\n" not in answer:
                chunk = connection.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except (ConnectionResetError, TimeoutError):
            pass
    if not answer.startswith(b"HTTP/1."):
        return None
    return int(answer.split(b" ", 2)[1])


@dataclass
class Listener:
    server: Any  # runapi.cli._listener.ListenerServer
    port: int
    stderr: Callable[[], str]
    counted: threading.Condition  # notified each time the server counts a delivery done

    def stop(self, handled: int) -> None:
        """Stop serving once `handled` deliveries are done, and close (which waits for the
        queued forwards). A delivery is answered before its forward is queued: stopping as
        soon as the answer arrived could close the forwarder before it has the delivery."""
        with self.counted:
            self.counted.wait_for(lambda: self.server.handled >= handled, 30)
        shutdown_now(self.server, self.port)
        self.server.server_close()


def _notifying(server: Any) -> threading.Condition:
    """A condition notified after each `server.count()` (a delivery answered and handled)."""
    counted = threading.Condition()
    count = server.count

    def count_and_notify() -> None:
        count()
        with counted:
            counted.notify_all()

    server.count = count_and_notify
    return counted


@pytest.fixture
def listener_server(
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Callable[..., Listener]]:
    """`runapi webhooks listen`'s server in a thread; keyword arguments override its Settings."""
    from runapi.cli import _listener as listener  # imported here: the other suites need not

    started: list[tuple[listener.ListenerServer, threading.Thread]] = []

    def start(**overrides: Any) -> Listener:
        settings = listener.Settings(secret=TEST_SECRET, tolerance=300.0, **overrides)
        server = listener.make_server(0, settings)
        counted = _notifying(server)
        thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        started.append((server, thread))
        port = int(server.server_address[1])
        return Listener(server, port, lambda: capsys.readouterr().err, counted)

    yield start
    for server, thread in started:
        shutdown_now(server, int(server.server_address[1]))
        server.server_close()
        thread.join(timeout=30)


# ---------------------------------------------------------------------------------------------
# Forged and genuine deliveries: the cases the verifier, `webhooks verify` and the listener face
# ---------------------------------------------------------------------------------------------

#: The clock the catalogues are signed against (2026-01-01); `pinned_clock` stops the
#: webhook check's clock there.
NOW = 1_767_225_600
OTHER_SECRET = base64.b64encode(b"another-secret-entirely").decode()


def at(delivery: Delivery, **headers: str | None) -> Delivery:
    """`delivery` with some headers replaced (None removes one)."""
    changed = dict(delivery.headers)
    for key, value in headers.items():
        name = {
            "id": "X-Callback-Id",
            "timestamp": "X-Callback-Timestamp",
            "signature": "X-Callback-Signature",
        }[key]
        if value is None:
            changed.pop(name)
        else:
            changed[name] = value
    return Delivery(delivery.body, changed)


def forgeries() -> list[tuple[str, Delivery]]:
    real = genuine(timestamp=NOW)
    valid = real.headers["X-Callback-Signature"]
    stamp = str(NOW)
    body = real.body

    def signed(raw: bytes = body, cid: str = "cb_fault_1", ts: str = stamp) -> str:
        return sign(cid, ts, raw)

    cases: list[tuple[str, Delivery]] = [
        ("body + space", Delivery(body + b" ", real.headers)),
        ("body byte flipped", Delivery(body.replace(b"completed", b"c0mpleted"), real.headers)),
        ("body truncated", Delivery(body[:-1], real.headers)),
        ("body empty", Delivery(b"", real.headers)),
        ("body re-serialised", Delivery(json.dumps(json.loads(body)).encode(), real.headers)),
        ("body of another delivery", Delivery(b'{"id":"other"}', real.headers)),
        ("wrong secret", genuine(timestamp=NOW, secret=OTHER_SECRET)),
        ("stale by 301 s", genuine(timestamp=NOW - 301)),
        ("stale by a day", genuine(timestamp=NOW - 86_400)),
        ("timestamp 0", genuine(timestamp=0)),
        ("future by 301 s", genuine(timestamp=NOW + 301)),
        ("future by a year", genuine(timestamp=NOW + 31_536_000)),
        ("id changed", at(real, id="cb_other")),
        ("timestamp changed", at(real, timestamp=str(NOW + 1))),
        ("timestamp with a leading zero", at(real, timestamp="0" + stamp)),
        ("signature of another id", at(real, signature=signed(cid="cb_other"))),
        ("signature of another timestamp", at(real, signature=signed(ts=str(NOW - 1)))),
        ("signature of another body", at(real, signature=signed(raw=b"{}"))),
        ("missing id", at(real, id=None)),
        ("missing timestamp", at(real, timestamp=None)),
        ("missing signature", at(real, signature=None)),
        ("no headers", Delivery(body, {})),
        ("empty id", at(real, id="")),
        ("empty timestamp", at(real, timestamp="")),
        ("empty signature", at(real, signature="")),
        ("blank signature", at(real, signature="   ")),
        ("only commas", at(real, signature=",,,")),
        ("signature not Base64", at(real, signature="not base64!")),
        ("signature truncated", at(real, signature=valid[:-2])),
        ("signature one character changed", at(real, signature=flip(valid))),
        ("signature lower-cased", at(real, signature=valid.lower())),
        ("signature without padding", at(real, signature=valid.rstrip("="))),
        ("signature as hex", at(real, signature=base64.b64decode(valid).hex())),
        ("signature Base64url", at(real, signature=valid.replace("+", "-").replace("/", "_"))),
        ("signature doubled", at(real, signature=valid + valid)),
        ("two invalid signatures", at(real, signature=f"{flip(valid)},{valid[:-2]}")),
        ("duplicated invalid signature", at(real, signature=f"{flip(valid)},{flip(valid)}")),
        ("signature with a v1= prefix", at(real, signature="v1=" + valid)),
        ("signature quoted", at(real, signature=f'"{valid}"')),
        ("signature with a NUL", at(real, signature=valid + "\x00")),
        ("signature non-ASCII", at(real, signature=valid[:-1] + "é")),
        ("signature with a lone surrogate", at(real, signature=valid[:-1] + "\udcff")),
        ("timestamp not a number", at(real, timestamp="abc")),
        ("timestamp negative", at(real, timestamp="-" + stamp)),
        ("timestamp with a plus", at(real, timestamp="+" + stamp)),
        ("timestamp in exponent form", at(real, timestamp="1.7672256e9")),
        ("timestamp a float", at(real, timestamp=stamp + ".0")),
        ("timestamp hex", at(real, timestamp=hex(NOW))),
        ("timestamp Arabic-Indic digits", at(real, timestamp="١٧٦٧٢٢٥٦٠٠")),
        (
            "timestamp full-width digits",
            at(real, timestamp="\uff11\uff17\uff16\uff17\uff12\uff12\uff15\uff16\uff10\uff10"),
        ),
        ("timestamp with underscores", at(real, timestamp="1_767_225_600")),
        ("timestamp in milliseconds", at(real, timestamp=stamp + "000")),
        ("timestamp 400 digits", at(real, timestamp="9" * 400)),
        ("timestamp 5000 digits", at(real, timestamp="9" * 5000)),
        ("timestamp 400 digits, signed", signed_with_timestamp("9" * 400)),
        ("timestamp 5000 digits, signed", signed_with_timestamp("9" * 5000)),
        ("timestamp 400 zeros", at(real, timestamp="0" * 400)),
    ]
    return cases


def flip(signature: str) -> str:
    first = "B" if signature[0] == "A" else "A"
    return first + signature[1:]


def signed_with_timestamp(timestamp: str) -> Delivery:
    body = b'{"id":"t","status":"completed"}'
    return Delivery(
        body,
        {
            "X-Callback-Id": "cb_1",
            "X-Callback-Timestamp": timestamp,
            "X-Callback-Signature": sign("cb_1", timestamp, body),
        },
    )


def genuine_variants() -> list[tuple[str, Delivery]]:
    real = genuine(timestamp=NOW)
    valid = real.headers["X-Callback-Signature"]
    lower = {k.lower(): v for k, v in real.headers.items()}
    upper = {k.upper(): v for k, v in real.headers.items()}
    junk = flip(valid)
    return [
        ("as sent", real),
        ("lower-case names", Delivery(real.body, lower)),
        ("upper-case names", Delivery(real.body, upper)),
        ("valid signature first of two", at(real, signature=f"{valid},{junk}")),
        ("valid signature last of three", at(real, signature=f"{junk},not-base64,{valid}")),
        ("valid signature among spaces", at(real, signature=f" {junk} ,  {valid} ")),
        ("valid signature twice", at(real, signature=f"{valid},{valid}")),
        ("empty entries around it", at(real, signature=f",{valid},")),
        ("timestamp with spaces", at(real, timestamp=f" {NOW} ")),
        ("299 s old", genuine(timestamp=NOW - 299)),
        ("299 s ahead", genuine(timestamp=NOW + 299)),
        ("empty body", genuine(body=b"", timestamp=NOW)),
        ("binary body", genuine(body=bytes(range(256)), timestamp=NOW)),
        ("large body", genuine(body=b'{"x":"' + b"y" * 200_000 + b'"}', timestamp=NOW)),
        ("non-ASCII id", genuine(callback_id="cb_ü", timestamp=NOW)),
    ]


@pytest.fixture
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> int:
    """The clock the webhook check reads, stopped at NOW, for the CLI and the listener alike.

    Both call `runapi.webhooks.verify` without `now`, which then reads `time.time()` through the
    module's `time` name. Pinned, the catalogues are checked exactly as signed: moving them to
    the real clock instead raced it (a case moved at T and checked at T + 1 s under load turned
    "future by 301 s" into 300 s, which is rightly accepted). A stand-in without the module's
    other functions makes any other clock use fail loudly rather than read the real time.
    """
    from runapi import webhooks

    monkeypatch.setattr(webhooks, "time", SimpleNamespace(time=lambda: float(NOW)))
    return NOW
