"""Run a CPU-bound function in a second process while this one does other work.

Validation is pure Python held by the GIL, so threads would take turns; a forked process runs
on the other core and starts in milliseconds (it inherits the loaded modules and the document,
so only the result crosses the pipe). Where fork is unavailable the function simply runs when
its result is asked for.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def _child(connection: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        outcome: tuple[bool, Any] = (True, function(*args))
    except BaseException as exc:  # every failure goes back to the parent, which re-raises it
        outcome = (False, exc)
    try:
        connection.send(outcome)
    except Exception as exc:  # an unpicklable result or exception
        connection.send((False, RuntimeError(f"worker result not transferable: {exc!r}")))
    connection.close()


class Beside(Generic[T]):
    """`function(*args)`, started now in a forked process; `result()` waits for it."""

    def __init__(self, function: Callable[..., T], *args: Any) -> None:
        self._function = function
        self._args = args
        self._process: Any = None
        self._connection: Connection | None = None
        if "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_child, args=(sender, function, args))
            self._process.start()
            sender.close()
            self._connection = receiver

    def result(self) -> T:
        if self._process is None or self._connection is None:
            return self._function(*self._args)
        try:
            ok, value = self._connection.recv()
            self._process.join()  # it exits right after sending
        except EOFError:
            self._process.join()
            raise RuntimeError(f"worker process died (exit {self._process.exitcode})") from None
        finally:
            self.close()
        if not ok:
            raise value
        result: T = value
        return result

    def close(self) -> None:
        """Stop the worker if it is still running (its result is then dropped)."""
        if self._process is None:
            return
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        if self._connection is not None:
            self._connection.close()
        self._process = None
        self._connection = None
