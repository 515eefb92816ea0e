"""The client side of the generator worker (generator/worker.py): find it, hand it a command.

`make generate` sets RUNAPI_GENERATOR_WORKER=1. `python -m generator` then asks the worker of
this interpreter, project and cache folder to run the command: it sends its arguments, working
folder, environment and umask, and its own stdin, stdout and stderr (the descriptors
themselves, SCM_RIGHTS), so the run writes straight to this terminal or pipe; the answer is the
run's exit status. Without a worker answering, the command runs in this process, as it always
did, and a worker is started afterwards for the next run.

Only the standard library: this runs before anything else is imported.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from .project import PROJECT, cache_folder

#: "1" (or "on", "yes", "true"): pipeline commands go through the worker (`make generate`).
WORKER_ENV = "RUNAPI_GENERATOR_WORKER"
#: Seconds a worker waits for its next command before it ends (default 600).
IDLE_ENV = "RUNAPI_GENERATOR_WORKER_IDLE"
DEFAULT_IDLE_SECONDS = 600.0
#: The longest socket path every POSIX system takes (sun_path is 104 bytes on macOS).
MAX_SOCKET_PATH = 100
#: How long an interrupted client waits for the run to end after cancelling it.
CANCEL_WAIT_SECONDS = 30.0


def enabled() -> bool:
    return os.environ.get(WORKER_ENV, "").lower() in {"1", "on", "yes", "true"}


def socket_path(environment: Mapping[str, str] | None = None) -> Path | None:
    """The socket of the worker this interpreter uses with `environment` (default: this
    process's); None where a worker cannot be had (no cache folder, no Unix sockets, or a path
    too long for one)."""
    folder = cache_folder(environment)  # one worker per cache folder
    if folder is None or not hasattr(socket, "AF_UNIX"):
        return None
    # One worker per interpreter (a different virtualenv imports different code) and project.
    owner = hashlib.sha256(f"{sys.executable}\0{PROJECT}".encode()).hexdigest()[:16]
    path = folder.resolve() / "worker" / f"{owner}.sock"
    return path if len(os.fsencode(path)) <= MAX_SOCKET_PATH else None


def idle_seconds() -> float:
    try:
        return max(1.0, float(os.environ.get(IDLE_ENV, DEFAULT_IDLE_SECONDS)))
    except ValueError:
        return DEFAULT_IDLE_SECONDS


def run_in_worker(path: Path, argv: list[str]) -> int | None:
    """The exit status of `argv` run by the worker at `path`; None when no worker ran it (none
    is listening, it belongs to code that has changed since, or it ended without answering):
    the caller then runs the command itself."""
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(os.fspath(path))
    except OSError:
        connection.close()
        return None
    with connection:
        request = json.dumps(
            {"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ), "umask": _umask()}
        ).encode()
        try:
            socket.send_fds(connection, [len(request).to_bytes(4, "big")], [0, 1, 2])
            connection.sendall(request)
        except OSError:  # the worker went away between connect and send
            return None
        try:
            answer = _answer(connection)
        except KeyboardInterrupt:
            # Ctrl-C reaches this process only (the worker has a session of its own): cancel
            # the run, which stops as an interrupted run would, and wait for it to end.
            connection.shutdown(socket.SHUT_WR)
            connection.settimeout(CANCEL_WAIT_SECONDS)
            with contextlib.suppress(OSError, KeyboardInterrupt):
                _answer(connection)
            return 128 + signal.SIGINT
    if answer is None:
        print("generator worker ended without an answer; running here", file=sys.stderr)
        return None
    code = answer.get("exit")  # absent when the worker found its code stale
    return code if isinstance(code, int) else None


def _answer(connection: socket.socket) -> dict[str, object] | None:
    """The worker's one-line JSON answer; None if it closed the connection without one."""
    data = b""
    while not data.endswith(b"\n"):
        try:
            chunk = connection.recv(4096)
        except ConnectionError:  # the worker ended meanwhile
            return None
        if not chunk:
            return None
        data += chunk
    answer: dict[str, object] = json.loads(data)
    return answer


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def redocly_spec(args: argparse.Namespace) -> Path | None:
    """The spec a command lints with Redocly (None: it does not; `check` never does)."""
    if args.command in ("validate", "generate") and not args.no_redocly:
        spec: Path = args.spec.resolve()
        return spec
    return None


def start_worker(path: Path, args: argparse.Namespace) -> None:
    """Start a worker at `path` in the background, detached from this process's terminal, pipes
    and process group (it outlives this process; `make` does not wait for it), ready for a
    command like `args`. The worker's lock is taken here and handed to it, so from now on a
    worker is known to be starting (`stop_worker` waits for it) and no second one starts."""
    import fcntl

    private_folder(path.parent)
    command = [sys.executable, "-m", "generator.worker", "serve", "--socket", os.fspath(path)]
    command += ["--idle", str(idle_seconds())]
    linted = redocly_spec(args)
    if linted is not None:
        command += ["--redocly-spec", os.fspath(linted)]
    with open(lock_path(path), "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            # A worker holds it: serving (then none is needed), or ending after its sources
            # changed (then the new one waits for the lock itself).
            pass
        else:
            command += ["--lock-fd", str(lock.fileno())]
        subprocess.Popen(
            command,
            cwd=PROJECT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            pass_fds=(lock.fileno(),),
        )


def lock_path(path: Path) -> Path:
    """The lock a worker holds for as long as it serves at `path` (from before it listens)."""
    return path.with_suffix(".lock")


def private_folder(folder: Path) -> None:
    """`folder`, for this user alone: commands carry the caller's environment (API keys among
    it), and not every system checks a socket's own permissions on connect."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def listening(path: Path) -> bool:
    """Whether a worker accepts commands at `path`."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(os.fspath(path))
        except OSError:
            return False
    return True


def stop_worker(path: Path, patience: float = 30.0) -> bool:
    """Ask the worker at `path` to end; True if one was serving. A worker still starting (it
    holds its lock, but does not listen yet) is waited for, up to `patience` seconds."""
    import fcntl

    deadline = time.monotonic() + patience
    while True:
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with connection:
            try:
                connection.connect(os.fspath(path))
                request = json.dumps({"stop": True}).encode()
                socket.send_fds(connection, [len(request).to_bytes(4, "big")], [])
                connection.sendall(request)
                return _answer(connection) is not None
            except OSError:
                pass
        try:
            with open(lock_path(path), "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return False  # nobody holds the lock: no worker
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        except OSError:  # no folder: no worker
            return False
