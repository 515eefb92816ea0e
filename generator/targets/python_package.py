"""generated/python/: the publishable `runapi` package (clients, resources, stubs, models)."""

from __future__ import annotations

import ast
import json
from typing import Any

from jinja2 import Environment

from ..bundle import Bundle
from ..ir import Api, Namespace, Operation
from ..notes import strip_notes
from ..openapi import component_closure, lookup
from ..python_types import NestedTypedDict, PythonTypes
from ..sdk_version import sdk_version
from .python_context import (
    REQUEST_OPTIONS,
    WAIT_OPTIONS,
    ParamsClass,
    docstring,
    params_classes,
    reserved_clashes,
    resource_classes,
)
from .python_models import render_models
from .python_validators import VALIDATORS_DOC, validator_module
from .render import PROJECT, format_all, parse_python, template_environment
from .units import Units, namespace_inputs

STATIC = PROJECT / "templates" / "python" / "static"
PACKAGE = PROJECT / "templates" / "python" / "package"
XRULES = PROJECT / "generator" / "xrules.py"
SOURCE = "python/src/runapi"


def _runtime_exceptions() -> tuple[str, ...]:
    """The exception classes the runtime exports (its `__all__`), re-exported by `runapi`."""
    tree = parse_python(STATIC / "_exceptions.py")
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            names: list[str] = ast.literal_eval(node.value)
            return tuple(n for n in names if n[:1].isupper())
    raise ValueError("templates/python/static/_exceptions.py has no __all__")


SYNC = {
    "prefix": "",
    "base": "SyncAPIResource",
    "task_base": "SyncTaskResource",
    "def": "def",
    "await": "",
    "client": "RunAPI",
    "client_base": "SyncAPIClient",
    "stream": "Stream",
    "client_doc": "Synchronous RunAPI client. Configure with arguments or RUNAPI_API_KEY, "
    "RUNAPI_BASE_URL and RUNAPI_MANAGEMENT_KEY.",
}
ASYNC = {
    "prefix": "Async",
    "base": "AsyncAPIResource",
    "task_base": "AsyncTaskResource",
    "def": "async def",
    "await": "await ",
    "client": "AsyncRunAPI",
    "client_base": "AsyncAPIClient",
    "stream": "AsyncStream",
    "client_doc": "Asynchronous (asyncio) RunAPI client: the same surface as `RunAPI`, every "
    "call awaitable.",
}


def _flavour_returns(annotation: str, flavour: dict[str, str]) -> str:
    return annotation.replace("Stream[", f"{flavour['stream']}[")


def _nested_view(nested: NestedTypedDict) -> ParamsClass:
    fields = [(name, kind, required, docstring(doc)) for name, kind, required, doc in nested.fields]
    return ParamsClass(nested.name, docstring(f"An item of {nested.name}."), fields)


def _body_kind(operation: Operation) -> str:
    if operation.body is None:
        return "none"
    return "multipart" if operation.body.media_type == "multipart/form-data" else "json"


def _namespace_view(namespace: Namespace) -> dict[str, Any]:
    return {
        "name": namespace.name,
        "module": namespace.name,
        "class_name": namespace.class_name,
        "doc": docstring(namespace.description or f"The {namespace.name} operations."),
    }


def _validation_payload(document: dict[str, Any], namespace: Namespace) -> dict[str, Any]:
    """The body schemas the client validates against: runapi/_schemas/<namespace>.json, and
    compiled into runapi/_validators/<namespace>.py."""
    bodies = {
        op.operation_id: lookup(document, op.body.schema_pointer)
        for op in namespace.operations
        if op.body is not None
    }
    payload = {
        "bodies": bodies,
        "components": {
            "schemas": component_closure(document["components"]["schemas"], list(bodies.values()))
        },
    }
    shipped: dict[str, Any] = strip_notes(payload)  # maintainer notes stay in the spec
    return shipped


def _namespace_files(
    env: Environment,
    document: dict[str, Any],
    namespace: Namespace,
    view: dict[str, Any],
    common: dict[str, Any],
) -> dict[str, str]:
    """One namespace's modules: resources (and stubs), body schemas, validators, params. They
    read the namespace, its path items and the components only (a remembered unit, units.py)."""
    files: dict[str, str] = {}
    types = PythonTypes(document)
    classes = resource_classes(namespace, types)
    operations = [
        {
            "operation_id": op.operation_id,
            "http_method": op.http_method,
            "path": op.path,
            "auth": op.auth,
            "body_kind": _body_kind(op),
        }
        for op in namespace.operations
    ]
    context = {**common, "namespace": view, "classes": classes, "operations": operations}
    for suffix in ("py", "pyi"):
        template = env.get_template(f"resources/namespace.{suffix}.j2")
        files[f"{SOURCE}/resources/{namespace.name}.{suffix}"] = template.render(context)
    payload = _validation_payload(document, namespace)
    shipped = json.dumps(payload, indent=1, sort_keys=False, ensure_ascii=False) + "\n"
    files[f"{SOURCE}/_schemas/{namespace.name}.json"] = shipped
    files[f"{SOURCE}/_validators/{namespace.name}.py"] = validator_module(payload, namespace.name)
    bodies = params_classes(namespace, types)
    files[f"{SOURCE}/params/{namespace.name}.py"] = env.get_template("params.py.j2").render(
        {
            "namespace": view,
            "params_classes": bodies,
            "nested": [_nested_view(n) for n in types.nested.values()],
        }
    )

    return files


def render(api: Api, bundle: Bundle) -> dict[str, bytes]:
    document = bundle.document
    clashes = reserved_clashes(api)
    if clashes:
        raise ValueError(f"body fields clash with SDK option names: {clashes}")
    env = template_environment(PACKAGE)
    env.filters["flavour_returns"] = _flavour_returns
    files: dict[str, str] = {}

    for path in sorted(STATIC.glob("*.py")):
        files[f"{SOURCE}/{path.name}"] = path.read_text(encoding="utf-8")
    files[f"{SOURCE}/_xrules.py"] = XRULES.read_text(encoding="utf-8")
    files[f"{SOURCE}/py.typed"] = ""
    files[f"{SOURCE}/_validators/__init__.py"] = VALIDATORS_DOC

    namespaces = [_namespace_view(ns) for ns in api.namespaces]
    common = {
        "flavours": [SYNC, ASYNC],
        "options": ", ".join(REQUEST_OPTIONS),
        "options_without_body": ", ".join(
            o for o in REQUEST_OPTIONS if not o.startswith("extra_body")
        ),
        "wait_options": ", ".join(WAIT_OPTIONS),
    }
    units = Units("python")
    for namespace, view in zip(api.namespaces, namespaces, strict=True):
        files.update(
            units.get(
                "namespace",
                [namespace_inputs(document, namespace), common],
                _namespace_files,
                env,
                document,
                namespace,
                view,
                common,
            )
        )
    units.save()

    for module, source in render_models(api, document).items():
        files[f"{SOURCE}/types/{module}"] = source

    info = document.get("info") or {}
    top = {
        **common,
        "namespaces": namespaces,
        "version": sdk_version(bundle),  # the SDK's own version (generator/sdk_version.py)
        "api_version": api.version,
        "title": api.title,
        "summary": str(info.get("summary", "")).rstrip("."),
        "exceptions": _runtime_exceptions(),
        "body_operations": [op for op in api.operations if op.body is not None],
        "api": api,
    }
    for name, target in (
        ("_client.py.j2", "_client.py"),
        ("_operation_index.py.j2", "_operation_index.py"),
        ("_version.py.j2", "_version.py"),
        ("__init__.py.j2", "__init__.py"),
        ("resources__init__.py.j2", "resources/__init__.py"),
        ("params__init__.py.j2", "params/__init__.py"),
    ):
        files[f"{SOURCE}/{target}"] = env.get_template(name).render(top)
    files["python/pyproject.toml"] = env.get_template("pyproject.toml.j2").render(top)
    files["python/README.md"] = env.get_template("README.md.j2").render(top)

    formatted = format_all(files, "python")
    return {name: text.encode("utf-8") for name, text in sorted(formatted.items())}
