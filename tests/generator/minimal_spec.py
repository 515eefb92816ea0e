"""A small but complete spec (root + one group file) that passes every check; tests break it."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

ROOT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Mini", "version": "1.0.0", "description": "Test spec."},
    "servers": [{"url": "https://runapi.ai"}],
    "security": [{"ApiKeyAuth": []}],
    "tags": [{"name": "demo", "description": "Demo group."}],
    "paths": {
        "/api/v1/demo/render": {"$ref": "paths/demo.yaml#/paths/render"},
        "/api/v1/demo/render/{id}": {"$ref": "paths/demo.yaml#/paths/render_by_id"},
    },
    "components": {
        "securitySchemes": {"ApiKeyAuth": {"type": "http", "scheme": "bearer"}},
        "parameters": {
            "TaskId": {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
            **{
                name: {
                    "name": header,
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string"},
                }
                for name, header in (
                    ("CallbackId", "X-Callback-Id"),
                    ("CallbackTimestamp", "X-Callback-Timestamp"),
                    ("CallbackSignature", "X-Callback-Signature"),
                )
            },
        },
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "string"}},
            },
            "TaskAccepted": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}},
            },
            "TaskEnvelope": {
                "type": "object",
                "required": ["id", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "status": {"enum": ["processing", "completed", "failed"]},
                },
            },
        },
        "responses": {
            "BadRequest": {
                "description": "Bad request.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        },
    },
}

_ERRORS = {"400": {"$ref": "../openapi.yaml#/components/responses/BadRequest"}}

GROUP: dict[str, Any] = {
    "paths": {
        "render": {
            "post": {
                "operationId": "demo.render.create",
                "tags": ["demo"],
                "summary": "Render",
                "description": "Starts a render task.",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/DemoRenderRequest"},
                            "examples": {"basic": {"value": {"model": "fast", "prompt": "cat"}}},
                        }
                    },
                },
                "responses": {
                    "202": {
                        "description": "Accepted.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "../openapi.yaml#/components/schemas/TaskAccepted"
                                }
                            }
                        },
                        "links": {
                            "getTaskStatus": {
                                "operationId": "demo.render.get",
                                "parameters": {"id": "$response.body#/id"},
                            }
                        },
                    },
                    **_ERRORS,
                },
                "callbacks": {
                    "taskStatus": {
                        "{$request.body#/callback_url}": {
                            "post": {
                                "parameters": [
                                    {"$ref": f"../openapi.yaml#/components/parameters/{n}"}
                                    for n in (
                                        "CallbackId",
                                        "CallbackTimestamp",
                                        "CallbackSignature",
                                    )
                                ],
                                "requestBody": {
                                    "required": True,
                                    "content": {
                                        "application/json": {
                                            "schema": {
                                                "$ref": "#/components/schemas/DemoRenderStatus"
                                            }
                                        }
                                    },
                                },
                                "responses": {
                                    "200": {"description": "Acknowledged."},
                                    "4XX": {"description": "Retried."},
                                },
                            }
                        }
                    }
                },
            }
        },
        "render_by_id": {
            "get": {
                "operationId": "demo.render.get",
                "tags": ["demo"],
                "summary": "Get a render",
                "description": "Returns the task status.",
                "parameters": [{"$ref": "../openapi.yaml#/components/parameters/TaskId"}],
                "responses": {
                    "200": {
                        "description": "Status.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/DemoRenderStatus"}
                            }
                        },
                    },
                    **_ERRORS,
                },
            }
        },
    },
    "components": {
        "schemas": {
            "DemoRenderRequest": {
                "oneOf": [
                    {"$ref": "#/components/schemas/DemoRenderFast"},
                    {"$ref": "#/components/schemas/DemoRenderSlow"},
                ],
                "discriminator": {
                    "propertyName": "model",
                    "mapping": {
                        "fast": "#/components/schemas/DemoRenderFast",
                        "slow": "#/components/schemas/DemoRenderSlow",
                    },
                },
            },
            "DemoRenderFast": {
                "type": "object",
                "required": ["model", "prompt"],
                "additionalProperties": False,
                "properties": {
                    "model": {"const": "fast"},
                    "prompt": {"type": "string"},
                    "callback_url": {"type": "string"},
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                },
                "allOf": [
                    {"description": "end requires start", "dependentRequired": {"end": ["start"]}}
                ],
                "x-runapi-rules": [
                    {
                        "description": "end must be greater than start",
                        "compare": {"left": "end", "op": "gt", "right": "start"},
                    }
                ],
            },
            "DemoRenderSlow": {
                "type": "object",
                "required": ["model", "prompt"],
                "additionalProperties": False,
                "properties": {
                    "model": {"const": "slow"},
                    "prompt": {"type": "string"},
                    "callback_url": {"type": "string"},
                },
            },
            "DemoRenderStatus": {
                "allOf": [
                    {"$ref": "../openapi.yaml#/components/schemas/TaskEnvelope"},
                    {"type": "object", "properties": {"url": {"type": "string"}}},
                    {
                        "description": "url is present once the task has completed",
                        "if": {
                            "required": ["status"],
                            "properties": {"status": {"const": "completed"}},
                        },
                        "then": {"required": ["url"]},
                    },
                ],
            },
        }
    },
}


#: libyaml's emitter, several times faster than PyYAML's pure-Python one (the hostile tests write
#: hundreds of specs). It writes the same text for every spec these tests write; it differs on
#: some fuzzed data (an empty key is `'': x`, not `? ''`), so the fuzz keeps PyYAML's (`exact`).
_FAST_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump(document: Any, *, exact: bool = False) -> str:
    """`yaml.safe_dump(document, sort_keys=False)` (with libyaml's emitter unless `exact`)."""
    text: str = yaml.dump(
        document, Dumper=yaml.SafeDumper if exact else _FAST_DUMPER, sort_keys=False
    )
    return text


@functools.cache
def _unmodified(which: str) -> str:
    """The text of the spec as it is, written once (tests edit copies: fresh())."""
    return dump(ROOT if which == "root" else GROUP, exact=True)


def write_spec(
    directory: Path,
    root: dict[str, Any] | None = None,
    group: dict[str, Any] | None = None,
    *,
    exact: bool = False,
) -> Path:
    """Write the spec (or a modified copy) under `directory`; returns the root file."""
    (directory / "paths").mkdir(parents=True, exist_ok=True)
    root_file = directory / "openapi.yaml"
    root_text = dump(root, exact=exact) if root else _unmodified("root")
    root_file.write_text(root_text, encoding="utf-8")
    group_text = dump(group, exact=exact) if group else _unmodified("group")
    (directory / "paths" / "demo.yaml").write_text(group_text, encoding="utf-8")
    return root_file


def fresh() -> tuple[dict[str, Any], dict[str, Any]]:
    return copy.deepcopy(ROOT), copy.deepcopy(GROUP)
