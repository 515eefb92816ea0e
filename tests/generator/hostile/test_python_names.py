"""Issue 8, item 7 (names): an operationId is the SDK call path, so it must be valid Python.

`account.class` used to reach ruff as a syntax error ("ruff format failed"); it is now a lint
error at the operationId. Names the SDK itself defines (RunAPI.close, a task's wait) are refused
the same way, and so are body fields and parameters that cannot be Python parameters. A target
that refuses what the spec asks is a located diagnostic too.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest

from generator.lint import CLIENT_MEMBERS, RESOURCE_MEMBERS
from generator.project import GENERATED

from ..minimal_spec import fresh
from .support import SpecCopy, line_of

Mutation = Callable[[dict[str, Any]], None]
CREATE = "/paths/~1api~1v1~1demo~1render/post"
GET = "/paths/~1api~1v1~1demo~1render~1{id}/get"


def _rename_get(new_id: str) -> Mutation:
    """Give the status operation another id (and keep the create's link to it)."""

    def mutate(group: dict[str, Any]) -> None:
        group["paths"]["render_by_id"]["get"]["operationId"] = new_id
        link = group["paths"]["render"]["post"]["responses"]["202"]["links"]["getTaskStatus"]
        link["operationId"] = new_id

    return mutate


OPERATION_IDS: dict[str, tuple[Mutation, str]] = {
    "keyword method (account.class)": (_rename_get("demo.render.class"), GET),
    "keyword resource": (_rename_get("demo.import.get"), GET),
    "keyword group": (_rename_get("lambda.render.get"), GET),
    "group named like a client method": (_rename_get("close.render.get"), GET),
    "group named like a client option": (_rename_get("timeout.render.get"), GET),
    "method named like a task helper": (_rename_get("demo.render.wait"), GET),
    "method named like a validator": (_rename_get("demo.render.validate_create"), GET),
    "operation that is also a resource": (_rename_get("demo.render"), CREATE),
}


@pytest.mark.parametrize("name", sorted(OPERATION_IDS))
def test_operation_id_that_is_not_a_usable_python_path(name: str, tmp_path: Path) -> None:
    mutate, pointer = OPERATION_IDS[name]
    root, group = fresh()
    mutate(group)
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    operation = "render_by_id:" if pointer == GET else "render:"
    line = line_of(spec.group, "operationId:", after=f"  {operation}")
    assert outcome.shapes == [(str(spec.group), line, f"{pointer}/operationId", "python-name")]


def _body_field(name: str) -> Mutation:
    def mutate(group: dict[str, Any]) -> None:
        group["components"]["schemas"]["DemoRenderSlow"]["properties"][name] = {"type": "string"}

    return mutate


def test_body_field_that_is_not_an_identifier(tmp_path: Path) -> None:
    root, group = fresh()
    _body_field("frame-rate")(group)
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    line = line_of(spec.group, "frame-rate:")
    pointer = "/components/schemas/DemoRenderSlow/properties/frame-rate"
    assert outcome.shapes == [(str(spec.group), line, pointer, "python-name")]


def test_query_parameter_that_is_not_an_identifier(tmp_path: Path) -> None:
    root, group = fresh()
    parameters = group["paths"]["render_by_id"]["get"]["parameters"]
    parameters.append({"name": "page size", "in": "query", "schema": {"type": "integer"}})
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    line = line_of(spec.group, "name: page size")
    assert outcome.shapes == [(str(spec.group), line, f"{GET}/parameters/1", "python-name")]


REFUSED_BY_TARGETS = {
    "body field named like an SDK option": ("timeout", "render-python"),
    "body field named like a CLI option": ("output", "render-cli"),
}


@pytest.mark.parametrize("name", sorted(REFUSED_BY_TARGETS))
def test_target_refusal_is_a_located_diagnostic(name: str, tmp_path: Path) -> None:
    field, rule = REFUSED_BY_TARGETS[name]
    root, group = fresh()
    _body_field(field)(group)
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    line = line_of(spec.group, "operationId: demo.render.create")
    assert outcome.shapes == [(str(spec.group), line, f"{CREATE}/operationId", rule)]


def test_keyword_body_field_is_refused(tmp_path: Path) -> None:
    """`from` would be a field of the request TypedDict, which class syntax cannot declare."""
    root, group = fresh()
    _body_field("from")(group)
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    line = line_of(spec.group, "from:")
    pointer = "/components/schemas/DemoRenderSlow/properties/from"
    assert outcome.shapes == [(str(spec.group), line, pointer, "python-name")]


def test_keyword_query_parameter_is_escaped(tmp_path: Path) -> None:
    """A query parameter `from` is taken as `from_` (the generator escapes it)."""
    root, group = fresh()
    parameters = group["paths"]["render_by_id"]["get"]["parameters"]
    parameters.append({"name": "from", "in": "query", "schema": {"type": "integer"}})
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.run()
    assert outcome.code == 0, outcome.stderr
    stub = (spec.out / "python" / "src" / "runapi" / "resources" / "demo.pyi").read_text()
    assert "from_: int" in stub


# The lists of names the SDK defines must follow the runtime and the templates.


def _assigns_self_attribute(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.ctx, ast.Store)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def _public_members(tree: ast.Module, classes: set[str]) -> set[str]:
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name in classes:
            for item in ast.walk(node):
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item in node.body:
                    found.add(item.name)
                elif isinstance(item, ast.Assign) and item in node.body:  # `copy = with_options`
                    found.update(t.id for t in item.targets if isinstance(t, ast.Name))
                elif _assigns_self_attribute(item):
                    found.add(cast(ast.Attribute, item).attr)
    return {name for name in found if not name.startswith("_")}


def test_client_members_follow_the_runtime() -> None:
    source = GENERATED / "python" / "src" / "runapi" / "_base_client.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    members = _public_members(tree, {"_BaseClient", "SyncAPIClient", "AsyncAPIClient"})
    assert members == set(CLIENT_MEMBERS)


def test_resource_helpers_follow_the_templates() -> None:
    """Public methods of generated resources are operations, sub-resources or known helpers."""
    document = json.loads((GENERATED / "openapi.json").read_text(encoding="utf-8"))
    segments = {
        part
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
        for part in operation["operationId"].split(".")
    }
    helpers: set[str] = set()
    for module in sorted((GENERATED / "python" / "src" / "runapi" / "resources").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        classes = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
        helpers |= _public_members(tree, classes) - segments
    assert helpers, "no helper found: the resources' layout changed"
    assert {h for h in helpers if not h.startswith("validate_")} <= set(RESOURCE_MEMBERS)
