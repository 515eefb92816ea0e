"""Run `@redocly/cli lint` on the bundled document and map its findings to source positions."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
import weakref
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from . import cache
from .bundle import Bundle
from .diagnostics import Diagnostic, Origin
from .fragments import Fragments, interacts, item_of, item_pointers, reduced

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


def redocly_fingerprint(project: Path) -> str:
    """What Redocly's verdict depends on besides the document: its version and the config."""
    binary = redocly_binary(project)
    manifest = project / "node_modules" / "@redocly" / "cli" / "package.json"
    config = project / "redocly.yaml"
    texts = [p.read_text(encoding="utf-8") for p in (manifest, config) if p.is_file()]
    return "\n".join([str(binary), *texts])


#: The file a process reads its standard input from: Redocly, started before its document
#: exists, lints this path (a POSIX system's; elsewhere Redocly starts once the document is
#: written).
STDIN_PATH = Path("/dev/stdin")


def _offline_env() -> dict[str, str]:
    return {**os.environ, **OFFLINE_ENV}


class WaitingRedocly:
    """Redocly's CLI started before its document exists, reading the document on its stdin.

    Most of a short lint is node loading the CLI's modules (0.4 s of CPU for a lint of 0.6 s):
    started first thing, that runs while Python bundles the spec, and the lint begins the
    moment `lint()` writes the document. Whether V8's optimizing compiler pays is decided by
    `expected_size` (the document is not known yet; see UNOPTIMIZED_BELOW). Not asked to lint
    (the verdict was remembered), `close()` stops it. Should this process die first, the pipe
    closes, Redocly reads an empty document and ends: nothing is left waiting.
    """

    def __init__(self, command: list[str], project: Path, config: Path) -> None:
        self._sender: threading.Thread | None = None
        # The pipe's write end as a bare descriptor: a process forked meanwhile (generator/
        # parallel.py) must close its copy, or Redocly would wait for the end of its input
        # until that process exits (`_close_inherited_pipes`).
        reader, self._writer = os.pipe()
        self._writer_lock = threading.Lock()
        _WAITING.add(self)
        try:
            self.process: subprocess.Popen[str] | None = subprocess.Popen(
                [*command, "lint", str(STDIN_PATH), "--format=json", "--config", str(config)],
                stdin=reader,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=project,
                env=_offline_env(),
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
        return cls(command, project, project / "redocly.yaml")

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


#: A Redocly warning as remembered with a verdict: (JSON pointer, rule, message).
Finding = tuple[str, str, str]


class RedoclyLint:
    """Redocly's lint of the bundled document, running as a child process.

    Started once the bundle is clean (every `$ref` local and resolved, so it reads nothing but
    this one file) and collected last, so it runs while the Python checks do. `close()` stops it
    if the checks end early.
    """

    def __init__(
        self,
        bundle: Bundle,
        project: Path,
        document: dict[str, Any] | None = None,
        waiting: WaitingRedocly | None = None,
    ) -> None:
        """Lint `document` (default: the bundle's; a reduced one keeps its JSON pointers), by
        `waiting` when given (it then belongs to this lint)."""
        self._bundle = bundle
        self._process: subprocess.Popen[str] | None = None
        self._waiting = waiting
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        text = json.dumps(bundle.document if document is None else document)
        if waiting is not None:
            waiting.lint(text)
            return
        redocly = redocly_command(project, len(text))
        if redocly is None:
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="runapi-lint-")
        target = Path(self._tmp.name) / "openapi.json"
        target.write_text(text, encoding="utf-8")
        command = [
            *redocly,
            "lint",
            str(target),
            "--format=json",
            "--config",
            str(project / "redocly.yaml"),
        ]
        self._process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=project,
            env=_offline_env(),
        )

    def close(self) -> None:
        """Stop the child if its result was never collected, and remove its input."""
        if self._waiting is not None:
            self._waiting.close()
            self._waiting = None
        elif self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def result(self) -> tuple[list[Diagnostic], list[Diagnostic]]:
        """(errors, warnings) reported by Redocly for the bundled document."""
        errors, warnings, _ = self.findings()
        return errors, warnings

    def findings(self) -> tuple[list[Diagnostic], list[Diagnostic], list[Finding]]:
        """(errors, warnings, the warnings by JSON pointer) reported for the bundled document."""
        if self._waiting is not None:
            stdout, stderr = self._waiting.output()
        elif self._process is not None:
            stdout, stderr = self._process.communicate()
        else:
            missing = Diagnostic(
                Origin("package.json", 1, ""),
                "redocly",
                "@redocly/cli is not installed; run `npm ci`",
            )
            return [missing], [], []
        self.close()
        try:
            report: dict[str, Any] = json.loads(stdout)
        except json.JSONDecodeError:
            tail = (stderr or stdout).strip().splitlines()[-5:]
            failure = Diagnostic(Origin("redocly.yaml", 1, ""), "redocly", " / ".join(tail))
            return [failure], [], []
        errors: list[Diagnostic] = []
        warnings: list[Diagnostic] = []
        raw: list[Finding] = []
        for problem in report.get("problems", []):
            location = (problem.get("location") or [{}])[0]
            pointer = unquote(str(location.get("pointer", "#")).lstrip("#"))
            rule, message = f"redocly/{problem.get('ruleId')}", str(problem.get("message"))
            diagnostic = Diagnostic(self._bundle.origin(pointer), rule, message)
            if problem.get("severity") == "error":
                errors.append(diagnostic)
            else:
                warnings.append(diagnostic)
                raw.append((pointer, rule, message))
        return errors, warnings, raw


class IncrementalRedocly:
    """Redocly's verdict of a document, linting only the path items it has not seen.

    A path item's findings depend on the item and the shared part (root fields, components:
    generator/fragments.py), so they are remembered by both. Once a whole document has passed
    with a shared part, a later document with that shared part is linted reduced to its new or
    changed path items and the components they reach (a path item's findings depend on nothing
    else); the findings on the reduced document's other nodes are dropped (its
    shared part's are the whole run's, remembered; Redocly's whole-document rules, unused
    components and operationId uniqueness, are the project lint's errors too, and paths or ids
    one item shares with another send the check to the whole document). An error in the
    reduced run is reported as a run on the whole document reports it.
    """

    def __init__(
        self,
        bundle: Bundle,
        project: Path,
        parts: Fragments,
        waiting: WaitingRedocly | None = None,
    ) -> None:
        """`waiting`, when given, belongs to this object from now on: it lints the first
        document, or is stopped when there is nothing to lint."""
        self._bundle = bundle
        self._project = project
        self._parts = parts
        key = cache.digest(redocly_fingerprint(project), cache.code_fingerprint(), parts.shared)
        self._memo = cache.Memo("redocly-items", key)
        shared = self._memo.get("")
        self._known: dict[str, list[Finding]] = {}
        for path, item in parts.items.items():
            found = self._memo.get(item)
            if isinstance(found, list):
                self._known[path] = found
        changed = set(parts.items) - set(self._known)
        whole = not isinstance(shared, list) or interacts(bundle.document, changed)
        self._shared: list[Finding] = [] if whole else list(shared or [])
        self._subset: set[str] | None = None if whole else changed
        self._lint: RedoclyLint | None = None
        if whole:
            self._lint = RedoclyLint(bundle, project, waiting=waiting)
        elif changed:
            linted = reduced(bundle.document, changed, reachable_only=True)
            self._lint = RedoclyLint(bundle, project, linted, waiting)
        elif waiting is not None:
            waiting.close()

    def close(self) -> None:
        if self._lint is not None:
            self._lint.close()

    def findings(self) -> tuple[list[Diagnostic], list[Diagnostic], list[Finding]]:
        """(errors, warnings, the warnings by JSON pointer), as a run on the whole document."""
        if self._subset is not None:
            new: list[Finding] = []
            if self._lint is not None:
                errors, _, found = self._lint.findings()
                if errors:
                    self._lint = RedoclyLint(self._bundle, self._project)
                    return self._whole()
                pointers = item_pointers(sorted(self._subset))
                by_item: dict[str, list[Finding]] = {path: [] for path in self._subset}
                for finding in found:
                    path = item_of(finding[0], pointers)
                    if path is not None:  # the rest is the shared part's, or not whole-true
                        by_item[path].append(finding)
                        new.append(finding)
                for path, findings in by_item.items():
                    self._memo.put(self._parts.items[path], findings)
                self._memo.save()
            known = [f for path, found in self._known.items() for f in found]
            raw = [*self._shared, *known, *new]
            warnings = [Diagnostic(self._bundle.origin(p), rule, text) for p, rule, text in raw]
            return [], warnings, raw
        return self._whole()

    def _whole(self) -> tuple[list[Diagnostic], list[Diagnostic], list[Finding]]:
        assert self._lint is not None
        errors, warnings, raw = self._lint.findings()
        if not errors:
            pointers = item_pointers(list(self._parts.items))
            by_item: dict[str | None, list[Finding]] = {None: []}
            for path in self._parts.items:
                by_item[path] = []
            for finding in raw:
                by_item[item_of(finding[0], pointers)].append(finding)
            for path, item in self._parts.items.items():
                self._memo.put(item, by_item[path])
            self._memo.put("", by_item[None])
            self._memo.save()
        return errors, warnings, raw
