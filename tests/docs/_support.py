"""Helpers of the docs tests: code blocks of the generated pages and a mock of the whole API."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import respx

from generator.project import GENERATED

DOCS = GENERATED / "docs"
MKDOCS_YML = GENERATED / "mkdocs.yml"
SERVER = "https://runapi.ai"
METHODS = ("get", "post", "put", "patch", "delete")

# A fenced block, possibly indented (inside content tabs or admonitions).
FENCE = re.compile(
    r"^(?P<indent>[ ]*)```(?P<lang>[a-z]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```", re.M | re.S
)


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def code_blocks(lang: str) -> Iterator[tuple[str, int, str]]:
    """(page relative to generated/docs, index on the page, dedented code) of each block."""
    for page in pages():
        text = page.read_text(encoding="utf-8")
        found = [m for m in FENCE.finditer(text) if m.group("lang") == lang]
        for index, match in enumerate(found):
            body = textwrap.dedent(
                "\n".join(
                    line.removeprefix(match.group("indent"))
                    for line in match.group("body").splitlines()
                )
            )
            yield str(page.relative_to(DOCS)), index, body


def _path_regex(path: str) -> str:
    parts = re.split(r"\{[^}]+\}", path)
    return "[^/]+".join(re.escape(part) for part in parts)


def _success(operation: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    responses = operation.get("responses") or {}
    code = min(c for c in responses if str(c).startswith("2"))
    return int(code), (responses[code].get("content") or {})


def _examples(media: dict[str, Any]) -> list[Any]:
    values = [e["value"] for e in (media.get("examples") or {}).values() if "value" in e]
    if not values and "example" in media:
        values.append(media["example"])
    return values


def _sse(events: list[Any]) -> str:
    lines = []
    for event in events:
        if isinstance(event, dict) and isinstance(event.get("type"), str):
            lines.append(f"event: {event['type']}")
        lines.append(f"data: {json.dumps(event)}\n")
    return "\n".join(lines) + "\n"


def _responder(operation: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    status, content = _success(operation)
    json_media = content.get("application/json")
    stream_media = content.get("text/event-stream")

    def respond(request: httpx.Request) -> httpx.Response:
        if stream_media is not None:
            wants_stream = json_media is None
            if not wants_stream and request.content:
                body = json.loads(request.content)
                wants_stream = isinstance(body, dict) and body.get("stream") is True
            if wants_stream:
                headers = {"Content-Type": "text/event-stream"}
                return httpx.Response(status, text=_sse(_examples(stream_media)), headers=headers)
        if json_media is None:
            return httpx.Response(status)
        values = _examples(json_media)
        completed = [v for v in values if isinstance(v, dict) and v.get("status") == "completed"]
        chosen = (completed or values or [{}])[0]
        return httpx.Response(status, json=chosen)

    return respond


def api_mock(document: dict[str, Any]) -> respx.MockRouter:
    """Every operation of the spec answers its documented success example (a completed status
    for task status operations); result files on other hosts answer a few bytes."""
    router = respx.mock(assert_all_called=False)
    host = re.escape(SERVER)
    for path, item in document["paths"].items():
        pattern = f"^{host}{_path_regex(path)}(\\?.*)?$"
        for method in METHODS:
            if method in item:
                route = router.route(method=method.upper(), url__regex=pattern)
                route.mock(side_effect=_responder(item[method]))
    router.get(url__regex=r"^https://(?!runapi\.ai/).*").respond(
        200, content=b"\x89PNG result bytes"
    )
    return router
