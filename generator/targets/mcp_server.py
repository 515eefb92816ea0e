"""generated/python/src/runapi/mcp/: the MCP server of the Python package (`runapi mcp`).

The server runtime (templates/mcp/static/) is hand-written on the official `mcp` SDK and knows
no operation; this target writes what it serves, as data decided from the IR: one entry per
operation a tool can call (task creates and plain calls; a task's status operation is reached
through the `get_task` tool), each with its input JSON Schema taken from the spec (refs inlined,
per-model variants kept, maintainer notes and OpenAPI-only keywords dropped), its media kind,
its auth and its SDK call path, plus the model catalogue.
"""

from __future__ import annotations

import json
from typing import Any

from ..bundle import Bundle
from ..ir import Api, Operation
from ..openapi import lookup
from .python_package import PACKAGE as PACKAGE_TEMPLATES
from .render import PROJECT, format_all, template_environment
from .units import Units, document_parts, ir_digest

TEMPLATES = PROJECT / "templates" / "mcp"
STATIC = TEMPLATES / "static"
SOURCE = "python/src/runapi/mcp"
#: Keywords that JSON Schema validators ignore or that only OpenAPI tools read.
DROPPED = frozenset({"discriminator", "example", "examples", "xml", "externalDocs"})
#: MCP tool names: what every client accepts (Claude's API: ^[a-zA-Z0-9_-]{1,64}$).
MAX_TOOL_NAME = 64


def inline_schema(document: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """`node` with every `$ref` replaced by its target: tool schemas stand alone."""
    if depth > 40:
        raise ValueError("schema nesting too deep to inline for an MCP tool")
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            return inline_schema(document, lookup(document, node["$ref"][1:]), depth + 1)
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key.startswith("x-") or key in DROPPED:
                continue
            if key == "properties" and isinstance(value, dict):
                out[key] = {k: inline_schema(document, v, depth + 1) for k, v in value.items()}
            else:
                out[key] = inline_schema(document, value, depth + 1)
        return out
    if isinstance(node, list):
        return [inline_schema(document, item, depth + 1) for item in node]
    return node


def tool_name(operation: Operation) -> str:
    """`seedance.text_to_video.create` -> `seedance_text_to_video`; calls keep their verb."""
    parts = list(operation.call_path)
    if operation.kind == "task_create" and parts[-1] == "create":
        parts.pop()
    name = "_".join(parts)
    if len(name) > MAX_TOOL_NAME:
        raise ValueError(f"MCP tool name {name!r} is longer than {MAX_TOOL_NAME} characters")
    return name


def _param_schemas(document: dict[str, Any], operation: Operation) -> dict[str, Any]:
    params = {}
    for param in (*operation.path_params, *operation.query_params):
        schema = inline_schema(document, param.schema)
        if param.description:
            schema = {**schema, "description": param.description}
        params[param.name] = schema
    return params


def entry(document: dict[str, Any], api: Api, operation: Operation) -> dict[str, Any]:
    body = None
    if operation.body is not None:
        body = inline_schema(document, lookup(document, operation.body.schema_pointer))
    status = api.operation(operation.status_operation_id) if operation.status_operation_id else None
    return {
        "operation": operation.operation_id,
        "tool": tool_name(operation),
        "summary": operation.summary,
        "kind": operation.media_kind,
        "task": operation.kind == "task_create",
        "status_operation": status.operation_id if status else None,
        "completed_fields": list(status.completed_fields) if status else [],
        "call": list(operation.call_path),
        "auth": operation.auth,
        "http": f"{operation.http_method} {operation.path}",
        "path_params": [p.name for p in operation.path_params],
        "query_params": [p.name for p in operation.query_params],
        "required_params": [p.name for p in operation.path_params if p.required]
        + [p.name for p in operation.query_params if p.required],
        "params": _param_schemas(document, operation),
        "body": body,
        "body_kind": "none"
        if operation.body is None
        else ("multipart" if operation.body.media_type == "multipart/form-data" else "json"),
        "streams": operation.stream_event_schema is not None,
        "models": list(operation.models),
        "rules": [
            {"shape": variant.label, "rules": list(variant.rules)}
            for variant in (operation.body.variants if operation.body else ())
            if variant.rules
        ],
    }


def _entry_text(document: dict[str, Any], api: Api, operation: Operation) -> tuple[str, str]:
    """An operation's tool name and catalogue entry as `_catalog.json` holds it (json's indented
    encoder is pure Python: the catalogue is written from remembered entry texts)."""
    found = entry(document, api, operation)
    return str(found["tool"]), _json(found, depth=2)


def _json(value: Any, depth: int) -> str:
    """`json.dumps(value, indent=1)` as it reads `depth` levels down."""
    return json.dumps(value, indent=1, ensure_ascii=False).replace("\n", "\n" + " " * depth)


def catalog_text(api: Api, document: dict[str, Any]) -> str:
    """`_catalog.json`: `json.dumps(catalog, indent=1)` of the kinds, models and tool entries."""
    units = Units("mcp")
    by_id = {o.operation_id: o for o in reversed(api.operations)}  # the first of an id wins
    entries = []
    for op in api.operations:
        if op.kind == "task_status":
            continue
        # A task's entry reads its status operation too.
        status = by_id.get(op.status_operation_id or "")
        read = [op, *([status] if status is not None else [])]
        inputs = [[ir_digest(o) for o in read], document_parts(document).of(read)]
        entries.append(units.get("entry", inputs, _entry_text, document, api, op))
    units.save()
    names = [name for name, _ in entries]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"MCP tool names are not unique: {duplicates}")
    head = {
        "api_version": api.version,
        "kinds": [{"id": k.id, "name": k.name} for k in api.kinds],
        "models": [
            {
                "model": m.id,
                "kind": m.kind,
                "operations": list(m.operation_ids),
                "description": m.description,
            }
            for m in api.models
        ],
    }
    lines = [f" {json.dumps(key)}: {_json(value, 1)}" for key, value in head.items()]
    operations = ",\n".join(f"  {text}" for _, text in entries)
    lines.append(' "operations": ' + (f"[\n{operations}\n ]" if entries else "[]"))
    return "{\n" + ",\n".join(lines) + "\n}"


def render(api: Api, bundle: Bundle) -> dict[str, bytes]:
    sources = {
        f"{SOURCE}/{path.name}": path.read_text(encoding="utf-8")
        for path in sorted(STATIC.glob("*.py"))
    }
    # Formatted with the package's own configuration, as the CLI target does (python_cli.py).
    info = bundle.document.get("info") or {}
    pyproject = template_environment(PACKAGE_TEMPLATES).get_template("pyproject.toml.j2")
    config = pyproject.render(version=api.version, summary=str(info.get("summary", "")).rstrip("."))
    formatted = format_all({**sources, "python/pyproject.toml": config}, "python")
    files = {name: formatted[name].encode("utf-8") for name in sources}
    text = catalog_text(api, bundle.document) + "\n"
    files[f"{SOURCE}/_catalog.json"] = text.encode("utf-8")
    return dict(sorted(files.items()))
