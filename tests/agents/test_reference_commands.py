"""Every CLI command the API reference quotes (its "RunAPI CLI" and webhook sections), run as
the reference writes it: `printf '%s' "$RUNAPI_API_KEY" | runapi auth import-token --token -`,
`runapi auth status`, `runapi version`, `runapi agent install-skill --target ...`,
`runapi agent list-targets` and `runapi listen --forward-to URL`."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from runapi import __api_version__, __version__, webhooks

from tests.cli.conftest import Handler, LocalServer, Request, invoke, json_answer

KEY = "sk-live-reference0123456789abcdef"
FORWARD_TO = "http://localhost:3000/webhooks"
TARGETS = {
    "claude": ".claude/skills",
    "codex": ".agents/skills",
    "gemini": ".gemini/skills",
    "openclaw": ".openclaw/skills",
    "hermes": ".hermes/skills",
}


def _config(xdg: Path) -> Path:
    return xdg / "runapi" / "config.json"


def _me(status: int) -> Handler:
    def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.method == "GET" and request.path == "/api/v1/me":
            return json_answer(status, {"id": "user_1"} if status == 200 else {"error": "no"})
        return json_answer(404, {"error": "not found"})

    return answer


def test_import_token_from_stdin_verifies_then_writes_a_private_config(
    serve: Callable[[Handler], LocalServer], monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    server = serve(_me(200))
    monkeypatch.setenv("RUNAPI_BASE_URL", server.url)
    # printf '%s' "$RUNAPI_API_KEY" | runapi auth import-token --token -
    result = invoke(["auth", "import-token", "--token", "-"], stdin=KEY)
    assert result.exit_code == 0, result.output
    assert [(r.method, r.path) for r in server.requests] == [("GET", "/api/v1/me")]
    assert server.requests[0].headers["Authorization"] == f"Bearer {KEY}"
    path = _config(Path(os.environ["XDG_CONFIG_HOME"]))
    assert json.loads(path.read_text(encoding="utf-8")) == {"api_key": KEY}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    report = json.loads(result.stdout)
    assert report["verified"] is True and report["api_key"] == "sk-l...cdef"
    assert KEY not in result.output


def test_import_token_refused_key_writes_nothing(
    serve: Callable[[Handler], LocalServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNAPI_BASE_URL", serve(_me(401)).url)
    result = invoke(["auth", "import-token", "--token", "-"], stdin=KEY)
    assert result.exit_code == 3
    assert "refused the key" in result.output and KEY not in result.output
    assert not _config(Path(os.environ["XDG_CONFIG_HOME"])).exists()


def test_import_token_unreachable_api_names_skip_verify(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNAPI_BASE_URL", "http://127.0.0.1:9")  # discard port: refused
    result = invoke(["auth", "import-token", "--token", "-"], stdin=KEY)
    assert result.exit_code == 9
    assert "--skip-verify" in result.output
    assert not _config(Path(os.environ["XDG_CONFIG_HOME"])).exists()


def test_import_token_skip_verify_sends_nothing(
    serve: Callable[[Handler], LocalServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = serve(_me(200))
    monkeypatch.setenv("RUNAPI_BASE_URL", server.url)
    result = invoke(["auth", "import-token", "--token", "-", "--skip-verify"], stdin=KEY)
    assert result.exit_code == 0, result.output
    assert server.requests == []
    assert json.loads(result.stdout)["verified"] is False


def test_import_token_from_the_flag_warns_about_ps(
    serve: Callable[[Handler], LocalServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNAPI_BASE_URL", serve(_me(200)).url)
    result = invoke(["auth", "import-token", "--token", KEY])
    assert result.exit_code == 0
    assert "visible to other users in `ps`" in result.stderr
    assert KEY not in result.output


def test_auth_status_reports_each_source_and_the_base_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    invoke(["auth", "import-token", "--token", "-", "--skip-verify"], stdin=KEY)
    status = invoke(["auth", "status"])
    assert status.exit_code == 0
    report = json.loads(status.stdout)
    config = str(_config(Path(os.environ["XDG_CONFIG_HOME"])))
    assert report["api_key"] == {
        "value": "sk-l...cdef",
        "source": "config",
        "from": f"the config file {config}",
    }
    assert report["base_url"] == {
        "value": "https://runapi.ai",
        "source": "default",
        "from": "the default",
    }
    # export RUNAPI_API_KEY=<your-key>; runapi auth status
    monkeypatch.setenv("RUNAPI_API_KEY", "sk-env-0123456789abcdef")
    monkeypatch.setenv("RUNAPI_BASE_URL", "http://127.0.0.1:8080")
    report = json.loads(invoke(["auth", "status"]).stdout)
    assert report["api_key"]["from"] == "RUNAPI_API_KEY"
    assert report["base_url"] == {
        "value": "http://127.0.0.1:8080",
        "source": "env",
        "from": "RUNAPI_BASE_URL",
    }
    flagged = json.loads(invoke(["auth", "status", "--api-key", "sk-flag-0123456789ab"]).stdout)
    assert flagged["api_key"]["from"] == "--api-key"
    assert KEY not in status.output


def test_version_prints_sdk_cli_and_api_versions() -> None:
    result = invoke(["version"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["sdk"] == report["cli"] == __version__
    assert report["api"] == __api_version__
    assert invoke(["--version"]).stdout.strip() == f"runapi {__version__} (API {__api_version__})"


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_agent_install_skill_for_each_target(target: str, home: Path) -> None:
    result = invoke(["agent", "install-skill", "--target", target])
    assert result.exit_code == 0, result.output
    directory = home / TARGETS[target] / "runapi-cli"
    assert json.loads(result.stdout)["path"] == str(directory)
    assert (
        (directory / "SKILL.md").read_text(encoding="utf-8").startswith("---\nname: runapi-cli\n")
    )
    assert (directory / "references" / "seedance.md").is_file()
    listed = json.loads(invoke(["agent", "list-targets"]).stdout)
    assert {row["target"]: row["installed"] for row in listed} == {
        name: name == target for name in TARGETS
    }


def test_agent_install_skill_target_dir(tmp_path: Path, home: Path) -> None:
    result = invoke(
        ["agent", "install-skill", "--target", "claude", "--target-dir", str(tmp_path / "p")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "p" / "runapi-cli" / "SKILL.md").is_file()
    assert not (home / ".claude").exists()  # --target-dir overrides the target's own directory


def test_agent_list_targets_names_every_path(home: Path) -> None:
    result = invoke(["agent", "list-targets"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {row["target"]: row["path"] for row in rows} == {
        name: str(home / relative / "runapi-cli") for name, relative in TARGETS.items()
    }


def test_listen_forward_to_says_what_it_can_do_and_does_not_relay() -> None:
    # runapi listen --forward-to http://localhost:3000/webhooks
    result = invoke(["listen", "--forward-to", FORWARD_TO])
    assert result.exit_code == 2
    assert "does not relay" in result.stderr
    assert "runapi webhooks listen" in result.stderr
    assert "Ready!" not in result.output and "Forwarding to" not in result.output


def test_listen_with_a_secret_runs_the_verifying_receiver(tmp_path: Path) -> None:
    secret = "c2VjcmV0LWZvci10ZXN0cw=="
    env = {**os.environ, "RUNAPI_WEBHOOK_SECRET": secret}
    process = subprocess.Popen(
        [sys.executable, "-m", "runapi.cli", "listen", "--port", "0", "--max-requests", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()
        assert "not a relay" in banner
        line = process.stderr.readline()
        port = int(re.search(r"127\.0\.0\.1:(\d+)", line).group(1))  # type: ignore[union-attr]
        body = b'{"id":"task_1","status":"completed"}'
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Callback-Id": "cb_1",
            "X-Callback-Timestamp": timestamp,
            "X-Callback-Signature": webhooks.sign(body, "cb_1", timestamp, secret),
        }
        answer = httpx.post(f"http://127.0.0.1:{port}/", content=body, headers=headers)
        assert answer.status_code == 200  # verified like production, then acknowledged
        out, _err = process.communicate(timeout=20)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0
    assert "task_1" in out.splitlines()[0]
