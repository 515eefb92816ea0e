"""Credentials and settings: flag > environment variable > config file.

The config file is `$XDG_CONFIG_HOME/runapi/config.json` (default `~/.config/runapi/`), written
by `runapi auth login` with mode 0600 in a 0700 directory. Keys are only ever shown masked.

Like ssh with a private key, the file is checked before it is used: one that other users can
write (or in a directory they can write) is refused, since whoever changes `base_url` receives
the key with the next request; one they can read is used with a warning, since the key may
have been read already. Every problem with the file exits 2 (usage/config), with its path.
"""

from __future__ import annotations

import json
import os
import stat
from typing import Any, NamedTuple

import click

__all__ = [
    "ENV",
    "SETTINGS",
    "ConfigError",
    "Setting",
    "config_path",
    "describe_source",
    "load",
    "mask",
    "resolve",
    "save",
]

#: Setting name -> environment variable.
ENV: dict[str, str] = {
    "api_key": "RUNAPI_API_KEY",
    "management_key": "RUNAPI_MANAGEMENT_KEY",
    "base_url": "RUNAPI_BASE_URL",
}
SETTINGS = tuple(ENV)
#: A config file holds a few short strings; anything larger is not one.
_MAX_SIZE = 64 * 1024
_CHECK_MODES = os.name == "posix"  # Windows has no group/other permission bits to check
#: Config files already warned about in this process (a command may read the file twice).
_warned: set[str] = set()


class ConfigError(click.ClickException):
    """A config file that cannot be used: exit 2, the usage/config code (never 1)."""

    exit_code = 2


class Setting(NamedTuple):
    value: str | None
    source: str  # flag | env | config | default


def config_path() -> str:
    # A plain string path: pathlib (with urllib.parse and ipaddress) is a few milliseconds of
    # every command's start-up.
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "runapi", "config.json")


def load() -> dict[str, str]:
    """The settings stored in the config file ({} when there is none)."""
    path = config_path()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"cannot read the config file {path}: {exc.strerror}") from None
    try:
        # fstat of the open file: the mode checked is the mode of the file read.
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"the config file {path} is not a regular file")
        _check_permissions(path, info.st_mode)
        with os.fdopen(os.dup(fd), "rb") as handle:
            raw = handle.read(_MAX_SIZE + 1)
    except OSError as exc:
        raise ConfigError(f"cannot read the config file {path}: {exc.strerror}") from None
    finally:
        os.close(fd)
    return _parse(path, raw)


def _check_permissions(path: str, mode: int) -> None:
    if not _CHECK_MODES:
        return
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise ConfigError(
            f"the config file {path} is writable by other users, who could redirect your "
            f"key to another server; refusing to use it. Fix with: chmod 600 {path}"
        )
    parent = os.path.dirname(path)
    directory = os.stat(parent).st_mode
    if directory & (stat.S_IWGRP | stat.S_IWOTH) and not directory & stat.S_ISVTX:
        raise ConfigError(
            f"the config directory {parent} is writable by other users, who could "
            f"replace the config file; refusing to use it. Fix with: chmod 700 {parent}"
        )
    if mode & (stat.S_IRGRP | stat.S_IROTH) and path not in _warned:
        _warned.add(path)
        click.echo(
            f"warning: the config file {path} is readable by other users; fix with "
            f"`chmod 600 {path}`, and consider rotating the keys it holds",
            err=True,
        )


def _parse(path: str, raw: bytes) -> dict[str, str]:
    if len(raw) > _MAX_SIZE:
        raise ConfigError(f"the config file {path} is larger than {_MAX_SIZE} bytes")
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"the config file {path} is not UTF-8 text; fix or delete it") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"the config file {path} is not valid JSON ({exc.msg} at line {exc.lineno}); "
            "fix or delete it"
        ) from None
    except (ValueError, RecursionError):
        raise ConfigError(f"the config file {path} is not valid JSON; fix or delete it") from None
    if not isinstance(data, dict):
        raise ConfigError(f"the config file {path} does not hold a JSON object")
    settings: dict[str, str] = {}
    for name in SETTINGS:
        value = data.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ConfigError(
                f"the config file {path}: {name!r} must be a string, not {_json_type(value)}"
            )
        settings[name] = value
    return settings


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a " + type(value).__name__


def save(data: dict[str, str]) -> str:
    """Write the config file atomically, readable by the owner only (0600, in a 0700 dir).

    The temporary file comes from `tempfile.mkstemp`: a fresh random name, opened with
    O_CREAT | O_EXCL | O_NOFOLLOW and mode 0600, so nothing planted in the directory (a
    symlink, a file of another mode) ever receives the key. It is written, fsynced and renamed
    over the config file, so a crash leaves the old file or the new one, never half of it.
    """
    import tempfile  # only `auth login|logout` write; every command reads

    path = config_path()
    directory, name = os.path.split(path)
    _private_directory(directory)
    fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    _sync_directory(directory)
    return path


def _private_directory(directory: str) -> None:
    """Create the config directory 0700, or narrow an existing one to 0700."""
    try:
        # As Path.mkdir(parents=True): the missing parents get the default mode, the last 0700.
        os.makedirs(directory, mode=0o700, exist_ok=True)
        if _CHECK_MODES and stat.S_IMODE(os.stat(directory).st_mode) & 0o077:
            os.chmod(directory, 0o700)
    except OSError as exc:
        raise ConfigError(
            f"cannot prepare the config directory {directory}: {exc.strerror}"
        ) from None


def _sync_directory(directory: str) -> None:
    """Make the rename durable; a no-op where directories cannot be opened (Windows)."""
    if not _CHECK_MODES:
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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


def describe_source(name: str, source: str) -> str:
    """Where a setting came from, in words for an error message."""
    if source == "flag":
        return "--" + name.replace("_", "-")
    if source == "env":
        return ENV[name]
    if source == "config":
        return f"the config file {config_path()}"
    return "the default"


def mask(key: str | None) -> str | None:
    """First 4 and last 4 characters; short keys are hidden entirely."""
    if not key:
        return None
    if len(key) < 16:
        return "*" * 8
    return f"{key[:4]}...{key[-4:]}"
