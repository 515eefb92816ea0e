"""Redocly started before its document exists (generator/redocly.py, WaitingRedocly): the same
findings as a run on a file, no process left behind whatever happens to the run, and a process
forked meanwhile never holds back the end of Redocly's input."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from generator import redocly, redocly_process
from generator.bundle import Bundle, bundle
from generator.project import PROJECT

from .forked import run_forked
from .minimal_spec import fresh, write_spec

pytestmark = pytest.mark.skipif(
    redocly_process.redocly_command(PROJECT, 0) is None or not redocly_process.STDIN_PATH.exists(),
    reason="needs npm ci and /dev/stdin",
)


def _spec_with_warnings(tmp_path: Path) -> Bundle:
    """A clean bundle on which Redocly warns (a component nothing uses) and errs on nothing."""
    root, group = fresh()
    for callback in group["paths"]["render"]["post"]["callbacks"].values():
        for item in callback.values():
            for operation in item.values():
                operation.setdefault("summary", "Task status callback")  # else an error
    root["components"]["schemas"]["Unused"] = {"type": "string"}
    result = bundle(write_spec(tmp_path / "spec", root, group), tmp_path)
    assert not result.diagnostics
    return result


def _waiting() -> redocly_process.WaitingRedocly:
    waiting = redocly_process.WaitingRedocly.start(PROJECT, 10_000)
    assert waiting is not None
    return waiting


def _gone(pid: int) -> bool:
    """Ended (a zombie counts: an orphan is reaped by whatever adopted it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rpartition(")")[2].split()[0] == "Z"


def test_redocly_started_ahead_reports_what_a_run_on_a_file_reports(tmp_path: Path) -> None:
    result = _spec_with_warnings(tmp_path)
    on_file = redocly.RedoclyLint(result, PROJECT).findings()
    ahead = redocly.RedoclyLint(result, PROJECT, waiting=_waiting()).findings()
    assert ahead == on_file
    errors, _, raw = ahead
    assert not errors and ("/components/schemas/Unused", "redocly/no-unused-components") in {
        (pointer, rule) for pointer, rule, _ in raw
    }


def test_a_broken_document_given_to_a_waiting_redocly_is_an_error_not_a_hang(
    tmp_path: Path,
) -> None:
    result = _spec_with_warnings(tmp_path)
    not_a_document: Any = ["not", "an object"]
    errors, _, _ = redocly.RedoclyLint(result, PROJECT, not_a_document, _waiting()).findings()
    assert [e.rule for e in errors] == ["redocly"]


def test_a_waiting_redocly_never_given_a_document_is_stopped() -> None:
    waiting = _waiting()
    process = waiting.process
    assert process is not None and process.poll() is None
    waiting.close()
    assert process.returncode is not None
    waiting.close()  # twice is harmless


def test_a_process_forked_while_redocly_waits_does_not_keep_its_input_open(
    tmp_path: Path,
) -> None:
    result = _spec_with_warnings(tmp_path)
    waiting = _waiting()
    # A helper forked now (as the checks' process is, generator/parallel.py) and still alive
    # when the document is written: holding the pipe, it would keep Redocly from ever
    # reading the document's end.
    helper = os.fork()
    if helper == 0:
        time.sleep(120)
        os._exit(0)
    try:
        errors, warnings, _ = redocly.RedoclyLint(result, PROJECT, waiting=waiting).findings()
        helper_alive = os.waitpid(helper, os.WNOHANG) == (0, 0)
    finally:
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(helper, signal.SIGKILL)
            os.waitpid(helper, 0)
    assert helper_alive, "the lint ended only once the helper holding its input had exited"
    assert not errors and warnings


def test_redocly_ends_when_the_run_that_started_it_dies(tmp_path: Path) -> None:
    pid_file = tmp_path / "redocly.pid"

    def start_and_die() -> int:
        waiting = _waiting()
        assert waiting.process is not None
        pid_file.write_text(str(waiting.process.pid))
        os._exit(3)  # no close(), no cleanup: as a crash or a kill would end it

    assert run_forked(start_and_die).code == 3
    node = int(pid_file.read_text())
    deadline = time.monotonic() + 60
    while not _gone(node) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(node), "Redocly outlived the run that started it"


def test_redocly_started_ahead_is_handed_over_once(tmp_path: Path) -> None:
    spec = tmp_path / "spec" / "openapi.yaml"
    spec.parent.mkdir()
    spec.write_text("openapi: 3.1.0\n")
    (spec.parent / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")  # counts nothing
    redocly_process.start_ahead(PROJECT, spec)
    waiting = redocly_process.take_ahead(PROJECT, spec)
    try:
        assert waiting is not None and waiting.process is not None
        assert redocly_process.take_ahead(PROJECT, spec) is None
    finally:
        if waiting is not None:
            waiting.close()


def test_redocly_started_in_another_environment_is_stopped_not_handed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker's ready child starts Redocly before its command comes, then runs the command
    # in the caller's environment: a Redocly started in another one is not that run's.
    spec = tmp_path / "spec" / "openapi.yaml"
    spec.parent.mkdir()
    spec.write_text("openapi: 3.1.0\n")
    monkeypatch.setenv("PWD", "/somewhere")  # a shell's bookkeeping changes nothing
    redocly_process.start_ahead(PROJECT, spec)
    monkeypatch.setenv("PWD", "/elsewhere")
    waiting = redocly_process.take_ahead(PROJECT, spec)
    assert waiting is not None
    waiting.close()
    redocly_process.start_ahead(PROJECT, spec)
    monkeypatch.setenv("RUNAPI_TEST_SHELL", "another")
    assert redocly_process.take_ahead(PROJECT, spec) is None
