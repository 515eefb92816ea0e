"""Checks of the per-request options, made before anything is sent; each failure exits 2.

A base URL without a scheme or a header with a line break would otherwise fail inside httpx,
after the command started, as exit 9 "connection error": a retry loop would retry it forever.
The rules themselves live in the SDK (`runapi._url`); this module names the option, the
environment variable or the config file the bad value came from.
"""

from __future__ import annotations

import math
from typing import Any

import click

from . import _config

__all__ = [
    "MAX_SECONDS",
    "SECONDS",
    "SettingError",
    "base_url",
    "base_url_problem",
    "default_base_url",
    "headers",
]


class SettingError(click.ClickException):
    """A bad setting from the environment or the config file: exit 2, like a bad option."""

    exit_code = 2


#: The longest duration an option takes (about 115 days); longer ones overflow time.sleep.
MAX_SECONDS = 10_000_000.0


class Seconds(click.ParamType):  # type: ignore[type-arg]
    """A duration in seconds above 0: `nan`, `inf`, `0` and `-1` are refused, never reinterpreted.

    Silently replacing a bad value (a 0 poll interval that becomes 5 s, a NaN timeout that
    never expires) would hide the mistake; refusing it names it.
    """

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not math.isfinite(number) or not 0 < number <= MAX_SECONDS:
            self.fail(
                f"{value!r} is not a number of seconds above 0 and at most {MAX_SECONDS:.0f}",
                param,
                ctx,
            )
        return number


SECONDS = Seconds()


def base_url(setting: _config.Setting) -> str | None:
    """The base URL of `setting` once checked (None: the SDK's default)."""
    if setting.value is None:
        return None
    from .._url import check_base_url

    try:
        return check_base_url(setting.value)
    except ValueError as exc:
        if setting.source == "flag":
            raise click.BadParameter(str(exc), param_hint="'--base-url'") from None
        where = _config.describe_source("base_url", setting.source)
        raise SettingError(f"{exc} (from {where})") from None


def base_url_problem(value: str | None) -> str | None:
    """Why `value` cannot be the base URL, or None when it can (or is unset)."""
    if value is None:
        return None
    from .._url import check_base_url

    try:
        check_base_url(value)
    except ValueError as exc:
        return str(exc)
    return None


def default_base_url() -> str:
    from .._base_client import DEFAULT_BASE_URL

    return str(DEFAULT_BASE_URL)


def headers(lines: tuple[str, ...], option: str = "--header") -> dict[str, str]:
    """`--header 'Name: value'` lines as a dict, each one a header that can be sent.

    Messages name the header, never its value or the line: either may be a credential.
    """
    if not lines:
        return {}  # without importing the checks (urllib.parse, ipaddress: a few ms)
    from .._url import check_header

    found: dict[str, str] = {}
    for index, line in enumerate(lines, 1):
        name, sep, value = line.partition(":")
        name = name.strip()
        if not sep or not name:
            raise click.BadParameter(
                f"header {index} is not 'Name: value' (a name, a colon, the value)",
                param_hint=f"'{option}'",
            )
        value = value.strip(" \t")
        try:
            check_header(name, value)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint=f"'{option}'") from None
        found[name] = value
    return found
