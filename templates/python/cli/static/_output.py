"""Output: JSON on stdout (for jq), aligned tables for people, messages on stderr."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    import httpx

__all__ = ["Progress", "emit", "message", "request_view", "table", "to_json", "view"]

_SECRET_HEADERS = (
    "authorization",
    "proxy-authorization",
    "x-api-key",
    "x-goog-api-key",
)
_REDACTED = "<redacted>"


def message(text: str) -> None:
    click.echo(text, err=True)


def to_json(value: Any) -> Any:
    """A response model (or anything else the SDK returns) as plain JSON values."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        # A value the spec does not describe yet is printed as sent, without pydantic's warning.
        return dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)
    return value


def emit(value: Any, output: str) -> None:
    if output == "table":
        click.echo(table(value))
    else:
        click.echo(json.dumps(value, indent=2, ensure_ascii=False))


def emit_line(value: Any) -> None:
    """One JSON document per line (stream events)."""
    click.echo(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _grid(rows: list[list[str]], header: bool) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append(
            "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
        )
        if header and index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _records(items: list[Any]) -> str:
    columns: list[str] = []
    for item in items:
        columns += [k for k in item if k not in columns]
    rows = [columns] + [[_cell(item.get(c)) for c in columns] for item in items]
    return _grid(rows, header=True)


def _is_records(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, dict) for v in value)
    )


def table(value: Any) -> str:
    """A plain aligned table: key/value rows, lists of objects as columns."""
    if _is_records(value):
        return _records(value)
    if not isinstance(value, dict):
        return _cell(value)
    if not value:
        return "(empty)"
    pairs = [[str(k), _cell(v)] for k, v in value.items() if not _is_records(v)]
    parts = [_grid(pairs, header=False)] if pairs else []
    for key, nested in value.items():
        if _is_records(nested):
            parts.append(f"{key}:\n{_records(nested)}")
    return "\n\n".join(parts)


def _redact(name: str, value: str) -> str:
    lowered = name.lower()
    if lowered in _SECRET_HEADERS or any(
        w in lowered for w in ("secret", "token", "-key")
    ):
        scheme, _, rest = value.partition(" ")
        return (
            f"{scheme} {_REDACTED}"
            if rest and scheme.lower() in ("bearer", "basic")
            else (_REDACTED)
        )
    return value


def _multipart(content_type: str, body: bytes) -> dict[str, Any]:
    import email.parser
    import email.policy

    raw = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode() + body
    parsed = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    fields: dict[str, Any] = {}
    files: list[dict[str, Any]] = []
    for part in parsed.iter_parts():
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        name = str(part.get_param("name", header="content-disposition"))
        filename = part.get_filename()
        if filename is None:
            text = content.decode("utf-8", errors="replace")
            previous = fields.get(name)
            if previous is None:
                fields[name] = text
            else:
                fields[name] = [
                    *(previous if isinstance(previous, list) else [previous]),
                    text,
                ]
        else:
            files.append(
                {
                    "name": name,
                    "filename": filename,
                    "content_type": part.get_content_type(),
                    "size": len(content),
                }
            )
    return {"fields": fields, "files": files}


def request_view(request: httpx.Request) -> dict[str, Any]:
    """What `--dry-run` prints of a request httpx built (see `view`)."""
    headers = dict(request.headers.items())
    return view(request.method, str(request.url), headers, request.read())


def view(method: str, url: str, headers: dict[str, str], body: bytes) -> dict[str, Any]:
    """What `--dry-run` prints: the request exactly as it would be sent, secrets redacted.

    `headers` as httpx lists them: lower-case names in order, repeated ones joined by ", ".
    """
    content_type = headers.get("content-type", "")
    shown: Any = None
    if body:
        if content_type.startswith("application/json"):
            shown = json.loads(body)
        elif content_type.startswith("multipart/form-data"):
            shown = _multipart(content_type, body)
        else:
            shown = body.decode("utf-8", errors="replace")
    return {
        "method": method,
        "url": url,
        "headers": {name: _redact(name, value) for name, value in headers.items()},
        "body": shown,
    }


def emit_request(view: dict[str, Any], output: str) -> None:
    if output != "table":
        emit(view, "json")
        return
    lines = [f"{view['method']} {view['url']}"]
    lines += [f"{name}: {value}" for name, value in view["headers"].items()]
    if view["body"] is not None:
        lines += ["", json.dumps(view["body"], indent=2, ensure_ascii=False)]
    click.echo("\n".join(lines))


class Progress:
    """The live `status, elapsed` line of a task wait, on stderr."""

    def __init__(self, task_id: str) -> None:
        self.task_id = task_id
        self.live = sys.stderr.isatty()
        self.shown = False

    def __call__(self, status: Any, elapsed: float) -> None:
        # `status` is the polled status model; its `status` field the state.
        state = getattr(status, "status", status)
        state = str(getattr(state, "value", state))
        text = f"task {self.task_id}: {state} ({elapsed:.1f}s elapsed)"
        if self.live:
            sys.stderr.write("\r\x1b[K" + text)
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.live and self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()
