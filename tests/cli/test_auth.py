"""`runapi auth`: the config file (0600), masking, and flag > env > config precedence."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from .conftest import invoke

KEY = "sk-live-abcdefghijklmnopqrstuvwxyz0123"
MANAGEMENT = "mk-live-0123456789zyxwvutsrqponm"


def test_login_writes_a_private_file_and_never_prints_the_key(isolated_env: Path) -> None:
    login = invoke(["auth", "login"], stdin=KEY + "\n")
    assert login.exit_code == 0, login.output
    path = isolated_env / "runapi" / "config.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text(encoding="utf-8")) == {"api_key": KEY}
    management = invoke(["auth", "login", "--management"], stdin=MANAGEMENT + "\n")
    assert management.exit_code == 0
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "api_key": KEY,
        "management_key": MANAGEMENT,
    }
    status = invoke(["auth", "status"])
    assert status.exit_code == 0
    report = json.loads(status.stdout)
    config = f"the config file {path}"
    assert report["api_key"] == {"value": "sk-l...0123", "source": "config", "from": config}
    assert report["management_key"] == {"value": "mk-l...ponm", "source": "config", "from": config}
    table = invoke(["auth", "status", "--output", "table"])
    for result in (login, management, status, table):
        assert KEY not in result.output and MANAGEMENT not in result.output


def test_key_is_not_taken_from_argv() -> None:
    result = invoke(["auth", "login", KEY])
    assert result.exit_code == 2


def test_empty_stdin_is_refused() -> None:
    assert invoke(["auth", "login"], stdin="\n").exit_code == 2


def test_precedence_flag_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    invoke(["auth", "login"], stdin=KEY + "\n")
    monkeypatch.setenv("RUNAPI_API_KEY", "sk-env-key-000000000000000")
    report = json.loads(invoke(["auth", "status"]).stdout)
    assert report["api_key"]["source"] == "env"
    # The stored key is used by operations when nothing else is set.
    monkeypatch.delenv("RUNAPI_API_KEY")
    seen = json.loads(invoke(["account", "get-balance", "--dry-run"]).stdout)
    assert seen["headers"]["authorization"] == "Bearer <redacted>"
    assert KEY not in json.dumps(seen)


def test_status_without_keys_exits_3() -> None:
    result = invoke(["auth", "status"])
    assert result.exit_code == 3
    assert json.loads(result.stdout)["api_key"] == {"value": None, "source": None, "from": None}


def test_logout_removes_the_key(isolated_env: Path) -> None:
    invoke(["auth", "login"], stdin=KEY + "\n")
    assert invoke(["auth", "logout"]).exit_code == 0
    path = isolated_env / "runapi" / "config.json"
    assert json.loads(path.read_text(encoding="utf-8")) == {}


def test_a_parsed_command_line_does_not_show_its_keys() -> None:
    """The record of one operation command's options holds the keys given as flags; printing
    it (a debugger, a log line, a traceback's locals) must not show them."""
    from runapi.cli._run import Invocation

    invocation = Invocation(
        {"api_key": KEY, "management_key": MANAGEMENT, "dry_run": True}, [], [], []
    )
    assert (invocation.api_key, invocation.management_key) == (KEY, MANAGEMENT)
    for shown in (repr(invocation), str(invocation), f"{invocation!r}"):
        assert KEY not in shown and MANAGEMENT not in shown
