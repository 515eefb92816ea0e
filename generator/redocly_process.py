"""Redocly's CLI as a process: how it is started, and started ahead of its document.

Only the standard library: `python -m generator` starts Redocly before it imports the rest of
the generator (generator/__main__.py), and generator/redocly.py lints with it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import threading
import weakref
from pathlib import Path

#: Redocly CLI reports usage to its telemetry service and looks for updates on npm unless told
#: not to; validation must not touch the network.
OFFLINE_ENV = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


def redocly_binary(project: Path) -> Path | None:
    local = project / "node_modules" / ".bin" / "redocly"
    if local.exists():
        return local
    found = shutil.which("redocly")
    return Path(found) if found else None


#: Below this size (JSON text), Redocly runs without V8's optimizing compiler (`--no-opt`): a
#: short lint ends before optimized code pays back its compilation, which runs in threads of
#: its own. Measured medians (same findings either way): a one-group reduced document 0.67 vs
#: 1.0 CPU-s, the whole 1x document (1.4 MB) 2.7 vs 3.3; the 8x bench document (11 MB) is the
#: other way round, 16.8 vs 13.8, so it keeps the compiler.
UNOPTIMIZED_BELOW = 4 * 1024 * 1024


def redocly_command(project: Path, document_size: int) -> list[str] | None:
    """How to start Redocly's CLI on a document of `document_size` characters (None: not
    installed). The project's own install runs under node directly, so V8 flags can be given
    (NODE_OPTIONS does not take `--no-opt`)."""
    script = project / "node_modules" / "@redocly" / "cli" / "bin" / "cli.js"
    node = shutil.which("node")
    if script.is_file() and node is not None:
        flags = ["--no-opt"] if document_size < UNOPTIMIZED_BELOW else []
        return [node, *flags, str(script)]
    binary = redocly_binary(project)
    return None if binary is None else [str(binary)]


#: The file a process reads its standard input from: Redocly, started before its document
#: exists, lints this path (a POSIX system's; elsewhere Redocly starts once the document is
#: written).
STDIN_PATH = Path("/dev/stdin")


def start_lint(
    command: list[str], target: Path, project: Path, stdin: int | None = None
) -> subprocess.Popen[str]:
    """`redocly lint` of the file `target` with the project's config, offline; its report (JSON)
    and messages are read from the process's pipes."""
    return subprocess.Popen(
        [*command, "lint", str(target), "--format=json", "--config", str(project / "redocly.yaml")],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=project,
        env={**os.environ, **OFFLINE_ENV},
    )


class WaitingRedocly:
    """Redocly's CLI started before its document exists, reading the document on its stdin.

    Most of a short lint is node loading the CLI's modules (0.4 s of CPU for a lint of 0.6 s):
    started first thing, that runs while Python bundles the spec, and the lint begins the
    moment `lint()` writes the document. Whether V8's optimizing compiler pays is decided by
    `expected_size` (the document is not known yet; see UNOPTIMIZED_BELOW). Not asked to lint
    (the verdict was remembered), `close()` stops it. Should this process die first, the pipe
    closes, Redocly reads an empty document and ends: nothing is left waiting.
    """

    def __init__(self, command: list[str], project: Path) -> None:
        self._sender: threading.Thread | None = None
        # The pipe's write end as a bare descriptor: a process forked meanwhile (generator/
        # parallel.py) must close its copy, or Redocly would wait for the end of its input
        # until that process exits (`_close_inherited_pipes`).
        reader, self._writer = os.pipe()
        self._writer_lock = threading.Lock()
        _WAITING.add(self)
        try:
            self.process: subprocess.Popen[str] | None = start_lint(
                command, STDIN_PATH, project, stdin=reader
            )
        except BaseException:
            self._close_writer()
            raise
        finally:
            os.close(reader)

    @classmethod
    def start(cls, project: Path, expected_size: int) -> WaitingRedocly | None:
        """Redocly waiting for a document of about `expected_size` characters; None where it
        cannot be started ahead (not installed, no /dev/stdin)."""
        command = redocly_command(project, expected_size)
        if command is None or not STDIN_PATH.exists():
            return None
        return cls(command, project)

    def lint(self, text: str) -> None:
        """Give Redocly its document: written from a thread, as node reads it only once its
        modules are loaded (a document larger than the pipe's buffer would block here)."""
        assert self._sender is None
        self._sender = threading.Thread(target=self._send, args=(text.encode(),), daemon=True)
        self._sender.start()

    def output(self) -> tuple[str, str]:
        """Redocly's (stdout, stderr), once it has linted the document and exited."""
        process, self.process = self.process, None
        assert process is not None and self._sender is not None
        self._sender.join()
        try:
            return process.communicate()
        finally:
            self.close()

    def close(self) -> None:
        """Stop Redocly if it was never given a document or its output was not read."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.kill()
        if self._sender is not None:
            self._sender.join()  # a write still going fails once node is gone
        self._close_writer()
        if process is not None:
            process.communicate()  # reaps it and closes its pipes
        _WAITING.discard(self)

    def _send(self, data: bytes) -> None:
        """Write and close; a Redocly that died meanwhile is reported by its output."""
        with contextlib.suppress(OSError):
            view = memoryview(data)
            while view and self._writer >= 0:
                view = view[os.write(self._writer, view) :]
        self._close_writer()

    def _close_writer(self) -> None:
        with self._writer_lock:
            if self._writer >= 0:
                os.close(self._writer)
                self._writer = -1


#: The Redocly processes of this process that may still wait for their document.
_WAITING: weakref.WeakSet[WaitingRedocly] = weakref.WeakSet()


def _hold_writers() -> None:
    for waiting in list(_WAITING):
        waiting._writer_lock.acquire()


def _release_writers() -> None:
    for waiting in list(_WAITING):
        waiting._writer_lock.release()


def _close_inherited_pipes() -> None:
    """In a forked child: its copies of the pipes' write ends closed, and no Redocly of its own
    (the parent's stay the parent's)."""
    for waiting in list(_WAITING):
        if waiting._writer >= 0:
            os.close(waiting._writer)
            waiting._writer = -1
        waiting.process = None
        waiting._sender = None
        waiting._writer_lock.release()
    _WAITING.clear()


# The locks make a fork and a write end's closing exclusive: the child never closes a number
# the parent has closed and reused meanwhile.
os.register_at_fork(
    before=_hold_writers,
    after_in_parent=_release_writers,
    after_in_child=_close_inherited_pipes,
)


#: Redocly started by `python -m generator` before the generator was imported, or by the
#: generator worker's ready child (`start_ahead`), for the run's validation to take
#: (`take_ahead`), with the environment it was started in.
_ahead: dict[tuple[Path, Path], tuple[WaitingRedocly, dict[str, str]]] = {}

#: Variables a shell sets by itself, which do not change what Redocly does.
SHELL_BOOKKEEPING = frozenset({"_", "PWD", "OLDPWD", "SHLVL"})


def _settings() -> dict[str, str]:
    """This process's environment as far as it reaches Redocly (node reads it, and Redocly's
    own settings are variables)."""
    return {k: v for k, v in os.environ.items() if k not in SHELL_BOOKKEEPING}


def start_ahead(project: Path, spec_root: Path) -> None:
    """Start Redocly for the bundle of the spec at `spec_root` now (`take_ahead` hands it
    over). Its size, which chooses the compiler, is estimated from the sources': the bundled
    JSON is about 1.4 times the YAML."""
    waiting = WaitingRedocly.start(project, int(_source_size(spec_root.parent) * 1.4))
    if waiting is not None:
        _ahead[(project, spec_root.resolve())] = (waiting, _settings())


def _source_size(folder: Path) -> int:
    """The YAML in the spec's folder and its subfolders (a spec's layout: spec/paths/*.yaml);
    what cannot be read counts nothing (the run itself will report it)."""
    total = 0
    for path in [*folder.glob("*.yaml"), *folder.glob("*/*.yaml")]:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def take_ahead(project: Path, spec_root: Path) -> WaitingRedocly | None:
    """The Redocly started ahead for this spec, now the caller's (None: there is none). One
    started in another environment than this process's now (the worker's ready child runs
    each command in the caller's) is stopped instead: its lint might not be this run's."""
    found = _ahead.pop((project, spec_root.resolve()), None)
    if found is None:
        return None
    waiting, settings = found
    if settings != _settings():
        waiting.close()
        return None
    return waiting
