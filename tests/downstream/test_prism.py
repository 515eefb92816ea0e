"""Stoplight Prism, a mock server that validates requests against the spec (`--errors`), accepts
every request example of the spec, and refuses the bodies the SDK refuses for a malformed URL.

Prism judges with ajv (and ajv-formats), an implementation independent of the SDK's jsonschema:
agreement on `format: uri` is what keeps the SDK from sending a body a validating server rejects.
"""

from __future__ import annotations

import copy
import json
import re
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import IO, Any

import httpx
import pytest
import runapi

from generator.openapi import iter_operations, resolve
from tests.conftest import BUNDLED_SPEC, PROJECT

PRISM = PROJECT / "node_modules" / ".bin" / "prism"
DOCUMENT: dict[str, Any] = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
HEADERS = {"Authorization": "Bearer sk-test", "x-api-key": "sk-test"}
#: Strings a user might pass as a URL that are not absolute URIs.
NOT_URIS = ("my-server/callback", "https://exa mple.com/cb", "")


@dataclass(frozen=True)
class RequestExample:
    operation_id: str
    method: str
    path: str  # with path parameters filled in
    template: str
    media_type: str
    name: str
    body: Any

    @property
    def id(self) -> str:
        return f"{self.operation_id}:{self.name}"


def _path_with_examples(path: str, operation: dict[str, Any]) -> str:
    for parameter in operation.get("parameters") or []:
        parameter = resolve(DOCUMENT, parameter)
        if parameter.get("in") == "path":
            value = parameter.get("example") or (parameter.get("schema") or {}).get("example")
            path = path.replace("{" + parameter["name"] + "}", str(value or "task-123"))
    return path


def request_examples() -> Iterator[RequestExample]:
    for op in iter_operations(DOCUMENT):
        body = resolve(DOCUMENT, op.operation.get("requestBody"))
        if not isinstance(body, dict):
            continue
        for media_type, media in (body.get("content") or {}).items():
            for name, example in (media.get("examples") or {}).items():
                example = resolve(DOCUMENT, example)
                yield RequestExample(
                    op.operation_id,
                    op.method.upper(),
                    _path_with_examples(op.path, op.operation),
                    op.path,
                    media_type,
                    name,
                    example["value"],
                )


EXAMPLES = list(request_examples())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Log:
    """Prism's output, read as it comes (a thread drains the pipe, so Prism never blocks on a
    full one); `ended` is set when Prism closes it (it exited)."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: list[str] = []
        self.ended = threading.Event()
        self._reader = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._reader.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.append(line)
        self.ended.set()

    def text(self) -> str:
        return "".join(self.lines)


def _wait_until_listening(process: subprocess.Popen[str], port: int, log: _Log) -> None:
    """Until Prism's port takes a connection; fails at once if Prism exits. A hang guard, not a
    speed target: Prism reads and compiles the whole spec first."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "Prism did not start:\n" + log.text()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5):
                return
        except OSError:
            log.ended.wait(0.05)  # wakes at once when Prism exits
    raise AssertionError("Prism did not start:\n" + log.text())


@pytest.fixture(scope="module")
def prism() -> Iterator[httpx.Client]:
    """One Prism for the module, and one keep-alive HTTP client to it.

    Prism logs nothing (`-v silent`): its log of every request (a dozen lines each) costs it a
    sixth of its CPU time, and no test reads it; what Prism says about a request is in its
    answer (the status and the `sl-violations` header). So it is ready when its port answers,
    and the first answer must be Prism's own (its problem document for a path the spec does
    not have), not another program's that took the port."""
    assert PRISM.exists(), "Prism is missing: make setup installs it (npm ci)"
    port = _free_port()
    process = subprocess.Popen(
        [
            str(PRISM),
            "mock",
            str(BUNDLED_SPEC),
            "--errors",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-v",
            "silent",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=PROJECT,
    )
    assert process.stdout is not None
    log = _Log(process.stdout)
    try:
        _wait_until_listening(process, port, log)
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers=HEADERS, timeout=30
        ) as client:
            probe = client.get("/no-such-path-in-the-spec")
            assert probe.status_code == 404, probe.text
            assert "NO_PATH_MATCHED_ERROR" in probe.json().get("type", ""), probe.text
            yield client
    finally:
        process.terminate()
        process.wait(timeout=20)


def _send(client: httpx.Client, example: RequestExample, body: Any) -> httpx.Response:
    if example.media_type == "multipart/form-data":
        fields = {k: v for k, v in body.items() if k != "file"}
        files = {"file": ("upload.png", b"\x89PNG\r\n", "image/png")} if "file" in body else None
        return client.request(example.method, example.path, data=fields, files=files)
    return client.request(example.method, example.path, json=body)


def _send_all(
    client: httpx.Client, requests: list[tuple[RequestExample, Any]]
) -> list[httpx.Response]:
    """Each (example, body) sent to Prism, a few at a time; the answers in the same order."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda request: _send(client, *request), requests))


def _violations(response: httpx.Response) -> list[str]:
    raw = response.headers.get("sl-violations")
    if not raw:
        return []
    return [
        f"{'/'.join(map(str, v.get('location', [])))}: {v.get('message')}"
        for v in json.loads(raw)
        if v.get("severity") == "Error"
    ]


def test_examples_cover_every_operation_with_a_body() -> None:
    with_body = {
        op.operation_id
        for op in iter_operations(DOCUMENT)
        if resolve(DOCUMENT, op.operation.get("requestBody"))
    }
    assert {e.operation_id for e in EXAMPLES} == with_body


def test_prism_accepts_every_request_example(prism: httpx.Client) -> None:
    refused = []
    responses = _send_all(prism, [(example, example.body) for example in EXAMPLES])
    for example, response in zip(EXAMPLES, responses, strict=True):
        problems = _violations(response)
        # Prism answers a request it refuses with 4xx and names the violations; a 5xx is its
        # own mock failing to render a response (it cannot serialise an SSE stream).
        if problems or 400 <= response.status_code < 500:
            refused.append(f"{example.id}: HTTP {response.status_code} {problems}")
    assert not refused, "\n".join(refused)


def _url_fields(body: Any) -> list[str]:
    """Top-level fields of an example body that hold a URL (the ones a user could get wrong)."""
    if not isinstance(body, dict):
        return []
    return [k for k, v in body.items() if isinstance(v, str) and re.match(r"^https?://", v)]


def test_prism_and_the_sdk_refuse_the_same_malformed_urls(prism: httpx.Client) -> None:
    cases: list[tuple[RequestExample, str, str, dict[str, Any]]] = []
    for example in EXAMPLES:
        if example.media_type != "application/json" or not example.template.startswith("/api/"):
            continue
        for name in _url_fields(example.body):
            for bad in NOT_URIS:
                body = copy.deepcopy(example.body)
                body[name] = bad
                cases.append((example, name, bad, body))
    responses = _send_all(prism, [(example, body) for example, _, _, body in cases])
    disagreements = []
    checked = 0
    for (example, name, bad, body), response in zip(cases, responses, strict=True):
        prism_refuses = bool(_violations(response))
        try:
            runapi.validate_request(example.method, example.template, body)
            sdk_refuses = False
        except runapi.ValidationError:
            sdk_refuses = True
        checked += 1
        if prism_refuses != sdk_refuses:
            disagreements.append(
                f"{example.id} {name}={bad!r}: prism refuses={prism_refuses}, "
                f"sdk refuses={sdk_refuses}"
            )
    assert checked > 100
    assert not disagreements, "\n".join(disagreements)
