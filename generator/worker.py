"""The generator worker: a process that has imported the generator, forking one run per command.

An edit's `make generate` spends a good part of its time starting up (a third, in a slow
phase): Python importing the generator and the check libraries, node loading Redocly's CLI. The
worker pays that once. It imports everything a pipeline run imports, then forks a *ready child*,
which gets ready as the previous command suggests (Redocly started for the spec it linted, in
that command's environment, generator/redocly_process.py, WaitingRedocly; the cache entries it
read, unpickled) and waits on the socket. A command (generator/worker_client.py) is run by that
child, in the caller's working folder, environment, umask and standard streams, exactly as
`python -m generator` runs it (a Redocly started in another environment than the command's is
not used: the environment reaches node and Redocly's own settings); the child then sends the
worker the command's environment, in memory, and exits, and the worker forks the next one.
Every run thus starts from the same freshly imported state: nothing one run computes is seen by
the next except through the cache folder, as between processes.

The worker ends when no command came for its idle time, when asked to (`stop`), when another
worker took its socket, or when a source it imported has changed: the generator's own files and
templates, the installed packages, the interpreter. A changed source is found by the ready child
before it runs anything; the caller then runs the command itself and starts a new worker.

    python -m generator.worker serve --socket PATH [--redocly-spec FILE] [--idle SECONDS]
    python -m generator.worker stop [--socket PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import gc
import importlib
import io
import json
import os
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NoReturn

from .project import GENERATED, PROJECT
from .worker_client import (
    DEFAULT_IDLE_SECONDS,
    lock_path,
    private_folder,
    redocly_spec,
    socket_path,
    stop_worker,
)

#: What a pipeline run imports, loaded once by the worker (an import missing here is only paid
#: by each run again, as without a worker).
PRELOAD = (
    "generator.commands",
    "generator.pipeline",
    "generator.targets",
    "generator.targets.units",
    "generator.targets.python_models",
    "generator.targets.python_validators",
    "generator.targets.typescript_schemas",
)
#: The folders whose files the worker's code comes from (besides the installed packages).
SOURCES = (PROJECT / "generator", PROJECT / "templates")

#: Exit statuses of a ready child, which tell the worker what to do next.
SERVED = 0  # it ran a command: fork the next one
IDLE = 10  # no command came within the idle time: end
STALE = 11  # a source changed: end (the caller starts a new worker)
STOP = 12  # asked to end
#: A ready child that ends otherwise has met a fault of the worker's own (its traceback went to
#: the caller); after this many in a row the worker ends rather than fail every command.
MAX_FAULTS = 3


def source_signature(folders: Iterable[Path] = SOURCES) -> list[tuple[str, int, int, int]]:
    """What the worker's code was loaded from, as (path, size, mtime, inode): every file below
    `folders`, every folder of the import path (installing or removing a package changes its
    folder) and the interpreter."""
    paths: list[str] = [sys.executable]
    for folder in folders:
        for top, folders_below, files in os.walk(folder):
            folders_below[:] = sorted(f for f in folders_below if f != "__pycache__")
            paths.extend(os.path.join(top, name) for name in sorted(files))
    paths.extend(entry for entry in sys.path if _package_folder(entry))
    signature = []
    for path in paths:
        try:
            found = os.stat(path)
        except OSError:
            continue
        signature.append((path, found.st_size, found.st_mtime_ns, found.st_ino))
    return signature


def _package_folder(entry: str) -> bool:
    """Whether an import path entry is a folder of installed packages: not the checkout itself
    (its code is the worker's `folders`) nor generated/ (installed editable for the tests, and
    replaced by every run)."""
    if not entry or not os.path.isdir(entry):
        return False
    folder = Path(entry).resolve()
    return folder != PROJECT and not folder.is_relative_to(GENERATED)


def serve(
    path: Path,
    *,
    spec: Path | None = None,
    idle: float = DEFAULT_IDLE_SECONDS,
    sources: Iterable[Path] = SOURCES,
    preload: Iterable[str] = PRELOAD,
    lock_fd: int | None = None,
) -> int:
    """Serve commands at `path` until the worker ends (see the module's docstring); 0 also when
    another worker already serves there. The first command is expected to lint `spec` with
    Redocly (None: not to lint); each later one, what the one before it linted. `preload`: the
    modules imported once (with the checks' libraries, unless it is empty). `lock_fd`: the
    worker's lock, taken already by the process that started it."""
    private_folder(path.parent)
    if lock_fd is not None:  # taken by the process that started this worker (start_worker)
        lock = os.fdopen(lock_fd, "a")
    else:
        lock = open(lock_path(path), "a")  # noqa: SIM115 - held for the worker's life
        if not _locked(lock):  # another worker serves this socket
            lock.close()
            return 0
    folders = tuple(sources)
    with _listening(path) as (listener, inode):
        baseline = source_signature(folders)
        for module in preload:
            importlib.import_module(module)
        if preload:
            from .validate import _import_checks

            _import_checks()
        gc.collect()
        gc.freeze()  # the forked runs share these pages instead of copying them on a scan
        last = path.with_suffix(".last")
        # The command that started this worker is the latest: Redocly is for its spec. The
        # entries an earlier worker's last command read are still worth reading ahead.
        _record_command(last, spec, _last_command(last)[1])
        faults = 0
        settings = dict(os.environ)  # the environment the next Redocly is started in
        while _owns(path, inode) and faults < MAX_FAULTS:
            reader, writer = os.pipe()
            child = os.fork()
            if child == 0:
                os.close(reader)
                _ready_child(listener, last, idle, baseline, folders, settings, writer)
            os.close(writer)
            settings = _settings_sent(reader) or settings
            _, status = os.waitpid(child, 0)
            code = os.waitstatus_to_exitcode(status)
            if code in (IDLE, STALE, STOP):
                break
            faults = 0 if code == SERVED else faults + 1
    lock.close()
    return 0


def _locked(lock: io.TextIOWrapper, patience: float = 5.0) -> bool:
    """Hold the worker's lock; a worker that is ending (it found its sources changed) lets go
    of it within moments, one that serves does not."""
    deadline = time.monotonic() + patience
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)


@contextlib.contextmanager
def _listening(path: Path) -> Iterator[tuple[socket.socket, int]]:
    """A socket listening at `path` (readable by this user only), removed when the worker ends
    unless another worker has taken the path meanwhile. Commands sent before the worker is
    ready wait in the socket's queue."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a socket left by a worker that was killed
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    previous = os.umask(0o077)
    try:
        listener.bind(os.fspath(path))
    finally:
        os.umask(previous)
    listener.listen(16)
    inode = os.stat(path).st_ino
    try:
        yield listener, inode
    finally:
        listener.close()
        if _owns(path, inode):
            path.unlink()


def _owns(path: Path, inode: int) -> bool:
    try:
        return os.stat(path).st_ino == inode
    except OSError:
        return False


def _ready_child(
    listener: socket.socket,
    last: Path,
    idle: float,
    baseline: list[tuple[str, int, int, int]],
    sources: tuple[Path, ...],
    environment: dict[str, str],
    settings_pipe: int,
) -> NoReturn:
    """Get ready as the last command (recorded in `last`) suggests: start Redocly for the spec
    it linted, in `environment` (that command's, as far as the worker knows), read the cache
    entries it read. Then wait for one command, run it, answer, record it, send its environment
    to the worker through `settings_pipe` (the next child starts Redocly in it), exit (never
    returns)."""
    global _settings_writer
    _settings_writer = settings_pipe
    status = 1
    try:
        os.environ.clear()
        os.environ.update(environment)  # Redocly inherits it
        from . import cache
        from .redocly_process import start_ahead

        linted, reads = _last_command(last)
        if linted is not None:
            start_ahead(PROJECT, linted)
        cache.fetch(reads)
        gc.freeze()  # the entries fetched are no garbage: the run's first collection skips them
        listener.settimeout(idle)
        try:
            connection, _ = listener.accept()
        except TimeoutError:
            os._exit(IDLE)
        listener.close()
        connection.settimeout(None)
        with connection:
            request, descriptors = _receive(connection)
            if request.get("stop"):
                _reply(connection, {"stopped": True})
                os._exit(STOP)
            if source_signature(sources) != baseline:
                _reply(connection, {"stale": True})
                os._exit(STALE)
            cache.log_reads()
            code, linting = _run(connection, request, descriptors)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the caller's leaving is no cancel now
            _reply(connection, {"exit": code})
        _record_command(last, linting, cache.logged_reads())  # the caller has its answer
        _send_settings(request["env"])
        status = SERVED
    except KeyboardInterrupt:  # the caller cancelled before its command began: nothing ran
        status = SERVED
    except BaseException:  # a worker fault: the client runs the command itself
        with contextlib.suppress(Exception):
            traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
    os._exit(status)


#: The ready child's end of the pipe to the worker (-1: none). Every process a run forks
#: (generator/parallel.py) closes its copy: the worker reads the pipe to its end, which comes
#: only once every copy is closed.
_settings_writer = -1


def _close_settings_writer() -> None:
    global _settings_writer
    if _settings_writer >= 0:
        os.close(_settings_writer)
        _settings_writer = -1


os.register_at_fork(after_in_child=_close_settings_writer)


def _send_settings(environment: dict[str, str]) -> None:
    """The environment of the command just run, for the worker (in memory only: it holds the
    caller's keys, and is never written to a file)."""
    global _settings_writer
    pipe, _settings_writer = _settings_writer, -1
    with os.fdopen(pipe, "wb") as sent, contextlib.suppress(OSError):
        sent.write(json.dumps(environment).encode())


def _settings_sent(pipe: int) -> dict[str, str] | None:
    """What a ready child sent through `pipe` before it exited (None: nothing, or not an
    environment). Read to its end while the child waits and runs: it is closed when it exits."""
    with os.fdopen(pipe, "rb") as received:
        data = received.read()
    try:
        environment = json.loads(data) if data else None
    except ValueError:
        return None
    if not isinstance(environment, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in environment.items()
    ):
        return None
    return environment


def _last_command(last: Path) -> tuple[Path | None, list[tuple[str, str]]]:
    """The spec the last command linted with Redocly (None: it did not lint) and the cache
    entries it read, from the record `_record_command` wrote (none: (None, []))."""
    try:
        lines = last.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None, []
    linted: Path | None = None
    reads: list[tuple[str, str]] = []
    for line in lines:
        what, _, rest = line.partition("\t")
        if what == "redocly" and rest:
            linted = Path(rest)
        elif what == "read" and rest.count("\t") == 1:
            kind, key = rest.split("\t")
            reads.append((kind, key))
    return linted, reads


def _record_command(last: Path, linted: Path | None, reads: list[tuple[str, str]]) -> None:
    lines = [f"redocly\t{linted or ''}\n", *(f"read\t{kind}\t{key}\n" for kind, key in reads)]
    partial = last.with_name(f".{last.name}.{os.getpid()}")
    with contextlib.suppress(OSError):
        partial.write_text("".join(lines), encoding="utf-8")
        os.replace(partial, last)


def _receive(connection: socket.socket) -> tuple[dict[str, Any], list[int]]:
    """A command: a 4-byte length (carrying the caller's descriptors), then that much JSON."""
    header, descriptors, _, _ = socket.recv_fds(connection, 4, 3)
    length = int.from_bytes(header, "big")
    data = bytearray()
    while len(data) < length:
        chunk = connection.recv(length - len(data))
        if not chunk:
            raise ConnectionError("the command ended early")
        data += chunk
    request: dict[str, Any] = json.loads(data)
    return request, descriptors


def _reply(connection: socket.socket, answer: dict[str, object]) -> None:
    with contextlib.suppress(OSError):  # a caller that has gone does not read it
        connection.sendall(json.dumps(answer).encode() + b"\n")


def _run(
    connection: socket.socket, request: dict[str, Any], descriptors: list[int]
) -> tuple[int, Path | None]:
    """Run the command in the caller's place and streams: its exit status, and the spec it
    linted with Redocly (None: none)."""
    from .arguments import parse_arguments
    from .commands import run_tuned

    started = time.perf_counter()
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    os.umask(request["umask"])
    for target, descriptor in enumerate(descriptors):
        os.dup2(descriptor, target)
        os.close(descriptor)
    _open_standard_streams()
    linted: Path | None = None
    try:
        threading.Thread(target=_interrupt_when_gone, args=(connection,), daemon=True).start()
        args = parse_arguments(request["argv"])
        linted = redocly_spec(args)
        return run_tuned(args, started), linted
    except SystemExit as exc:  # argparse's usage errors
        return (exc.code if isinstance(exc.code, int) else 1), linted
    except KeyboardInterrupt:
        return 128 + signal.SIGINT, linted
    except Exception:  # as Python reports an uncaught exception: the traceback, status 1
        traceback.print_exc()
        return 1, linted
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


def _open_standard_streams() -> None:
    """sys.stdin/stdout/stderr over the caller's descriptors, buffered as Python buffers them
    when it starts on them (line by line on a terminal; unbuffered with PYTHONUNBUFFERED)."""
    unbuffered = bool(os.environ.get("PYTHONUNBUFFERED"))
    for number, name in enumerate(("stdin", "stdout", "stderr")):
        old = getattr(sys, name)
        raw = io.FileIO(number, "r" if number == 0 else "w", closefd=False)
        buffered: io.BufferedReader | io.BufferedWriter = (
            io.BufferedReader(raw) if number == 0 else io.BufferedWriter(raw)
        )
        stream = io.TextIOWrapper(
            buffered,
            encoding=old.encoding,
            errors=old.errors,
            line_buffering=number == 2 or raw.isatty(),
            write_through=unbuffered and number != 0,
        )
        setattr(sys, name, stream)


def _interrupt_when_gone(connection: socket.socket) -> None:
    """The caller cancels (Ctrl-C) by closing its end: the run is interrupted as Ctrl-C
    interrupts `python -m generator`."""
    with contextlib.suppress(OSError):
        while connection.recv(1):
            pass
    os.kill(os.getpid(), signal.SIGINT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.worker",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("action", choices=["serve", "stop"])
    parser.add_argument("--socket", type=Path, help="default: this project's and interpreter's")
    parser.add_argument(
        "--redocly-spec", type=Path, help="serve: the spec the first command lints with Redocly"
    )
    parser.add_argument("--idle", type=float, default=DEFAULT_IDLE_SECONDS, help="serve: seconds")
    parser.add_argument("--lock-fd", type=int, help="serve: its lock, taken by the caller")
    args = parser.parse_args(argv)
    path = args.socket or socket_path()
    if path is None:
        print("no worker socket here (cache off, or path too long)", file=sys.stderr)
        return 1
    if args.action == "stop":
        print("worker stopped" if stop_worker(path) else "no worker was running")
        return 0
    return serve(path, spec=args.redocly_spec, idle=args.idle, lock_fd=args.lock_fd)


if __name__ == "__main__":
    sys.exit(main())
