"""Run a function in a forked child of the test process: a process of its own (its own exit
status, its own signals, its own modules once it imports them again) without the cost of a
fresh interpreter, which imports every library the test process already holds.

The child writes its stdout and stderr into a file the parent reads back, and ends with
os._exit: nothing of the test session (atexit hooks, pytest's capture buffers) runs in it.
"""

from __future__ import annotations

import gc
import io
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass

#: The exit status of a child whose function raised (the traceback is in its output).
RAISED = 70


@dataclass(frozen=True)
class Exited:
    """How a forked child ended: its exit code (minus the signal that killed it, as
    subprocess reports it) and what it wrote to stdout and stderr, in order."""

    code: int
    output: str


def run_forked(function: Callable[[], int]) -> Exited:
    """`function()` in a forked child; its return value is the child's exit code."""
    with tempfile.TemporaryFile() as log:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            _child(function, log.fileno())
        _, status = os.waitpid(pid, 0)
        log.seek(0)
        output = log.read().decode("utf-8", errors="replace")
    return Exited(os.waitstatus_to_exitcode(status), output)


def _child(function: Callable[[], int], log: int) -> None:
    code = RAISED
    try:
        # What the test session holds stays out of the collector's scans in the child.
        gc.freeze()
        os.dup2(log, 1)
        os.dup2(log, 2)
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), line_buffering=True)
        sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), line_buffering=True)
        code = function()
    except SystemExit as exc:  # as an interpreter would end
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # reported in the output; the exit status says it failed
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
