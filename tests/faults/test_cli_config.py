"""Item 6 and the config part of item 10: the config file under a hostile or careless setup.

A symlink planted where the temp file goes never receives the key; the directory ends 0700;
a config others can write is refused and one they can read is used with a warning (as ssh
does); every unusable config file exits 2 (usage/config), never 1 ("callback not authentic"),
never a traceback, and nothing is sent.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from .cli_support import (
    KEY,
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

VICTIM_TEXT = "the file a planted symlink points at\n"


def _config_file(xdg: Path) -> Path:
    return xdg / "runapi" / "config.json"


def _login(key: str = KEY) -> tuple[int, str]:
    result = invoke(["auth", "login"], stdin=key + "\n")
    return result.exit_code, result.output


def test_a_symlink_planted_at_the_temp_name_never_receives_the_key(
    isolated_env: Path, tmp_path: Path
) -> None:
    directory = isolated_env / "runapi"
    directory.mkdir(parents=True, mode=0o700)
    victim = tmp_path / "victim.txt"
    victim.write_text(VICTIM_TEXT)
    # The name the original code used for its temp file (this process writes the config).
    (directory / f".config.json.{os.getpid()}.tmp").symlink_to(victim)
    code, output = _login()
    assert code == 0, output
    assert victim.read_text() == VICTIM_TEXT
    config = _config_file(isolated_env)
    assert not config.is_symlink()
    assert json.loads(config.read_text())["api_key"] == KEY


def test_the_temp_file_is_created_exclusively_without_following_symlinks(
    isolated_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever name the temp file gets: a symlink (or file) already there is never opened."""
    directory = isolated_env / "runapi"
    directory.mkdir(parents=True, mode=0o700)
    victim = tmp_path / "victim.txt"
    victim.write_text(VICTIM_TEXT)
    (directory / ".config.json.planted.tmp").symlink_to(victim)
    (directory / ".config.json.taken.tmp").write_text("someone else's file")
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: iter(["planted", "taken", "ok"]))
    code, output = _login()
    assert code == 0, output
    assert victim.read_text() == VICTIM_TEXT
    assert (directory / ".config.json.taken.tmp").read_text() == "someone else's file"
    assert json.loads(_config_file(isolated_env).read_text())["api_key"] == KEY
    assert not (directory / ".config.json.ok.tmp").exists()  # renamed into place


def test_the_config_file_is_0600_and_an_existing_directory_is_narrowed_to_0700(
    isolated_env: Path,
) -> None:
    directory = isolated_env / "runapi"
    directory.mkdir(parents=True)
    directory.chmod(0o755)
    code, output = _login()
    assert code == 0, output
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert stat.S_IMODE(_config_file(isolated_env).stat().st_mode) == 0o600
    assert KEY not in output


def test_a_new_directory_is_created_0700(isolated_env: Path) -> None:
    code, output = _login()
    assert code == 0, output
    assert stat.S_IMODE((isolated_env / "runapi").stat().st_mode) == 0o700


def _write_config(xdg: Path, data: object, mode: int = 0o600, dir_mode: int = 0o700) -> Path:
    path = _config_file(xdg)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))
    path.chmod(mode)
    path.parent.chmod(dir_mode)
    return path


def test_a_config_others_can_read_is_used_with_a_warning(isolated_env: Path) -> None:
    path = _write_config(isolated_env, {"api_key": KEY}, mode=0o644)
    result = invoke(["auth", "status"])
    assert result.exit_code == 0, result.output
    assert "readable by other users" in result.stderr
    assert f"chmod 600 {path}" in result.stderr
    assert json.loads(result.stdout)["api_key"]["source"] == "config"
    assert KEY not in result.output


@pytest.mark.parametrize("mode", [0o620, 0o602, 0o666])
def test_a_config_others_can_write_is_refused(isolated_env: Path, mode: int) -> None:
    path = _write_config(isolated_env, {"api_key": KEY}, mode=mode)
    result = invoke(["auth", "status"])
    assert result.exit_code == 2, result.output
    assert "writable by other users" in result.stderr and str(path) in result.stderr
    assert KEY not in result.output


def test_a_config_directory_others_can_write_is_refused(isolated_env: Path) -> None:
    path = _write_config(isolated_env, {"api_key": KEY}, dir_mode=0o777)
    result = invoke(["auth", "status"])
    assert result.exit_code == 2, result.output
    assert "writable by other users" in result.stderr and str(path.parent) in result.stderr


#: Config files that cannot be used: (name, raw content, words the message must hold).
BROKEN: list[tuple[str, bytes, str]] = [
    ("malformed JSON", b'{"api_key": ', "not valid JSON"),
    ("not UTF-8", b'{"api_key": "\xff\xfe"}', "not UTF-8"),
    ("an array", b'["api_key"]', "JSON object"),
    ("a string", b'"sk-key"', "JSON object"),
    ("api_key a number", b'{"api_key": 123}', "'api_key' must be a string"),
    ("base_url an object", b'{"base_url": {"url": "x"}}', "'base_url' must be a string"),
    ("management_key a list", b'{"management_key": ["a"]}', "must be a string"),
    ("api_key a boolean", b'{"api_key": true}', "must be a string"),
    ("deeply nested", b'{"x": ' + b"[" * 20_000 + b"]" * 20_000 + b"}", "not valid JSON"),
    ("a 5000-digit number", b'{"x": ' + b"9" * 5000 + b"}", "not valid JSON"),
    ("empty", b"", "not valid JSON"),
    ("huge", b'{"x": "' + b"a" * 70_000 + b'"}', "larger than"),
    ("a bad base URL", b'{"base_url": "runapi.ai"}', "must start with https://"),
]


@pytest.mark.parametrize(("case", "content", "words"), BROKEN, ids=[c for c, _, _ in BROKEN])
def test_an_unusable_config_file_exits_2_and_sends_nothing(
    isolated_env: Path, api_server: Serve, case: str, content: bytes, words: str
) -> None:
    server = api_server(lambda request: json_answer(200, {"balance_cents": 1}))
    path = _config_file(isolated_env)
    path.parent.mkdir(parents=True, mode=0o700)
    path.write_bytes(content)
    path.chmod(0o600)
    operation = ["account", "get-balance", "--api-key", KEY]
    if case != "a bad base URL":
        operation += ["--base-url", server.url]
    for args in (operation, ["auth", "status"]):
        result = invoke(args)
        if case == "a bad base URL" and args[0] == "auth":
            # `auth status` shows the stored URL and warns; it sends nothing.
            assert "must start with https://" in result.stderr
            continue
        assert result.exit_code == 2, (args, result.output)
        assert words in result.stderr, result.stderr
        assert "Traceback" not in result.output
        assert KEY not in result.output
    assert server.requests == []


def test_a_directory_at_the_config_path_exits_2(isolated_env: Path) -> None:
    _config_file(isolated_env).mkdir(parents=True)
    result = invoke(["auth", "status"])
    assert result.exit_code == 2, result.output
    assert "config file" in result.stderr


def test_a_config_error_exits_2_as_a_process(isolated_env: Path) -> None:
    path = _config_file(isolated_env)
    path.parent.mkdir(parents=True, mode=0o700)
    path.write_text("{not json")
    path.chmod(0o600)
    done = run_process(
        ["account", "get-balance", "--api-key", KEY, "--base-url", "http://127.0.0.1:9"],
        env={"XDG_CONFIG_HOME": str(isolated_env)},
    )
    assert done.returncode == 2, done.stderr
    assert str(path) in done.stderr and "Traceback" not in done.stderr


def test_login_refuses_a_bad_base_url_and_stores_nothing(isolated_env: Path) -> None:
    result = invoke(["auth", "login", "--base-url", "runapi.ai"], stdin=KEY + "\n")
    assert result.exit_code == 2
    assert "did you mean 'https://runapi.ai'" in result.stderr
    assert not _config_file(isolated_env).exists()


def test_login_refuses_a_key_on_stdin_that_is_not_utf8(isolated_env: Path) -> None:
    result = invoke(["auth", "login"], stdin=b"sk-\xff\xfe-key\n")
    assert result.exit_code == 2, result.output
    assert "UTF-8" in result.stderr
    assert not _config_file(isolated_env).exists()
