"""`runapi webhooks verify|listen`: check task callbacks against the webhook secret.

`verify` checks a saved delivery (body file and headers); `listen` runs a local receiver on
127.0.0.1 that verifies each delivery, prints it, answers 200 (or 400 when it is not authentic)
and forwards authentic ones, unchanged, to --forward-to.
"""

from __future__ import annotations

import http.server
import json
import sys
import threading
from collections.abc import Mapping
from typing import Any, ClassVar

import click

from . import _output

__all__ = ["webhooks"]

SECRET_ENV = "RUNAPI_WEBHOOK_SECRET"
#: Headers of a delivery that are passed on when forwarding.
FORWARDED = ("content-type", "x-callback-id", "x-callback-timestamp", "x-callback-signature")


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


def _tolerance_options(function: Any) -> Any:
    function = click.option(
        "--tolerance",
        type=click.FLOAT,
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


def _verify(body: bytes, headers: Mapping[str, str], secret: str, tolerance: float) -> str | None:
    """None when authentic, else the reason."""
    from .. import webhooks as signatures

    try:
        signatures.verify(body, headers, secret, tolerance=tolerance)
    except signatures.WebhookVerificationError as exc:
        return str(exc)
    return None


def _parse_header_lines(text: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise click.BadParameter(f"{line!r} is not 'Name: value'", param_hint="--headers")
        headers[name.strip()] = value.strip()
    return headers


def _headers_file(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return _parse_header_lines(text)
    if not isinstance(data, dict):
        raise click.BadParameter("a JSON headers file must hold an object", param_hint="--headers")
    return {str(k): str(v) for k, v in data.items()}


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
    headers = _headers_file(headers_file) if headers_file else {}
    headers.update(_parse_header_lines("\n".join(header_lines)))
    if body_file == "-":
        body = sys.stdin.buffer.read()
    else:
        with open(body_file, "rb") as handle:
            body = handle.read()
    reason = _verify(body, headers, secret, float("inf") if ignore_timestamp else tolerance)
    callback_id = {k.lower(): v for k, v in headers.items()}.get("x-callback-id")
    if reason is None:
        _output.emit({"valid": True, "callback_id": callback_id}, "json")
        _output.message("valid")
        return
    _output.emit({"valid": False, "callback_id": callback_id, "reason": reason}, "json")
    _output.message(f"invalid: {reason}")
    sys.exit(1)


def _forward(url: str, body: bytes, headers: Mapping[str, str]) -> int:
    """POST the delivery unchanged to `url`; returns the answer's status."""
    import urllib.error
    import urllib.request

    passed = {k: v for k, v in headers.items() if k.lower() in FORWARDED}
    request = urllib.request.Request(url, data=body, headers=passed, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


class _Receiver(http.server.BaseHTTPRequestHandler):
    server_version = "runapi-webhooks"
    settings: ClassVar[dict[str, Any]] = {}

    def log_message(self, format: str, *args: Any) -> None:
        pass  # each delivery is reported by do_POST instead

    def _answer(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        headers = {name: value for name, value in self.headers.items()}
        settings = self.settings
        reason = _verify(body, headers, settings["secret"], settings["tolerance"])
        if reason is not None:
            _output.message(f"rejected {self.path}: {reason}")
            self._answer(400, {"error": reason})
        else:
            try:
                shown: Any = json.loads(body)
            except ValueError:
                shown = body.decode("utf-8", errors="replace")
            _output.emit_line(shown)
            sys.stdout.flush()
            target = settings["forward_to"]
            status = 200
            if target:
                try:
                    forwarded = _forward(target, body, headers)
                except OSError as exc:
                    _output.message(f"forwarding to {target} failed: {exc}")
                    forwarded = 502
                _output.message(f"verified; forwarded to {target}: HTTP {forwarded}")
                status = 200 if 200 <= forwarded < 300 else 502
            else:
                _output.message("verified")
            self._answer(status, {"ok": status == 200})
        settings["handled"] += 1
        if settings["limit"] and settings["handled"] >= settings["limit"]:
            threading.Thread(target=self.server.shutdown, daemon=True).start()


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

    Authentic deliveries are printed (one JSON line each on stdout), answered 200 and, with
    --forward-to, POSTed on unchanged (same body, callback headers); the answer is 502 when
    forwarding fails. Deliveries that fail verification are answered 400. Expose the port with
    a tunnel of your choice and pass its URL as callback_url. --port 0 picks a free port.
    """
    _Receiver.settings = {
        "secret": secret,
        "tolerance": float("inf") if ignore_timestamp else tolerance,
        "forward_to": forward_to,
        "limit": max_requests,
        "handled": 0,
    }
    server = http.server.HTTPServer(("127.0.0.1", port), _Receiver)
    host, bound = server.server_address[:2]
    _output.message(f"listening on http://{host!s}:{bound} (Ctrl-C to stop)")
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
