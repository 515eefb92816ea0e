"""`--dry-run` of every recorded fixture request prints exactly that request.

Each exchange in tests/fixtures is turned into a command line: path parameters as arguments,
query parameters as options, the recorded body through --json (form files as file options),
extra headers through --header. The printed request must match the recording: method, path,
query, body, and the auth header, redacted.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import click
import pytest
from runapi.cli import cli
from runapi.cli._build import OperationCommand

from tests.contract._support import (
    AUTH_HEADERS,
    Exchange,
    auth_of,
    load_exchanges,
    path_params_of,
    spec_operations,
)

from .conftest import invoke
from .test_tree import walk

CLIENT_HEADERS = ("content-type", "content-length", *AUTH_HEADERS)


@cache
def commands() -> dict[str, tuple[tuple[str, ...], OperationCommand]]:
    found: dict[str, tuple[tuple[str, ...], OperationCommand]] = {}
    for words, command in walk(cli, ()):
        assert isinstance(command, OperationCommand)
        if command.spec.action in ("call", "create", "get"):
            found[command.spec.operation_id] = (words, command)
    return found


def command_line(exchange: Exchange, tmp_path: Path) -> list[str]:
    words, command = commands()[exchange.operation_id]
    spec = command.spec
    operation = spec_operations()[exchange.operation_id]
    split = urlsplit(exchange.request["path"])
    args = [*words, *path_params_of(operation, split.path)]
    query_flags = {o.field: o.flag for o in spec.query}
    for name, value in parse_qsl(split.query, keep_blank_values=True):
        args += [query_flags[name], value]
    recorded = exchange.request
    if "body" in recorded:
        args += ["--json", json.dumps(recorded["body"])]
    if "form" in recorded:
        form = recorded["form"]
        args += ["--json", json.dumps(form.get("fields") or {})]
        file_flags = {o.field: o.flag for o in spec.options if o.kind == "file"}
        for index, part in enumerate(form.get("files") or []):
            folder = tmp_path / str(index)
            folder.mkdir(parents=True)
            path = folder / part["filename"]
            path.write_text(str(part.get("content", "")), encoding="utf-8")
            args += [file_flags[part["name"]], str(path)]
    for name, value in (recorded.get("headers") or {}).items():
        if name.lower() not in CLIENT_HEADERS:
            args += ["--header", f"{name}: {value}"]
    header_name, header_value = auth_of(exchange)
    token = header_value.removeprefix("Bearer ")
    if "ManagementKeyAuth" in operation.security:
        args += ["--management-key", token]
    else:
        args += ["--api-key", token]
    if header_name == "authorization" and {"ApiKeyHeader", "ApiKeyAuth"} <= set(operation.security):
        args += ["--header", f"Authorization: {header_value}"]
    if exchange.status >= 400 and spec.body != "none":
        # Error exchanges may carry a body the server rejects: send it as recorded.
        args.append("--no-validate")
    return [*args, "--dry-run", "--base-url", "https://api.test"]


def check_printed(exchange: Exchange, printed: dict[str, Any]) -> None:
    recorded = exchange.request
    assert printed["method"] == recorded["method"]
    sent = urlsplit(printed["url"])
    expected = urlsplit(recorded["path"])
    assert f"{sent.scheme}://{sent.netloc}" == "https://api.test"
    assert sent.path == expected.path
    assert parse_qsl(sent.query, keep_blank_values=True) == parse_qsl(
        expected.query, keep_blank_values=True
    )
    header_name, header_value = auth_of(exchange)
    headers = {k.lower(): v for k, v in printed["headers"].items()}
    assert [k for k in headers if k in AUTH_HEADERS] == [header_name]
    assert "<redacted>" in headers[header_name]
    token = header_value.removeprefix("Bearer ")
    assert token not in json.dumps(printed)
    if "body" in recorded:
        assert printed["body"] == recorded["body"]
    elif "form" in recorded:
        form = recorded["form"]
        assert printed["body"]["fields"] == {
            str(k): str(v) for k, v in (form.get("fields") or {}).items()
        }
        assert [(f["name"], f["filename"], f["size"]) for f in printed["body"]["files"]] == [
            (f["name"], f["filename"], len(str(f.get("content", "")).encode()))
            for f in form.get("files") or []
        ]
    else:
        assert printed["body"] is None


@pytest.mark.parametrize("exchange", load_exchanges(), ids=lambda e: e.id)
def test_dry_run_prints_the_recorded_request(exchange: Exchange, scratch: Path) -> None:
    result = invoke(command_line(exchange, scratch))
    assert result.exit_code == 0, result.output
    check_printed(exchange, json.loads(result.stdout))


def test_dry_run_sends_nothing(serve: Any) -> None:
    server = serve(lambda request: (500, {}, b""))
    result = invoke(
        ["account", "get-balance", "--dry-run", "--api-key", "k" * 20, "--base-url", server.url]
    )
    assert result.exit_code == 0
    assert server.requests == []


def test_flags_override_json_fields() -> None:
    body = {"model": "seedance-2.0", "prompt": "from json", "duration_seconds": 5}
    result = invoke(
        [
            "seedance",
            "text-to-video",
            "create",
            "--json",
            json.dumps(body),
            "--prompt",
            "flag",
            "--dry-run",
        ]
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["body"] == {**body, "prompt": "flag"}


def test_json_from_file_and_stdin(tmp_path: Path) -> None:
    body = {"model": "seedance-2.0", "prompt": "a lake at dawn"}
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    base = ["seedance", "text-to-video", "create", "--dry-run"]
    from_file = invoke([*base, "--json", f"@{path}"])
    from_stdin = invoke([*base, "--json", "-"], stdin=json.dumps(body))
    assert json.loads(from_file.stdout)["body"] == body
    assert json.loads(from_stdin.stdout)["body"] == body


def test_typed_options() -> None:
    result = invoke(
        [
            "kling",
            "text-to-video",
            "create",
            "--model",
            "kling-3.0",
            "--prompt",
            "waves",
            "--duration-seconds",
            "5",
            "--aspect-ratio",
            "16:9",
            "--no-multi-shots",
            "--dry-run",
        ]
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)["body"]
    assert body["duration_seconds"] == 5 and body["multi_shots"] is False
    bad = invoke(["seedance", "text-to-video", "create", "--model", "nope", "--dry-run"])
    assert bad.exit_code == 2


def test_repeatable_array_option() -> None:
    result = invoke(
        [
            "seedance",
            "text-to-video",
            "create",
            "--model",
            "seedance-2.0",
            "--prompt",
            "a lake",
            "--reference-image-urls",
            "https://a.test/1.png",
            "--reference-image-urls",
            "https://a.test/2.png",
            "--dry-run",
        ]
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)["body"]
    assert body["reference_image_urls"] == ["https://a.test/1.png", "https://a.test/2.png"]


def test_table_output_of_dry_run() -> None:
    result = invoke(
        ["keys", "get", "key_1", "--dry-run", "-o", "table", "--management-key", "m" * 20]
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("GET https://runapi.ai/api/v1/keys/key_1")
    assert "Bearer <redacted>" in result.stdout
    assert "m" * 20 not in result.output


def test_command_has_click_parameters() -> None:
    _, command = commands()["keys.update"]
    names = {p.name for p in command.params if isinstance(p, click.Option)}
    assert {"json_body", "dry_run", "output"} <= names
