"""`runapi auth login|import-token|status|logout`: the credentials in the config file.

A key is read from stdin (or typed at a hidden prompt), never from the command line, where it
would land in the shell history and the process list. Keys are only ever shown masked.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from . import _checks, _config, _output

__all__ = ["auth"]

_NAMES = {"api_key": "API key", "management_key": "management key"}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def auth() -> None:
    """Store and show credentials (the config file).

    Precedence for each setting: the command-line flag, then the environment variable
    (RUNAPI_API_KEY, RUNAPI_MANAGEMENT_KEY, RUNAPI_BASE_URL), then the config file
    ($XDG_CONFIG_HOME/runapi/config.json, default ~/.config/runapi/config.json).

    The file is written 0600 in a 0700 directory. Like ssh, commands refuse a config file
    (or directory) that other users can write, and warn about one they can read.
    """


def _read_key(label: str) -> str:
    stdin = sys.stdin
    if stdin.isatty():
        key = str(click.prompt(f"Paste your {label}", hide_input=True, err=True))
    else:
        try:
            key = stdin.readline()
        except UnicodeDecodeError:
            raise click.UsageError(f"the {label} on stdin is not UTF-8 text") from None
    key = key.strip()
    if not key:
        raise click.UsageError(f"no {label} on stdin")
    if any(c.isspace() for c in key):
        raise click.UsageError(f"the {label} contains whitespace; paste the key alone")
    return key


@auth.command()
@click.option("--management", is_flag=True, help="Store the management key instead.")
@click.option("--base-url", metavar="URL", help="Also store a default API base URL.")
def login(management: bool, base_url: str | None) -> None:
    """Store a key in the config file (mode 0600); the key is read from stdin.

    \b
      echo "$KEY" | runapi auth login
      runapi auth login --management < management-key.txt
    """
    if base_url:
        _checks.base_url(_config.Setting(base_url, "flag"))
    name = "management_key" if management else "api_key"
    key = _read_key(_NAMES[name])
    data = _config.load()
    data[name] = key
    if base_url:
        data["base_url"] = base_url
    path = _config.save(data)
    _output.message(f"saved the {_NAMES[name]} ({_config.mask(key)}) to {path}")


@auth.command()
@click.option("--management", is_flag=True, help="Remove the management key instead.")
@click.option("--all", "everything", is_flag=True, help="Remove every stored setting.")
def logout(management: bool, everything: bool) -> None:
    """Remove a stored key from the config file."""
    data = _config.load()
    if everything:
        data = {}
    else:
        data.pop("management_key" if management else "api_key", None)
    path = _config.save(data)
    _output.message(f"updated {path}")


@auth.command()
@click.option(
    "--output", "-o", type=click.Choice(["json", "table"]), default="json", show_default=True
)
@click.option("--api-key", metavar="KEY", help="Show what a command given --api-key would use.")
@click.option("--management-key", metavar="KEY", help="Likewise for --management-key.")
@click.option("--base-url", metavar="URL", help="Likewise for --base-url.")
def status(
    output: str, api_key: str | None, management_key: str | None, base_url: str | None
) -> None:
    """Show which credentials are in effect and where each comes from (keys masked).

    Each setting reports its value (keys masked), its source (flag, env, config or default) and
    where exactly it comes from (the option, the environment variable or the config file's
    path). The base URL shown is the one requests go to: the default when none is configured.
    Exits 3 when no key is configured.
    """
    config = _config.load()
    path = _config.config_path()
    report: dict[str, Any] = {"config_file": path, "config_file_exists": os.path.isfile(path)}
    flags = {"api_key": api_key, "management_key": management_key}
    for name in ("api_key", "management_key"):
        setting = _config.resolve(name, flags[name], config)
        value = _config.mask(setting.value)
        report[name] = {
            "value": value,
            "source": setting.source if setting.value else None,
            "from": _config.describe_source(name, setting.source) if setting.value else None,
        }
    base = _config.resolve("base_url", base_url, config)
    report["base_url"] = {
        "value": base.value or _checks.default_base_url(),
        "source": base.source,
        "from": _config.describe_source("base_url", base.source),
    }
    problem = _checks.base_url_problem(base.value)
    if problem:
        where = _config.describe_source("base_url", base.source)
        _output.message(f"warning: {problem} (from {where}); commands will refuse it")
    if output == "table":
        rows = {k: _describe(v) if isinstance(v, dict) else v for k, v in report.items()}
        _output.emit(rows, "table")
    else:
        _output.emit(report, "json")
    if not report["api_key"]["value"] and not report["management_key"]["value"]:
        _output.message(
            "no key configured: run `runapi auth import-token --token -` (key on stdin) "
            "or set RUNAPI_API_KEY"
        )
        sys.exit(3)


def _describe(entry: dict[str, Any]) -> str:
    if not entry["value"]:
        return "(not set)"
    return f"{entry['value']}  (from {entry['from']})"


def _register() -> None:
    # import-token lives in its own module; it is part of this group.
    from ._import_token import import_token

    auth.add_command(import_token)


_register()
