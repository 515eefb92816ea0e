"""`runapi webhooks verify|listen` with recorded (signed) fixture callbacks."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from tests.contract._support import load_callbacks
from tests.tools.sign_fixtures import TEST_SECRET, callback_body_bytes, sign

from .conftest import Handler, LocalServer, Request, invoke, json_answer

Serve = Callable[[Handler], LocalServer]


def _saved(tmp_path: Path, tamper: bool = False) -> tuple[Path, Path]:
    callback = load_callbacks()[0]
    body = callback_body_bytes(callback.body)
    if tamper:
        body = body.replace(b"completed", b"c0mpleted") if b"completed" in body else body + b" "
    body_file = tmp_path / "body.json"
    body_file.write_bytes(body)
    headers_file = tmp_path / "headers.json"
    headers_file.write_text(json.dumps(callback.headers), encoding="utf-8")
    return body_file, headers_file


def test_verify_accepts_a_recorded_callback(tmp_path: Path) -> None:
    body, headers = _saved(tmp_path)
    result = invoke(
        [
            "webhooks",
            "verify",
            "--secret",
            TEST_SECRET,
            "--headers",
            str(headers),
            "--ignore-timestamp",
            str(body),
        ]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["valid"] is True


def test_verify_with_header_options(tmp_path: Path) -> None:
    body, headers = _saved(tmp_path)
    lines = [f"{k}: {v}" for k, v in json.loads(headers.read_text(encoding="utf-8")).items()]
    args = [arg for line in lines for arg in ("--header", line)]
    result = invoke(
        ["webhooks", "verify", "--secret", TEST_SECRET, *args, "--ignore-timestamp", str(body)]
    )
    assert result.exit_code == 0, result.output


def test_verify_refuses_a_tampered_callback(tmp_path: Path) -> None:
    body, headers = _saved(tmp_path, tamper=True)
    result = invoke(
        [
            "webhooks",
            "verify",
            "--secret",
            TEST_SECRET,
            "--headers",
            str(headers),
            "--ignore-timestamp",
            str(body),
        ]
    )
    assert result.exit_code == 1
    assert "no signature in the callback matches" in result.stderr
    assert json.loads(result.stdout)["valid"] is False


def test_verify_checks_the_timestamp_by_default(tmp_path: Path) -> None:
    body, headers = _saved(tmp_path)
    result = invoke(
        ["webhooks", "verify", "--secret", TEST_SECRET, "--headers", str(headers), str(body)]
    )
    assert result.exit_code == 1
    assert "timestamp" in result.stderr


def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_listen_verifies_and_forwards(serve: Serve) -> None:
    target = serve(lambda request: json_answer(200, {"ok": True}))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "runapi.cli",
            "webhooks",
            "listen",
            "--port",
            "0",
            "--secret",
            TEST_SECRET,
            "--forward-to",
            f"{target.url}/hook",
            "--max-requests",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert "listening on " in line, line
        url = line.split("listening on ")[1].split()[0]
        callback = load_callbacks()[0]
        body = callback_body_bytes(callback.body)
        timestamp = str(int(time.time()))
        callback_id = "cb_cli_test"
        headers = {
            "Content-Type": "application/json",
            "X-Callback-Id": callback_id,
            "X-Callback-Timestamp": timestamp,
            "X-Callback-Signature": sign(callback_id, timestamp, body),
        }
        assert _post(url, body, headers) == 200
        assert _post(url, body + b" ", headers) == 400
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0
    assert json.loads(out.splitlines()[0]) == callback.body
    assert "rejected" in err
    forwarded: list[Request] = target.requests
    assert len(forwarded) == 1
    assert forwarded[0].path == "/hook"
    assert forwarded[0].body == body
    for name, value in headers.items():
        assert forwarded[0].headers[name] == value
