"""Running operations against a local server: output, exit codes, task waits and downloads."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import Handler, LocalServer, Request, invoke, json_answer

KEY = "sk-test-0123456789abcdef"
Serve = Callable[[Handler], LocalServer]


@pytest.fixture(autouse=True)
def no_retry_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries wait the bottom of their jitter range (0 s): the retries still happen, in the
    same number, but a test of exit codes does not sleep up to 1.5 s between them."""
    import runapi._base_client

    monkeypatch.setattr(runapi._base_client, "_uniform", lambda: 0.0)


def run(server: LocalServer, *args: str) -> tuple[int, str, str]:
    result = invoke([*args, "--base-url", server.url, "--api-key", KEY])
    return result.exit_code, result.stdout, result.stderr


def test_validation_error_exits_2_naming_the_rule(serve: Serve) -> None:
    server = serve(lambda request: json_answer(202, {"id": "t"}))
    code, _out, err = run(
        server,
        "seedance",
        "text-to-video",
        "create",
        "--model",
        "seedance-1.5-pro",
        "--prompt",
        "A lake at dawn",
        "--duration-seconds",
        "8",
    )
    assert code == 2
    assert "aspect_ratio is required when model is seedance-1.5-pro" in err
    assert server.requests == []


def test_success_prints_json_and_table(serve: Serve) -> None:
    balance = {"balance_cents": 1234, "currency": "USD"}
    server = serve(lambda request: json_answer(200, balance))
    code, out, _err = run(server, "account", "get-balance")
    assert code == 0
    printed = json.loads(out)
    assert printed.items() >= {"balance_cents": 1234}.items() or printed
    code, table, _err = run(server, "account", "get-balance", "--output", "table")
    assert code == 0
    assert "1234" in table and "{" not in table
    assert server.requests[0].headers["Authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize(
    "status, exit_code",
    [(401, 3), (402, 4), (429, 5), (404, 6), (400, 6), (500, 6)],
)
def test_exit_codes_of_error_answers(serve: Serve, status: int, exit_code: int) -> None:
    server = serve(
        lambda request: json_answer(status, {"error": f"status {status}"}, {"Retry-After": "0"})
    )
    code, _out, err = run(server, "seedance", "text-to-video", "get", "task_1")
    assert code == exit_code
    assert f"status {status}" in err
    assert KEY not in err


def test_missing_key_exits_3() -> None:
    result = invoke(["keys", "list", "--base-url", "http://127.0.0.1:9"])
    assert result.exit_code == 3
    assert "--management-key" in result.stderr


def test_connection_error_exits_9(serve: Serve) -> None:
    server = serve(lambda request: json_answer(200, {}))
    closed = "http://127.0.0.1:9"
    result = invoke(
        ["seedance", "text-to-video", "get", "t", "--base-url", closed, "--api-key", KEY]
    )
    assert result.exit_code == 9
    assert server.requests == []


def test_request_timeout_exits_8(serve: Serve) -> None:
    def slow(request: Request) -> tuple[int, dict[str, str], bytes]:
        time.sleep(1.0)
        return json_answer(200, {"id": "t", "status": "processing"})

    server = serve(slow)
    code, _out, err = run(server, "suno", "text-to-music", "get", "t", "--timeout", "0.2")
    assert code == 8, err


def test_a_post_that_times_out_after_sending_exits_10(serve: Serve) -> None:
    """The POST may have been acted on (and charged): never the retry-safe 8 or 9."""

    def slow(request: Request) -> tuple[int, dict[str, str], bytes]:
        time.sleep(1.0)
        return json_answer(200, {"id": "t", "status": "processing"})

    server = serve(slow)
    code, _out, err = run(server, "suno", "boost-style", "--description", "Pop", "--timeout", "0.2")
    assert code == 10, err


def _task_server(serve: Serve, outcome: str) -> LocalServer:
    polls: list[int] = []

    def handler(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.path.startswith("/files/"):
            return 200, {"Content-Type": "video/mp4"}, b"VIDEO:" + request.path.encode()
        if request.method == "POST":
            return json_answer(202, {"id": "task_1", "status": "processing"})
        polls.append(1)
        if len(polls) < 2:
            return json_answer(200, {"id": "task_1", "status": "processing"})
        if outcome == "failed":
            return json_answer(200, {"id": "task_1", "status": "failed", "error": "bad prompt"})
        if outcome == "stuck":
            return json_answer(200, {"id": "task_1", "status": "processing"})
        url = server.url
        return json_answer(
            200,
            {
                "id": "task_1",
                "status": "completed",
                "videos": [
                    {"url": f"{url}/files/a/video.mp4"},
                    {"url": f"{url}/files/b/video.mp4"},
                ],
                "last_frame_image_url": f"{url}/files/frame.png",
            },
        )

    server = serve(handler)
    return server


CREATE = [
    "--model",
    "seedance-2.0",
    "--prompt",
    "A lake at dawn",
    "--poll-interval",
    "0.05",
]


def test_run_waits_with_progress_and_downloads(serve: Serve, tmp_path: Path) -> None:
    server = _task_server(serve, "completed")
    target = tmp_path / "out"
    code, out, err = run(
        server, "seedance", "text-to-video", "run", *CREATE, "--download", str(target)
    )
    assert code == 0, err
    assert json.loads(out)["status"] == "completed"
    assert "created task task_1" in err
    assert "task task_1: processing" in err and "elapsed" in err
    assert "task task_1: completed" in err
    saved = sorted(p.name for p in target.iterdir())
    assert saved == ["frame.png", "video-1.mp4", "video.mp4"]
    assert (target / "video.mp4").read_bytes() == b"VIDEO:/files/a/video.mp4"
    assert (target / "video-1.mp4").read_bytes() == b"VIDEO:/files/b/video.mp4"


def test_create_returns_at_once_and_wait_by_id(serve: Serve) -> None:
    server = _task_server(serve, "completed")
    code, out, _err = run(server, "seedance", "text-to-video", "create", *CREATE[:4])
    assert code == 0
    assert json.loads(out) == {"id": "task_1", "status": "processing"}
    assert [r.method for r in server.requests] == ["POST"]
    code, out, err = run(
        server, "seedance", "text-to-video", "wait", "task_1", "--poll-interval", "0.05"
    )
    assert code == 0, err
    assert json.loads(out)["status"] == "completed"
    code, out, _err = run(server, "seedance", "text-to-video", "create", *CREATE, "--wait")
    assert code == 0
    assert json.loads(out)["status"] == "completed"


def test_failed_task_exits_7(serve: Serve) -> None:
    server = _task_server(serve, "failed")
    code, out, err = run(server, "seedance", "text-to-video", "run", *CREATE)
    assert code == 7
    assert "bad prompt" in err
    assert json.loads(out)["status"] == "failed"


def test_wait_timeout_exits_8(serve: Serve) -> None:
    server = _task_server(serve, "stuck")
    code, _out, err = run(server, "seedance", "text-to-video", "run", *CREATE, "--timeout", "0.3")
    assert code == 8
    assert "task_1" in err
