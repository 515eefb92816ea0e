"""The generator worker (generator/worker.py): what it runs is what `python -m generator` runs.

A command handed to the worker writes the same files, prints the same lines and exits with the
same status as the command run in a process of its own; it runs in the caller's working folder
with the caller's streams. The worker ends when its sources change, when idle, and when asked,
and removes its socket; a caller that finds no worker starts one.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from generator.commands import main
from generator.project import CACHE_ENV, PROJECT
from generator.worker_client import (
    WORKER_ENV,
    listening,
    run_in_worker,
    socket_path,
    stop_worker,
)

from .minimal_spec import fresh, write_spec

#: Longest a test waits for a worker to start or end.
PATIENCE = 60.0


def _environment(cache: Path, *, worker: bool) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNAPI_GENERATOR")}
    environment[CACHE_ENV] = str(cache)
    environment[WORKER_ENV] = "1" if worker else "0"
    return environment


def _generator(
    *args: str, cache: Path, worker: bool = False, cwd: Path = PROJECT
) -> subprocess.CompletedProcess[str]:
    """`python -m generator` as `make` runs it (with the worker or without)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=_environment(cache, worker=worker),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _in_process(*argv: str, cache: Path) -> tuple[int, str, str]:
    """(status, stdout, stderr) of the command run in this process, without the worker, as the
    run a worker's command must equal."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_ENV, str(cache))
        with redirect_stdout(stdout), redirect_stderr(stderr):
            status = main(list(argv))
    return status, stdout.getvalue(), stderr.getvalue()


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _until(condition: object, what: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while not callable(condition) or not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


class Worker:
    """A worker started by the test, stopped (and its processes ended) at the end."""

    def __init__(
        self, path: Path, spec: Path | None, *, idle: float = PATIENCE * 5, code: str = ""
    ) -> None:
        self.path = path
        linted = ["--redocly-spec", str(spec)] if spec else []
        serve = code or (
            "from generator.worker import main; import sys; "
            f"sys.exit(main(['serve', '--socket', {str(path)!r}, *{linted!r}, "
            f"'--idle', '{idle}']))"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", serve],
            cwd=PROJECT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        _until(lambda: path.exists() or self.process.poll() is not None, "the worker's socket")
        assert self.process.poll() is None, self.process.stderr and self.process.stderr.read()

    def ended(self) -> bool:
        return self.process.poll() is not None

    def stop(self) -> None:
        stop_worker(self.path)
        try:
            self.process.wait(PATIENCE)
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            with contextlib.suppress(ProcessLookupError):  # its ready child, whatever happened
                os.killpg(self.process.pid, signal.SIGKILL)
            if self.process.stderr is not None:
                self.process.stderr.close()


@contextlib.contextmanager
def _short_folder() -> Iterator[Path]:
    """A folder for the tests' sockets, with a short path: a Unix socket's path must fit in 108
    bytes (104 on macOS, and `socket_path` keeps to 100), which pytest's folders overrun below a
    TMPDIR of some length."""
    with tempfile.TemporaryDirectory(prefix="runapi-", dir="/tmp") as folder:
        yield Path(folder)


@pytest.fixture(scope="module")
def place() -> Iterator[Path]:
    with _short_folder() as folder:
        yield folder


@pytest.fixture
def short_folder() -> Iterator[Path]:
    with _short_folder() as folder:
        yield folder


@pytest.fixture(scope="module")
def spec(place: Path) -> Path:
    return write_spec(place / "spec")


@pytest.fixture(scope="module")
def cache(place: Path) -> Path:
    return place / "cache"


@pytest.fixture(scope="module")
def worker(place: Path, spec: Path, cache: Path) -> Iterator[Worker]:
    started = Worker(cache / "worker" / "test.sock", spec)
    yield started
    started.stop()
    assert started.ended() and not started.path.exists()


def _redocly_waiting_below(worker: int, variable: bytes = b"") -> bool:
    """Whether a Redocly lint of stdin runs as a child of one of `worker`'s children (Linux's
    /proc), with `variable` ("NAME=value") in its environment if given."""
    parents: dict[int, int] = {}
    commands: dict[int, bytes] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                # the parent is the 4th field, after the command name in parentheses
                parents[int(entry.name)] = int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                )
                commands[int(entry.name)] = (entry / "cmdline").read_bytes()

    def has_variable(pid: int) -> bool:
        with contextlib.suppress(OSError):
            return variable in (Path("/proc") / str(pid) / "environ").read_bytes().split(b"\0")
        return False

    return any(
        b"redocly" in command
        and b"/dev/stdin" in command
        and parents.get(parents[pid]) == worker
        and (not variable or has_variable(pid))
        for pid, command in commands.items()
        if pid in parents
    )


def _without_timing(text: str) -> str:
    return re.sub(r"\(\d+\.\d+s\)", "(...)", text)


def test_redocly_started_by_the_worker_judges_as_redocly_started_by_a_run(
    worker: Worker, spec: Path, place: Path, cache: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # The first test of the module: the worker's first ready child has started Redocly for this
    # spec before the command came, and it lints the document. Redocly refuses the minimal spec
    # (a callback operation has no summary).
    out = place / "linted"
    argv = ["generate", "--spec", str(spec), "--out", str(out)]
    _until(lambda: _redocly_waiting_below(worker.process.pid), "the ready child's Redocly")
    assert run_in_worker(worker.path, argv) == 1
    printed = capfd.readouterr()
    status, _, err = _in_process(*argv, cache=cache)
    assert status == 1
    assert printed.err == err and "[redocly/operation-summary]" in printed.err
    assert not out.exists()


def test_the_next_redocly_starts_in_the_environment_of_the_last_command(
    worker: Worker, spec: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    # A shell whose environment is not the one the worker started in (another terminal, a
    # variable set since): the Redocly started ahead is not used for its command, but the next
    # ready child starts Redocly in that command's environment, so its next command uses it.
    monkeypatch.setenv("RUNAPI_TEST_SHELL", "another")
    argv = ["validate", "--spec", str(spec)]
    assert run_in_worker(worker.path, argv) == 1  # Redocly refuses the minimal spec
    assert "[redocly/operation-summary]" in capfd.readouterr().err
    _until(
        lambda: _redocly_waiting_below(worker.process.pid, b"RUNAPI_TEST_SHELL=another"),
        "a Redocly started in the last command's environment",
    )


def test_a_command_run_by_the_worker_writes_and_prints_what_a_process_of_its_own_does(
    worker: Worker, spec: Path, cache: Path, place: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    through, alone = place / "through-worker", place / "alone"
    argv = ["generate", "--no-redocly", "--spec", str(spec), "--out", str(through)]
    assert run_in_worker(worker.path, argv) == 0  # None would mean it was not run there
    printed = capfd.readouterr()
    status, out, err = _in_process(*argv[:-1], str(alone), cache=cache)
    assert status == 0, err
    assert _without_timing(printed.out).replace(str(through), "OUT") == _without_timing(
        out
    ).replace(str(alone), "OUT")
    assert printed.err == err
    assert _tree(through) == _tree(alone) and len(_tree(through)) > 20


def test_a_spec_the_checks_refuse_fails_the_same_way_and_leaves_the_tree_untouched(
    worker: Worker, place: Path, cache: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    root, group = fresh()
    root["paths"]["/api/v1/demo/render"] = {"$ref": "paths/demo.yaml#/paths/missing"}
    broken = write_spec(place / "broken", root, group)
    out = place / "refused"
    argv = ["generate", "--no-redocly", "--spec", str(broken), "--out", str(out)]
    assert run_in_worker(worker.path, argv) == 1
    printed = capfd.readouterr()
    status, stdout, err = _in_process(*argv, cache=cache)
    assert status == 1
    assert printed.err == err and "[ref-" in printed.err
    assert printed.out == stdout == ""
    assert not out.exists()


def test_relative_paths_are_the_callers(
    worker: Worker, spec: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    # The caller's working folder, not the worker's (the project), resolves --spec and --out.
    monkeypatch.chdir(spec.parent.parent)
    argv = ["generate", "--no-redocly", "--spec", "spec/openapi.yaml", "--out", "relative"]
    assert run_in_worker(worker.path, argv) == 0
    assert "generated" in capfd.readouterr().out
    assert (spec.parent.parent / "relative" / "openapi.json").is_file()


def test_a_caller_that_goes_away_cancels_its_run_and_the_worker_serves_the_next(
    worker: Worker, spec: Path, place: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    out = place / "cancelled"
    request = json.dumps(
        {
            "argv": ["generate", "--no-redocly", "--spec", str(spec), "--out", str(out)],
            "cwd": str(PROJECT),
            "env": dict(os.environ),
            "umask": 0o022,
        }
    ).encode()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as caller:
        caller.connect(os.fspath(worker.path))
        socket.send_fds(caller, [len(request).to_bytes(4, "big")], [0, 1, 2])
        caller.sendall(request)
    # Cancelled at whatever point it had reached: the tree is whole or was never written.
    following = ["generate", "--no-redocly", "--spec", str(spec), "--out", str(place / "after")]
    assert run_in_worker(worker.path, following) == 0
    capfd.readouterr()
    assert not out.exists() or _tree(out) == _tree(place / "after")


def test_the_socket_is_the_users_alone(worker: Worker) -> None:
    # Commands carry the caller's environment (its API keys among it).
    assert stat.S_IMODE(worker.path.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE(worker.path.parent.stat().st_mode) == 0o700


def test_a_worker_whose_sources_changed_runs_nothing_and_ends(
    short_folder: Path, spec: Path
) -> None:
    sources = short_folder / "sources"
    sources.mkdir()
    (sources / "module.py").write_text("A = 1\n")
    path = short_folder / "stale.sock"
    code = (
        "from pathlib import Path; from generator.worker import serve; "
        f"serve(Path({str(path)!r}), idle=300, sources=[Path({str(sources)!r})], preload=())"
    )
    worker = Worker(path, None, code=code)
    try:
        argv = ["validate", "--no-redocly", "--spec", str(spec)]
        assert run_in_worker(path, argv) == 0
        (sources / "module.py").write_text("A = 2\n")  # an edit of the worker's code
        assert run_in_worker(path, argv) is None  # the caller runs it itself
        _until(worker.ended, "the stale worker to end")
        assert not path.exists()
    finally:
        worker.stop()


def test_an_idle_worker_ends(short_folder: Path) -> None:
    code = (
        "from pathlib import Path; from generator.worker import serve; "
        f"serve(Path({str(short_folder / 'idle.sock')!r}), idle=1, preload=())"
    )
    worker = Worker(short_folder / "idle.sock", None, code=code)
    try:
        _until(worker.ended, "the idle worker to end")
        assert worker.process.returncode == 0 and not worker.path.exists()
    finally:
        worker.stop()


def test_a_caller_that_finds_no_worker_runs_the_command_and_starts_one(
    short_folder: Path, spec: Path
) -> None:
    cache = short_folder / "cache"
    environment = _environment(cache, worker=True)
    path = socket_path(environment)
    assert path is not None and path.parent == cache / "worker"
    argv = ["validate", "--no-redocly", "--spec", str(spec)]
    try:
        result = _generator(*argv, cache=cache, worker=True)
        assert result.returncode == 0, result.stderr
        # Stopped at once, while it may still be starting: it is waited for, then ends.
        assert stop_worker(path)
        _until(lambda: not path.exists(), "the stopped worker to end")
        result = _generator(*argv, cache=cache, worker=True)
        assert result.returncode == 0, result.stderr
        _until(lambda: listening(path), "the started worker")
        assert run_in_worker(path, argv) == 0
    finally:
        stop_worker(path)
        _until(lambda: not path.exists(), "the started worker to end")


def test_no_worker_without_a_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    assert socket_path() is None
    monkeypatch.setenv(CACHE_ENV, "/" + "x" * 120)  # too long for a socket
    assert socket_path() is None
