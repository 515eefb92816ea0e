"""`runapi webhooks verify|listen`: check task callbacks against the webhook secret.

`verify` checks a saved delivery (body file and headers); `listen` runs a local receiver on
127.0.0.1 (`_listener.py`) that verifies each delivery, prints it, answers 200 (or 400 when it
is not authentic) and forwards authentic ones, unchanged, to --forward-to.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping
from typing import Any

import click

from . import _output

__all__ = ["SECRET_ENV", "verify_delivery", "webhooks"]

SECRET_ENV = "RUNAPI_WEBHOOK_SECRET"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def webhooks() -> None:
    """Verify task callbacks; run a local receiver."""


def _secret_option(function: Any) -> Any:
    return click.option(
        "--secret",
        envvar=SECRET_ENV,
        required=True,
        metavar="SECRET",
        help=f"The webhook secret (base64), or set {SECRET_ENV}.",
    )(function)


class _Tolerance(click.ParamType):  # type: ignore[type-arg]
    """Seconds >= 0; NaN would switch the age check off silently, so it is refused."""

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not math.isfinite(number) or number < 0:
            self.fail(
                f"{value!r} is not a finite number of seconds >= 0 (see --ignore-timestamp)",
                param,
                ctx,
            )
        return number


def _tolerance_options(function: Any) -> Any:
    function = click.option(
        "--tolerance",
        type=_Tolerance(),
        default=300.0,
        show_default=True,
        metavar="SECONDS",
        help="Largest accepted age of X-Callback-Timestamp.",
    )(function)
    return click.option(
        "--ignore-timestamp",
        is_flag=True,
        help="Skip the age check (for old saved deliveries).",
    )(function)


def verify_delivery(
    body: bytes, headers: Mapping[str, str], secret: str, tolerance: float
) -> str | None:
    """None when the delivery is authentic, else the reason."""
    from .. import webhooks as signatures

    try:
        signatures.verify(body, headers, secret, tolerance=tolerance)
    except signatures.WebhookVerificationError as exc:
        return str(exc)
    return None


def _check_secret(secret: str) -> None:
    """A secret that is not Base64 is a usage error (exit 2), not a forged delivery (exit 1)."""
    from .. import webhooks as signatures

    try:
        signatures.sign(b"", "check", "0", secret)
    except signatures.WebhookVerificationError as exc:
        raise click.BadParameter(str(exc), param_hint="'--secret'") from None


def _parse_header_lines(text: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise click.BadParameter(f"line {number} is not 'Name: value'", param_hint="headers")
        headers[name.strip()] = value.strip()
    return headers


def _headers_file(path: str) -> dict[str, str]:
    from ._build import JsonInputError, parse_json

    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        message = f"cannot read {path}: {exc.strerror}"
        raise click.BadParameter(message, param_hint="'--headers'") from None
    except UnicodeDecodeError:
        raise click.BadParameter(f"{path} is not UTF-8 text", param_hint="'--headers'") from None
    try:
        data = parse_json(text)
    except JsonInputError as exc:
        if not exc.syntax:
            raise click.BadParameter(f"{path}: {exc}", param_hint="'--headers'") from None
        return _parse_header_lines(text)
    if not isinstance(data, dict):
        message = "a JSON headers file must hold an object"
        raise click.BadParameter(message, param_hint="'--headers'")
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}


@webhooks.command()
@_secret_option
@click.option(
    "--headers",
    "headers_file",
    type=click.Path(exists=True, dir_okay=False),
    help="The delivery's headers: a JSON object or 'Name: value' lines.",
)
@click.option(
    "--header", "header_lines", multiple=True, metavar="'NAME: VALUE'", help="One header."
)
@_tolerance_options
@click.argument("body_file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
def verify(
    secret: str,
    headers_file: str | None,
    header_lines: tuple[str, ...],
    tolerance: float,
    ignore_timestamp: bool,
    body_file: str,
) -> None:
    """Check a saved callback (BODY_FILE, raw bytes; - for stdin) against the secret.

    Exit 0 when the delivery is authentic, 1 (with the reason) when it is not.

    \b
      runapi webhooks verify --secret "$SECRET" --headers headers.json body.json
      runapi webhooks verify --secret "$SECRET" --header 'X-Callback-Id: cb_1' \\
          --header 'X-Callback-Timestamp: 1767225600' --header 'X-Callback-Signature: ...' body.json
    """
    _check_secret(secret)
    headers = _headers_file(headers_file) if headers_file else {}
    headers.update(_parse_header_lines("\n".join(header_lines)))
    if body_file == "-":
        body = sys.stdin.buffer.read()
    else:
        with open(body_file, "rb") as handle:
            body = handle.read()
    reason = verify_delivery(body, headers, secret, math.inf if ignore_timestamp else tolerance)
    callback_id = {k.lower(): v for k, v in headers.items()}.get("x-callback-id")
    if reason is None:
        _output.emit({"valid": True, "callback_id": callback_id}, "json")
        _output.message("valid")
        return
    _output.emit({"valid": False, "callback_id": callback_id, "reason": reason}, "json")
    _output.message(f"invalid: {reason}")
    sys.exit(1)


@webhooks.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8787, show_default=True)
@_secret_option
@click.option("--forward-to", metavar="URL", help="POST each verified delivery on to URL.")
@click.option(
    "--max-requests",
    type=click.IntRange(0),
    default=0,
    metavar="N",
    help="Stop after N deliveries (default: run until interrupted).",
)
@_tolerance_options
def listen(
    port: int,
    secret: str,
    forward_to: str | None,
    max_requests: int,
    tolerance: float,
    ignore_timestamp: bool,
) -> None:
    """Receive callbacks on http://127.0.0.1:PORT, verify and print each one.

    Authentic deliveries are printed (one JSON line each on stdout) and answered 200 at once;
    with --forward-to they are then POSTed on unchanged (same body, callback headers), in
    order, without delaying the answer (the outcome is reported on stderr). Deliveries that
    fail verification are answered 400, bodies over 1 MiB 413. Deliveries are served
    concurrently; a connection that stays silent for 10 s, or takes over 30 s to send its
    request, is closed. Expose the port with a tunnel of your choice and pass its URL as
    callback_url. --port 0 picks a free port.
    """
    from . import _listener

    if forward_to:
        from .._url import check_url

        try:
            check_url(forward_to)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="'--forward-to'") from None
    settings = _listener.Settings(
        secret=secret,
        tolerance=math.inf if ignore_timestamp else tolerance,
        forward_to=forward_to,
        max_requests=max_requests,
    )
    # A bad secret is a usage error at start, not a 400 for every genuine delivery.
    _check_secret(secret)
    try:
        server = _listener.make_server(port, settings)
    except OSError as exc:
        raise click.UsageError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None
    host, bound = server.server_address[:2]
    _output.message(f"listening on http://{host!s}:{bound} (Ctrl-C to stop)")
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
