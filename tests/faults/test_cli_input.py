"""Item 9, the CLI's input: JSON bodies and options that used to end in a traceback.

Deeply nested JSON (RecursionError), a non-UTF-8 `@file` or stdin (UnicodeDecodeError), a number
of thousands of digits (ValueError) and NaN are usage errors: exit 2, a message naming the
option, nothing sent. The same holds for the headers file of `webhooks verify`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .cli_support import (
    KEY,
    TEST_SECRET,
    Answer,
    ApiServer,
    Recorded,
    invoke,
    json_answer,
    run_process,
)

# Fixtures: imported by name, so pytest uses them in this module.
from .cli_support import api_server as api_server
from .cli_support import isolated_env as isolated_env

Serve = Callable[[Callable[[Recorded], Answer]], ApiServer]

DEEP = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 50_000 + "1" + "}" * 50_000
NOT_UTF8 = b'{"prompt": "caf\xe9 \xff\xfe"}'

#: (name, the JSON source text or file content, the words the message must hold)
BAD_JSON: list[tuple[str, bytes, str]] = [
    ("nested arrays", DEEP.encode(), "nested too deeply"),
    ("nested objects", DEEP_OBJECT.encode(), "nested too deeply"),
    ("nested in a field", b'{"prompt": ' + DEEP.encode() + b"}", "nested too deeply"),
    ("not UTF-8", NOT_UTF8, "UTF-8"),
    ("UTF-16", '{"prompt": "x"}'.encode("utf-16"), "UTF-8"),
    ("a 5000-digit number", b'{"seed": ' + b"7" * 5000 + b"}", "too many digits"),
    ("NaN", b'{"seed": NaN}', "NaN"),
    ("Infinity", b'{"seed": -Infinity}', "Infinity"),
    ("truncated", b'{"prompt": "x', "not valid JSON"),
]
IDS = [name for name, _, _ in BAD_JSON]


def _create(server: ApiServer, *extra: str) -> list[str]:
    command = ["seedance", "text-to-video", "create", "--model", "seedance-2.0", *extra]
    return [*command, "--base-url", server.url, "--api-key", KEY]


def _task_server(api_server: Serve) -> ApiServer:
    return api_server(lambda request: json_answer(202, {"id": "t", "status": "processing"}))


@pytest.mark.parametrize(("case", "content", "words"), BAD_JSON, ids=IDS)
def test_json_body_from_a_file(
    api_server: Serve, tmp_path: Path, case: str, content: bytes, words: str
) -> None:
    server = _task_server(api_server)
    body = tmp_path / "body.json"
    body.write_bytes(content)
    result = invoke(_create(server, "--json", f"@{body}"))
    assert result.exit_code == 2, result.output
    assert "--json" in result.stderr and words in result.stderr, result.stderr
    assert server.requests == []


@pytest.mark.parametrize(("case", "content", "words"), BAD_JSON, ids=IDS)
def test_json_body_from_stdin(api_server: Serve, case: str, content: bytes, words: str) -> None:
    server = _task_server(api_server)
    result = invoke(_create(server, "--json", "-"), stdin=content)
    assert result.exit_code == 2, result.output
    assert words in result.stderr, result.stderr
    assert server.requests == []


@pytest.mark.parametrize(
    ("case", "content", "words"), [c for c in BAD_JSON if c[1].isascii()], ids=IDS[:3] + IDS[5:]
)
def test_json_body_inline(api_server: Serve, case: str, content: bytes, words: str) -> None:
    server = _task_server(api_server)
    result = invoke(_create(server, "--json", content.decode()))
    assert result.exit_code == 2, result.output
    assert words in result.stderr, result.stderr
    assert server.requests == []


LLM = ["anthropic", "messages", "create", "--model", "claude-sonnet-4-6", "--max-tokens", "10"]


@pytest.mark.parametrize(
    ("case", "content", "words"),
    [
        ("nested", DEEP_OBJECT.encode(), "nested too deeply"),
        ("not UTF-8", NOT_UTF8, "UTF-8"),
        ("digits", b'{"n": ' + b"1" * 5000 + b"}", "too many digits"),
    ],
)
def test_a_json_option_from_a_file(
    api_server: Serve, tmp_path: Path, case: str, content: bytes, words: str
) -> None:
    """`--metadata` takes a JSON object, or @file."""
    server = api_server(lambda request: json_answer(200, {}))
    source = tmp_path / "metadata.json"
    source.write_bytes(content)
    result = invoke([*LLM, "--metadata", f"@{source}", "--base-url", server.url, "--api-key", KEY])
    assert result.exit_code == 2, result.output
    assert "--metadata" in result.stderr and words in result.stderr, result.stderr
    assert server.requests == []


def test_a_json_option_inline_nested_too_deeply(api_server: Serve) -> None:
    server = api_server(lambda request: json_answer(200, {}))
    result = invoke([*LLM, "--metadata", DEEP_OBJECT, "--base-url", server.url, "--api-key", KEY])
    assert result.exit_code == 2, result.output
    assert "nested too deeply" in result.stderr
    assert server.requests == []


def test_a_json_list_item_nested_too_deeply(api_server: Serve) -> None:
    """`--messages` repeats, each item a JSON value."""
    server = api_server(lambda request: json_answer(200, {}))
    result = invoke([*LLM, "--messages", DEEP, "--base-url", server.url, "--api-key", KEY])
    assert result.exit_code == 2, result.output
    assert "nested too deeply" in result.stderr
    assert server.requests == []


def test_a_text_field_that_looks_like_a_json_constant_stays_text(api_server: Serve) -> None:
    server = _task_server(api_server)
    result = invoke(_create(server, "--prompt", "NaN", "--dry-run"))
    assert result.exit_code == 0, result.output
    assert '"prompt": "NaN"' in result.stdout


@pytest.mark.parametrize(
    "content",
    [NOT_UTF8, ('{"x": ' + DEEP + "}").encode(), b'{"X-Callback-Id": ' + b"1" * 5000 + b"}"],
    ids=["not UTF-8", "nested", "digits"],
)
def test_webhooks_verify_headers_file(tmp_path: Path, content: bytes) -> None:
    headers = tmp_path / "headers.json"
    headers.write_bytes(content)
    body = tmp_path / "body.json"
    body.write_bytes(b"{}")
    result = invoke(
        ["webhooks", "verify", "--secret", TEST_SECRET, "--headers", str(headers), str(body)]
    )
    assert result.exit_code == 2, result.output
    assert "--headers" in result.stderr


def test_the_exit_code_contract_as_a_process(tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_bytes(DEEP.encode())
    for args, stdin in (
        (["--json", f"@{body}"], None),
        (["--json", "-"], NOT_UTF8),
    ):
        command = ["seedance", "text-to-video", "create", "--model", "seedance-2.0", *args]
        done = run_process(
            [*command, "--api-key", KEY, "--base-url", "http://127.0.0.1:9"],
            stdin=stdin,
        )
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
