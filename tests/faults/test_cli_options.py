"""Item 10: bad per-request options exit 2 (usage; nothing sent), never 9 "connection error".

A bad base URL (from the flag, the environment or the config file), a header with a line break
or an invalid name, and a timeout or poll interval that is not a positive finite number are
refused before any request; their messages never quote a header value (it may be a key).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from .cli_support import KEY, Answer, ApiServer, Recorded, invoke, json_answer, run_process

# Fixtures: imported by name, so pytest uses them in this module.
from .cli_support import api_server as api_server
from .cli_support import isolated_env as isolated_env

Serve = Callable[[Callable[[Recorded], Answer]], ApiServer]

#: Base URLs that cannot work; `{url}` is the local server's http://127.0.0.1:PORT.
BAD_BASE_URLS = [
    "{host}",  # no scheme
    "127.0.0.1",
    "runapi.ai",
    "localhost:8080",
    "ftp://{host}",
    "http//{host}",
    "http:/{host}",
    "{url} ",
    " {url}",
    "{url}/ api",
    "http://exa mple.com",
    "http://{host}\n",
    "http://{host}\r\nX-Injected: 1",
    "http://{host}\t",
    "http://bad host",
    "http://",
    "http://:80",
    "https://a..b",
    "https://-/",
    "https://bad!host",
    "https://[::1",
    "https://[not-ipv6]",
    "https://x:99999",
    "https://x:port",
    "https://x:0",
    "https://user:secret@runapi.ai",
    "{url}?q=1",
    "{url}#fragment",
    "https://-x.example",
    "https://x-.example",
]


def _format(template: str, url: str) -> str:
    return template.format(url=url, host=url.removeprefix("http://"))


def _get(server: ApiServer, *extra: str) -> list[str]:
    return ["seedance", "text-to-video", "get", "task_1", "--api-key", KEY, *extra]


@pytest.mark.parametrize("template", BAD_BASE_URLS)
def test_a_bad_base_url_flag_exits_2_and_sends_nothing(api_server: Serve, template: str) -> None:
    server = api_server(lambda request: json_answer(200, {"id": "t", "status": "processing"}))
    url = _format(template, server.url)
    result = invoke(_get(server, "--base-url", url))
    assert result.exit_code == 2, result.output
    assert "base URL" in result.stderr
    assert "secret" not in result.stderr  # credentials in a URL are masked
    assert server.requests == []


@pytest.mark.parametrize("template", ["{host}", "http://exa mple.com", "ftp://{host}", "{url}?x"])
def test_a_bad_base_url_from_the_environment_exits_2_naming_it(
    api_server: Serve, monkeypatch: pytest.MonkeyPatch, template: str
) -> None:
    server = api_server(lambda request: json_answer(200, {}))
    monkeypatch.setenv("RUNAPI_BASE_URL", _format(template, server.url))
    result = invoke(_get(server))
    assert result.exit_code == 2, result.output
    assert "RUNAPI_BASE_URL" in result.stderr
    assert server.requests == []


def test_a_bad_base_url_from_the_config_file_exits_2_naming_it(
    api_server: Serve, isolated_env: Path
) -> None:
    server = api_server(lambda request: json_answer(200, {}))
    path = isolated_env / "runapi" / "config.json"
    path.parent.mkdir(parents=True, mode=0o700)
    path.write_text(json.dumps({"base_url": server.url.removeprefix("http://")}))
    path.chmod(0o600)
    result = invoke(_get(server))
    assert result.exit_code == 2, result.output
    assert str(path) in result.stderr
    assert server.requests == []


def test_a_good_base_url_still_works(api_server: Serve) -> None:
    server = api_server(lambda request: json_answer(200, {"id": "t", "status": "processing"}))
    for url in (server.url, server.url + "/", server.url.replace("127.0.0.1", "localhost")):
        result = invoke(_get(server, "--base-url", url))
        assert result.exit_code == 0, result.output
    assert len(server.requests) == 3


SECRET_VALUE = "Bearer sk-header-secret-value"
#: --header arguments that cannot be sent as one header line.
BAD_HEADERS = [
    f"Authorization: {SECRET_VALUE}\r\nX-Injected: 1",
    f"Authorization: {SECRET_VALUE}\nX-Injected: 1",
    f"Authorization: {SECRET_VALUE}\r",
    f"Authorization: {SECRET_VALUE}\n",
    f"Authorization: {SECRET_VALUE}\x00",
    f"Authorization: {SECRET_VALUE}\x1b[2J",
    f"Authorization: {SECRET_VALUE}\x7f",
    f"Authorization: {SECRET_VALUE}é",
    f"Authorization: {SECRET_VALUE}\u2028",
    f"X Api Key: {SECRET_VALUE}",
    f"X-Key(1): {SECRET_VALUE}",
    f"X-Kéy: {SECRET_VALUE}",
    f"X\r\nInjected: {SECRET_VALUE}",
    f"X-Key\x00: {SECRET_VALUE}",
    f"[X]: {SECRET_VALUE}",
    f"X/Y: {SECRET_VALUE}",
    f": {SECRET_VALUE}",
    f"   : {SECRET_VALUE}",
    SECRET_VALUE,  # no colon: the key pasted where a header was meant
    "",
]


@pytest.mark.parametrize("header", BAD_HEADERS)
def test_a_bad_header_exits_2_sends_nothing_and_does_not_echo_the_value(
    api_server: Serve, header: str
) -> None:
    server = api_server(lambda request: json_answer(200, {"id": "t", "status": "processing"}))
    result = invoke(_get(server, "--base-url", server.url, "--header", header))
    assert result.exit_code == 2, result.output
    assert "--header" in result.stderr
    assert "sk-header-secret-value" not in result.output
    assert server.requests == []


def test_good_headers_are_sent(api_server: Serve) -> None:
    server = api_server(lambda request: json_answer(200, {"id": "t", "status": "processing"}))
    headers = ["X-Trace: abc", "X-Tabbed:\tvalue with spaces  ", "X-Empty:", "X.Odd~Name!: 1"]
    args = [arg for header in headers for arg in ("--header", header)]
    result = invoke(_get(server, "--base-url", server.url, *args))
    assert result.exit_code == 0, result.output
    sent = server.requests[0].headers
    assert sent["X-Trace"] == "abc"
    assert sent["X-Tabbed"] == "value with spaces"
    assert sent["X-Empty"] == ""
    assert sent["X.Odd~Name!"] == "1"


BAD_SECONDS = ["nan", "NaN", "inf", "-inf", "Infinity", "-1", "0", "-0", "1e308", "abc", ""]


TASK = ["seedance", "text-to-video"]
BODY = ["--model", "seedance-2.0", "--prompt", "A lake at dawn"]
DURATION_OPTIONS = {
    "get-timeout": [*TASK, "get", "task_1", "--timeout"],
    "wait-timeout": [*TASK, "wait", "task_1", "--timeout"],
    "wait-poll": [*TASK, "wait", "task_1", "--poll-interval"],
    "run-timeout": [*TASK, "run", *BODY, "--timeout"],
    "run-poll": [*TASK, "run", *BODY, "--poll-interval"],
    "create-wait-poll": [*TASK, "create", "--wait", *BODY, "--poll-interval"],
}


@pytest.mark.parametrize("value", BAD_SECONDS)
@pytest.mark.parametrize("command", DURATION_OPTIONS.values(), ids=DURATION_OPTIONS.keys())
def test_a_duration_that_is_not_a_positive_finite_number_exits_2(
    api_server: Serve, command: list[str], value: str
) -> None:
    """`--poll-interval 0` used to become 5 s and `--timeout nan` to wait forever."""
    completed = {"id": "task_1", "status": "completed", "videos": [{"url": "https://x/v.mp4"}]}
    server = api_server(lambda request: json_answer(200, completed))
    result = invoke([*command, value, "--base-url", server.url, "--api-key", KEY])
    assert result.exit_code == 2, result.output
    assert "seconds" in result.stderr
    assert server.requests == []


def test_a_small_poll_interval_is_honoured(api_server: Serve) -> None:
    polls: list[str] = []

    def handler(request: Recorded) -> Answer:
        polls.append(request.path)
        if len(polls) < 3:
            return json_answer(200, {"id": "task_1", "status": "processing"})
        return json_answer(200, {"id": "task_1", "status": "completed", "videos": []})

    server = api_server(handler)
    result = invoke(
        [
            "seedance",
            "text-to-video",
            "wait",
            "task_1",
            "--poll-interval",
            "0.01",
            "--base-url",
            server.url,
            "--api-key",
            KEY,
        ]
    )
    assert result.exit_code == 0, result.output
    assert len(polls) == 3


@pytest.mark.parametrize(
    "args",
    [
        ["--base-url", "runapi.ai"],
        ["--base-url", "http://127.0.0.1:9/ x"],
        ["--header", "X-A: 1\r\nX-B: 2"],
        ["--header", "Bad Name: 1"],
        ["--timeout", "nan"],
        ["--timeout", "-1"],
    ],
)
def test_the_exit_code_contract_as_a_process(args: list[str]) -> None:
    """Scripts see exit 2 (nothing sent; safe to fix and rerun), not 9 (retry)."""
    done = run_process(
        ["seedance", "text-to-video", "wait", "task_1", "--api-key", KEY, *args],
        env={"RUNAPI_BASE_URL": "http://127.0.0.1:9"},
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e999"])
def test_a_non_finite_number_option_exits_2_naming_the_field(api_server: Serve, value: str) -> None:
    # click reads these as floats; JSON has no form for them, so nothing may be sent.
    server = api_server(lambda request: json_answer(202, {"id": "t"}))
    args = ["kling", "text-to-video", "create", "--model", "kling-3.0", "--prompt", "p"]
    args += ["--aspect-ratio", "16:9", f"--cfg-scale={value}", "--api-key", KEY]
    result = invoke([*args, "--base-url", server.url])
    assert result.exit_code == 2, result.output
    assert "cfg_scale must be a finite number" in result.stderr
    assert server.requests == []
