"""Item 12, the CLI and docs parts: the usability slips.

`wait`, `run` and `create --wait` send `--header` with every poll (and never to the hosts
result files are downloaded from); `auth status` shows the base URL requests go to; `runapi
--help` describes keys, guardrails and guardrail assignments each in its own words; the docs
name the environment variable the CLI reads and do not say `--json` prints output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from runapi.cli import _webhooks

from .cli_support import KEY, Answer, ApiServer, Recorded, invoke, json_answer

# Fixtures: imported by name, so pytest uses them in this module.
from .cli_support import api_server as api_server
from .cli_support import isolated_env as isolated_env

Serve = Callable[[Callable[[Recorded], Answer]], ApiServer]
DOCS = Path(__file__).resolve().parents[2] / "generated" / "docs"
HEADERS = ["--header", "X-Trace-Id: trace-123", "--header", "X-Tenant: acme"]


def _task_server(api_server: Serve) -> ApiServer:
    polls: list[int] = []

    def handler(request: Recorded) -> Answer:
        if request.path.startswith("/files/"):
            return 200, {"Content-Type": "video/mp4"}, b"VIDEO"
        if request.method == "POST":
            return json_answer(202, {"id": "task_1", "status": "processing"})
        polls.append(1)
        if len(polls) < 3:
            return json_answer(200, {"id": "task_1", "status": "processing"})
        return json_answer(
            200,
            {
                "id": "task_1",
                "status": "completed",
                "videos": [{"url": f"{server.url}/files/video.mp4"}],
            },
        )

    server = api_server(handler)
    return server


BODY = ["--model", "seedance-2.0", "--prompt", "A lake at dawn"]


@pytest.mark.parametrize(
    "command",
    [
        ["run", *BODY],
        ["create", "--wait", *BODY],
        ["wait", "task_1"],
    ],
    ids=["run", "create --wait", "wait"],
)
def test_headers_are_sent_with_every_poll(
    api_server: Serve, tmp_path: Path, command: list[str]
) -> None:
    server = _task_server(api_server)
    result = invoke(
        [
            "seedance",
            "text-to-video",
            *command,
            *HEADERS,
            "--poll-interval",
            "0.01",
            "--download",
            str(tmp_path),
            "--base-url",
            server.url,
            "--api-key",
            KEY,
        ]
    )
    assert result.exit_code == 0, result.output
    api_calls = [r for r in server.requests if not r.path.startswith("/files/")]
    polls = [r for r in api_calls if r.method == "GET"]
    assert len(polls) == 3
    for request in api_calls:
        assert request.headers.get("X-Trace-Id") == "trace-123", (request.method, request.path)
        assert request.headers.get("X-Tenant") == "acme"
    # Result files live on other hosts: neither the key nor the extra headers go there.
    downloads = [r for r in server.requests if r.path.startswith("/files/")]
    assert len(downloads) == 1
    assert "X-Trace-Id" not in downloads[0].headers
    assert "Authorization" not in downloads[0].headers


def test_auth_status_shows_the_default_base_url() -> None:
    result = invoke(["auth", "status"])
    assert result.exit_code == 3  # no key configured
    status = json.loads(result.stdout)
    assert status["base_url"] == {
        "value": "https://runapi.ai",
        "source": "default",
        "from": "the default",
    }
    table = invoke(["auth", "status", "--output", "table"]).stdout
    assert re.search(r"base_url\s+https://runapi\.ai\s+\(from the default\)", table), table


def test_auth_status_shows_a_configured_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNAPI_BASE_URL", "http://127.0.0.1:8080")
    monkeypatch.setenv("RUNAPI_API_KEY", KEY)
    result = invoke(["auth", "status"])
    assert result.exit_code == 0
    status = json.loads(result.stdout)
    assert status["base_url"] == {
        "value": "http://127.0.0.1:8080",
        "source": "env",
        "from": "RUNAPI_BASE_URL",
    }
    assert KEY not in result.output


def test_auth_status_warns_about_a_base_url_commands_would_refuse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RUNAPI_BASE_URL", "runapi.ai")
    result = invoke(["auth", "status"])
    assert "warning: the base URL 'runapi.ai' must start with https://" in result.stderr
    assert "RUNAPI_BASE_URL" in result.stderr


MANAGEMENT_GROUPS = {
    "keys": "API keys",
    "guardrails": "guardrails",
    "guardrail-assignments": "guardrail assignments",
}


@pytest.mark.parametrize("width", [80, 100, 200])
def test_management_groups_have_their_own_untruncated_help_line(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    result = invoke(["--help"])
    lines = {}
    for line in result.stdout.splitlines():
        words = line.split(maxsplit=1)
        if len(words) == 2 and words[0] in MANAGEMENT_GROUPS:
            lines[words[0]] = words[1]
    assert set(lines) == set(MANAGEMENT_GROUPS)
    assert len(set(lines.values())) == 3, lines  # no shared text
    for group, things in MANAGEMENT_GROUPS.items():
        text = lines[group]
        assert not text.endswith("..."), text
        assert text.endswith(f" {things}."), text
        if group != "keys":
            assert "API keys" not in text, text


def test_each_management_group_help_describes_itself() -> None:
    for group, things in MANAGEMENT_GROUPS.items():
        result = invoke([group, "--help"])
        assert result.exit_code == 0
        assert f" {things}." in result.stdout, result.stdout


def _page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def test_the_callbacks_page_names_the_variable_the_cli_reads() -> None:
    page = _page("concepts/callbacks.md")
    assert _webhooks.SECRET_ENV == "RUNAPI_WEBHOOK_SECRET"
    assert "RUNAPI_WEBHOOK_SECRET" in page
    assert "RUNAPI_CALLBACK_SECRET" not in page


def test_no_docs_page_names_another_secret_variable() -> None:
    for page in DOCS.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for name in re.findall(r"RUNAPI_[A-Z_]*SECRET", text):
            assert name == _webhooks.SECRET_ENV, (page, name)


def test_getting_started_does_not_say_json_prints_output() -> None:
    page = _page("getting-started.md")
    paragraph = next(p for p in page.split("\n\n") if "`--json`" in p)
    sentence = next(s for s in re.split(r"(?<=[.;])\s", paragraph) if "`--json`" in s)
    assert "print" not in sentence, sentence
    assert "body" in sentence, sentence
    assert "--output" in paragraph
