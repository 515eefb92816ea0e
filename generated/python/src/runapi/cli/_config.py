"""Credentials and settings: flag > environment variable > config file.

The config file is `$XDG_CONFIG_HOME/runapi/config.json` (default `~/.config/runapi/`), written
by `runapi auth login` with mode 0600 in a 0700 directory. Keys are only ever shown masked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

import click

__all__ = ["ENV", "Setting", "config_path", "load", "mask", "resolve", "save"]

#: Setting name -> environment variable.
ENV: dict[str, str] = {
    "api_key": "RUNAPI_API_KEY",
    "management_key": "RUNAPI_MANAGEMENT_KEY",
    "base_url": "RUNAPI_BASE_URL",
}


class Setting(NamedTuple):
    value: str | None
    source: str  # flag | env | config | default


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "runapi" / "config.json"


def load() -> dict[str, str]:
    path = config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise click.ClickException(f"{path} is not valid JSON; fix or delete it") from None
    if not isinstance(data, dict):
        raise click.ClickException(f"{path} does not hold a JSON object")
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def save(data: dict[str, str]) -> Path:
    """Write the config file atomically, readable by the owner only (0600)."""
    path = config_path()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # the umask may have narrowed it; never widen beyond 0600
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True)
            handle.write("\n")
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def resolve(name: str, flag: str | None, config: dict[str, str] | None = None) -> Setting:
    """One setting by precedence: the flag, then its environment variable, then the file."""
    if flag:
        return Setting(flag, "flag")
    env = os.environ.get(ENV[name])
    if env:
        return Setting(env, "env")
    stored = (load() if config is None else config).get(name)
    if stored:
        return Setting(stored, "config")
    return Setting(None, "default")


def mask(key: str | None) -> str | None:
    """First 4 and last 4 characters; short keys are hidden entirely."""
    if not key:
        return None
    if len(key) < 16:
        return "*" * 8
    return f"{key[:4]}...{key[-4:]}"
