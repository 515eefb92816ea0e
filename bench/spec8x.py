"""Build an 8x larger copy of the spec in .bench/spec8x/ (not committed) for bench/generate.py.

The bundled document (generated/openapi.json) is replicated seven more times: copy k renames
every path's first segment after /api/v1/ (`/api/v1/kling/...` -> `/api/v1/kling_r2/...`;
the others get a prefix: `/v1/models` -> `/r2/v1/models`),
every operationId's namespace (`kling.x.create` -> `kling_r2.x.create`), every tag, and every
component schema that belongs to one group (`KlingRequest` -> `KlingRequestR2`, refs
rewritten; schemas shared by several groups, like the task envelope, and the shared
parameters and responses stay shared, as they would in a larger API), so the copy is as valid
as the original and every target generates 8x the operations and about 8x the models. The
root file holds the components; each copy's path items live in their own file
(`paths/copy<k>.yaml`), like the real spec's group files.

    python bench/spec8x.py [factor]   # prints the root spec path
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parent.parent
BUNDLED = PROJECT / "generated" / "openapi.json"
PREFIX = "/api/v1/"


def _suffix(copy: int) -> str:
    return "" if copy == 1 else f"_r{copy}"


def _rename_path(path: str, copy: int) -> str:
    if copy == 1:
        return path
    if not path.startswith(PREFIX):  # the LLM-compatible paths (/v1/..., /v1beta/...)
        return f"/r{copy}{path}"
    head, _, rest = path[len(PREFIX) :].partition("/")
    return PREFIX + head + _suffix(copy) + ("/" + rest if rest else "")


def _rename_operation(operation_id: str, copy: int) -> str:
    head, dot, rest = operation_id.partition(".")
    return head + _suffix(copy) + dot + rest


SCHEMA_REF = "#/components/schemas/"


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                found.add(ref[len(SCHEMA_REF) :])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def group_schemas(document: dict[str, Any]) -> set[str]:
    """The component schemas reached from the operations of exactly one tag."""
    schemas = document["components"]["schemas"]
    owners: dict[str, set[str]] = {}
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            todo, seen = list(_refs(operation)), set()
            while todo:
                name = todo.pop()
                if name not in seen and name in schemas:
                    seen.add(name)
                    todo.extend(_refs(schemas[name]))
            for name in seen:
                owners.setdefault(name, set()).update(operation.get("tags", []))
    return {name for name, tags in owners.items() if len(tags) == 1}


def _rewrite(node: Any, copy: int, tags: set[str], owned: set[str], ref_prefix: str) -> Any:
    """Copy `node` for copy `copy`: refs, operationIds (links too) and tags renamed."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str) and v.startswith("#/components/"):
                _, _, section, name = v.split("/", 3)
                renamed = name if copy == 1 or name not in owned else f"{name}R{copy}"
                out[k] = f"{ref_prefix}#/components/{section}/{renamed}"
            elif k == "mapping" and isinstance(v, dict):
                out[k] = {
                    value: _rewrite({"$ref": ref}, copy, tags, owned, ref_prefix)["$ref"]
                    for value, ref in v.items()
                }
            elif k == "operationId" and isinstance(v, str):
                out[k] = _rename_operation(v, copy)
            elif k == "tags" and isinstance(v, list):
                out[k] = [t + _suffix(copy) if t in tags else t for t in v]
            else:
                out[k] = _rewrite(v, copy, tags, owned, ref_prefix)
        return out
    if isinstance(node, list):
        return [_rewrite(v, copy, tags, owned, ref_prefix) for v in node]
    return node


def build(factor: int = 8, into: Path | None = None) -> Path:
    """Write the `factor`x spec; returns its root file."""
    folder = into or PROJECT / ".bench" / f"spec{factor}x" / "spec"
    (folder / "paths").mkdir(parents=True, exist_ok=True)
    document = json.loads(BUNDLED.read_text(encoding="utf-8"))
    tags = {t["name"] for t in document.get("tags", [])}
    owned = group_schemas(document)
    root: dict[str, Any] = {k: v for k, v in document.items() if k not in ("paths", "components")}
    root["tags"] = [
        {**tag, "name": tag["name"] + _suffix(copy)}
        for copy in range(1, factor + 1)
        for tag in document.get("tags", [])
    ]
    root["x-tagGroups"] = [
        {**group, "tags": [t + _suffix(c) for c in range(1, factor + 1) for t in group["tags"]]}
        for group in document.get("x-tagGroups", [])
    ]
    root["paths"] = {}
    components: dict[str, dict[str, Any]] = {}
    for copy in range(1, factor + 1):
        paths: dict[str, Any] = {}
        for path, item in document["paths"].items():
            renamed = _rename_path(path, copy)
            paths[renamed] = _rewrite(item, copy, tags, owned, "../openapi.yaml")
            pointer = renamed.replace("~", "~0").replace("/", "~1")
            root["paths"][renamed] = {"$ref": f"paths/copy{copy}.yaml#/paths/{pointer}"}
        _dump({"paths": paths}, folder / "paths" / f"copy{copy}.yaml")
        for section, entries in document["components"].items():
            target = components.setdefault(section, {})
            for name, value in entries.items():
                if copy == 1 or (section == "schemas" and name in owned):
                    renamed = name if copy == 1 else f"{name}R{copy}"
                    target[renamed] = _rewrite(value, copy, tags, owned, "")
    root["components"] = components
    _dump(root, folder / "openapi.yaml")
    return folder / "openapi.yaml"


def _dump(data: Any, path: Path) -> None:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(
        yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )


if __name__ == "__main__":
    print(build(int(sys.argv[1]) if len(sys.argv) > 1 else 8))
