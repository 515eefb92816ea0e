"""Run a CPU-bound function in a second process while this one does other work.

Validation is pure Python held by the GIL, so threads would take turns; a forked process runs
on the other core and starts in milliseconds (it inherits the loaded modules and the document,
so only the result crosses the pipe). Where fork is unavailable the function simply runs when
its result is asked for. `Later` forks before the input exists, so the second process can
prepare (import what the function needs) meanwhile; its input then crosses the pipe too.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import threading
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


def _waiting_child(
    connection: Connection, function: Callable[..., Any], prepare: Callable[[], object]
) -> None:
    failed: BaseException | None = None
    try:
        prepare()
    except BaseException as exc:  # reported as the function's failure once it is asked for
        failed = exc
    try:
        args = pickle.loads(connection.recv_bytes())
    except EOFError:  # the parent no longer wants the result
        return
    if failed is not None:
        connection.send((False, failed))
        connection.close()
        return
    _child(connection, function, args)


class _Worker(Generic[T]):
    """A forked process that sends back one (ok, value) outcome; the fallback runs here."""

    _process: Any = None
    _connection: Connection | None = None

    def _fallback(self) -> T:
        raise NotImplementedError

    def result(self) -> T:
        if self._process is None or self._connection is None:
            return self._fallback()
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


class Beside(_Worker[T]):
    """`function(*args)`, started now in a forked process; `result()` waits for it."""

    def __init__(self, function: Callable[..., T], *args: Any) -> None:
        self._function = function
        self._args = args
        if "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_child, args=(sender, function, args))
            self._process.start()
            sender.close()
            self._connection = receiver

    def _fallback(self) -> T:
        return self._function(*self._args)


def _send_quietly(connection: Connection, payload: bytes) -> None:
    """Write `payload`; a worker that died meanwhile is reported by `result()` (EOFError)."""
    with contextlib.suppress(OSError):
        connection.send_bytes(payload)


class Later(_Worker[T]):
    """A forked process started before its input exists: it runs `prepare()` at once (imports,
    say, while this process computes the input), then `function(*args)` once `start(*args)`
    sends the arguments (pickled: unlike Beside's, they are not inherited). `result()` waits
    for it; `close()` stops it, started or not, and must be called when the result is not
    asked for (at exit, multiprocessing waits for a worker still waiting for arguments).
    Without fork, `result()` runs the function."""

    def __init__(self, function: Callable[..., T], prepare: Callable[[], object]) -> None:
        self._function = function
        self._args: tuple[Any, ...] | None = None
        self._sender: threading.Thread | None = None
        if "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            ours, theirs = context.Pipe()
            self._process = context.Process(target=_waiting_child, args=(theirs, function, prepare))
            self._process.start()
            theirs.close()
            self._connection = ours

    def start(self, *args: Any) -> None:
        """Give the function its arguments: it runs from now on.

        They are written from a thread: arguments larger than the pipe's buffer would otherwise
        hold this process until the worker has prepared and reads them."""
        self._args = args
        if self._connection is not None:
            payload = pickle.dumps(args, protocol=pickle.HIGHEST_PROTOCOL)
            self._sender = threading.Thread(
                target=_send_quietly, args=(self._connection, payload), daemon=True
            )
            self._sender.start()

    def result(self) -> T:
        if self._args is None:
            self.close()  # the worker waits for arguments that will never come
            raise RuntimeError("Later.result() before start()")
        return super().result()

    def close(self) -> None:
        super().close()  # a write still going fails once the worker is gone
        if self._sender is not None:
            self._sender.join()
            self._sender = None

    def _fallback(self) -> T:
        assert self._args is not None
        return self._function(*self._args)
