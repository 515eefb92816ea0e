"""Shared helpers of the CLI tests: an isolated environment, an in-process runner, local servers.

Nothing here reaches beyond 127.0.0.1: commands run in-process with click's runner (or as a
subprocess where the test is about the process itself), against servers started by the test.
"""

from __future__ import annotations

import http.server
import itertools
import json
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from runapi.cli import cli

Handler = Callable[["Request"], tuple[int, dict[str, str], bytes]]


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class LocalServer:
    """An HTTP server on 127.0.0.1 answering with `handler`; records every request."""

    handler: Handler
    requests: list[Request] = field(default_factory=list)
    url: str = ""


_CONFIGS = itertools.count()


@pytest.fixture(scope="session")
def config_homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("config-homes")


@pytest.fixture
def scratch(config_homes: Path) -> Path:
    """A folder of the test's own that does not exist yet: cheaper than `tmp_path` for the
    many tests that may write a file and mostly do not (create it with parents=True)."""
    return config_homes / str(next(_CONFIGS)) / "files"


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, config_homes: Path) -> Path:
    """No real credentials or config: a private XDG_CONFIG_HOME, RUNAPI_* unset.

    Each test gets a path of its own that does not exist yet (a command that saves the config
    creates it), under one folder for the session: a `tmp_path` for each of the ~1,300 tests
    would cost a folder and a symlink update each.
    """
    for name in (
        "RUNAPI_API_KEY",
        "RUNAPI_MANAGEMENT_KEY",
        "RUNAPI_BASE_URL",
        "RUNAPI_WEBHOOK_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    config = config_homes / str(next(_CONFIGS)) / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


def invoke(args: list[str], stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, args, input=stdin, prog_name="runapi", catch_exceptions=False)


def json_answer(
    status: int, body: Any, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    return (
        status,
        {"Content-Type": "application/json", **(headers or {})},
        json.dumps(body).encode(),
    )


class _Server(http.server.ThreadingHTTPServer):
    """A test server that keeps its handlers' errors instead of printing them: socketserver
    prints a traceback to whatever `sys.stderr` is at that moment, which may be another test's
    captured output. A client that hung up (a timeout under test) is no error; any other
    error fails the test that served it, at teardown."""

    daemon_threads = True

    def __init__(self, handler: type[http.server.BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.errors: list[BaseException] = []

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if error is not None and not isinstance(error, OSError):
            self.errors.append(error)


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], LocalServer]]:
    servers: list[_Server] = []

    def start(handler: Handler) -> LocalServer:
        local = LocalServer(handler)

        class Answer(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                request = Request(
                    self.command, self.path, dict(self.headers.items()), self.rfile.read(length)
                )
                local.requests.append(request)
                status, headers, body = local.handler(request)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PATCH = do_DELETE = _handle

        server = _Server(Answer)
        servers.append(server)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        local.url = f"http://127.0.0.1:{server.server_address[1]}"
        return local

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
    errors = [error for server in servers for error in server.errors]
    assert not errors, f"the test server's handler failed: {errors!r}"
