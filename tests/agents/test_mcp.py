"""`runapi mcp`, driven by the MCP SDK's own client against a local mock API.

One test starts the server as an agent runtime does, a subprocess on stdio (`python -m
runapi.cli mcp`), and one serves streamable HTTP from a subprocess: the process boundary, the
framing and the transports. The others run the same `runapi mcp` command in this process (its
options, the credentials it resolves, the server `serve` builds) with only its stdio swapped for
the MCP SDK's in-memory streams: the tool logic, without an interpreter start per session. The
mock API answers on 127.0.0.1 only.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import mcp.server.stdio
import pytest
from click.testing import CliRunner
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.shared.memory import create_client_server_memory_streams
from runapi.cli import cli

from generator.build import build_api
from tests.cli.conftest import Handler, LocalServer, Request, json_answer

from .tokens import count_json

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts"
API_KEY = "sk-mcp-test-0123456789abcdef"
MANAGEMENT_KEY = "mk-test-0123456789abcdef"
#: Budget of the default tool list (o200k_base tokens of tools/list as JSON).
DYNAMIC_BUDGET = 2500
#: What every session passes: a short first wait between task status checks.
OPTIONS = ("--poll-interval", "0.05")

VIDEO = {
    "model": "seedance-2.0",
    "prompt": "A lighthouse at dawn, waves breaking below",
    "duration_seconds": 5,
}


@asynccontextmanager
async def stdio_session(
    base_url: str, *args: str, env: dict[str, str] | None = None
) -> AsyncIterator[ClientSession]:
    """`runapi mcp <args>` as a subprocess on stdio, as an agent runtime starts it."""
    variables = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ["HOME"],
        "XDG_CONFIG_HOME": os.environ["XDG_CONFIG_HOME"],
        "RUNAPI_API_KEY": API_KEY,
        "RUNAPI_BASE_URL": base_url,
        **({"PYTHONPATH": os.environ["PYTHONPATH"]} if "PYTHONPATH" in os.environ else {}),
        **(env or {}),
    }
    command = [sys.executable, "-m", "runapi.cli", "mcp", *OPTIONS, *args]
    parameters = StdioServerParameters(command=command[0], args=command[1:], env=variables)
    async with stdio_client(parameters) as (read, write), ClientSession(read, write) as client:
        await client.initialize()
        yield client


@asynccontextmanager
async def session(
    base_url: str, *args: str, env: dict[str, str] | None = None
) -> AsyncIterator[ClientSession]:
    """`runapi mcp <args>` in this process, its stdio swapped for in-memory streams.

    The command runs as in the subprocess, with the same environment (the private HOME and
    config of the `home` fixture, the API key and base URL, `env`): click parses the options,
    credentials resolve, and the `anyio.run` that starts the server hands over its coroutine
    instead of blocking; that coroutine, the real `serve`, then runs here next to the client,
    and its `stdio_server()` yields the server's end of the in-memory streams."""
    started: list[Callable[[], Coroutine[Any, Any, None]]] = []
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {"RUNAPI_API_KEY": API_KEY, "RUNAPI_BASE_URL": base_url}.items():
            patch.setenv(name, value)
        for name, value in (env or {}).items():
            patch.setenv(name, value)
        with pytest.MonkeyPatch.context() as starting:
            starting.setattr(anyio, "run", started.append)
            result = CliRunner().invoke(cli, ["mcp", *OPTIONS, *args], catch_exceptions=False)
        assert result.exit_code == 0 and len(started) == 1, result.output
        async with create_client_server_memory_streams() as (client_end, server_end):

            @asynccontextmanager
            async def stdio_server() -> AsyncIterator[Any]:
                yield server_end

            patch.setattr(mcp.server.stdio, "stdio_server", stdio_server)
            async with anyio.create_task_group() as server:
                server.start_soon(started[0])
                try:
                    async with ClientSession(*client_end) as client:
                        await client.initialize()
                        yield client
                finally:
                    # End of input, as when the agent closes the pipe: the server's run ends
                    # and `serve` returns (closing its SDK client); the task group waits for it.
                    await client_end[1].aclose()
                    await server_end[1].aclose()


def run(test: Callable[[], Any]) -> Any:
    async def bounded() -> Any:
        with anyio.fail_after(60):  # a hang fails the test instead of the suite
            return await test()

    return anyio.run(bounded)


class TaskApi:
    """A mock of the task endpoints: a create answers 202, its status completes on the 3rd poll."""

    def __init__(self) -> None:
        self.polls = 0

    def __call__(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.method == "GET" and request.path == "/files/out.mp4":
            # Result files are fetched without the API key (it never leaves for other hosts).
            assert "Authorization" not in request.headers
            return 200, {"Content-Type": "video/mp4"}, b"MP4DATA"
        if request.method == "GET" and request.path == "/api/v1/keys":
            if request.headers.get("Authorization") != f"Bearer {MANAGEMENT_KEY}":
                return json_answer(401, {"error": "Invalid management key"})
            return json_answer(200, [])
        if request.headers.get("Authorization") != f"Bearer {API_KEY}":
            return json_answer(401, {"error": "Invalid API key"})
        if request.method == "POST" and request.path == "/api/v1/seedance/text_to_video":
            return json_answer(202, {"id": "task_123", "status": "processing"})
        if request.method == "GET" and request.path == "/api/v1/seedance/text_to_video/task_123":
            self.polls += 1
            if self.polls < 3:
                return json_answer(200, {"id": "task_123", "status": "processing"})
            return json_answer(
                200,
                {
                    "id": "task_123",
                    "status": "completed",
                    "model": "seedance-2.0",
                    "videos": [{"url": self.url + "/files/out.mp4"}],
                },
            )
        return json_answer(404, {"error": f"no route {request.method} {request.path}"})

    url = ""


@pytest.fixture
def task_api(serve: Callable[[Handler], LocalServer]) -> tuple[TaskApi, LocalServer]:
    api = TaskApi()
    server = serve(api)
    api.url = server.url
    return api, server


def _text(result: Any) -> str:
    return "".join(block.text for block in result.content if block.type == "text")


def _listed(tools: Any) -> list[dict[str, Any]]:
    return [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools.tools]


def test_list_tools_and_create_and_wait_with_progress(
    task_api: tuple[TaskApi, LocalServer], tmp_path: Path
) -> None:
    api, server = task_api
    updates: list[tuple[float, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        updates.append((progress, message))

    async def scenario() -> Any:
        async with stdio_session(server.url) as client:
            tools = await client.list_tools()
            names = [t.name for t in tools.tools]
            assert names == ["list_models", "describe_operation", "run_operation", "get_task"]
            result = await client.call_tool(
                "run_operation",
                {
                    "operation": "seedance.text_to_video.create",
                    "arguments": VIDEO,
                    "wait": True,
                    "download_dir": str(tmp_path / "out"),
                },
                progress_callback=on_progress,
            )
            return result

    result = run(scenario)
    assert not result.is_error, _text(result)
    completed = json.loads(_text(result))
    assert completed["status"] == "completed" and completed["videos"][0]["url"].endswith("out.mp4")
    assert (tmp_path / "out" / "out.mp4").read_bytes() == b"MP4DATA"
    assert completed["saved"] == [str(tmp_path / "out" / "out.mp4")]
    creates = [r for r in server.requests if r.method == "POST"]
    assert len(creates) == 1 and json.loads(creates[0].body) == VIDEO
    assert api.polls == 3
    assert len(updates) == 3 and all("task_123" in (m or "") for _, m in updates)
    assert [v for v, _ in updates] == sorted(v for v, _ in updates)


def test_a_broken_rule_is_a_tool_error_with_the_sdk_message(
    task_api: tuple[TaskApi, LocalServer],
) -> None:
    _api, server = task_api

    async def scenario() -> list[Any]:
        async with session(server.url) as client:
            bad = await client.call_tool(
                "run_operation",
                {
                    "operation": "seedance.text_to_video.create",
                    "arguments": {"model": "seedance-1.5-pro", "prompt": "hi"},
                },
            )
            unknown = await client.call_tool("run_operation", {"operation": "nope.nothing"})
            # The server is still there after both.
            listed = await client.call_tool("list_models", {"kind": "music"})
            return [bad, unknown, listed]

    bad, unknown, listed = run(scenario)
    assert bad.is_error
    text = _text(bad)
    assert "aspect_ratio is required when model is seedance-1.5-pro" in text
    assert "prompt must be at least 3 characters long when model is seedance-1.5-pro" in text
    assert unknown.is_error and "unknown operation" in _text(unknown)
    assert not listed.is_error
    assert {m["kind"] for m in json.loads(_text(listed))} == {"music"}
    assert server.requests == []  # nothing was sent


def test_create_then_get_task(task_api: tuple[TaskApi, LocalServer]) -> None:
    _api, server = task_api

    async def scenario() -> list[Any]:
        async with session(server.url) as client:
            created = await client.call_tool(
                "run_operation",
                {"operation": "seedance.text_to_video.create", "arguments": VIDEO},
            )
            status = await client.call_tool(
                "get_task",
                {"operation": "seedance.text_to_video.create", "task_id": "task_123"},
            )
            return [created, status]

    created, status = run(scenario)
    assert json.loads(_text(created)) == {"id": "task_123", "status": "processing"}
    assert json.loads(_text(status))["status"] == "processing"


def test_describe_operation_narrows_to_one_model(task_api: tuple[TaskApi, LocalServer]) -> None:
    _api, server = task_api

    async def scenario() -> Any:
        async with session(server.url) as client:
            return await client.call_tool(
                "describe_operation",
                {"operation": "seedance.text_to_video.create", "model": "seedance-1.5-pro"},
            )

    described = json.loads(_text(run(scenario)))
    schema = described["input_schema"]
    assert schema["properties"]["model"] == {"const": "seedance-1.5-pro"}
    assert set(schema["required"]) == {"model", "prompt", "aspect_ratio", "duration_seconds"}
    assert described["result_fields"] == ["videos"]


def test_full_tools_cover_every_operation_and_management_needs_its_key(
    task_api: tuple[TaskApi, LocalServer], bundled: dict[str, Any]
) -> None:
    _api, server = task_api
    api = build_api(bundled)

    async def scenario(*args: str, env: dict[str, str] | None = None) -> Any:
        async with session(server.url, "--tools", "full", *args, env=env) as client:
            return await client.list_tools()

    without = run(lambda: scenario())
    with_key = run(lambda: scenario(env={"RUNAPI_MANAGEMENT_KEY": MANAGEMENT_KEY}))
    callable_ops = [op for op in api.operations if op.kind != "task_status"]
    management = [op for op in callable_ops if op.auth == "management_key"]
    assert management  # the spec has management operations to hide
    extra = {"list_models", "get_task"}
    assert len(with_key.tools) == len(callable_ops) + len(extra)
    assert len(without.tools) == len(callable_ops) - len(management) + len(extra)
    hidden = {t.name for t in with_key.tools} - {t.name for t in without.tools}
    assert hidden == {"_".join(op.call_path) for op in management}
    # get_task reaches every task's status operation.
    get_task = next(t for t in without.tools if t.name == "get_task")
    tasks = {op.operation_id for op in callable_ops if op.kind == "task_create"}
    assert set(get_task.input_schema["properties"]["operation"]["enum"]) == tasks
    # Per-model variants are in the input schemas.
    seedance = next(t for t in without.tools if t.name == "seedance_text_to_video")
    variants = seedance.input_schema["properties"]["arguments"]["oneOf"]
    assert {v["properties"]["model"]["const"] for v in variants} >= {
        "seedance-1.5-pro",
        "seedance-2.0",
    }


def test_management_tools_refused_without_a_management_key(
    task_api: tuple[TaskApi, LocalServer],
) -> None:
    _api, server = task_api

    async def scenario(env: dict[str, str] | None) -> Any:
        async with session(server.url, env=env) as client:
            return await client.call_tool("run_operation", {"operation": "keys.list"})

    refused = run(lambda: scenario(None))
    assert refused.is_error and "unknown operation" in _text(refused)
    allowed = run(lambda: scenario({"RUNAPI_MANAGEMENT_KEY": MANAGEMENT_KEY}))
    assert not allowed.is_error, _text(allowed)


def test_tool_list_sizes_are_measured(task_api: tuple[TaskApi, LocalServer]) -> None:
    _api, server = task_api

    async def scenario(*args: str) -> list[dict[str, Any]]:
        async with session(server.url, *args) as client:
            return _listed(await client.list_tools())

    figures: dict[str, Any] = {"encoding": "o200k_base"}
    variants: dict[str, tuple[str, ...]] = {
        "dynamic": (),
        "full": ("--tools", "full"),
        "full --kind video": ("--tools", "full", "--kind", "video"),
        "full --kind image": ("--tools", "full", "--kind", "image"),
    }
    for label, args in variants.items():

        async def listed(args: tuple[str, ...] = args) -> list[dict[str, Any]]:
            return await scenario(*args)

        tools = run(listed)
        figures[label] = {"tools": len(tools), "tokens": count_json(tools)}
    assert figures["dynamic"]["tokens"] <= DYNAMIC_BUDGET, figures
    # The full list is what the dynamic default saves: at least ten times larger.
    assert figures["full"]["tokens"] >= 10 * figures["dynamic"]["tokens"], figures
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "mcp-tokens.json").write_text(json.dumps(figures, indent=2) + "\n")


def test_missing_sdk_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli.conftest import invoke

    monkeypatch.setitem(sys.modules, "mcp", None)  # `import mcp` now raises ImportError
    result = invoke(["mcp"])
    assert result.exit_code == 2
    assert "pip install 'runapi[mcp]'" in result.stderr


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_streamable_http_transport(task_api: tuple[TaskApi, LocalServer]) -> None:
    import subprocess
    import time

    import httpx
    from mcp.client.streamable_http import streamable_http_client

    _api, server = task_api
    port = _free_port()
    env = {**os.environ, "RUNAPI_API_KEY": API_KEY, "RUNAPI_BASE_URL": server.url}
    command = [
        sys.executable,
        "-m",
        "runapi.cli",
        "mcp",
        "--transport",
        "http",
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:  # bounded: the server either listens within 30 s or the test fails
            try:
                httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "the HTTP server did not start"
                time.sleep(0.1)

        async def scenario() -> list[Any]:
            url = f"http://127.0.0.1:{port}/mcp"
            async with (
                streamable_http_client(url) as (read, write),
                ClientSession(read, write) as client,
            ):
                await client.initialize()
                tools = await client.list_tools()
                bad = await client.call_tool(
                    "run_operation",
                    {"operation": "seedance.text_to_video.create", "arguments": {"model": "x"}},
                )
                return [tools, bad]

        tools, bad = run(scenario)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert [t.name for t in tools.tools] == [
        "list_models",
        "describe_operation",
        "run_operation",
        "get_task",
    ]
    assert bad.is_error and "model" in _text(bad)
    assert server.requests == []
