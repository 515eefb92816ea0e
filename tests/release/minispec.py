"""Small multi-group specs for the release tests, built from tests/generator/minimal_spec.py.

Each group is the minimal spec's `demo` group under another name (a task create with two model
variants, its status operation) plus a synchronous `ping` call with a response model, so one
spec can carry one edit per group and griffe's findings can be told apart by namespace.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from tests.generator.minimal_spec import GROUP, ROOT, dump

Doc = dict[str, Any]

_PING = {
    "post": {
        "operationId": "demo.ping",
        "tags": ["demo"],
        "summary": "Ping",
        "description": "Answers with the message it was sent.",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/DemoPingRequest"}}
            },
        },
        "responses": {
            "200": {
                "description": "Pong.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/DemoPingResponse"}
                    }
                },
            },
            "400": {"$ref": "../openapi.yaml#/components/responses/BadRequest"},
        },
    }
}
_PING_SCHEMAS = {
    "DemoPingRequest": {
        "type": "object",
        "required": ["message"],
        "additionalProperties": False,
        "properties": {"message": {"type": "string"}},
    },
    "DemoPingResponse": {
        "type": "object",
        "required": ["ok"],
        "properties": {"ok": {"type": "boolean"}, "echo": {"type": "string"}},
    },
}


def group(name: str) -> Doc:
    """The demo group (with ping) renamed to `name` (snake_case)."""
    base = copy.deepcopy(GROUP)
    base["paths"]["ping"] = copy.deepcopy(_PING)
    base["components"]["schemas"].update(copy.deepcopy(_PING_SCHEMAS))
    pascal = "".join(part.capitalize() for part in name.split("_"))
    text = json.dumps(base).replace("Demo", pascal).replace("demo", name)
    renamed: Doc = json.loads(text)
    return renamed


def root(names: list[str]) -> Doc:
    document = copy.deepcopy(ROOT)
    document["tags"] = [{"name": n, "description": f"The {n} group."} for n in names]
    document["paths"] = {}
    for name in names:
        for key in group(name)["paths"]:
            path = f"/api/v1/{name}/" + key.replace("_by_id", "/{id}")
            document["paths"][path] = {"$ref": f"paths/{name}.yaml#/paths/{key}"}
    return document


def write(spec_dir: Path, root_doc: Doc, groups: dict[str, Doc]) -> Path:
    """Write spec/openapi.yaml and spec/paths/<group>.yaml; returns the root file."""
    (spec_dir / "paths").mkdir(parents=True, exist_ok=True)
    for stale in (spec_dir / "paths").glob("*.yaml"):
        stale.unlink()
    root_file = spec_dir / "openapi.yaml"
    root_file.write_text(dump(root_doc), encoding="utf-8")
    for name, content in groups.items():
        (spec_dir / "paths" / f"{name}.yaml").write_text(dump(content), encoding="utf-8")
    return root_file


def schemas(group_doc: Doc) -> Doc:
    found: Doc = group_doc["components"]["schemas"]
    return found
