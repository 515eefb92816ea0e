"""Item 11: `runapi webhooks listen` under hostile clients, over real sockets.

The receiver runs in-process (its server in a thread, with short timeouts) and is driven with
raw sockets: a silent connection and a slowloris client stall nothing, huge bodies get 413,
bad lengths 400 (and the receiver lives on), chunked deliveries are decoded, dozens of
concurrent deliveries are all acknowledged, forged ones are all refused and genuine ones all
accepted, and forwarding never delays an answer. A few runs of the real command check the
process: its exit codes, and a silent connection against the installed `runapi`.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from .cli_support import (
    TEST_SECRET,
    Delivery,
    Listener,
    forgeries,
    genuine,
    genuine_variants,
    invoke,
    raw_exchange,
    request_bytes,
    run_process,
    signed_with_timestamp,
)

# Fixtures: imported by name, so pytest uses them in this module.
from .cli_support import isolated_env as isolated_env
from .cli_support import listener_server as listener_server
from .cli_support import pinned_clock as pinned_clock

Start = Callable[..., Listener]
#: Short limits so the suite does not wait on the defaults (10 s silence, 30 s per request).
QUICK = {"read_timeout": 1.0, "deadline": 3.0, "max_body": 64 * 1024}
FORGERIES = forgeries()
GENUINE = genuine_variants()


def _deliver(port: int, delivery: Delivery, framing: str = "length") -> int | None:
    return raw_exchange(port, request_bytes(delivery, framing=framing))


def test_a_silent_connection_does_not_stall_genuine_deliveries(listener_server: Start) -> None:
    receiver = listener_server(read_timeout=60.0, deadline=120.0)
    with socket.create_connection(("127.0.0.1", receiver.port)) as silent:
        silent.sendall(b"POST /hook HTTP/1.1\r\n")  # and then nothing
        statuses = [_deliver(receiver.port, genuine(callback_id=f"cb_{n}")) for n in range(5)]
    assert statuses == [200] * 5


def test_a_silent_connection_is_closed_after_the_read_timeout(listener_server: Start) -> None:
    # The connection stays silent, so any read timeout closes it the same way.
    receiver = listener_server(**{**QUICK, "read_timeout": 0.1})
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=30) as silent:
        assert silent.recv(1024) == b""  # closed by the receiver, not by us


def test_a_slowloris_client_is_cut_off_while_deliveries_go_through(listener_server: Start) -> None:
    # The whole request gets 1 s (QUICK gives 3): the dribble below would take 500 s.
    receiver = listener_server(**{**QUICK, "deadline": 1.0})
    stop = threading.Event()
    dribbling = threading.Event()
    closed: list[bool] = []

    def dribble() -> None:
        with socket.create_connection(("127.0.0.1", receiver.port), timeout=30) as slow:
            request = b"POST /hook HTTP/1.1\r\nX-Slow: " + b"a" * 10_000
            try:
                for byte in request:
                    if stop.is_set():
                        return
                    slow.sendall(bytes([byte]))
                    dribbling.set()
                    time.sleep(0.05)  # well inside the read timeout, every time
            except OSError:
                closed.append(True)

    thread = threading.Thread(target=dribble, daemon=True)
    thread.start()
    try:
        assert dribbling.wait(30)  # the deliveries go while the slow client is connected
        statuses = [_deliver(receiver.port, genuine(callback_id=f"cb_{n}")) for n in range(5)]
        thread.join(timeout=30)  # the deadline (1 s) closes the connection long before
    finally:
        stop.set()
    assert statuses == [200] * 5
    assert closed == [True]


def test_many_silent_connections_get_503_beyond_the_limit(listener_server: Start) -> None:
    receiver = listener_server(max_connections=3, read_timeout=60.0, deadline=120.0)
    silent = [socket.create_connection(("127.0.0.1", receiver.port)) for _ in range(3)]
    try:
        # Connections are taken in the order they were made: the three silent ones first.
        assert _deliver(receiver.port, genuine()) == 503
    finally:
        for connection in silent:
            connection.close()


@pytest.mark.parametrize(
    ("head", "status"),
    [
        (b"Content-Length: 10000000000000", 413),
        (b"Content-Length: 65537", 413),
        (b"Content-Length: 99999999999999999999999999999", 400),
        (b"Content-Length: -1", 400),
        (b"Content-Length: abc", 400),
        (b"Content-Length: 1e3", 400),
        (b"Content-Length: 0x10", 400),
        (b"Content-Length: +5", 400),
        (b"Content-Length: 5 5", 400),
        (b"Content-Length: \xd9\xa1", 400),  # an Arabic-Indic digit
        (b"Content-Length: 5\r\nContent-Length: 6", 400),
        (b"Content-Length: 5\r\nTransfer-Encoding: chunked", 400),
        (b"Transfer-Encoding: gzip", 501),
        (b"Transfer-Encoding: gzip, chunked", 501),
        (b"Transfer-Encoding: chunked, chunked", 501),
    ],
)
def test_bad_framing_is_answered_and_the_receiver_lives_on(
    listener_server: Start, head: bytes, status: int
) -> None:
    receiver = listener_server(**QUICK)
    request = b"POST /hook HTTP/1.1\r\nHost: x\r\n" + head + b"\r\n\r\n"
    assert raw_exchange(receiver.port, request) == status
    assert _deliver(receiver.port, genuine()) == 200
    assert "Traceback" not in receiver.stderr()


def test_a_huge_body_is_refused_with_413(listener_server: Start) -> None:
    receiver = listener_server(**QUICK)
    delivery = genuine(body=b'{"x":"' + b"a" * 2_000_000 + b'"}')
    assert _deliver(receiver.port, delivery) == 413
    assert _deliver(receiver.port, delivery, framing="chunked") == 413
    assert _deliver(receiver.port, genuine()) == 200


def test_a_huge_body_announced_with_expect_100_is_refused_before_it_is_sent(
    listener_server: Start,
) -> None:
    receiver = listener_server(**QUICK)
    head = (
        b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n"
        b"Expect: 100-continue\r\n\r\n"
    )
    assert raw_exchange(receiver.port, head) == 413


def test_expect_100_continue_for_a_genuine_delivery(listener_server: Start) -> None:
    receiver = listener_server(**QUICK)
    delivery = genuine()
    request = request_bytes(delivery)
    head, body = request.split(b"\r\n\r\n", 1)
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=20) as connection:
        connection.sendall(head + b"\r\nExpect: 100-continue\r\n\r\n")
        assert connection.recv(1024).startswith(b"HTTP/1.1 100")
        connection.sendall(body)
        assert connection.recv(1024).startswith(b"HTTP/1.1 200")


@pytest.mark.parametrize(
    "chunks",
    [
        b"zz\r\nabc\r\n0\r\n\r\n",  # not hex
        b"-5\r\nabc\r\n0\r\n\r\n",
        b"3\r\nabcdef\r\n0\r\n\r\n",  # longer than announced
        b"3\r\nab",  # cut short
        b"3\r\nabc0\r\n\r\n",  # no CRLF after the data
        b"ffffffffffffffffffff\r\n",  # a size beyond any limit
        b"3;" + b"x" * 10_000 + b"\r\nabc\r\n0\r\n\r\n",  # a line too long
        b"0\r\n" + b"X-Trailer: 1\r\n" * 40 + b"\r\n",  # too many trailers
    ],
)
def test_bad_chunked_bodies_are_400_or_413(listener_server: Start, chunks: bytes) -> None:
    receiver = listener_server(**QUICK)
    head = b"POST /hook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    assert raw_exchange(receiver.port, head + chunks) in (400, 413)
    assert _deliver(receiver.port, genuine()) == 200


def test_a_chunked_genuine_delivery_is_accepted(listener_server: Start) -> None:
    receiver = listener_server(**QUICK)
    delivery = genuine(body=json.dumps({"id": "task_9", "status": "completed"}).encode())
    assert _deliver(receiver.port, delivery, framing="chunked") == 200
    # Chunk extensions and trailers are allowed by HTTP/1.1.
    head = request_bytes(delivery).split(b"\r\n\r\n", 1)[0]
    head = b"\r\n".join(line for line in head.split(b"\r\n") if b"Content-Length" not in line)
    body = delivery.body
    chunked = (
        f"{len(body[:5]):x};name=value\r\n".encode()
        + body[:5]
        + f"\r\n{len(body[5:]):X}\r\n".encode()
        + body[5:]
        + b"\r\n0\r\nX-Trailer: yes\r\n\r\n"
    )
    request = head + b"\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked
    assert raw_exchange(receiver.port, request) == 200


def test_dozens_of_concurrent_deliveries_are_all_acknowledged_once(
    listener_server: Start, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver = listener_server(**QUICK)
    deliveries = [
        genuine(body=json.dumps({"id": f"task_{n}", "status": "completed"}).encode())
        for n in range(48)
    ]
    framings = ["length", "chunked"]
    with ThreadPoolExecutor(max_workers=48) as pool:
        statuses = list(
            pool.map(lambda n: _deliver(receiver.port, deliveries[n], framings[n % 2]), range(48))
        )
    assert statuses == [200] * 48
    printed = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert sorted(printed) == sorted(f"task_{n}" for n in range(48))


@pytest.mark.usefixtures("pinned_clock")
def test_no_forged_delivery_is_accepted(listener_server: Start) -> None:
    receiver = listener_server(**QUICK)
    answers = {case: _post(receiver, delivery) for case, delivery in FORGERIES}
    assert {case: status for case, status in answers.items() if status != 400} == {}
    assert "Traceback" not in receiver.stderr()


@pytest.mark.usefixtures("pinned_clock")
def test_no_genuine_delivery_is_refused(listener_server: Start) -> None:
    receiver = listener_server(**QUICK)
    refused = [case for case, delivery in GENUINE if _post(receiver, delivery) != 200]
    # The 200 kB body is above QUICK's 64 kB limit; the default limit (1 MiB) takes it.
    assert refused == ["large body"]
    large = dict(GENUINE)["large body"]
    assert _post(listener_server(), large) == 200


def _post(receiver: Listener, delivery: Delivery) -> int | None:
    """POST `delivery` as raw bytes; header values that are not Latin-1 go as UTF-8 bytes."""
    lines = [b"POST /hook HTTP/1.1", b"Host: 127.0.0.1"]
    for name, value in delivery.headers.items():
        lines.append(f"{name}: {value}".encode("utf-8", errors="surrogateescape"))
    lines.append(f"Content-Length: {len(delivery.body)}".encode())
    return raw_exchange(receiver.port, b"\r\n".join(lines) + b"\r\n\r\n" + delivery.body)


@pytest.mark.parametrize("digits", [400, 5000])
def test_absurd_timestamps_are_refused_with_400(listener_server: Start, digits: int) -> None:
    """400 digits used to raise OverflowError in the handler, 5000 ValueError."""
    receiver = listener_server(**QUICK)
    delivery = signed_with_timestamp("9" * digits)
    assert _post(receiver, delivery) == 400
    assert _deliver(receiver.port, genuine()) == 200
    err = receiver.stderr()
    assert "X-Callback-Timestamp" in err and "Traceback" not in err


def test_control_characters_in_the_path_are_not_printed_raw(listener_server: Start) -> None:
    receiver = listener_server(**QUICK)
    request = b"POST /\x1b[2J\x1b]0;pwned\x07 HTTP/1.1\r\nContent-Length: 0\r\n\r\n"
    raw_exchange(receiver.port, request)
    assert "\x1b" not in receiver.stderr()


# ---------------------------------------------------------------------------------------------
# Forwarding
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def slow_target() -> Iterator[tuple[str, threading.Event, list[bytes]]]:
    """A forwarding target that answers only once `release` is set."""
    release = threading.Event()
    received: list[bytes] = []

    class Hold(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            received.append(self.rfile.read(int(self.headers["Content-Length"])))
            release.wait(30)
            self.send_response(204)
            self.end_headers()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hold)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", release, received
    finally:
        release.set()
        server.shutdown()
        server.server_close()


def test_forwarding_never_delays_the_answer(
    listener_server: Start, slow_target: tuple[str, threading.Event, list[bytes]]
) -> None:
    url, release, received = slow_target
    receiver = listener_server(forward_to=url, **QUICK)
    first = genuine(body=b'{"id":"task_a","status":"completed"}', callback_id="cb_a")
    second = genuine(body=b'{"id":"task_b","status":"completed"}', callback_id="cb_b")
    # The target holds every forward; both deliveries are acknowledged regardless.
    assert _deliver(receiver.port, first) == 200
    assert _deliver(receiver.port, second) == 200
    release.set()
    receiver.stop(handled=2)  # closing waits for the queued forwards
    # Each forward is queued just after its answer, so two deliveries answered back to back
    # may be queued in either order: both arrive, once each.
    assert sorted(received) == sorted([first.body, second.body])
    stderr = receiver.stderr()
    assert "forwarded cb_a" in stderr and "forwarded cb_b" in stderr


def test_an_unreachable_forward_target_is_reported_not_fatal(listener_server: Start) -> None:
    receiver = listener_server(forward_to="http://127.0.0.1:9/hook", **QUICK)
    assert _deliver(receiver.port, genuine()) == 200
    receiver.stop(handled=1)
    assert "forwarding to http://127.0.0.1:9/hook failed" in receiver.stderr()


# ---------------------------------------------------------------------------------------------
# The command as a process
# ---------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _command(max_requests: int) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """`runapi webhooks listen --port 0` as a process, with the port it bound; killed if it
    has not stopped by itself (after `max_requests` deliveries) when the block ends."""
    argv = [sys.executable, "-m", "runapi.cli", "webhooks", "listen", "--port", "0"]
    argv += ["--secret", TEST_SECRET, "--max-requests", str(max_requests)]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        yield process, int(line.split("listening on http://127.0.0.1:")[1].split()[0])
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_command_serves_past_a_silent_connection() -> None:
    """The installed command, its defaults: one silent client used to block every delivery."""
    with _command(max_requests=3) as (process, port):
        with socket.create_connection(("127.0.0.1", port)) as silent:
            silent.sendall(b"POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n{")
            statuses = [
                raw_exchange(port, request_bytes(genuine(callback_id=f"cb_{n}")), timeout=10)
                for n in range(3)
            ]
        out, err = process.communicate(timeout=30)
    assert statuses == [200, 200, 200]
    assert process.returncode == 0, err
    assert len(out.splitlines()) == 3
    assert "Traceback" not in err


def test_the_command_answers_bad_lengths_timestamps_and_chunked_deliveries() -> None:
    """The installed command: `Content-Length: abc` and a 5000-digit timestamp used to crash
    the handler (no answer), a chunked delivery got 400."""
    head = b"POST /hook HTTP/1.1\r\nHost: x\r\n"
    absurd = signed_with_timestamp("9" * 5000)
    with _command(max_requests=5) as (process, port):
        statuses = [
            raw_exchange(port, head + b"Content-Length: abc\r\n\r\n{}", timeout=10),
            raw_exchange(port, head + b"Content-Length: -1\r\n\r\n{}", timeout=10),
            raw_exchange(port, request_bytes(absurd), timeout=10),
            raw_exchange(port, request_bytes(genuine(), framing="chunked"), timeout=10),
            raw_exchange(port, request_bytes(genuine()), timeout=10),
        ]
        out, err = process.communicate(timeout=30)
    assert statuses == [400, 400, 400, 200, 200]
    assert process.returncode == 0, err
    assert len(out.splitlines()) == 2
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["--tolerance", "nan"],
        ["--tolerance", "-5"],
        ["--forward-to", "localhost:3000/hook"],
        ["--forward-to", "http://exa mple.com/"],
        ["--secret", "not base64!"],
    ],
)
def test_bad_options_exit_2_before_listening(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In-process (`test_a_port_in_use_exits_2` runs the process): binding the port fails the
    test, where a process would have listened until its timeout."""
    from runapi.cli import _listener

    def no_server(*args: object) -> None:
        raise AssertionError("the options were accepted: the receiver was started")

    monkeypatch.setattr(_listener, "make_server", no_server)
    monkeypatch.setenv("RUNAPI_WEBHOOK_SECRET", TEST_SECRET)
    result = invoke(["webhooks", "listen", "--port", "0", "--max-requests", "1", *args])
    assert result.exit_code == 2, result.stderr
    assert "listening" not in result.stderr


def test_a_port_in_use_exits_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_process(["webhooks", "listen", "--port", str(port), "--secret", TEST_SECRET])
    assert done.returncode == 2, done.stderr
    assert "cannot listen" in done.stderr and "Traceback" not in done.stderr
