"""Every Python example in the generated package's README runs, against a local mock of the API."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from generator.project import GENERATED

README = GENERATED / "python" / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
TASK = {"id": "task_1", "status": "processing"}
IMAGE = {"id": "task_1", "status": "completed", "images": [{"url": "https://file.runapi.ai/a.png"}]}
VIDEO = {"id": "task_1", "status": "completed", "videos": [{"url": "https://file.runapi.ai/v.mp4"}]}
MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-6",
    "content": [{"type": "text", "text": "Hi"}],
    "stop_reason": "end_turn",
    "usage": {"input_tokens": 3, "output_tokens": 2},
}
START = json.dumps({"type": "message_start", "message": MESSAGE})
EVENTS = (
    f"event: message_start\ndata: {START}\n\n"
    'event: message_stop\ndata: {"type": "message_stop"}\n\n'
)
UPLOADED = {
    "file_name": "photo.png",
    "download_url": "https://file.runapi.ai/u/photo.png",
    "file_size": 8,
    "mime_type": "image/png",
    "uploaded_at": "2025-01-24T10:30:00Z",
}


def _messages(request: httpx.Request) -> httpx.Response:
    if json.loads(request.content).get("stream"):
        return httpx.Response(200, text=EVENTS, headers={"Content-Type": "text/event-stream"})
    return httpx.Response(200, json=MESSAGE)


def _api() -> respx.MockRouter:
    router = respx.mock(base_url="https://runapi.ai", assert_all_called=False)
    router.post("/api/v1/nano_banana/text_to_image").respond(202, json=TASK)
    router.get("/api/v1/nano_banana/text_to_image/task_1").respond(200, json=IMAGE)
    router.post("/api/v1/seedance/text_to_video").respond(202, json=TASK)
    router.get("/api/v1/seedance/text_to_video/task_1").respond(200, json=VIDEO)
    router.get("/api/v1/me/balance").respond(429, json={"error": "Rate limit exceeded"})
    router.post("/api/v1/files/from_stream").respond(201, json=UPLOADED)
    router.post("/v1/messages").mock(side_effect=_messages)
    router.get("https://file.runapi.ai/a.png").respond(200, content=b"\x89PNG image bytes")
    return router


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs(
    index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RUNAPI_API_KEY", "YOUR_API_TOKEN")
    monkeypatch.delenv("RUNAPI_BASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": f"readme_example_{index}"}
    with _api():
        exec(compile(BLOCKS[index], f"README.md example {index}", "exec"), namespace)
    printed = capsys.readouterr().out
    # Each example shows a result (or, for the callback handler, defines the function).
    assert printed.strip() or callable(namespace.get("handle_callback")), BLOCKS[index]
