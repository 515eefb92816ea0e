"""Running operations for the tools, through the async SDK client.

The SDK validates every body before it is sent (its messages are the tool errors an agent
sees), polls tasks with its backoff and maps error answers to typed exceptions; this module
finds the SDK method of an operation, calls it and turns results and exceptions into JSON.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .. import _exceptions as errors
from .._client import AsyncRunAPI
from .._files import adownload

__all__ = ["Runner", "ToolError", "Waiting"]

#: Keyword parameters of every SDK method; body fields with these names go through extra_body.
_METHOD_KEYWORDS = frozenset({"extra_headers", "extra_body", "timeout"})
DEFAULT_WAIT_TIMEOUT = 600.0

Progress = Callable[[str, str, float], Awaitable[None]]  # (task id, status, elapsed seconds)


@dataclass(frozen=True)
class Waiting:
    """How a tool call treats a task: wait for it or not, how long, where to save results."""

    wait: bool
    timeout: float | None
    download_dir: str | None
    progress: Progress


class ToolError(Exception):
    """A failure the agent should read (an MCP tool error, not a protocol error)."""


def to_json(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_unset=True)
    return value


def _urls(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.startswith(("http://", "https://")) else []
    if isinstance(value, dict):
        return [url for item in value.values() for url in _urls(item)]
    if isinstance(value, list):
        return [url for item in value for url in _urls(item)]
    return []


class Runner:
    def __init__(self, client: AsyncRunAPI, poll_interval: float) -> None:
        self.client = client
        self.poll_interval = poll_interval

    def _resource(self, operation: dict[str, Any]) -> Any:
        resource: Any = self.client
        for name in operation["call"][:-1]:
            resource = getattr(resource, name)
        return resource

    async def run(
        self,
        operation: dict[str, Any],
        arguments: Any,
        params: Any,
        waiting: Waiting,
    ) -> Any:
        body = arguments if arguments is not None else {}
        if not isinstance(body, dict):
            raise ToolError("arguments must be a JSON object (the request body)")
        if params is not None and not isinstance(params, dict):
            raise ToolError("params must be a JSON object")
        if body.get("stream") is True:
            raise ToolError("streaming answers are not available through MCP; leave stream unset")
        resource = self._resource(operation)
        method = getattr(resource, operation["call"][-1])
        given = dict(params or {})
        missing = [name for name in operation["required_params"] if name not in given]
        if missing:
            raise ToolError(f"params needs {', '.join(missing)}")
        positional = [str(given.pop(name)) for name in operation["path_params"] if name in given]
        unknown = sorted(set(given) - set(operation["query_params"]))
        if unknown:
            raise ToolError(f"unknown params: {', '.join(unknown)}")
        keywords: dict[str, Any] = dict(given)
        if operation["body_kind"] != "none":
            taken = _METHOD_KEYWORDS | set(operation["path_params"]) | set(given)
            extra = {k: v for k, v in body.items() if k in taken}
            if extra:
                keywords["extra_body"] = extra
            keywords.update({k: v for k, v in body.items() if k not in taken})
        elif body:
            raise ToolError(f"{operation['operation']} takes no request body")
        result = await _guarded(method(*positional, **keywords))
        if not operation["task"] or not waiting.wait:
            return to_json(result)
        return await self.wait(operation, str(result.id), waiting)

    async def get(
        self,
        operation: dict[str, Any],
        task_id: str,
        waiting: Waiting,
    ) -> Any:
        if not operation["task"]:
            raise ToolError(f"{operation['operation']} does not create tasks")
        if not task_id:
            raise ToolError("task_id is required")
        if waiting.wait:
            return await self.wait(operation, task_id, waiting)
        status = to_json(await _guarded(self._resource(operation).get(task_id)))
        directory = waiting.download_dir
        if directory and isinstance(status, dict) and status.get("status") == "completed":
            status["saved"] = await self.download(status, directory)
        return status

    async def wait(
        self,
        operation: dict[str, Any],
        task_id: str,
        waiting: Waiting,
    ) -> Any:
        async def report(status: Any, elapsed: float) -> None:
            state = getattr(status, "status", status)
            await waiting.progress(task_id, str(getattr(state, "value", state)), elapsed)

        try:
            completed = await self._resource(operation).wait(
                task_id,
                timeout=waiting.timeout or DEFAULT_WAIT_TIMEOUT,
                poll_interval=self.poll_interval,
                max_poll_interval=max(30.0, self.poll_interval),
                on_progress=report,
            )
        except errors.TaskFailedError as exc:
            raise ToolError(f"{exc}; status: {to_json(exc.status)}") from None
        except errors.TaskTimeoutError:
            raise ToolError(
                f"task {task_id} is still running; ask again with get_task "
                f"(operation {operation['operation']}, task_id {task_id})"
            ) from None
        except errors.RunAPIError as exc:
            raise ToolError(_describe(exc)) from None
        result = to_json(completed)
        if waiting.download_dir and isinstance(result, dict):
            result["saved"] = await self.download(result, waiting.download_dir)
        return result

    async def download(self, result: Any, directory: str) -> list[str]:
        from .._files import _destination_path

        os.makedirs(directory, exist_ok=True)
        saved: list[str] = []
        used: set[str] = set()
        for url in dict.fromkeys(_urls(result)):
            target = _destination_path(url, directory + os.sep)
            stem, suffix, counter = target.stem, target.suffix, 1
            while str(target) in used:
                target = target.with_name(f"{stem}-{counter}{suffix}")
                counter += 1
            used.add(str(target))
            try:
                path = await adownload(self.client, url, target)
            except (errors.RunAPIError, OSError, ValueError) as exc:
                raise ToolError(f"could not save {url}: {exc}") from None
            saved.append(str(path))
        return saved


async def _guarded(call: Awaitable[Any]) -> Any:
    try:
        return await call
    except (errors.RunAPIError, ValueError) as exc:  # ValidationError is both
        raise ToolError(_describe(exc)) from None


def _describe(exc: Exception) -> str:
    if isinstance(exc, errors.MissingCredentialsError):
        return (
            f"no {exc.key_name.replace('_', ' ')} is configured: set {exc.env_var} for the "
            "server, or run `runapi auth import-token --token -` before starting it"
        )
    return str(exc)
