"""The generated catalogue (`_catalog.json`): operations, their input schemas, the models.

Plain data, loaded once; nothing here imports the MCP SDK.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

__all__ = ["Catalog", "catalog", "narrow", "without_descriptions"]


class Catalog:
    def __init__(self, data: dict[str, Any]) -> None:
        self.api_version: str = data["api_version"]
        self.kinds: list[dict[str, str]] = data["kinds"]
        self.models: list[dict[str, Any]] = data["models"]
        self.operations: list[dict[str, Any]] = data["operations"]
        self.by_id: dict[str, dict[str, Any]] = {op["operation"]: op for op in self.operations}
        self.by_tool: dict[str, dict[str, Any]] = {op["tool"]: op for op in self.operations}
        self.by_model: dict[str, dict[str, Any]] = {m["model"]: m for m in self.models}

    def find(self, name: str) -> dict[str, Any] | None:
        """An operation by operation id or tool name; a status operation finds its create."""
        found = self.by_id.get(name) or self.by_tool.get(name)
        if found is None:
            found = next((op for op in self.operations if op["status_operation"] == name), None)
        return found

    def kind_ids(self) -> list[str]:
        return [kind["id"] for kind in self.kinds]


@cache
def catalog() -> Catalog:
    from importlib import resources

    text = resources.files(__package__).joinpath("_catalog.json").read_text(encoding="utf-8")
    return Catalog(json.loads(text))


def _accepts(branch: Any, model: str) -> bool:
    prop = (branch.get("properties") or {}).get("model") if isinstance(branch, dict) else None
    if not isinstance(prop, dict):
        return False
    return prop.get("const") == model or model in (prop.get("enum") or [])


def narrow(schema: Any, model: str) -> Any:
    """The request shape(s) of `schema` that accept `model` (the whole schema when none is
    selected by model)."""
    if not isinstance(schema, dict) or not isinstance(schema.get("oneOf"), list):
        return schema
    chosen = [branch for branch in schema["oneOf"] if _accepts(branch, model)]
    if not chosen:
        return schema
    rest = {k: v for k, v in schema.items() if k != "oneOf"}
    if len(chosen) == 1:
        return {**rest, **chosen[0]}
    return {**rest, "oneOf": chosen}


def without_descriptions(node: Any) -> Any:
    """`node` without `description` keywords (the full tool list's size is its schemas)."""
    if isinstance(node, dict):
        return {
            k: (
                {name: without_descriptions(v) for name, v in value.items()}
                if k == "properties" and isinstance(value, dict)
                else without_descriptions(value)
            )
            for k, value in node.items()
            if k != "description" or not isinstance(value, str)
        }
    if isinstance(node, list):
        return [without_descriptions(item) for item in node]
    return node
