"""Run one operation command: build the body, call the SDK client, print, map errors to exits.

Imported only when an operation runs (never for `--help`); the SDK does the rest: it validates
the body against the operation's rules, builds and sends the request, parses the answer and
polls tasks. `--dry-run` runs the command on a client that describes its request instead of
sending it (`_dry_run.py`), so what is printed is what the SDK builds.
"""

from __future__ import annotations

import os
import sys
from typing import Any, NoReturn

import click

from . import _checks, _config, _output
from ._build import DEFAULT_POLL_INTERVAL, JsonInputError, parse_json, read_json_source
from ._spec import Cmd, Opt

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_AUTH",
    "EXIT_CONNECTION",
    "EXIT_CREDITS",
    "EXIT_RATE_LIMIT",
    "EXIT_RESPONSE",
    "EXIT_TASK_FAILED",
    "EXIT_TIMEOUT",
    "EXIT_USAGE",
    "Invocation",
    "execute",
]

EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_CREDITS = 4
EXIT_RATE_LIMIT = 5
EXIT_API_ERROR = 6
EXIT_TASK_FAILED = 7
EXIT_TIMEOUT = 8
EXIT_CONNECTION = 9
#: The request was sent and answered, but the answer could not be read (not JSON, or a result
#: without its fields): unlike 2, something may have happened on the server, so a script must
#: not simply send a create again.
EXIT_RESPONSE = 10

DEFAULT_WAIT_TIMEOUT = 900.0
MAX_POLL_INTERVAL = 30.0
#: Stand-in credentials for --dry-run without configured keys (redacted in the output anyway).
DRY_RUN_KEY = "dry-run-placeholder-key"
#: Keyword parameters of every SDK method; body fields with these names go through extra_body.
_METHOD_KEYWORDS = frozenset({"extra_headers", "extra_body", "timeout"})
_NAMES = {"api_key": "an API key", "management_key": "a management key"}


class Invocation:
    """The parsed command line of one operation command.

    A plain class (its start-up cost is that of any class; a dataclass would generate and compile
    its methods at import, about two milliseconds of every operation command) whose repr is
    object's: it holds the keys given on the command line."""

    __slots__ = (
        "api_key",
        "args",
        "base_url",
        "created_task",
        "download",
        "dry_run",
        "fields",
        "headers",
        "json_body",
        "management_key",
        "output",
        "poll_interval",
        "query",
        "timeout",
        "validate",
        "wait",
    )

    def __init__(
        self,
        values: dict[str, Any],
        args: list[tuple[str, str]],
        query: list[tuple[str, Opt]],
        body: list[tuple[str, Opt]],
    ) -> None:
        """From click's parsed `values`: `args` maps path-parameter destinations to their names,
        `query` and `body` option destinations to their options."""

        def given(options: list[tuple[str, Opt]]) -> dict[str, Any]:
            found: dict[str, Any] = {}
            for dest, option in options:
                value = values.get(dest)
                if value is None or (isinstance(value, tuple) and not value):
                    continue
                found[option.field] = list(value) if isinstance(value, tuple) else value
            return found

        self.args: dict[str, str] = {name: str(values[dest]) for dest, name in args}
        self.query: dict[str, Any] = given(query)
        self.fields: dict[str, Any] = given(body)
        self.json_body: str | None = values.get("json_body")
        self.headers: tuple[str, ...] = tuple(values.get("headers") or ())
        self.dry_run = bool(values.get("dry_run"))
        self.output = str(values.get("output") or "json")
        self.validate = not values.get("no_validate")
        self.api_key: str | None = values.get("api_key")
        self.management_key: str | None = values.get("management_key")
        self.base_url: str | None = values.get("base_url")
        self.timeout: float | None = values.get("timeout")
        self.wait = bool(values.get("wait"))
        self.poll_interval = float(values.get("poll_interval", DEFAULT_POLL_INTERVAL))
        self.download: str | None = values.get("download")
        self.created_task: str | None = None  # set once a create of this invocation succeeded


def fail(code: int, text: str) -> NoReturn:
    _output.message(f"error: {text}")
    sys.exit(code)


def _body(invocation: Invocation) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if invocation.json_body is not None:
        try:
            loaded = parse_json(read_json_source(invocation.json_body, "'--json'"))
        except JsonInputError as exc:
            raise click.BadParameter(str(exc), param_hint="'--json'") from None
        if not isinstance(loaded, dict):
            raise click.BadParameter(
                "the request body must be a JSON object", param_hint="--json"
            )
        body.update(loaded)
    body.update(invocation.fields)
    return body


def _client(invocation: Invocation) -> Any:
    """The SDK client of one command: settings resolved and checked before anything is sent.

    `--header` values become the client's default headers, so the task polls of `wait`, `run`
    and `create --wait` carry them as well as the request itself (result downloads go to
    other hosts and carry none).
    """
    import runapi

    headers = _checks.headers(invocation.headers)
    config = _config.load()
    api_key = _config.resolve("api_key", invocation.api_key, config).value
    management_key = _config.resolve(
        "management_key", invocation.management_key, config
    ).value
    base_url = _checks.base_url(
        _config.resolve("base_url", invocation.base_url, config)
    )
    client_class: type[runapi.RunAPI] = runapi.RunAPI
    options: dict[str, Any] = {}
    if invocation.dry_run:
        from ._dry_run import DryRunClient

        client_class = DryRunClient
        options["max_retries"] = 0
        api_key = api_key or DRY_RUN_KEY
        management_key = management_key or DRY_RUN_KEY
    return client_class(
        api_key=api_key or "",
        management_key=management_key or "",
        base_url=base_url,
        default_headers=headers,
        validate_requests=invocation.validate,
        **options,
    )


def _resource(client: Any, command: Cmd) -> Any:
    resource = client
    for name in command.call:
        resource = getattr(resource, name)
    return resource


def _call(
    command: Cmd, invocation: Invocation, resource: Any, body: dict[str, Any]
) -> Any:
    method = getattr(resource, command.method)
    positional = [invocation.args[name] for name in command.args]
    keywords: dict[str, Any] = dict(invocation.query)
    if invocation.timeout is not None and command.action in ("call", "get"):
        keywords["timeout"] = invocation.timeout
    if command.body == "none":
        return method(*positional, **keywords)
    # A body field named like a parameter of the method cannot travel as a keyword.
    taken = _METHOD_KEYWORDS | set(command.args) | set(invocation.query)
    extra = {k: v for k, v in body.items() if k in taken}
    if extra:
        keywords["extra_body"] = extra
    return method(
        *positional, **keywords, **{k: v for k, v in body.items() if k not in taken}
    )


def _wait(resource: Any, task_id: str, invocation: Invocation) -> Any:
    progress = _output.Progress(task_id)
    try:
        return resource.wait(
            task_id,
            timeout=(
                DEFAULT_WAIT_TIMEOUT
                if invocation.timeout is None
                else invocation.timeout
            ),
            poll_interval=invocation.poll_interval,
            max_poll_interval=max(MAX_POLL_INTERVAL, invocation.poll_interval),
            on_progress=progress,
        )
    finally:
        progress.done()


def _urls(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.startswith(("http://", "https://")) else []
    if isinstance(value, dict):
        return [url for item in value.values() for url in _urls(item)]
    if isinstance(value, list):
        return [url for item in value for url in _urls(item)]
    return []


def _download(client: Any, result: Any, directory: str) -> list[str]:
    """Save every file the completed result links to (each http(s) URL in it) into `directory`."""
    import runapi

    from .._files import _destination_path

    urls = list(dict.fromkeys(_urls(result)))
    saved: list[str] = []
    used: set[str] = set()
    for url in urls:
        try:
            target = _destination_path(url, directory + os.sep)
            stem, suffix, counter = target.stem, target.suffix, 1
            while str(target) in used:
                target = target.with_name(f"{stem}-{counter}{suffix}")
                counter += 1
            used.add(str(target))
            path = runapi.download(client, url, target)
        except ValueError as exc:
            # The URL came from the answer: the task ran, so this is not a usage error (exit 2).
            fail(
                EXIT_RESPONSE,
                f"the task finished, but a result URL cannot be downloaded: {exc}",
            )
        except OSError as exc:
            fail(
                EXIT_RESPONSE,
                f"the task finished, but its results cannot be saved: {exc}",
            )
        _output.message(f"saved {path}")
        saved.append(str(path))
    if not urls:
        _output.message("no result files to download")
    return saved


def _check_wait(invocation: Invocation) -> None:
    """Refuse wait settings before anything is sent: refused after a create, they would end in
    exit 2 ("nothing sent") for a task that exists."""
    from .._polling import check_schedule

    check_schedule(
        interval=invocation.poll_interval,
        max_interval=max(MAX_POLL_INTERVAL, invocation.poll_interval),
        timeout=(
            DEFAULT_WAIT_TIMEOUT if invocation.timeout is None else invocation.timeout
        ),
    )


def _check_download(directory: str) -> None:
    """Refuse a --download folder that cannot take the files before the task is created."""
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError as exc:
        raise click.BadParameter(
            f"cannot create {directory}: {exc.strerror}", param_hint="'--download'"
        ) from None
    if not os.path.isdir(directory) or not os.access(directory, os.W_OK | os.X_OK):
        raise click.BadParameter(
            f"{directory} is not a writable folder", param_hint="'--download'"
        )


def _dispatch(command: Cmd, invocation: Invocation, client: Any) -> Any:
    resource = _resource(client, command)
    if command.action in ("wait", "run") or (
        command.action == "create" and invocation.wait
    ):
        _check_wait(invocation)
    if invocation.download and command.action in ("create", "run", "wait"):
        _check_download(invocation.download)
    if command.action == "wait":
        task_id = invocation.args["id"]
    else:
        body = _body(invocation)
        result = _call(command, invocation, resource, body)
        if command.action != "run" and not (
            command.action == "create" and invocation.wait
        ):
            return result
        task_id = str(result.id)
        invocation.created_task = task_id
        _output.message(f"created task {task_id}")
    return _wait(resource, task_id, invocation)


def _print_result(result: Any, invocation: Invocation) -> None:
    import runapi

    if isinstance(result, runapi.Stream):
        with result:
            for event in result:
                _output.emit_line(_output.to_json(event))
        return
    if result is None:
        _output.message("done")
        return
    _output.emit(_output.to_json(result), invocation.output)


def execute(command: Cmd, invocation: Invocation) -> None:
    """Run one command; a failure after a create of this invocation names the task it left."""
    try:
        _execute(command, invocation)
    except SystemExit as stop:
        if stop.code not in (0, None) and invocation.created_task is not None:
            group = command.call[0].replace("_", "-")
            words = " ".join(
                ("runapi", group, *command.path, "wait", invocation.created_task)
            )
            _output.message(
                f"task {invocation.created_task} was created and may still be running: follow "
                f"it with `{words}` rather than creating it again"
            )
        raise


def _execute(command: Cmd, invocation: Invocation) -> None:
    import runapi

    try:
        # Inside the try: a malformed key is refused when the client is built.
        client = _client(invocation)
        with client:
            if invocation.dry_run:
                _dry_run(command, invocation, client)
                return
            result = _dispatch(command, invocation, client)
            data = _output.to_json(result)
            _print_result(result, invocation)
            if invocation.download and command.action in ("create", "run", "wait"):
                if command.action == "create" and not invocation.wait:
                    _output.message("--download needs --wait (or use run)")
                else:
                    _download(client, data, invocation.download)
    except runapi.ValidationError as exc:
        raise click.UsageError(str(exc)) from None
    except runapi.InvalidCredentialsError as exc:
        fail(EXIT_AUTH, str(exc))
    except runapi.MissingCredentialsError as exc:
        flag = exc.key_name.replace("_", "-")
        fail(
            EXIT_AUTH,
            f"{command.operation_id} needs {_NAMES[exc.key_name]}: pass --{flag}, "
            f"set {exc.env_var}, or run `runapi auth login"
            + (" --management`" if exc.key_name == "management_key" else "`"),
        )
    except runapi.TaskFailedError as exc:
        _output.emit(_output.to_json(exc.status), invocation.output)
        fail(EXIT_TASK_FAILED, str(exc))
    except runapi.TaskTimeoutError as exc:
        fail(EXIT_TIMEOUT, str(exc))
    except runapi.AuthenticationError as exc:
        fail(EXIT_AUTH, str(exc))
    except runapi.InsufficientCreditsError as exc:
        fail(EXIT_CREDITS, str(exc))
    except runapi.RateLimitError as exc:
        fail(EXIT_RATE_LIMIT, str(exc))
    except runapi.APIStatusError as exc:
        fail(EXIT_API_ERROR, str(exc))
    except runapi.APIResponseValidationError as exc:
        fail(
            EXIT_RESPONSE,
            f"{exc}\nthe request was sent, but its answer could not be read: check the task "
            "(or your callback) before sending a create again",
        )
    except runapi.APIConnectionError as exc:
        sent = exc.request is not None and exc.request.method == "POST"
        if sent and exc.may_have_reached_server:
            # A POST is never repeated blindly: RunAPI may have started (and charged) it.
            fail(
                EXIT_RESPONSE,
                f"{exc}\nthe request may have reached RunAPI, but no answer arrived: check the "
                "task (or your callback) before sending a create again",
            )
        fail(
            (
                EXIT_TIMEOUT
                if isinstance(exc, runapi.APITimeoutError)
                else EXIT_CONNECTION
            ),
            str(exc),
        )
    except runapi.RunAPIError as exc:
        fail(EXIT_API_ERROR, str(exc))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def _dry_run(command: Cmd, invocation: Invocation, client: Any) -> None:
    """Print the request the command would send; nothing is sent (`_dry_run.DryRunClient`)."""
    from ._dry_run import Described, view

    try:
        _dispatch(command, invocation, client)
    except Described as described:
        _output.emit_request(view(client, described), invocation.output)
    else:  # every command sends a request
        raise RuntimeError(f"{command.operation_id}: the dry run built no request")
    if not (invocation.api_key or _has_env_or_config()):
        _output.message("dry run: no key is configured; a placeholder key was used")


def _has_env_or_config() -> bool:
    if os.environ.get(_config.ENV["api_key"]) or os.environ.get(
        _config.ENV["management_key"]
    ):
        return True
    config = _config.load()
    return bool(config.get("api_key") or config.get("management_key"))
