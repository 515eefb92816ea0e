"""Build the click command of one table entry (`Cmd`), with typed options from its `Opt`s."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from ._checks import SECONDS
from ._spec import Cmd, Opt

__all__ = [
    "JSON_TEXT",
    "JsonInputError",
    "OperationCommand",
    "build_command",
    "parse_json",
    "read_json_source",
]

DEFAULT_WAIT_TIMEOUT = 900.0
DEFAULT_POLL_INTERVAL = 5.0


class JsonInputError(ValueError):
    """JSON text a command cannot use; `syntax` is true when the text is not JSON at all."""

    def __init__(self, message: str, *, syntax: bool) -> None:
        super().__init__(message)
        self.syntax = syntax


def _no_constant(name: str) -> Any:
    raise JsonInputError(f"{name} is not a JSON value", syntax=True)


def parse_json(text: str) -> Any:
    """Strict JSON (no NaN or Infinity), every failure a `JsonInputError` a user can act on.

    json.loads raises RecursionError for deeply nested input and a bare ValueError for
    integers of thousands of digits; both become a message here instead of a traceback.
    """
    try:
        return json.loads(text, parse_constant=_no_constant)
    except JsonInputError:
        raise
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", syntax=True
        ) from None
    except RecursionError:
        raise JsonInputError("the JSON is nested too deeply", syntax=False) from None
    except ValueError:
        raise JsonInputError("a number in the JSON has too many digits", syntax=False) from None


def read_json_source(text: str, param_hint: str | None = None) -> str:
    """The text of a JSON argument: itself, the file after `@`, or stdin for `-`."""
    if text == "-":
        try:
            return sys.stdin.read()
        except UnicodeDecodeError:
            raise click.BadParameter("stdin is not UTF-8 text", param_hint=param_hint) from None
    if text.startswith("@"):
        name = text[1:]
        try:
            with open(name, encoding="utf-8") as handle:
                return handle.read()
        except OSError as exc:
            message = f"cannot read {name}: {exc.strerror}"
            raise click.BadParameter(message, param_hint=param_hint) from None
        except UnicodeDecodeError:
            message = f"{name} is not UTF-8 text"
            raise click.BadParameter(message, param_hint=param_hint) from None
    return text


class JsonType(click.ParamType):  # type: ignore[type-arg]
    """A JSON value given as text, `@file` or `-` (stdin)."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return parse_json(read_json_source(value))
        except JsonInputError as exc:
            self.fail(str(exc), param, ctx)


class ValueType(click.ParamType):  # type: ignore[type-arg]
    """A field that takes several JSON types: JSON when it parses, else the text itself."""

    name = "value"

    def __init__(self, strings: bool) -> None:
        self.strings = strings

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        # JSON first, so `500` is a number and `null` is null; text that is not JSON stays text
        # when the field takes strings (use --json to send a string that looks like a number).
        try:
            return parse_json(value)
        except JsonInputError as exc:
            if exc.syntax and self.strings:
                return value
            self.fail(str(exc) if not exc.syntax else f"{value!r} is not a JSON value", param, ctx)


class ChoiceType(click.Choice):  # type: ignore[type-arg]
    """click.Choice over values that may be integers; converts back to the JSON value."""

    def __init__(self, values: tuple[object, ...]) -> None:
        self.values = {str(v): v for v in values}
        super().__init__(list(self.values))

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = super().convert(value, param, ctx)
        return self.values.get(str(text), text)


JSON_TEXT = JsonType()
_SCALARS: dict[str, click.ParamType[Any, Any]] = {
    "str": click.STRING,
    "int": click.INT,
    "float": click.FLOAT,
    "json": JSON_TEXT,
}


def _metavar(option: Opt) -> str | None:
    if option.kind in ("int", "float") or option.item in ("int", "float"):
        return "NUMBER"
    if option.kind in ("json", "value") or option.item == "json":
        return "JSON"
    if option.kind == "file":
        return "PATH"
    return None


def _option(option: Opt, dest: str) -> click.Option:
    flag = option.flag
    if option.kind == "bool":
        return click.Option([f"{flag}/--no-{flag[2:]}", dest], default=None, help=option.help)
    kind: click.ParamType[Any, Any]
    multiple = False
    if option.kind == "choice":
        kind = ChoiceType(option.choices)
    elif option.kind == "list":
        kind, multiple = _SCALARS.get(option.item, click.STRING), True
    elif option.kind == "value":
        kind = ValueType(option.strings)
    elif option.kind == "file":
        kind = click.Path(exists=True, dir_okay=False)
    else:
        kind = _SCALARS.get(option.kind, click.STRING)
    return click.Option(
        [flag, dest], type=kind, multiple=multiple, help=option.help, metavar=_metavar(option)
    )


def _common(command: Cmd) -> list[click.Parameter]:
    waits = command.action in ("create", "run", "wait")
    params: list[click.Parameter] = []
    if command.body != "none":
        params.append(
            click.Option(
                ["--json", "json_body"],
                metavar="JSON|@FILE|-",
                help="The request body as a JSON object: text, @file or - (stdin). "
                "Options given as flags override its fields.",
            )
        )
    if command.action == "create":
        params.append(
            click.Option(["--wait", "wait"], is_flag=True, help="Wait for the result (as `run`).")
        )
    if waits:
        params += [
            click.Option(
                ["--timeout", "timeout"],
                type=SECONDS,
                metavar="SECONDS",
                help=f"Longest wait for the task (default {DEFAULT_WAIT_TIMEOUT:g}); exit 8 after.",
            ),
            click.Option(
                ["--poll-interval", "poll_interval"],
                type=SECONDS,
                default=DEFAULT_POLL_INTERVAL,
                show_default=True,
                metavar="SECONDS",
                help="First wait between status checks, above 0 (it grows up to 30 s, or stays "
                "at a longer interval).",
            ),
            click.Option(
                ["--download", "download"],
                type=click.Path(file_okay=False),
                metavar="DIR",
                help="Save every result file of the completed task into DIR.",
            ),
        ]
    else:
        params.append(
            click.Option(
                ["--timeout", "timeout"],
                type=SECONDS,
                metavar="SECONDS",
                help="Request timeout (default 600 s to read, 10 s to connect); exit 8 after.",
            )
        )
    params += [
        click.Option(
            ["--header", "headers"],
            multiple=True,
            metavar="'NAME: VALUE'",
            help="An extra request header (repeatable), sent with every request of the "
            "command, task status checks included.",
        ),
        click.Option(
            ["--dry-run", "dry_run"],
            is_flag=True,
            help="Validate, then print the HTTP request that would be sent (keys redacted) "
            "instead of sending it.",
        ),
        click.Option(
            ["--output", "-o", "output"],
            type=click.Choice(["json", "table"]),
            default="json",
            show_default=True,
            help="json (for jq) or table (for people).",
        ),
    ]
    if command.body != "none":
        params.append(
            click.Option(
                ["--no-validate", "no_validate"],
                is_flag=True,
                help="Send the body without checking the operation's rules first.",
            )
        )
    params += [
        click.Option(
            ["--api-key", "api_key"],
            metavar="KEY",
            help="API key (default: RUNAPI_API_KEY, then the config file).",
        ),
        click.Option(
            ["--management-key", "management_key"],
            metavar="KEY",
            help="Management key for keys/guardrails (default: RUNAPI_MANAGEMENT_KEY, then "
            "the config file).",
        ),
        click.Option(
            ["--base-url", "base_url"],
            metavar="URL",
            help="API base URL (default: RUNAPI_BASE_URL, then the config file, then "
            "https://runapi.ai).",
        ),
    ]
    return params


class OperationCommand(click.Command):
    """A click command built from a table entry; `spec` is the entry."""

    def __init__(self, spec: Cmd, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec = spec


def build_command(command: Cmd) -> OperationCommand:
    """The click command for `command`; its callback runs `_run.execute`."""
    params: list[click.Parameter] = []
    args = [(f"arg_{index}", name) for index, name in enumerate(command.args)]
    for dest, name in args:
        params.append(click.Argument([dest], metavar=name.upper()))
    query = [(f"query_{index}", option) for index, option in enumerate(command.query)]
    body = [(f"field_{index}", option) for index, option in enumerate(command.options)]
    params += [_option(option, dest) for dest, option in (*query, *body)]
    params += _common(command)

    def callback(**values: Any) -> None:
        from ._run import Invocation, execute

        invocation = Invocation(values, args, query, body)
        execute(command, invocation)

    return OperationCommand(
        command,
        name=command.name,
        params=params,
        callback=callback,
        help=command.help,
        short_help=command.summary,
        epilog=command.epilog,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    )
