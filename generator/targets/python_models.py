"""Response models for the Python SDK, made by datamodel-code-generator.

One codegen run turns every response, status, completed-status and stream-event schema into
pydantic v2 models, one module per namespace under `runapi/types/` (schemas used by several
namespaces go to `types/shared.py`). Response schemas are relaxed first: the SDK must keep
working when the API sends a longer string or a URL that is not one, so only the shape (types,
required fields, literal discriminators) reaches the models; unknown fields are kept.
"""

from __future__ import annotations

import json
import tempfile
import warnings
from pathlib import Path
from typing import Any

from .. import cache
from ..build import inline_response_name
from ..ir import Api
from ..openapi import COMPONENT_REF, component_refs, iter_operations, resolve
from ..parallel import Beside

HEADER = "# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit."
SHARED = "shared"
#: Validation keywords dropped from response schemas (shape is kept, strictness is not).
RELAXED = (
    "format",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "multipleOf",
    "additionalProperties",
    "examples",
    "example",
    "default",
)


def _relax(node: Any, module_of: dict[str, str], parent_key: str = "") -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in RELAXED and parent_key != "properties":
                continue
            if key == "$ref" and isinstance(value, str) and value.startswith(COMPONENT_REF):
                name = value[len(COMPONENT_REF) :]
                out[key] = f"#/$defs/{module_of[name]}.{name}"
            elif (
                key in ("if", "then", "else", "not", "dependentRequired")
                and parent_key != "properties"
            ):
                continue  # conditions document the API; models only carry the shape
            else:
                out[key] = _relax(value, module_of, key)
        return out
    if isinstance(node, list):
        return [_relax(v, module_of, parent_key) for v in node]
    return node


def _inline_responses(document: dict[str, Any]) -> dict[str, Any]:
    """Response schemas written inline in an operation, under their IR names."""
    found = {}
    for op in iter_operations(document):
        for code, response in (op.operation.get("responses") or {}).items():
            if not str(code).startswith("2"):
                continue
            schema = (
                ((resolve(document, response) or {}).get("content") or {})
                .get("application/json", {})
                .get("schema")
            )
            if isinstance(schema, dict) and "$ref" not in schema:
                found[inline_response_name(op.operation_id)] = schema
            break
    return found


def _completed_schemas(api: Api, document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    completed = {}
    for namespace in api.namespaces:
        for task in namespace.tasks:
            status = schemas[task.status_schema]
            fields: dict[str, Any] = {"status": {"const": "completed"}}
            for part in status.get("allOf", [status]):
                for name, prop in (resolve(document, part).get("properties") or {}).items():
                    if name in task.completed_fields:
                        fields[name] = prop
            present = ", ".join(task.completed_fields)
            completed[task.completed_schema] = {
                "description": f"A completed task: {present} always present.",
                "allOf": [
                    {"$ref": COMPONENT_REF + task.status_schema},
                    {
                        "type": "object",
                        "required": ["status", *task.completed_fields],
                        "properties": fields,
                    },
                ],
            }
    return completed


def codegen_input(api: Api, document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The JSON Schema document fed to datamodel-codegen, and the module of each model."""
    schemas = dict(document["components"]["schemas"])
    schemas.update(_inline_responses(document))
    schemas.update(_completed_schemas(api, document))
    owners: dict[str, set[str]] = {}
    for namespace in api.namespaces:
        todo = list(namespace.response_schemas)
        reached: set[str] = set()
        while todo:
            name = todo.pop()
            if name in reached:
                continue
            reached.add(name)
            todo.extend(component_refs(schemas[name]))
        for name in reached:
            owners.setdefault(name, set()).add(namespace.name)
    module_of = {
        name: (next(iter(spaces)) if len(spaces) == 1 else SHARED)
        for name, spaces in owners.items()
    }
    definitions = {
        f"{module_of[name]}.{name}": _relax(schemas[name], module_of) for name in sorted(module_of)
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": definitions,
    }, module_of


#: What datamodel-codegen's output depends on besides its input and this module.
CODEGEN_DISTRIBUTIONS = ("datamodel-code-generator", "pydantic", "black", "isort", "ruff")


class _Models:
    """The codegen run of one (api, document): remembered, started ahead, or run when asked."""

    def __init__(self, api: Api, document: dict[str, Any]) -> None:
        source, _ = codegen_input(api, document)
        self.text = json.dumps(source)
        self.key = cache.digest(
            self.text, cache.versions(*CODEGEN_DISTRIBUTIONS), cache.code_fingerprint()
        )
        found = cache.load("models", self.key)
        self.modules: dict[str, str] | None = found if isinstance(found, dict) else None
        self.running: Beside[dict[str, str]] | None = None

    def result(self) -> dict[str, str]:
        if self.modules is None:
            self.modules = self.running.result() if self.running else _codegen(self.text)
            self.running = None
            cache.store("models", self.key, self.modules)
        return self.modules


#: The run `start_models` began, for `render_models` to collect.
_ahead: dict[tuple[int, int], _Models] = {}


def start_models(api: Api, document: dict[str, Any]) -> None:
    """Start the codegen run in a second process when its output is not remembered, so the
    other targets render meanwhile; `render_models` collects it (`stop_models` drops it)."""
    models = _Models(api, document)
    if models.modules is None:
        models.running = Beside(_codegen, models.text)
    _ahead[(id(api), id(document))] = models


def stop_models() -> None:
    """Drop a run started ahead and never collected (rendering failed before it)."""
    for models in _ahead.values():
        if models.running is not None:
            models.running.close()
    _ahead.clear()


def render_models(api: Api, document: dict[str, Any]) -> dict[str, str]:
    """{module file name: source} for runapi/types/.

    The codegen run is the Python target's largest cost; its output is remembered by its input
    (generator/cache.py), so an edit that changes no response model does not pay it.
    """
    models = _ahead.pop((id(api), id(document)), None) or _Models(api, document)
    return models.result()


def _codegen(source: str) -> dict[str, str]:
    from datamodel_code_generator import InputFileType, LiteralType, generate
    from datamodel_code_generator.enums import DataModelType
    from datamodel_code_generator.format import PythonVersion

    with tempfile.TemporaryDirectory(prefix="runapi-models-") as tmp:
        out = Path(tmp) / "types"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            generate(
                source,
                input_file_type=InputFileType.JsonSchema,
                output=out,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                base_class="runapi._models.BaseModel",
                use_standard_collections=True,
                use_union_operator=True,
                enum_field_as_literal=LiteralType.All,
                use_schema_description=True,
                use_field_description=True,
                disable_timestamp=True,
                collapse_root_models=True,
                use_double_quotes=True,
                custom_file_header=HEADER,
                # Not black and isort: the package's ruff pass (render.format_all) sorts the
                # imports and formats every module anyway, in a fraction of their time.
                formatters=[],
            )
        return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.py"))}
