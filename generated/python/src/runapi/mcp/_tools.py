"""The tool list of the server, as plain data: name, short description, input schema.

`dynamic` (the default) is five fixed tools whatever the API's size; `full` is one tool per
operation carrying the operation's whole input schema. Both reach the same operations: those
of the selected kinds and groups, management operations only with a management key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._catalog import Catalog, without_descriptions

__all__ = ["MODES", "Selection", "ToolSpec", "tool_list"]

MODES = ("dynamic", "full")
_WAIT = {
    "wait": {
        "type": "boolean",
        "default": False,
        "description": "Poll until the task ends (progress notifications); else return its id.",
    },
    "timeout_seconds": {
        "type": "number",
        "exclusiveMinimum": 0,
        "description": "Longest wait (default 600).",
    },
    "download_dir": {
        "type": "string",
        "description": "Save the completed task's result files into this local directory.",
    },
}


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    input_schema: dict[str, Any]
    read_only: bool = False


@dataclass(frozen=True)
class Selection:
    """Which operations the server offers."""

    kinds: tuple[str, ...] = ()  # empty: every kind
    groups: tuple[str, ...] = ()  # namespaces; empty: every group
    management: bool = False  # a management key is configured

    def allows(self, operation: dict[str, Any]) -> bool:
        if operation["auth"] == "management_key" and not self.management:
            return False
        if self.kinds and operation["kind"] not in self.kinds:
            return False
        return not self.groups or operation["call"][0] in self.groups


def _object(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def _list_models(catalog: Catalog, selection: Selection) -> ToolSpec:
    kinds = [k for k in catalog.kind_ids() if any(m["kind"] == k for m in catalog.models)]
    if selection.kinds:
        kinds = [k for k in kinds if k in selection.kinds]
    return ToolSpec(
        "list_models",
        "Models by what they make (kind), each with the operation that runs it.",
        _object({"kind": {"type": "string", "enum": kinds}}, []),
        read_only=True,
    )


def _get_task(operations: list[str]) -> ToolSpec:
    return ToolSpec(
        "get_task",
        "Status of a task (its result once completed); can wait for it.",
        _object(
            {
                "operation": {
                    "type": "string",
                    "enum": operations,
                    "description": "The operation that created the task.",
                },
                "task_id": {"type": "string"},
                **_WAIT,
            },
            ["operation", "task_id"],
        ),
        read_only=True,
    )


def _dynamic(
    catalog: Catalog, selection: Selection, offered: list[dict[str, Any]]
) -> list[ToolSpec]:
    names = {
        "type": "string",
        "description": "An operation id from list_models or describe_operation.",
    }
    return [
        _list_models(catalog, selection),
        ToolSpec(
            "describe_operation",
            "The input JSON Schema and rules of an operation (of one model, when given). "
            "Operations: " + ", ".join(op["operation"] for op in offered) + ".",
            _object(
                {"operation": names, "model": {"type": "string"}},
                ["operation"],
            ),
            read_only=True,
        ),
        ToolSpec(
            "run_operation",
            "Run an operation: `arguments` is its request body (validated first). "
            "Tasks: set wait to get the result.",
            _object(
                {
                    "operation": names,
                    "arguments": {"type": "object", "description": "The request body."},
                    "params": {"type": "object", "description": "Path and query parameters."},
                    **_WAIT,
                },
                ["operation"],
            ),
        ),
        _get_task([op["operation"] for op in offered if op["task"]]),
    ]


def _operation_tool(operation: dict[str, Any]) -> ToolSpec:
    properties: dict[str, Any] = {
        name: without_descriptions(schema) for name, schema in operation["params"].items()
    }
    required = list(operation["required_params"])
    if operation["body"] is not None:
        properties["arguments"] = without_descriptions(operation["body"])
        required.append("arguments")
    if operation["task"]:
        properties.update(_WAIT)
    text = operation["summary"].rstrip(".") + "."
    return ToolSpec(operation["tool"], text, _object(properties, required))


def tool_list(catalog: Catalog, mode: str, selection: Selection) -> list[ToolSpec]:
    offered = [op for op in catalog.operations if selection.allows(op)]
    if mode == "dynamic":
        return _dynamic(catalog, selection, offered)
    tasks = [op["operation"] for op in offered if op["task"]]
    tools = [_operation_tool(op) for op in offered]
    return [_list_models(catalog, selection), *tools, *([_get_task(tasks)] if tasks else [])]
