"""The MCP protocol side: tools/list and tools/call on the official SDK's low-level server.

The low-level `Server` is used because the tools are data (names, descriptions and JSON
Schemas generated from the spec), not Python functions. Tool failures (a body that breaks a
rule, an API error, a failed task) are answered as tool errors (`isError`), which the agent
reads and can correct; only a malformed request is a protocol error.
"""

from __future__ import annotations

import json
from typing import Any

import mcp.types as types
from mcp.server import Server, ServerRequestContext

from .._client import AsyncRunAPI

from ._calls import Runner, ToolError, Waiting
from ._catalog import Catalog, catalog, narrow
from ._tools import Selection, ToolSpec, tool_list

__all__ = ["INSTRUCTIONS", "build_server", "serve"]

INSTRUCTIONS = (
    "RunAPI: image, video, music, speech and LLM models behind one API key. Find a model with "
    "list_models (by kind), read its input schema with describe_operation when you need it, "
    "then run_operation (tasks: wait=true waits for the result, else get_task later). Bodies "
    "are checked before sending; an error names each broken rule. Media results are URLs; "
    "download_dir saves them locally."
)


def _result(value: Any) -> types.CallToolResult:
    text = json.dumps(value, ensure_ascii=False, indent=1)
    structured = value if isinstance(value, dict) else {"result": value}
    return types.CallToolResult(
        content=[types.TextContent(text=text)], structured_content=structured
    )


def _error(text: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(text=text)], is_error=True)


def _number(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ToolError(f"{name} must be a number above 0")
    return float(value)


class Tools:
    """Dispatch of tools/call for one server: which operations are offered, and how."""

    def __init__(self, data: Catalog, mode: str, selection: Selection, runner: Runner) -> None:
        self.catalog = data
        self.mode = mode
        self.selection = selection
        self.runner = runner
        self.specs = {spec.name: spec for spec in tool_list(data, mode, selection)}

    def listed(self) -> list[types.Tool]:
        return [
            types.Tool(
                name=spec.name,
                description=spec.description,
                input_schema=spec.input_schema,
                annotations=types.ToolAnnotations(read_only_hint=True) if spec.read_only else None,
            )
            for spec in self.specs.values()
        ]

    def allowed(self, operation_id: str) -> bool:
        found = self.catalog.by_id.get(operation_id)
        return found is not None and self.selection.allows(found)

    def operation(self, name: Any) -> dict[str, Any]:
        found = self.catalog.find(name) if isinstance(name, str) else None
        if found is None or not self.selection.allows(found):
            raise ToolError(f"unknown operation {name!r}: see list_models or describe_operation")
        return found

    async def call(self, ctx: ServerRequestContext[Any], name: str, args: dict[str, Any]) -> Any:
        spec: ToolSpec | None = self.specs.get(name)
        if spec is None:
            raise ToolError(f"unknown tool {name!r}")

        async def progress(task_id: str, status: str, elapsed: float) -> None:
            await ctx.session.report_progress(
                elapsed, None, f"task {task_id}: {status} ({elapsed:.0f}s)"
            )

        directory = args.get("download_dir")
        if directory is not None and (not isinstance(directory, str) or not directory):
            raise ToolError("download_dir must be a directory path")
        waiting = Waiting(
            wait=args.get("wait") is True,
            timeout=_number(args.get("timeout_seconds"), "timeout_seconds"),
            download_dir=directory,
            progress=progress,
        )
        if name == "list_models":
            kind = args.get("kind")
            return [
                m
                for m in self.catalog.models
                if (kind is None or m["kind"] == kind)
                and any(self.allowed(op) for op in m["operations"])
            ]
        if name == "describe_operation":
            return self.describe(self.operation(args.get("operation")), args.get("model"))
        if name == "get_task":
            operation = self.operation(args.get("operation"))
            return await self.runner.get(operation, str(args.get("task_id") or ""), waiting)
        if name == "run_operation":
            operation = self.operation(args.get("operation"))
            return await self.runner.run(
                operation, args.get("arguments"), args.get("params"), waiting
            )
        operation = self.catalog.by_tool[name]
        params = {k: v for k, v in args.items() if k in operation["params"]}
        return await self.runner.run(operation, args.get("arguments"), params, waiting)

    def describe(self, operation: dict[str, Any], model: Any) -> dict[str, Any]:
        schema = operation["body"]
        if isinstance(model, str) and schema is not None:
            schema = narrow(schema, model)
        return {
            "operation": operation["operation"],
            "summary": operation["summary"],
            "kind": operation["kind"],
            "http": operation["http"],
            "task": operation["task"],
            "result_fields": operation["completed_fields"],
            "params": operation["params"],
            "input_schema": schema,
            "rules": [r for r in operation["rules"] if not model or model in r["shape"]]
            or operation["rules"],
        }


def build_server(tools: Tools) -> Server[Any]:
    async def list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=tools.listed())

    async def call_tool(
        ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        try:
            return _result(await tools.call(ctx, params.name, dict(params.arguments or {})))
        except ToolError as exc:
            return _error(str(exc))
        except Exception as exc:  # an answer the SDK could not read: the session goes on
            return _error(f"{params.name} failed: {type(exc).__name__}: {exc}")

    from .._version import __version__

    return Server(
        "runapi",
        version=__version__,
        title="RunAPI",
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


async def serve(
    *,
    api_key: str | None,
    management_key: str | None,
    base_url: str | None,
    mode: str,
    selection: Selection,
    transport: str,
    host: str,
    port: int,
    poll_interval: float,
) -> None:
    """Run the server until the client disconnects (stdio) or it is interrupted (HTTP)."""
    async with AsyncRunAPI(
        api_key=api_key or "", management_key=management_key or "", base_url=base_url
    ) as client:
        tools = Tools(catalog(), mode, selection, Runner(client, poll_interval))
        server = build_server(tools)
        if transport == "stdio":
            from mcp.server.stdio import stdio_server

            async with stdio_server() as (read, write):
                await server.run(read, write, server.create_initialization_options())
            return
        import uvicorn

        app = server.streamable_http_app(host=host)
        config = uvicorn.Config(app, host=host, port=port, log_level="warning")
        await uvicorn.Server(config).serve()
